"""A figure written with thousands separators in prose, and the rows of a two-column list table (fictional 青禾县样例乡)."""

from ingest.digit_groups import is_digit_group_comma
from ingest.facts import extract_prose_facts
from ingest.list_tables import extract_list_table_figures
from ingest.narrative import extract_narrative_facts
from ingest.prose import extract_figures


def _commas(s: str) -> list[int]:
    return [i for i, c in enumerate(s) if is_digit_group_comma(s, i)]


def test_a_comma_grouping_three_digits_is_inside_its_number():
    assert _commas("信息1,617条") == [3]
    assert _commas("访问量36,518人次") == [5]
    assert _commas("共1,234,567件") == [2, 6]
    # a comma before fewer or more than three digits, or after four, ends a clause
    assert _commas("申请96,均在期限内答复") == []
    assert _commas("2,3月") == []
    assert _commas("2021,2022年") == []
    assert _commas("12345,678件") == []
    assert _commas("共1,61条") == []


SENTENCE = "全年通过青禾县人民政府门户网站样例乡专栏主动公开政府信息1,617条,专栏全年访问量达36,518人次;张贴公告210期。"


def test_a_prose_figure_with_thousands_separators_is_read_whole_with_its_label():
    figures = {f.row: (f.value, f.unit, f.raw) for f in extract_figures(SENTENCE)}
    assert figures["全年通过青禾县人民政府门户网站样例乡专栏主动公开政府信息"] == (1617.0, "条", "1,617条")
    assert figures["专栏全年访问量达"] == (36518.0, "人次", "36,518人次")
    assert figures["张贴公告"] == (210.0, "期", "210期")
    assert 617.0 not in {f.value for f in extract_figures(SENTENCE)}


def test_a_metric_figure_with_thousands_separators_is_that_metric():
    facts = extract_narrative_facts(SENTENCE)
    assert [(f.metric, f.value, f.raw) for f in facts] == [("proactive_disclosures", 1617.0, "1,617条")]


LIST_TABLE = """（一）主动公开。全年主动公开信息1,317条。主动公开信息分类情况如下：
信息类别 | 公开数量（条） |
政策文件 | 86 |
民生保障信息 | 1,073 |
合计 | 1,317 |
（二）依申请公开。全年新收申请9件。"""


def test_a_two_column_list_table_gives_a_figure_a_row_in_its_headers_unit():
    figures = extract_list_table_figures(LIST_TABLE)
    assert [(f.row, f.value, f.unit, f.raw, f.context) for f in figures] == [
        ("政策文件", 86.0, "条", "86条", "主动公开信息分类情况"),
        ("民生保障信息", 1073.0, "条", "1,073条", "主动公开信息分类情况"),
        ("合计", 1317.0, "条", "1,317条", "主动公开信息分类情况"),
    ]
    for f in figures:  # the span is the number's cell, the quote its line
        assert LIST_TABLE[f.span[0] : f.span[1]] in ("86", "1,073", "1,317")
        assert LIST_TABLE[f.quote_span[0] : f.quote_span[1]].startswith(f.row)
    assert {f.row for f in extract_prose_facts(LIST_TABLE) if f.kind == "narrative"} >= {"政策文件", "民生保障信息", "合计"}


def test_other_tables_are_no_list_tables():
    standard = """第二十条第（五）项 |
信息内容 | 本年处理决定数量 |
行政许可 | 1,236 |
第二十条第（六）项 |
信息内容 | 本年处理决定数量 |
行政处罚 | 14 |"""
    assert extract_list_table_figures(standard) == []  # lines of one cell and two: the standard table 二
    no_unit = "类别 | 数量 |\n政策文件 | 86 |\n合计 | 86 |"
    assert extract_list_table_figures(no_unit) == []  # the header names no unit
    not_numbers = "栏目 | 更新频率（条） |\n政策文件 | 每周 |\n合计 | 86 |"
    assert extract_list_table_figures(not_numbers) == []  # a row without a number: no list of counts
    more_columns = "类别 | 数量（条） | 占比 |\n政策文件 | 86 | 50% |"
    assert extract_list_table_figures(more_columns) == []
