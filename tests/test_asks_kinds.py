"""Several asks in one question, breakdowns, and rows/columns outside the metric list (issue 10 kinds 3-5):
how a question splits, which column a question names, which clause a prose figure is cited by, where the
parts of a prose figure are written, what a prose figure counts, and a Chinese ask over a report written
in English.  Fictional agencies only; no store, no embedder (label search is lexical here).
"""

from __future__ import annotations

import re

import pytest

from assistant.answer import ExtractiveEngine, row_label
from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Chunk, Fact, Passage, Report
from assistant.evidence import EvidenceGatherer
from assistant.labels import column_named, counted_noun
from assistant.parts import parts_span
from assistant.query import parse_question
from assistant.shapes import own_clause
from tests.fake_index import FakeIndex


def _asks(question: str, names=()) -> list[str]:
    return [a.text for a in split_asks(normalise_query(question), names)]


# --- splitting ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "question, asks",
    [
        # several question words, one per counted thing: the second counts in the first one's frame
        ("青石镇政府网站设了几个频道、几个二级栏目？", ["青石镇政府网站设了几个频道", "青石镇政府网站设了几个二级栏目"]),
        ("领导共接待群众多少批、多少人次", ["领导共接待群众多少批", "领导共接待群众多少人次"]),
        # its own noun after the comma: the first ask's topic is kept, not its question word
        ("样例局2020年政府集中采购了几个项目，总金额多少？", ["样例局2020年政府集中采购了几个项目", "样例局2020年政府集中采购了总金额多少"]),
        ("2023年收到申请多少件、办结多少件", ["2023年收到申请多少件", "2023年办结多少件"]),
        # one question about a part, not two asks
        ("收到多少件申请中有多少件予以公开", ["收到多少件申请中有多少件予以公开"]),
        # a classifier written once for all the listed items
        ("样例局2022年决策公开、执行公开、管理公开类信息各多少条？",
         ["样例局2022年决策公开类信息多少条", "样例局2022年执行公开类信息多少条", "样例局2022年管理公开类信息多少条"]),
        # "上一年" is no boundary of the listed columns ("年" counts only after a year's digits)
        ("样例局2020年行政许可的上一年项目数量、本年增减和处理决定数量分别是多少？",
         ["样例局2020年行政许可的上一年项目数量是多少", "样例局2020年行政许可的本年增减是多少",
          "样例局2020年行政许可的处理决定数量是多少"]),
        ("how many tender notices and how many procurement notices did qinghe publish in 2016?",
         ["how many tender notices did qinghe publish in 2016", "and how many procurement notices did qinghe publish in 2016"]),
        # the leading frame goes with each ask
        ("Of Qinghe's proactively disclosed items in 2021, how many were work updates and how many were about institutional functions?",
         ["of qinghe's proactively disclosed items in 2021, how many were work updates",
          "of qinghe's proactively disclosed items in 2021, how many were about institutional functions"]),
        ("how many items did qinghe publish on its own site, how many on the provincial column, and how many in total?",
         ["how many items did qinghe publish on its own site", "how many on the provincial column", "and how many in total"]),
    ],
)
def test_a_question_splits_into_one_ask_per_figure(question, asks):
    assert _asks(question) == asks


def test_the_first_listed_item_keeps_its_own_words():
    assert _asks("样例委员会2023年网上申请和邮寄申请各多少件", names=["样例委员会"]) == [
        "样例委员会2023年网上申请多少件", "样例委员会2023年邮寄申请多少件"]


def test_a_list_of_words_is_no_split_of_question_words():
    assert _asks("规章和规范性文件各多少件") == ["规章多少件", "规范性文件多少件"]  # no classifier added
    assert _asks("几乎所有申请都公开了吗") == ["几乎所有申请都公开了吗"]


# --- which column a question names --------------------------------------------------------------

@pytest.mark.parametrize(
    "column, question, named",
    [
        ("采购项目数量", "政府集中采购了几个项目", True),  # each word of the column, not the column as written
        ("采购总金额", "政府集中采购了几个项目", False),
        ("采购总金额", "政府集中采购了总金额多少", True),
        ("本年增/减", "行政许可的本年增减是多少", True),  # the column's slash is not written in a question
        ("处理决定数量", "行政许可的上一年项目数量是多少", False),
        ("总计", "总计多少", False),
        ("法人或其他组织 / 商业企业", "商业企业提出了多少件", True),
    ],
)
def test_a_column_is_named_by_its_words(column, question, named):
    assert column_named(column, question) is named


# --- the clause a prose figure is cited by --------------------------------------------------------

@pytest.mark.parametrize(
    "text, figure, clause",
    [
        ("其中,予以公开60件,部分公开51件", "51件", "部分公开51件"),
        ("其中,予以公开60件,部分公开51件", "60件", "予以公开60件"),
        ("共收到申请2件(1件属自然人申请,1件属商业企业申请)", "2件", "共收到申请2件"),
        ("全年共受理申请,共42件,其中自然人30件", "42件", "全年共受理申请,共42件"),  # a bare "共42件" keeps its lead
        ("网站公开27,381条,其他", "27,381条", "网站公开27,381条"),
        ("办结177件(含上年结转的3件)", "3件", "含上年结转的3件"),
    ],
)
def test_a_prose_figure_is_quoted_by_its_own_clause(text, figure, clause):
    s = text.index(figure) if figure != "51件" else text.rindex(figure)
    a, b = own_clause(text, (0, len(text)), (s, s + len(figure)))
    assert text[a:b] == clause


def test_the_parts_of_a_prose_figure_are_in_its_bracket_or_after_a_qualifying_one():
    t = "收到申请44件(其中:网上申请42件,邮寄2件),上年结转0件。"
    a, b = parts_span(t, t.index("44件") + 3)
    assert "42件" in t[a:b] and "2件" in t[a:b] and "结转" not in t[a:b]
    t = "办结177件(含上年结转3件),其中,予以公开60件,部分公开51件。下一句9件"
    a, b = parts_span(t, t.index("177件") + 4)
    assert "60件" in t[a:b] and "51件" in t[a:b] and "结转" not in t[a:b] and "9件" not in t[a:b]
    t = "办结20件,其中予以公开12件。"
    a, b = parts_span(t, t.index("20件") + 3)
    assert t[a:b] == ",其中予以公开12件"


def test_what_a_prose_figure_counts_follows_it():
    t = "网站设有概况、动态等3个频道,有简介等6个二级栏目,"
    assert counted_noun(t, t.index("3个") + 2) == "频道"
    assert counted_noun(t, t.index("6个") + 2) == "二级栏目"
    assert counted_noun("公开信息12条,其中", 7) == ""


def test_a_lead_in_is_not_part_of_a_row_label():
    assert row_label("其中:网上申请") == "网上申请" and row_label("三、本年度办理结果 / (一)予以公开") == "予以公开"


# --- the evidence side on a fictional report ----------------------------------------------------------

DOC = "e" * 16
ORIGINAL = (
    "青石镇人民政府2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "目前青石镇政府网站设有镇情概况、工作动态、信息公开等3个频道,有镇情简介、政策解读等5个二级栏目。\n"
    "全年收到政府信息公开申请6件(其中:网上申请4件,信函申请2件),上年结转1件。\n"
    "第二十条第（九）项 政府集中采购 | 7 | 3200.5 |\n"
)
REPORT = Report(doc_id=DOC, sources=["qingshi_2021.txt"], agency="青石镇人民政府", region="青石镇", year=2021,
                aliases=["qingshi"])


def _prose(figure: str, row: str, after: str = "", metric=None) -> Fact:
    s = ORIGINAL.index(figure, ORIGINAL.index(after) if after else 0)
    line_s = ORIGINAL.rindex("\n", 0, s) + 1
    line_e = ORIGINAL.index("\n", s)
    return Fact(doc_id=DOC, table="narrative", row=row, column="", kind="narrative", metric=metric,
                value=float(re.match(r"[\d.]+", figure).group()), unit=figure[-1], raw=figure,
                label_zh=f"总体情况 / {row}", label_en="general situation", start=s, end=s + len(figure),
                quote_start=line_s, quote_end=line_e, section="一、总体情况")


def _cell(value: str, column: str) -> Fact:
    line_s = ORIGINAL.index("第二十条")
    s = ORIGINAL.index(f"| {value} |", line_s) + 2
    return Fact(doc_id=DOC, table="二", row="第二十条第(九)项 / 政府集中采购", column=column, value=float(value), raw=value,
                start=s, end=s + len(value), quote_start=line_s, quote_end=ORIGINAL.index("\n", line_s),
                unit="万元" if "金额" in column else "件")


FACTS = [
    _prose("3个", "目前青石镇政府网站设有镇情概况、工作动态、信息公开等"),
    _prose("5个", "有镇情简介、政策解读等"),
    _prose("6件", "全年收到政府信息公开申请", metric="applications_received"),
    _prose("4件", "其中:网上申请"),
    _prose("2件", "信函申请"),
    _prose("1件", "上年结转", after="上年结转"),
    _cell("7", "采购项目数量"),
    _cell("3200.5", "采购总金额"),
]


def _answer(question: str, passages=()):
    index = FakeIndex(REPORT, FACTS, ORIGINAL)
    return ExtractiveEngine(index, 0.34).answer(parse_question(question, [REPORT]), list(passages))


def test_two_counts_in_one_clause_are_each_answered_by_what_the_figure_counts():
    a = _answer("青石镇政府网站设了几个频道、几个二级栏目？")
    assert a.answered
    lines = a.text.splitlines()
    assert "3个" in lines[0] and "5个" in lines[1]
    assert [c.quote for c in a.citations] == ["目前青石镇政府网站设有镇情概况、工作动态、信息公开等3个频道", "有镇情简介、政策解读等5个二级栏目"]


def test_a_row_outside_the_metric_list_gives_the_column_each_ask_names():
    a = _answer("青石镇人民政府2021年政府集中采购了几个项目，总金额多少？")
    assert a.answered
    lines = a.text.splitlines()
    assert "7件" in lines[0] and "3200.5" in lines[1]
    assert [c.column for c in a.citations] == ["采购项目数量", "采购总金额"]


def test_a_breakdown_of_a_prose_figure_lists_its_bracket_only():
    a = _answer("青石镇人民政府2021年收到几件政府信息公开申请？分别是通过什么方式提交的？")
    assert a.answered
    assert "网上申请：4件" in a.text and "信函申请：2件" in a.text
    assert "上年结转" not in a.text  # after the bracket: not a part of the 6
    assert all("结转" not in c.quote for c in a.citations)


ENGLISH = (
    "Qingshi District 2019 Government Information Disclosure Annual Report\n"
    "Open a column of government documents, actively disclose 48 government documents and manage them by "
    "catalogue. 12 pieces of planning information were made public, and 29 pieces of relevant statistical "
    "information were released monthly.\n"
)
EN_DOC = "f" * 16
EN_REPORT = Report(doc_id=EN_DOC, sources=["qingshi_en_2019.txt"], agency="青石区人民政府", region="青石区", year=2019,
                   aliases=["qingshi"])


def test_a_chinese_ask_over_a_report_written_in_english_states_each_figure():
    index = FakeIndex(EN_REPORT, [], ENGLISH)
    start = ENGLISH.index("Open")
    chunk = Chunk(chunk_id=f"{EN_DOC}:0000", doc_id=EN_DOC, source="qingshi_en_2019.txt", section="", text=ENGLISH[start:],
                  clean_text=ENGLISH[start:], start=start, end=len(ENGLISH), clean_start=start)
    q = parse_question("青石区2019年主动公开了多少份政府文件？按月发布的统计信息有多少条？", [EN_REPORT])
    a = ExtractiveEngine(index, 0.34).answer(q, [Passage(chunk, 1.0)])
    assert a.answered
    lines = a.text.splitlines()
    assert "48" in lines[0] and "29" in lines[1]
    assert "12" not in a.text


def test_gatherer_gives_each_ask_its_own_fact():
    g = EvidenceGatherer(FakeIndex(REPORT, FACTS, ORIGINAL))
    asks = g.gather(parse_question("青石镇政府网站设了几个频道、几个二级栏目？", [REPORT]), [])
    assert [a.facts[0].value for a in asks] == [3.0, 5.0]


# --- the ask's own words, the sentence that goes on, shortened names, units ---------------------------

def test_each_ask_of_several_has_its_own_words_as_focus():
    asks = split_asks(normalise_query("青石网站2022年发的镇政府文件和镇办公室文件各多少？"))
    assert [a.focus for a in asks] == ["政府", "办公室"]  # what the two share ("镇", "文件") is the frame
    assert [a.focus for a in split_asks("青石镇网站设了几个频道、几个二级栏目")] == ["频道", "二级栏目"]
    assert split_asks("青石镇收到多少件申请")[0].focus == ""
    english = split_asks(normalise_query("Of Qinghe's disclosed items, how many were work updates and how many were about institutional functions?"))
    assert [a.focus for a in english] == ["work updates", "about institutional functions"]
    # a question that mixes the languages of its asks (a Chinese term in an English question) has them too
    for q in ("青河镇2022年主动公开多少条 and how many applications did it get?",
              "Qinghe 2022: how many 主动公开 items and how many applications?"):
        mixed = split_asks(normalise_query(q))
        assert len(mixed) == 2 and all(a.focus for a in mixed), q


def test_the_focus_outweighs_the_frame_all_asks_share():
    from assistant.focus_weights import focused

    terms = {"门户网站": 2.0, "办公室": 1.0, "文件": 1.0}
    assert focused(terms, "镇办公室") == {"门户网站": 2.0, "办公室": 3.0, "文件": 1.0}
    assert focused(terms, "") == terms


SENTENCE_DOC = "a" * 16
SENTENCE_TEXT = ("青石市信访局2021年政府信息公开工作年度报告\n"
                 "全年网站发布信息5110条,其中发布镇政府文件21条,镇办公室文件46会议信息42、新闻信息59。\n"
                 "全年累计受理来访6833案次,办结6051案次,办结率97.7%受理网上投诉590件。\n")
SENTENCE_REPORT = Report(doc_id=SENTENCE_DOC, sources=["qingshi_xinfang.txt"], agency="青石市信访局", region="青石市",
                         year=2021, aliases=["qingshi"])


def _sentence_answer(question: str):
    index = FakeIndex(SENTENCE_REPORT, [], SENTENCE_TEXT)
    start = SENTENCE_TEXT.index("全年网站")
    chunk = Chunk(chunk_id=f"{SENTENCE_DOC}:0000", doc_id=SENTENCE_DOC, source="qingshi_xinfang.txt", section="一、总体情况",
                  text=SENTENCE_TEXT[start:], clean_text=SENTENCE_TEXT[start:], start=start, end=len(SENTENCE_TEXT),
                  clean_start=start)
    return ExtractiveEngine(index, 0.34).answer(parse_question(question, [SENTENCE_REPORT]), [Passage(chunk, 1.0)])


def test_the_listed_item_is_found_in_its_clause_not_in_the_clause_of_the_frame():
    a = _sentence_answer("青石市信访局2021年网站发布的镇政府文件和镇办公室文件各多少？")
    assert a.answered
    lines = a.text.splitlines()
    assert "21" in lines[0] and "46" in lines[1] and "5110" not in a.text


def test_of_them_is_answered_by_the_clause_the_sentence_goes_on_with():
    a = _sentence_answer("How many visits did the Qingshi petitions bureau accept in 2021, and how many of them were concluded?")
    assert a.answered
    lines = a.text.splitlines()
    assert "6833" in lines[0] and "6051" in lines[1]
    assert "97.7" not in a.text  # a rate does not answer "how many"
    assert a.citations[1].quote == "办结6051案次"


def test_a_shortened_agency_name_is_scope_not_content():
    from assistant.scope_names import strip_short_names

    assert strip_short_names("市样例局2022年决策类信息多少条", ["青禾市样例局"]).strip() == "2022年决策类信息多少条"
    assert strip_short_names("县样例局的业务类信息多少条", ["某县样例局"]).strip().startswith("的业务")
    # the same words inside a row name stay ("政府办公厅文件")
    assert "政府办公厅文件" in strip_short_names("网站发的政府办公厅文件多少", ["自治区人民政府办公厅"])


def test_a_count_of_any_thing_is_answered_in_any_count_unit():
    from assistant.ask_question import unit_answers

    assert unit_answers("个", "项") and unit_answers("个", "件") and unit_answers("件", None)
    assert not unit_answers("批", "名") and not unit_answers("个", "人次")


# --- comparing a row the metric list does not name ---------------------------------------------------

TWO_TEXT = ("青禾市政府办公室2019年：全年通过门户网站等平台主动公开规章13件,主动公开规范性文件20件。\n"
            "青禾市政府办公室2020年：全年通过门户网站等平台主动公开规章12件,主动公开规范性文件25件。\n")
TWO = [Report(doc_id=c * 16, sources=[f"qinghe_{y}.txt"], agency="青禾市政府办公室", region="青禾市", year=y, aliases=["qinghe"])
       for c, y in (("b", 2019), ("c", 2020))]


def _two_facts() -> list[Fact]:
    out = []
    for r, line_no in zip(TWO, (0, 1)):
        line_s = 0 if line_no == 0 else TWO_TEXT.index("\n") + 1
        line_e = TWO_TEXT.index("\n", line_s)
        for label, fig in (("全年通过门户网站等平台主动公开规章", "规章"), ("主动公开规范性文件", "规范性文件")):
            m = re.compile(re.escape(fig) + r"(\d+)件").search(TWO_TEXT, line_s, line_e)
            out.append(Fact(doc_id=r.doc_id, table="narrative", row=label, column="", kind="narrative", value=float(m.group(1)),
                            unit="件", raw=m.group(1) + "件", label_zh=f"主动公开 / {label}", label_en="proactive disclosure",
                            start=m.start(1), end=m.end(), quote_start=line_s, quote_end=line_e))
    return out


def test_two_years_are_compared_on_the_row_the_question_names():
    index = FakeIndex(TWO[0], _two_facts(), TWO_TEXT)
    index.reports = list(TWO)
    index.by_doc = {r.doc_id: r for r in TWO}
    a = ExtractiveEngine(index, 0.34).answer(parse_question("青禾市政府办公室2019年和2020年，哪一年主动公开的规章更多？", TWO), [])
    assert a.answered
    assert "13件" in a.text and "12件" in a.text and "20件" not in a.text
    assert "2019年" in a.text.splitlines()[-2]  # the comparison line names the year with more
    assert a.text.splitlines()[-1] == "相差：13[1] − 12[2] = 1件"  # by how much: computed in sight of its cited figures
    assert {c.quote for c in a.citations} == {"全年通过门户网站等平台主动公开规章13件", "全年通过门户网站等平台主动公开规章12件"}


def test_a_prose_label_is_the_words_after_the_last_number_before_its_figure():
    from assistant.labels import own_words

    assert own_words("财政预决算信息68重点领域、民生信息410微信公众号推送信息1363微博发布信息") == "微博发布信息"
    assert own_words("主动公开政府信息") == "主动公开政府信息"
    assert own_words("12345热线") == "12345热线"  # too little after the number: kept whole
    assert row_label("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密") == "属于国家秘密"


def test_a_row_before_a_total_that_lists_it_when_both_match_alike():
    from assistant.fact_index import AGGREGATE

    assert AGGREGATE.search("工程建设招投标、政府采购、土地矿产交易信息等共计")
    assert not AGGREGATE.search("政府采购预公告、公告等信息") and not AGGREGATE.search("累计公开信息")


def test_all_kinds_of_is_a_total_unless_each_is_asked():
    from assistant.asks import wants_breakdown

    assert not wants_breakdown("主动公开各类政府信息多少条")  # "all kinds of": the total
    assert wants_breakdown("主动公开各类信息各多少条") and wants_breakdown("按类别统计分别是多少")


def test_an_ask_that_is_the_total_gets_its_own_figure_and_no_sum_of_the_others():
    from assistant.asks import wants_total

    asks = split_asks(normalise_query("How many items did Qinghe publish on its website, how many on WeChat, and how many in total?"))
    assert [wants_total(a.text) for a in asks] == [False, False, True]


def test_a_breakdown_ask_that_matched_a_part_is_answered_by_its_total_s_parts():
    a = _answer("青石镇人民政府2021年的政府信息公开申请是通过哪些方式提交的？")
    assert a.answered
    assert "网上申请：4件" in a.text and "信函申请：2件" in a.text and "上年结转" not in a.text
    assert "6件" not in a.text  # the parts are asked, not the total


def test_on_each_names_nothing_of_its_own_and_asks_for_the_parts():
    a = _answer("How many applications did Qingshi receive in 2021, and how many on each channel?")
    assert a.answered
    assert "6" in a.text.splitlines()[0] and "4" in a.text and "2" in a.text
