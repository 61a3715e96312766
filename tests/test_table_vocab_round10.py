"""Round 10: the standard tables asked in the English words staff use (issue 10), on fictional reports (青禾县样例局,
青苗镇; samples, not real reports):

* every row and column of the national tables (both layouts) has staff phrasings (template.toml staff_en) that reach
  its label: "normative docs still in force", "we don't hold that info", "repeated requests", "asked for public info
  that's already out", "sued directly", "centralised gov procurement: number of projects and total spend";
* staff abbreviations are the words they stand for (docs, gov/govt, admin, info, dept: glossary [abbreviations]);
* "<report>: of the requests answered '…', how many came from …" is one ask (the piece after the lead is its frame);
* "split the requests by who filed them (individuals vs companies vs others)" is a breakdown by applicant, not a
  comparison: the row's total with every applicant column;
* a list number at the start of a row label ("2.重复申请", "（2）", "2、") is never a figure (assistant/non_count_numbers.py).
"""

from __future__ import annotations

import re
import tomllib

import pytest

from assistant.aggregate import asks_comparison
from assistant.asks import wants_breakdown
from assistant.core.glossary import GLOSSARY, TEMPLATE_DATA, abbreviated, template_staff
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.non_count_numbers import counts_nothing, is_list_number
from assistant.query import detect_metric, glossary_groups
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD
from tests.helpers import ask_texts


# --- the data: every row and column has staff phrasings that reach it ---------------------------------------------


def _items() -> list[dict]:
    """Every row and column of tables 二, 三 and 四 in template.toml (as written there)."""
    raw = tomllib.loads(TEMPLATE_DATA.read_text(encoding="utf-8"))
    out: list[dict] = list(raw["table2"]["columns"])
    out += [r for b in raw["table2"]["blocks"] for r in b["rows"]]
    out += list(raw["table3"]["columns"])

    def rows(rs):
        for r in rs:
            out.append(r)
            rows(r.get("children", ()))

    rows(raw["table3"]["rows"])
    out += [*raw["table4"]["outcomes"], *raw["table4"]["groups"], *raw["table4"]["rows"]]
    return out


def test_every_row_and_column_has_several_staff_phrasings():
    missing = [i["zh"] for i in _items() if len(i.get("staff_en", ())) < 3]
    assert not missing, missing


def _plain(zh: str) -> str:
    return re.sub(r"[\s(（)）]", "", zh)


def test_every_staff_phrasing_reaches_its_row_or_column():
    """A question holding the phrasing is rendered into Chinese words the row's (or column's) own label holds, or its
    twin's of the other layout (现行有效件数 / 对外公开总数量, 本年制发件数 / 本年新制作数量)."""
    twins = {"现行有效件数": "对外公开总数量", "对外公开总数量": "现行有效件数", "本年制发件数": "本年新制作数量",
             "本年新制作数量": "本年制发件数"}
    wrong = []
    for zh, phrases, _find in template_staff():
        labels = [_plain(zh), _plain(twins.get(zh, zh))]
        for p in phrases:
            groups = glossary_groups(f"qinghe 2021: {p}?")
            if not any(any(_plain(w) in lab or lab in _plain(w) for lab in labels) for g in groups for w in g):
                wrong.append((zh, p, groups))
    assert not wrong, wrong


@pytest.mark.parametrize("phrase, zh", [
    ("normative docs", "规范性文件"),
    ("admin normative documents", "规范性文件"),
    ("centralised gov procurement", "政府集中采购"),
    ("centralized govt procurement", "政府集中采购"),
    ("new info requests", "本年新收"),
    ("gov fees", "行政事业性收费"),
])
def test_staff_abbreviations_are_the_words_they_stand_for(phrase, zh):
    assert any(zh in w for g in glossary_groups(f"qinghe 2021 — {phrase}?") for w in g)


def test_abbreviated_forms_of_a_phrase():
    forms = abbreviated("administrative normative documents", GLOSSARY.abbreviations)
    assert "admin normative docs" in forms and "administrative normative docs" in forms
    assert abbreviated("natural persons", GLOSSARY.abbreviations) == []


@pytest.mark.parametrize("question, metric", [
    ("Qinghe 2021 — normative docs still in force at year end?", "normative_documents"),
    ("qinghe bureau: how many admin normative documents are currently valid?", "normative_documents"),
    ("how many requests were denied by Qinghe in 2021?", "applications_withheld"),
    ("Qinghe 2021: how many times was it sued directly?", "lawsuits"),
    ("Qinghe 2021: how many new info requests?", "applications_received"),
    ("Qinghe 2021: how many requests were rolled over to next year?", "applications_carried_forward"),
])
def test_metric_rows_are_asked_in_staff_words(question, metric):
    assert detect_metric(normalise_query(question)).key == metric


# --- asks -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Qinghe bureau 2021 annual report: of the requests answered 'we don't hold that info', how many came from private individuals?",
    "Qinghe 2021 — among the requests refused as repeated requests, how many came from companies?",
    "qinghe sample bureau 2021: of the ones it couldn't provide because they don't exist, how many were filed by individuals?",
])
def test_a_frame_after_the_lead_is_one_ask(question):
    assert len(ask_texts(question)) == 1, ask_texts(question)


@pytest.mark.parametrize("question", [
    "Qinghe 2021 dept: split the new info requests by who filed them pls (individuals vs companies vs others)",
    "Qinghe 2021: break the new requests down by applicant type (individuals vs businesses vs NGOs)",
    "qinghe 2021 new requests broken down by who submitted them — individuals versus companies",
])
def test_vs_listing_the_parts_of_a_breakdown_is_no_comparison(question):
    norm = normalise_query(question)
    assert wants_breakdown(norm) and not asks_comparison(norm)
    assert len(ask_texts(question)) == 1


@pytest.mark.parametrize("question", [
    "qinghe 2021: natural persons vs commercial enterprises — how big is the gap?",
    "Qinghe 2021 new requests: individuals vs companies, which is more?",
])
def test_vs_still_compares_outside_a_breakdown(question):
    assert asks_comparison(normalise_query(question))


@pytest.mark.parametrize("question, first, second", [
    ("In the Qingmiao 2019 report, centralised gov procurement: number of projects and total spend?", "projects", "spend"),
    ("qingmiao town 2019 — centralized government procurement: procurement projects and amount spent?", "projects", "spent"),
    ("Qingmiao 2019 govt centralised procurement: how many projects and total value?", "projects", "value"),
])
def test_procurement_columns_in_staff_words_are_one_ask_each(question, first, second):
    asks = ask_texts(question)
    assert len(asks) == 2 and first in asks[0] and second in asks[1], asks


# --- list numbers are no figures ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, number, expected", [
    ("2.重复申请", "2", True),
    ("2、重复申请", "2", True),
    ("（2）重复申请", "2", True),
    ("(五)不予处理 | 1.信访举报投诉类申请", "1", True),
    ("全年收到申请2件", "2", False),
    ("收费2.5万元", "2", False),
    ("2件重复申请", "2", False),
])
def test_a_list_number_is_no_figure(text, number, expected):
    m = re.search(re.escape(number), text)
    assert is_list_number(text, m.start(), m.end()) is expected


def test_a_sentence_of_list_numbers_counts_nothing():
    assert counts_nothing("(五)不予处理\n1.信访举报投诉类申请\n2.重复申请")
    assert not counts_nothing("2.重复申请 3件")


# --- answers on fictional reports ----------------------------------------------------------------------------------

DOC = "e" * 16
ORIGINAL = (
    "青禾县样例局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年,本局认真贯彻《条例》,做好政府信息公开工作。\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(一)项\n"
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
    "规章 | 0 | 0 | 0 |\n"
    "行政规范性文件 | 3 | 1 | 17 |\n"
    + T3_HEAD +
    "一、本年新收政府信息公开申请数量 | 41 | 9 | 0 | 0 | 2 | 1 | 53 |\n"
    "二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 20 | 4 | 0 | 0 | 1 | 0 | 25 |\n"
    "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 3 | 1 | 0 | 0 | 0 | 0 | 4 |\n"
    "(四)无法提供 | 1.本机关不掌握相关政府信息 | 11 | 2 | 0 | 0 | 1 | 0 | 14 |\n"
    "2.没有现成信息需要另行制作 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |\n"
    "(五)不予处理 | 2.重复申请 | 2 | 1 | 0 | 0 | 0 | 1 | 4 |\n"
    "3.要求提供公开出版物 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
    "(七)总计 | 42 | 9 | 0 | 0 | 2 | 1 | 54 |\n"
    "四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
    "青禾县样例局\n"
    "2022年1月20日\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_yangliju_2021.txt"], agency="青禾县样例局", region="青禾县", year=2021,
                aliases=["qinghe"])


def _ask(question: str, report: Report = REPORT, original: str = ORIGINAL):
    return answer_from_lines(report, original, question)


def _figures(text: str) -> list[str]:
    return re.findall(r"(?<![\d\[])\d+(?![\d\]])", re.sub(r"\b20\d\d\b", "", text))


@pytest.mark.parametrize("question", [
    "Qinghe 2021 — normative docs still in force at year end?",
    "qinghe 2021: how many admin normative documents currently valid per the art. 20 table?",
    "Qinghe 2021, regulatory documents in effect at the end of the year?",
])
def test_normative_documents_in_force(question):
    a = _ask(question)
    assert a.answered and "17" in _figures(a.text) and "0" not in _figures(a.text), a.text


@pytest.mark.parametrize("question, value", [
    ("Qinghe 2021 annual report: of the requests answered 'we don't hold that info', how many came from private individuals?", "11"),
    ("Qinghe 2021: requests it couldn't answer because it doesn't hold the info — how many from companies?", "2"),
    ("Qinghe 2021: how many requests were turned away because the info doesn't exist and would need creating (total)?", "6"),
    ("Qinghe 2021: how many repeated requests did it get from individuals?", "2"),
    ("Qinghe 2021 — how many requests asked for publications, i.e. public info that's already out?", "1"),
])
def test_outcome_rows_in_staff_words(question, value):
    a = _ask(question)
    assert a.answered and value in _figures(a.text), a.text


@pytest.mark.parametrize("question", [
    "Qinghe 2021 dept: split the new info requests by who filed them pls (individuals vs companies vs others)",
    "Qinghe 2021: break the new requests down by applicant type",
])
def test_a_breakdown_by_applicant_gives_every_column_and_the_total(question):
    a = _ask(question)
    figures = _figures(a.text)
    assert a.answered and all(v in figures for v in ("41", "9", "2", "1", "53")), a.text


ORIGINAL_2019 = (
    "青苗镇人民政府2019年政府信息公开工作年度报告\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(九)项\n"
    "信息内容 | 采购项目数量 | 采购总金额 |\n"
    "政府集中采购 | 4 | 86000元 |\n"
    + T3_HEAD +
    "一、本年新收政府信息公开申请数量 | | | | | | | |\n"
    "三、本年度办理结果 |\n"
    "(五)不予处理 |\n"
    "1.信访举报投诉类申请 | | | | | | | |\n"
    "2.重复申请 | | | | | | | |\n"
    "3.要求提供公开出版物 | | | | | | | |\n"
    "青苗镇人民政府\n"
    "2020年1月15日\n"
)
REPORT_2019 = Report(doc_id="f" * 16, sources=["qingmiao_zhen_2019.txt"], agency="青苗镇人民政府", region="青苗镇",
                     year=2019, aliases=["qingmiao"])


@pytest.mark.parametrize("question", [
    "In the Qingmiao 2019 report, centralised gov procurement: number of projects and total spend?",
    "Qingmiao town 2019 — centralized government procurement: procurement projects and amount spent?",
])
def test_procurement_projects_and_spend(question):
    a = _ask(question, REPORT_2019, ORIGINAL_2019)
    assert a.answered and "4" in _figures(a.text) and ("86000" in a.text or "86,000" in a.text), a.text


@pytest.mark.parametrize("question", [
    "Qingmiao town report 2019 — how many disclosure requests did the township get that year?",
    "qingmiao 2019: how many repeated requests?",
])
def test_an_empty_table_states_no_figure(question):
    a = _ask(question, REPORT_2019, ORIGINAL_2019)
    assert not a.answered or not re.search(r"(?<![\d\[])[123](?![\d\]])", re.sub(r"20\d\d", "", a.text)), a.text
