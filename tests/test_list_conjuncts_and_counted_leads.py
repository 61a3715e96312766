"""Lists whose parts are joined by 、 and a conjunction, lists that count themselves, and the asks of such lists
(fresh rounds 31/32: "what details does that cover", "which rights …", "who sits on the panel", "哪“三个改变”",
"four duties … what are they").

Fictional text only (agencies invented here: 青苗乡, 青禾县样例局):
- a list opening its sentence with its lead word ("…的基本情况。包括A、B") is labelled by the sentence before;
- a last piece of two parts joined by a conjunction is two parts when a frame closes the list ("由A、B以及C组成")
  or every part shares its ending ("A权、B权与C权"); a conjunction inside a word ("和谐") splits nothing;
- a count of the list's own parts after it ("A、B、C、D四项职责") marks it and ends its last part;
- an ask that counts the items is answered by the list whose lead writes that count and a word of the ask.
"""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.evidence import EvidenceGatherer
from assistant.list_items import WANTS_LIST, asked_count
from assistant.query import parse_question
from ingest.clean import clean
from ingest.facts import build_facts
from ingest.items import extract_items
from ingest.narrative import extract_narrative_facts
from ingest.structure import split_sections
from ingest.tables import extract_table_facts
from tests.fake_index import FakeIndex


def _items(text: str) -> list[tuple[str, str]]:
    return [(f.context, f.text_value) for f in extract_items(clean(text).text)]


def test_a_list_opening_its_sentence_with_its_lead_word_is_labelled_by_the_sentence_before():
    got = _items("主要公开以下内容:公开本局的基本情况。包括机构名称、内设科室、办公地址、咨询电话;公开其他事项。")
    assert [v for _c, v in got] == ["机构名称", "内设科室", "办公地址", "咨询电话"]
    assert all("基本情况" in c for c, _v in got)


@pytest.mark.parametrize("text, items", [
    ("本馆测评小组主要由市民代表、高校教师、企业职工以及社区网格员组成。", ["市民代表", "高校教师", "企业职工", "社区网格员"]),
    ("我们切实保障市民的知悉权、建议权、申诉权与监督权。", ["知悉权", "建议权", "申诉权", "监督权"]),
    ("二是健全长效机制。包括落实值班轮岗机制、落实错案追究机制、落实群众评议机制和落实年度考评机制等。",
     ["落实值班轮岗机制", "落实错案追究机制", "落实群众评议机制", "落实年度考评机制"]),
    ("明年,本所将认真履行服务园区发展、守护职工权益、化解矛盾纠纷、促进社会和谐稳定四项职责使命,做好工作。",
     ["服务园区发展", "守护职工权益", "化解矛盾纠纷", "促进社会和谐稳定"]),
    ("公开职业规范。包括职业守则、工作纪律,廉洁自律规定等;公开其他事项。", ["职业守则", "工作纪律", "廉洁自律规定"]),
])
def test_the_last_parts_of_a_list(text, items):
    assert [v for _c, v in _items(text)] == items


def test_a_conjunction_inside_a_word_splits_nothing():
    assert _items("全年维护社会稳定、促进社会和谐稳定。") == []
    got = [v for _c, v in _items("本镇主要通过公告栏、宣传册和谐音广播等形式公开。")]
    assert got == ["公告栏", "宣传册和谐音广播"]  # 和谐 is a word: never "宣传册" and "谐音广播" split at 和


def test_asks_for_a_list_worded_otherwise():
    for q in ("whenever it publishes the basic situation of the department, what details does that cover?",
              "which rights of the public does it say it protects?", "who sits on the panel of assessors?",
              "who makes up the review team?", "用新媒体回应关切时说做到了哪“三个改变”？"):
        assert WANTS_LIST.search(q), q
    for q in ("what period does the report cover?", "what share of the requests does that cover?",
              "who is the head of the office?"):
        assert not WANTS_LIST.search(q), q
    assert asked_count("做到了哪“三个改变”？") == 3
    assert asked_count("their report mentions four duties they say they'll carry out - what are they?") == 4


DOC = "j" * 16
REPORT = Report(doc_id=DOC, sources=["qingmiao_xiang_2023.txt"], agency="青苗乡人民政府", region="青苗乡", year=2023,
                aliases=["qingmiao"], mentions=["青苗乡"])
ORIGINAL = ("青苗乡2023年政府信息公开工作年度报告\n一、概述\n"
            "我乡充分利用政务微博、微信、广播等新媒体回应关切。在具体工作中,主要做到三个改变:一是从被动转向主动。"
            "群众留言及时办理。二是从分散转向集中。全部事项统一受理。三是从纸面转向网上。办事流程网上办理。\n"
            "二、存在的主要问题\n存在的问题主要有三方面:一是人员不足;二是经费紧张;三是培训偏少。\n"
            "三、其他需要报告的事项\n我乡最大限度地保障群众及干部职工的知情权、参与权、表达权与监督权。"
            "我乡引入第三方评议,第三方评议员主要由村民代表、乡人大代表、媒体记者以及企业代表组成。"
            "我乡主动公开以下内容:公开本乡的基本情况。包括机构名称、内设科室、办公地址、咨询电话;公开其他事项。\n")


def _listed(question: str) -> list[str]:
    ct = clean(ORIGINAL)
    facts = build_facts(ct, split_sections(ct.text), extract_table_facts(ct.text), extract_narrative_facts(ct.text),
                        doc_id=DOC, source="qingmiao_xiang_2023.txt", agency="青苗乡人民政府", region="青苗乡", year=2023)
    g = EvidenceGatherer(FakeIndex(REPORT, facts, ORIGINAL))
    return [f.text_value for f in g.label_facts(parse_question(question, [REPORT]), [REPORT]) if f.kind == "item"]


def test_a_counted_ask_is_answered_by_the_list_whose_lead_writes_the_count():
    assert _listed("青苗乡2023年用新媒体回应关切时做到了哪“三个改变”？") == ["从被动转向主动", "从分散转向集中", "从纸面转向网上"]


@pytest.mark.parametrize("question, items", [
    ("Qingmiao township 2023: which rights of the public and of staff does it say it tries to protect as far as possible?",
     ["知情权", "参与权", "表达权", "监督权"]),
    ("Qingmiao township 2023: who sits on the panel of third-party assessors?", ["村民代表", "乡人大代表", "媒体记者", "企业代表"]),
    ("Qingmiao township 2023: when it publishes the basic situation of the township, what details does that cover?",
     ["机构名称", "内设科室", "办公地址", "咨询电话"]),
])
def test_english_asks_of_a_list_written_inside_a_sentence(question, items):
    assert _listed(question) == items


def test_a_year_and_month_asked_is_no_ask_of_the_reports_year():
    from assistant.report_year import asks_report_year

    assert not asks_report_year("青苗乡那份年报里提了一句《条例》是从什么时候施行的，写的是哪年几月？")
    assert asks_report_year("青苗乡那份年报写的是哪一年的工作？")
