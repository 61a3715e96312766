"""Comparisons inside one report, round 8 (issue 10, fixer "compare8"), on fictional reports (青禾县样例局, 翠湖市信访局,
青禾县样例中心; no text copied from a report):

- a change between two years stated in ONE clause ("由2021年的310条增加到2022年的455条", "from 310 items in 2021 to 455
  in 2022") answers a comparison of those years: both years' figures, which is more, "B − A = D" (one citation);
- the English side split of a comparison of two things of one report ("were more requests made in person or by
  letter", "more WeChat posts or Weibo posts", "X vs Y — which is more"), mirroring the Chinese one;
- a qualifier written once after both sides belongs to both ("规章和规范性文件的对外公开总数量": 规章's too).
"""

from __future__ import annotations

import re

import pytest

from assistant.compare_sides import compare_sides_en, compare_sides_zh, year_change
from assistant.core.types import Report
from tests.fake_index import answer_from_lines
from tests.test_compare_sides import ORIGINAL as SAMPLE
from tests.test_compare_sides import REPORT as SAMPLE_REPORT
from tests.test_labels_round7 import ORIGINAL as CUIHU
from tests.test_labels_round7 import REPORT as CUIHU_REPORT


def _figures_in(text: str, *figures: str) -> bool:
    return all(re.search(rf"(?<![\d.]){f}(?![\d.])", text) for f in figures)


# --- (1) a change between two years stated in one clause --------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("门户网站发布信息由2021年的310条增加到2022年的455条。", [("2021", 310.0, "条"), ("2022", 455.0, "条")]),
    ("依申请公开件数从2020年的1,204件下降至2021年的980件", [("2020", 1204.0, "件"), ("2021", 980.0, "件")]),
    ("受理量由2018年底的56项提升为2019年底的73项", [("2018", 56.0, "项"), ("2019", 73.0, "项")]),
    ("Posts rose from 310 items in 2021 to 455 in 2022.", [("2021", 310.0, "items"), ("2022", 455.0, "")]),
    ("门户网站全年发布信息455条，比上年增加145条。", None),  # a change stated as its difference: no two years
    ("主动公开信息由原来的20条增加到35条", None),  # no years
])
def test_a_change_between_two_years_in_one_clause(text, want):
    got = year_change(text)
    if want is None:
        assert got is None
    else:
        assert [(y, v) for y, v, _u in got] == [(y, v) for y, v, _u in want], got
        assert got[0][2] == want[0][2]


CENTRE_TEXT = (
    "青禾县样例中心2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开\n"
    "本中心门户网站全年运行平稳,信息发布量由2021年的310条增加到2022年的455条,访问量稳步上升。\n"
    "(二)依申请公开\n"
    "本中心全年收到政府信息公开申请14件,均已按时办结。\n"
    "(三)平台建设\n"
    "本中心政务微博推文从2021年的96条减少到2022年的80条,另转载推文40条,总计120条。\n"
)
CENTRE = Report(doc_id="u" * 16, sources=["qinghe_yanglizhongxin_2022.txt"], agency="青禾县样例中心", region="青禾县",
                year=2022, aliases=["qinghe"])


@pytest.mark.parametrize("question", [
    "青禾县样例中心2022年网站信息发布量比上年多了多少",
    "青禾县样例中心2022年信息发布量比上年多几条？",
    "青禾县样例中心门户网站信息发布量2022年比上年多多少条",
])
def test_a_change_in_one_clause_answers_a_comparison_of_its_years(question):
    a = answer_from_lines(CENTRE, CENTRE_TEXT, question)
    assert a.answered and _figures_in(a.text, "310", "455"), a.text
    assert re.search(r"455\[1\] − 310\[1\] = 145条$", a.text.splitlines()[-1]), a.text
    assert "765" not in a.text, a.text  # never the sum


@pytest.mark.parametrize("question, difference", [
    ("青禾县样例中心政务微博推文 2022年比2021年少了多少", "= 16条"),
    ("青禾县样例中心微博推文22年比21年少了几条", "= 16条"),
    ("Qinghe sample centre: how many fewer government Weibo posts in 2022 than in 2021?", "= 16 items"),
])
def test_a_total_stated_after_the_change_is_no_side(question, difference):
    a = answer_from_lines(CENTRE, CENTRE_TEXT, question)
    assert a.answered and _figures_in(a.text, "96", "80"), a.text
    assert a.text.splitlines()[-1].endswith(difference), a.text
    assert not _figures_in(a.text, "120") and not _figures_in(a.text, "40"), a.text  # the total / another figure


# --- (2) English sides of one report --------------------------------------------------------------------

@pytest.mark.parametrize("question, sides", [
    ("qinghe 2023: were more foi requests made in person or by letter? difference?", ["in person", "by letter"]),
    ("qinghe 2023: more wechat posts or weibo posts, and by how many?", ["wechat posts", "weibo posts"]),
    ("qinghe 2023, requests by letter vs in person - which is more?", ["by letter", "in person"]),
    ("did qinghe push more on wechat or on weibo in 2023? by how much?", ["on wechat", "on weibo"]),
    ("qinghe 2023: weibo posts versus wechat posts — what is the gap?", ["weibo posts", "wechat posts"]),
    ("\ue000 vs \ue001: applications received in 2023, how big is the gap?", None),  # two reports (masked names)
    ("qinghe: were there more applications in 2023 or in 2022?", None),  # two years
    ("qinghe: more applications this year or last year?", None),
    ("how many requests were made in person or by letter in 2023?", None),  # no comparison
    ("did qinghe receive more than 10 requests in person or by letter?", None),  # a threshold
    ("were more requests answered in 2023 or not?", None),
    ("青禾县样例局2023年当面申请比来信申请多几件", None),  # Chinese: compare_sides_zh
])
def test_the_english_sides_of_a_comparison_in_one_report(question, sides):
    got = compare_sides_en(question)
    assert (got and [s for _t, s in got]) == sides or (got is None and sides is None), got
    if got:  # each ask keeps the question's frame (the report and year) and names its own side only
        assert all(t.startswith(question[:8]) and s in t for t, s in got), got


@pytest.mark.parametrize("question, figures, more, difference", [
    ("Qinghe sample bureau 2023: were more requests made in person or by letter? difference?", ("36", "29"), "in person", "7"),
    ("Qinghe sample bureau 2023, requests by letter vs in person - which is more?", ("36", "29"), "in person", "7"),
    ("Qinghe sample bureau 2023: more WeChat posts or Weibo posts, and by how many?", ("210", "180"), "wechat", "30 items"),
    ("Did the Qinghe sample bureau push more on WeChat or on Weibo in 2023? By how much?", ("210", "180"), "wechat", "30 items"),
    ("Qinghe sample bureau 2023: Weibo posts or WeChat posts — which were fewer, and what is the gap?", ("210", "180"),
     "wechat", "30 items"),
])
def test_two_prose_figures_of_one_report_compared_in_english(question, figures, more, difference):
    a = answer_from_lines(SAMPLE_REPORT, SAMPLE, question)
    assert a.answered and _figures_in(a.text, *figures), a.text
    lines = a.text.splitlines()
    assert any(more in ln.lower() and "more" in ln for ln in lines), a.text
    assert re.search(rf"− {figures[1]}\[\d\] = {difference}$", lines[-1]), a.text
    assert "total" not in a.text.lower(), a.text


# --- (3) a qualifier written once for both sides --------------------------------------------------------

@pytest.mark.parametrize("question, sides", [
    ("翠湖市信访局2019年规章和规范性文件的对外公开总数量哪个多", ["规章的对外公开总数量", "规范性文件的对外公开总数量"]),
    ("2019年规范性文件与规章的本年新制作数量 哪个少", ["规范性文件的本年新制作数量", "规章的本年新制作数量"]),
    ("当面申请的和来信申请的 哪种多", ["当面申请", "来信申请"]),  # a trailing 的 qualifies nothing
    ("青禾县样例局2023年微博发布的条数和微信推送的条数哪个多", ["微博发布的条数", "微信推送的条数"]),
])
def test_a_qualifier_written_once_belongs_to_both_sides(question, sides):
    got = compare_sides_zh(question)
    assert got and [s for _t, s in got] == sides, got


@pytest.mark.parametrize("question, figures, more, difference", [
    ("翠湖市信访局2019年规章和规范性文件的对外公开总数量哪个多，多多少", ("37", "120"), "规范性文件", "83"),
    ("翠湖市信访局2019年规范性文件和规章的本年新制作数量 哪个多 差几件", ("5", "2"), "规范性文件", "3"),
])
def test_a_shared_column_answers_both_rows(question, figures, more, difference):
    a = answer_from_lines(CUIHU_REPORT, CUIHU, question)
    assert a.answered and _figures_in(a.text, *figures), a.text
    lines = a.text.splitlines()
    assert any(more in ln and "更多" in ln for ln in lines), a.text
    assert re.search(rf"= {difference}件?$", lines[-1]), a.text
