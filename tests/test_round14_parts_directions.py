"""Parts of a prose total, a side named with gaps, the direction of a change, round 14 (issue 10, fixer "r14c"), on
fictional reports (青禾县青禾镇, 青禾县公共资源交易中心, 青禾县卫生健康局; no text copied from a report):

- an ask that names one of the parts a prose total goes on to list ("共90条,其中包括…工作动态50条…" asked "工作动态有多少
  条", "how many work updates") is answered by that part, never the total (assistant/parts.py asked_parts); the total
  still answers an ask naming no part, or every part;
- a total whose own words list the kinds it sums up ("工程建设项目招投标、政府采购…等共计1500余条。其中,…") does not stand
  in for one of them: the part the next sentence states answers;
- a side of a comparison is named by a figure whose label writes the side's words in order with short gaps
  ("工程建设招投标" in "工程建设项目招标公告", assistant/labels.py in_order_with_gaps);
- "是增加还是减少", "多了还是少了", "up or down", "rise or fall" ask which way one figure changed: no two sides (each a
  direction), a comparison of the two years the report states in one clause ("由2022年的640条增加到2023年的815条").
"""

from __future__ import annotations

import pytest

from assistant.aggregate import asks_comparison
from assistant.compare_sides import compare_sides_en, compare_sides_zh
from assistant.core.types import Report
from assistant.labels import in_order_with_gaps
from tests.fake_index import answer_from_lines

# --- a town: a proactive total and the kinds it goes on to list -----------------------------------------------------

TOWN = (
    "青禾县青禾镇2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)基本情况。坚持以公开为常态、不公开为例外,及时更新信息。截止2023年12月31日,通过网站主动公开政府信息共90条,"
    "其中包括政策解读4条,镇文件6条,工作动态50条,通知公告30条。\n"
    "二、存在的主要问题及改进情况\n"
    "我镇将继续做好政府信息公开工作。\n"
)
TOWN_REPORT = Report(doc_id="t" * 16, sources=["qinghe_qinghezhen_2023.txt"], agency="青禾县青禾镇人民政府", region="青禾县",
                     year=2023, aliases=["qinghe town", "qinghezhen"])


@pytest.mark.parametrize("question, part, total", [
    ("青禾镇2023年通过网站主动公开的工作动态有多少条?", "50", "90"),
    ("青禾镇2023年网站上发布的工作动态多少条", "50", "90"),
    ("青禾镇2023年主动公开的信息里通知公告有几条？", "30", "90"),
    ("How many work updates did Qinghe town publish on its website in 2023?", "50", "90"),
])
def test_a_part_the_ask_names_answers_not_the_total(question, part, total):
    a = answer_from_lines(TOWN_REPORT, TOWN, question)
    assert a.answered and part in a.text and total not in a.text, a.text


@pytest.mark.parametrize("question", [
    "青禾镇2023年通过网站主动公开了多少条政府信息?",
    "青禾镇2023年主动公开政府信息多少条",
    "How many items did Qinghe town proactively disclose in 2023?",
])
def test_the_total_answers_an_ask_naming_no_part(question):
    a = answer_from_lines(TOWN_REPORT, TOWN, question)
    assert a.answered and "90" in a.text, a.text


# --- a trading centre: a total listing its kinds, the parts in the next sentence --------------------------------------

CENTRE = (
    "青禾县公共资源交易中心2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)公共资源交易信息公开情况。2023年,青禾县公共资源交易中心在交易网、县人民政府门户网站等媒介主动公开工作动态,"
    "工程建设项目招投标、政府采购、土地矿产交易信息、办事流程等共计1500余条。其中,发布工程建设项目招标公告、中标候选人"
    "公示等信息600条;政府采购预公告、公告等信息700条;土地矿产交易公告、成交公示等信息150条;工作动态、图片新闻等信息50条。\n"
    "二、存在的主要问题及改进情况\n"
    "我中心将继续做好政府信息公开工作。\n"
)
CENTRE_REPORT = Report(doc_id="c" * 16, sources=["qinghe_jiaoyizhongxin_2023.txt"], agency="青禾县公共资源交易中心",
                       region="青禾县", year=2023, aliases=["qinghe", "qinghe public resources trading centre"])


@pytest.mark.parametrize("question", [
    "青禾县公共资源交易中心2023年：政府采购类信息和工程建设招投标类信息比，哪个多？多几条？",
    "青禾县公共资源交易中心2023年政府采购信息比工程建设招投标信息多几条？",
    "青禾县公共资源交易中心2023年，工程建设招投标类信息与政府采购类信息相差多少条？",
    "Qinghe public resources trading centre 2023: which was bigger, procurement or construction tendering items?",
    "Qinghe public resources trading centre 2023: were there more procurement items or construction tendering items, "
    "and by how many?",
])
def test_a_side_named_with_gaps_is_the_part_not_the_total(question):
    a = answer_from_lines(CENTRE_REPORT, CENTRE, question)
    assert a.answered and "600" in a.text and "700" in a.text and "100" in a.text, a.text
    assert "1500" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "青禾县公共资源交易中心2023年工程建设招投标类信息有多少条？",
    "青禾县公共资源交易中心2023年发布了多少条工程建设招投标信息",
    "Qinghe public resources trading centre 2023: how many construction tendering items were published?",
])
def test_a_listed_kind_asked_alone_is_its_part(question):
    a = answer_from_lines(CENTRE_REPORT, CENTRE, question)
    assert a.answered and "600" in a.text and "1500" not in a.text, a.text


def test_in_order_with_gaps():
    assert in_order_with_gaps("工程建设招投标", "发布工程建设项目招标公告、中标候选人公示等信息")
    assert in_order_with_gaps("政府采购公告", "政府采购预公告、公告等信息")
    assert not in_order_with_gaps("工程建设招投标", "土地矿产交易公告、成交公示等信息")
    assert not in_order_with_gaps("当面申请", "当事人通过信函提出的申请")  # scattered over a long label
    assert not in_order_with_gaps("网上", "网上申请")  # (too short to name anything with gaps)


# --- a bureau: two years of one figure in one clause, asked which way it changed -----------------------------------

BUREAU = (
    "青禾县卫生健康局2023年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "2023年,我局对官网进行了改版。信息发布量由2022年的640条增加到2023年的815条,在县政府网站政府信息公开专栏发布信息100条,"
    "总计915条。\n"
    "二、存在的主要问题及改进情况\n"
    "我局将继续做好政府信息公开工作。\n"
)
BUREAU_REPORT = Report(doc_id="b" * 16, sources=["qinghe_weijianju_2023.txt"], agency="青禾县卫生健康局", region="青禾县",
                       year=2023, aliases=["qinghe", "qinghe health bureau"])


@pytest.mark.parametrize("question", [
    "青禾县卫生健康局官网信息发布量，2023年比2022年是增加还是减少？差多少条？",
    "青禾县卫生健康局官网发布信息2023年比2022年多了还是少了？差几条",
    "青禾县卫生健康局2023年官网信息发布量比2022年是上升还是下降，相差多少",
    "Qinghe health bureau website items: up or down from 2022 to 2023, and by how many?",
    "Did the Qinghe health bureau's website items rise or fall between 2022 and 2023, and by how much?",
])
def test_which_way_a_figure_changed_is_a_comparison_of_its_two_years(question):
    a = answer_from_lines(BUREAU_REPORT, BUREAU, question)
    assert a.answered and "640" in a.text and "815" in a.text and "175" in a.text, a.text
    assert "915" not in a.text, a.text


@pytest.mark.parametrize("norm", [
    "青禾县官网信息发布量，2023年比2022年是增加还是减少？差多少条？",
    "青禾县官网发布信息2023年比2022年多了还是少了",
    "qinghe website items: up or down from 2022 to 2023",
    "did qinghe's website items rise or fall between 2022 and 2023",
])
def test_a_direction_asked_compares_and_has_no_sides(norm):
    assert asks_comparison(norm)
    assert compare_sides_zh(norm) is None and compare_sides_en(norm) is None


def test_two_things_joined_by_haishi_are_still_sides():
    sides = compare_sides_zh("青禾县2023年当面申请和网上申请哪个多？多几件")
    assert sides is not None and [s for _a, s in sides] == ["当面申请", "网上申请"]


# --- guards: the agency's own name, a figure that is no total, the head noun of a listing total -----------------------

OFFICE = (
    "青禾县信访局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年,我局主动公开政府信息500条,其中在青禾县信访局官网公开240条,在“青禾信访”微信公众号上公开200条,"
    "在县政府信息公开平台新增60条。\n"
    "网站设有机构概况、工作信息、信息公开等频道3个,另设办事服务频道2个。\n"
)
OFFICE_REPORT = Report(doc_id="o" * 16, sources=["qinghe_xinfangju_2023.txt"], agency="青禾县信访局", region="青禾县",
                       year=2023, aliases=["qinghe"])


@pytest.mark.parametrize("question", [
    "青禾县信访局2023年主动公开了多少条政府信息？",
    "2023年青禾县信访局主动公开信息数量是多少",
])
def test_the_agency_s_own_name_names_no_part(question):
    a = answer_from_lines(OFFICE_REPORT, OFFICE, question)
    assert a.answered and "500" in a.text and "240" not in a.text, a.text


def test_a_part_named_is_found_beside_the_agency_s_name():
    a = answer_from_lines(OFFICE_REPORT, OFFICE, "青禾县信访局2023年在微信公众号上公开了多少条信息？")
    assert a.answered and "200" in a.text and "500" not in a.text, a.text
