"""Asks for the name of a body, office, group, system or channel a report states inside a sentence (issue 10, round 9,
fixer "left9"): "领导小组下面设了个什么组", "handed over … to which office", "依托什么网站": the answer states the name
and quotes the clause naming it (assistant/name_asks.py).  Fictional reports only (青禾县民政局, 翠湖市样例局)."""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.name_asks import name_ask, names_in
from tests.fake_index import answer_from_lines

ORIGINAL = (
    "青禾县民政局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)组织领导\n"
    "2021年,我局调整了以局长为组长、各股室负责人为成员的政务公开工作领导小组。领导小组下设了信息审核组,负责公开信息的保密审查和日常维护。\n"
    "为理顺工作职责,2021年5月,政务公开工作由县民政服务中心移交至局办公室,并配备了专职工作人员。\n"
    "(二)平台建设\n"
    "我局依托县政府门户网站开设了民政信息专栏,及时发布救助政策和办事指南。\n"
    "二、主动公开政府信息情况\n"
    "本年主动公开政府信息86条。\n"
)
REPORT = Report(doc_id="n" * 16, sources=["qinghe_minzhengju_2021.txt"], agency="青禾县民政局", region="青禾县",
                year=2021, aliases=["qinghe"])


# --- what makes an ask one ------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, kind, relation", [
    ("青禾县民政局2021年在领导小组下面设了个什么组？", "组", "下设"),
    ("青禾县民政局2021年领导小组下设的是哪个小组", "小组", "下设"),
    ("2021年5月政务公开工作移交给了哪个部门？", "部门", "移交"),
    ("日常工作具体由哪个小组负责？", "小组", "负责"),
    ("依托什么网站开设的专栏", "网站", "依托"),
    ("in 2021 disclosure work was handed over from the service centre to which office?", "office", "移交"),
    ("What group was set up under the leading group?", "group", "下设"),
    ("Through which website did it open its column?", "website", "依托"),
])
def test_a_which_kind_ask_and_its_relation(question, kind, relation):
    got = name_ask(question.lower())
    assert got is not None and got.kind == kind, got
    assert any(relation in words for words, _after in got.relations), got.relations


def test_the_longest_words_of_a_relation_decide_it():
    got = name_ask("领导小组下面设了个什么组")
    assert [words[0] for words, _after in got.relations] == ["下设"]  # not also the 设 of 设立


@pytest.mark.parametrize("question", [
    "青禾县民政局2021年的年报是哪个单位编的？",  # the compiler: a contact field
    "领导小组是什么时候成立的？",  # a date
    "设了几个工作组？",  # a count
    "通过哪些渠道公开政府信息？",  # a list
    "Which office compiled the report?",
    "主动公开了多少条信息",  # no kind asked
])
def test_no_name_ask(question):
    assert name_ask(question.lower()) is None


# --- where a name starts and ends ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, endings, names", [
    ("领导小组下设了信息审核组,负责日常维护", ("小组", "组"), ["领导小组", "信息审核组"]),
    ("成立了以局长为组长的政务公开领导小组", ("小组", "组"), ["政务公开领导小组"]),  # 组长 is a post
    ("政务公开工作由县民政服务中心移交至县政府办公室", ("办公室",), ["县政府办公室"]),
    ("移交至局办公室", ("办公室",), ["局办公室"]),
    ("由办公室负责", ("办公室",), ["办公室"]),
    ("成立信息化建设领导小组", ("小组", "组"), ["信息化建设领导小组"]),  # the 设 of 建设 starts nothing
    ("领导小组成员由各股室负责人担任", ("小组", "组"), []),  # its members, not the body
    ("工作中还存在一些不足之处", ("处", "科"), []),  # the end of another word
    ("依托县政府门户网站开设了民政信息专栏", ("网站", "网"), ["县政府门户网站"]),
])
def test_names_in_text(text, endings, names):
    assert [text[a:b] for a, b in names_in(text, endings)] == names


# --- answers: the name, and the clause naming it, cited --------------------------------------------------------

@pytest.mark.parametrize("question, name, clause", [
    ("青禾县民政局2021年在领导小组下面设了个什么组？", "信息审核组", "下设了信息审核组"),
    ("青禾县民政局2021年领导小组下设的是哪个小组？", "信息审核组", "下设了信息审核组"),
    ("青禾县民政局2021年5月政务公开工作移交给了哪个部门？", "局办公室", "由县民政服务中心移交至局办公室"),
    ("青禾县民政局2021年依托什么网站开设了民政信息专栏？", "县政府门户网站", "依托县政府门户网站"),
    ("青禾县民政局2021年在门户网站上开设了什么专栏？", "民政信息专栏", "开设了民政信息专栏"),
    ("Qinghe civil affairs bureau 2021: disclosure work was handed over from the service centre to which office?",
     "局办公室", "移交至局办公室"),
    ("Qinghe civil affairs bureau, 2021: what group was set up under the leading group?", "信息审核组", "下设了信息审核组"),
    ("Through which website did the Qinghe civil affairs bureau open its column in 2021?", "县政府门户网站",
     "依托县政府门户网站"),
])
def test_the_name_is_stated_and_its_clause_quoted(question, name, clause):
    a = answer_from_lines(REPORT, ORIGINAL, question)
    assert a.answered, a.text
    first = a.text.splitlines()[0]
    assert name in first and clause in first, a.text
    assert len(a.citations) == 1 and clause in a.citations[0].quote and name in a.citations[0].quote, a.citations
    assert "政务公开工作领导小组" not in first  # the body the ask starts from is no answer


def test_a_kind_the_report_names_nowhere_states_no_name():
    a = answer_from_lines(REPORT, ORIGINAL, "青禾县民政局2021年在领导小组下面设了个什么委员会？")
    assert "委员会：" not in a.text and "委员会。" not in a.text, a.text


def test_one_of_a_list_is_no_name_answer():
    text = "我局以网上公开为主,同时利用单位公告栏、微信公众号等渠道公开信息。"
    report = Report(doc_id="l" * 16, sources=["cuihu_yangliju_2021.txt"], agency="翠湖市样例局", region="翠湖市", year=2021,
                    aliases=["cuihu"])
    original = "翠湖市样例局2021年政府信息公开工作年度报告\n一、总体情况\n" + text + "\n"
    a = answer_from_lines(report, original, "翠湖市样例局2021年主要通过什么渠道公开政府信息？")
    assert not a.text.startswith("翠湖市样例局2021年：微信公众号"), a.text  # not one item of the list as "the" name


@pytest.mark.parametrize("question, endings", [
    ("成立了什么领导小组", ("领导小组",)),  # the kind word's own modifier: a name ending so
    ("依托哪个政务平台", ("政务平台",)),
    ("下设了个什么组", ("小组", "组")),
])
def test_a_kind_word_with_its_modifier(question, endings):
    assert name_ask(question).endings == endings


def test_a_modified_kind_is_answered_by_a_name_ending_so():
    a = answer_from_lines(REPORT, ORIGINAL.replace("领导小组下设了信息审核组", "领导小组下设了信息审核工作组"),
                          "青禾县民政局2021年领导小组下面设了什么工作组？")
    assert a.text.splitlines()[0].startswith("青禾县民政局2021年：信息审核工作组。"), a.text
