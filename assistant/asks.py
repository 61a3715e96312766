"""A question split into its asks: every figure or fact the user wants, one ask each.

"收到多少件？其中自然人提出多少件？"        -> 收到多少件 | 自然人提出多少件 (within the first)
"行政复议和行政诉讼各多少件"               -> 行政复议多少件 | 行政诉讼多少件
"予以公开、部分公开分别是多少"             -> 予以公开是多少 | 部分公开是多少
"how many X did A receive, and how many of them were from individuals?"
                                           -> how many X did A receive | how many of them were from individuals

Pure functions over the normalised question (simplified, half-width, lower-case ASCII).
The whole question still decides the scope (reports, years); an ask only says *what* is asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.glossary import GLOSSARY

Q = GLOSSARY.patterns  # question words (glossary.toml [patterns])
_CONTACT_WORDS = frozenset(w for w in GLOSSARY.contact_words if w.isascii()) | {"phone number", "email address", "e-mail address"}



@dataclass
class Ask:
    text: str  # the ask, normalised
    within: bool = False  # narrows the ask before it ("其中 …", "… of them")
    breakdown: bool = False  # wants the sub-figures (其中 / 分别 / 按类别 / by channel)


def wants_total(norm: str) -> bool:
    """"复议和诉讼一共多少件", "… in total": the user expects the figures added up."""
    return Q["total"].search(norm) is not None


def wants_breakdown(text: str) -> bool:
    return Q["breakdown"].search(text) is not None


def _pieces(norm: str) -> list[str]:
    """Sentence-level pieces: at ? ; and before 其中 / 'and how many' / 'and what'."""
    parts = re.split(r"[?？;；。!！]+", norm)
    out: list[str] = []
    for p in parts:
        p = p.strip(" ，,")
        if not p:
            continue
        for q in re.split(r"[，,]\s*(?=其中|这其中|当中)|[，,]?\s*(?=(?<![a-z])and (?:how|what|which|when|where|who)(?![a-z]))", p):
            q = q.strip(" ，,")
            if q:
                out.append(q)
    return out


def _each_zh(piece: str) -> list[str] | None:
    """"A和B各多少件" -> ["A多少件", "B多少件"]; None when the piece lists nothing."""
    m = Q["each_zh"].search(piece)
    if not m or m.start() == 0:
        return None
    head, tail = piece[: m.start()], piece[m.end() :]
    conj = list(Q["conj_zh"].finditer(head))
    if not conj:
        return None
    first = conj[0]
    before = head[: first.start()]
    lead_m = Q["np_start_zh"].match(before)
    lead = lead_m.group(0) if lead_m else ""
    items = [x for x in Q["conj_zh"].split(head[len(lead) :]) if x.strip()]
    if len(items) < 2:
        return None
    items = [re.sub(r"的$", "", x.strip()) for x in items]
    return [f"{lead}{x}{tail}" for x in items]


_CONTACT_ZH = tuple(w for w in GLOSSARY.contact_words if not w.isascii())
# the same without a question word, at the end of the piece: "田黄镇人民政府的地址和联系电话？"
_PAIR_ZH_BARE = re.compile(r"^(.*的)([\u4e00-\u9fff]{1,6}(?:(?:和|与|及|、)[\u4e00-\u9fff]{1,6})+)()$")
_PAIR_ZH = re.compile(r"^(.*的)([\u4e00-\u9fff]{1,6}(?:(?:和|与|及|、)[\u4e00-\u9fff]{1,6})+)((?:分别)?(?:是什么|是多少|是哪些|有哪些|在哪里|多少|是))")


def _pair_zh(piece: str) -> list[str] | None:
    """"…的地址和电话是什么" -> ["…的地址是什么", "…的电话是什么"]: short nouns joined, one question word."""
    m = _PAIR_ZH.match(piece) or _PAIR_ZH_BARE.match(piece)
    if not m:
        return None
    items = [x for x in Q["conj_zh"].split(m.group(2)) if x]
    if not m.group(3) and not all(any(w in x for w in _CONTACT_ZH) for x in items):
        return None  # "…的地址和电话？" asks for both fields; other bare "A和B" phrases are one thing
    return [f"{m.group(1)}{x}{m.group(3)}" for x in items] if len(items) >= 2 else None


def _each_en(piece: str) -> list[str] | None:
    """"how many reconsiderations and lawsuits …" -> one ask per listed noun."""
    m = re.match(r"^(.*?(?:how many|how much|number of|what were the|what was the|what are the|what|which)\s+)(.+?)(\s+(?:did|does|do|were|was|are|is|has|have|had|in|for|of)\b.*)?$", piece)
    if not m:
        return None
    lead, nouns, tail = m.group(1), m.group(2), m.group(3) or ""
    items = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", nouns) if x.strip()]
    if len(items) < 2 or any(len(x.split()) > 4 for x in items):
        return None
    if not all(x.split()[-1].endswith("s") or x in _CONTACT_WORDS for x in items):
        return None  # "policy and regulation items" is one thing; "reconsiderations and lawsuits" are two
    tail = Q["each_en"].sub("", tail).strip()
    return [f"{lead}{x} {tail}".strip() for x in items]


_UNITS_ZH = re.compile(r"^(.*?)((?:多少|几)[\u4e00-\u9fff]{0,2})((?:[、和及与,，]\s*(?:多少|几)[\u4e00-\u9fff]{0,2})+)(.*)$")


def _units_zh(piece: str) -> list[str] | None:
    """"接待信访群众多少批、多少人次" -> ["…多少批", "…多少人次"]: one ask per unit asked."""
    m = _UNITS_ZH.match(piece)
    if not m:
        return None
    units = [m.group(2)] + [u.strip() for u in re.split(r"[、和及与,，]\s*", m.group(3)) if u.strip()]
    return [f"{m.group(1)}{u}{m.group(4)}" for u in units]


def split_asks(norm: str, names: tuple[str, ...] | list[str] = ()) -> list[Ask]:
    """The asks of a question, in order. A question with one ask gives one Ask (the whole text).
    `names` (agencies, places the question names) are never split ("自然资源和规划局" is one name)."""
    masks = {}
    for i, name in enumerate(sorted({n for n in names if len(n) >= 2 and n in norm}, key=len, reverse=True)):
        key = chr(0xE000 + i)
        masks[key] = name
        norm = norm.replace(name, key)
    asks = _split(norm)
    for a in asks:
        for key, name in masks.items():
            a.text = a.text.replace(key, name)
    return asks


def _split(norm: str) -> list[Ask]:
    asks: list[Ask] = []
    pieces = _pieces(norm)
    for i, piece in enumerate(pieces):
        if i and not Q["asking"].search(piece) and not Q["within"].search(piece):
            # a clause without a question word belongs to the ask before it ("…多少件, 同比增长多少")
            asks[-1].text += "，" + piece
            continue
        within = bool(Q["within"].search(piece)) and bool(asks)
        breakdown = wants_breakdown(piece)
        split = (_units_zh(piece) or _each_zh(piece) or _pair_zh(piece)) if re.search(r"[\u4e00-\u9fff]", piece) else None
        if split is None and (Q["each_en"].search(piece) or re.search(r"(?<![a-z])and(?![a-z])", piece)):
            split = _each_en(piece)
        if split:
            asks += [Ask(s, within=within) for s in split]
        else:
            asks.append(Ask(piece, within=within, breakdown=breakdown))
    return asks or [Ask(norm)]
