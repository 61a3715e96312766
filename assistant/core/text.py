"""Text helpers shared by ingest and answering: normalisation (simplified, half-width), search tokens
(jieba words for Chinese, lower-cased words for ASCII) and sentence spans.  Pure functions."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

_ASCII_WORD = re.compile(r"[a-z][a-z'\-]*|\d+(?:\.\d+)?")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
STOP = frozenset("的 了 和 与 及 等 在 是 对 为 年 月 日 中 其 将 并 或 从 以 由 于 之 共 全 各 该 本 我 有 无 未 被 把 向".split())


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


def normalise_query(text: str) -> str:
    """The same normalisation for questions: simplified, half-width, lower-case ASCII."""
    return halfwidth(to_simplified(text)).lower()


# --- sentences ---------------------------------------------------------------------------------

# sentence ends: Chinese and ASCII full stops, ! ? ; and line breaks
_SENTENCE_END = re.compile(r"[。！？；!?;]+[”’」』)]*|\n+")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as (s, e) spans, whitespace trimmed, empty ones dropped.
    A stop inside parentheses does not end the sentence ("(地址:…;电话:…)" stays whole)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = scanned = start
    depth = 0
    for m in _SENTENCE_END.finditer(text, start, end):
        for ch in text[scanned : m.start()]:
            depth += ch in "(（"
            depth -= ch in ")）" and depth > 0
        scanned = m.start()
        newline = m.group().startswith("\n")
        if depth > 0 and not newline:
            continue
        depth = 0 if newline else depth
        _append_trimmed(text, pos, m.start() if newline else m.end(), spans)
        pos = m.end()
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


def is_pinyin_word(word: str) -> bool:
    """'Haidian' -> hai+dian: a romanised Chinese place name, not an English word."""
    syll = _pinyin_syllables()
    w = word.lower()
    ok = [True] + [False] * len(w)
    for i in range(len(w)):
        if ok[i]:
            for j in range(i + 1, min(len(w), i + 6) + 1):
                if w[i:j] in syll and (j - i > 1 or w[i:j] in ("a", "e", "o")):
                    ok[j] = True
    return ok[len(w)]
