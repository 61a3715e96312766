"""Round 17 kinds answered by a sentence or a list (fixer "T"), on a fictional report (禾山县样例局; no text copied from
a report):

- where the report itself can be read or downloaded: the website it names for it (glossary [patterns] site_ask);
- "who became <post>": a sentence that makes somebody hold the post ("增加办公室副主任为领导小组副组长");
- "在谁的领导下", "under whose leadership": the sentence saying under whose act it was, not one that only holds the
  act's word ("以局长为组长的领导小组…加强组织领导");
- what the report was compiled from ("根据…的年度报告编制", "whose annual reports was it pieced together from");
- a named numbered set ("五公开", "the five disclosures") answered by the members listed right before its name;
- the title of a passage's own section, however punctuated, is a heading and says nothing itself.
"""

from __future__ import annotations

import pytest

from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.sentences import is_heading
from assistant.shapes import contact_fields
from assistant.verify import ask_shape, names_agent_of, names_holder
from ingest.items import extract_items
from tests.fake_index import answer_from_lines

TEXT = (
    "禾山县样例局2022年政府信息公开工作年度报告\n"
    "本报告根据《中华人民共和国政府信息公开条例》和禾山县各乡镇、县直各部门的政府信息公开年度报告编制。"
    "全文可在“禾山县人民政府”门户网站(www.heshan.example.cn)查阅或下载。\n"
    "一、总体情况\n"
    "2022年,我局在县委、县政府的正确领导下,在县大数据中心的业务指导下,扎实推进政务公开工作。\n"
    "我局成立了以局长为组长的政务公开工作领导小组,进一步加强组织领导。\n"
    "调整领导小组成员,增加办公室副主任为领导小组副组长。\n"
    "我局全面推进决策、执行、管理、服务、结果“五公开”,不断提升公开质量。\n"
    "全年主动公开政府信息120条。\n"
)
REPORT = Report(doc_id="t" * 16, sources=["heshan_yangliju_2022.txt"], agency="禾山县样例局", region="禾山县",
                year=2022, aliases=["heshan", "heshan sample bureau"])


def _answer(question: str):
    return answer_from_lines(REPORT, TEXT, question)


# --- where the report can be read or downloaded ------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Where online can I read or download the Heshan sample bureau 2022 report?",
    "Where can I download Heshan's 2022 report?",
    "禾山县样例局2022年的年报可以在哪个网站查阅或下载？",
    "禾山县样例局2022年年报全文在哪里可以查看",
])
def test_where_to_read_the_report_is_its_website(question):
    assert any("网址" in f for f in contact_fields(normalise_query(question)))
    a = _answer(question)
    assert a.answered and "www.heshan.example.cn" in a.text, (question, a.text)


@pytest.mark.parametrize("question", [
    "哪个网站发布的信息最多", "通过哪些网站公开信息", "在哪里设立了查阅点", "网站下载了多少次",
    "where can the public read government information",
])
def test_no_site_ask(question):
    assert not any("网址" in f for f in contact_fields(normalise_query(question)))


# --- who was made to hold a post ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, post, holds", [
    ("增加办公室副主任为领导小组副组长", "副组长", True),
    ("确定分管副局长为工作小组组长", "组长", True),
    ("以局长为组长", "组长", True),
    ("增加办公室副主任为领导小组副组长", "组长", False),  # the deputy's post is no head's
    ("以局长为组长", "局长", False),  # it says what the 局长 does, not who they are
])
def test_a_post_somebody_is_made_to_hold(text, post, holds):
    assert names_holder(text, post) is holds


def test_who_became_the_deputy_head():
    a = _answer("禾山县样例局2022年调整领导小组，新增谁当副组长？")
    assert a.answered and "办公室副主任" in a.text, a.text


# --- under whose leadership ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, act", [
    ("是在谁的领导下开展的？", "领导"),
    ("在哪个单位的业务指导下？", "指导"),
    ("Under whose leadership did the bureau work?", "领导"),
    ("under which body's guidance was it done?", "指导"),
])
def test_an_ask_for_the_agent_of_an_act(question, act):
    assert ask_shape(question).under == act


def test_the_agent_is_named_only_by_an_under_clause():
    assert names_agent_of("我局在县委、县政府的正确领导下,在县大数据中心的业务指导下", "领导")
    assert names_agent_of("在县大数据中心的业务指导下", "指导")
    assert not names_agent_of("成立了以局长为组长的领导小组,进一步加强组织领导", "领导")
    # (a quote of a mirror keeps the pinyin glued after its characters)
    assert names_agent_of("在縣委的正確領(lǐng)導(dǎo)下", "领导")


@pytest.mark.parametrize("question", [
    "禾山县样例局2022年搞信息公开，是在谁的领导下？",
    "Heshan sample bureau 2022: under whose leadership was the disclosure work done?",
])
def test_under_whose_leadership(question):
    a = _answer(question)
    assert a.answered and "县委" in a.text and "以局长为组长" not in a.text, (question, a.text)


# --- what the report was compiled from ----------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Heshan sample bureau 2022 report — whose annual reports was it pieced together from?",
    "What was the Heshan 2022 report based on?",
    "禾山县样例局2022年的年报是根据哪些单位的年报编制的？",
])
def test_the_sources_of_the_report(question):
    assert REPORT_FIELDS.field_asked(normalise_query(question)) == "sources"
    a = _answer(question)
    assert a.answered and "各乡镇" in a.text, (question, a.text)


@pytest.mark.parametrize("question", ["本报告是由哪个单位编制的", "Which office compiled the Heshan 2022 report?"])
def test_the_compiler_is_no_sources_ask(question):
    assert REPORT_FIELDS.field_asked(normalise_query(question)) != "sources"


# --- a named numbered set -----------------------------------------------------------------------------------------

def test_the_members_listed_before_a_numbered_set_are_its_items():
    items = extract_items("我局全面推进决策、执行、管理、服务、结果“五公开”,不断提升公开质量。")
    assert [f.text_value for f in items] == ["决策", "执行", "管理", "服务", "结果"]
    assert all("五公开" in f.context for f in items)
    items = extract_items("实现了领导、机构、人员的“三个到位”。")
    assert [f.text_value for f in items] == ["领导", "机构", "人员"]
    assert not extract_items("推进甲方、乙方“三公开”。")  # two members are no set of three


@pytest.mark.parametrize("question", [
    "Heshan sample bureau 2022: it talks about pushing the 'five disclosures' — which five?",
    "禾山县样例局2022年推进的“五公开”是哪五个？",
])
def test_which_five(question):
    a = _answer(question)
    assert a.answered and all(w in a.text for w in ("决策", "执行", "管理", "服务", "结果")), (question, a.text)


# --- a heading says nothing itself --------------------------------------------------------------------------------

def test_the_title_of_its_own_section_is_a_heading():
    assert is_heading("1、健全组织,加强领导。", "一、基本情况 > 1、健全组织,加强领导")
    assert not is_heading("1、健全组织,加强领导。", "一、基本情况")
    assert not is_heading("2022年,我局在县委的领导下开展工作。", "一、基本情况 > 2022年,我局在县委的领导下开展工作")


# --- an ask that counts the items it wants: a section's own numbered sub-headings ----------------------------------

HEADINGS_TEXT = (
    "禾山县样例局2022年政府信息公开工作年度报告\n"
    "一、概述,(一)注重制度建设,夯实公开基础。,(二)注重平台建设,拓宽公开渠道。,(三)注重解读回应,提升公开实效。,"
    "二、主动公开情况,(一)主动公开范围,(二)主动公开途径\n"
    "一、概述\n"
    "2022年,我局进一步完善公开制度,全年主动公开政府信息120条。\n"
)


@pytest.mark.parametrize("question, n", [
    ("the overview is organised around three 'focus' points (注重…). What are they?", 3),
    ("it talks about pushing the 'five disclosures' — which five?", 5),
    ("“五公开”是哪五个？", 5),
    ("概述从哪三个方面写的", 3),
    ("what did it publish?", None),
])
def test_the_count_an_ask_names(question, n):
    from assistant.list_items import asked_count

    assert asked_count(normalise_query(question)) == n


@pytest.mark.parametrize("question", [
    "Heshan sample bureau 2022: the overview is organised around three 'focus' points (注重…). What are they?",
    "禾山县样例局2022年概述里的三个“注重”是哪三个？",
])
def test_the_points_a_section_is_organised_around(question):
    a = answer_from_lines(REPORT, HEADINGS_TEXT, question)
    assert a.answered and all(w in a.text for w in ("注重制度建设", "注重平台建设", "注重解读回应")), (question, a.text)
    assert "主动公开途径" not in a.text, a.text


# --- the address the report says it can be downloaded at, before a page header's portal ----------------------------

HEADER_TEXT = (
    "禾山县样例局2022年政府信息公开工作年度报告\n"
    "样例门户网站 www.portal.example.cn 2023年01月10日\n"
    "本报告的电子版可在“禾山政务网”门户网站(www. heshan.example.cn)下载。\n"
    "一、总体情况\n"
    "全年主动公开政府信息120条。\n"
)


def test_a_web_address_broken_after_www_is_one_address():
    from ingest.prose_fields import extract_contacts

    got = [f.text_value for f in extract_contacts("本报告的电子版可在门户网站(www. heshan.example.cn)下载。") if f.row == "网址"]
    assert got == ["www.heshan.example.cn"]


@pytest.mark.parametrize("question", [
    "禾山县样例局2022年年报的电子版在哪个网站下载",
    "Where can I download the Heshan sample bureau 2022 report?",
])
def test_the_download_address_before_a_header_portal(question):
    a = answer_from_lines(REPORT, HEADER_TEXT, question)
    assert a.answered and "heshan.example.cn" in a.text and "portal" not in a.text, (question, a.text)
