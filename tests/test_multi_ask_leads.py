"""Questions of several asks (session 13, T3): how the question is split into its asks and which ask keeps its answer.
Fictional agencies and text only.

- "whose" is a question word: "…, and whose annual assessment was it written into" is an ask of its own;
- a lead-in phrase between "and" and the comma before the next question word ("…, and going forward, which areas …",
  "? and in the plans part, which two problems …") goes with that next ask, never an ask of its own;
- what an ask sets aside ("besides the national rules, whose regulations …") is no thing of a framed list;
- "more" / "less" of a quality the work is made to have ("making its work more transparent") compares no figures;
- a list of counted parts ("政策解读3条、镇文件2条…") answers no ask of which things of another kind ("按哪些基本原则");
- "whose rules was the report written under" asks the report's sources, and "根据…的有关规定,现将…年度报告如下" states them.
"""

from assistant.aggregate import asks_comparison
from assistant.asks import split_asks
from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.types import Fact
from assistant.counted_part_items import asked_noun_zh, without_unasked_count_items
from assistant.verify import ask_shape


def _texts(q: str) -> list[str]:
    return [a.text for a in split_asks(q.lower())]


def test_whose_after_and_is_an_ask_of_its_own():
    asks = _texts("Qinghe county 2020: which plan did it follow to split the work into tasks, and whose annual "
                  "assessment was the work written into?")
    assert len(asks) == 2
    assert asks[1].removeprefix("and ").startswith("whose annual assessment")
    asks = _texts("Qinghe city work summary: who makes up the review panel, and whose conduct work was the review "
                  "brought in alongside?")
    assert len(asks) == 2 and "review panel" in asks[0] and asks[1].removeprefix("and ").startswith("whose conduct work")


def test_lead_in_phrase_goes_with_the_next_ask():
    asks = _texts("Qinghe petitions office, 2019 report: when did the rules take effect, and going forward, which "
                  "areas of work will it link its information work with?")
    assert len(asks) == 2
    assert asks[0].endswith("take effect")
    assert asks[1].startswith("going forward, which areas")
    asks = _texts("Qinghe bureau 2019: when did the rules take effect? and in the plans part, which two problems "
                  "will it correct?")
    assert len(asks) == 2
    assert asks[1].startswith("in the plans part, which two problems")


def test_a_lead_in_without_a_next_question_word_stays():
    asks = _texts("Qinghe bureau 2019: how many requests came in, and in total?")
    assert asks == ["qinghe bureau 2019: how many requests came in, and in total"]  # one ask; "in total" no ask


def test_set_aside_clause_is_no_thing_of_a_framed_list():
    asks = _texts("Qinghe bureau report (2020): besides the national rules, whose regulations was the report "
                  "written under?")
    assert len(asks) == 1


def test_more_of_a_quality_compares_nothing():
    assert not asks_comparison("qinghe health office 2023 - which area's work did it say it was making more "
                               "transparent, and which rights did it protect?")
    assert not asks_comparison("did qinghe make its disclosure more efficient")
    assert not asks_comparison("how did the office become more responsive, and which channels did it add?")
    assert asks_comparison("which office had more requests?")
    assert asks_comparison("did qinghe make its portal more efficient than baihe did?")
    assert asks_comparison("was the qinghe weibo or the qinghe wechat more active, and by how many posts?")
    assert asks_comparison("were there more administrative penalty decisions than licensing decisions?")


def _item(text: str, n: int) -> Fact:
    return Fact(doc_id="d", agency="青禾镇人民政府", table="narrative", row="基本情况", column=f"第{n}项", kind="item",
                label_zh=f"基本情况 / 第{n}项", text_value=text, raw=text, start=n, end=n + 1, quote_start=0, quote_end=9)


_COUNTED = [_item("包括政策解读4条", 1), _item("镇文件6条", 2), _item("工作动态31条", 3)]


def test_counted_parts_answer_no_ask_of_another_kind():
    assert asked_noun_zh("青禾镇2021年年报里，信息公开是按哪些基本原则来做的") == "基本原则"
    assert without_unasked_count_items(_COUNTED, "青禾镇2021年年报里，信息公开是按哪些基本原则来做的") == []


def test_counted_parts_still_answer_asks_of_their_kinds_and_counts():
    assert without_unasked_count_items(_COUNTED, "青禾镇公开了哪些类别的信息") == _COUNTED
    assert without_unasked_count_items(_COUNTED, "青禾镇公开的信息分别有多少条") == _COUNTED
    words = [_item("公开原则4条", 1), _item("便民原则2条", 2)]
    assert without_unasked_count_items(words, "青禾镇按哪些原则公开") == words  # (the list writes the noun)
    plain = [_item("坚持公开", 1), _item("坚持便民", 2)]
    assert without_unasked_count_items(plain, "青禾镇按哪些基本原则公开") == plain  # (no counted parts)


def test_whose_rules_asks_the_sources_and_the_reporting_formula_states_them():
    assert ask_shape("qinghe bureau report: whose rules was the report written under").field == "sources"
    assert ask_shape("whose rules did the bureau enforce").field != "sources"
    rx = REPORT_FIELDS.evidence["sources"]
    assert rx.search("根据《条例》和青禾县政府办关于政府信息公开工作的有关规定,现将我局2020年度政府信息公开年度报告如下。")
    assert not rx.search("根据有关规定,我局主动公开政府信息120条。")


def test_words_of_overview_prose_an_english_multi_ask_names():
    from assistant.query import glossary_terms

    assert "组成" in glossary_terms("who makes up the qinghe review panel")
    assert "分解" in glossary_terms("which document did qinghe follow to break the work down into tasks")
    terms = glossary_terms("whose annual target assessment was the work written into")
    assert "目标考核" in terms and "考评" in terms and "纳入" in terms
    assert "专项工作经费" in glossary_terms("did qinghe put dedicated money into the work")
    assert "信息员" in glossary_terms("what state was the network of info officers in")


def test_more_of_a_quality_between_two_sides_asked_compares_them():
    # (which side has more of the quality: the sides joined by "or", or which / who the subject of the goal's verb)
    assert asks_comparison("which account became more active in 2023, weibo or wechat?")
    assert asks_comparison("which became more efficient, 2022 or 2023")
    assert asks_comparison("which office made its portal more accessible, qinghe or cuihu?")
    assert asks_comparison("who made the portal more accessible, the cuihu office or the qinghe office?")
    assert not asks_comparison("did the cuihu office make its portal more accessible, and which columns did it add?")
