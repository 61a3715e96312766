"""Refusals of round 12: the reports do not state what is asked, and a figure of something else must not stand in.

- a thing an ask counts that reports rarely state (followers, views: assistant/counted_things.py) is answered only by
  a figure whose own words name it, never by the posts or items published beside it;
- a figure the question takes as given (why …, of the N …) that the report contradicts: the premise does not hold
  (assistant/figure_premise.py); a count of 0 denies an outcome asked of what did not happen (outcome_premise.py);
- a place written with a level (青禾市) whose name the reports hold only at another level (青禾区): no report is from
  it (assistant/place_levels.py);
- an outcome row of table 三 the ask names: a cell of another row is no answer, and a copy cut off before the row
  says so (assistant/asked_rows.py).
Fictional reports only (青禾县/Qinghe, 云栖), several phrasings in both languages, each beside its answerable twin."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.asked_rows import asked_rows, misses_asked_row
from assistant.core.text import normalise_query
from assistant.core.types import Fact, Report
from assistant.counted_things import counted_asked, misses_counted_thing
from assistant.figure_premise import reason_premises, writes_count
from assistant.outcome_premise import presumes_outcome
from assistant.place_levels import places_of_other_level
from assistant.query import parse_question
from ingest.aliases import make_aliases
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD

# --- what an ask counts: followers and views are not posts ------------------------------------------------------

TOWN = Report(doc_id="t" * 16, sources=["qinghe_yangli_zhen_2021.txt"], agency="青禾县样例镇人民政府", region="青禾县",
              year=2021, aliases=["qinghe", "yangli"])
TOWN_TEXT = (
    "青禾县样例镇人民政府2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年,我镇通过门户网站主动公开政务信息86条,通过微信公众号发布信息320条,阅读量5万人次。\n"
    "二、其他需要报告的事项\n"
    "本年度未收取信息处理费。\n"
)
TOWN_FOLLOWERS = TOWN_TEXT.replace("阅读量5万人次。", "阅读量5万人次,公众号关注用户1.2万人。")


@pytest.mark.parametrize("question", [
    "Yangli town, Qinghe, 2021 — how many followers does their WeChat official account have?",
    "How many subscribers did the Yangli town WeChat account have in 2021?",
    "Qinghe Yangli town 2021: what's the fan count of its WeChat account?",
    "青禾县样例镇2021年微信公众号有多少粉丝？",
    "青禾县样例镇2021年公众号的关注人数是多少",
    "样例镇2021年有多少人关注了他们的微信公众号？",
])
def test_followers_are_not_answered_by_posts_or_reads(question):
    a = answer_from_lines(TOWN, TOWN_TEXT, question)
    assert not a.answered, (question, a.text)
    assert "320" not in a.text and "5万" not in a.text and "86" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Yangli town, Qinghe, 2021 — how many followers does their WeChat official account have?",
    "青禾县样例镇2021年微信公众号有多少粉丝？",
    "青禾县样例镇2021年公众号的关注人数是多少",
])
def test_followers_the_report_states_are_answered(question):
    a = answer_from_lines(TOWN, TOWN_FOLLOWERS, question)
    assert a.answered and "1.2" in a.text, (question, a.text)


@pytest.mark.parametrize("question, figure", [
    ("Yangli town, Qinghe, 2021 — how many posts went out on their WeChat official account?", "320"),
    ("青禾县样例镇2021年通过微信公众号发布了多少条信息？", "320"),
    ("What readership did the WeChat posts of Yangli town reach in 2021?", "5"),
    ("青禾县样例镇2021年微信公众号的阅读量是多少", "5"),
])
def test_the_twins_of_the_followers_ask_are_answered(question, figure):
    a = answer_from_lines(TOWN, TOWN_TEXT, question)
    assert a.answered and figure in a.text, (question, a.text)


@pytest.mark.parametrize("ask, thing", [
    ("how many followers does the account have", "followers"), ("number of subscribers", "followers"),
    ("公众号粉丝有多少", "followers"), ("有多少人关注", "followers"), ("用户数是多少", "followers"),
    ("how many page views did the site get", "views"), ("how many times were the posts read", "views"),
    ("网站的访问量是多少", "views"), ("浏览次数", "views"), ("点击量多少", "views"),
])
def test_the_counted_thing_of_an_ask(ask, thing):
    assert [c.name for c in counted_asked(normalise_query(ask))] == [thing]


@pytest.mark.parametrize("ask", ["how many posts went out on WeChat", "收到多少件申请", "信访局接待来访多少人次",
                                 "how many visits did the petitions bureau accept", "where can I read the report online",
                                 "how many items did they publish", "公众号发布了多少条"])
def test_asks_of_other_things_count_no_rare_thing(ask):
    assert counted_asked(normalise_query(ask)) == []


def test_a_figure_must_name_the_counted_thing():
    assert misses_counted_thing("公众号有多少粉丝", "通过微信公众号发布信息320条")
    assert not misses_counted_thing("公众号有多少粉丝", "公众号粉丝1.2万人")
    assert misses_counted_thing("how many page views did the website get", "门户网站发布信息86条")
    assert not misses_counted_thing("how many page views did the website get", "网站访问量30万人次")
    assert not misses_counted_thing("发布了多少条", "通过微信公众号发布信息320条")


# --- a figure the question takes as given that the report contradicts ------------------------------------------

BUREAU = Report(doc_id="b" * 16, sources=["qinghe_xinfangju_2022.txt"], agency="青禾县信访局", region="青禾县", year=2022,
                aliases=["qinghe", "qinghe petitions bureau"])
BUREAU_TEXT = (
    "青禾县信访局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年,我局主动公开各类政府信息308条。\n"
    "二、依申请公开情况\n"
    "全年共收到政府信息公开申请12件,予以公开5件。\n"
)


@pytest.mark.parametrize("question", [
    "青禾县信访局2022年依申请公开一下子到了120件，比上一年多这么多是啥原因？",
    "青禾县信访局2022年收到120件政府信息公开申请，为什么这么多？",
    "Why did the Qinghe petitions bureau get 120 disclosure requests in 2022?",
    "What caused the jump to 120 requests at the Qinghe petitions bureau in 2022?",
    "How come the Qinghe petitions bureau received 120 applications in 2022?",
])
def test_a_why_question_on_a_figure_the_report_contradicts_is_not_answered(question):
    a = _premise_answer(question)
    assert not a.answered, (question, a.text)
    assert "12" in a.text and a.citations, a.text
    says = "premise" in a.text if a.language == "en" else "前提" in a.text
    assert says and "120" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Qinghe petitions bureau 2022 — of the 50 requests it received, how many were disclosed in full?",
    "青禾县信访局2022年收到的那50件申请里，予以公开的有几件？",
])
def test_a_whole_the_report_contradicts_is_no_premise_to_answer_from(question):
    a = _premise_answer(question)
    assert not a.answered and "12" in a.text, (question, a.text)


@pytest.mark.parametrize("question, figure", [
    ("青禾县信访局2022年收到多少件政府信息公开申请？", "12"),
    ("How many disclosure requests did the Qinghe petitions bureau get in 2022?", "12"),
    ("Qinghe petitions bureau 2022 — of the 12 requests it received, how many were disclosed in full?", "5"),
    ("青禾县信访局2022年收到的那12件申请里，予以公开的有几件？", "5"),
])
def test_the_twins_that_state_the_reports_figure_are_answered(question, figure):
    a = _premise_answer(question)
    assert a.answered and figure in a.text, (question, a.text)
    assert "premise" not in a.text and "前提" not in a.text, a.text


def test_a_why_question_with_the_reports_figure_is_no_false_premise():
    a = _premise_answer("青禾县信访局2022年收到12件申请，为什么这么多？")
    assert "前提" not in a.text, a.text


def _premise_answer(question: str):
    return answer_from_lines(BUREAU, BUREAU_TEXT, question)


@pytest.mark.parametrize("text, values", [
    ("广州2022年依申请公开一下子到了120件,比上一年多这么多是啥原因?", [120.0]),
    ("why did they get 120 requests in 2022", [120.0]),
    ("what explains the 1,200 items published", [1200.0]),
    ("2022年收到120件申请", []),  # no reason asked: a figure to check, not a premise
    ("why so many requests in 2022", []),  # a year, no count
])
def test_the_counts_a_reason_ask_takes_as_given(text, values):
    assert [v for v, _w in reason_premises(normalise_query(text))] == values


def test_a_count_the_report_writes():
    assert writes_count("共收到申请12件,予以公开5件", 12) and writes_count("共收到12 条", 12)
    assert not writes_count("共收到申请12件", 120) and not writes_count("2012年", 12)


# --- an outcome asked of proceedings the report counts as 0 -----------------------------------------------------

TOWNSHIP = Report(doc_id="x" * 16, sources=["qinghe_yangli_xiang_2017.txt"], agency="青禾县样例乡人民政府", region="青禾县",
                  year=2017, aliases=["qinghe", "yangli"])
TOWNSHIP_TEXT = (
    "青禾县样例乡人民政府2017年政府信息公开工作年度报告\n"
    "一、主动公开情况\n"
    "2017年,我乡主动公开政府信息96条。\n"
    "二、行政复议和行政诉讼情况\n"
    "我乡收到有关政府信息公开行政复议申请0件,行政诉讼0件。\n"
)


@pytest.mark.parametrize("question", [
    "青禾县样例乡2017年的两起行政复议，最后结果是维持还是纠正？",
    "青禾县样例乡2017年那起行政复议被纠正了吗",
    "Yangli township, Qinghe, 2017: were the two administrative reviews upheld or overturned?",
    "What was the outcome of the administrative review against Yangli township in 2017?",
])
def test_an_outcome_of_proceedings_counted_as_0_is_not_answered(question):
    a = answer_from_lines(TOWNSHIP, TOWNSHIP_TEXT, question)
    assert not a.answered, (question, a.text)
    assert "行政复议申请0件" in a.text and a.citations, a.text
    assert ("premise" in a.text) if a.language == "en" else ("前提" in a.text), a.text


@pytest.mark.parametrize("question", ["青禾县样例乡2017年行政复议有几件？", "How many administrative reviews did Yangli township have in 2017?"])
def test_how_many_proceedings_is_still_answered_0(question):
    a = answer_from_lines(TOWNSHIP, TOWNSHIP_TEXT, question)
    assert a.answered and "0" in a.text, (question, a.text)


@pytest.mark.parametrize("question", ["那两起行政复议最后结果是维持还是纠正", "复议是维持了还是被撤销", "那起复议被纠正了吗",
                                      "was the review upheld or overturned?"])
def test_outcome_choices_are_outcome_asks(question):
    assert presumes_outcome(normalise_query(question))


@pytest.mark.parametrize("question", ["那12起复议案件当中维持的有多少起", "行政复议有几件被纠正", "were any reviews overturned?"])
def test_counts_of_an_outcome_presume_nothing(question):
    assert not presumes_outcome(normalise_query(question))


# --- a place written with another level than the reports' place of that name ------------------------------------

def _report(doc_id: str, agency: str, region: str, year: int, mentions=()) -> Report:
    return Report(doc_id=doc_id, agency=agency, region=region, year=year, aliases=make_aliases(agency, region),
                  mentions=list(mentions))


PLACES = [
    _report("a", "青禾区发展和改革局", "青禾区", 2022, mentions=["云栖市", "青禾区"]),
    _report("b", "云栖市卫生健康委员会", "云栖市", 2023),
    _report("c", "白沙县样例镇人民政府", "白沙县", 2021, mentions=["白沙市"]),
]
PLACES_INDEX = SimpleNamespace(reports=PLACES, by_doc={r.doc_id: r for r in PLACES})


def _other_level(question: str):
    return places_of_other_level(parse_question(question, PLACES), PLACES_INDEX)


@pytest.mark.parametrize("question, asked", [
    ("青禾市发改委2022年年报里，行政许可处理决定数量是多少？", "青禾市"),
    ("青禾市发展和改革局2022年收到多少申请", "青禾市"),
    ("青禾县发改局2022年主动公开了多少条信息", "青禾县"),
    ("青禾镇2022年的行政许可有多少", "青禾镇"),
])
def test_a_place_of_another_level_has_no_report(question, asked):
    (got,) = _other_level(question)
    assert got[0] == asked and got[1] == "青禾" and got[2] == ["青禾区发展和改革局"], got


@pytest.mark.parametrize("question", [
    "青禾区发改局2022年行政许可处理决定数量是多少？",
    "青禾发改局2022年收到多少申请",
    "云栖市青禾区发展和改革局2022年收到多少申请",
    "云栖市卫健委2023年收到多少申请",
    "白沙市样例镇2021年主动公开多少条",  # the report's text mentions 白沙市: the place asked may be its city
    "How many applications did the Qinghe district DRC get in 2022?",  # English level word of the report's level
])
def test_a_place_the_reports_hold_at_its_level_or_without_one_is_no_other_level(question):
    assert _other_level(question) == [], question


# --- an outcome row of table 三: another row is no answer, a copy cut before the row says so -------------------

DEPT = Report(doc_id="d" * 16, sources=["qinghe_yangliju_2024.txt"], agency="青禾县样例局", region="青禾县", year=2024,
              aliases=["qinghe"])
TABLE_HEAD = (
    "青禾县样例局2024年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2024年,本局认真贯彻《条例》,做好政府信息公开工作。\n"
    + T3_HEAD +
    "一、本年新收政府信息公开申请数量 | 41 | 9 | 0 | 0 | 2 | 1 | 53 |\n"
    "二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
    "三、本年度办理结果 | (一)予以公开 | 20 | 4 | 0 | 0 | 1 | 0 | 25 |\n"
    "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 3 | 1 | 0 | 0 | 0 | 0 | 4 |\n"
    "(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "5.属于三类内部事务信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
    "6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "7.属于行政执法案卷 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |"
)
TABLE_CUT = TABLE_HEAD
TABLE_FULL = TABLE_HEAD + (
    "\n8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "(四)无法提供 | 1.本机关不掌握相关政府信息 | 11 | 2 | 0 | 0 | 1 | 0 | 14 |\n"
    "2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "四、结转下年度继续办理 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n"
    "五、存在的主要问题及改进情况\n"
    "本局将进一步做好依申请公开工作。\n"
)
NOT_HELD = [
    "Qinghe yangli bureau, 2024 annual report — how many requests ended as 'info not held by this agency'?",
    "Qinghe 2024: how many requests could not be answered because the bureau doesn't hold the info?",
    "青禾县样例局2024年因本机关不掌握相关政府信息而无法提供的申请有几件？",
    "青禾县样例局2024年本机关不掌握的有多少件",
]


@pytest.mark.parametrize("question", NOT_HELD)
def test_a_row_the_cut_copy_does_not_reach_is_not_answered(question):
    a = answer_from_lines(DEPT, TABLE_CUT, question)
    assert not a.answered, (question, a.text)
    assert "14" not in a.text and ": 0" not in a.text and "：0" not in a.text, a.text
    assert ("cut off" in a.text) if a.language == "en" else ("截断" in a.text), a.text


@pytest.mark.parametrize("question", NOT_HELD)
def test_the_row_in_a_full_copy_is_answered(question):
    a = answer_from_lines(DEPT, TABLE_FULL, question)
    assert a.answered and "14" in a.text, (question, a.text)
    assert all("不掌握" in (c.row or "") for c in a.citations), a.text


@pytest.mark.parametrize("question, figure", [
    ("Qinghe 2024: how many requests were partly disclosed?", "4"),
    ("青禾县样例局2024年属于行政执法案卷不予公开的有几件", "2"),
    ("Qinghe 2024: how many requests were refused as law-enforcement files?", "2"),
])
def test_rows_the_cut_copy_has_are_answered(question, figure):
    a = answer_from_lines(DEPT, TABLE_CUT, question)
    assert a.answered and figure in a.text, (question, a.text)


def _cell(row: str) -> Fact:
    return Fact(doc_id="d", source="s", agency=None, year=2024, kind="table", table="三", row=row, column="总计", value=0,
                unit="件", raw="0", start=0, end=1, quote_start=0, quote_end=1, section="", metric=None)


def test_a_cell_of_another_outcome_row_misses_the_asked_row():
    ask = "how many requests ended as 'info not held by this agency'"
    assert [n for n, _f in asked_rows(ask)] == ["1.本机关不掌握相关政府信息"]
    assert misses_asked_row(ask, _cell("三、本年度办理结果 / (三)不予公开 / 2.其他法律行政法规禁止公开"))
    assert misses_asked_row(ask, _cell("一、本年新收政府信息公开申请数量"))
    assert not misses_asked_row(ask, _cell("三、本年度办理结果 / (四)无法提供 / 1.本机关不掌握相关政府信息"))
    # a parent and its child named together: the child's cell holds both
    assert not misses_asked_row("how many were withheld as state secrets", _cell("三、本年度办理结果 / (三)不予公开 / 1.属于国家秘密"))
    assert asked_rows("how many applications came in") == [] and asked_rows("其他情况如何") == []



# --- a why question answered only by figures: a figure is no reason ---------------------------------------------

@pytest.mark.parametrize("question", [
    "青禾县信访局2022年依申请公开比上一年多这么多是啥原因？",
    "Why did disclosure requests to the Qinghe petitions bureau jump in 2022?",
    "青禾县信访局2022年收到的申请为什么增加了？",
    "What caused the drop in requests at the Qinghe petitions bureau in 2022?",
    "青禾县信访局2022年收到12件申请，为什么这么多？",  # the report's own figure: still no reason
])
def test_why_a_figure_changed_is_not_answered_by_the_figure(question):
    a = _premise_answer(question)
    assert not a.answered, (question, a.text)
    assert "12" in a.text and a.citations, a.text  # what the report does state, cited


def test_a_reason_the_report_gives_answers_why():
    text = BUREAU_TEXT + "申请数量较上年增加,主要原因是群众对信访事项办理进度的关注度提高。\n"
    a = answer_from_lines(BUREAU, text, "青禾县信访局2022年依申请公开为什么增加了？")
    assert a.answered and "原因" in a.text, a.text


# --- an agency type the place's reports are not of ---------------------------------------------------------------

from assistant.other_agency import of_named_type, reports_of_other_agencies

AGENCIES = [
    _report("h", "青禾市卫生健康委员会", "青禾市", 2023),
    _report("f", "云栖市财政局", "云栖市", 2022),
    _report("g", "云栖市公安局白沙分局", "云栖市", 2024),
    _report("e", "白沙县发展和改革局", "白沙县", 2022),
    _report("s", "白沙县水务局", "白沙县", 2009),
    _report("y", "云溪县医院", "云溪县", 2020),
    _report("t", "青苗县白云镇人民政府", "白云镇", 2021),
    _report("u", "青苗县石桥乡人民政府", "石桥乡", 2021),
]
AGENCIES_INDEX = SimpleNamespace(reports=AGENCIES, by_doc={r.doc_id: r for r in AGENCIES})


def _other_agency(question: str):
    q = parse_question(question, AGENCIES)
    got = reports_of_other_agencies(q, AGENCIES_INDEX)
    return None if got is None else [r.agency for r in got[1]]


@pytest.mark.parametrize("question, theirs", [
    ("青禾市教育局2023年收到多少政府信息公开申请？", ["青禾市卫生健康委员会"]),
    ("How many disclosure requests did the Qinghe education bureau receive in 2023?", ["青禾市卫生健康委员会"]),
    ("Qinghe police 2023: how many OGI requests came in?", ["青禾市卫生健康委员会"]),
    ("云栖市税务局2022年收到多少申请", ["云栖市财政局", "云栖市公安局白沙分局"]),
    ("Qinghe 2023: how many requests did its education bureau get?", ["青禾市卫生健康委员会"]),  # a head after it
])
def test_an_agency_type_the_places_reports_are_not_of_has_no_report(question, theirs):
    assert _other_agency(question) == theirs, question


@pytest.mark.parametrize("question", [
    "青禾市卫健委2023年收到多少申请",
    "Qinghe health commission 2023: how many requests?",
    "Qinghe health bureau 2023: how many requests?",  # a part of the type's name: the commission
    "云栖市财政局2022年收到多少申请",
    "Yunqi police 2024: how many requests?",  # 公安 of 公安局白沙分局
    "白沙县发改委2022年收到多少申请",  # the commission's abbreviation for the bureau: one body, two names
    "Baisha water resources bureau 2009",  # 水利局 and 水务局 share "water bureau"
    "云溪县人民医院2020年收到多少申请",  # 县医院 ends no type of the vocabulary: never judged
    "青禾市2023年收到多少申请",  # no type named
    # "government" qualifying the noun after it names no agency (not_stated.toml type_word_as_modifier_en)
    "How many government information disclosure applications did Qinghe HC receive in 2023?",
    "Qinghe HC 2023: government affairs disclosure, how many requests?",
    "What street address is given for Qinghe HC's information office in the 2023 report?",
    "Baiyun township 2021: how many items did it publish?",  # staff say "township" of a 镇 too
    "Two 2021 township reports - Baiyun vs Shiqiao: who published more?",
    "Shiqiao town 2021: how many items did it publish?",  # and "town" of a 乡
    # a type word the report owns is its own thing, no agency (not_stated.toml type_word_as_possessed_en)
    "Qinghe's 2023 report: what period do its statistics cover?",
    "Yunqi 2022: what dates do the report's statistics run from?",
])
def test_an_agency_of_the_type_named_or_of_no_known_type_is_kept(question):
    assert _other_agency(question) is None, question


def test_one_body_under_two_names():
    assert of_named_type("白沙县发展和改革局", ["发展和改革委员会"])
    assert of_named_type("深圳市公安局龙华分局", ["公安分局"])
    assert of_named_type("青禾县教育体育局", ["教育局"])
    assert not of_named_type("青禾市卫生健康委员会", ["教育局"])
    assert not of_named_type("云栖市财政局", ["税务局"])


def test_a_report_that_tells_of_a_body_of_the_type_asked_is_kept():
    reports = [_report("q", "青禾区人民政府", "青禾区", 2016, mentions=["青禾区档案局"])]
    index = SimpleNamespace(reports=reports, by_doc={r.doc_id: r for r in reports})
    q = parse_question("2016年青禾区档案局信息查阅点接待群众多少人次？", reports)
    assert reports_of_other_agencies(q, index) is None
    q = parse_question("2016年青禾区财政局收到多少申请？", reports)
    assert reports_of_other_agencies(q, index) is not None


# --- a clause that only names a topic answers nothing about it -------------------------------------------------

from assistant.topic_only import names_topic_only

CONTENTS_TEXT = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "根据《条例》,特向社会公布本机关2022年度政府信息公开工作年度报告。全文包括:总体情况;主动公开政府信息的情况;"
    "收到和处理政府信息公开申请的情况;因政府信息公开工作被申请行政复议、提起行政诉讼的情况;其他需要报告的事项。\n"
    "一、总体情况\n"
    "2022年,本局主动公开政府信息120条。\n"
)
YANGLI = Report(doc_id="y" * 16, sources=["qinghe_yangliju_2022.txt"], agency="青禾县样例局", region="青禾县", year=2022,
                aliases=["qinghe"])


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年的那3起行政诉讼结果如何？",
    "青禾县样例局2022年有没有行政诉讼？",
    "Was the Qinghe bureau sued over disclosure in 2022?",
])
def test_a_table_of_contents_says_nothing_of_lawsuits(question):
    a = answer_from_lines(YANGLI, CONTENTS_TEXT, question)
    assert not a.answered, (question, a.text)


@pytest.mark.parametrize("clause, only", [
    ("因政府信息公开工作被申请行政复议、提起行政诉讼的情况;", True),
    ("五、存在的主要问题及改进情况", True),
    ("未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。", False),
    ("本年度不存在因政府信息公开被起诉的情况", False),
    ("行政复议情况共3件", False),
])
def test_a_clause_that_only_names_its_topic(clause, only):
    assert names_topic_only(clause) is only


# --- a figure of another channel, or a document's number, is no count of what is asked --------------------------

from assistant.channels import channels_named, counts_other_channel
from assistant.identifiers import identifier_numbers, names_a_document

CHANNELS_TEXT = (
    "青禾县信访局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "我局严格执行《中华人民共和国政府信息公开条例》(国令第711号),全年主动公开信息308条,其中在青禾信访局官网公开190条,"
    "在“青禾信访”微信公众号上公开118条。\n"
)


@pytest.mark.parametrize("question", [
    "Qinghe petitions bureau 2022: how many Weibo posts?",
    "青禾县信访局2022年通过微博发布了多少条信息？",
    "Qinghe petitions bureau 2022 — how many items went out on Douyin?",
])
def test_a_channel_the_report_does_not_count_is_not_answered(question):
    a = answer_from_lines(BUREAU, CHANNELS_TEXT, question)
    assert not a.answered, (question, a.text)
    assert "711" not in a.text and "190" not in a.text and "118" not in a.text, a.text


@pytest.mark.parametrize("question, figure", [
    ("Qinghe petitions bureau 2022: how many items on its WeChat official account?", "118"),
    ("青禾县信访局2022年微信公众号公开了多少条？", "118"),
    ("Qinghe petitions bureau 2022: how many items on its website?", "190"),
    ("青禾县信访局2022年官网公开了多少条信息", "190"),
])
def test_the_channels_the_report_counts_are_answered(question, figure):
    a = answer_from_lines(BUREAU, CHANNELS_TEXT, question)
    assert a.answered and figure in a.text, (question, a.text)


def test_channels_named():
    assert channels_named("在“青禾信访”微信公众号上公开118条") == {"wechat"}
    assert channels_named("how many weibo posts") == {"weibo"}
    assert channels_named("通过门户网站和政府信息公开平台发布") == {"website"}
    assert counts_other_channel("how many weibo posts", "在青禾信访局官网公开190条")
    assert not counts_other_channel("how many weibo posts", "全年主动公开信息308条")  # no channel: left to other rules
    assert not counts_other_channel("收到多少申请", "在官网公开190条")  # the ask names no channel


def test_document_numbers_are_no_counts():
    assert identifier_numbers("《条例》(国令第711号)") == {"711"}
    assert identifier_numbers("青政发〔2019〕5号、公报第3期") == {"5", "3"}
    assert names_a_document("711", "国令第711号") and not names_a_document("308", "国令第711号,公开信息308条")
    assert not names_a_document("24", "全年共编发公报24期")


@pytest.mark.parametrize("ask, asked", [
    ("what is the document number of the notice issuing the work points?", True), ("那份通知的文号是多少", True),
    ("which decree issued the regulations?", True), ("how many weibo posts", False), ("收到多少申请", False),
])
def test_an_ask_for_a_document_number(ask, asked):
    from assistant.identifiers import asks_identifier

    assert asks_identifier(ask) is asked
