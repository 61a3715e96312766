"""Scope by place and agency names (round 17), fictional agencies only:

* a city the text names by its bare name ("…赴蚌埠学习…") is a place the report mentions (ingest/gazetteer.py cities_in);
* a shorter name inside a pinyin word counts only from syllable to syllable ("xian" is no name inside "xiangyang");
* a place written inside one the reports only mention has no report either ("Qinghe's Baisha district …" when the
  only report is of a Qinghe district that names Qinghe in its text): assistant/inner_places.py;
* a place of the divisions holding a stop word is kept whole (…市向阳区): assistant/unsettled_places.py _trim_place;
* an English agency-type word that is a topic of the ask ("key areas like poverty relief and education") names no
  agency (assistant/other_agency.py);
* sides of an English comparison that open alike ("items on X versus items on Y like A and B") and give examples
  (assistant/compare_sides.py, assistant/sides_en.py).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.compare_sides import compare_sides_en
from assistant.core.text import pinyin_boundaries
from assistant.core.types import Report
from assistant.inner_places import missing_inner_place
from assistant.other_agency import agency_types_named, reports_of_other_agencies
from assistant.query import parse_question
from assistant.scope import NamesIndex
from assistant.unsettled_places import unknown_places
from ingest.aliases import make_aliases


def _gazetteer_or_skip() -> None:
    from ingest.gazetteer import gazetteer

    if not gazetteer():
        pytest.skip("cpca's division table not installed")


# --- bare city names of a text ----------------------------------------------------------------------------------

def test_a_city_named_by_its_bare_name_is_mentioned():
    _gazetteer_or_skip()
    from ingest.gazetteer import cities_in
    from ingest.places import mentions

    text = "本年度样例办赴蚌埠学习考察两次，借鉴“蚌埠政务网”的做法。"
    assert cities_in(text) == ["蚌埠市"]
    assert {"蚌埠市", "bengbu", "bengbu city"} <= set(mentions(text))


@pytest.mark.parametrize("text", [
    "样例办地址：青禾市蚌埠路8号。",  # a street of another city
    "赴芜湖学习",  # 芜湖市 and 芜湖县
    "面向东方，开封新局。",  # words of other kinds (东方市, 开封市)
    "西安路、朝阳门外的样例办",  # names of several places (西安市 and 西安区; 朝阳市, 朝阳区, 朝阳县)
])
def test_words_that_are_no_bare_city(text):
    _gazetteer_or_skip()
    from ingest.gazetteer import cities_in

    assert cities_in(text) == []


# --- pinyin words: shorter names from syllable to syllable ------------------------------------------------------

def test_pinyin_boundaries_lie_on_a_reading_of_the_whole_word():
    assert 4 not in pinyin_boundaries("xiangyang") and {0, 5, 9} <= pinyin_boundaries("xiangyang")
    assert 4 in pinyin_boundaries("xianning")
    assert pinyin_boundaries("report") == frozenset()


def test_a_name_inside_a_pinyin_word_only_at_its_syllables():
    r = Report(doc_id="a", agency="禾西县样例局", region="禾西县", year=2020, aliases=["xian"])
    names = NamesIndex([r])
    assert not names.knows("xiangyang")  # xiang|yang: "xian" is not written in it
    assert names.knows("xianning")  # xian|ning


# --- a place inside one the reports only mention ----------------------------------------------------------------

def _mentioning_report() -> Report:
    """A district bureau whose text names its city only: 青禾 is a mention, never its own name."""
    return Report(doc_id="m", agency="云溪区样例局", region="云溪区", year=2020,
                  aliases=make_aliases("云溪区样例局", "云溪区"), mentions=["青禾市", "qinghe", "qinghe city"])


def _missing(question: str, reports: list[Report]) -> list[str]:
    index = SimpleNamespace(reports=reports, by_doc={r.doc_id: r for r in reports})
    q = parse_question(question, reports)
    q.unknown_places = unknown_places(q, index)
    return missing_inner_place(q, index)


@pytest.mark.parametrize("question, place", [
    ("Qinghe's Baisha district yangli bureau, 2020 report — what phone number do they list?", "Baisha"),
    ("青禾市白沙区样例局2020年的咨询电话是多少？", "白沙区"),
])
def test_a_place_inside_a_mentioned_one_has_no_report(question, place):
    assert _missing(question, [_mentioning_report()]) == [place]


def test_a_place_of_the_divisions_with_a_stop_word_is_kept_whole():
    _gazetteer_or_skip()
    assert _missing("青禾市向阳区样例局2020年的咨询电话是多少？", [_mentioning_report()]) == ["向阳区"]


@pytest.mark.parametrize("question", [
    "Qinghe's Yunxi district yangli bureau, 2020 report — what phone number do they list?",
    "青禾市云溪区样例局2020年的咨询电话是多少？",
])
def test_the_reports_own_place_inside_the_mentioned_one_is_no_missing_place(question):
    assert _missing(question, [_mentioning_report()]) == []


# --- an agency-type word that is a topic of the ask -------------------------------------------------------------

@pytest.mark.parametrize("norm", [
    "qinghe 2021: items on rural roads versus items on key areas like poverty relief and education — which was bigger?",
    "qinghe 2021: how many items on education were published?",
    "qinghe 2021: news such as health, sports or police — how many items?",
])
def test_a_type_word_that_is_a_topic_names_no_agency(norm):
    assert agency_types_named(norm) == []


@pytest.mark.parametrize("norm", [
    "qinghe education bureau 2021: how many requests?",
    "qinghe education: how many requests?",
    "data on the qinghe police 2021?",  # a place between: the police of qinghe
    "information on education bureau of qinghe?",  # a head word after it
])
def test_a_type_word_naming_an_agency_still_does(norm):
    assert agency_types_named(norm) != []


def test_a_topic_word_keeps_the_places_report_in_scope():
    r = Report(doc_id="g", agency="青禾区人民政府", region="青禾区", year=2021, aliases=make_aliases("青禾区人民政府", "青禾区"))
    index = SimpleNamespace(reports=[r], by_doc={"g": r}, texts=None)
    topic = parse_question("Qinghe 2021: items on rural roads versus items on key areas like poverty relief and education"
                           " — which was bigger and by how much?", [r])
    assert reports_of_other_agencies(topic, index) is None
    asked = parse_question("Qinghe education bureau 2021: how many requests?", [r])
    assert reports_of_other_agencies(asked, index) is not None


# --- sides that open alike and give examples --------------------------------------------------------------------

def test_sides_opening_alike_with_examples():
    got = compare_sides_en("qinghe 2021: items on rural roads & major water projects versus items on key areas such as"
                           " health and sports — which was bigger and by how much?")
    assert [side for _ask, side in got] == ["items on rural roads & major water projects", "items on key areas"]
    assert got[0][0] == "qinghe 2021: items on rural roads & major water projects"



def test_examples_end_the_second_side():
    got = compare_sides_en("qinghe 2021: wechat posts or weibo posts like notices — which was more?")
    assert [side for _ask, side in got] == ["wechat posts", "weibo posts"]


# --- what an English "how many" counts; "share" in a hyphenated name ---------------------------------------------

@pytest.mark.parametrize("question, count", [
    ("how many residents' committees got a convenience reading point?", "things"),  # a possessive modifies
    ("how many farmers’ cooperatives joined?", "things"),
    ("how many residents took part?", "people"),
    ("how many serving cadres took part?", "people"),
])
def test_a_possessive_is_no_noun_counted(question, count):
    from assistant.verify import ask_shape

    assert ask_shape(question).count == count


def test_share_in_a_hyphenated_name_asks_no_share():
    from assistant.core.not_stated import NOT_STATED
    from assistant.counted_things import families_asked

    def shares(text: str) -> bool:
        return any(c.name == "share" for c in families_asked(NOT_STATED.counted, text))

    assert not shares("in the doc-share copy of the qinghe summary, how many reading points were set up")
    assert shares("what share of the qinghe requests were answered in full")


# --- a figure before and after a change, one clause -------------------------------------------------------------

def test_a_before_after_clause_gives_both_figures():
    from assistant.before_after import asks_before_after, before_after

    assert before_after("样例办网站栏目由原来的12个栏目增加到30个,方便群众查阅。") == (12.0, 30.0, "个")
    assert before_after("样例办网站栏目由原先的40条精简为25条") == (40.0, 25.0, "条")
    assert before_after("由2013年的640条增加到2014年的815条") is None  # two years: assistant.compare_sides
    assert asks_before_after("after the revamp, how many more columns did the qinghe site have than before?")
    assert asks_before_after("改版后青禾网站栏目比原来多了几个？")
    assert not asks_before_after("how many more columns did the qinghe site have than the yunxi site?")


@pytest.mark.parametrize("question, more", [
    ("Qinghe sample office 2021: after the site revamp, how many more columns did its directory have than before?",
     "after"),
    ("青禾县样例办2021年改版后信息公开目录比原来多了几个栏目？", "之后"),
])
def test_a_before_after_comparison_answers_both_figures_and_the_difference(question, more):
    from tests.fake_index import answer_from_lines

    report = Report(doc_id="q", agency="青禾县样例办", region="青禾县", year=2021, sources=["qinghe.txt"],
                    aliases=make_aliases("青禾县样例办", "青禾县"))
    text = ("青禾县样例办2021年政府信息公开工作年度报告\n"
            "一、总体情况\n"
            "本年度对网站进行了改版,信息公开目录由原来的12个栏目增加到30个,方便群众查阅。\n"
            "全年主动公开政府信息85条。\n")
    a = answer_from_lines(report, text, question)
    assert a.answered
    assert "12" in a.text and "30" in a.text and "18" in a.text and more in a.text
