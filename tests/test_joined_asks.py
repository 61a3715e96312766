"""Round-12 kinds of several asks joined in everyday words (issue 10), on a fictional report (青禾县水利局, invented
here):
- a lead announcing its asks ("need two numbers from X: A, and B", "three figures please — A, B and C"): each item
  an ask, with or without a question word;
- "give me both A and B", "the ones left over from the year before" standing for A's noun;
- "how many A, and in how many cases B" (a question word after a preposition), "how many in total, how many of them
  were A, and how many were B";
- three or more things set side by side with "vs" ("online vs in person vs by mail"): the parts asked, no comparison;
- a list of channels ending in a catch-all ("the disclosure platform, WeChat and other means");
- Chinese asks joined by 、 whose words start with 本年 / 上年 (no "本年" shared by all), and everyday words for the
  table's rows ("转到下一年继续办" = 结转下年度, "left over from the year before" = 上年结转, "hand over in full" =
  予以公开).
"""

from __future__ import annotations

import pytest

from assistant.aggregate import asks_comparison
from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.joined_asks import announced_en, both_en, paired_en, vs_parts_en
from assistant.query import detect_metric
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD
from tests.helpers import ask_texts

DOC = "j" * 16
ORIGINAL = (
    "青禾县水利局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开情况\n"
    "2023年,本局主动公开政府信息共733条,分别为政府信息公开平台61条、政务微信605条、村务公开栏等其他形式67条。\n"
    "本局网站共发布信息154条,其中工作动态97条,政策解读9条。\n"
    "(二)依申请公开情况\n"
    "2023年,本局收到政府信息公开申请53件(其中:网上申请47件,当面申请0件,信函申请6件)。\n"
    + T3_HEAD +
    "一、本年新收政府信息公开申请数量 | 49 | 4 | 0 | 0 | 0 | 0 | 53 |\n"
    "二、上年结转政府信息公开申请数量 | 7 | 0 | 0 | 0 | 0 | 0 | 7 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 21 | 2 | 0 | 0 | 0 | 0 | 23 |\n"
    "(二)部分公开 | 11 | 0 | 0 | 0 | 0 | 0 | 11 |\n"
    "(七)总计 | 45 | 4 | 0 | 0 | 0 | 0 | 49 |\n"
    "四、结转下年度继续办理 | 11 | 0 | 0 | 0 | 0 | 0 | 11 |\n"
    "青禾县水利局\n"
    "2024年1月20日\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_shuiliju_2023.txt"], agency="青禾县水利局", region="青禾县", year=2023,
                aliases=["qinghe"])


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question)


def _all_in(text: str, figures) -> bool:
    return all(f in text.replace(",", "") for f in figures)


# --- a lead announcing its asks --------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, asks", [
    (("need two numbers from the qinghe water bureau 2023 report: items it published proactively, and how many requests "
     "came in."),
     ["need two numbers from the qinghe water bureau 2023 report: items it published proactively",
      "need two numbers from the qinghe water bureau 2023 report: how many requests came in"]),
    ("three figures please for qinghe 2023 — new requests, requests carried over and requests carried forward",
     ["three figures please for qinghe 2023 — new requests", "three figures please for qinghe 2023 — requests carried over",
      "three figures please for qinghe 2023 — requests carried forward"]),
    ("2 numbers for qinghe 2023: proactive items; requests received",
     ["2 numbers for qinghe 2023: proactive items", "2 numbers for qinghe 2023: requests received"]),
    # the announcement after the list, "those" standing for the first thing's noun, an "and" inside a phrase
    (("qinghe 2023: new requests, those left over from the previous year and those still open at year end - three "
     "numbers please"),
     ["qinghe 2023: new requests", "qinghe 2023: the requests left over from the previous year",
      "qinghe 2023: the requests still open at year end"]),
    ("need 3 figures for qinghe 2023: letters and visits received, requests received and items published",
     ["need 3 figures for qinghe 2023: letters and visits received", "need 3 figures for qinghe 2023: requests received",
      "need 3 figures for qinghe 2023: items published"]),
])
def test_a_lead_announcing_its_asks_makes_each_item_an_ask(question, asks):
    assert announced_en(normalise_query(question)) is not None
    assert ask_texts(question) == asks


@pytest.mark.parametrize("question", [
    "tianhuang vs zhouwan, both 2021 — which put out more, and by how many?",  # no figures announced
    "qinghe 2023 report: how many requests came in?",  # one ask, no announcement
    "how many figures did qinghe publish in 2023: more than 10?",  # no list after it
    "青禾县2023年两个数字：收到多少件、予以公开多少件",  # Chinese: assistant.asks splits it
    "need two numbers for qinghe 2023: a, b and c",  # two announced, three listed
    "qinghe 2023: how many items on the website and weibo, totals please",  # a question of its own before "totals"
])
def test_no_announced_list(question):
    assert announced_en(normalise_query(question)) is None


# --- "both A and B" --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, asks", [
    (("for qinghe water bureau (2023 report), give me both the new requests they got that year and the ones left over "
     "from the year before."),
     ["for qinghe water bureau (2023 report), give me the new requests they got that year",
      "for qinghe water bureau (2023 report), give me the requests left over from the year before"]),
    ("qinghe 2023, i want both the applications received and those carried over",
     ["qinghe 2023, i want the applications received", "qinghe 2023, i want the applications carried over"]),
    ("tell me both the penalty decisions and the licensing decisions of qinghe in 2023",
     ["tell me the penalty decisions", "tell me the licensing decisions of qinghe in 2023"]),
])
def test_both_a_and_b_is_one_ask_each(question, asks):
    assert ask_texts(question) == asks


@pytest.mark.parametrize("question", [
    "how many requests did qinghe get in both 2022 and 2023",  # years: reports compared
    "qinghe, both 2021 — which put out more and by how many",  # no two things
    "how many requests were both received and answered, and when",  # a question word in the first thing
    "how many requests did both qinghe and hehua get",  # two reports: no thing the reports count on a side
    "how many posts in total on both the website and weibo",  # their total
    "compare both agencies and tell me which had more requests",  # a question word in the second thing
])
def test_no_both_asks(question):
    assert both_en(normalise_query(question)) is None


# --- two things each repeating a word: "the A count and the B count", "for A and for B" ------------------------------

@pytest.mark.parametrize("question, asks", [
    ("can you pull the new-request count and the carried-over count for qinghe water bureau 2023?",
     ["can you pull the new-request count for qinghe water bureau 2023",
      "can you pull the carried-over count for qinghe water bureau 2023"]),
    ("for qinghe water bureau in 2023, what were the figures for new requests and for those carried forward to 2024?",
     ["for qinghe water bureau in 2023, what were the figures for new requests",
      "for qinghe water bureau in 2023, what were the figures for the requests carried forward to 2024"]),
    ("qinghe 2023: the number of penalty decisions and of licensing decisions",
     ["qinghe 2023: the number of penalty decisions", "qinghe 2023: the number of licensing decisions"]),
])
def test_two_things_each_repeating_a_word_are_two_asks(question, asks):
    assert paired_en(normalise_query(question)) == asks
    assert ask_texts(question) == asks


@pytest.mark.parametrize("question", [
    "how many requests did qinghe get in 2022 and in 2023",  # years: reports compared
    "the total for qinghe and for hehua",  # places: no thing the reports count
    "how many requests came in",  # nothing joined
])
def test_no_paired_asks(question):
    assert paired_en(normalise_query(question)) is None


# --- a question word after a preposition, "how many of them" after "in total" ----------------------------------------

@pytest.mark.parametrize("question, asks", [
    ("qinghe water bureau 2023 - how many requests came in, and in how many cases did they hand over the info in full?",
     ["qinghe water bureau 2023 - how many requests came in", "and in how many cases did they hand over the info in full"]),
    ("qinghe 2023: how many requests arrived, and for how many of them was the info given in full?",
     ["qinghe 2023: how many requests arrived", "and for how many of them was the info given in full"]),
    ("qinghe 2023: how many requests did they get, plus how many were carried over?",
     ["qinghe 2023: how many requests did they get", "and how many requests were carried over"]),
    ("qinghe 2023: how many requests came in and also how many were answered in full?",
     ["qinghe 2023: how many requests came in", "and how many were answered in full"]),
    ("qinghe water bureau 2023: requests received — and how many of those were fully disclosed?",
     ["qinghe water bureau 2023: requests received", "and how many of those were fully disclosed"]),
])
def test_a_question_word_after_a_preposition_starts_an_ask(question, asks):
    assert ask_texts(question) == asks


@pytest.mark.parametrize("question, asks", [
    # after a comma, an ask that already asks a count is done, whatever word it ends with ("came in", "in total")
    (("qinghe 2023: how many requests came in, how many were carried over from 2022, and how many were still open at "
     "year end?"),
     ["qinghe 2023: how many requests came in", "how many were carried over from 2022",
      "and how many were still open at year end"]),
    # "and the number …" asks a count as "and how many …" does
    ("what's the number of new requests qinghe got in 2023 and the number carried over?",
     ["what's the number of new requests qinghe got in 2023", "and how many carried over"]),
    # a sentence naming a figure of its own, with no question word
    ("qinghe water bureau 2023 — new requests? carried over? carried forward?",
     ["qinghe water bureau 2023 — new requests", "carried over", "carried forward"]),
])
def test_each_count_asked_after_a_comma_or_a_question_mark_is_an_ask(question, asks):
    assert ask_texts(question) == asks


def test_how_many_of_them_after_a_total_is_an_ask_of_its_own():
    asks = split_asks(normalise_query("qinghe for 2023: how many things did they post on the website in total, how many "
                                      "of them were work news, and how many were policy explainers?"))
    assert [a.text for a in asks] == ["qinghe for 2023: how many things did they post on the website in total",
                                      "how many of them were work news", "and how many things were policy explainers"]
    assert asks[1].within


def test_roughly_how_many_stays_one_ask():
    assert ask_texts("qinghe 2023 report - roughly, how many staff worked on disclosure?") == [
        "qinghe 2023 report - roughly how many staff worked on disclosure"]


# --- three or more things joined by "vs" -----------------------------------------------------------------------------

@pytest.mark.parametrize("question, parts", [
    ("how did the 53 requests to qinghe water bureau in 2023 arrive - online vs in person vs mail?",
     ["online", "in person", "by mail"]),  # (a bare "mail" as the vocabulary words it: "e-mail" holds no "mail")
    ("qinghe 2023: requests by letter vs by email vs online vs in person",
     ["by letter", "by email", "online", "in person"]),
    ("how many qinghe requests came online vs in person vs by letter in 2023",
     ["online", "in person", "by letter"]),
    # a slash between spaces joins them as much
    ("qinghe water bureau 2023 requests: online / in person / by letter?", ["online", "in person", "by letter"]),
    ("qinghe water bureau 2023: requests received / carried over / carried forward?",
     ["requests received", "carried over", "carried forward"]),
])
def test_three_things_joined_by_vs_are_the_parts_asked(question, parts):
    norm = normalise_query(question)
    assert not asks_comparison(norm)
    asks = vs_parts_en(norm)
    assert asks is not None and [side for _a, side in asks] == parts
    assert all(p in a for p, (a, _side) in zip(parts, asks))
    assert [a.side for a in split_asks(norm)] == parts


@pytest.mark.parametrize("question", [
    "qinghe 2023: online vs in person requests — which is more?",  # two sides: a comparison
    "qinghe 2022 vs qinghe 2023 vs 2024: items published",  # years and reports
    "how many land/mining/forestry items did qinghe publish",  # no spaces around the slash: one thing
])
def test_no_vs_parts(question):
    assert vs_parts_en(normalise_query(question)) is None


def test_two_things_joined_by_vs_are_still_compared():
    assert asks_comparison(normalise_query("qinghe 2023: more requests online vs in person?"))


# --- Chinese asks joined by 、 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, asks", [
    ("青禾县水利局2023年的依申请公开:本年新收多少件、上年结转多少件、转到下一年继续办的又是多少件?",
     ["青禾县水利局2023年的依申请公开:本年新收多少件", "青禾县水利局2023年的依申请公开:上年结转多少件",
      "青禾县水利局2023年的依申请公开:转到下一年继续办的又是多少件"]),
    ("青禾县2023年全年收到多少件、办结多少件",  # (全年: every ask's frame)
     ["青禾县2023年全年收到多少件", "青禾县2023年全年办结多少件"]),
    # a second ask naming another row of the table has the frame only, not the first ask's verb ("新收了")
    ("青禾县水利局2023年新收了几件申请，全部公开的几件",
     ["青禾县水利局2023年新收了几件申请", "青禾县水利局2023年全部公开的几件"]),
])
def test_a_word_of_this_year_or_last_year_is_no_frame_of_every_ask(question, asks):
    assert ask_texts(question) == asks


# --- everyday words of the table's rows ------------------------------------------------------------------------------

@pytest.mark.parametrize("ask, key", [
    ("转到下一年继续办的又是多少件", "applications_carried_forward"),
    ("留到下一年继续办理的有几件", "applications_carried_forward"),
    ("give me the requests left over from the year before", "applications_carried_over"),
    ("how many were carried over from the previous year", "applications_carried_over"),
    ("in how many cases did they hand over the info in full", "applications_disclosed"),
    ("how many were handed over in full", "applications_disclosed"),
    ("how many were left over for next year", "applications_carried_forward"),
    ("全部公开的有几件", "applications_disclosed"),
])
def test_everyday_words_of_a_row_name_its_metric(ask, key):
    m = detect_metric(ask, fallback=False)
    assert m is not None and m.key == key


# --- answered end to end ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, figures", [
    ("Qinghe water bureau 2023 - how many requests came in, and in how many cases did they hand over the info in full?",
     ("53", "23")),
    (("For Qinghe water bureau (2023 report), give me both the new requests they got that year and the ones left over "
     "from the year before."), ("53", "7")),
    (("Need two numbers from the Qinghe water bureau 2023 report: total stuff they published on their own initiative, "
     "and how many info requests people sent them."), ("733", "53")),
    ("青禾县水利局2023年的依申请公开:本年新收多少件、上年结转多少件、转到下一年继续办的又是多少件?", ("53", "7", "11")),
    (("Qinghe water bureau 2023: new requests, those left over from the previous year and those still open at year end "
     "- three numbers please"), ("53", "7", "11")),
    ("Qinghe water bureau 2023: requests received — and how many of those were fully disclosed?", ("53", "23")),
    ("青禾县水利局2023年新收了几件申请，全部公开的几件", ("53", "23")),
    ("青禾县水利局2023年收到多少申请？给了全部公开的有多少？留到下一年的呢？", ("53", "23", "11")),
    (("Qinghe water bureau 2023: how many requests came in, how many were carried over from 2022, and how many were "
     "still open at year end?"), ("53", "7", "11")),
    ("What's the number of new requests Qinghe water bureau got in 2023 and the number carried over?", ("53", "7")),
    ("Qinghe water bureau 2023 — new requests? carried over? carried forward?", ("53", "7", "11")),
    ("Qinghe water bureau 2023: requests in, requests fully granted — numbers?", ("53", "23")),
    ("Qinghe water bureau, 2023. Requests received? And how many fully released?", ("53", "23")),
    ("Can you pull the new-request count and the carried-over count for Qinghe water bureau 2023?", ("53", "7")),
    ("For Qinghe water bureau in 2023, what were the figures for new requests and for those carried forward to 2024?",
     ("53", "11")),
    ("Qinghe water bureau 2023: tell me the requests received as well as the partial disclosures", ("53", "11")),
    ("I'd like Qinghe water bureau's 2023 numbers on new requests and carry-overs.", ("53", "7")),
    (("How many requests did Qinghe water bureau get in 2023, and of those how many were granted in full and how many "
     "partly?"), ("53", "23", "11")),
])
def test_every_joined_ask_is_answered(question, figures):
    a = _ask(question)
    assert a.answered and _all_in(a.text, figures), a.text


@pytest.mark.parametrize("question, figures", [
    ("How did the 53 information requests to Qinghe water bureau in 2023 arrive - online vs in person vs mail?",
     ("47", "0", "6")),
    (("Qinghe water bureau, 2023 - of the 733 items they put out proactively, how many went via the disclosure platform, "
     "WeChat, and other means?"), ("61", "605", "67")),
    (("Qinghe water bureau for 2023: how many things did they post on the website in total, how many of them were work "
     "news, and how many were policy explainers?"), ("154", "97", "9")),
    (("Qinghe water bureau 2023: of the 733 items, how many were on the platform, how many on WeChat and how many "
      "elsewhere?"), ("61", "605", "67")),
    ("Qinghe water bureau 2023 requests: online / in person / by letter?", ("47", "0", "6")),
    ("Qinghe water bureau 2023: requests received / carried over / carried forward?", ("53", "7", "11")),
])
def test_every_part_of_a_breakdown_asked_in_everyday_words_is_answered(question, figures):
    a = _ask(question)
    assert a.answered and _all_in(a.text, figures), a.text
    assert "−" not in a.text  # the parts side by side, no difference of two of them
