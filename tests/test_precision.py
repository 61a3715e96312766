"""Answer precision (issue 10, round 7 probe): an answer's figure counts the thing asked, or the answer says the report
does not state it.  A figure whose own words lack the asked thing's core term (部分公开, 复议, 诉讼 …: metrics.toml
core_zh) is no answer; nor is a day of a date, the number of parts of the report, a staff count or a statement that
no case was LOST; good answers (the applications received, the parts of the report when those are asked) stay.

Every text here is written for fictional agencies (青禾县样例局); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.metrics import metric
from assistant.core.types import Fact, Report
from assistant.none_statements import denies_outcome_only
from assistant.precision import fact_answers, names_core
from assistant.query import parse_question
from bench.probe import judge, questions
from tests.fake_index import answer_from_lines, index_of, line_passages

DOC = "p" * 16
TEXT = (
    "青禾县样例局2021年政府信息公开工作年度报告\n"
    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
    "存在的主要问题及改进情况、其他需要报告的事项等6部分组成。\n"
    "本报告所列数据的统计期限自2021年1月1日起至12月31日止。\n"
    "一、总体情况\n"
    "我局配备兼职工作人员1名，全年培训50人次。\n"
    "全年收到群众来信30件，均已办结。\n"
    "二、主动公开政府信息情况\n"
    "2021年我局主动公开政府信息128条。\n"
    "三、收到和处理政府信息公开申请情况\n"
    "全年办理政府信息公开申请96件，均按时答复。\n"
    "四、政府信息公开行政复议、行政诉讼情况\n"
    "没有因政府信息公开引起的行政复议败诉案件。\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_yangliju_2021.txt"], agency="青禾县样例局", region="青禾县", year=2021,
                aliases=["qinghe sample bureau", "qinghe"], mentions=["青禾县"])


def _answer(question: str):
    return answer_from_lines(REPORT, TEXT, question, idf=False)


@pytest.mark.parametrize("question", [
    # a part of what became of applications, where only the number handled is stated
    "青禾县样例局2021年依申请公开答复中部分公开多少件？",
    "青禾县样例局2021年部分公开的申请有几件",
    "青禾县样例局2021年答复中不予公开的有多少件？",
    "How many requests did the Qinghe sample bureau partially disclose in 2021?",
    "How many requests did the Qinghe sample bureau refuse to disclose in 2021?",
    # proceedings: a statement that no case was LOST, the number of parts of the report, staff and training
    "青禾县样例局2021年因政府信息公开被申请行政复议多少件？",
    "青禾县样例局2021年行政复议有几起",
    "How many administrative reconsiderations did the Qinghe sample bureau face over disclosure in 2021?",
    "青禾县样例局2021年因政府信息公开被提起行政诉讼多少件？",
    "How many lawsuits did the Qinghe sample bureau face over disclosure in 2021?",
    # enquiries: the unit asked (人次) is no word of what is asked ("全年培训50人次")
    "青禾县样例局2021年政府信息公开咨询多少人次？",
    "青禾县样例局2021年接受了多少人次的政府信息公开咨询",
    # fees: nothing about them is stated
    "青禾县样例局2021年收取了多少信息公开费用？",
    "How much did the Qinghe sample bureau collect in disclosure fees in 2021?",
])
def test_a_figure_of_something_else_is_no_answer(question):
    a = _answer(question)
    assert not a.answered, (question, a.text)
    for wrong in ("96", "31", "6部分", "50", "1名"):
        assert wrong not in a.text.replace("2021", ""), (question, a.text)


@pytest.mark.parametrize("question, figure", [
    ("青禾县样例局2021年收到政府信息公开申请多少件？", "96"),
    ("How many disclosure applications did the Qinghe sample bureau handle in 2021?", "96"),
    ("青禾县样例局2021年主动公开政府信息多少条？", "128"),
    ("How many items did the Qinghe sample bureau proactively disclose in 2021?", "128"),
    ("青禾县样例局2021年年报由几部分组成", "6"),
    ("How many parts is the Qinghe sample bureau's 2021 report made up of?", "6"),
    ("青禾县样例局2021年配备了几名兼职工作人员", "1"),
    ("青禾县样例局2021年全年培训多少人次", "50"),
    # the ask names its thing more precisely than its metric (收到 -> applications): that thing's figure answers
    ("青禾县样例局2021年收到群众来信多少件？", "30"),
    ("How many letters from the public did the Qinghe sample bureau receive in 2021?", "30"),
])
def test_the_figure_asked_still_answers(question, figure):
    a = _answer(question)
    assert a.answered and figure in a.text, (question, a.text)


# --- the rule itself, on facts ---------------------------------------------------------------------------------

def _fact(row: str, kind: str = "narrative", metric_key: str | None = None, value: float | None = 5.0) -> Fact:
    return Fact(doc_id=DOC, table="narrative", row=row, column="", metric=metric_key, value=value, unit="件",
                raw="5件", start=0, end=1, quote_start=0, quote_end=1, section="", kind=kind, label_zh=row)


@pytest.mark.parametrize("key, own, answers", [
    ("applications_partly_disclosed", "全年办理政府信息公开申请", False),
    ("applications_partly_disclosed", "部分公开政府信息", True),
    ("applications_withheld", "全年受理申请", False),
    ("applications_withheld", "不予公开的申请", True),
    ("reconsiderations", "行政许可 / 本年处理决定数量", False),
    ("reconsiderations", "政府信息公开行政复议", True),
    ("lawsuits", "本报告由…等部分组成", False),
    ("lawsuits", "被提起行政诉讼", True),
    ("lawsuits", "被起诉", True),
    ("fees", "全年培训人次", False),
    ("fees", "收取费用", True),  # (收费 / 费用: one word group of the glossary)
    ("applications_received", "兼职工作人员", False),
    ("applications_received", "收到政府信息公开申请", True),
])
def test_a_label_fact_answers_only_when_it_names_the_core_term(key, own, answers):
    assert fact_answers(_fact(own), metric(key), own) is answers


def test_a_fact_tagged_with_the_metric_and_text_facts_always_answer():
    assert fact_answers(_fact("其他", metric_key="reconsiderations"), metric("reconsiderations"), "其他")
    assert fact_answers(_fact("联系电话", kind="contact", value=None), metric("reconsiderations"), "联系电话")


def test_no_applications_is_zero_of_every_outcome_but_not_of_proceedings():
    none = _fact("政府信息公开申请", kind="none", value=0.0)
    assert fact_answers(none, metric("applications_partly_disclosed"), "没有收到政府信息公开申请")
    assert fact_answers(none, metric("applications_received"), "没有收到政府信息公开申请")
    assert not fact_answers(none, metric("reconsiderations"), "没有收到政府信息公开申请")
    review = _fact("行政复议申请", kind="none", value=0.0)
    assert not fact_answers(review, metric("applications_partly_disclosed"), "未收到行政复议申请")


@pytest.mark.parametrize("what, ask, only_outcome", [
    ("因信息公开引起的行政复议败诉", "行政复议多少件", True),
    ("行政诉讼败诉案件", "how many lawsuits", True),
    ("行政诉讼败诉案件", "有没有败诉", False),
    ("行政诉讼败诉案件", "did it lose any lawsuits", False),
    ("行政复议", "行政复议多少件", False),
    ("被纠错的情况", "被复议了几次", True),
])
def test_a_statement_of_no_lost_case_is_no_statement_of_no_case(what, ask, only_outcome):
    assert denies_outcome_only(what, ask) is only_outcome


def test_no_core_means_no_check():
    assert names_core((), "anything")
    assert names_core(("收费",), "未收取任何费用")  # a glossary synonym of the core word


# --- the probe's judge --------------------------------------------------------------------------------------------

class _C:
    def __init__(self, quote="", row=None, column=None, section=""):
        self.quote, self.row, self.column, self.section = quote, row, column, section


class _A:
    def __init__(self, answered, citations=()):
        self.answered, self.citations = answered, list(citations)


def test_probe_judge():
    assert judge(_A(False), ("复议",)) == "refused"
    assert judge(_A(True, [_C(quote="全年办理政府信息公开申请96件")]), ("部分公开",)) == "SUSPECT"
    assert judge(_A(True, [_C(quote="…", row="部分公开")]), ("部分公开",)) == "ok"
    assert judge(_A(True, [_C(quote="未發生行政復議")]), ("复议",)) == "ok"  # compared after norm (traditional)
    assert judge(_A(True, [_C(section="四、行政复议情况")]), ("复议",)) == "ok"
    assert judge(_A(True, []), ("费",)) == "SUSPECT"


def test_probe_questions_are_asked_in_both_languages():
    templates = {"zh": "{agency}{year}年{ask}", "en": "How many: in {year}, {agency} — {ask}?",
                 "questions": [{"zh": "收到申请多少件？", "en": "receive how many applications", "terms": ["申请"]}]}
    qs = questions("青禾县样例局", "2021", templates)
    assert [q.language for q in qs] == ["zh", "en"]
    assert qs[0].text == "青禾县样例局2021年收到申请多少件？" and qs[1].text.startswith("How many: in 2021, 青禾县样例局")
    assert all(q.terms == ("申请",) for q in qs)


# --- kinds of figure that count nothing asked ----------------------------------------------------------------

@pytest.mark.parametrize("text, ask, counts", [
    ("自2021年1月1日起至12月31日止", "31", False),   # a day of a date
    ("至12月31日止", "12", False),                    # a month
    ("全年受理申请31件", "31", True),
    ("办理时限为3个月", "3", True),                    # a count of months is written 个月
])
def test_a_day_or_month_of_a_date_is_no_figure(text, ask, counts):
    import re

    from assistant.sentences import _date_part

    m = next(m for m in re.finditer(r"\d+", text) if m.group() == ask and not text[m.end():].startswith("年"))
    assert (not _date_part(text, m)) is counts


@pytest.mark.parametrize("question, asks_parts", [
    ("年报由几部分组成", True), ("报告分为几个方面", True), ("How many parts is the report made up of?", True),
    ("how many sections does the report have", True), ("部分公开多少件", False), ("how many lawsuits", False),
])
def test_an_ask_about_the_reports_parts(question, asks_parts):
    from assistant.non_count_numbers import ASKS_PARTS

    assert bool(ASKS_PARTS.search(question.lower())) is asks_parts


def test_a_count_of_parts_answers_only_an_ask_about_parts():
    parts = _fact("本报告由…等部分组成")
    parts.unit = "部分"
    assert not fact_answers(parts, metric("lawsuits"), "本报告由…行政诉讼情况…等部分组成", "行政诉讼多少件")
    assert not fact_answers(parts, None, "本报告由…等部分组成", "how many applications")
    assert fact_answers(parts, None, "本报告由…等部分组成", "年报由几部分组成")


def test_a_table_cell_answers_by_its_row_and_column_not_its_section():
    cell = Fact(doc_id=DOC, table="二", row="规章", column="本年新制作数量", value=0.0, unit="件", raw="0", start=0, end=1,
                quote_start=0, quote_end=1, section="二、主动公开政府信息情况", kind="table",
                label_zh="二、主动公开政府信息情况 / 规章 / 本年新制作数量")
    own = "二、主动公开政府信息情况 / 规章 / 本年新制作数量"
    assert not fact_answers(cell, metric("proactive_disclosures"), own, "主动公开政府信息多少条")
    assert not fact_answers(cell, metric("reconsiderations"), own, "行政复议多少件")


@pytest.mark.parametrize("key, ask, terms, own, answers", [
    # the metric came from a verb (收到, published): the ask's own noun names its thing
    ("applications_received", "收到群众来信多少件", {"收到": 2.0, "群众": 2.0, "来信": 4.5}, "收到群众来信", True),
    ("proactive_disclosures", "how many issues of the gazette were published", {"主动公开|发布": 1.5, "issue": 6.0,
                                                                             "gazette": 5.7}, "全年编发公报 gazette (issues)", True),
    # the ask narrows its metric to a category the figure states
    ("proactive_disclosures", "主动公开的部门文件类信息多少条", {"主动": 3.0, "部门": 5.8, "文件": 6.2}, "部门文件类信息", True),
    # ... but words every application shares (申请, 答复, disclosure) narrow nothing
    ("applications_partly_disclosed", "部分公开的申请有几件", {"部分公开": 3.0, "申请": 3.0}, "全年办理政府信息公开申请", False),
    ("lawsuits", "how many lawsuits over disclosure", {"行政诉讼": 3.0, "disclosure": 2.0}, "proactive disclosure", False),
])
def test_an_ask_naming_its_thing_more_precisely_than_its_metric(key, ask, terms, own, answers):
    assert fact_answers(_fact(own), metric(key), own, ask, terms) is answers


def test_a_no_metric_figure_must_hold_a_word_of_the_ask():
    rules = _fact("规章")
    assert not fact_answers(rules, None, "规章 本年制发件数", "how many items on its website", {"网站": 3.0})
    assert fact_answers(_fact("门户网站发布信息"), None, "门户网站发布信息", "网站发布多少条", {"网站": 3.0})
    # English words the glossary does not render are not judged (the label search found it by its English gloss)
    assert fact_answers(_fact("土地矿产交易信息"), None, "土地矿产交易信息 (items)", "how many land items", {"land": 6.0})


class _Hit:
    def __init__(self, clean, clause, figure, section=""):
        s = clean.index(clause)
        self.span = self.clause = (s, s + len(clause))
        self.figure = figure

        class _Chunk:
            pass

        self.chunk = _Chunk()
        self.chunk.section = section


@pytest.mark.parametrize("clean, clause, figure, question, answers", [
    ("五、咨询\n550081\n", "550081", "550081", "政府信息公开咨询多少人次", False),  # a bare number: no label
    ("全年接受咨询120人次。", "全年接受咨询120人次", "120人次", "政府信息公开咨询多少人次", True),
    ("本报告由总体情况等6部分组成。", "本报告由总体情况等6部分组成", "6部分", "行政诉讼多少件", False),
    ("本报告由总体情况等6部分组成。", "本报告由总体情况等6部分组成", "6部分", "年报由几部分组成", True),
    ("没有因政府信息公开引起的行政复议败诉案件。", "没有因政府信息公开引起的行政复议败诉案件", "0", "行政复议多少件", False),
    ("没有因政府信息公开引起的行政复议败诉案件。", "没有因政府信息公开引起的行政复议败诉案件", "0", "行政复议败诉几件", True),
    ("全年办理政府信息公开申请96件。", "全年办理政府信息公开申请96件", "96件", "部分公开多少件", False),
    ("共计2243条", "共计2243条", "2243条", "主动公开政府信息多少条", True),  # under the section heading below
])
def test_a_sentence_figure_answers_only_what_is_asked(clean, clause, figure, question, answers):
    from assistant.precision import sentence_answers

    q = parse_question(question, [REPORT])
    hit = _Hit(clean, clause, figure, section="(一)公共资源交易信息公开情况")
    terms = {t: 1.0 for t in ("咨询", "人次", "部分", "行政诉讼", "行政复议", "部分公开", "主动公开") if t in question}
    assert sentence_answers(hit, q, clean, terms) is answers


@pytest.mark.parametrize("sentence, parts_asked, nothing", [
    ("本报告由总体情况等六部分组成,所列数据的统计期限自2021年1月1日起至12月31日止,全文可在www.qinghe.gov.cn下载。", False, True),
    ("本报告由总体情况等六部分组成,所列数据的统计期限自2021年1月1日起至12月31日止。", True, False),
    ("报告所列数据的统计期限自2021年1月1日起至12月31日止。", False, True),
    ("2021年共收到申请5件。", False, False),
    ("我局未收到政府信息公开申请。", False, False),  # no number at all: a statement of none may answer
])
def test_a_sentence_of_dates_and_parts_counts_nothing(sentence, parts_asked, nothing):
    from assistant.non_count_numbers import counts_nothing

    assert counts_nothing(sentence, parts_asked) is nothing


# --- a date written with separators is no count (round 9 parity probe) -----------------------------------------

DATED = Report(doc_id="q" * 16, sources=["qinghe_jiedao_2019.txt"], agency="青禾县样例街道办事处", region="青禾县",
               year=2019, aliases=["qinghe sample subdistrict"], mentions=["青禾县"])
DATED_TEXT = (
    "青禾县样例街道办事处2019年政府信息公开年度报告\n"
    "发布机构:青禾县样例街道办，发布日期:2020-01-03\n"
    "成文日期:2020/1/5\n"
    "一、总体情况\n"
    "我办坚持以公开为常态、不公开为例外，认真做好政府信息公开工作。\n"
)


@pytest.mark.parametrize("question", [
    "青禾县样例街道办事处2019年政府网站发布信息多少条？",
    "青禾县样例街道办事处2019年发布了几条信息",
    "How many items did the Qinghe sample subdistrict publish on its website in 2019?",
])
def test_a_day_of_a_date_with_separators_is_no_count(question):
    index = index_of(DATED, DATED_TEXT)
    a = ExtractiveEngine(index, 0.34).answer(parse_question(question, [DATED]), line_passages(DATED, DATED_TEXT))
    assert not a.answered, (question, a.text)
    for wrong in ("01", "03", "05"):
        assert f"：{wrong}" not in a.text and f": {wrong}" not in a.text, (question, a.text)
