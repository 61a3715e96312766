"""Text copied out of a WeChat article or a PDF viewer (ingest/copied_text.py via ingest/clean.py): the share bar and
article header are dropped, hard-wrapped prose lines are joined, flattened table lines, headings and short lines are
kept apart.  A provincial department (…厅) names an agency.  Fictional 青禾省样例厅 (样例)."""

from ingest.agency_names import clean_agency
from ingest.clean import clean
from ingest.metadata import extract_metadata

PAGE = """Qinghe Provincial Sample Department: 2023 Annual Report on Government Information Disclosure
青禾省样例厅2023年政府信息公开工作年度报告
原创 青禾样例 青禾省样例厅 2024-01-26 10:15 发表于青禾
(一)主动公开
全年通过厅门户网站、“青禾样例”微信公众号等平台主动公开政府信
息１６４３条，其中发布政策解读五十二篇。全年办理行政许可事项2,3
71件，均已公开。
其中不予公开5件，主要原因是申请公开的信息属于过程性信息(三件)
或涉及第三方合法权益(两件)。
(二)依申请公开
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 1 0 9
青禾省样例厅
2024年1月22日

阅读原文
分享到：微信 朋友圈 微博
阅读 2,104  在看 7  赞 15
"""


def test_share_bar_and_article_header_are_dropped():
    text = clean(PAGE).text
    for junk in ("阅读原文", "分享到", "在看", "原创", "发表于", "10:15"):
        assert junk not in text
    assert text.endswith("青禾省样例厅\n2024年1月22日")


def test_hard_wrapped_prose_lines_are_joined_even_inside_a_word_or_number():
    text = clean(PAGE).text
    assert "主动公开政府信息1643条" in text
    assert "行政许可事项2,371件" in text
    assert "过程性信息(三件)或涉及第三方合法权益(两件)。" in text


def test_headings_table_lines_and_short_lines_stay_apart():
    text = clean(PAGE).text
    assert "\n(二)依申请公开\n信息内容 本年制发件数" in text  # a heading after a full stop; a header of cells
    assert "现行有效件数\n规章 1 0 9\n青禾省样例厅\n2024年1月22日" in text  # table rows and the signature
    assert clean("全年共办理群众来信来访事项十六件，均已按期办结\n(三)政府信息管理").text.count("\n") == 1
    assert clean("第一段文字，已经完结。\n第二段文字开始").text.count("\n") == 1
    # a line of header fields ending in a date, and the next field on its own line
    assert clean("发布机构:青禾县样例街道办事处，发布日期:2020-01-03\n成文日期:2020/1/5").text.count("\n") == 1


def test_offsets_still_point_into_the_original():
    ct = clean(PAGE)
    i = ct.text.index("息1643条")
    assert PAGE[ct.index[i]] == "息"


def test_a_provincial_department_names_an_agency():
    meta = extract_metadata(clean(PAGE).text, "copied.txt")
    assert meta.agency == "青禾省样例厅"
    assert meta.year == 2023
    assert clean_agency("青禾省样例厅") == "青禾省样例厅"
    assert clean_agency("青禾县政务服务大厅") is None  # a hall is no agency
