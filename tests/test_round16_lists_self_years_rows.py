"""Round 16 (misc):
- two nouns joined under one "which"/"what" head ("which rules and documents", "what problems and shortcomings",
  "measures and plans"; 制度和文件, 问题和不足) are one ask for the things listed; "how many A and how many B", "how many
  reconsiderations and lawsuits" stay two asks (assistant/noun_lists.py one_list_head_en);
- a report that names its publisher or compiler only by speaking of itself ("特向社会公布…本机关…年度报告", "我镇认真编制了
  《…》") answers a publisher / compiler ask with its own agency, citing that sentence; a compiler named in full
  ("本报告由X编制") still answers no publisher ask (assistant/own_agency.py, core/data/report_fields.toml self_*);
- "2023年上一年收到多少", "the year before 2023": answered from the 2022 report of the agency when the store holds it,
  else the question stays as asked (assistant/previous_year.py);
- a breakdown by applicant of a table 三 row no metric stands for ("不掌握的申请按申请人类型分别多少") is of that row's
  applicant cells, not of the new applications nor of the other outcomes a prose sentence lists after it.
All reports here are fictional (青禾县 / Qinghe)."""

from __future__ import annotations

import re

import pytest

from assistant.asks import split_asks
from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.previous_year import as_previous_year, previous_year_asked
from assistant.query import detect_metric, parse_question
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD

# --- 1. one list head, one ask ----------------------------------------------------------------------------------------


def _asks(question: str) -> list[str]:
    return [a.text for a in split_asks(normalise_query(question), ["qinghe county", "qinghe"])]


@pytest.mark.parametrize("question", [
    "Which rules and documents did Qinghe County put in place in 2022?",
    "Which rules & documents did the Qinghe County draw up in 2022?",
    "What problems and shortcomings did Qinghe County identify in 2022?",
    "What were the problems and shortcomings identified by Qinghe in 2022?",
    "Qinghe 2022: what were the main problems and shortcomings?",
    "What measures and plans does Qinghe County have for 2023?",
    "Qinghe 2022 - which rules and documents were drawn up?",
    "What kinds of rules, systems and documents did Qinghe County establish in 2022?",
    "青禾县2022年制定了哪些制度和文件？",
    "青禾县2022年存在哪些问题和不足？",
    "青禾县2022年报中的问题和不足",
    "青禾县下一步有哪些措施和打算？",
])
def test_nouns_under_one_list_head_are_one_ask(question):
    assert len(_asks(question)) == 1, _asks(question)


@pytest.mark.parametrize("question, n", [
    ("How many applications and how many appeals did Qinghe have in 2022?", 2),
    ("How many reconsiderations and lawsuits did Qinghe have in 2022?", 2),
    ("What were the reconsiderations and lawsuits of Qinghe in 2022?", 2),  # two figures of table 四
    ("Qinghe 2023: new applications received and applications carried over from the previous year?", 2),
    ("What is the phone and email of the Qinghe disclosure office?", 2),
    ("青禾县2022年行政复议和行政诉讼各多少件？", 2),
])
def test_counts_joined_stay_asks_of_their_own(question, n):
    assert len(_asks(question)) == n, _asks(question)


# --- 2. a report speaking of itself names its own agency ---------------------------------------------------------------


@pytest.mark.parametrize("field, text, self_word", [
    ("publisher", "根据《条例》,特向社会公布2023年度本机关政府信息公开工作年度报告。", "本机关"),
    ("publisher", "根据《条例》有关要求,现公布2023年我局政府信息公开工作年度报告。", "我局"),
    ("publisher", "结合我镇工作实际,编制并向社会公布《禾苗镇2023年政府信息公开工作年度报告》。", "我镇"),
    ("publisher", "本报告由本单位负责发布。", "本单位"),
    ("compiler", "我镇认真编制了《禾苗镇2023年政府信息公开工作年度报告》。", "我镇"),
    ("compiler", "根据有关规定,我办编制了本年度报告。", "我办"),
    ("compiler", "本报告由本局编制,所列数据统计期限自2023年1月1日至12月31日。", "本局"),
    ("compiler", "根据《条例》,特向社会公布2023年度本机关政府信息公开工作年度报告。", "本机关"),  # who put it out
])
def test_a_sentence_of_the_reports_own_agency_is_evidence(field, text, self_word):
    assert REPORT_FIELDS.by_own_agency(field, text) == self_word
    assert REPORT_FIELDS.holds(field, text)


@pytest.mark.parametrize("field, text", [
    ("publisher", "本报告由青禾县人民政府信息公开工作领导小组办公室根据《条例》编制。"),  # a compiler named: no publisher
    ("publisher", "我局督促各下属单位按时发布2023年政府信息公开工作年度报告。"),  # others publish theirs
    ("publisher", "我局通过门户网站发布各类信息3000条。"),  # no report published
    ("compiler", "本年度报告根据《条例》的要求编制。"),  # nobody named, not even the report itself
    ("compiler", "我局编制了政府信息公开指南和目录。"),  # not the report
    ("publisher", "本部分报告公布如下。"),
])
def test_no_sentence_of_the_reports_own_agency(field, text):
    assert REPORT_FIELDS.by_own_agency(field, text) is None


TOWN = Report(doc_id="t" * 16, sources=["qinghe_hemiao_zhen_2023.txt"], agency="青禾县禾苗镇人民政府", region="青禾县",
              year=2023, aliases=["hemiao", "hemiao town"], mentions=["青禾县", "禾苗镇"])


def _town(opening: str) -> str:
    return (
        "禾苗镇2023年政府信息公开工作年度报告\n"
        f"{opening}\n"
        "一、总体情况\n"
        "2023年,我镇主动公开政府信息120条。\n"
    )


@pytest.mark.parametrize("question", [
    "禾苗镇2023年政府信息公开工作年度报告是哪个机关发布的？",
    "禾苗镇2023年年报的发布单位是哪个",
    "who published the Hemiao town 2023 OGI annual report?",
    "Hemiao town 2023 report - who issued it?",
])
def test_the_publisher_is_the_report_speaking_of_itself(question):
    a = answer_from_lines(TOWN, _town("根据《条例》,特向社会公布2023年度本机关政府信息公开工作年度报告。"), question)
    assert a.answered and "青禾县禾苗镇人民政府" in a.text and "本机关" in a.text, (question, a.text)
    assert any("特向社会公布" in c.quote for c in a.citations), a.citations


@pytest.mark.parametrize("question", [
    "禾苗镇2023年政府信息公开工作年度报告由谁编制？",
    "禾苗镇2023年年报是哪个单位编的？",
    "which office compiled the Hemiao town 2023 OGI report?",
])
def test_the_compiler_is_the_report_speaking_of_itself(question):
    a = answer_from_lines(TOWN, _town("根据《条例》有关规定,我镇认真编制了《禾苗镇2023年政府信息公开工作年度报告》。"), question)
    assert a.answered and "青禾县禾苗镇人民政府" in a.text and "我镇" in a.text, (question, a.text)


@pytest.mark.parametrize("question", [
    "禾苗镇2023年政府信息公开工作年度报告是哪个机关发布的？",
    "who published the Hemiao town 2023 OGI annual report?",
])
def test_a_compiler_named_in_full_answers_a_publisher_ask_as_the_compiler(question):
    # (the report names no publisher: its compiler answers, the answer saying it is the compiler named — the
    # first-upload policy of tests/test_first_upload_leftovers.py; before, such an ask was declined)
    a = answer_from_lines(TOWN, _town("本报告由禾苗镇政务公开领导小组办公室根据《条例》编制。"), question)
    assert a.answered and "领导小组办公室" in a.text and re.search(r"编制|compiled", a.text), (question, a.text)


# --- 3. the year before a year named ----------------------------------------------------------------------------------


def _dept(year: int) -> Report:
    return Report(doc_id=f"{year}" * 4, sources=[f"qinghe_yangliju_{year}.txt"], agency="青禾县样例局", region="青禾县",
                  year=year, aliases=["qinghe"])


@pytest.mark.parametrize("question, year", [
    ("青禾县样例局2023年上一年收到多少政府信息公开申请？", 2022),
    ("青禾县样例局2023年的前一年主动公开了多少条信息", 2022),
    ("青禾县样例局2023年上年度收到几件申请", 2022),
    ("How many requests did Qinghe get in the year before 2023?", 2022),
    ("Qinghe, the year prior to 2023: requests received?", 2022),
    ("Qinghe: how many items were published in 2023's previous year?", 2022),
])
def test_the_year_before_is_asked_of_its_own_report(question, year):
    q = parse_question(question, [_dept(2022), _dept(2023)])
    assert q.years == [year] and q.previous_of == year + 1, (question, q.years, q.norm)
    assert str(year + 1) not in q.norm and not re.search(r"上一?年|前一年|previous|prior|before", q.norm), q.norm


@pytest.mark.parametrize("question", [
    "青禾县样例局2023年上一年收到多少政府信息公开申请？",
    "How many requests did Qinghe get in the year before 2023?",
])
def test_without_that_report_the_question_stays(question):
    q = parse_question(question, [_dept(2023)])
    assert q.years == [2023] and q.previous_of is None, (q.years, q.norm)


@pytest.mark.parametrize("question", [
    "青禾县样例局2023年上年结转多少件申请",  # a row of 2023's table
    "Qinghe 2023: applications carried over from the previous year?",
    "青禾县样例局2023年比上一年多收到多少申请",  # a change between the years
    "how many more requests did Qinghe get in 2023 than in the year before 2023?",
    "青禾县样例局2023年上半年收到多少申请",
    "青禾县样例局2023年前年收到多少申请",  # the year before last: not this rule's
])
def test_no_ask_of_the_year_before(question):
    assert previous_year_asked(normalise_query(question)) is None
    assert as_previous_year(normalise_query(question), [_dept(2021), _dept(2022), _dept(2023)]) is None


# --- 4. a breakdown of the row named ----------------------------------------------------------------------------------

HEAD = T3_HEAD
ROWS = (
    "青禾县样例局2019年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "全年共受理政府信息公开申请70件,其中因本机关不掌握等原因无法提供36件,不予处理6件,其他处理0件。\n"
    + HEAD +
    "一、本年新收政府信息公开申请数量 | 60 | 8 | | | 2 | | 70 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 20 | 3 | | | 1 | | 24 |\n"
    "(四)无法提供 | 1.本机关不掌握相关政府信息 | 31 | 4 | | | 1 | | |\n"
    "2.没有现成信息需要另行制作 | 9 | 1 | | | | | 10 |\n"
)
DEPT_2019 = Report(doc_id="r" * 16, sources=["qinghe_yangliju_2019.txt"], agency="青禾县样例局", region="青禾县",
                   year=2019, aliases=["qinghe"])
SPLIT_NOT_HELD = [
    "青禾县样例局2019年本机关不掌握相关政府信息的按申请人类型拆分",
    "青禾县样例局2019年不掌握的申请按申请人类型分别多少",
    "青禾县样例局2019年本机关不掌握相关政府信息的申请按申请人类别统计各是多少",
    "Qinghe 2019: how many requests where the office didn't hold the info, by applicant type?",
    "Qinghe 2019: how many requests where the office simply didn't hold the info, split by who asked?",
]


@pytest.mark.parametrize("question", SPLIT_NOT_HELD[:3])
def test_a_row_no_metric_stands_for_is_no_ask_of_new_applications(question):
    assert detect_metric(normalise_query(question)) is None


@pytest.mark.parametrize("question", [
    "青禾县样例局2019年收到的申请按申请人类型分别多少",
    "青禾县样例局2019年申请按申请人类型拆分",
])
def test_new_applications_split_keep_their_metric(question):
    assert detect_metric(normalise_query(question)).key == "applications_received"


@pytest.mark.parametrize("question", SPLIT_NOT_HELD)
def test_the_breakdown_is_of_the_row_named(question):
    a = answer_from_lines(DEPT_2019, ROWS, question)
    figures = re.findall(r"(?<![\d\[])\d+(?![\d\]])", re.sub(r"\b20\d\d\b", "", a.text))
    assert a.answered and all(v in figures for v in ("31", "4", "1")), (question, a.text)
    # (not the new applications' columns, not the other outcomes the prose lists after its figure)
    assert not {"60", "8", "70", "6", "36"} & set(figures), (question, a.text)
    assert all("不掌握" in (c.row or "") for c in a.citations), a.citations


# --- 5. a report named by the month it was published ------------------------------------------------------------------


@pytest.mark.parametrize("question, year", [
    ("青禾县样例局2023年1月发布的年报中，收到多少政府信息公开申请？", 2022),
    ("青禾县样例局2023年3月印发的年度报告里主动公开了多少条信息", 2022),
    ("青禾县样例局2023年1月20日公布的报告中收到几件申请", 2022),
    ("In the annual report Qinghe published in January 2023, how many requests were received?", 2022),
    ("The report Qinghe released on Jan 20, 2023: how many requests came in?", 2022),
])
def test_a_report_named_by_its_publication_month_is_of_the_year_before(question, year):
    q = parse_question(question, [_dept(2022), _dept(2023)])
    assert q.years == [year], (question, q.years, q.norm)
    assert not re.search(r"[一二三]月|1月|january|jan ", q.norm), q.norm  # (no month left to count in)


@pytest.mark.parametrize("question", [
    "青禾县样例局2023年1月收到多少申请",  # a month counted, no report named by it
    "How many requests did Qinghe get in January 2023?",
])
def test_a_month_counted_is_no_publication_month(question):
    q = parse_question(question, [_dept(2022), _dept(2023)])
    assert q.years == [2023], (question, q.years)
