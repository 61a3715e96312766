"""Text helpers shared by ingest and answering: normalisation (simplified, half-width), search tokens
(jieba words for Chinese, lower-cased words for ASCII) and sentence spans.  Pure functions."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

_ASCII_WORD = re.compile(r"[a-z][a-z'\-]*|\d+(?:\.\d+)?")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
STOP = frozenset(["的", "了", "和", "与", "及", "等", "在", "是", "对", "为", "年", "月", "日", "中", "其", "将", "并", "或", "从", "以", "由", "于", "之", "共", "全", "各", "该", "本", "我", "有", "无", "未", "被", "把", "向"])


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def tokenize(text: str) -> list[str]:
    """Search tokens of already-normalised text (see ingest.clean.normalise_query)."""
    jb = _jieba()
    out: list[str] = []
    for run in _CJK_RUN.findall(text):
        out.extend(t for t in jb.lcut_for_search(run) if t not in STOP)
    out.extend(_ASCII_WORD.findall(text.lower()))
    return out


# --- normalisation ---------------------------------------------------------------------------

CJK = r"\u3400-\u9fff"


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> simplified; character-for-character so offsets survive."""
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    # phrase rules changed the length somewhere: fall back to one character at a time
    return "".join(c if len(c2 := _t2s().convert(c)) != 1 else c2 for c in text)


_FULLWIDTH = {
    **{0xFF10 + i: ord("0") + i for i in range(10)},
    **{0xFF21 + i: ord("A") + i for i in range(26)},
    **{0xFF41 + i: ord("a") + i for i in range(26)},
    ord("（"): "(", ord("）"): ")", ord("："): ":", ord("％"): "%", ord("｜"): "|",
    ord("．"): ".", ord("／"): "/", ord("＋"): "+", ord("－"): "-", ord("＝"): "=",
    0x3000: " ", 0x00A0: " ", 0x2002: " ", 0x2003: " ", 0x200B: " ", 0xFEFF: " ",
}


def halfwidth(text: str) -> str:
    return text.translate(_FULLWIDTH)


_RADICAL_BLOCKS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


@lru_cache(maxsize=1)
def _radical_table() -> dict[int, str]:
    """Kangxi radicals, CJK Radicals Supplement and compatibility ideographs -> unified ideographs:
    NFKC where Unicode gives one character, else data/radicals.toml.  One character for one, so
    offsets survive."""
    import tomllib
    import unicodedata
    from pathlib import Path

    table: dict[int, str] = {}
    for lo, hi in _RADICAL_BLOCKS:
        for cp in range(lo, hi + 1):
            nf = unicodedata.normalize("NFKC", chr(cp))
            if len(nf) == 1 and nf != chr(cp):
                table[cp] = nf
    with open(Path(__file__).resolve().parent / "data" / "radicals.toml", "rb") as fh:
        table.update({ord(k): v for k, v in tomllib.load(fh)["supplement"].items() if len(k) == 1 and len(v) == 1})
    return table


def unify_radicals(text: str) -> str:
    """⼈⺠政府 -> 人民政府 (PDF text layers from Chrome, Word and WPS carry radical code points)."""
    return text.translate(_radical_table())


def normalise_query(text: str) -> str:
    """The same normalisation for questions: radicals unified, simplified, half-width, lower-case ASCII."""
    return halfwidth(to_simplified(unify_radicals(text))).lower()


# --- sentences ---------------------------------------------------------------------------------

# sentence ends: Chinese and ASCII full stops, ! ? ; and line breaks
_SENTENCE_END = re.compile(r"[。！？；!?;]+[”’」』)]*|\n+")
# the same, plus an ASCII period before a space or the end (English prose)
_SENTENCE_END_EN = re.compile(r"[。！？；!?;]+[”’」』)]*|\.(?=\s|$)|\n+")


def sentence_spans(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    english: bool = False,
    brackets: bool = True,
    keep_after: re.Pattern[str] | None = None,
) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as (s, e) spans, whitespace trimmed, empty ones dropped.

    A stop inside parentheses does not end the sentence ("(地址:…;电话:…)" stays whole) unless
    ``brackets`` is False; ``english`` also ends sentences at ". "; text matching ``keep_after``
    right after a stop (citation markers "…16件。[1]") stays with the sentence before it."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = scanned = start
    depth = 0
    for m in (_SENTENCE_END_EN if english else _SENTENCE_END).finditer(text, start, end):
        if m.start() < pos:
            continue  # inside a kept tail
        for ch in text[scanned : m.start()]:
            depth += ch in "(（"
            depth -= ch in ")）" and depth > 0
        scanned = m.start()
        newline = m.group().startswith("\n")
        if brackets and depth > 0 and not newline:
            continue
        depth = 0 if newline else depth
        stop = m.start() if newline else m.end()
        nxt = m.end()
        if keep_after is not None and not newline:
            while (k := keep_after.match(text, nxt, end)) and k.end() > nxt:
                stop = nxt = k.end()
        _append_trimmed(text, pos, stop, spans)
        pos = nxt
    _append_trimmed(text, pos, end, spans)
    return spans


def _append_trimmed(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


# --- pinyin -------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _pinyin_syllables() -> frozenset[str]:
    from pypinyin import lazy_pinyin  # a heavy import: only when a question has a capitalised word

    return frozenset(lazy_pinyin([chr(c) for c in range(0x4E00, 0x9FA6)]))


def _syllable(piece: str) -> bool:
    return piece in _pinyin_syllables() and (len(piece) > 1 or piece in ("a", "e", "o"))


def is_pinyin_word(word: str) -> bool:
    """'Haidian' -> hai+dian: a romanised Chinese place name, not an English word."""
    w = word.lower()
    ok = [True] + [False] * len(w)
    for i in range(len(w)):
        if ok[i]:
            for j in range(i + 1, min(len(w), i + 6) + 1):
                if _syllable(w[i:j]):
                    ok[j] = True
    return ok[len(w)]


def pinyin_boundaries(word: str) -> frozenset[int]:
    """The offsets of a pinyin word where one syllable ends and the next starts in some reading of the WHOLE word
    ("xiangyang": 0, 2 (xi|ang|yang), 5, 9; never 4: "xian" + "gyang" is no reading), empty when it has none.
    A shorter name inside a word is written in it only from one such offset to another ("xian" is not in "xiangyang")."""
    w = word.lower()
    n = len(w)
    fwd = [True] + [False] * n
    for i in range(n):
        if fwd[i]:
            for j in range(i + 1, min(n, i + 6) + 1):
                if _syllable(w[i:j]):
                    fwd[j] = True
    back = [False] * n + [True]
    for j in range(n, 0, -1):
        if back[j]:
            for i in range(max(0, j - 6), j):
                if _syllable(w[i:j]):
                    back[i] = True
    return frozenset(i for i in range(n + 1) if fwd[i] and back[i]) if fwd[n] else frozenset()


# --- Chinese numerals and enumerators ----------------------------------------------------------

CN_DIGITS = "一二三四五六七八九十"
_CN_VALUE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


# a year written digit by digit in Chinese numerals ("二〇一七年", "二零二一年度", "二二年"): four digits or two, then 年
_CN_DIGIT_YEAR = re.compile(r"(?<![〇零○一二三四五六七八九十百千万两])([〇零○一二三四五六七八九]{4}|[〇零○一二八九][〇零○一二三四五六七八九])(?=年)")


def arabic_years(text: str, short_year: re.Pattern[str] | None = None) -> str:
    """"二〇一七年" -> "2017年": a year written digit by digit in Chinese numerals, as the digits a question's year is
    read from; four digits a year of 1900-2099 only (not a number of something, "一二三四年" stays); two digits
    ("二二年" -> "22年") only where `short_year` (the pattern of a two-digit year) reads them as a year, so a span
    of years ("八九年来", "近一二年") stays as written."""
    def digits(m: re.Match[str]) -> str:
        out = "".join(str(_CN_VALUE.get(c, 0)) for c in m.group(1))
        if len(out) == 4:
            return out if 1900 <= int(out) <= 2099 else m.group()
        if short_year is None or not short_year.match(text[:m.start()] + out + text[m.end():], m.start()):
            return m.group()
        return out
    return _CN_DIGIT_YEAR.sub(digits, text)


def chinese_number(text: str) -> int | None:
    """Chinese numerals: 一 -> 1, 十二 -> 12, 二十三 -> 23, 两 -> 2, and counts written out with 百/千/万
    (三百二十一 -> 321, 一千二百零六 -> 1206, 四十二万 -> 420000); None for anything else ("一二", "十十")."""
    if not text:
        return None
    if "万" in text:
        high, _, low = text.partition("万")
        h = chinese_number(high) if high else None
        lo = _below_wan(low) if low else 0
        return None if h is None or lo is None or "万" in low else h * 10000 + lo
    return _below_wan(text)


def _below_wan(text: str) -> int | None:
    """A numeral below 万: places 千/百/十 in falling order, 零 for a skipped place ("一千零六")."""
    if not any(c in text for c in "百千"):
        return _below_hundred(text)
    total, rest = 0, text
    for place, value in (("千", 1000), ("百", 100)):
        if place in rest:
            digit, _, rest = rest.partition(place)
            d = _CN_VALUE.get(digit) if len(digit) == 1 else None
            if not d:
                return None
            total += d * value
    rest = rest.removeprefix("零").removeprefix("〇")
    if not rest:
        return total
    if rest.startswith("十"):  # "一百十" is not written; "一百一十" is
        return None
    low = _below_hundred(rest)
    return None if low is None else total + low


def _below_hundred(text: str) -> int | None:
    """零..九十九."""
    if not text:
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = _CN_VALUE.get(tens) if tens else 1
        o = _CN_VALUE.get(ones) if ones else 0
        if t is None or o is None or len(tens) > 1 or len(ones) > 1 or t == 0:
            return None
        return t * 10 + o
    return _CN_VALUE.get(text) if len(text) == 1 else None


# The enumerators reports number their headings and list items with (one definition, used by
# structure, narrative, chunking and answering).  Each captures the number.
ENUM_LEVEL1 = rf"([{CN_DIGITS}]{{1,3}})[ \t]*、"  # 一、
ENUM_PAREN = rf"[(（][ \t]*([{CN_DIGITS}]{{1,3}})[ \t]*[)）]"  # (一) （一）
ENUM_ARABIC = r"(\d{1,2})[ \t]*[.、．](?!\d)"  # 1. 1、 1．
ENUM_SHI = rf"([{CN_DIGITS}]{{1,3}})是"  # 一是 二是 (list items in a sentence)
ENUMERATOR = re.compile(rf"^\s*(?:{ENUM_LEVEL1}|{ENUM_PAREN}|{ENUM_ARABIC})\s*")


def strip_enumerator(label: str) -> str:
    """'一、本年新收政府信息公开申请数量' -> '本年新收政府信息公开申请数量', '(三)不予公开' -> '不予公开'."""
    return ENUMERATOR.sub("", label).strip()


# --- markup ---------------------------------------------------------------------------------------

TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>")
_ENTITY = re.compile(r"&(?:nbsp|#160|ensp|emsp|#12288);")


def strip_markup(text: str) -> str:
    """Tags removed and space entities made spaces (not offset-preserving: for labels and names)."""
    return _ENTITY.sub(" ", TAG.sub("", text))


def as_written(name: str, text: str) -> str:
    """A (lower-case) Latin name as the user wrote it in `text` ("MFA", "Cuihu"), else title-cased: an
    acronym keeps its capitals instead of becoming "Mfa"."""
    m = re.search(r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z])", text, flags=re.IGNORECASE)
    if m and not m.group(0).islower():
        return m.group(0)
    return name.title()


# paired marks a label keeps both or neither of: quotes and title marks (a cut label's lone "”" reads as a typo)
_MARK_PAIRS = {"“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", "〈": "〉", "﹁": "﹂"}
_MARK_OPENER = {close: open_ for open_, close in _MARK_PAIRS.items()}


def unmatched_marks(text: str) -> list[int]:
    """Offsets of the quote and title marks of `text` without their other half ("健康青禾”官方微博" -> [4]); each kind
    of mark is paired on its own, innermost first."""
    open_at: dict[str, list[int]] = {o: [] for o in _MARK_PAIRS}
    lone: list[int] = []
    for i, ch in enumerate(text):
        if ch in _MARK_PAIRS:
            open_at[ch].append(i)
        elif ch in _MARK_OPENER:
            stack = open_at[_MARK_OPENER[ch]]
            if stack:
                stack.pop()
            else:
                lone.append(i)
    return sorted(lone + [i for stack in open_at.values() for i in stack])


def balanced_label(text: str, before: str = "", after: str = "") -> str:
    """A label cut from a sentence with its quote and title marks balanced: a mark whose other half is just outside
    the cut (`before` ends with it, `after` starts with it: the "“" of "“健康青禾”官方微博更新") is taken back in,
    any other lone mark is dropped ("华、克、寿”棚户区" -> "华、克、寿棚户区")."""
    while True:
        lone = unmatched_marks(text)
        if not lone:
            return text
        first, last = text[lone[0]], text[lone[-1]]
        if before and first in _MARK_OPENER and before[-1] == _MARK_OPENER[first]:
            text, before = before[-1] + text, before[:-1]
        elif after and last in _MARK_PAIRS and after[0] == _MARK_PAIRS[last]:
            text, after = text + after[0], after[1:]
        else:
            drop = set(lone)
            return "".join(ch for i, ch in enumerate(text) if i not in drop)
