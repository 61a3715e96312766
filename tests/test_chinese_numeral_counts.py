"""Counts written out in Chinese numerals (old-format reports: "主动公开政府信息三百二十一条", "召开新闻发布会九次")
are figures like digits: read by ingest.narrative after the words of a metric, and by ingest.prose before a
unit of counts.  Fictional text only (青禾县样例局)."""
from __future__ import annotations

import pytest

from assistant.core.text import chinese_number
from ingest.clean import clean
from ingest.narrative import extract_narrative_facts
from ingest.prose import extract_cn_figures


def _clean(text: str) -> str:
    return clean(text).text


@pytest.mark.parametrize("numeral, value", [
    ("三百二十一", 321), ("一千二百零六", 1206), ("四十二万", 420000), ("一万四千四百", 14400),
    ("一百零五", 105), ("六百一十五", 615), ("三千", 3000), ("十二", 12), ("两", 2),
])
def test_written_out_numerals(numeral, value):
    assert chinese_number(numeral) == value


@pytest.mark.parametrize("numeral", ["一二", "十十", "百", "一百十", "万万"])
def test_no_numeral(numeral):
    assert chinese_number(numeral) is None


def test_metric_figures_in_chinese_numerals():
    text = _clean("2015年，青禾县样例局主动公开政府信息三百二十一条。全年受理政府信息公开申请四十七件，"
                  "因政府信息公开申请提起行政诉讼一件。")
    got = {(f.metric, f.value) for f in extract_narrative_facts(text)}
    assert ("proactive_disclosures", 321) in got
    assert ("applications_received", 47) in got
    assert ("lawsuits", 1) in got


def test_counts_in_chinese_numerals_before_a_unit_of_counts():
    text = _clean("青禾县样例局召开新闻发布会九次，全年接待查阅群众六百一十五人次，网站访问量达四十二万人次。")
    got = [(f.value, f.unit, f.row) for f in extract_cn_figures(text)]
    assert (9, "次", "青禾县样例局召开新闻发布会") in got
    assert (615, "人次", "全年接待查阅群众") in got
    assert (420000, "人次", "网站访问量达") in got


def test_slogans_and_single_ones_are_no_counts():
    # 个 is not a unit of counts ("四个意识"); 一 before a unit is a word ("一次性告知")
    text = _clean("青禾县样例局树牢四个意识，实行一次性告知。")
    assert extract_cn_figures(text) == []


def test_granted_in_the_old_wording_is_disclosed():
    text = _clean("青禾县样例局共受理政府信息公开申请20件，其中，同意公开12件，同意部分公开3件，不同意公开5件。")
    got = {(f.metric, f.value) for f in extract_narrative_facts(text)}
    assert ("applications_disclosed", 12) in got
    assert ("applications_partly_disclosed", 3) in got
    assert ("applications_disclosed", 5) not in got
