"""An ask naming a total ("X's total releases (own site plus the city column)", "加起来发的信息总数") that finds one
prose figure which is a part of the total its sentence states ("网站发布信息300条,在市政府网站专栏发布信息120条,总计420条"):
the stated total answers, not the part (assistant/totals.py totals_named).

Fictional report (青禾县样例局, invented here).
"""

from __future__ import annotations

from types import SimpleNamespace

from assistant.core.types import Fact
from assistant.totals import totals_named

TEXT = "2021年,本局网站发布信息300条,在市政府网站信息公开专栏发布信息120条,总计420条。另收到申请5件。"


def _fact(row: str, value: float, raw: str) -> Fact:
    s = TEXT.index(raw)
    return Fact(doc_id="t" * 16, table="narrative", row=row, column="", value=value, unit="条", kind="narrative",
                start=s, end=s + len(raw), quote_start=0, quote_end=len(TEXT), raw=raw, label_zh=row)


PART = _fact("在市政府网站信息公开专栏发布信息", 120, "120条")
TOTAL = _fact("总计", 420, "420条")
SITE = _fact("本局网站发布信息", 300, "300条")


def _gatherer():
    return SimpleNamespace(fact_index=SimpleNamespace(facts=lambda _d: [SITE, PART, TOTAL]), total_of=lambda _f: None)


def _ask(text: str):
    return SimpleNamespace(ask=SimpleNamespace(text=text), facts=[PART])


def test_an_ask_naming_a_total_is_answered_by_the_total_over_the_part_found():
    for text in ("qinghe's total releases in 2021 (own site plus the city column) vs another's",
                 "青禾县样例局2021年自己网站和市政府专栏加起来发的信息总数"):
        a = _ask(text)
        totals_named(_gatherer(), lambda _d: TEXT, a)
        assert a.facts == [TOTAL], text


def test_an_ask_naming_no_total_keeps_its_part():
    a = _ask("how many items went up on the city column in 2021?")
    totals_named(_gatherer(), lambda _d: TEXT, a)
    assert a.facts == [PART]
