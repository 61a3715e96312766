"""A list matched by the report's own agency name alone answers no Chinese ask that wants no list."""

from assistant.core.types import Fact
from assistant.owner_name_items import without_owner_name_items

_AGENCY = "某市公共服务中心"


def _item(text: str) -> Fact:
    return Fact(doc_id="d", agency=_AGENCY, table="narrative", row="信息公开情况", column="第1项", kind="item",
                label_zh=f"信息公开情况 / {_AGENCY}在…等法定媒介主动公开工作动态 / 第1项", text_value=text, raw=text,
                start=1, end=3, quote_start=0, quote_end=9)


def test_items_matched_by_the_owner_name_alone_are_dropped():
    facts = [_item("某市日报"), _item("门户网站")]
    assert without_owner_name_items(facts, f"{_AGENCY}年报说，中心是以建设什么样的服务中心为目标") == []


def test_items_sharing_the_asks_own_words_stay_and_list_asks_are_untouched():
    facts = [_item("某市日报"), _item("门户网站")]
    assert without_owner_name_items(facts, f"{_AGENCY}通过什么法定媒介公开工作动态") == facts
    assert without_owner_name_items(facts, f"{_AGENCY}通过哪些渠道公开") == facts
    assert without_owner_name_items(facts, "which outlets did the centre use") == facts
