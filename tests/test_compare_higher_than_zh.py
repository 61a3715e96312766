"""Chinese comparisons asked as whether one side is higher ("A是不是比B多？", "A比B高几个百分点"), of two years joined in
other words ("2014年相对2013年", "相较于", "2013、2014两年"), and with a two-digit year right before the difference
("比青苗镇24年多几条": a year, not the span "10年多"). Fictional 青禾 / 青苗 reports."""

from __future__ import annotations

import re

import pytest

from assistant.aggregate import asks_comparison
from assistant.answer import ExtractiveEngine
from assistant.core.glossary import GLOSSARY
from assistant.core.types import Report
from assistant.query import parse_question
from assistant.question_rewrites import expand_short_years
from tests.fake_index import line_passages, two_report_index
from tests.fixtures.two_towns import QINGHE_TOWN as QINGHE

TOWNS_TEXT = ("青禾镇2023年:全年主动公开政府信息120条,接待群众查阅政府信息35人次。\n"
              "青苗镇2024年:全年主动公开政府信息95条,接待群众查阅政府信息48人次。\n")
QINGMIAO = Report(doc_id="b" * 16, sources=["qingmiao_2024.txt"], agency="青苗镇人民政府", region="青苗镇", year=2024,
                  aliases=["qingmiao"])


@pytest.mark.parametrize("question", [
    "青禾镇2023年主动公开的政府信息是不是比青苗镇2024年的多？",
    "青苗镇主动公开的信息有没有比青禾镇高？",
    "青禾县样例局网上申请的办结率比来信申请高几个百分点？",
    "青禾县样例局来信申请的办结率比网上申请低几个百分点",
])
def test_higher_than_and_points_apart_are_comparisons(question):
    assert asks_comparison(question)


@pytest.mark.parametrize("question", ["青禾县样例局办结时限最高几天？", "青禾县样例局有没有超过法定期限？"])
def test_a_ceiling_or_a_deadline_is_no_comparison(question):
    assert not asks_comparison(question)


@pytest.mark.parametrize("question", [
    "青禾镇23年主动公开的政府信息，是不是比青苗镇24年的多？相差几条？",
    "青禾镇23年主动公开的政府信息，比青苗镇24年多几条？",
    "青禾镇23年主动公开的政府信息比青苗镇24年多出多少条？",
])
def test_two_reports_compared_as_whether_one_is_higher(question):
    engine = ExtractiveEngine(two_report_index(QINGHE, QINGMIAO, TOWNS_TEXT), 0.34)
    passages = line_passages(QINGHE, TOWNS_TEXT)[:1] + line_passages(QINGMIAO, TOWNS_TEXT)[1:]
    a = engine.answer(parse_question(question, [QINGHE, QINGMIAO]), passages)
    assert a.answered and "120" in a.text and "95" in a.text, a.text
    assert re.search(r"= 25\D", a.text.splitlines()[-1] + " "), a.text


@pytest.mark.parametrize("text, expanded", [
    ("青禾镇比青苗镇24年多几条", "青禾镇比青苗镇2024年多几条"),
    ("青禾镇比青苗镇24年多出多少条", "青禾镇比青苗镇2024年多出多少条"),
    ("青禾镇比青苗镇24年多了几条", "青禾镇比青苗镇2024年多了几条"),
    ("青禾县样例局成立10年多了", "青禾县样例局成立10年多了"),  # a span of years, no year
])
def test_a_two_digit_year_before_the_difference_is_a_year(text, expanded):
    assert expand_short_years(text) == expanded


@pytest.mark.parametrize("question", [
    "青禾县样例局网站发布的信息，2014年相对2013年多了多少条？",
    "青禾县样例局2019年相较于2018年收到的申请增减几件？",
    "青禾县样例局2013、2014两年各发布多少条信息，哪年多？",
])
def test_two_years_joined_in_other_words_compare_years(question):
    assert GLOSSARY.patterns["compare_years"].search(question)
