"""Fictional 松岙乡人民政府: a problems-and-improvements section with two lists under leads of their own ("…还存在一些
不足：一是…" and "…我乡将从以下方面改进：一是…"), asked of both sides in words the search terms drop ("有啥不足，打算怎么
改"): the search finds only the problems' list, and the answer gives both lists."""

from assistant.core.types import Fact
from assistant.list_items import ItemSearch

_SECTION = "存在的主要问题及改进情况"


def _item(label: str, text: str, start: int) -> Fact:
    return Fact(doc_id="d", table="narrative", row=label, column="", kind="item", label_zh=label, text_value=text,
                raw=text, start=start, end=start + len(text), quote_start=start, quote_end=start + len(text))


class _Index:
    def __init__(self, facts: list[Fact]) -> None:
        self._facts = facts

    def facts(self, doc_ids: list[str]) -> list[Fact]:
        return [f for f in self._facts if f.doc_id in doc_ids]


class _Search(ItemSearch):
    def __init__(self, facts: list[Fact]) -> None:
        self.fact_index = _Index(facts)


def _facts() -> list[Fact]:
    problems = f"{_SECTION} / 2023年我乡政府信息公开工作还存在一些不足"
    plans = f"{_SECTION} / 2024年，我乡将从以下方面改进"
    return [_item(f"{problems} / 第1项", "公开栏内容更新不够及时", 10),
            _item(f"{problems} / 第2项", "业务能力有待提升", 30),
            _item(f"{plans} / 第1项", "建立公开栏定期更新机制", 60),
            _item(f"{plans} / 第2项", "每季度开展一次业务培训", 80)]


def test_an_ask_of_both_sides_whose_terms_keep_only_the_problems_gets_both_lists():
    facts = _facts()
    search = _Search(facts)
    found = [(facts[0], 1.0), (facts[1], 0.9)]
    got = search.asked_list(found, {"问题|不足": 1.0}, "松岙乡2023年信息公开工作有啥不足，打算怎么改？")
    assert [f.text_value for f in got] == [f.text_value for f in facts]


def test_an_ask_of_the_problems_only_keeps_the_problems():
    facts = _facts()
    search = _Search(facts)
    found = [(facts[0], 1.0), (facts[1], 0.9)]
    got = search.asked_list(found, {"问题|不足": 1.0}, "松岙乡2023年信息公开工作有啥不足？")
    assert [f.text_value for f in got] == ["公开栏内容更新不够及时", "业务能力有待提升"]
