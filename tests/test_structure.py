"""Tests for ingest.structure.

Self-written fixtures use the fictional agency "青禾县样例局" (samples, not real reports).
Real-report tests read ../shared (skipped when it is absent) and assert only heading names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.structure import (
    STANDARD_SECTIONS,
    SectionSpan,
    section_at,
    split_sections,
    standard_section,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
REPORTS = SHARED / "corpus" / "reports"


def headings(text: str) -> list[str]:
    return [s.path[-1] for s in split_sections(text) if s.path]


def paths(text: str) -> list[list[str]]:
    return [s.path for s in split_sections(text)]


def assert_partition(text: str, secs: list[SectionSpan]) -> None:
    assert secs, "no sections"
    assert secs[0].start == 0
    assert secs[-1].end == len(text)
    for a, b in zip(secs, secs[1:]):
        assert a.end == b.start
        assert a.start < a.end


def shared_text(path: Path) -> str:
    if not path.exists():
        pytest.skip(f"{path} not available")
    return clean(path.read_text(encoding="utf-8")).text


# --- heading patterns (sample text, fictional agency) ----------------------------------------

SAMPLE_NARRATIVE = """青禾县样例局2015年政府信息公开工作年度报告(样例)
本报告为测试样例。
一、概述
样例局重视政府信息公开工作。
(一)组织领导
成立领导小组。
1.明确责任
专人负责。
2、健全制度
建立制度。
3．加强培训
组织培训。
（二）公开平台
通过网站公开。
二、主动公开政府信息情况
全年主动公开信息12条。
"""


def test_levels_and_paths():
    secs = split_sections(SAMPLE_NARRATIVE)
    assert_partition(SAMPLE_NARRATIVE, secs)
    assert [s.path for s in secs] == [
        [],
        ["一、概述"],
        ["一、概述", "(一)组织领导"],
        ["一、概述", "(一)组织领导", "1.明确责任"],
        ["一、概述", "(一)组织领导", "2、健全制度"],
        ["一、概述", "(一)组织领导", "3．加强培训"],
        ["一、概述", "（二）公开平台"],
        ["二、主动公开政府信息情况"],
    ]
    assert [s.level for s in secs] == [0, 1, 2, 3, 3, 3, 2, 1]


def test_preamble_is_empty_path_and_offsets():
    secs = split_sections(SAMPLE_NARRATIVE)
    pre = secs[0]
    assert pre.path == [] and pre.level == 0 and pre.label == ""
    assert SAMPLE_NARRATIVE[pre.start : pre.end].startswith("青禾县样例局")
    first = secs[1]
    assert SAMPLE_NARRATIVE[first.start :].startswith("一、概述")
    assert SAMPLE_NARRATIVE[first.start : first.heading_end] == "一、概述"
    assert first.heading == "一、概述"


def test_no_preamble_when_text_starts_with_heading():
    text = "一、总体情况\n样例局全年公开信息5条。\n"
    secs = split_sections(text)
    assert [s.path for s in secs] == [["一、总体情况"]]
    assert_partition(text, secs)


def test_no_headings_and_empty():
    text = "样例局全年公开信息5条。\n没有收到申请。"
    secs = split_sections(text)
    assert len(secs) == 1 and secs[0].path == [] and (secs[0].start, secs[0].end) == (0, len(text))
    assert split_sections("") == []


def test_level3_directly_under_level1():
    text = "一、总体情况\n1.主动公开情况\n公开12条。\n2.依申请公开办理情况:\n受理2件。\n"
    assert paths(text) == [
        ["一、总体情况"],
        ["一、总体情况", "1.主动公开情况"],
        ["一、总体情况", "2.依申请公开办理情况"],
    ]
    assert [s.level for s in split_sections(text)] == [1, 3, 3]


def test_new_level1_closes_lower_levels():
    text = "一、概述\n(一)组织\n1.责任\n二、问题\n(一)不足\n"
    assert paths(text)[-2:] == [["二、问题"], ["二、问题", "(一)不足"]]


def test_heading_with_body_on_same_line():
    text = "一、主要工作概述\n(一)探索建立标准化体系。制定标准化规范化工作实施方案,以点带面。\n(二)深化解读。强化负责同志解读。\n"
    secs = split_sections(text)
    assert [s.path[-1] for s in secs] == ["一、主要工作概述", "(一)探索建立标准化体系", "(二)深化解读"]
    s1 = secs[1]
    assert text[s1.start : s1.heading_end] == "(一)探索建立标准化体系"
    assert "制定标准化" in text[s1.start : s1.end]


def test_whole_line_heading_ending_with_full_stop_or_colon():
    text = "一、概述\n(一)注重重点推进,深化公开内容。\n正文。\n(二)公开的主要内容:\n正文。\n"
    assert headings(text) == ["一、概述", "(一)注重重点推进,深化公开内容", "(二)公开的主要内容"]


def test_whitespace_in_headings_is_normalised():
    text = "一 、概  述\n正文。\n(一) 不断完善制度\n正文。\n1. 主动公开\n正文。\n"
    assert headings(text) == ["一、概述", "(一)不断完善制度", "1.主动公开"]


def test_duplicate_and_skipped_numbering_are_headings():
    text = "一、概述\n正文。\n二、组织领导\n正文。\n二、主动公开情况\n正文。\n四、收费情况\n正文。\n"
    assert headings(text) == ["一、概述", "二、组织领导", "二、主动公开情况", "四、收费情况"]


def test_table_rows_with_pipes_are_not_headings():
    text = (
        "三、样例统计\n"
        "一、本年新收政府信息公开申请数量 | 1 | 0 | 1 |\n"
        "(一)予以公开 | 1 | 0 | 1 |\n"
        "1.属于国家秘密 | 0 | 0 | 0 |\n"
        "一、样例条目 | 3 |\n"
        "(一)样例行 | 2 |\n"
    )
    assert headings(text) == ["三、样例统计"]


def test_too_long_lines_are_not_headings():
    long_title = "一、" + "样例局持续深化政府信息公开工作并不断提高公开质量和公开水平" * 2
    inline = "(一)" + "样例局认真贯彻落实上级关于政府信息公开工作的各项部署要求" + "。正文继续。"
    list_item = "1、进一步强化采取形式多样的公开方式依法为公民获取政府信息提供便利。"
    fragment = "(三)城乡建设、劳动社保等领域问题突出,工作任务艰巨;"
    text = "\n".join(["一、概述", long_title, inline, list_item, fragment, "二、下一步打算"])
    assert headings(text) == ["一、概述", "二、下一步打算"]


def test_sentences_and_toc_lines_are_not_headings():
    text = "\n".join([
        "一、概述,(一)注重重点推进,深化公开内容。,(二)注重开拓创新。",  # table of contents
        "一、概述",
        "15、四是在线访谈稳步推进。全年举办访谈29次。",  # page marker + list sentence
        "1、2019年共公开信息20条。其中网站15条。",  # a sentence with figures
        "一是加强组织领导。",
        "1.5万元用于平台建设。",
        "二、政",  # truncated copy
    ])
    assert headings(text) == ["一、概述"]


def test_fullwidth_parentheses_and_dot():
    text = "一、概述\n（一）组织领导\n1．明确责任\n"
    assert headings(text) == ["一、概述", "（一）组织领导", "1．明确责任"]


# --- 2019+ standard reports -------------------------------------------------------------------

ONE_CELL_TABLE = """一、总体情况
2021年,青禾县样例局(样例)主动公开信息10条。
(一)主动公开
公开10条。
二、主动公开政府信息情况
第二十条第(一)项
信息内容
本年制发件数
规章
0
三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)
申请人情况
自然人
一、本年新收政府信息公开申请数量
2
二、上年结转政府信息公开申请数量
0
三、本年度办理结果
(一)予以公开
1
(二)部分公开(区分处理的,只计这一情形,不计其他情形)
(三)不予公开
1.属于国家秘密
2.其他法律行政法规禁止公开
(四)无法提供
1.本机关不掌握相关政府信息
(六)其他处理
3.其他
(七)总计
四、结转下年度继续办理
0
四、政府信息公开行政复议、行政诉讼情况
行政复议
结果维持
0
五、存在的主要问题及改进情况
(一)公开意识不强。个别科室重视不够。
(二)下一步措施
六、其他需要报告的事项
本年度未收取信息处理费。
"""


def test_one_cell_per_line_table_labels_are_not_headings():
    secs = split_sections(ONE_CELL_TABLE)
    assert_partition(ONE_CELL_TABLE, secs)
    assert [s.path for s in secs] == [
        ["一、总体情况"],
        ["一、总体情况", "(一)主动公开"],
        ["二、主动公开政府信息情况"],
        ["三、收到和处理政府信息公开申请情况"],
        ["四、政府信息公开行政复议、行政诉讼情况"],
        ["五、存在的主要问题及改进情况"],
        ["五、存在的主要问题及改进情况", "(一)公开意识不强"],
        ["五、存在的主要问题及改进情况", "(二)下一步措施"],
        ["六、其他需要报告的事项"],
    ]
    # the table rows stay inside section 三
    s3 = next(s for s in secs if s.path == ["三、收到和处理政府信息公开申请情况"])
    assert "四、结转下年度继续办理" in ONE_CELL_TABLE[s3.start : s3.end]
    assert section_at(secs, ONE_CELL_TABLE.index("1.属于国家秘密")) is s3


def test_misnumbered_standard_title_ends_table_zone():
    text = ONE_CELL_TABLE.replace("四、政府信息公开行政复议", "五、政府信息公开行政复议")
    tops = [s.path[0] for s in split_sections(text) if s.level == 1]
    assert tops[3] == "五、政府信息公开行政复议、行政诉讼情况"
    assert standard_section([tops[3]]) is None  # the path itself is not called standard 四
    assert len(tops) == 6


def test_table_labels_without_section_headings_are_not_headings():
    # a truncated copy: the table starts without its "三、…" heading
    text = "样例局公开信息77条。\n第二十条第(一)项 | |\n规章 | 0 |\n一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n(三)不予公开\n1.属于国家秘密\n"
    assert headings(text) == []


def test_narrative_section_two_without_tables_keeps_subheadings():
    text = "一、总体情况\n正文。\n二、主动公开政府信息情况\n全年公开1134条。\n(一)政府信息公开平台。完善专栏。\n(二)政务微信\n"
    assert headings(text) == ["一、总体情况", "二、主动公开政府信息情况", "(一)政府信息公开平台", "(二)政务微信"]


def test_html_paragraphs_and_cells():
    text = (
        "<p style='text-align:center'>青禾县样例局2020年政府信息公开工作年度报告(样例)</p>"
        "<p>一、总体情况</p><p>(一)主动公开方面</p><p>2020年公开10条。</p>"
        "<p>三、收到和处理政府信息公开申请情况</p><table><tr><td>一、本年新收政府信息公开申请数量</td>"
        "<td>3</td></tr><tr><td>(一)予以公开</td><td>1</td></tr><tr><td>二、样例单元格</td></tr></table>"
        "<p>&nbsp;四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p>"
    )
    secs = split_sections(text)
    assert_partition(text, secs)
    assert [s.path[-1] for s in secs if s.path] == [
        "一、总体情况",
        "(一)主动公开方面",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
    ]
    assert secs[0].path == []


def test_section_at():
    secs = split_sections(SAMPLE_NARRATIVE)
    off = SAMPLE_NARRATIVE.index("专人负责")
    assert section_at(secs, off).path[-1] == "1.明确责任"
    assert section_at(secs, 0).path == []
    assert section_at(secs, len(SAMPLE_NARRATIVE) + 10).path == ["二、主动公开政府信息情况"]
    assert section_at(secs, -5).path == []
    for s in secs:
        assert section_at(secs, s.start) is s
        assert section_at(secs, s.end - 1) is s
    with pytest.raises(ValueError):
        section_at([], 0)


def test_to_section_maps_to_original():
    original = "　　一、总体情况\n　　（一）主動公開\n樣例局公開12條。\n"
    ct = clean(original)
    secs = split_sections(ct.text)
    assert [s.path for s in secs] == [["一、总体情况"], ["一、总体情况", "(一)主动公开"]]
    sec = secs[1].to_section(ct)
    assert original[sec.start : sec.end].startswith("（一）主動公開")
    assert sec.label == "一、总体情况 > (一)主动公开"


@pytest.mark.parametrize(
    "label,expected",
    [
        ("一、总体情况", STANDARD_SECTIONS[0]),
        ("二、主动公开政府信息情况", STANDARD_SECTIONS[1]),
        ("三、收到和处理政府信息公开申请情况", STANDARD_SECTIONS[2]),
        ("三、收到和处理政府信息公开申请的情况", STANDARD_SECTIONS[2]),
        ("四、政府信息公开行政复议、行政诉讼情况", STANDARD_SECTIONS[3]),
        ("四、因政府信息公开工作被申请行政复议和提起行政诉讼情况", STANDARD_SECTIONS[3]),
        ("五、存在的主要问题及改进情况", STANDARD_SECTIONS[4]),
        ("五、政府信息公开工作存在的主要问题及改进情况", STANDARD_SECTIONS[4]),
        ("六、其他需要报告的事项", STANDARD_SECTIONS[5]),
        ("六 、其他需要报告事项", STANDARD_SECTIONS[5]),
        # ordinal and wording must agree
        ("二、政府信息公开工作总体情况", None),
        ("三、存在的主要问题及改进情况", None),
        ("一、概述", None),
        ("七、政府信息公开保密审查及监督检查情况", None),
        ("(一)主动公开", None),
    ],
)
def test_standard_section(label, expected):
    assert standard_section([label, "(一)样例"]) == expected
    assert standard_section([label]) == expected


def test_standard_section_empty_path():
    assert standard_section([]) is None


# --- real reports (../shared) -----------------------------------------------------------------

def all_shared_files() -> list[Path]:
    if not SHARED.exists():
        return []
    return sorted(SEEDS.glob("*.txt")) + sorted(REPORTS.glob("*.txt"))


@pytest.mark.parametrize("path", all_shared_files(), ids=lambda p: p.name)
def test_real_reports_partition(path):
    text = shared_text(path)
    secs = split_sections(text)
    assert_partition(text, secs)
    for s in secs:
        assert all("|" not in h for h in s.path)
        assert all(len(h) <= 40 for h in s.path)


def test_shared_available_or_skip():
    if not SHARED.exists():
        pytest.skip("../shared not available")
    assert all_shared_files()


def test_seed_001_standard_report():
    text = shared_text(SEEDS / "001_8cedd0d225991de1.txt")
    secs = split_sections(text)
    tops = [s.path[0] for s in secs if s.level == 1]
    assert tops == list(STANDARD_SECTIONS)
    for s in secs:
        if s.path and standard_section(s.path) in STANDARD_SECTIONS[1:4]:
            assert s.level == 1, s.path  # no lower headings inside the tables
    assert ["五、存在的主要问题及改进情况", "(一)进京访形势依然严峻"] in [s.path for s in secs]
    s3 = section_at(secs, text.index("三、本年度办理结果"))
    assert standard_section(s3.path) == STANDARD_SECTIONS[2]


def test_seed_003_duplicate_numbering():
    text = shared_text(SEEDS / "003_dcdda86aceaa8777.txt")
    tops = [s.path[0] for s in split_sections(text) if s.level == 1]
    assert [t.split("、")[0] for t in tops] == ["一", "二", "二", "四", "五", "六", "七", "八"]
    hs = headings(text)
    assert "1、严格时间要求" in hs and "(二)不断丰富信息公开形式和内容" in hs


def test_seed_000_narrative():
    text = shared_text(SEEDS / "000_7a5d2b99554805f1.txt")
    secs = split_sections(text)
    assert secs[0].path == []
    assert [s.path[0] for s in secs if s.level == 1] == [
        "一、公开政府信息基本情况", "二、政府信息公开工作总体情况", "三、存在问题及改进工作的设想"]
    assert ["二、政府信息公开工作总体情况", "(五)强化监督"] in [s.path for s in secs]
    assert all(standard_section(s.path) is None for s in secs)


def test_seed_002_inline_numbering_not_headings():
    # a document-sharing copy: numbered parts run inside paragraphs, page markers start lines
    text = shared_text(SEEDS / "002_3544bef3789e2b55.txt")
    assert [s.path for s in split_sections(text)] == [[]]


def test_corpus_one_cell_table_with_repeated_four():
    text = shared_text(REPORTS / "011_hebei_xiongxian_xiang_2019_emptytable.txt")
    tops = [s.path for s in split_sections(text)]
    assert tops == [[t] for t in STANDARD_SECTIONS[:4]]


def test_corpus_truncated_table_label_not_heading():
    text = shared_text(REPORTS / "010_zhuzhou_hetang_guihua_jiedao_2019.txt")
    assert [s.path for s in split_sections(text)] == [[]]


def test_corpus_inline_headings():
    text = shared_text(REPORTS / "013_jiangsu_taizhou_shi_2017_mirror.txt")
    assert headings(text)[:3] == ["一、主要工作概述", "(一)探索建立标准化体系", "(二)深化政策文件解读"]


def test_corpus_html_report():
    text = shared_text(REPORTS / "035_shanghai_bangongting_2019_full_html.txt")
    secs = split_sections(text)
    assert [s.path[0] for s in secs if s.level == 1] == [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、政府信息公开工作存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ]
    assert [standard_section(s.path) for s in secs if s.level == 1] == list(STANDARD_SECTIONS)
    assert section_at(secs, text.index("属于国家秘密")).path == ["三、收到和处理政府信息公开申请情况"]


def test_corpus_toc_line_not_heading():
    text = shared_text(REPORTS / "015_shanghai_shi_2012_trad_wiki.txt")
    secs = split_sections(text)
    assert secs[0].path == [] and secs[1].path == ["一、概述"]
