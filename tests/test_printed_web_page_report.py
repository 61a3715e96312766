"""A report saved from a government site's article page with the browser's "print to PDF" (ingest/site_furniture.py via
ingest/clean.py, ingest/report_title.py): the accessibility and navigation bars, a "相关链接" list of other reports'
titles and the site's footer (主办单位 / 网站标识码 / 地址 / 联系电话) are no report text, so the signature's date ends
the text and the site office's phone is no answer; a long title wrapped by the page width is still the title.  And an
English agency name written with capitals ("the Qinghe Sample District Human Resources and Social Security Bureau")
names no place "Human" (assistant/agency_en.py is_agency_word_en, assistant/unsettled_places.py unknown_places).
Fictional 青禾市样例区 (样例)."""

from types import SimpleNamespace

from assistant.core.types import Report
from assistant.unsettled_places import unknown_places
from ingest.aliases import make_aliases
from ingest.clean import clean
from ingest.metadata import extract_metadata

PAGE = """无障碍浏览 | 长者模式 | 繁體 | 登录
青禾市样例区人民政府（样例）
首页 走进样例 政务公开 政务服务 互动交流 专题专栏
当前位置：首页 > 政务公开 > 政府信息公开年报
青禾市样例区人力资源和社会保障局2022年政府信息公开工作年度
报告
来源：区人社局 发布时间：2023-01-12 09:30 浏览次数：321 字号：[ 大 中 小 ]
一、总体情况
2022年，我局稳步推进政务公开。首页改版后访问更便捷。
六、其他需要报告的事项
联系地址：青禾市样例区兴业路8号；联系电话：0000-11111111。
青禾市样例区人力资源和社会保障局
2023年1月12日
【打印本页】【关闭窗口】 分享到：微信 微博
相关链接：
青禾市样例区人力资源和社会保障局2021年政府信息公开工作年度报告
青禾市样例区教育局2022年政府信息公开工作年度报告
主办单位：青禾市样例区人民政府办公室 承办单位：样例区大数据中心
网站标识码：0000000000 某ICP备00000000号-1 某公网安备 00000000000000号
地址：青禾市样例区政通路1号 联系电话：0000-22222222
"""


def test_printed_page_furniture_is_dropped_and_the_signature_ends_the_text():
    text = clean(PAGE).text
    for junk in ("无障碍", "长者模式", "走进样例", "相关链接", "2021年政府信息公开", "样例区教育局", "主办单位",
                 "网站标识码", "0000-22222222", "政通路"):
        assert junk not in text, junk
    assert text.endswith("青禾市样例区人力资源和社会保障局\n2023年1月12日")


def test_the_reports_own_lines_stay():
    text = clean(PAGE).text
    assert "联系电话:0000-11111111" in text  # the report's own contact line, a sentence of 六
    assert "首页改版后访问更便捷。" in text


def test_a_footer_word_in_the_report_body_is_kept():
    body = "一、总体情况\n主办单位:区政府办公室，负责统筹全区政务公开工作。\n二、主动公开政府信息情况\n全年公开信息12条。\n"
    assert "主办单位" in clean(body).text  # not the page's tail: sentences follow


def test_a_title_wrapped_by_the_page_width_is_the_title():
    meta = extract_metadata(clean(PAGE).text, "out.pdf")
    assert meta.title == "青禾市样例区人力资源和社会保障局2022年政府信息公开工作年度报告"
    assert meta.agency == "青禾市样例区人力资源和社会保障局"


def test_capitalised_words_of_an_english_agency_name_are_no_place():
    agency = "青禾市样例区人力资源和社会保障局"
    report = Report(doc_id="a", agency=agency, region="青禾市", year=2022, aliases=make_aliases(agency, "青禾市"))
    q = SimpleNamespace(norm="how many repeated applications did the qinghe human resources bureau receive in 2022?",
                        text="How many repeated applications did the Qinghe Human Resources Bureau receive in 2022?")
    assert "Human" not in unknown_places(q, SimpleNamespace(reports=[report]))
