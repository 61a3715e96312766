"""Round-9 kinds of several asks and of where a figure is (issue 10), on a fictional report (青禾县卫生健康局, invented
here):
- an English list of channels, each with its own words ("how many posts on the bureau website, on the Healthy Qinghe
  Weibo, and on the Healthy Qinghe WeChat"): one ask per channel, each answered;
- a change asked "from what to what" (zh 从多少到多少, 由几个变成几个): both ends, and an ask after it in the same
  Chinese sentence ("…，子栏目有几个") is an ask of its own;
- a place named in the question ("in the proactive disclosure table", "在主动公开情况表中") names no metric: the row
  asked (行政处罚) is the answer, in the table of the section named;
- a number of a street address ("青禾大街4821号") is never a count.
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.locators import named_table, without_locator
from assistant.non_count_numbers import address_part, counts_nothing
from assistant.noun_lists import channels_en
from assistant.query import detect_metric, parse_question
from tests.fake_index import answer_from_lines

DOC = "q" * 16
ORIGINAL = (
    "青禾县卫生健康局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年,县卫生健康局网站共发布信息1234条,“健康青禾”官方微博更新2345条,“健康青禾”官方微信更新456条。\n"
    "本局对门户网站进行了改版,服务版块由原来的6个增加到现在的13个,共设27个子栏目。\n"
    "青禾县卫生健康局办公地址在青禾大街4821号。\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(一)项\n"
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
    "规章 | 0 | 0 | 0 |\n"
    "行政规范性文件 | 2 | 0 | 7 |\n"
    "第二十条第(五)项\n"
    "信息内容 | 本年处理决定数量 |\n"
    "行政许可 | 35 |\n"
    "第二十条第(六)项\n"
    "信息内容 | 本年处理决定数量 |\n"
    "行政处罚 | 3 |\n"
    "行政强制 | 0 |\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_weijianju_2023.txt"], agency="青禾县卫生健康局", region="青禾县", year=2023,
                aliases=["qinghe"])


def _ask(question: str, original: str = ORIGINAL):
    return answer_from_lines(REPORT, original, question)


def _asks(question: str) -> list[str]:
    return [a.text for a in split_asks(normalise_query(question))]


# --- an English list of channels -------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, asks", [
    ("qinghe 2023: how many posts on the bureau website, on the healthy qinghe weibo, and on the healthy qinghe wechat?",
     ["qinghe 2023: how many posts on the bureau website", "qinghe 2023: how many posts on the healthy qinghe weibo",
      "qinghe 2023: how many posts on the healthy qinghe wechat"]),
    ("how many items did qinghe's website, weibo and wechat account publish in 2023?",
     ["how many items did qinghe's website publish in 2023", "how many items did weibo publish in 2023",
      "how many items did wechat account publish in 2023"]),
    ("how many weibo posts and wechat posts did qinghe publish in 2023",
     ["how many weibo posts did qinghe publish in 2023", "how many wechat posts did qinghe publish in 2023"]),
    ("how many website, weibo and wechat posts did qinghe put out in 2023?",
     ["how many website posts did qinghe put out in 2023", "how many weibo posts did qinghe put out in 2023",
      "how many wechat posts did qinghe put out in 2023"]),
    ("qinghe: number of posts via the portal and via the app in 2023, respectively",
     ["qinghe: number of posts via the portal in 2023", "qinghe: number of posts via the app in 2023"]),
    # the list before the question, a channel named in two words, "plus"
    ("qinghe 2023: on its website, weibo account and wechat account, how many posts were made?",
     ["qinghe 2023: on its website, how many posts were made", "qinghe 2023: on weibo account, how many posts were made",
      "qinghe 2023: on wechat account, how many posts were made"]),
    ("qinghe 2023: the number of items published through the portal website and the wechat public account",
     ["qinghe 2023: the number of items published through the portal website",
      "qinghe 2023: the number of items published through the wechat public account"]),
    ("how many calls did the 12345 hotline plus the disclosure hotline take?",
     ["how many calls did the 12345 hotline take", "how many calls did the disclosure hotline take"]),
])
def test_an_english_list_of_channels_is_one_ask_per_channel(question, asks):
    assert _asks(question) == asks


@pytest.mark.parametrize("question", [
    "how many posts on weibo and wechat combined",  # their total
    "how many applications came in by website, by letter and in person",  # a list going on past its channels
    "how many posts on the website",  # one channel
    "what is the website and the weibo of qinghe",  # no figure asked
])
def test_no_list_of_channels_asked_one_by_one(question):
    assert channels_en(normalise_query(question)) is None


@pytest.mark.parametrize("question", [
    ("Qinghe health bureau, 2023: how many posts on the bureau website, on the Healthy Qinghe Weibo, and on the Healthy "
     "Qinghe WeChat?"),
    "Qinghe health bureau 2023 — how many items did its website, its Weibo and its WeChat account put out?",
    "How many website, Weibo and WeChat posts did the Qinghe health bureau publish in 2023?",
    "Qinghe health bureau 2023: on its website, its Weibo and its WeChat, how many posts went out?",
    "青禾县卫生健康局2023年网站、微博和微信各发布了多少条信息？",
    "青禾县卫生健康局2023年在网站、“健康青禾”微博、“健康青禾”微信上分别发布多少条？",
])
def test_every_channel_of_a_list_is_answered(question):
    a = _ask(question)
    assert a.answered and all(n in a.text.replace(",", "") for n in ("1234", "2345", "456")), a.text


# --- a change asked from what to what --------------------------------------------------------------------------------

@pytest.mark.parametrize("question, asks", [
    ("qinghe 2023: the number of service sections went from what to what?",
     ["qinghe 2023: the number of service sections went from what", "qinghe 2023: the number of service sections went to what"]),
    ("qinghe: service sections went from what number to what number after the revamp",
     ["qinghe: service sections went from what number", "qinghe: service sections went to what number after the revamp"]),
    ("青禾县网站服务版块从多少到多少？", ["青禾县网站服务版块从多少", "青禾县网站服务版块到多少"]),
    ("青禾县网站服务版块由几个变成几个？", ["青禾县网站服务版块由几个", "青禾县网站服务版块变成几个"]),
    ("青禾县网站服务版块从几个增加到了几个，子栏目有几个？", ["青禾县网站服务版块从几个", "青禾县网站服务版块增加到几个", "子栏目有几个"]),
])
def test_a_change_asked_from_what_to_what_is_one_ask_per_end(question, asks):
    split = split_asks(normalise_query(question))
    assert [a.text for a in split] == asks
    assert [a.change for a in split][:2] == ["from", "to"]


@pytest.mark.parametrize("question", [
    ("Qinghe health bureau 2023 — after the website revamp, the number of service sections went from what to what? and "
     "how many sub-columns does the site have?"),
    ("Qinghe health bureau 2023: its website's service sections went from what number to what number, and how many "
     "sub-columns are there?"),
    "青禾县卫生健康局2023年网站改版后服务版块从几个增加到几个，子栏目有几个？",
    "青禾县卫生健康局2023年网站服务版块由多少个变成多少个？共设多少个子栏目？",
])
def test_both_ends_of_a_change_and_the_ask_after_it_are_answered(question):
    a = _ask(question)
    assert a.answered and "6" in a.text and "13" in a.text and "27" in a.text, a.text


# --- a place named in the question names no metric ---------------------------------------------------------------

@pytest.mark.parametrize("question, metric, table", [
    ("what number do they give for administrative penalties in the proactive disclosure table?", "penalties", "二"),
    ("the number of penalties in the proactive disclosure table", "penalties", "二"),
    ("青禾县2023年主动公开情况表中行政处罚是多少", "penalties", "二"),
    ("行政处罚在主动公开情况表里是多少", "penalties", "二"),
    ("how many applications were withheld in section three", "applications_withheld", "三"),
    ("how many items in the proactive disclosure section", "proactive_disclosures", "二"),  # only the place names one
    ("表三里自然人申请多少件", "applications_received", "三"),
])
def test_a_place_in_the_report_names_no_metric(question, metric, table):
    norm = normalise_query(question)
    assert detect_metric(norm).key == metric
    assert named_table(norm) == table


def test_no_place_named():
    for question in ("how many items in the table", "人大代表中有几人", "how many penalties did qinghe decide"):
        assert named_table(normalise_query(question)) is None
    assert without_locator("how many penalties") == "how many penalties"
    # "in part" is how much was disclosed, no part of the report
    assert without_locator("how many requests were granted in part") == "how many requests were granted in part"


@pytest.mark.parametrize("question", [
    ("Qinghe health bureau, 2023 report — what number do they give for administrative penalties in the proactive "
     "disclosure table?"),
    "Qinghe health bureau 2023: administrative penalties in the proactive disclosure table?",
    "Qinghe health bureau 2023: what's the figure for administrative penalties in table 2?",
    "青禾县卫生健康局2023年报主动公开情况表中行政处罚数量是多少？",
])
def test_the_row_asked_in_the_table_named_is_the_answer(question):
    a = _ask(question)
    assert a.answered and "3" in a.text and "4821" not in a.text and "35" not in a.text, a.text


def test_what_number_asks_a_figure_but_not_a_phone_number():
    assert parse_question("what number do they give for penalties", []).wants_number
    assert not parse_question("what number should I call for disclosure requests", []).wants_number


# --- a street address is no count ----------------------------------------------------------------------------------

def test_a_number_of_a_street_address_is_no_count():
    text = "青禾县卫生健康局办公地址在青禾大街4821号"
    at = text.index("4821")
    assert address_part(text, at, at + 4)
    assert address_part("本局位于县政务服务中心3楼305室", 13, 16)
    assert not address_part("印发青政发〔2023〕5号文件", 11, 12)  # a document number
    assert not address_part("全年共发布信息4821条", 7, 11)
    assert counts_nothing(text)


@pytest.mark.parametrize("question", [
    "Qinghe health bureau 2023: what number do they give for administrative penalties?",
    "How many administrative penalty decisions did the Qinghe health bureau report for 2023?",
    "青禾县卫生健康局2023年行政处罚多少件？",
])
def test_an_address_never_answers_a_count(question):
    without_table = ORIGINAL.split("二、主动公开政府信息情况")[0]
    a = _ask(question, without_table)
    assert "4821" not in a.text, a.text


@pytest.mark.parametrize("sentence, figure", [
    ("本局全年通过政府网站主动公开各类政府信息56条,地址为青禾路4821号。", "56条"),
    ("本局全年在政务服务中心窗口接待群众现场咨询12次,位于中心3楼305室。", "12次"),
])
def test_the_figure_of_a_sentence_is_never_its_address_number(sentence, figure):
    from assistant.evidence import EvidenceGatherer
    from assistant.sentences import SentenceHit
    from tests.fake_index import index_of, line_passages

    original = "青禾县发展和改革局2022年政府信息公开工作年度报告\n" + sentence + "\n"
    report = Report(doc_id="a" * 16, sources=["qinghe_fagaiju_2022.txt"], agency="青禾县发展和改革局", region="青禾县",
                    year=2022, aliases=["qinghe"])
    chunk = line_passages(report, original)[1].chunk
    hit = SentenceHit(chunk, (chunk.clean_start, chunk.clean_start + len(sentence)), 1.0)
    EvidenceGatherer(index_of(report, original))._clause(hit, {"门牌": 1.0}, "what number do they give")
    assert hit.figure == figure


# --- a place or frame after the question's scope goes with every ask ---------------------------------------------------

@pytest.mark.parametrize("question, asks", [
    ("qinghe 2023: in the requests table, how many came from individuals and how many from companies?",
     ["qinghe 2023: in the requests table, how many came from individuals",
      "qinghe 2023: in the requests table, how many from companies"]),
    ("Qinghe, 2022 — in its 2022 report, how many staff did it assign, and how many trainings did it hold?",
     ["qinghe, 2022 — in its 2022 report, how many staff did it assign",
      "qinghe, 2022 — in its 2022 report, how many trainings did it hold"]),
    # a figure restated is a premise, an ask of its own (assistant/premise.py), not a frame
    ("qinghe 2023: of the 5 applications it received, how many were disclosed?",
     ["qinghe 2023: of the 5 applications it received", "how many were disclosed"]),
])
def test_a_frame_after_the_scope_goes_with_every_ask(question, asks):
    assert _asks(question) == asks


@pytest.mark.parametrize("question, asks", [
    # a figure restated is a premise with or without the question's lead before it
    ("of the 5 applications it received, how many were disclosed?",
     ["of the 5 applications it received", "how many were disclosed"]),
    ("qinghe 2023 — among the 12 cases, how many were upheld?", ["qinghe 2023 — among the 12 cases", "how many were upheld"]),
    # a number in the lead (the agency's name) restates nothing: the scope after it is a frame
    ("qinghe 12345 hotline 2023: of the calls received, how many came by phone and how many online?",
     ["qinghe 12345 hotline 2023: of the calls received, how many came by phone",
      "qinghe 12345 hotline 2023: of the calls received, how many online"]),
])
def test_a_restated_figure_is_no_frame_a_number_in_the_lead_is_no_figure(question, asks):
    assert _asks(question) == asks
