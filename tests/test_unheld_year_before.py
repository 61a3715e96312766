"""A comparison with the year before the year asked, with no report of that earlier year held: the change the year's
own report states beside the count answers, cited (assistant/unheld_year_before.py, change_figures.py); a report
stating no change against the year before is refused as before (unreported_years.py).  Fictional reports only."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.change_figures import asks_change_size
from assistant.core.types import Report
from assistant.unheld_year_before import as_change_from_unheld_year
from assistant.unreported_years import unreported_years
from tests.fake_index import answer_from_lines

ORIGINAL = (
    "翠溪区样例局2024年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2024年，我局主动公开政府信息210条。全年受理政府信息公开申请23件，较上年增加6件，均按时答复。\n"
    "二、收到和处理政府信息公开申请情况\n"
    "本年新收政府信息公开申请23件。\n"
)
REPORT = Report(doc_id="c" * 16, sources=["cuixi_2024.txt"], agency="翠溪区样例局", region="翠溪区", year=2024,
                aliases=["cuixi"])


def _r(year: int) -> SimpleNamespace:
    return SimpleNamespace(year=year)


@pytest.mark.parametrize("norm, said", [
    ("翠溪区样例局2024年的申请比2023年多了几件", "翠溪区样例局2024年的申请比上年多了几件"),
    ("相比2023年度，翠溪区样例局2024年申请多了多少", "相比上年，翠溪区样例局2024年申请多了多少"),
    ("how many more requests did cuixi get in 2024 than in 2023", "how many more requests did cuixi get in 2024 than the previous year"),
    ("cuixi requests in 2024 compared with 2023: how many more", "cuixi requests in 2024 compared with the previous year: how many more"),
])
def test_the_year_before_unheld_is_read_as_the_previous_year(norm, said):
    assert as_change_from_unheld_year(norm, [2023, 2024], [_r(2024)]) == (said, [2024])
    assert asks_change_size(said)


def test_both_years_held_or_years_apart_are_compared_as_before():
    norm = "翠溪区样例局2024年的申请比2023年多了几件"
    assert as_change_from_unheld_year(norm, [2023, 2024], [_r(2023), _r(2024)]) is None
    assert as_change_from_unheld_year("翠溪区样例局2024年的申请比2022年多了几件", [2022, 2024], [_r(2024)]) is None
    assert as_change_from_unheld_year("翠溪区样例局2023年和2024年各收到多少申请", [2023, 2024], [_r(2024)]) is None


@pytest.mark.parametrize("question", [
    "翠溪区样例局2024年的申请比2023年多了几件",
    "翠溪区样例局2024年的申请比去年多了几件",
    "How many more applications did the Cuixi district sample bureau receive in 2024 than in 2023?",
])
def test_the_stated_change_answers(question):
    a = answer_from_lines(REPORT, ORIGINAL, question)
    assert a.answered and "6" in a.text and "23" not in a.text, a.text
    assert any("较上年增加6件" in c.quote for c in a.citations), a.citations


def test_a_report_stating_no_change_against_the_year_before_is_refused():
    text = "翠溪区样例局2024年政府信息公开工作年度报告\n全年受理政府信息公开申请23件。\n二、上年结转政府信息公开申请数量 | 1 |\n"
    index = SimpleNamespace(by_doc={REPORT.doc_id: REPORT}, texts=lambda d: (text, text, []))
    q = SimpleNamespace(years=[2024], norm="翠溪区样例局2024年的申请比上年多了几件", doc_ids=[REPORT.doc_id])
    assert unreported_years(q, index) == [2023]
    stated = SimpleNamespace(by_doc=index.by_doc, texts=lambda d: (ORIGINAL, ORIGINAL, []))
    assert unreported_years(q, stated) == []
