"""One list of the words a joiner sits inside (glossary.toml [terms] joiner_words: 参与, 涉及, 及时, 和谐, 紧跟, 跟踪 …)
serves both splitters of listed things: the question's conjunctions ([patterns] conj_zh, built of [terms] conj_zh by
assistant/core/glossary.py joiner_pattern) and the separators of a report's lumped outlets
(assistant/lumped_items.py split_at_joiners).  Fictional text only."""

from __future__ import annotations

import pytest

import tomllib

from assistant.core.glossary import DATA, GLOSSARY, joiner_pattern
from assistant.lumped_items import split_at_joiners

CONJ = GLOSSARY.patterns["conj_zh"]
with open(DATA, "rb") as _fh:
    JOINERS = tomllib.load(_fh)["terms"]["conj_zh"].split()  # ([terms] conj_zh: every joiner a question's list may use)


@pytest.mark.parametrize("word", sorted(w for w in GLOSSARY.joiner_words if any(j in w for j in JOINERS)))
def test_no_splitter_cuts_a_joiner_word(word):
    text = f"青禾县{word}事项"
    assert CONJ.split(text) == [text]
    assert split_at_joiners(text) == [text]


def test_every_joiner_word_holds_a_joiner():
    # (a joiner word holding no joiner guards nothing: a word listed by mistake, or a joiner missing from conj_zh)
    assert all(any(j in w for j in JOINERS) for w in GLOSSARY.joiner_words)


def test_the_total_words_guard_a_joiner_word_as_the_splitter_does():
    total = GLOSSARY.patterns["total"]
    assert total.search("甲加上乙一共几条") and total.search("甲再加上乙")
    for w in (w for w in GLOSSARY.joiner_words if "加上" in w):
        assert not total.search(f"青禾县{w}级部门组织的培训多少人次"), w


@pytest.mark.parametrize("text, parts", [
    ("申请数和答复数", ["申请数", "答复数"]),
    ("满意率跟参评率", ["满意率", "参评率"]),
    ("微博、微信或网站以及报纸", ["微博", "微信", "网站", "报纸"]),
    ("知情权与参与权", ["知情权", "参与权"]),
    ("涉及国家秘密及个人隐私", ["涉及国家秘密", "个人隐私"]),
    ("及时公开与紧跟热点", ["及时公开", "紧跟热点"]),
    ("参加上级培训和自己组织培训", ["参加上级培训", "自己组织培训"]),
    ("微博再加上微信公众号", ["微博", "微信公众号"]),  # (再加上 is 加上 with its adverb: no 再 left on 微博)
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
