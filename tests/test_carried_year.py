"""An ask of the applications carried over from a year whose report the store lacks: read as one of the next year's
report (its 上年结转).  Fictional 青禾县样例局."""

from assistant.carried_year import as_carried_from
from assistant.core.types import Report


def _reports(*years: int) -> list[Report]:
    return [Report(doc_id=f"qh{y}", agency="青禾县样例局", year=y) for y in years]


def test_carried_over_from_a_year_not_held_reads_the_next_years_report():
    got = as_carried_from("how many requests did the qinghe bureau carry over from 2020?", _reports(2021))
    assert got == ("how many requests did the qinghe bureau carry over from the previous year in 2021?", 2021)
    zh = as_carried_from("青禾县样例局从2020年结转过来的申请有几件？", _reports(2021))
    assert zh == ("2021年青禾县样例局从上年结转过来的申请有几件？", 2021)
    assert as_carried_from("青禾县样例局2020年遗留下来的申请有几件？", _reports(2021))[1] == 2021


def test_stays_as_asked():
    assert as_carried_from("how many requests did the qinghe bureau carry over from 2020?", _reports(2020, 2021)) is None
    assert as_carried_from("how many requests did the qinghe bureau carry over from 2020?", _reports(2019)) is None
    assert as_carried_from("青禾县样例局2020年结转下年度的申请有几件？", _reports(2021)) is None  # carried forward
    assert as_carried_from("how many requests did the qinghe bureau receive in 2020?", _reports(2021)) is None


def test_carried_forward_into_a_year_not_held_reads_the_year_befores_report():
    from assistant.carried_year import as_carried_into

    got = as_carried_into("how many requests did the qinghe bureau carry forward to 2024?", _reports(2023))
    assert got == ("how many requests did the qinghe bureau carry forward to the next year in 2023?", 2023)
    zh = as_carried_into("青禾县样例局结转到2024年继续办理的申请有几件？", _reports(2023))
    assert zh == ("2023年青禾县样例局结转到下年度继续办理的申请有几件？", 2023)
    # the year's own report held, the year before missing, or another ask: stays as asked
    assert as_carried_into("how many requests did the qinghe bureau carry forward to 2024?", _reports(2023, 2024)) is None
    assert as_carried_into("how many requests did the qinghe bureau carry forward to 2024?", _reports(2022)) is None
    assert as_carried_into("how many requests did the qinghe bureau receive in 2024?", _reports(2023)) is None
