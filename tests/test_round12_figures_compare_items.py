"""Narrative figures, comparisons inside one report and list items, round 12 (issue 10, fixer "misc12"), on fictional
reports (青禾县信访局, 青禾县公共资源交易中心, 青禾县招投标局; no text copied from a report):

- a total that sums up a list of kinds in a sentence saying they were disclosed proactively ("…等媒介主动公开工作动态,
  招标公告、采购信息…等共计1260余条") is the year's proactive total when nothing else is (assistant/prose_totals.py);
  the answer keeps the report's "余" ("1260余条" / "more than 1,260");
- "…, all channels together" / ", across all platforms" / ", in total" says what a count takes in: no ask of its own
  (glossary [patterns] count_scope_en);
- the English words of the agency's own name ("petitions (letters & visits) bureau") name no part of its figures
  (no applications "by letter");
- two channels of one report compared with what is counted between the question word and 多 ("官网和“青禾信访”公众号
  哪个公开的信息更多"), a quoted account's name holding the place's name (“青禾信访”) being a channel, not a report;
- an English comparison names the winning side in the report's own words too ("penalty decisions (行政处罚) — more");
- words describing the copy ("anonymised", "redacted") or the report's telling ("admit", "acknowledge") carry no
  evidence: "what problems did it admit to" finds the list of problems.
"""

from __future__ import annotations

import pytest

from assistant.agency_en import agency_words_en
from assistant.asks import split_asks
from assistant.compare_sides import compare_sides_zh
from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact, Report
from assistant.noun_lists import list_en
from assistant.prose_totals import with_prose_totals
from assistant.shapes import asked_part, terms_outside
from assistant.writeup import stated_value
from tests.fake_index import answer_from_lines
from tests.fixtures.qinghe_sample import QINGHE_SUBDISTRICT as TABLE_REPORT

# --- a petitions bureau: channels of the proactive total, applications ------------------------------------------------

PETITIONS = (
    "青禾县信访局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年,我局主动公开各类政府信息500条,其中在县政府信息公开平台新增60条,在青禾县信访局官网公开240条,"
    "在“青禾信访”微信公众号上公开200条。\n"
    "2023年全年,我局共收到政府信息公开申请12件,全部按期答复。\n"
    "二、存在的主要问题及改进情况\n"
    "我局将继续做好政府信息公开工作。\n"
)
PETITIONS_REPORT = Report(doc_id="p" * 16, sources=["qinghe_xinfangju_2023.txt"], agency="青禾县信访局", region="青禾县",
                          year=2023, aliases=["qinghe", "qinghexian"])


def _petitions(question: str):
    return answer_from_lines(PETITIONS_REPORT, PETITIONS, question)


@pytest.mark.parametrize("question", [
    "Qinghe petitions (letters & visits) bureau, 2023 — how many disclosure requests came in?",
    "Qinghe letters and visits bureau 2023: how many information requests did it get?",
    "How many disclosure applications did the Qinghe petitions bureau receive in 2023?",
    "Qinghe bureau of letters and calls, 2023: how many disclosure requests did people send in?",
    "Qinghe letters and calls bureau 2023: how many information requests came in?",
])
def test_the_agency_s_own_english_words_name_no_part(question):
    a = _petitions(question)
    assert a.answered and "12" in a.text, a.text
    assert "separately" not in a.text, a.text


def test_a_part_asked_besides_the_agency_s_words_is_still_a_part():
    a = _petitions("Qinghe letters and visits bureau 2023: how many disclosure requests came in by letter?")
    assert not a.answered and "separately" in a.text, a.text


def test_agency_words_en_are_the_words_its_chinese_name_renders():
    norm = "qinghe petitions (letters and visits) bureau, 2023 — how many requests came in by letter?"
    assert agency_words_en("青禾县信访局", norm) == ["letters and visits", "petitions"]
    assert "bureau of letters and calls" in agency_words_en("青禾县信访局", "qinghe bureau of letters and calls: how many")
    assert agency_words_en("青禾县教育局", norm) == []


def test_terms_of_words_taken_out_are_dropped():
    norm = "qinghe petitions (letters and visits) bureau: how many requests"
    kept = norm.replace("letters and visits", " ").replace("petitions", " ")
    terms = ["来信来访", "信访", "申请", "来信", "来访"]
    left = terms_outside(terms, norm, kept)
    assert "来信" not in left and "来信来访" not in left and "申请" in left
    assert asked_part(kept, left) is None
    assert asked_part(norm, terms) is not None  # (what the ask read before: a part "letters")


# --- two channels of one report compared ---------------------------------------------------------------------------

@pytest.mark.parametrize("question, sides", [
    ("青禾县信访局2023年,官网和“青禾信访”公众号哪个公开的信息更多?多出多少条?", ["官网", "“青禾信访”公众号"]),
    ("青禾县信访局2023年，门户网站和“青禾信访”微信公众号哪个发布的信息多？多几条？", ["门户网站", "“青禾信访”微信公众号"]),
    ("青禾县2023年微信公众号推送和微博发布哪个多？多几条", ["微信公众号推送", "微博发布"]),
    ("青禾县信访局2023年官网与公众号哪个发的稿件多", ["官网", "公众号"]),
    ("青禾县信访局2023年在官网和微信公众号上分别公开了多少条信息，哪个多？", ["官网", "微信公众号上"]),
    ("青禾县2023年网站和微博发布了多少条信息，哪个多？", ["网站", "微博"]),
    ("青禾县2023年行政复议和行政诉讼各有几件？哪个多", ["行政复议", "行政诉讼"]),
])
def test_what_is_counted_may_stand_between_the_question_word_and_more(question, sides):
    got = compare_sides_zh(question)
    assert got and [s for _t, s in got] == sides, got


def test_each_side_asks_what_is_counted():
    got = compare_sides_zh("青禾县信访局2023年,官网和“青禾信访”公众号哪个公开的信息更多?")
    assert got and all(t.endswith("公开的信息多少") for t, _s in got), got
    got = compare_sides_zh("青禾县信访局2023年在官网和微信公众号上分别公开了多少条信息，哪个多？")
    assert got and all(t.endswith("公开了多少条信息") for t, _s in got), got


def test_a_quoted_account_name_is_no_report_name():
    asks = split_asks("青禾县信访局2023年,官网和“青禾信访”公众号哪个公开的信息更多?多出多少条?", ["青禾", "青禾县", "青禾县信访局"])
    assert [a.side for a in asks] == ["官网", "“青禾信访”公众号"], asks
    assert "青禾县信访局" in asks[0].text and "“青禾信访”" in asks[1].text
    # two reports compared by name stay a comparison of reports (no sides of one report)
    asks = split_asks("青禾县和白水县哪个收到的申请更多", ["青禾县", "白水县"])
    assert not any(a.side for a in asks), asks


@pytest.mark.parametrize("question", [
    "青禾县信访局2023年,官网和“青禾信访”公众号哪个公开的信息更多?多出多少条?",
    "青禾县信访局2023年官网和“青禾信访”微信公众号哪个发布的信息多，差多少条？",
    "青禾县信访局2023年在官网和“青禾信访”微信公众号上分别公开了多少条信息，哪个多？",
])
def test_two_channels_compared_with_their_difference(question):
    a = _petitions(question)
    assert a.answered and "240" in a.text and "200" in a.text, a.text
    assert "= 40条" in a.text and "官网" in a.text.splitlines()[-2], a.text


# --- a total summing up a list of kinds, "all channels together" --------------------------------------------------------

TRADING = (
    "青禾县公共资源交易中心2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)交易信息公开情况。2023年,青禾县公共资源交易中心在县交易网、县政府门户网站、《青禾日报》等媒介主动公开工作动态,"
    "工程招标公告、政府采购信息、产权交易信息等共计1260余条。其中,发布工程招标公告等信息500条;政府采购公告等信息460条;"
    "工作动态等信息300条。\n"
    "(二)依申请公开情况。2023年,中心未收到政府信息公开申请。\n"
)
TRADING_REPORT = Report(doc_id="t" * 16, sources=["qinghe_jiaoyizhongxin_2023.txt"], agency="青禾县公共资源交易中心",
                        region="青禾县", year=2023, aliases=["qinghe", "qinghexian"])


@pytest.mark.parametrize("question, figure", [
    (("Could you tell me roughly how many pieces of information the Qinghe public resource trading centre put out "
      "proactively in 2023, all channels together?"), "more than 1,260"),
    ("How many items did the Qinghe public resource trading centre publish proactively in 2023, across all platforms?",
     "more than 1,260"),
    ("青禾县公共资源交易中心2023年主动公开了多少条信息？", "1260余条"),
    ("青禾县公共资源交易中心2023年一共主动公开多少条政府信息", "1260余条"),
])
def test_a_sum_of_listed_kinds_is_the_proactive_total(question, figure):
    a = answer_from_lines(TRADING_REPORT, TRADING, question)
    assert a.answered and figure in a.text, a.text
    assert "500" not in a.text and "do not state" not in a.text and "没有写明" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Qinghe trading centre in 2023 — number of government procurement items published?",
    "青禾县公共资源交易中心2023年主动公开的政府采购公告多少条？",
    "青禾县公共资源交易中心2023年政府采购信息主动公开了几条",
])
def test_a_kind_the_sum_lists_is_asked_for_its_own_figure(question):
    # (the sum of the kinds it lists is no answer to one of them; with lexical label search only, the English ask may
    # find no figure of its own here: a refusal, never the sum)
    a = answer_from_lines(TRADING_REPORT, TRADING, question)
    assert "1260" not in a.text and "1,260" not in a.text, a.text
    assert "460" in a.text or (not a.answered and a.language == "en"), a.text


def _fact(row: str, value: float, start: int, unit: str = "条", section: str = "") -> Fact:
    return Fact(doc_id="d", table="narrative", row=row, column="", value=value, kind="narrative", label_zh=row,
                unit=unit, raw=f"{int(value)}余{unit}", start=start, end=start + 4, quote_start=start, quote_end=start + 4,
                section=section)


def _tagged(text: str, facts: list[Fact]) -> list[str | None]:
    return [f.metric for f in with_prose_totals(facts, lambda _d: (text, text, list(range(len(text)))))]


def test_the_sum_needs_its_sentence_to_say_proactive():
    said = "本年度在网站等媒介主动公开工作动态,招标公告、采购信息等共计"
    not_said = "本年度在网站等媒介发布工作动态,招标公告、采购信息等共计"
    assert _tagged(said + "1260余条。", [_fact("招标公告、采购信息等共计", 1260, len(said))]) == ["proactive_disclosures"]
    assert _tagged(not_said + "1260余条。", [_fact("招标公告、采购信息等共计", 1260, len(not_said))]) == [None]
    # no texts: only the figure's own words count
    assert with_prose_totals([_fact("招标公告、采购信息等共计", 1260, len(said))])[0].metric is None


def test_the_sum_is_no_part_of_a_breakdown_nor_one_of_two():
    text = "主动公开信息,其中招标公告、采购信息等共计300条。"
    at = text.index("300")
    assert _tagged(text, [_fact("招标公告、采购信息等共计", 300, at)]) == [None]  # (其中: a part)
    text = "主动公开工作动态,招标公告、采购信息等共计300条,产权交易、工作动态等合计200条。"
    facts = [_fact("招标公告、采购信息等共计", 300, text.index("300")), _fact("产权交易、工作动态等合计", 200, text.index("200"))]
    assert _tagged(text, facts) == [None, None]  # (two sums: neither is the total)
    text = "主动公开工作动态,招标公告、采购信息等共计300条。"
    assert _tagged(text, [_fact("招标公告、采购信息等共计", 300, text.index("300"), unit="件")]) == [None]  # (another unit)


@pytest.mark.parametrize("piece, asks", [
    ("could you tell me roughly how many items qinghe published proactively in 2023, all channels together", 1),
    ("how many items did qinghe publish proactively in 2023, across all channels", 1),
    ("how many items did qinghe publish proactively in 2023, all platforms combined", 1),
    ("how many items did qinghe publish in 2023, in total", 1),
    ("how many items did qinghe publish in 2023, all told", 1),
    ("qinghe 2023: new applications received and applications carried over from the previous year", 2),
])
def test_the_scope_of_a_count_is_no_ask_of_its_own(piece, asks):
    got = list_en(piece)
    assert (len(got) if got else 1) == asks, got
    assert len(split_asks(piece)) == asks


@pytest.mark.parametrize("phrase", ["all channels together", "across all platforms", "on all its channels combined",
                                    "in total", "all told", "every channel included", "via all media"])
def test_count_scope_phrases(phrase):
    assert GLOSSARY.patterns["count_scope_en"].match(phrase), phrase


@pytest.mark.parametrize("phrase", ["applications carried over", "wechat posts", "all applications received"])
def test_no_count_scope_phrases(phrase):
    assert not GLOSSARY.patterns["count_scope_en"].match(phrase), phrase


@pytest.mark.parametrize("raw, zh, en", [
    ("1260余条", "1260余", "more than 1,260"), ("300多条", "300多", "more than 300"), ("约50件", "约50", "about 50"),
    ("近20次", "近20", "nearly 20"), ("93", "93", "93"), ("2243条", "2243", "2,243"),
])
def test_a_rough_figure_is_stated_as_the_report_words_it(raw, zh, en):
    value = float("".join(ch for ch in raw if ch.isdigit()))
    assert stated_value(value, raw, "zh") == zh
    assert stated_value(value, raw, "en") == en


# --- an English comparison of two table rows: the report's own words of the side -----------------------------------

TABLE = (
    "青禾县样例街道2023年政府信息公开工作年度报告\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(五)项 |\n"
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
    "行政许可 | 1 | 0 | 8 |\n"
    "第二十条第(六)项 |\n"
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
    "行政处罚 | 1 | 0 | 93 |\n"
)


@pytest.mark.parametrize("question", [
    "Qinghe 2023 table: more penalty decisions or more licensing decisions? Give the difference.",
    "Qinghe 2023: were there more administrative penalty decisions than licensing decisions, and by how many?",
])
def test_the_winning_side_is_named_in_the_report_s_words_too(question):
    a = answer_from_lines(TABLE_REPORT, TABLE, question)
    assert a.answered and "93" in a.text and "8" in a.text, a.text
    assert any(ln.startswith("Comparison:") and "(行政处罚)" in ln for ln in a.text.splitlines()), a.text
    assert a.text.splitlines()[-1].endswith("= 85"), a.text


@pytest.mark.parametrize("question", ["青禾县2023年行政处罚多少件？", "青禾县样例街道2023年作出了几件行政处罚决定",
                                      "How many administrative penalties did Qinghe hand down in 2023?"])
def test_the_older_layout_s_decisions_column_states_the_figure(question):
    # (2019-2020 table: 上一年项目数量 | 本年增/减 | 处理决定数量 — the figure of the year is 处理决定数量, not the first cell)
    a = answer_from_lines(TABLE_REPORT, TABLE, question)
    assert a.answered and "93" in a.text and "上一年项目数量" not in a.text, a.text


def _cell(row: str, column: str, value: float) -> Fact:
    return Fact(doc_id="d", table="三", row=row, column=column, value=value, kind="table", label_zh=f"{row} / {column}",
                raw=str(int(value)), start=0, end=1, quote_start=0, quote_end=1)


def test_the_own_words_of_two_cells_of_one_row_are_their_columns():
    from assistant.writeup import sides_own_words as _sides_own_words

    row = "一、本年新收政府信息公开申请数量"
    assert _sides_own_words([_cell(row, "自然人", 25), _cell(row, "法人或其他组织 / 商业企业", 3)]) == ["自然人", "商业企业"]
    assert _sides_own_words([_cell("第二十条第(六)项 / 行政处罚", "处理决定数量", 93),
                             _cell("第二十条第(五)项 / 行政许可", "处理决定数量", 8)]) == ["行政处罚", "行政许可"]
    assert _sides_own_words([_cell(row, "总计", 25), _cell(row, "总计", 3)]) == ["", ""]  # (nothing tells them apart)
    assert _sides_own_words([None, _cell(row, "自然人", 25)]) == ["", "本年新收政府信息公开申请数量"]  # (a sentence: none)


def test_a_chinese_comparison_is_worded_as_before():
    a = answer_from_lines(TABLE_REPORT, TABLE, "青禾县2023年行政处罚和行政许可哪个多？多几件？")
    assert a.answered and "行政处罚更多" in a.text.replace("：", "").replace("比较", ""), a.text


# --- the problems a report admits, in a copy with the place and year masked ---------------------------------------------

PROBLEMS = (
    "青禾县招投标局政府信息公开年度报告\n"
    "一、主动公开政府信息情况县招投标局201x年全年主动公开政府信息120条。 二、存在的主要问题201x年,我局政府信息公开工作"
    "在具体实践中,仍存在一些问题。一是主动公开的内容有待进一步充实、细化。二是业务人员参加专业培训偏少,业务能力有待提高。 "
    "三、今后改进方向1、全面落实公开内容,切实纠正公开内容不规范的问题。\n"
)
PROBLEMS_REPORT = Report(doc_id="z" * 16, sources=["xian_zhaotoubiaoju_201x_XX.txt"], agency="青禾县招投标局",
                         region="青禾县", year=None, aliases=["qinghe", "qinghexian"])


@pytest.mark.parametrize("question", [
    "The Qinghe tendering bureau report (the one with XX and 201x anonymised): what problems did it admit to?",
    "Qinghe tendering bureau (redacted copy): which shortcomings does the report acknowledge?",
    "What problems did the Qinghe tendering bureau report mention?",
    "青禾县招投标局的年报承认存在哪些问题？",
])
def test_the_problems_a_report_admits(question):
    a = answer_from_lines(PROBLEMS_REPORT, PROBLEMS, question)
    assert a.answered and "充实、细化" in a.text and "培训偏少" in a.text, a.text
    assert "不规范的问题" not in a.text, a.text
