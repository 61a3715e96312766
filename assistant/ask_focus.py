"""Each ask's own words (Ask.focus): its text without what all the asks of a question share at the start and the end."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from assistant.core.glossary import GLOSSARY

if TYPE_CHECKING:
    from assistant.asks import Ask

Q = GLOSSARY.patterns  # question words (glossary.toml [patterns])


def set_focus(asks: list[Ask]) -> None:
    """Each ask's own words: its text without what all the asks of the question share at the start and the end
    ("新疆网站发的自治区政府文件多少" / "…发的政府办公厅文件多少" -> "自治区政府" / "政府办公厅")."""
    if len(asks) < 2:
        return
    # (an opening clause that only names the report, "那篇…的年终报告（范文），…", is the frame of every ask)
    texts = [re.sub(r"^(?:and|其中|那么)\s*", "", a.text) for a in asks]
    texts = [Q["report_lead_zh"].sub("", t, count=1) or t for t in texts]
    # characters of Chinese, words of English ("updates" and "functions" share no "s")
    # (lists of both kinds: a question may mix them, "how many 主动公开 and how many 依申请")
    units = [list(t) if re.search(r"[\u4e00-\u9fff]", t) else t.split(" ") for t in texts]
    pre = len(os.path.commonprefix(units))
    if pre and re.search(r"[\u4e00-\u9fff]", texts[0]):
        pre -= _word_across(units, pre)
    suf = len(os.path.commonprefix([u[::-1] for u in units]))
    # Chinese asks sharing nothing with every other ("…办了多少个证、追缴了多少资金？另外收到多少面锦旗？"): each one's own
    # words are those after the start it shares with a sibling of its own sentence (its frame), not its whole text
    # (not English: "how many were A and how many B" are a comparison's sides, found by their whole words)
    pres = ([_start_shared_with_a_sibling(units, i) if re.search(r"[\u4e00-\u9fff]", texts[i]) else 0
             for i in range(len(units))] if not pre and not suf else None)
    for i, (a, t, u) in enumerate(zip(asks, texts, units)):
        p = pres[i] if pres else pre
        own = u[p : len(u) - suf] if p + suf < len(u) else u
        own = ("" if re.search(r"[\u4e00-\u9fff]", t) else " ").join(own)
        a.focus = own.strip(" ，,、的") or t
    # "the 808 items X put out — how many went on A, how many on B": what the first ask writes before its "how many"
    # is the frame of every ask (the later ones start at theirs), not the first one's own words
    # (or its "number of": "Qinghe 2023, outreach: number of training sessions, and how many quizzes")
    first = re.search(r"(?<![a-z])(?:how (?:many|much)|(?:the\s+)?number of)(?![a-z])", asks[0].focus)
    if first and first.start() > 0 and all(re.match(r"(?:and\s+)?how (?:many|much)(?![a-z])", t) for t in texts[1:]):
        asks[0].focus = asks[0].focus[first.start():]


def _start_shared_with_a_sibling(units: list[list[str]], i: int) -> int:
    """The longest start ask `i` shares with another ask (units: characters of Chinese, words of English), short of
    a word it cuts in two; 0 when it shares none."""
    best = 0
    for j, other in enumerate(units):
        if j == i:
            continue
        pair = [units[i], other]
        n = len(os.path.commonprefix(pair))
        if n and re.search(r"[\u4e00-\u9fff]", "".join(units[i])):
            n -= _word_across(pair, n)
        best = max(best, n)
    return best


# Chinese words of the vocabulary (glossary renderings, counted nouns): a word the shared start of the asks cuts
# in two belongs to the asks' own words
_ZH_WORDS = frozenset(z for zs in GLOSSARY.en_to_zh.values() for z in zs if len(z) >= 2) | frozenset(GLOSSARY.counted_zh)


def _word_across(units: list[list[str]], pre: int) -> int:
    """How many of the last shared characters start a word that goes on into an ask's own characters ("微" of
    "微信公众号…" / "微博…": 微信 and 微博 are the asks' own words); 0 when the shared start ends between words."""
    for k in (1, 2):
        if any("".join(u[pre - k : pre + j]) in _ZH_WORDS for u in units for j in (1, 2, 3) if pre + j <= len(u)):
            return k
    return 0
