"""Round 27 comparisons (fixer JD10), over fictional reports (Qinghe county sample bureau; no text copied from a
report):

- a direction asked whole with no count word ("2020年对比2019年，是涨是跌？") is no word of the thing compared, nor
  is each side's question word ("两年各几件"): the thing is what both reports' figures are labelled by;
- the 还是 between two directions ("是涨了还是跌了？") joins no two sides of one report;
- a report's parts counted "等六大部分" are its parts (unit 部分), as "等六部分" is.
"""

from __future__ import annotations

import pytest

from assistant.compare_sides import compare_sides_zh
from assistant.core.types import Report
from assistant.named_figures import compared_thing
from assistant.query import parse_question
from ingest.clean import clean
from ingest.prose import extract_cn_figures, extract_figures

Y2019 = Report(doc_id="a" * 16, sources=["qinghe_yangliju_2019.txt"], agency="青禾县样例局", region="青禾县", year=2019)
Y2020 = Report(doc_id="b" * 16, sources=["qinghe_yangliju_2020.txt"], agency="青禾县样例局", region="青禾县", year=2020)


@pytest.mark.parametrize("question", [
    "青禾县样例局发布的人事任免信息，2020年对比2019年是涨是跌？",
    "青禾县样例局发布的人事任免信息，2020年跟2019年比是涨了还是跌了？",
    "青禾县样例局发布的人事任免信息，2020年和2019年比是增加还是减少？两年各几件",
    "青禾县样例局发布的人事任免信息，2020年对比2019年是升是降？两年分别多少件",
])
def test_a_direction_and_each_sides_question_word_are_no_words_of_the_thing(question):
    q = parse_question(question, [Y2019, Y2020])
    assert compared_thing(q, [Y2019, Y2020]) == "人事任免信息"


@pytest.mark.parametrize("question", [
    "青禾县样例局主动公开的规范性文件，2020年跟2019年比是涨了还是跌了？两年各几件，差几件？",
    "青禾县样例局主动公开的规范性文件，2020年比2019年多了还是少了？",
])
def test_the_or_between_two_directions_joins_no_sides(question):
    assert compare_sides_zh(question) is None


def test_the_or_between_two_sides_still_joins_them():
    got = compare_sides_zh("青禾县样例局2021年，当面申请的还是来信申请的哪种多？差几件")
    assert [side for _t, side in got] == ["当面申请", "来信申请"]


@pytest.mark.parametrize(("text", "value"), [
    ("本报告包括概述、主动公开情况、依申请公开情况、复议诉讼情况、存在的问题及下一步打算等五大部分。", 5),
    ("本报告包括概述、主动公开情况、依申请公开情况、复议诉讼情况、存在的问题及下一步打算等5大部分。", 5),
])
def test_parts_counted_as_big_parts_are_the_reports_parts(text, value):
    text = clean(text).text
    facts = [f for f in [*extract_cn_figures(text), *extract_figures(text)] if f.value == value]
    assert facts and all(f.unit == "部分" or f.unit.endswith("部分") for f in facts)
    assert any("部分" in f.row for f in facts)


def test_a_comparison_of_the_reports_own_parts_compares_their_counts_of_parts():
    other = Report(doc_id="c" * 16, sources=["fengshu_xian_2018.txt"], agency="枫树县人民政府", region="枫树县", year=2018)
    q = parse_question("都是2018年的：青禾县样例局和枫树县的年报，各说自己分成几个部分？哪个多，多几部分？", [Y2019, other])
    assert compared_thing(q, [Y2019, other]) == "部分"
