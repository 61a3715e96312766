"""One test per cleaning rule, plus the offset invariant on every shared report."""

from __future__ import annotations

import pytest

from ingest.clean import Edited, clean, drop_boilerplate, drop_glued_pinyin, drop_page_markers, join_spaced_digits, normalise_query, normalise_width, simplify, substitute, to_simplified
from tests.conftest import shared_report_files


def ed(text: str) -> Edited:
    return Edited(text, list(range(len(text))))


def test_traditional_to_simplified_keeps_length():
    text = "區科技工業商務信息化局本年度辦理結果"
    out = simplify(ed(text))
    assert out.text == "区科技工业商务信息化局本年度办理结果"
    assert out.index == list(range(len(text)))
    assert to_simplified("聯繫電話") == "联系电话"


def test_glued_pinyin_removed_and_offsets_skip_it():
    text = "區(qū)科技工業(yè)商務(wù)局，創（chuàng）作"
    out = drop_glued_pinyin(ed(text))
    assert out.text == "區科技工業商務局，創作"
    # the character after a dropped gloss maps past the gloss in the original
    assert text[out.index[out.text.index("科")]] == "科"


def test_glued_pinyin_needs_tone_marks_so_real_parentheses_stay():
    text = "设立失密审查机构(OA)和网站(www)"
    assert drop_glued_pinyin(ed(text)).text == text


def test_fullwidth_digits_and_parentheses():
    out = normalise_width(ed("主动公开信息１２３条（一）：５０％"))
    assert out.text == "主动公开信息123条(一):50%"


@pytest.mark.parametrize(
    "line",
    [
        "上传人:F****n 文档编号:93119674 上传时间:2019-07-16 格式:DOCX 页数:12 大小:27.92KB",
        "第1页 / 共12页",
        "样例年报.doc_第2页",
        "返回 下载 相关 举报",
        "点击查看更多>>",
        "展开阅读全文",
        "发布者:区样例局   发布日期:2021-01-19 14:36:15   浏览次数:19432",
        "索 引 号 | 000000/2018-00001 | 分 类 | 年报 |",
        "是否打开信息无障碍浏览",
        "首页 > 政务公开 > 年度报告",
    ],
)
def test_boilerplate_lines_dropped(line):
    text = f"一、总体情况\n{line}\n全年主动公开信息12条。"
    assert drop_boilerplate(ed(text)).text == "一、总体情况\n全年主动公开信息12条。"


def test_spam_fragments_dropped():
    text = "根据《365bet规则_365bet体育在线网站_beat365手机版客户端ios政府信息公开指南》编制"
    assert drop_boilerplate(ed(text)).text == "根据《政府信息公开指南》编制"
    assert drop_boilerplate(ed("新葡京博彩官网区人民政府样例街道办事处")).text == "区人民政府样例街道办事处"


def test_spaced_digits_in_dates_joined():
    out = join_spaced_digits(ed("统计期限是 2013 年 1 月 1 日至 2013 年 1 2 月 31 日"))
    assert out.text == "统计期限是2013年1月1日至2013年12月31日"


def test_a_share_spaced_from_its_sign_is_one_figure():
    """"占16 %" (a copy that put a space before the sign) reads like "占16%"; the figures of a table row stay apart."""
    out = join_spaced_digits(ed("样例类信息50条,占16 %;其他类信息7条,占2.5 ％。"))
    assert out.text == "样例类信息50条,占16%;其他类信息7条,占2.5％。"
    assert join_spaced_digits(ed("规章 12 30 %")).text == "规章 12 30%"


def test_spaced_table_values_not_joined():
    text = "规章 0 0 0\n行政许可 12 3 15"
    assert join_spaced_digits(ed(text)).text == text


def test_page_markers_of_sharing_sites_dropped_but_list_items_kept():
    long_line = "对各级行政机关依法公" + "开" * 90
    out = drop_page_markers(ed(f"{long_line}\n\n2、开政府信息"))
    assert out.text == f"{long_line}开政府信息"
    listing = "(一)完善工作原则\n1、严格时间要求。"
    assert drop_page_markers(ed(listing)).text == listing


def test_substitute_maps_replacements_to_their_source():
    import re

    out = substitute(ed("ab  cd"), re.compile(r" +"), "")
    assert out.text == "abcd" and out.index == [0, 1, 4, 5]


def test_normalise_query():
    assert normalise_query("伊春區２０１６年 Kundulun") == "伊春区2016年 kundulun"


def test_clean_keeps_offsets_into_original():
    original = "  一、總體情況\n第1页 / 共3页\n區(qū)樣例局主動公開信息１２條。"
    ct = clean(original)
    assert ct.text == "一、总体情况\n区样例局主动公开信息12条。"
    s = ct.text.index("12")
    assert ct.original_slice(s, s + 2) == "１２"
    s = ct.text.index("区样例局")
    assert ct.original_slice(s, s + 4) == "區(qū)樣例局"


def test_offset_invariant_on_every_shared_report():
    files = shared_report_files()
    for path in files:
        original = path.read_text(encoding="utf-8")
        ct = clean(original)
        assert len(ct.index) == len(ct.text)
        assert all(0 <= i < len(original) for i in ct.index)
        assert ct.index == sorted(ct.index), f"{path.name}: index map not monotonic"
        # every cleaned character comes from an original character that normalises to it (or a dropped-space join)
        for i in range(0, len(ct.text), 97):
            ch, src = ct.text[i], original[ct.index[i]]
            assert normalise_query(src) in (ch.lower(), ch) or not src.strip(), (path.name, i, ch, src)


def test_a_line_break_right_after_an_open_title_mark_is_joined_and_the_compiler_read():
    # (a copied wiki page breaks the line after 《; the sentence "由X…编制而成" is read line by line)
    from ingest.prose_fields import extract_contacts

    c = clean("一、概述\n2012年度报告根据《\n青禾市政府信息公开规定》的要求,由青禾市样例办公室综合各区的年度报告编制而成。\n《\n\n附表")
    assert "根据《青禾市政府信息公开规定》" in c.text and "《\n\n附表" in c.text  # (a bare 《 with no title after stays)
    assert [f.text_value for f in extract_contacts(c.text) if f.row == "编制单位"] == ["青禾市样例办公室"]
