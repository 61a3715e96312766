"""The measures of a sub-section the ask names by its heading are the clauses of its body, not the examples of one."""

from assistant.body_clauses import body_clauses
from assistant.core.types import Fact

_HEAD = "(三)网站维护管理\n"
_BODY = "按时更新办事指南,调整优化专栏设置,做好后台权限管理,开展错链、断链、空白栏目等问题排查。"
_TEXT = "一、总体情况\n" + _HEAD + _BODY + "\n(四)监督保障\n"


def _items() -> list[Fact]:
    at = _TEXT.index("开展")
    quote_end = _TEXT.index("。", at)
    out = []
    for n, word in enumerate(["开展错链", "断链", "空白栏目"], 1):
        s = _TEXT.index(word)
        out.append(Fact(doc_id="d", table="narrative", row="网站维护管理", column=f"第{n}项", kind="item",
                        label_zh=f"总体情况 / 网站维护管理 / 等问题排查 / 第{n}项", label_en=f"general situation / item {n}",
                        text_value=word, raw=word, start=s, end=s + len(word), quote_start=at, quote_end=quote_end))
    return out


def test_heading_named_the_body_clauses_answer():
    got = body_clauses(_items(), ["网站维护", "维护管理"], _TEXT)
    assert [f.text_value for f in got] == ["按时更新办事指南", "调整优化专栏设置", "做好后台权限管理", "开展错链、断链、空白栏目等问题排查"]
    assert all(_TEXT[f.quote_start:f.quote_end] == f.text_value for f in got)


def test_the_list_itself_named_keeps_its_examples():
    items = _items()
    assert body_clauses(items, ["网站维护", "问题排查"], _TEXT) is items
    assert body_clauses(items, ["断链"], _TEXT) is items


def test_an_ask_of_the_kinds_the_examples_are_keeps_them():
    items = _items()
    assert body_clauses(items, ["网站维护", "维护管理"], _TEXT, "under website upkeep, through which channels did it work") is items
    assert body_clauses(items, ["网站维护", "维护管理"], _TEXT, "网站维护管理通过什么渠道") is items
    assert len(body_clauses(items, ["网站维护", "维护管理"], _TEXT, "under upkeep of its platform, what did it do")) == 4
