"""An English answer to a change the report states labels it in English ("同比下降76.8%" -> "down year on year: 76.8 %",
"较上年增加5件" -> "up on the previous year: 5"), from glossary [change_en] (fact_labels.change_label_en; fictional
texts: 青禾县样例局)."""

from __future__ import annotations

from assistant.core.types import Fact
from assistant.fact_labels import change_label_en, fact_label
from assistant.query import parse_question


def test_a_change_only_label_in_english():
    assert change_label_en("同比下降") == "down year on year"
    assert change_label_en("较上年增加") == "up on the previous year"
    assert change_label_en("较上年度减少了") == "down on the previous year"
    assert change_label_en("主动公开政府信息") == ""


def test_the_english_line_of_a_stated_change_says_it_in_english():
    q = parse_question("How much did the requests received by the Qinghe sample bureau fall year on year in 2023?", [])
    f = Fact(doc_id="q" * 16, table="narrative", row="同比下降", column="", value=12.5, kind="narrative", unit="%",
             label_zh="同比下降", label_en="year-on-year decline", metric=None, raw="同比下降12.5%", start=0, end=1,
             quote_start=0, quote_end=1)
    assert fact_label(q, f) == "down year on year"
    zh = parse_question("青禾县样例局2023年受理申请同比下降多少？", [])
    assert fact_label(zh, f) == "同比下降"  # (a Chinese answer keeps the report's words)
