"""Round 18 breakdowns (fictional reports 松溪县样例局 and 云杉镇, invented here):

* an outcome stated in prose ("不予公开9件") split by reason is its child rows of table 三, each counted by its 总计 or,
  where the report left that cell blank, the sum of its cells — not the other outcomes the sentence goes on with
  (assistant/row_counts.py);
* a prose total broken down sentences later, by a sentence naming it again ("…其中通过镇政府网站公开信息300条…。截至
  年末,利用镇政府网站公开工作动态120条、…"), is broken down by those parts — not by its siblings under the larger
  total it is itself a part of (assistant/later_parts.py).
"""

from __future__ import annotations

import pytest

from assistant.core.types import Fact, Report
from assistant.row_counts import child_row_counts, row_count
from tests.fake_index import answer_from_lines
from tests.test_round15_kinds import HEAD, _figures

WITHHELD = (
    "松溪县样例局2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "全年共收到政府信息公开申请40件。予以公开11件;不予公开9件;因本机关不掌握等原因无法提供20件。\n"
    + HEAD +
    "一、本年新收政府信息公开申请数量 | 35 | 5 | | | | | 40 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 10 | 1 | | | | | |\n"
    "(三)不予公开 | 1.属于国家秘密 | 2 | | | | | | |\n"
    "2.其他法律行政法规禁止公开 | | | | | | | |\n"
    "5.属于三类内部事务信息 | 3 | 1 | | | | | |\n"
    "8.属于行政查询事项 | 3 | | | | | | |\n"
    "(四)无法提供 | 1.本机关不掌握相关政府信息 | 18 | 2 | | | | | |\n"
)
WITHHELD_REPORT = Report(doc_id="d" * 16, sources=["songxi_yangliju_2020.txt"], agency="松溪县样例局", region="松溪县",
                         year=2020, aliases=["songxi"])


@pytest.mark.parametrize("question", [
    "松溪县样例局2020年不予公开的那9件，按不予公开的理由分别是多少件？",
    "Songxi 2020: the 9 requests it withheld, broken down by reason?",
])
def test_an_outcome_in_prose_split_by_reason_is_its_child_rows_summed(question):
    a = answer_from_lines(WITHHELD_REPORT, WITHHELD, question)
    figures = _figures(a.text)
    assert a.answered and all(v in figures for v in ("2", "4", "3")), a.text  # 2; 3 + 1; 3
    assert "20" not in figures and "11" not in figures, a.text  # (not the outcomes beside it)
    assert "3 + 1 = 4" in a.text, a.text  # (a row whose total is blank: its sum written out, traceable to its cells)


def _cell(row: str, column: str, value: float | None, start: int) -> Fact:
    return Fact(doc_id="x" * 16, table="三", row=row, column=column, value=value, unit="件", kind="table",
                start=start, end=start + 1, quote_start=start, quote_end=start + 1, raw=str(value), label_zh=row)


def test_a_row_count_is_its_total_else_the_sum_of_its_cells():
    parent = "三、本年度办理结果 / (三)不予公开"
    cells = [_cell(f"{parent} / 1.属于国家秘密", "自然人", 2, 1), _cell(f"{parent} / 1.属于国家秘密", "总计", 2, 2),
             _cell(f"{parent} / 5.属于三类内部事务信息", "自然人", 3, 3),
             _cell(f"{parent} / 5.属于三类内部事务信息", "法人或其他组织 / 商业企业", 1, 4)]
    assert row_count(cells[:2]).column == "总计"
    assert [c.value for c in child_row_counts(cells, parent)] == [2, 4]
    assert row_count([_cell(f"{parent} / 2.其他", "自然人", None, 5)]) is None  # a blank row states nothing


WEBSITE = (
    "云杉镇人民政府2020年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "2020年,本镇累计主动公开政府信息900条,其中通过镇政府网站公开信息300条,微信公众号公开600条。"
    "全镇坚持把网站作为公开的主渠道。截至年末,利用镇政府网站公开工作动态信息120条、通知公告信息100条、财政信息80条。\n"
)
WEBSITE_REPORT = Report(doc_id="e" * 16, sources=["yunshan_zhen_2020.txt"], agency="云杉镇人民政府", region="云杉镇",
                        year=2020, aliases=["yunshan"])


@pytest.mark.parametrize("question", [
    "云杉镇2020年通过镇政府网站公开的信息，按板块各是多少条？",
    "云杉镇2020年通过镇政府网站公开的信息分别是哪些类别，各多少条？",
    "Yunshan town 2020: the items it published on the town government website, split by section — how many each?",
])
def test_a_total_broken_down_sentences_later_is_broken_down_by_those_parts(question):
    a = answer_from_lines(WEBSITE_REPORT, WEBSITE, question)
    figures = _figures(a.text)
    assert a.answered and all(v in figures for v in ("120", "100", "80")), a.text
    assert "600" not in figures and "900" not in figures, a.text  # (not its sibling under the larger total)


PETITIONS = (
    "青禾市信访局政府信息公开工作总结\n"
    "二、政府信息公开工作总体情况\n"
    "一年来,通过公开办案,累计受理来访6000案次,办结5000案次,办结率83%其中,初访2000案次,办结1800案次,办结率90%"
    "重访4000案次,办结3200案次,办结率80%全市办结案件中,化解积案500案次,帮扶救助办结300案次,领导接待办结200案次,"
    "协调处置办结4000案次。收到锦旗30面。\n"
)
PETITIONS_REPORT = Report(doc_id="a" * 16, sources=["qinghe_xinfangju.txt"], agency="青禾市信访局", region="青禾市",
                          aliases=["qinghe"])


@pytest.mark.parametrize("question", [
    ("Qinghe city petitions bureau: of all cases concluded city-wide, how many were old backlog cases resolved, how many "
     "were closed through assistance/relief, through leaders' receptions, and through coordination?"),
    "青禾市信访局全市办结案件中，化解积案、帮扶救助、领导接待、协调处置各办结多少案次？",
])
def test_the_ways_concluded_petitions_were_closed_are_each_found_by_their_english_words(question):
    a = answer_from_lines(PETITIONS_REPORT, PETITIONS, question)
    figures = _figures(a.text)
    assert a.answered and all(v in figures for v in ("500", "300", "200", "4000")), a.text
    assert "3200" not in figures and "5000" not in figures, a.text  # (not the concluded repeat visits, nor all)
