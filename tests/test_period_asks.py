"""An ask for the period (the dates) a report's figures cover is answered by its reporting-period field (统计期限),
whatever noun the figures are called by ("disclosure numbers", "statistics", "data") and whatever other words of the
question (an agency's name rendered by the glossary) its label lacks; a date answered from a sentence never stops
inside the date ("2031年1月1" without its 日).  Fictional report (no store, no embedder)."""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.types import Chunk, Fact, Passage, Report
from assistant.query import parse_question
from assistant.shapes import DATE, shape_clause
from tests.fake_index import FakeIndex

DOC = "d" * 16
ORIGINAL = ("索引号: 999000222/2032-00017 发布机构: 青禾县样例财政局\n"
            "青禾县样例财政局2031年政府信息公开工作年度报告\n"
            "本报告所列数据的统计期限自2031年1月1日起至12月31日止。\n"
            "一、总体情况\n全年主动公开财政信息45条。\n")
REPORT = Report(doc_id=DOC, sources=["qinghe_yangli_caizhengju_2031.txt"], agency="青禾县样例财政局", region="青禾县",
                year=2031, aliases=["qinghe sample finance bureau"], mentions=["青禾县"])


def _at(text: str) -> tuple[int, int]:
    s = ORIGINAL.index(text)
    return s, s + len(text)


def _text_fact(kind: str, row: str, value: str, label_zh: str, label_en: str, quote: str) -> Fact:
    s, e = _at(value)
    q0, q1 = _at(quote)
    return Fact(doc_id=DOC, table="narrative", row=row, column="", kind=kind, value=None, unit="", raw=value,
                label_zh=label_zh, label_en=label_en, text_value=value, start=s, end=e, quote_start=q0, quote_end=q1)


PERIOD = "2031年1月1日起至12月31日"
FACTS = [
    # a web page's header field whose English name holds "number" ("index number")
    _text_fact("contact", "索引号", "999000222/2032-00017", "联系方式 / 索引号", "contact / index number",
               "索引号: 999000222/2032-00017"),
    _text_fact("date", "统计期限", PERIOD, "统计期限", "reporting period", "本报告所列数据的统计期限自2031年1月1日起至12月31日止"),
]
_s, _e = _at("45")
FACTS.append(Fact(doc_id=DOC, table="narrative", row="全年主动公开财政信息", column="", kind="narrative", value=45.0,
                  unit="条", raw="45条", label_zh="总体情况 / 全年主动公开财政信息", label_en="general situation / finance items",
                  start=_s, end=_e, quote_start=_at("全年主动公开财政信息")[0], quote_end=_e + 1))
LINES = [ln for ln in ORIGINAL.splitlines() if ln]


def _passages(facts: list[Fact] = FACTS) -> tuple[FakeIndex, list[Passage]]:
    out = []
    for i, line in enumerate(LINES):
        s, e = _at(line)
        out.append(Passage(Chunk(chunk_id=f"{DOC}:{i:04d}", doc_id=DOC, source=REPORT.sources[0], section="", text=line,
                                 clean_text=line, start=s, end=e, clean_start=s), 1.0 - i / 10))
    return FakeIndex(REPORT, facts, ORIGINAL), out


def _ask(question: str, facts: list[Fact] = FACTS):
    idx, passages = _passages(facts)
    return ExtractiveEngine(idx, 0.34).answer(parse_question(question, [REPORT]), passages)


@pytest.mark.parametrize("question", [
    "which dates are the qinghe sample finance bureau's 2031 disclosure numbers for?",
    "which dates are the qinghe sample finance bureau's 2031 numbers for?",
    "which dates are the qinghe sample finance bureau's 2031 statistics for?",
    "which dates are the qinghe sample finance bureau's 2031 data for?",
    "what time span do the qinghe sample finance bureau's 2031 disclosure numbers cover?",
    "what period does the qinghe sample finance bureau 2031 report cover?",  # ("finance" in the name: 财政)
])
def test_the_period_the_figures_cover_is_the_reporting_period_field(question):
    a = _ask(question)
    assert a.answered and PERIOD in a.text, (question, a.text)
    assert [c.row for c in a.citations] == ["统计期限"], question


def test_plural_numbers_names_the_figures_not_a_field():
    from assistant.evidence import EvidenceGatherer

    g = EvidenceGatherer(FakeIndex(REPORT, FACTS, ORIGINAL))
    q = parse_question("which dates are the qinghe sample finance bureau's 2031 disclosure numbers for?", [REPORT])
    q.doc_ids = [DOC]
    assert "number" not in g.label_terms(q) and "numbers" not in g.label_terms(q)


def test_a_date_from_a_sentence_keeps_its_day():
    assert DATE.search("统计期限自2031年1月1日起").group() == "2031年1月1日"
    assert DATE.search("发布时间:2032-01-20").group() == "2032-01-20"
    assert DATE.search("2031年1月15号上线").group() == "2031年1月15号"
    assert DATE.search("2031年1月123").group() == "2031年1月"  # (no day of three digits)
    got = shape_clause("本报告所列数据的统计期限自2031年1月1日起至12月31日止", {"统计期限": 1.0})
    assert got is not None and got[1] == "2031年1月1日"
    # no period field: the sentence answers, its date whole
    a = _ask("which dates are the qinghe sample finance bureau's 2031 disclosure numbers for?",
             [f for f in FACTS if f.row != "统计期限"])
    assert "2031年1月1日" in a.text and "2031年1月1 " not in a.text and "2031年1月1—" not in a.text
