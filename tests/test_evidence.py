"""Asks, facts found by their labels, breakdowns, sums, statements of none, text facts and sentence
answers: the evidence side (assistant/evidence.py) and how the extractive engine writes it up.

A small in-memory index over one fictional report; no store, no embedder (label search is lexical here).
"""

from __future__ import annotations

import re

import pytest

from assistant.answer import ExtractiveEngine
from assistant.asks import split_asks, wants_breakdown, wants_total
from assistant.core.text import normalise_query
from assistant.core.types import Chunk, Fact, Passage, Report
from assistant.evidence import EvidenceGatherer
from assistant.labels import fact_label_en
from prompts import load_templates, note
from assistant.query import parse_question
from tests.fake_index import FakeIndex as _FakeIndex

DOC = "d" * 16
ORIGINAL = (
    "青禾县样例局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "本局全年主动公开政府信息120条，其中网站发布80条，政务微博发布40条。\n"
    "本年度依申请公开未收取任何费用。\n"
    "联系电话：0000-1234567。\n"
    "三、收到和处理政府信息公开申请情况\n"
    "一、本年新收政府信息公开申请数量 | 5 | 2 | 7 |\n"
    "（一）予以公开 | 3 | 1 | 4 |\n"
    "（二）部分公开 | 1 | 1 | 2 |\n"
    "第二十条第（九）项 政府集中采购 | 6 | 251000 |\n"
    "四、行政复议 总计 | 2 |\n"
    "行政诉讼 总计 | 3 |\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_2023.txt"], agency="青禾县样例局", region="青禾县", year=2023,
                aliases=["qinghe"])


def _span(text: str, after: str = "") -> tuple[int, int]:
    s = ORIGINAL.index(text, ORIGINAL.index(after) if after else 0)
    return s, s + len(text)


def _cell(row_text: str, value: str, nth: int, **kw) -> Fact:
    line_s, line_e = _span(row_text)
    line_e = ORIGINAL.index("\n", line_s)
    cells = [m for m in re.finditer(r"\d+", ORIGINAL[line_s:line_e]) if ORIGINAL[line_s + m.start() - 2 : line_s + m.start()] == "| "]
    m = cells[nth]
    assert m.group() == value
    return Fact(doc_id=DOC, value=float(value), raw=value, start=line_s + m.start(), end=line_s + m.end(),
                quote_start=line_s, quote_end=line_e, **kw)


APPLICANTS = ["自然人", "法人或其他组织 / 商业企业", "总计"]
FACTS = [
    *[_cell("一、本年新收政府信息公开申请数量", v, i, table="三", row="一、本年新收政府信息公开申请数量", column=c,
            metric="applications_received", section="三、收到和处理政府信息公开申请情况")
      for i, (v, c) in enumerate(zip(["5", "2", "7"], APPLICANTS))],
    *[_cell("（一）予以公开", v, i, table="三", row="三、本年度办理结果 / （一）予以公开", column=c,
            metric="applications_disclosed") for i, (v, c) in enumerate(zip(["3", "1", "4"], APPLICANTS))],
    *[_cell("（二）部分公开", v, i, table="三", row="三、本年度办理结果 / （二）部分公开", column=c,
            metric="applications_partly_disclosed") for i, (v, c) in enumerate(zip(["1", "1", "2"], APPLICANTS))],
    _cell("第二十条第（九）项 政府集中采购", "6", 0, table="二", row="第二十条第(九)项 / 政府集中采购", column="采购项目数量"),
    _cell("第二十条第（九）项 政府集中采购", "251000", 1, table="二", row="第二十条第(九)项 / 政府集中采购",
          column="采购总金额", unit="元"),
    _cell("四、行政复议 总计", "2", 0, table="四", row="行政复议", column="行政复议 / 总计", metric="reconsiderations"),
    _cell("行政诉讼 总计", "3", 0, table="四", row="行政诉讼", column="行政诉讼 / 总计", metric="lawsuits"),
]
_fee = _span("本年度依申请公开未收取任何费用")
_phone = _span("0000-1234567")
FACTS += [
    Fact(doc_id=DOC, table="narrative", row="收费", column="", kind="none", value=0.0, unit="", raw="未收取任何费用",
         label_zh="总体情况 / 依申请公开收费", label_en="general situation / none: fees", text_value=ORIGINAL[_fee[0]:_fee[1]],
         start=_fee[0] + 7, end=_fee[1], quote_start=_fee[0], quote_end=_fee[1]),
    Fact(doc_id=DOC, table="narrative", row="电话", column="", kind="contact", value=None, unit="", raw="0000-1234567",
         label_zh="联系方式 / 电话", label_en="contact / phone", text_value="0000-1234567",
         start=_phone[0], end=_phone[1], quote_start=_phone[0] - 5, quote_end=_phone[1]),
]


def FakeIndex() -> _FakeIndex:
    return _FakeIndex(REPORT, FACTS, ORIGINAL)


def _passages() -> list[Passage]:
    s, e = _span("本局全年主动公开政府信息120条，其中网站发布80条，政务微博发布40条。")
    chunk = Chunk(chunk_id=f"{DOC}:0000", doc_id=DOC, source="qinghe_2023.txt", section="一、总体情况", text=ORIGINAL[s:e],
                  clean_text=ORIGINAL[s:e], start=s, end=e, clean_start=s)
    return [Passage(chunk, 1.0)]


def _ask(question: str):
    engine = ExtractiveEngine(FakeIndex(), 0.34)
    q = parse_question(question, [REPORT])
    return engine.answer(q, _passages())


# --- splitting a question into asks ------------------------------------------------------------

@pytest.mark.parametrize(
    "question, asks",
    [
        ("青禾县样例局2023年收到多少申请？", ["青禾县样例局2023年收到多少申请"]),
        ("2023年收到申请多少件？其中自然人提出多少件？", ["2023年收到申请多少件", "其中自然人提出多少件"]),
        ("2022年行政复议和行政诉讼各多少件", ["2022年行政复议多少件", "2022年行政诉讼多少件"]),
        ("办理结果中予以公开、部分公开分别是多少", ["办理结果中予以公开是多少", "办理结果中部分公开是多少"]),
        ("样例局的地址和电话是什么", ["样例局的地址是什么", "样例局的电话是什么"]),
        ("领导共接待群众多少批、多少人次", ["领导共接待群众多少批", "领导共接待群众多少人次"]),
        ("how many reconsiderations and lawsuits did qinghe have in 2023?",
         ["how many reconsiderations did qinghe have in 2023", "how many lawsuits did qinghe have in 2023"]),
        ("how many applications did qinghe receive, and how many of them came from individuals?",
         ["how many applications did qinghe receive", "and how many of them came from individuals"]),
    ],
)
def test_questions_split_into_their_asks(question, asks):
    assert [a.text for a in split_asks(normalise_query(question))] == asks


def test_names_are_never_split():
    asks = split_asks("青禾县自然资源和规划局2023年予以公开和部分公开各多少件", names=["青禾县自然资源和规划局"])
    assert [a.text for a in asks] == ["青禾县自然资源和规划局2023年予以公开多少件", "青禾县自然资源和规划局2023年部分公开多少件"]


def test_within_breakdown_and_total_are_recognised():
    asks = split_asks("收到申请多少件？其中自然人提出多少件？")
    assert [a.within for a in asks] == [False, True]
    assert wants_breakdown("按申请人类型统计") and wants_breakdown("by channel") and not wants_breakdown("收到多少件")
    assert wants_total("复议和诉讼一共多少件") and wants_total("how many in total") and not wants_total("收到多少件")


# --- answering every ask -----------------------------------------------------------------------

def test_every_ask_is_answered_and_cited():
    a = _ask("青禾县样例局2023年收到多少政府信息公开申请？其中自然人提出多少件？")
    assert a.answered
    lines = a.text.splitlines()
    assert re.search(r"(?<!\d)7件\[1\]", lines[0]) and re.search(r"自然人.*(?<!\d)5件\[2\]", lines[1])
    assert [c.column for c in a.citations[:2]] == ["总计", "自然人"]


def test_x_and_y_each_and_a_total_computed_in_code():
    a = _ask("青禾县样例局2023年行政复议和行政诉讼一共多少件？")
    assert "2件[1]" in a.text and "3件[2]" in a.text
    assert "2[1] + 3[2] = 5" in a.text  # the sum is computed, each term cited


def test_a_row_outside_the_metric_list_is_found_by_its_label():
    a = _ask("青禾县样例局2023年政府集中采购总金额是多少？")
    assert a.answered and "251000" in a.text
    assert a.citations[0].column == "采购总金额" and a.citations[0].highlight == "251000"


def test_breakdown_lists_the_sub_figures():
    a = _ask("青禾县样例局2023年收到的申请按申请人类型分别是多少？")
    assert a.answered
    assert "自然人：5件" in a.text and "商业企业：2件" in a.text
    # the parts are asked: the total is named in the header, not stated (nor cited)
    assert {c.column for c in a.citations} == {"自然人", "法人或其他组织 / 商业企业"}
    assert a.text.startswith("青禾县样例局2023年") and "7件" not in a.text
    # a count asked before the breakdown words asks for the total too
    a = _ask("青禾县样例局2023年共收到多少申请，分别来自哪些申请人？")
    assert "7件" in a.text and "自然人：5件" in a.text


def test_a_statement_of_none_answers_zero_with_the_clause():
    a = _ask("青禾县样例局2023年依申请公开收费了吗？")
    assert a.answered and "0（无）" in a.text
    assert "未收取任何费用" in a.citations[0].quote


def test_contact_facts_are_answered_as_text():
    for question in ("青禾县样例局的联系电话是多少？", "What is the phone number of Qinghe?"):
        a = _ask(question)
        assert a.answered and "0000-1234567" in a.text, question
        assert a.citations[0].highlight == "0000-1234567"


def test_a_sentence_answer_states_the_figure_and_quotes_its_clause():
    a = _ask("青禾县样例局2023年通过政务微博发布了多少条信息？")
    assert a.answered
    first = a.text.splitlines()[0]
    assert first.split("。")[0].endswith("40条")  # the figure first, not another number of the sentence
    quote = a.citations[0].quote
    assert "40条" in quote and "120条" not in quote  # the clause, not the whole sentence
    assert ORIGINAL[a.citations[0].start : a.citations[0].end] == quote


def test_english_labels_come_from_the_template_when_ingest_gave_none():
    f = next(f for f in FACTS if f.column == "采购总金额")
    assert "procurement" in fact_label_en(f)
    a = _ask("How much did Qinghe spend on centralised government procurement in 2023?")
    assert a.language == "en" and "251,000" in a.text


def test_gatherer_gives_engines_typed_evidence():
    g = EvidenceGatherer(FakeIndex())
    q = parse_question("青禾县样例局2023年行政复议和行政诉讼各多少件？", [REPORT])
    asks = g.gather(q, _passages())
    assert [a.q.metric.key for a in asks] == ["reconsiderations", "lawsuits"]
    assert all(a.found and a.facts[0].kind == "table" for a in asks)


# --- one language per answer --------------------------------------------------------------------

def test_notes_and_headings_follow_the_language():
    assert note("zh", "question_cut", n=2000).startswith("问题过长")
    assert note("en", "question_cut", n=2000).startswith("the question was cut")
    assert load_templates("extractive", "zh")["sources"] == "来源"
    assert load_templates("extractive", "en")["sources"] == "Sources"
    for key, zh in load_templates("notes", "zh").items():
        en = load_templates("notes", "en")[key]
        assert re.search(r"[\u4e00-\u9fff]", zh) and not re.search(r"[\u4e00-\u9fff]", en), key


def test_an_english_answer_has_english_sentences():
    a = _ask("how many applications did Qinghe receive in 2023, and how many of them came from individuals?")
    assert a.language == "en" and a.answered
    assert "7 [1]" in a.text and "5 [2]" in a.text
    assert not re.search(r"[：（）]", a.text)  # no Chinese template punctuation


def test_an_english_words_renderings_are_alternatives_not_separate_terms():
    from assistant.labels import has
    from assistant.query import glossary_groups

    groups = glossary_groups("what is the website and the postcode")
    assert ("网站", "门户网站", "官网") in groups and ("邮编", "邮政编码") in groups
    assert has("网站|门户网站", "区政府网站公开信息") and has("邮政编码", "邮编:255000")  # a synonym counts
    assert not has("网站|门户网站", "政务微博")
