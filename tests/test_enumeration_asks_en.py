"""English asks for the parts of a prose enumeration, of a sub-section by its heading's English gloss, and of the body
whose report a quote is from (fictional town report; no report text of the corpus):

- "what stages does its procedure for requests cover", "in what way … — three words", "which two qualities …": the
  sentence listing the parts inline (A、B、C, A和B) is quoted, also where the report never writes the noun the ask
  counts the parts by (环节 'stages'; assistant/enumerations_en.py, glossary enumeration_ask_en);
- "what did it do on managing government information, and what oversight steps does it list": the words reach the
  sub-sections (三)政府信息管理 / (四)监督保障 (glossary en_to_zh) and their bodies answer;
- "which town's 2030 report says …": the town is named in the lead line before the quote (report_owner_ask).
"""

from __future__ import annotations

import pytest

from assistant.core.glossary import GLOSSARY
from assistant.enumerations_en import enumeration_asked, holds_enumeration
from assistant.query import glossary_terms
from assistant.core.types import Report
from tests.fake_index import LineIdf, answer_from_lines, index_of

TOWN = (
    "青禾县白石镇人民政府2030年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "本镇不断提升公开工作的规范性和透明度,为群众主动、便捷、高效地提供政府信息公开服务。\n"
    "(一)依申请公开\n"
    "本镇严格执行依申请公开登记、受理、答复、存档工作制度,做到件件有回音。\n"
    "(三)政府信息管理\n"
    "完善信息发布审核机制,确保内容准确;加强经办人员业务培训;清理过期信息。\n"
    "(四)监督保障\n"
    "制定年度考核办法,将公开工作纳入考核;对镇政府网站开展日常检查。\n"
    "五、存在的主要问题及改进情况\n"
    "个别环节衔接不够顺畅,公开工作质量和品质有待提升。\n"
)
TOWN_REPORT = Report(doc_id="e" * 16, sources=["qinghe_baishi_zhen_2030.txt"], agency="青禾县白石镇人民政府",
                     region="青禾县", year=2030, aliases=["baishi", "baishi town"])


@pytest.mark.parametrize("norm, count", [
    ("what stages does its procedure for requests cover", None),
    ("in what way does it provide disclosure services — three words", 3),
    ("which two qualities of its disclosure work did it keep boosting", 2),
])
def test_an_english_ask_for_the_parts_of_an_enumeration(norm, count):
    asked = enumeration_asked(norm)
    assert asked is not None and asked[1] == count
    assert not any(w in asked[0].split() for w in ("stages", "words", "qualities"))


@pytest.mark.parametrize("norm", [
    "how many stages does its procedure have",
    "what did it do on managing government information",
    "三个环节是什么",
    "what are their next steps",  # (the plans' items, not one sentence's parts)
    "which links on its website were checked",
])
def test_no_enumeration_ask(norm):
    assert enumeration_asked(norm) is None


@pytest.mark.parametrize("sentence, n, holds", [
    ("严格执行登记、受理、答复、存档工作制度", None, True),
    ("为群众主动、便捷、高效地提供服务", 3, True),
    ("不断提升公开工作的规范性和透明度", 2, True),
    ("不断提升公开工作的规范性和透明度", None, False),
    ("为群众主动、便捷、高效地提供服务", 2, False),
    ("全年共收到申请,均已按时答复", None, False),
])
def test_a_sentence_holding_an_enumeration(sentence, n, holds):
    assert holds_enumeration(sentence, n) is holds


def test_the_noun_counting_the_parts_is_not_searched_and_the_listing_sentence_answers():
    a = answer_from_lines(TOWN_REPORT, TOWN, "Baishi town 2030: what stages does its procedure for disclosure requests cover?")
    assert a.answered and all(w in a.text for w in ("登记", "受理", "答复", "存档")), a.text
    assert "衔接" not in a.text, a.text  # (the sentence holding 环节 'stages' lists none)


def test_three_words_and_two_qualities_quote_their_enumerations():
    a = answer_from_lines(TOWN_REPORT, TOWN, "Baishi town 2030: in what way does it say it provides disclosure services "
                                             "— three words — and which two qualities of its work did it keep boosting?")
    assert a.answered and all(w in a.text for w in ("主动", "便捷", "高效", "规范性", "透明度")), a.text


@pytest.mark.parametrize("phrase, term", [
    ("what did it do on managing government information", "政府信息管理"),
    ("what oversight steps does it list", "监督保障"),
    ("what stages does its work system cover, start to finish", "工作制度"),
])
def test_a_sub_heading_reached_by_its_english_gloss(phrase, term):
    terms = glossary_terms(phrase)
    assert term in terms and "办结" not in terms


def _section_passages(report: Report, original: str) -> list:
    """Each sub-section (its heading line and its body line) as one retrieved passage, as the store chunks them."""
    from assistant.core.types import Chunk, Passage

    lines = original.splitlines(keepends=True)
    out = []
    starts = [sum(len(x) for x in lines[:i]) for i in range(len(lines))]
    for i in range(1, len(lines) - 1, 2):
        s, e = starts[i], starts[i + 1] + len(lines[i + 1].rstrip("\n"))
        out.append(Passage(Chunk(chunk_id=f"{report.doc_id}:{i:04d}", doc_id=report.doc_id, source=report.sources[0],
                                 text=original[s:e], clean_text=original[s:e], start=s, end=e, clean_start=s,
                                 section=lines[i].strip()), 1.0 - i / 20))
    return out


def test_the_sub_sections_asked_by_their_english_gloss_answer_with_their_bodies():
    from assistant.answer import ExtractiveEngine
    from assistant.query import parse_question

    index = index_of(TOWN_REPORT, TOWN)
    index.bm25 = LineIdf(TOWN)
    q = parse_question("Baishi town 2030: what did it do on managing government information, and what oversight steps "
                       "does it list?", [TOWN_REPORT])
    a = ExtractiveEngine(index, 0.34).answer(q, _section_passages(TOWN_REPORT, TOWN))
    assert a.answered and all(w in a.text for w in ("审核机制", "业务培训", "考核办法", "日常检查")), a.text


@pytest.mark.parametrize("norm, asked", [
    ("which town's 2030 disclosure report starts off by saying it keeps boosting transparency?", True),
    ("which county 2030 report lists the most channels?", True),
    ("哪个镇的2030年年报说开展了日常检查", True),
    ("which agency compiled the report?", False),
    ("which district received more requests in 2030?", False),
])
def test_an_ask_for_the_place_whose_report_it_is(norm, asked):
    assert bool(GLOSSARY.patterns["report_owner_ask"].search(norm)) is asked


def test_the_town_whose_report_is_quoted_is_named_first():
    a = answer_from_lines(TOWN_REPORT, TOWN, "Which town's 2030 disclosure report says it ran routine checks of the town's "
                                             "website, under oversight?")
    assert a.answered and a.text.startswith("青禾县白石镇人民政府"), a.text
