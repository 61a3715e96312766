"""Prose answers end to end on one fictional report (青禾县样例局, a sample, not a real report): facts built by
ingest (ingest.facts), evidence and the extractive answer (assistant.evidence / assistant.answer) over a
FakeIndex.  Kinds of issue 10: sentence answers that state a date, lists cited once, counts of parts."""

from __future__ import annotations

from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.query import parse_question
from tests.fake_index import FakeIndex, answer_from_lines, index_of

DOC = "e" * 16
ORIGINAL = (
    "青禾县样例局2023年政府信息公开工作年度报告\n"
    "本年度报告由五部分组成,分别为:总体情况、主动公开政府信息情况、依申请公开政府信息情况、存在的主要问题及改进措施、其他需要报告的事项。\n"
    "一、总体情况\n"
    "2023年5月,政务公开工作由县政务服务中心移交至县政府办公室。\n"
    "县政务服务评价系统于10月29日正式上线运行,群众可在线评价。\n"
    "我局继续运用好微信群、QQ群、短信等媒体平台,及时发布信息。\n"
    "根据《条例》和部门职责,青禾县数据中心(县政务服务中心)编制了《青禾县样例局2023年政府信息公开工作年度报告》。\n"
    "我局遵循“公开为常态”、“便民为先”的宗旨开展工作。\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_2023.txt"], agency="青禾县样例局", region="青禾县", year=2023,
                mentions=["天津市", "国家试点区", "青禾县"])


def _index() -> FakeIndex:
    return index_of(REPORT, ORIGINAL)


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question, idf=False)


def test_a_date_ask_states_the_date_and_quotes_its_clause():
    a = _ask("青禾县样例局政务服务评价系统何时正式上线运行？")
    assert a.answered and "10月29日" in a.text.split("。")[0]
    assert len(a.citations) == 1 and a.citations[0].quote == "县政务服务评价系统于10月29日正式上线运行"


def test_a_date_without_its_day_answers_with_the_clause_it_belongs_to():
    a = _ask("青禾县样例局的政务公开工作是什么时候移交至县政府办公室的？")
    assert a.answered and "2023年5月" in a.text
    assert a.citations[0].quote == "2023年5月,政务公开工作由县政务服务中心移交至县政府办公室"


def test_the_items_of_one_list_are_cited_once_by_the_clause_holding_them():
    a = _ask("青禾县样例局通过哪些媒体平台发布信息？")
    assert a.answered and all(w in a.text for w in ("微信群", "QQ群", "短信"))
    assert len(a.citations) == 1 and a.citations[0].quote == "我局继续运用好微信群、QQ群、短信等媒体平台"


def test_how_many_parts_the_report_has():
    a = _ask("青禾县样例局2023年年报一共分几部分？")
    assert a.answered and "5" in a.text and "五部分" in a.citations[0].quote
    a = _ask("青禾县样例局2023年年报由几部分组成？")
    assert a.answered and "5" in a.text and "五部分" in a.citations[0].quote


def test_a_rank_ask_states_the_ordinal():
    global ORIGINAL
    saved = ORIGINAL
    ORIGINAL = saved + "青禾县门户网站在2023年全市政府网站绩效评估中排名第四。\n"
    try:
        a = _ask("青禾县样例局门户网站在2023年全市政府网站绩效评估中排名第几？")
    finally:
        ORIGINAL = saved
    assert a.answered and "第四" in a.text.split("。")[0] and "排名第四" in a.citations[0].quote


def test_a_list_ask_is_answered_by_the_categories_of_a_breakdown():
    global ORIGINAL
    saved = ORIGINAL
    ORIGINAL = saved + "全年主动公开信息90条,其中:机构概况信息6条;预决算信息68条;财政收支信息16条。\n"
    try:
        a = _ask("青禾县样例局主动公开的信息包括哪些类别？")
    finally:
        ORIGINAL = saved
    assert a.answered and all(w in a.text for w in ("机构概况", "预决算", "财政收支"))


def test_an_english_ask_finds_a_prose_figure_by_the_noun_it_counts():
    global ORIGINAL, REPORT
    saved, saved_report = ORIGINAL, REPORT
    ORIGINAL = saved + "全县设立125个信访代办点,我局未接到群众主动要求公开政府信息。\n"
    REPORT = saved_report.model_copy(update={"aliases": ["qinghe"]})
    try:
        a = _ask("How many petition agent points did Qinghe set up in 2023?")
    finally:
        ORIGINAL, REPORT = saved, saved_report
    assert a.answered and "125" in a.text and "信访代办点" in a.citations[0].quote


def test_who_compiled_the_report_in_other_words():
    for question in ("青禾县样例局2023年的年报是哪个单位编的？", "Who compiled the 2023 report of 青禾县样例局?"):
        a = _ask(question)
        assert a.answered and "青禾县数据中心" in a.text, (question, a.text)
        assert len(a.citations) == 1 and "编制了《" in a.citations[0].quote


def test_a_place_the_report_mentions_is_scope_not_an_evidence_word():
    # 天津市 (a real city the report's text names; here by its short name) says where: the ask is
    # "how many parts", and a place word weighed as evidence would outweigh it in a real store (a rare word)
    q = parse_question("天津青禾县样例局2023年年报一共分几部分？", [REPORT])
    terms = ExtractiveEngine(_index(), 0.34).key_terms(q)
    assert "部分" in terms and not any("天津" in t for t in terms), terms
    # a mention that is no place of China's divisions ("国家试点区") keeps its words as evidence
    q2 = parse_question("青禾县样例局2023年的国家试点区有哪些？", [REPORT])
    assert any("试点" in t for t in ExtractiveEngine(_index(), 0.34).key_terms(q2))
    a = _ask("天津青禾县样例局2023年年报一共分几部分？")
    assert a.answered and "5" in a.text.split("[1]")[0]


def test_english_principles_find_the_tenets_a_chinese_report_names_otherwise():
    # glossary data: "principles" is 原则, 宗旨, 理念 or 方针 in a report
    a = _ask("What guiding principles did 青禾县样例局 follow in 2023?")
    assert a.answered and "公开为常态" in a.text and "便民为先" in a.text, a.text
