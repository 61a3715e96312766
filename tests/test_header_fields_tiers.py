"""A web page's header fields (索引号, 主题分类, 文号) are facts, asked in either language; an ask of a document's number
has no metric; an ask of one administrative tier is not answered by what other tiers do; "leading groups" in the plural
is the leading group.  Fictional pages and agencies only."""

from __future__ import annotations

import pytest

from assistant.admin_tiers import misses_asked_tier, tiers_asked
from assistant.core.glossary import GLOSSARY
from assistant.identifiers import asks_document_number
from assistant.query import detect_metric, glossary_terms
from assistant.verify import ask_shape, normalise
from ingest.prose_fields import extract_contacts, extract_original_contacts

PAGE = """索 引 号: 999000111/2031-00042 主题分类: 政务公开 发布机构: 青禾县样例局
发文日期: 2031-01-15 文  号: 有 效 性: 有效
青禾县样例局2030年政府信息公开工作年度报告
一、总体情况
全年主动公开信息120条。
"""

TABLE_PAGE = """| 索引号: | 999000111-2031-00007 | 发布机构: | 青禾镇人民政府办公室 |
| 文 号: | 主题分类: | 年度工作报告 | |
| 发文字号: | 青样发〔2031〕3号 | | |
青禾镇2030年政府信息公开工作年度报告
"""


def _fields(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in extract_original_contacts(text):
        out.setdefault(f.row, []).append(f.text_value)
    return out


def test_header_line_fields_are_facts():
    got = _fields(PAGE)
    assert got["索引号"] == ["999000111/2031-00042"]
    assert got["主题分类"] == ["政务公开"]
    assert "文号" not in got  # an empty field ("文  号: 有 效 性:") states nothing


def test_metadata_table_fields_are_facts_and_an_empty_cell_is_no_value():
    got = _fields(TABLE_PAGE)
    assert got["索引号"] == ["999000111-2031-00007"]
    assert got["主题分类"] == ["年度工作报告"]  # (the empty 文号's next cell is the next key, not its value)
    assert got["文号"] == ["青样发〔2031〕3号"]


def test_a_number_in_prose_is_no_index_number():
    assert not [f for f in extract_contacts("全年主动公开信息120条,其中文件2031-00042号。") if f.row == "索引号"]


@pytest.mark.parametrize("ask", ["Qinghe sample bureau 2030: what index number (suoyinhao) is on the report's page?",
                                 "青禾县样例局2030年年报的索引号是什么？",
                                 "Which subject category is the Qinghe sample bureau's 2030 report filed under?"])
def test_header_field_asks_in_both_languages_are_contact_asks(ask):
    norm = normalise(ask)
    assert any(w in norm for w in GLOSSARY.contact_words)
    assert {"索引号", "主题分类"} & set(glossary_terms(norm)) or "索引号" in norm
    assert detect_metric(norm) is None


@pytest.mark.parametrize("ask, wanted", [
    ("what's the document number of the notice that published the disclosure checklist?", True),
    ("青禾县样例局年报的索引号是什么", True),
    ("how many documents did the bureau publish?", False),
    ("依据的是条例第几条？", False),
])
def test_a_document_number_ask_wants_an_identifier_not_a_count(ask, wanted):
    assert asks_document_number(ask) is wanted
    if wanted:
        assert detect_metric(normalise(ask)) is None


def test_an_ask_of_one_tier_is_not_answered_by_other_tiers():
    sentence = "市级由常务副市长任组长,县(市、区)由常务副县(市、区)长任组长。"
    assert [t.name for t in tiers_asked("at the township level (xiang and zhen), who heads the leading groups")] == ["township"]
    assert misses_asked_tier("at the township level, who heads the leading groups", sentence)
    assert not misses_asked_tier("at the county level (counties, districts), who heads the leading groups", sentence)
    assert misses_asked_tier("乡镇一级的领导小组由谁任组长？", sentence)
    # a place named with its level asks no tier
    assert not tiers_asked("Qinghe town, 2030: who heads the leading group?")
    assert not tiers_asked("青禾县样例局2030年领导小组组长是谁")


def test_counties_asked_as_a_set_are_the_county_tier_and_the_district_of_an_autonomous_region_is_none():
    """"旗县/各县/区县", "county-level bureaus" ask the counties: a figure of the region's own office or of its
    prefectures (盟市) is none of theirs, and "区" inside 自治区 writes no county tier."""
    stated = "自治区政府办公厅和5个盟市政府办公部门已成立工作机构"
    assert misses_asked_tier("云栖自治区2030年已成立工作机构的旗县有几个？", stated)
    assert misses_asked_tier("云栖自治区2030年有几个区县成立了工作机构？", stated)
    assert misses_asked_tier("Yunqi 2030: how many county and banner governments had set up work bodies?", stated)
    assert misses_asked_tier("Yunqi 2030: how many requests did the county-level bureaus receive?", "收到申请5件")
    assert not misses_asked_tier("云栖自治区2030年已成立工作机构的旗县有几个？", "全区12个旗县已成立工作机构")
    assert not misses_asked_tier("云栖市2030年各县收到申请多少件", "各县(市、区)共收到申请40件")
    assert not tiers_asked("青禾县2030年收到申请多少件")


def test_leading_groups_in_the_plural_ask_the_group_head():
    assert "组长" in ask_shape("who heads the open-government leading groups?").who
    assert "领导小组" in glossary_terms(normalise("who heads the open-government leading groups at county level?"))


def test_a_document_number_asked_is_said_in_full():
    from assistant.identifiers import whole_document_number
    assert whole_document_number("23", "青样办函〔2031〕23号") == "青样办函〔2031〕23号"
    assert whole_document_number("7", "依据第7条") is None


@pytest.mark.parametrize("ask", ["Qinghe sample bureau 2030 report: who put this out?",
                                 "Which body is behind the Qinghe sample bureau's 2030 report?",
                                 "Who put the Qinghe sample bureau's 2030 annual report out?"])
def test_everyday_english_for_the_publisher(ask):
    assert ask_shape(ask).field == "publisher"


@pytest.mark.parametrize("ask", ["How many items did the Qinghe sample bureau put out in 2030?",
                                 "What did the Qinghe sample bureau put out on its website?"])
def test_putting_out_items_asks_no_publisher(ask):
    assert ask_shape(ask).field != "publisher"
