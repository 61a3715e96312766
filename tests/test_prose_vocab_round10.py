"""Round-10 staff English for what reports count in prose (issue 10), on a fictional report: posts per channel
(new-media platforms, the main site picking items up), website sections and second-level columns, training
sessions and quizzes with their participants, explainers, documents issued / confirmed valid, press briefings,
hotline calls, inspections, a trading centre's items by category; and the English ask frames that used to split
off as asks of their own ("across how many …", "roughly how many …", "Qinghe 2023: after the revamp how many …",
"of the ~500 items …, how many were A, B, C", "… (vs before)", "number of …, and how many …")."""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.premise import premise_values
from assistant.query import detect_metric, glossary_terms
from assistant.verify import ask_shape
from tests.fake_index import answer_from_lines
from tests.helpers import ask_texts

DOC = "q" * 16
ORIGINAL = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开\n"
    "2022年,我局在县政府门户网站更新发布信息310条,特色栏目党员教育14条,“青禾样例”微博推文88条,阅读量3万人次,通过“青禾样例”微信公众号等5个新媒体平台累计发布信息420余条,"
    "其中县政府主站采用23条。\n"
    "我局对网站进行了全面改版,功能版块由原来的6个增加到现在的11个。\n"
    "目前网站设有机构概况、政策文件、办事服务等4个频道,有通知公告、工作动态、政策解读等9个二级栏目。\n"
    "(二)学习培训\n"
    "开展《条例》知识竞赛2次,干部职工1300多人踊跃参加;组织全县系统培训5次,培训干部420人次。\n"
    "召开新闻发布会3场,接听热线电话860个,开展明察暗访7次。\n"
    "(三)政府信息管理\n"
    "2022年度新发布的行政规范性文件6件,制作相关解读文字和图片12个,确定继续有效的行政规范性文件41件。\n"
    "(四)交易信息公开\n"
    "全年发布各类交易信息共计980余条。其中,发布工程建设项目招标公告等信息410条;政府采购公告等信息300条;"
    "土地矿产资源交易公告等信息120条;国有产权交易公告等信息90条;工作动态等信息60条。\n"
    "二、存在的主要问题及改进情况\n"
    "信息更新不够及时。\n"
    "青禾县样例局\n"
    "2023年1月15日\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_yangliju_2022.txt"], agency="青禾县样例局", region="青禾县", year=2022,
                aliases=["qinghe"])


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question)


# --- the frame of an English ask stays with it ---------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Qinghe 2022 report: across how many new-media channels did they publish stuff?",
    "Qinghe 2022 - roughly how many staff took part in the quiz?",
    "Qinghe 2022, on how many platforms did it post?",
    "Qinghe 2022 — about how many people attended the training?",
    "Qinghe sample bureau 2022 — of the stuff they posted, how many items did the main portal pick up?",
])
def test_the_words_before_how_many_are_no_ask_of_their_own(question):
    asks = ask_texts(question)
    assert len(asks) == 1 and "how many" in asks[0], asks


@pytest.mark.parametrize("question, n", [
    ("Qinghe 2022: after the website revamp how many sections did it have (vs before)?", 2),
    ("Qinghe 2022: how many columns now, compared with before?", 2),
])
def test_each_figure_asked_is_one_ask_with_the_frame(question, n):
    asks = ask_texts(question)
    assert len(asks) == n and all("qinghe" in a for a in asks), asks


def test_a_number_of_ask_has_its_own_words_as_focus():
    asks = split_asks(normalise_query("Qinghe 2022, outreach: number of training sessions, and how many quizzes held?"))
    assert len(asks) == 2 and asks[0].focus.startswith("number of training sessions"), [a.focus for a in asks]
    assert "quizzes" in asks[1].text, asks[1].text


def test_the_side_set_against_after_is_the_earlier_end():
    asks = split_asks(normalise_query("Qinghe 2022: after the website revamp how many sections did it have (vs before)?"))
    assert [a.change for a in asks] == ["from", "to"] and "before" in asks[0].text, [(a.text, a.change) for a in asks]


@pytest.mark.parametrize("text, value", [("of the ~980 items published", 980.0), ("of the roughly 500 posts", 500.0),
                                         ("out of some 30 requests", 30.0), ("of the 2022 report", None)])
def test_a_premise_restated_roughly(text, value):
    assert premise_values(text) == ([value] if value else [])


@pytest.mark.parametrize("question", [
    "Qinghe 2022 — of the ~980 items published, how many were construction tenders, gov procurement, land/mining, state assets, and work news?",
    "Qinghe 2022: how many were construction tenders, government procurement, land/mining, state assets and work news",
])
def test_a_list_of_categories_after_how_many_is_one_ask_each(question):
    asks = [a for a in ask_texts(question) if "how many" in a]
    assert len(asks) == 5, asks


# --- the Regulations are no rules, the sections of a website no parts of the report ------------------------------

@pytest.mark.parametrize("question", ["how many staff took part in the quiz on the OGI regulations",
                                      "outreach on the Regulations: number of training sessions",
                                      "how many lectures about the regulations on open government information"])
def test_the_regulations_are_no_metric(question):
    assert detect_metric(normalise_query(question)) is None


def test_regulations_counted_are_still_rules():
    assert detect_metric("how many regulations were issued").key == "rules"


@pytest.mark.parametrize("question, count", [
    ("how many sections is the report made up of", "parts"),
    ("how many second-level sections does it have", "things"),
    ("after the website revamp, how many sections did it have", "things"),
    ("how many sections does the portal have", "things"),
])
def test_sections_of_a_website_are_no_report_parts(question, count):
    assert ask_shape(question).count == count


# --- staff words reach the report's words -------------------------------------------------------------------------

@pytest.mark.parametrize("english, chinese", [
    ("new-media channels", "新媒体平台"), ("social media accounts", "新媒体"), ("main portal", "主站"), ("picked up", "采用"),
    ("second-level columns", "二级栏目"), ("training sessions", "培训"), ("workshops", "培训"), ("quiz", "知识竞赛"),
    ("knowledge contests", "竞赛"), ("took part", "参加"), ("participants", "参加"), ("press briefings", "新闻发布会"),
    ("explainers", "解读"), ("infographics", "图解"), ("hotline calls", "热线"), ("online messages", "留言"),
    ("normative docs", "规范性文件"), ("confirmed still valid", "继续有效"), ("cleaned up", "清理"), ("revoked", "废止"),
    ("spot checks", "抽查"), ("unannounced visits", "明察暗访"), ("symposiums", "座谈"), ("tenders", "招标"),
    ("land", "土地"), ("mining", "矿产"), ("state assets", "国有产权"), ("district-wide", "全区"), ("short videos", "短视频"),
    ("posts", "推文"), ("readership", "阅读量"), ("page views", "浏览量"), ("special column", "特色栏目"), ("followers", "粉丝"),
])
def test_staff_english_renders_the_report_words(english, chinese):
    assert chinese in glossary_terms(english), glossary_terms(english)


# --- answered from the fictional report ----------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Qinghe sample bureau 2022 report: across how many new-media channels did they publish stuff?",
    "Qinghe 2022: on how many social media accounts does the bureau post?",
])
def test_the_number_of_platforms_not_the_posts_on_them(question):
    a = _ask(question)
    assert a.answered and "5" in a.text and "420" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Qinghe 2022 — of the stuff they proactively posted, how many items did the main county portal actually pick up?",
    "Qinghe 2022: how many items did the main site adopt?",
])
def test_items_the_main_site_picked_up(question):
    a = _ask(question)
    assert a.answered and "23" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Qinghe 2022 report - roughly how many staff took part in the quiz on the OGI regulations?",
    "Qinghe 2022: how many participants in the knowledge contest?",
])
def test_quiz_participants(question):
    a = _ask(question)
    assert a.answered and "1300" in a.text.replace(",", ""), a.text


@pytest.mark.parametrize("question", [
    "Qinghe 2022 website: how many second-level sections/columns does it have?",
    "Qinghe 2022: how many second-level columns are there on the site?",
])
def test_second_level_columns(question):
    a = _ask(question)
    assert a.answered and "9" in a.text, a.text


def test_training_sessions_and_quizzes():
    a = _ask("Qinghe 2022, outreach on the Regulations: number of county-wide training sessions, and how many knowledge quizzes held?")
    assert a.answered and "5" in a.text and "2" in a.text, a.text


def test_documents_issued_explainers_and_confirmed_valid():
    a = _ask("Qinghe 2022: new normative docs issued, explainer pieces (text/graphics) made for them, and docs confirmed still valid?")
    assert a.answered and all(v in a.text for v in ("6", "12", "41")), a.text


def test_sections_after_the_revamp_and_before():
    a = _ask("Qinghe 2022: after the website revamp how many sections did it have (vs before)?")
    assert a.answered and "11" in a.text and "6" in a.text, a.text


@pytest.mark.parametrize("question, value", [
    ("Qinghe 2022: how many press briefings were held?", "3"),
    ("Qinghe 2022: how many hotline calls were answered?", "860"),
    ("Qinghe 2022: how many unannounced visits did it carry out?", "7"),
])
def test_other_things_counted_in_prose(question, value):
    a = _ask(question)
    assert a.answered and value in a.text, a.text


def test_items_by_category_of_a_trading_centre():
    a = _ask("Qinghe 2022 — of the ~980 items published, how many were construction tenders, gov procurement, land/mining, "
             "state assets, and work news?")
    assert a.answered and all(v in a.text for v in ("410", "300", "120", "90", "60")), a.text


@pytest.mark.parametrize("question, value", [
    ("Qinghe 2022: how many posts in the special party-member education column?", "14"),
    ("Qinghe 2022: how many Weibo posts did the bureau put out?", "88"),
])
def test_posts_are_the_posts_of_the_channel_asked_not_everything_published(question, value):
    a = _ask(question)
    assert a.answered and value in a.text and "310" not in a.text, a.text
