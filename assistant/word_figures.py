"""Figures a report writes in words, not digits: "近万条", "上千条", "数百件", "几十个", "逾千人次".  Such a figure is
what a sentence states for "大概多少条" / "roughly how many", so the sentence search reads it as the sentence's figure
where the sentence states no figure in digits; the answer gives the words as written (quoted), never a digit the report
does not write (近万 is no 10000).

A word figure is an approximating word (近 / 上 / 逾 / 超 / 数 / 几 / 成), a magnitude (十 / 百 / 千 / 万 / 十万 / 百万 /
千万 / 亿), an optional 余 / 多, then a counting unit ("条", "件", "人次" …; not 年 / 倍: "数十年", "上百倍" count no
things).
"""

from __future__ import annotations

import re

_UNITS = ("人次", "余条", "条", "件", "个", "项", "份", "篇", "家", "起", "场", "期", "次", "人", "名", "户", "册", "本",
          "张", "页", "幅", "部", "批", "封", "例", "类", "处")
WORD_FIGURE = re.compile(r"(?:近|将近|接近|上|逾|超|超过|数|几|成)(?:十万|百万|千万|十|百|千|万|亿)(?:余|多)?"
                         r"(?:" + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)) + ")")


def word_figures(text: str) -> list[re.Match]:
    """The figures `text` writes in words, in order."""
    return list(WORD_FIGURE.finditer(text))
