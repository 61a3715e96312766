"""Tokens for lexical (BM25) search: jieba words for Chinese, lower-cased words for ASCII."""

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
