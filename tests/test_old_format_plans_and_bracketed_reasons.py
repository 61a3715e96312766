"""Fictional 青禾县样例局 in the old (2008–2019) format: a problems-and-measures section whose problems stand straight
under its heading and whose measures follow a lead of their own, and a refusal's reason in brackets after its figure
("不同意公开的2件（涉及商业秘密）")."""

from assistant.core.types import Fact
from assistant.problem_items import lists_of_both_sides, lists_of_side_asked
from assistant.refusal_reasons import asks_refusal, refusal_reason

_SECTION = "存在的主要问题及改进措施"


def _item(label: str, text: str, start: int) -> Fact:
    return Fact(doc_id="d", table="narrative", row=label, column="", kind="item", label_zh=label, text_value=text,
                raw=text, start=start, end=start + len(text), quote_start=start, quote_end=start + len(text))


def _section() -> list[Fact]:
    lead = f"{_SECTION} / 今后，本局将重点做好以下工作"
    return [_item(f"{_SECTION} / 第1项", "档案信息更新不够及时", 10),
            _item(f"{_SECTION} / 第2项", "公开栏内容有待规范", 30),
            _item(f"{lead} / 第1项", "建立信息发布审核制度", 60),
            _item(f"{lead} / 第2项", "加强公开栏的日常管理", 80)]


def test_an_ask_of_the_measures_gets_the_list_its_lead_heads():
    items = _section()
    assert [f.text_value for f in lists_of_side_asked(items, "改进 措施")] == ["建立信息发布审核制度", "加强公开栏的日常管理"]
    # the problems (no lead of their own) are no list of measures; an ask of the problems keeps the fallback
    assert lists_of_side_asked(items, "存在 问题") == []


def test_things_one_plan_sentence_enumerates_are_no_list_of_measures():
    items = _section()[:2] + [_item(f"{_SECTION} / 下一步，本局将围绕…等平台 / 第1项", "公开栏", 60),
                              _item(f"{_SECTION} / 下一步，本局将围绕…等平台 / 第2项", "网站", 70)]
    assert lists_of_side_asked(items, "下一步 打算") == []
    assert lists_of_both_sides(items, "存在 问题 改进 措施") == []


def test_an_ask_of_both_sides_gets_the_first_item_of_each_list():
    items = _section()
    assert [f.text_value for f in lists_of_both_sides(items, "存在 问题 改进 措施")] == ["档案信息更新不够及时", "建立信息发布审核制度"]
    assert lists_of_both_sides(items, "改进 措施") == []  # one side asked
    assert lists_of_both_sides(items[:2], "存在 问题 改进 措施") == []  # a section of problems only


def test_a_bracket_after_the_refusal_gives_its_reason():
    assert asks_refusal("青禾县样例局不同意公开的2件是什么原因")
    assert refusal_reason("在已答复的12件申请中，同意公开的8件，不同意公开的2件（涉及商业秘密），申请信息不存在的2件")
    assert refusal_reason("不同意公开的2件(涉及商业秘密)")
    # a bracket that only restates the count or an outcome after the refusal is no reason
    assert not refusal_reason("同意公开的8件，不同意公开的2件（占16.7%），不属于本机关公开范围的2件")
