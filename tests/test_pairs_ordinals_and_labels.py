"""Kinds of question and wording fixed together (fictional text throughout):

- an ask of which things beside another ask's count word ("把哪两个网站当第一平台？另外一共分几个部分") asks no figure
  of its own (assistant.ask_question.ask_question, glossary [patterns] which_ask);
- an ordinal as a report written in English states it ("Article 12") answers "第几条" (glossary ordinal_en);
- a pinyin gloss a cut-off copy leaves open at its line's end is dropped like a closed one (ingest.clean);
- the 个 of a count in Chinese numerals goes with the numeral in the figure's label (ingest.prose);
- the English gloss of "解答问题" is "questions answered", not the "problems" of 问题 (prose.toml glossary);
- an ask repeating another in other words adds no second line for the figure the other's quoted sentence states;
- a 网址 line names the site as a traditional copy writes it, in simplified characters.
"""

from __future__ import annotations

import pytest

from assistant.core.prose import PROSE
from assistant.core.text import to_simplified
from assistant.core.types import Citation, Fact


def _question(text: str):
    from assistant.query import parse_question

    return parse_question(text, [])


@pytest.mark.parametrize("first, second", [
    ("青禾县2020年把哪两个网站当作信息公开的主要平台", "另外这份年报一共分几个部分"),
    ("翠湖区2021年通过哪些栏目发布信息", "全年一共受理多少件申请"),
])
def test_an_ask_of_which_things_takes_no_count_word_of_another_ask(first, second):
    from assistant.ask_question import ask_question
    from assistant.asks import Ask

    q = _question(f"{first}？{second}？")
    assert q.wants_number  # the whole question counts something
    sub = ask_question(q, Ask(text=first, focus=first), None)
    assert not sub.wants_number  # ... but its ask of which sites names them, as it would asked alone


@pytest.mark.parametrize("question, first", [
    ("Through which channels did the Qinghe bureau disclose information in 2022, and how many items on each?",
     "through which channels did the qinghe bureau disclose information in 2022"),
    ("青禾县2022年通过哪些平台公开信息？各发布多少条？", "青禾县2022年通过哪些平台公开信息"),
])
def test_an_ask_of_which_things_keeps_the_count_of_each_of_them(question, first):
    from assistant.ask_question import ask_question
    from assistant.asks import Ask

    q = _question(question)
    assert ask_question(q, Ask(text=first, focus=first), None).wants_number == q.wants_number


def test_an_ask_of_which_things_with_its_own_count_word_still_counts():
    from assistant.ask_question import ask_question
    from assistant.asks import Ask

    q = _question("青禾县2020年哪个栏目发布了多少条信息？另外一共分几个部分？")
    sub = ask_question(q, Ask(text="青禾县2020年哪个栏目发布了多少条信息", focus=""), None)
    assert sub.wants_number


@pytest.mark.parametrize("sentence, ordinal", [
    ("This report is compiled under Article 12 of the Rules on Open Affairs.", "Article 12"),
    ("The county ranked 3rd in the provincial assessment.", "3rd"),
    ("依据《青禾县公开办法》第十二条规定编制本报告。", "第十二"),
])
def test_an_ordinal_in_english_or_chinese_answers_an_ask_of_which_article(sentence, ordinal):
    from assistant.shapes import ORDINAL as _ORDINAL
    from assistant.shapes import shape_clause

    assert _ORDINAL.search(sentence).group() == ordinal
    got = shape_clause(sentence, {"rules": 1.0, "公开办法": 1.0, "assessment": 1.0}, _ORDINAL)
    assert got is not None and got[1] == ordinal  # (the space of "Article 12" stays)


def test_a_plain_number_is_no_ordinal():
    from assistant.shapes import ORDINAL as _ORDINAL

    assert _ORDINAL.search("The office received 12 requests and answered 1.5 of them per day.") is None


def test_a_pinyin_gloss_left_open_at_a_line_end_is_dropped():
    from ingest.clean import Edited, drop_glued_pinyin

    text = "細(xì)化了五個重點領(lǐn\n下一行(ā)文字"
    out = drop_glued_pinyin(Edited(text, list(range(len(text)))))
    assert out.text == "細化了五個重點領\n下一行文字"
    assert text[out.index[out.text.index("下")]] == "下"


def test_an_open_bracket_of_plain_letters_at_a_line_end_stays():
    from ingest.clean import without_glued_pinyin

    assert without_glued_pinyin("设立审查机构(OA\n") == "设立审查机构(OA\n"


def test_the_ge_of_a_count_in_chinese_numerals_goes_with_the_numeral_in_its_label():
    from ingest.clean import clean
    from ingest.prose import extract_cn_figures

    got = extract_cn_figures(clean("白桦镇下发工作安排,细化了八个重点公开领域。").text)
    assert [(f.value, f.unit, f.row) for f in got] == [(8, "个", "细化了重点公开领域")]  # not "细化了个重点公开领域"


def test_questions_answered_is_glossed_as_such_not_as_problems():
    assert PROSE.gloss("解答问题") == "questions answered"
    assert PROSE.gloss("存在问题") == "problems"


def _fact(start: int, end: int, value: float = 230.0) -> Fact:
    return Fact(doc_id="d1", source="qinghe.txt", agency="青禾县样例局", year=2022, table="narrative", row="受理群众来信",
                column="", metric=None, value=value, unit="件", raw="230件", kind="narrative", label_zh="受理群众来信",
                label_en="", section="", start=start, end=end, quote_start=0, quote_end=end)


def _citation(quote: str, highlight_start: int | None = None) -> Citation:
    return Citation(n=1, doc_id="d1", source="qinghe.txt", title="t", quote=quote, start=0, end=len(quote),
                    highlight_start=highlight_start)


def test_a_figure_stated_by_an_earlier_quoted_sentence_is_not_said_again():
    from assistant.writeup import Writeup, stated_by_quoted_sentence

    quote = "全年受理群众来信和网上投诉230件"
    w = Writeup(citations=[_citation(quote)])
    assert stated_by_quoted_sentence(w, _fact(quote.index("230"), len(quote)))


def test_a_figure_is_said_when_the_quoted_sentence_holds_other_figures_or_a_highlight():
    from assistant.writeup import Writeup, stated_by_quoted_sentence

    quote = "受理来信230件,办结215件"
    f = _fact(quote.index("230"), quote.index("230") + 4)
    assert not stated_by_quoted_sentence(Writeup(citations=[_citation(quote)]), f)  # (which of the two it states?)
    one = "受理来信230件"
    assert not stated_by_quoted_sentence(Writeup(citations=[_citation(one, highlight_start=4)]), _fact(4, 8))
    assert not stated_by_quoted_sentence(Writeup(), _fact(4, 8))


def test_a_site_named_in_a_traditional_copy_is_named_in_simplified_characters():
    from assistant.shapes import site_with_name

    quote = "本年度報告在青禾縣人民政府門戶網站(www.qinghe.example)和《青禾日報》全文公開。"
    got = site_with_name(to_simplified(quote), "www.qinghe.example")
    assert got == "青禾县人民政府门户网站（www.qinghe.example）、《青禾日报》"
