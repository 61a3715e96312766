"""One list of the words a joiner sits inside (glossary.toml [terms] joiner_words: 参与, 涉及, 及时, 和谐, 紧跟, 跟踪 …)
serves both splitters of listed things: the question's conjunctions ([patterns] conj_zh, built of [terms] conj_zh by
assistant/core/glossary.py joiner_pattern) and the separators of a report's lumped outlets
(assistant/lumped_items.py split_at_joiners).  Fictional text only."""

from __future__ import annotations

import pytest

from assistant.core.glossary import GLOSSARY, joiner_pattern
from assistant.lumped_items import split_at_joiners

CONJ = GLOSSARY.patterns["conj_zh"]


@pytest.mark.parametrize("word", sorted(w for w in GLOSSARY.joiner_words if any(j in w for j in "和与及")))
def test_no_splitter_cuts_a_joiner_word(word):
    text = f"青禾县{word}事项"
    assert CONJ.split(text) == [text]
    assert split_at_joiners(text) == [text]


@pytest.mark.parametrize("text, parts", [
    ("申请数和答复数", ["申请数", "答复数"]),
    ("满意率跟参评率", ["满意率", "参评率"]),
    ("微博、微信或网站以及报纸", ["微博", "微信", "网站", "报纸"]),
    ("知情权与参与权", ["知情权", "参与权"]),
    ("涉及国家秘密及个人隐私", ["涉及国家秘密", "个人隐私"]),
    ("及时公开与紧跟热点", ["及时公开", "紧跟热点"]),
])
def test_the_questions_conjunctions_split_between_the_things_only(text, parts):
    assert CONJ.split(text) == parts


def test_the_lumped_outlets_split_at_and_only():
    assert split_at_joiners("青禾日报和社区信息公开栏") == ["青禾日报", "社区信息公开栏"]
    assert split_at_joiners("知情权及参与权") == ["知情权", "参与权"]
    assert split_at_joiners("微博、微信") == ["微博、微信"]  # (、 splits the list before: not here)


def test_a_joiner_word_guards_its_joiner_before_after_or_inside():
    rx = joiner_pattern(["和"], frozenset({"平和", "和谐", "甲和乙"}))
    import re
    assert re.split(rx, "平和谐甲和乙丙和丁") == ["平和谐甲和乙丙", "丁"]
    assert joiner_pattern([], frozenset()) == r"(?!)"
