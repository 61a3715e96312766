"""The sub-rows a report's table lists under a row, asked by name, are read from its numbered lines (blank cells too)."""

from assistant.core.metrics import BY_KEY
from assistant.core.types import Report
from assistant.listed_sub_rows import asks_sub_rows, sub_row_items

_LINES = [
    "三、本年度办理结果",
    "(一)予以公开",
    "(三) 不予公开",
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "(四)无法提供",
    "1.本机关不掌握相关政府信息 |  |  |",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "(五)不予处理",
    "1.信访举报投诉类申请",
]
_TEXT = "\n".join(_LINES)
_REPORT = Report(doc_id="d1", sources=["某乡2030年报告.txt"], agency="某乡人民政府", year=2030)


def test_english_and_chinese_asks_of_sub_rows():
    assert asks_sub_rows('in its applications table, which sub-reasons are listed under "cannot be provided"')
    assert asks_sub_rows("无法提供下面列了哪些情形")
    assert not asks_sub_rows("how many applications could not be provided")


def test_numbered_lines_under_the_row_are_its_items_cited_by_their_lines():
    items = sub_row_items("which reasons are listed under cannot be provided", BY_KEY["applications_unavailable"],
                          [_REPORT], lambda d: _TEXT)
    assert [f.text_value for f in items] == ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"]
    assert all(f.kind == "item" and f.value is None for f in items)
    assert _TEXT[items[0].start:items[0].end] == "本机关不掌握相关政府信息"
    assert _TEXT[items[2].quote_start:items[2].quote_end] == "3.补正后申请内容仍不明确"


def test_no_items_for_a_figure_ask_or_a_row_without_sub_rows():
    metric = BY_KEY["applications_unavailable"]
    assert sub_row_items("how many could not be provided", metric, [_REPORT], lambda d: _TEXT) == []
    assert sub_row_items("which reasons are listed under it", metric, [_REPORT], lambda d: "(四)无法提供\n(五)不予处理") == []
