"""Comparisons, totals and statements of none (issue 10, round 4, fixer "compare"):
- a comparison's "and by how many?" / "多多少？" is the difference the answer computes, no figure of its own to look up
  (an English comparison of two years on a row the question names works as the Chinese one does);
- a sum line never adds a figure to a part of itself: a 总计 fact, or a prose total whose sentence lists the others
  before it, already is the sum;
- "…how many on A, how many on B, and how many in total?" is answered by the total the report states, and an ask
  that matched that total gets the part of it the other asks left ("own site" = the agency's own website);
- yes/no questions about reconsideration and lawsuits ("was it sued", "是否被起诉过", "有没有被申请复议") reach the
  statements of none.

Every text here is written for fictional agencies (青禾县样例局, 青禾市政府办公室); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.aggregate import asks_difference_only
from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.query import parse_question
from tests.fake_index import FakeIndex, index_of
from tests.test_asks_kinds import TWO, TWO_TEXT, _two_facts
from tests.test_none_dates_publisher import facts_of

# --- the difference of a comparison is no ask of its own -------------------------------------------------

@pytest.mark.parametrize("ask, only", [
    ("how many", True), ("and by how many", True), ("by how much", True), ("how many more", True),
    ("what is the difference", True), ("多多少", True), ("相差多少", True), ("差几件", True), ("那么相差多少件", True),
    ("how many rules", False), ("and how many were disclosed", False), ("多少件", False), ("what", False),
])
def test_an_ask_for_the_difference_only(ask, only):
    assert asks_difference_only(ask) is only


def test_the_words_naming_a_side_are_no_date_asked():
    from assistant.aggregate import without_side_words

    assert without_side_words("which year had more rules proactively disclosed, 2019 or 2020") == "had more rules proactively disclosed, 2019 or 2020"
    assert without_side_words("in which year did x disclose more") == "did x disclose more"
    assert without_side_words("哪一年主动公开的规章更多") == "主动公开的规章更多"
    assert without_side_words("which rules were disclosed") == "which rules were disclosed"


def _two_index() -> FakeIndex:
    index = FakeIndex(TWO[0], _two_facts(), TWO_TEXT)
    index.reports = list(TWO)
    index.by_doc = {r.doc_id: r for r in TWO}
    return index


@pytest.mark.parametrize("question", [
    "Qinghe city government office: were more rules (规章) proactively disclosed in 2019 or in 2020, and by how many?",
    "Qinghe city government office: were more rules proactively disclosed in 2019 or in 2020, and by how many?",
    "Were more rules proactively disclosed by the Qinghe city government office in 2019 or in 2020? By how much?",
    "Qinghe city government office: which year had more rules proactively disclosed, 2019 or 2020? What is the difference?",
    "In which year did the Qinghe city government office proactively disclose more rules, 2019 or 2020, and by how many?",
    "青禾市政府办公室2019年和2020年，哪一年主动公开的规章更多？多多少？",
    "青禾市政府办公室2019年和2020年相比，哪一年主动公开的规章更多，相差多少？",
])
def test_two_years_compared_on_a_named_row_with_the_difference_asked(question):
    a = ExtractiveEngine(_two_index(), 0.34).answer(parse_question(question, TWO), [])
    assert a.answered, a.text
    assert "13" in a.text and "12" in a.text and "20" not in a.text.replace("2019", "").replace("2020", "")
    assert "2019" in a.text.splitlines()[-2]  # the year with more
    assert a.text.splitlines()[-1].endswith("= 1") or a.text.splitlines()[-1].endswith("= 1件")
    assert {c.quote for c in a.citations} == {"全年通过门户网站等平台主动公开规章13件", "全年通过门户网站等平台主动公开规章12件"}


# --- a total and its parts -------------------------------------------------------------------------------

SITE = ("青禾县样例局2022年政府信息公开工作年度报告\n"
        "一、主动公开政府信息情况\n"
        "2022年,我局对官网进行了改版。信息发布量由2021年的900条增加到2022年的1200条,"
        "在县政府网站政府信息公开专栏发布信息300条,总计1500条。\n"
        "二、依申请公开情况\n"
        "2022年,我局收到政府信息公开申请5件。\n")
SITE_REPORT = Report(doc_id="s" * 16, sources=["qinghe_yangliju_2022.txt"], agency="青禾县样例局", region="青禾县", year=2022,
                     aliases=["qinghe", "qinghe bureau"], mentions=["青禾县"])


def _site_answer(question: str):
    index = index_of(SITE_REPORT, SITE)
    return ExtractiveEngine(index, 0.34).answer(parse_question(question, [SITE_REPORT]), [])


@pytest.mark.parametrize("question", [
    "In 2022 how many items did the Qinghe bureau publish on its own site, how many on the county disclosure column, and how many in total?",
    "How many items did the Qinghe bureau publish in 2022 on its own website, how many on the county column, and how many altogether?",
])
def test_the_total_ask_gets_the_stated_total_and_the_other_asks_its_parts(question):
    a = _site_answer(question)
    assert a.answered, a.text
    lines = a.text.splitlines()
    assert "1,200" in lines[0] and "300" in lines[1] and "1,500" in lines[2], a.text
    assert ", 2022: 年的" not in a.text  # a label of particles only is no label: the clause is
    assert "Sum:" not in a.text and "2,800" not in a.text and "1,800" not in a.text  # no total added to its parts
    assert not any("900" in line.replace("1,900", "") for line in lines)  # the earlier end of the change is no part
    assert {c.quote for c in a.citations} >= {"在县政府网站政府信息公开专栏发布信息300条"}


@pytest.mark.parametrize("question, figures", [
    ("How many items did the Qinghe bureau publish in 2022 on the county disclosure column, and how many in total?", ["300", "1,500"]),
    ("青禾县样例局2022年在县政府网站专栏发布信息多少条，总计多少条？", ["300条", "1500条"]),
])
def test_a_part_and_the_total_asked_are_not_added_up(question, figures):
    a = _site_answer(question)
    assert a.answered, a.text
    assert [f in line for f, line in zip(figures, a.text.splitlines())] == [True, True], a.text
    assert "1,800" not in a.text and "1800" not in a.text


def test_a_sum_is_never_of_a_total_and_its_own_part():
    index = index_of(SITE_REPORT, SITE)
    engine = ExtractiveEngine(index, 0.34)
    facts = {f.value: f for f in index.store.facts() if f.table == "narrative" and f.value is not None}
    total, part, other, own = facts[1500.0], facts[300.0], facts[5.0], facts[1200.0]
    assert engine._includes(total, part) and engine._includes(total, own)
    assert not engine._includes(part, total) and not engine._includes(total, other) and not engine._includes(own, part)
    assert [g.value for g in engine._parts_before(total)] == [1200.0, 300.0]  # not the earlier end 900

    from assistant.answer import Writeup
    from prompts import load_templates
    t = load_templates("extractive", "en")
    w = Writeup()
    engine._add_total([(total, 1), (part, 2)], w, t, "en")
    assert w.lines == []
    engine._add_total([(own, 1), (part, 2)], w, t, "en")  # two parts that are not parts of one another: summed
    assert len(w.lines) == 1 and "1,500" in w.lines[0]


# --- yes/no questions about reconsideration and lawsuits -------------------------------------------------

NONE_TEXT = ("青禾县样例局2023年政府信息公开工作年度报告\n一、总体情况\n2023年主动公开信息40条。\n"
             "四、政府信息公开行政复议、行政诉讼情况\n2023年,本局未发生行政复议。本局未发生行政诉讼。\n")
NONE_REPORT = Report(doc_id="q" * 16, sources=["qinghe_2023.txt"], agency="青禾县样例局", region="青禾县", year=2023,
                     aliases=["qinghe", "qinghe bureau"], mentions=["青禾县"])


@pytest.mark.parametrize("question, quote", [
    ("Was the Qinghe bureau sued over disclosure in 2023?", "本局未发生行政诉讼"),
    ("Was the Qinghe bureau sued in 2023?", "本局未发生行政诉讼"),
    ("Did anyone sue the Qinghe bureau over disclosure in 2023?", "本局未发生行政诉讼"),
    ("Were there any lawsuits against the Qinghe bureau in 2023?", "本局未发生行政诉讼"),
    ("Did the Qinghe bureau face any administrative reconsideration over disclosure in 2023?", "2023年,本局未发生行政复议"),
    ("青禾县样例局2023年是否被起诉过", "本局未发生行政诉讼"),
    ("青禾县样例局2023年有没有被申请复议", "2023年,本局未发生行政复议"),
])
def test_a_yes_no_question_about_none_reaches_the_statement_of_none(question, quote):
    facts = facts_of(NONE_TEXT, doc_id=NONE_REPORT.doc_id, agency=NONE_REPORT.agency, region=NONE_REPORT.region, year=2023)
    engine = ExtractiveEngine(FakeIndex(NONE_REPORT, facts, NONE_TEXT), 0.34)
    a = engine.answer(parse_question(question, [NONE_REPORT]), [])
    assert a.answered, (question, a.text)
    assert [c.quote for c in a.citations] == [quote], (question, a.text)


OUTLINE_TEXT = ("青禾县样例卫健委2023年政府信息公开工作年度报告\n"
                "本报告全文包括总体情况、主动公开政府信息情况、行政复议和行政诉讼情况、存在的主要问题及改进情况等四部分组成。\n"
                "一、总体情况\n2023年主动公开信息40条。\n"
                "二、其他情况\n2023年未收取费用,未发生因依申请公开而引起的行政复议、行政诉讼情况。\n")
OUTLINE_REPORT = Report(doc_id="w" * 16, sources=["qinghe_weijianwei_2023.txt"], agency="青禾县样例卫健委", region="青禾县",
                        year=2023, aliases=["qinghe", "qinghe health commission"], mentions=["青禾县"])


@pytest.mark.parametrize("question, kind", [
    ("Was the Qinghe health commission sued over disclosure in 2023?", "行政诉讼"),
    ("Did the Qinghe health commission face any administrative reconsideration in 2023?", "行政复议"),
    ("青禾县样例卫健委2023年是否被起诉过？", "行政诉讼"),
    ("青禾县样例卫健委2023年有没有被申请复议？", "行政复议"),
])
def test_a_yes_no_question_is_answered_by_the_statement_of_none_not_by_a_figure_sharing_its_words(question, kind):
    # the outline sentence names 行政复议和行政诉讼 too, and states a figure (四部分): no answer to "was it sued"
    facts = facts_of(OUTLINE_TEXT, doc_id=OUTLINE_REPORT.doc_id, agency=OUTLINE_REPORT.agency, region="青禾县", year=2023)
    engine = ExtractiveEngine(FakeIndex(OUTLINE_REPORT, facts, OUTLINE_TEXT), 0.34)
    a = engine.answer(parse_question(question, [OUTLINE_REPORT]), [])
    assert a.answered and "部分" not in a.text and kind in a.text, (question, a.text)
    assert [c.quote for c in a.citations] == ["未发生因依申请公开而引起的行政复议、行政诉讼情况"], a.text


def test_yes_no_words():
    from assistant.none_statements import YES_NO

    for q in ("was qinghe sued in 2023", "did it face any reconsideration", "是否被起诉过", "有没有被申请复议", "被起诉过吗"):
        assert YES_NO.search(q), q
    for q in ("how many lawsuits were filed", "收到多少件申请"):
        assert not YES_NO.search(q), q


# --- a total over reports no name chose ------------------------------------------------------------------

def test_a_total_adds_up_the_reports_named_never_the_reports_of_a_year_unnamed():
    """"一共" over the reports the question names adds them up; over the reports the scope took for want of a name (the
    year's reports, unnamed_scope) each figure is its own answer and nothing is summed."""
    named = parse_question("青禾市政府办公室2019年和2020年一共主动公开了多少件规章？", TWO)
    named.doc_ids = [r.doc_id for r in TWO]
    a = ExtractiveEngine(_two_index(), 0.34).answer(named, [])
    assert "13" in a.text and "12" in a.text and "= 25" in a.text, a.text
    unnamed = parse_question("2019年和2020年一共主动公开了多少件规章？", TWO)
    unnamed.doc_ids, unnamed.unnamed_scope = [r.doc_id for r in TWO], True
    b = ExtractiveEngine(_two_index(), 0.34).answer(unnamed, [])
    assert "13" in b.text and "12" in b.text and "25" not in b.text, b.text
