"""A multiple the report states of a count, asked against another time ("大概是上年的几倍"): the stated multiple
answers, not the count (assistant/stated_multiples.py).

Every text here is written for fictional agencies (青禾县样例局); none is copied from a report.
"""

from __future__ import annotations

from assistant.core.types import Fact
from assistant.stated_multiples import multiple_after, stated_multiples

TEXT = "青禾县样例局官网发布信息900条,在县政府网站专栏发布信息300条,总计1200条,是2021年发布总量的2.4倍。下一段。"


def _count(raw: str, row: str) -> Fact:
    start = TEXT.index(raw)
    return Fact(doc_id="d1", table="narrative", row=row, column="", value=float(raw.rstrip("条")), kind="narrative",
                unit="条", label_zh=row, raw=raw, start=start, end=start + len(raw), quote_start=0,
                quote_end=TEXT.index("。") + 1)


def test_the_multiple_written_after_a_count_answers_an_ask_of_its_multiple():
    total = _count("1200条", "总计")
    m = multiple_after(total, TEXT)
    assert m is not None and m.value == 2.4 and m.unit == "倍" and m.raw == "2.4倍"
    assert TEXT[m.start:m.end] == "2.4倍" and m.quote_start <= total.start and m.quote_end >= m.end
    assert stated_multiples([total], lambda _d: TEXT) == [m]


def test_a_count_with_no_multiple_after_it_stays():
    site = _count("900条", "官网发布信息")
    assert multiple_after(site, TEXT) is None
    plain = "青禾县样例局官网发布信息900条,微博发布信息300条。"
    f = site.model_copy(update={"start": plain.index("900条"), "end": plain.index("900条") + 4})
    assert stated_multiples([f], lambda _d: plain) == [f]
    # (a multiple in another sentence is not this count's)
    other = "共受理申请40件。是上年的2倍的说法见下文。"
    f = Fact(doc_id="d1", table="narrative", row="受理申请", column="", value=40.0, kind="narrative", unit="件",
             raw="40件", start=other.index("40件"), end=other.index("40件") + 3, quote_start=0, quote_end=10)
    assert multiple_after(f, other) is None
