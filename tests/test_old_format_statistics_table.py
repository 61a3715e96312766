"""The 2008–2019 national format: its 统计表 (指标 | 单位 | 统计数), its word 不同意公开, and asks of things it never
counted (fictional 青禾县样例局)."""

from __future__ import annotations

from assistant.counted_things import misses_counted_thing
from ingest.formats.pdf import _unwrap
from ingest.indicator_tables import extract_indicator_table_figures
from ingest.narrative import extract_narrative_facts

_ROWS = [
    ("统计指标", "单位", "统计数"),
    ("一、主动公开情况", "", ""),
    ("(一)主动公开政府信息数(不同渠道公开相同信息计1条)", "条", "120"),
    ("其中:主动公开规范性文件数", "条", "4"),
    ("二、依申请公开情况", "", ""),
    ("(一)收到申请数", "件", "9"),
    ("1.当面申请数", "件", "3"),
    ("2.网络申请数", "件", "6"),
    ("四、行政复议数量", "件", "2"),
    ("(二)被依法纠错数", "件", "1"),
    ("五、行政诉讼数量", "件", "1"),
    ("(二)被依法纠错数", "件", "0"),
    ("(四)政府信息公开专项经费", "万元", "2.5"),
]


def _piped(rows) -> str:
    return "\n".join(" | ".join(r) + " |" for r in rows)


def _tabbed(rows) -> str:
    # a spreadsheet pasted into a text file: empty trailing cells are lost
    return "\n".join("\t".join(c for c in r).rstrip("\t") for r in rows)


def _figures(text: str) -> list[tuple[str, str, float, str]]:
    return [(f.context, f.row, f.value, f.unit) for f in extract_indicator_table_figures(text)]


def test_each_indicator_row_is_a_figure_under_its_parent():
    text = "附件:青禾县样例局2019年政府信息公开情况统计表\n" + _piped(_ROWS) + "\n青禾县样例局\n2020年1月15日"
    got = _figures(text)
    assert ("主动公开情况", "主动公开政府信息数", 120, "条") in got
    assert ("主动公开政府信息数", "主动公开规范性文件数", 4, "条") in got
    assert ("收到申请数", "网络申请数", 6, "件") in got
    assert ("", "行政复议数量", 2, "件") in got
    # the same words under two parents stay apart
    assert ("行政复议数量", "被依法纠错数", 1, "件") in got and ("行政诉讼数量", "被依法纠错数", 0, "件") in got
    assert any(r == "政府信息公开专项经费" and v == 2.5 and u == "万元" for _c, r, v, u in got)
    assert len(got) == 10  # heading rows without a count give nothing


def test_a_pasted_spreadsheet_reads_like_the_pdf_table_and_a_repeated_header_starts_no_table():
    piped = _piped(_ROWS[:7] + [_ROWS[0]] + _ROWS[7:])  # the header repeated at a page break
    assert _figures(piped) == _figures(_piped(_ROWS))
    assert [f[1:] for f in _figures(_tabbed(_ROWS) + "\n\n青禾县样例局")] == [f[1:] for f in _figures(_piped(_ROWS))]


def test_tables_without_an_indicator_header_are_not_read():
    assert _figures("信息类别 | 公开数量(条) |\n政策文件 | 12 |") == []
    assert _figures("项目 | 本年新制发件数 | 现行有效件数 |\n规章 | 0 | 3 |") == []
    assert _figures("统计指标 | 单位 | 统计数 |\n青禾县样例局全年召开会议3次,印发文件若干。") == []


def test_not_agreed_to_disclose_is_the_old_word_for_withheld():
    facts = extract_narrative_facts("在已答复的申请中,同意公开的5件,不同意公开的1件。")
    keys = {(f.metric, f.value) for f in facts}
    assert ("applications_withheld", 1) in keys and ("applications_disclosed", 5) in keys


def test_on_time_and_penalty_asks_are_answered_only_by_figures_naming_them():
    assert not misses_counted_thing("青禾县样例局2019年按时办结多少件", "申请办结数 按时办结数")
    assert misses_counted_thing("青禾县样例局2019年逾期答复多少件", "申请办结数 按时办结数")
    assert misses_counted_thing("青禾县样例局2019年行政处罚决定多少件", "行政复议数量")
    assert not misses_counted_thing("How many penalty decisions did the Qinghe sample bureau make?", "行政处罚 本年处理决定数量")


def _line(x0, x1, top, text, size=11.0):
    return {"x0": x0, "x1": x1, "top": top, "bottom": top + size, "text": text}


def test_a_right_aligned_signature_below_a_table_tail_is_not_joined():
    """The last page holds only a table's tail (a ruled box from the left margin) and the signature."""
    lines = [_line(430, 500, 300, "青禾县样例局"), _line(420, 500, 318, "2020年1月15日")]
    out = [t for _top, t in _unwrap(lines, [(60, 100, 500, 280)], table_left=60)]
    assert out == ["青禾县样例局", "2020年1月15日"]
    # a paragraph wrapped at the right margin is still joined
    para = [_line(60, 500, 100, "青禾县样例局全年共受理政府信息公开申请九件，均在法定期限内"), _line(60, 200, 118, "答复完毕。")]
    assert [t for _top, t in _unwrap(para, [], table_left=None)] == ["青禾县样例局全年共受理政府信息公开申请九件，均在法定期限内答复完毕。"]
