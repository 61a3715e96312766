"""Round 21 (fixer V): a rate asked is a figure, not an outcome presumed ("the resolution rate", "by what %", "化解率"),
so a statement of none never overrides the figure the report states for it; English words for prose figures the
glossary lacked ("year on year" 同比, "online complaints" 网上投诉, "public review" 公开评议, "termination procedure"
终结程序, "full electronic text" 全文电子化, "key disclosure areas" 重点公开领域, "spell out in detail" 细化); a count in
Chinese numerals before 个 and a counted noun ("细化了九个重点公开领域"); a later ask of a multi-ask answered by the same
sentence as an earlier ask takes the sentence naming its own word.  Fictional reports only."""

from __future__ import annotations

import pytest

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Report
from assistant.outcome_premise import presumes_outcome
from assistant.query import normalise_query
from tests.fake_index import answer_from_lines

DOC = "v" * 16
ORIGINAL = (
    "松岭县信访局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "年内受理群众来信和网上投诉事项520件,同比下降31.5%,办结率97.2%,全县初次信访事项一次性化解率为95.46%。\n"
    "本局未接到群众主动要求公开政府信息,且无投诉举报等情况。\n"
)
REPORT = Report(doc_id=DOC, sources=["songling_2023.txt"], agency="松岭县信访局", region="松岭县", year=2023,
                aliases=["songling"])


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question, idf=False)


@pytest.mark.parametrize("question", [
    "what was the county's one-time resolution rate for first-time petitions?",
    "by what % were the complaints resolved?",
    "what share of the petitions were resolved",
    "初次信访事项的一次性化解率是多少",
])
def test_a_rate_asked_presumes_no_outcome(question):
    assert not presumes_outcome(normalise_query(question))


@pytest.mark.parametrize("question", [
    "what happened with the lawsuit — did they win?",
    "那起行政诉讼最后结果如何",
])
def test_an_outcome_asked_still_presumes_it(question):
    assert presumes_outcome(normalise_query(question))


def test_the_rate_the_report_states_answers_not_its_statement_of_none():
    a = _ask("Songling county petitions bureau 2023: by what % did letters and online complaints fall year on year, "
             "and what was the county's one-time resolution rate for first-time petitions?")
    assert a.answered
    assert "31.5" in a.text and "95.46" in a.text
    assert "premise" not in a.text


@pytest.mark.parametrize("english, chinese", [
    ("year on year", "同比"),
    ("online complaints", "网上投诉"),
    ("public review", "公开评议"),
    ("termination procedure", "终结程序"),
    ("full electronic text", "全文电子化"),
    ("key disclosure areas", "重点公开领域"),
    ("spell out in detail", "细化"),
])
def test_english_words_of_prose_figures_are_glossed(english, chinese):
    assert chinese in GLOSSARY.en_to_zh[english]


# --- counts in Chinese numerals before 个 and a counted noun ----------------------------------------------------

@pytest.mark.parametrize("sentence, value, label", [
    ("印发了本县工作要点,细化了七个重点公开领域。", 7, "细化了重点公开领域"),
    ("围绕三个领域推进公开。", 3, "围绕领域推进公开"),
])
def test_a_count_in_chinese_numerals_before_ge_and_a_counted_noun(sentence, value, label):
    from ingest.clean import clean
    from ingest.prose import extract_cn_figures

    got = extract_cn_figures(clean(sentence).text)
    assert [(f.value, f.unit, f.row) for f in got] == [(value, "个", label)]


@pytest.mark.parametrize("sentence", ["坚持一个中心,做到三个到位。", "两个维护落到实处。"])
def test_ge_before_other_words_is_no_count(sentence):
    from ingest.clean import clean
    from ingest.prose import extract_cn_figures

    assert extract_cn_figures(clean(sentence).text) == []


# --- a later ask answered by the same sentence as an earlier one ----------------------------------------------

def _hit(doc: str, start: int, end: int):
    from assistant.core.types import Chunk
    from assistant.sentences import SentenceHit

    chunk = Chunk(chunk_id=f"{doc}:0", doc_id=doc, source="x.txt", text="", clean_text="", start=0, end=0, clean_start=0)
    return SentenceHit(chunk=chunk, span=(start, end), score=1.0, clause=(start, end), figure=None)


SENTENCES = "本局先行制定了考评办法等9项制度。随后补充制定了备案制度等3项新制度。"


def test_a_later_ask_takes_the_sentence_naming_its_own_word():
    from assistant.own_sentences import own_sentence_first, own_words

    first, second = _hit("d", 0, 17), _hit("d", 17, len(SENTENCES))
    words = own_words("后来又补了几项新制度", [], ["按要求先定了多少项制度"], [])
    got = own_sentence_first([first, second], [first], words, lambda h: SENTENCES[slice(*h.clause)])
    assert got == [second, first]


def test_without_a_sentence_of_its_own_the_order_stays():
    from assistant.own_sentences import own_sentence_first, own_words

    first, second = _hit("d", 0, 17), _hit("d", 17, len(SENTENCES))
    words = own_words("其中几项是考评办法", [], ["先定了多少项制度"], [])  # 考评 is in the first sentence only
    assert own_sentence_first([first, second], [first], words, lambda h: SENTENCES[slice(*h.clause)]) == [first, second]
    # (not the first hit of an earlier ask: nothing to move)
    assert own_sentence_first([second, first], [first], {"新制"}, lambda h: SENTENCES[slice(*h.clause)]) == [second, first]


AREAS_DOC = "w" * 16
AREAS = (
    "白桦市人民政府2015年政府信息公开工作年度报告\n"
    "一、概述\n"
    "结合以往对六个重点领域信息公开工作的部署,印发了本市工作安排,细化了九个重点公开领域。\n"
)
AREAS_REPORT = Report(doc_id=AREAS_DOC, sources=["baihua_2015.txt"], agency="白桦市人民政府", region="白桦市", year=2015,
                      aliases=["baihua"])


@pytest.mark.parametrize("question, value", [
    ("Baihua city 2015: how many key disclosure areas did it spell out in detail?", "9"),
    ("白桦市2015年细化了几个重点公开领域？", "9"),
    ("白桦市2015年以往部署了几个重点领域的信息公开工作？", "6"),
])
def test_the_count_of_areas_whose_verb_the_ask_says(question, value):
    a = answer_from_lines(AREAS_REPORT, AREAS, question, idf=False)
    assert a.answered and f"{value} 个" in a.text.replace("：", ": ").replace(f"{value}个", f"{value} 个")
