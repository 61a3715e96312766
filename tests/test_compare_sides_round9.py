"""Comparisons inside one report, round 9 (issue 10, fixer "cmp9"), on a fictional report (青禾县样例所; no text
copied from a report):

- the English words of the difference are data ("what's the gap", "how much bigger was 2023", "by what margin",
  "what's the delta"): an ask of the difference only has no figure of its own to look up or state;
- English sides named by channel words the glossary knows ("face to face", "online", "by letter", "walk-in") and
  a first side cut at its clause ("2023 report: work-update items vs leadership items");
- "how many people filed …" counts the filings (the report's 件), not people;
- a side's own question word before the comparison ("行政复议和行政诉讼各有几件？哪个多") is no part of the side;
- a side stated by a table cell and by a sentence is cited by the sentence that writes the side's words;
- a change stated in one clause ("由2022年的640条增加到2023年的815条") answers "X in 2022 vs 2023, and how much bigger
  was 2023?" (a difference ask beside the figure ask).
"""

from __future__ import annotations

import re

import pytest

from assistant.aggregate import asks_comparison, asks_difference_only
from assistant.compare_sides import compare_sides_en, compare_sides_zh
from assistant.side_labels import side_in_own_words, side_words
from assistant.core.types import Fact, Report
from assistant.verify import ask_shape
from tests.fake_index import answer_from_lines

TEXT = (
    "青禾县样例所2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开\n"
    "本所全年主动公开信息90条。其中,工作动态类信息48条、领导活动信息16条、财政资金信息12条、机构概况信息5条、政策文件9条。\n"
    "全年门户网站共发布各类信息由2022年的640条增长至2023年的815条,另在县政务平台转发120条,合计935条。\n"
    "(二)依申请公开\n"
    "本所全年收到政府信息公开申请58件,其中当面提交申请25件,信函申请21件,通过网络申请12件。\n"
    "因政府信息公开引起的行政复议3件,行政诉讼5件,结果均为维持。\n"
    "四、政府信息公开行政复议、行政诉讼情况\n"
    "行政复议 | 行政诉讼 |\n"
    "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n"
    "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
    "3 |  |  |  | 3 | 5 |  |  |  | 5 |  |  |  |  |  |\n"
    "五、存在的主要问题及改进情况\n"
    "本所将继续做好政府信息公开工作。\n"
)
REPORT = Report(doc_id="q" * 16, sources=["qinghe_yanglisuo_2023.txt"], agency="青禾县样例所", region="青禾县",
                year=2023, aliases=["qinghe", "qinghexian"])


def _figures_in(text: str, *figures: str) -> bool:
    return all(re.search(rf"(?<![\d.]){f}(?![\d.])", text) for f in figures)


def _answer(question: str):
    return answer_from_lines(REPORT, TEXT, question)


# --- (1) the English words of the difference ------------------------------------------------------------

@pytest.mark.parametrize("ask", [
    "what's the gap", "what the gap", "whats the difference", "and what's the margin", "by what margin", "delta",
    "what is the difference between them", "how much bigger was 2023", "and how much larger was the 2023 figure",
    "how many more", "how much higher was it", "how far apart are they", "difference",
])
def test_english_difference_asks(ask):
    assert asks_difference_only(ask), ask
    assert asks_comparison(ask), ask


@pytest.mark.parametrize("ask", ["how many requests", "how much is the fee", "what", "the report",
                                 "how many more requests came from natural persons than from enterprises"])
def test_asks_that_are_no_difference_only(ask):
    assert not asks_difference_only(ask), ask


# --- (2) English sides named by channel words -------------------------------------------------------------

@pytest.mark.parametrize("question, sides", [
    ("qinghe 2023 -- did more people file requests face to face or by letter? what's the gap?",
     ["face to face", "by letter"]),
    ("qinghe 2023: were more requests filed in the office face to face or by letter?", ["face to face", "by letter"]),
    ("qinghe 2023: more requests face-to-face or online, and by how many?", ["face-to-face", "online"]),
    ("qinghe 2023: more requests by letter or online?", ["by letter", "online"]),
    ("qinghe 2023: more walk-in requests or online ones?", ["walk-in requests", "online ones"]),
    ("qinghe, 2023 report: work-update items vs leadership info items, how many of each and what's the gap?",
     ["work-update items", "leadership info items"]),
    ("qinghe 2023 report - finance items vs policy document items: what's the difference?",
     ["finance items", "policy document items"]),
])
def test_english_sides_named_by_channel_and_category_words(question, sides):
    got = compare_sides_en(question)
    assert (got and [s for _t, s in got]) == sides or (got is None and sides is None), got
    if got:  # each ask keeps the frame and counts its own side
        assert all(t.startswith("qinghe") and s in t for t, s in got), got


@pytest.mark.parametrize("side, words", [
    ("face to face", ["当面"]), ("face-to-face", ["当面"]), ("by letter", ["信函", "来信"]), ("online", ["网上", "网络"]),
    ("信息公开类的行政复议", ["信息公开类行政复议"]),
])
def test_the_report_words_of_a_side(side, words):
    assert all(w in side_words(side) for w in words), side_words(side)


@pytest.mark.parametrize("question, figures, more, difference", [
    ("Qinghe sample institute, 2023 -- did more people file OGI requests face to face or by letter? what's the gap?",
     ("25", "21"), "face to face", "4"),
    ("Qinghe sample institute 2023: were more requests made face-to-face or online? By what margin?",
     ("25", "12"), "face-to-face", "13"),
    ("qinghe sample institute 2023: did more people apply online or by letter, and how many more?",
     ("21", "12"), "by letter", "9"),
    ("Qinghe sample institute 2023: more walk-in requests or online ones? what's the delta?", ("25", "12"), "walk-in", "13"),
])
def test_channels_compared_in_english(question, figures, more, difference):
    a = _answer(question)
    assert a.answered and _figures_in(a.text, *figures), a.text
    lines = a.text.splitlines()
    assert any(more in ln.lower() and "more" in ln for ln in lines), a.text
    assert re.search(rf"− {figures[1]}\[\d\] = {difference}\b", lines[-1]), a.text
    assert "not state" not in a.text and "58" not in a.text, a.text  # the gap is computed; the total is no side


@pytest.mark.parametrize("question, figures, more, difference", [
    ("Qinghe sample institute, 2023 report: work-update items vs leadership items, how many of each and what's the gap?",
     ("48", "16"), "work-update", "32 items"),
    ("Qinghe sample institute 2023 — finance items vs work updates: which is more and by how many?",
     ("12", "48"), "work updates", "36 items"),
])
def test_two_categories_of_a_breakdown_compared_in_english(question, figures, more, difference):
    a = _answer(question)
    assert a.answered and _figures_in(a.text, *figures), a.text
    lines = a.text.splitlines()
    assert any(more in ln.lower() and "more" in ln for ln in lines), a.text
    assert lines[-1].endswith(f"= {difference}"), a.text
    assert not _figures_in(a.text, "90") and not _figures_in(a.text, "9"), a.text  # the total, another part


@pytest.mark.parametrize("question, sides", [
    ("qinghe 2023: were there more work updates than leadership items? by how many?", ["work updates", "leadership items"]),
    ("qinghe 2023: how many more requests came in face to face than by letter?", ["face to face", "by letter"]),
    ("qinghe 2023: did it get fewer letters than online requests?", ["letters", "online requests"]),
    ("qinghe 2023: compare face-to-face and online requests.", ["face-to-face", "online requests"]),
    ("qinghe 2023: what's the gap between work updates and finance items?", ["work updates", "finance items"]),
    ("qinghe 2023: lawsuits outnumbered reconsiderations by how many?", ["lawsuits", "reconsiderations"]),
    ("qinghe 2023: did it receive more than 10 requests by letter?", None),  # a threshold
    ("qinghe: were there more requests in 2023 than in 2022?", None),  # two years
    ("qinghe: more requests this year than last year?", None),
    ("qinghe 2023: how many requests, compared with 40 last year?", None),
])
def test_english_sides_joined_by_than_compare_between(question, sides):
    got = compare_sides_en(question)
    assert (got and [s for _t, s in got]) == sides or (got is None and sides is None), got
    if got:
        assert all(t.startswith("qinghe 2023") and s in t and "more" not in t and "gap" not in t for t, s in got), got


@pytest.mark.parametrize("question, figures, more, difference", [
    ("Qinghe sample institute 2023: were there more work updates than leadership items? by how many?",
     ("48", "16"), "work updates", "32 items"),
    ("Qinghe sample institute 2023: how many more requests came in face to face than by letter?", ("25", "21"),
     "face to face", "4"),
    ("Qinghe sample institute 2023: compare face-to-face and online requests.", ("25", "12"), "face-to-face", "13"),
    ("Qinghe sample institute 2023: what's the gap between work updates and finance items?", ("48", "12"),
     "work updates", "36 items"),
    ("Qinghe sample institute 2023: lawsuits outnumbered reconsiderations by how many?", ("5", "3"), "lawsuits", "2"),
])
def test_sides_joined_by_than_compare_between_answered(question, figures, more, difference):
    a = _answer(question)
    assert a.answered and _figures_in(a.text, *figures), a.text
    lines = a.text.splitlines()
    assert any(more in ln.lower() and "more" in ln for ln in lines), a.text
    assert lines[-1].endswith(f"= {difference}"), a.text


# --- (3) "how many people filed" counts the filings -------------------------------------------------------

@pytest.mark.parametrize("question, count", [
    ("how many people filed requests face to face", None),
    ("how many individuals applied online", None),
    ("how many people sent letters", None),
    ("how many people attended the training", "people"),
    ("how many people visited the reading room", "people"),
    ("how many lawsuits", "things"),
])
def test_people_counted_by_what_they_filed(question, count):
    assert ask_shape(question).count == count


# --- (4) a side's own question word before the comparison ------------------------------------------------

@pytest.mark.parametrize("question, sides", [
    ("青禾县样例所2023年，信息公开类的行政复议和行政诉讼各有几件？哪个多，多几件？", ["行政复议", "行政诉讼"]),
    ("青禾县样例所2023年当面申请和来信申请分别多少件，哪个多", ["当面申请", "来信申请"]),
    ("青禾县样例所2023年领导信息和财政信息各是多少条？哪个少？", ["领导信息", "财政信息"]),
    ("青禾县样例所2023年网上申请和来信申请有几件？哪个多？", ["网上申请", "来信申请"]),
])
def test_the_sides_own_question_word_is_no_side(question, sides):
    got = compare_sides_zh(question)
    assert got and [s for _t, s in got] == sides, got
    assert all("？" not in t and t.count("多少") == 1 for t, _s in got), got


@pytest.mark.parametrize("question, figures, more, difference", [
    ("青禾县样例所2023年，信息公开类的行政复议和行政诉讼各有几件？哪个多，多几件？", ("3", "5"), "行政诉讼", "2件"),
    ("青禾县样例所2023年行政复议和行政诉讼分别多少件，哪个多", ("3", "5"), "行政诉讼", "2件"),
    ("青禾县样例所2023年领导信息和财政信息各是多少条？哪个少？差几条", ("16", "12"), "领导信息", "4条"),
])
def test_each_side_asked_then_compared(question, figures, more, difference):
    a = _answer(question)
    assert a.answered and _figures_in(a.text, *figures), a.text
    lines = a.text.splitlines()
    assert any(more in ln and "更多" in ln for ln in lines), a.text
    assert lines[-1].endswith(f"= {difference}"), a.text


# --- (5) a side stated by a table cell and a sentence: the sentence that words it is cited ----------------

def test_the_sentence_that_words_the_side_is_cited_beside_the_table():
    a = _answer("青禾县样例所2023年，信息公开类的行政复议和行政诉讼各有几件？哪个多，多几件？")
    quotes = [c.quote for c in a.citations]
    assert any("行政复议3件" in q for q in quotes) and any("诉讼5件" in q for q in quotes), quotes


def _fact(table: str, value: float, label: str, metric: str, kind: str) -> Fact:
    return Fact(doc_id="q" * 16, table=table, row=label.split(" / ")[-1], column="", value=value, raw=str(value),
                start=0, end=1, quote_start=0, quote_end=1, metric=metric, kind=kind, label_zh=label)


def test_side_in_own_words_needs_the_same_thing_and_value():
    cell = _fact("四", 3, "政府信息公开行政复议、行政诉讼情况 / 行政复议 / 总计", "reconsiderations", "table")
    prose = _fact("narrative", 3, "总体情况 / 依申请公开 / 信息公开类行政复议", "reconsiderations", "narrative")
    other = _fact("narrative", 4, "总体情况 / 依申请公开 / 信息公开类行政复议", "reconsiderations", "narrative")
    elsewhere = _fact("narrative", 3, "总体情况 / 依申请公开 / 当面申请的", "applications_received", "narrative")
    assert side_in_own_words("行政复议", [cell], [cell, prose]) == [prose]
    assert side_in_own_words("行政复议", [cell], [cell, other, elsewhere]) == [cell]  # another value / thing
    assert side_in_own_words("", [cell], [cell, prose]) == [cell]  # no side: the table as always
    assert side_in_own_words("行政复议", [prose], [cell, prose]) == [prose]


# --- (6) a change in one clause answers two years and "how much bigger" -----------------------------------

@pytest.mark.parametrize("question", [
    "Qinghe sample institute's website: how many items were posted in 2022 vs 2023 per their 2023 report, and how much bigger was 2023?",
    "qinghe sample institute 2023 report: website items 2022 vs 2023 — what's the difference?",
    "青禾县样例所门户网站信息发布量2023年比2022年多了多少？",
])
def test_a_change_in_one_clause_with_a_difference_ask(question):
    a = _answer(question)
    assert a.answered and _figures_in(a.text, "640", "815"), a.text
    assert re.search(r"815\[1\] − 640\[1\] = 175", a.text.splitlines()[-1]), a.text
    assert not _figures_in(a.text, "120") and not _figures_in(a.text, "935"), a.text


# --- (7) more phrasings: the difference right after the sides, a breakdown frame, "the gap between" ------------

@pytest.mark.parametrize("question, sides", [
    ("青禾县样例所2023年当面申请的和来信申请的相差几件", ["当面申请", "来信申请"]),
    ("青禾县样例所2023年部门工作动态信息和领导信息各多少条，差多少？", ["部门工作动态信息", "领导信息"]),
    ("青禾县样例所2023年网上申请与来信申请的差距有多大", ["网上申请", "来信申请"]),
    ("青禾县样例所2022年和2023年相差多少", None),  # two years: no sides of one report
])
def test_the_difference_asked_right_after_two_sides(question, sides):
    got = compare_sides_zh(question)
    assert (got and [s for _t, s in got]) == sides or (got is None and sides is None), got


@pytest.mark.parametrize("question, figures, more, difference", [
    ("青禾县样例所2023年部门工作动态信息和领导信息各多少条，差多少？", ("48", "16"), "部门工作动态信息", "32条"),
    ("青禾县样例所2023年当面申请的和来信申请的相差几件", ("25", "21"), "当面申请", "4件"),
    ("青禾县样例所2023年主动公开信息按类别分，领导信息和财政信息哪个多？", ("16", "12"), "领导信息", "4条"),
    ("青禾县样例所2023年复议和诉讼哪个多", ("3", "5"), "诉讼", "2件"),
])
def test_more_chinese_phrasings_compared(question, figures, more, difference):
    a = _answer(question)
    assert a.answered and _figures_in(a.text, *figures), a.text
    lines = a.text.splitlines()
    assert any(more in ln and "更多" in ln for ln in lines), a.text
    assert lines[-1].endswith(f"= {difference}"), a.text
    assert "没有写明" not in a.text, a.text


@pytest.mark.parametrize("question, figures, more, difference", [
    ("Qinghe sample institute 2023: more reconsiderations or more lawsuits?", ("3", "5"), "lawsuits", "2"),
    ("Qinghe sample institute 2023: proactive items broken down by category — are there more work updates than "
     "leadership items?", ("48", "16"), "work updates", "32 items"),
    ("Qinghe sample institute 2023: proactive items by category — how big is the gap between the work updates and "
     "the leadership items?", ("48", "16"), "work updates", "32 items"),
    ("Qinghe sample institute 2023: how many proactive items of each category? and the gap between work updates and "
     "leadership items?", ("48", "16"), "work updates", "32 items"),
    ("Qinghe sample institute 2023: what's the difference between in-person and online requests?", ("25", "12"),
     "in-person", "13"),
    ("Qinghe sample institute 2023: of the 90 proactive items, how many were work updates and how many leadership "
     "items, and what's the difference?", ("48", "16"), "work updates", "32 items"),
])
def test_more_english_phrasings_compared(question, figures, more, difference):
    a = _answer(question)
    assert a.answered and _figures_in(a.text, *figures), a.text
    lines = a.text.splitlines()
    # (the side in the question's words, then in the report's own: "lawsuits (行政诉讼) — more")
    assert any(re.match(rf"Comparison: {more}(?: \([^)]*\))? — more", ln, re.I) for ln in lines), a.text
    assert lines[-1].endswith(f"= {difference}"), a.text
    assert not _figures_in(a.text, "90") or "of the 90" in question, a.text


def test_an_english_side_answered_by_a_figure_of_something_else_is_not_compared():
    from assistant.side_labels import names_side

    total = _fact("narrative", 90, "总体情况 / 主动公开 / 本所全年主动公开信息", "proactive", "narrative")
    updates = _fact("narrative", 48, "总体情况 / 主动公开 / 部门工作动态信息", None, "narrative")
    letters = _fact("narrative", 21, "总体情况 / 依申请公开 / 来信申请的", None, "narrative")
    everything = _fact("narrative", 58, "总体情况 / 依申请公开 / 本所全年收到政府信息公开申请", "applications_received",
                       "narrative")
    assert names_side("work updates", updates) and not names_side("work updates", total)
    assert names_side("by letter", letters) and not names_side("by letter", everything)
    assert not names_side("walk-in requests", everything)  # 申请 is every application figure's word
    assert names_side("gadget items", total)  # no glossary words for the side: not checked
