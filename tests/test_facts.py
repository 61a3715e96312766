"""Facts as searchable data: prose figures, statements of none, contact fields, dates, list items,
and the label paths every fact carries (ingest.prose, ingest.facts).

Fixtures are written here for the fictional agency "青禾县样例局"; they are samples, not real reports.
"""

from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.facts import build_facts
from ingest.narrative import extract_narrative_facts
from ingest.items import extract_items
from ingest.prose import extract_figures, extract_nones
from ingest.prose_fields import extract_contacts, extract_dates
from ingest.structure import split_sections
from ingest.tables import extract_table_facts


def _clean(text: str) -> str:
    return clean(text).text


def facts_of(original: str):
    ct = clean(original)
    sections = split_sections(ct.text)
    tables = extract_table_facts(ct.text)
    return ct, build_facts(ct, sections, tables, extract_narrative_facts(ct.text), doc_id="d", source="s.txt")


# --- figures -----------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, value, unit, label", [
    ("本年度依申请公开共受理申请12件。", 12, "件", "本年度依申请公开共受理申请"),
    ("全年更新网站栏目信息30余次。", 30, "次", "全年更新网站栏目信息"),
    ("接待来访群众86人次。", 86, "人次", "接待来访群众"),
    ("编印政务公报12期。", 12, "期", "编印政务公报"),
    ("发布政策解读文章45篇。", 45, "篇", "发布政策解读文章"),
    ("设立查阅点125个。", 125, "个", "设立查阅点"),
    ("收取检索费共约47.10万元。", 47.1, "万元", "收取检索费共约"),
    ("群众满意率达98.5%。", 98.5, "%", "群众满意率达"),
    ("收到12条依申请公开信息。", 12, "条", "收到依申请公开信息"),
])
def test_every_number_with_a_unit_is_a_figure_labelled_by_its_clause(sentence, value, unit, label):
    text = _clean(sentence)
    [f] = extract_figures(text)
    assert (f.value, f.unit, f.row) == (value, unit, label)
    assert text[f.quote_span[0] : f.quote_span[1]] in sentence
    assert f.raw in sentence


def test_approximate_figures_keep_their_wording():
    [f] = extract_figures(_clean("全年更新信息200余条。"))
    assert f.raw == "200余条" and f.value == 200


def test_no_figures_from_years_dates_phones_or_ordinals():
    text = _clean("2023年3月5日,青禾县样例局第3期简报发布,电话0123-4567890,排名前5名。")
    assert extract_figures(text) == []


def test_breakdown_figures_carry_the_clause_they_break_down():
    text = _clean("全年主动公开政府信息3957条,其中网站发布1116条、政务微博发布86条。")
    got = {f.value: f for f in extract_figures(text)}
    assert got[3957].context == "" and got[3957].row == "全年主动公开政府信息"
    assert got[1116].row == "其中网站发布" and got[1116].context == "全年主动公开政府信息"
    assert got[86].row == "政务微博发布" and got[86].context == "全年主动公开政府信息"
    q = got[86].quote_span
    assert text[q[0] : q[1]] == "其中网站发布1116条、政务微博发布86条"  # the clause, not the paragraph


def test_table_rows_are_not_prose():
    assert extract_figures(_clean("规章 | 5件 | 0 | 3 |\n")) == []


# --- statements of none -------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, what", [
    ("我局无依申请公开的政府信息。", "依申请公开的政府信息"),
    ("本年度未收取任何费用。", "费用"),
    ("本机关没有收到政府信息公开申请。", "收到政府信息公开申请"),
    ("全年实现零投诉。", "投诉"),
])
def test_statements_of_none_are_zero_facts(sentence, what):
    text = _clean(sentence)
    [f] = extract_nones(text)
    assert f.value == 0 and f.row.endswith(what.removeprefix("因")) and f.kind == "none"
    assert f.text_value == text[f.quote_span[0] : f.quote_span[1]]


@pytest.mark.parametrize("sentence", [
    "无法提供的申请已告知申请人。",  # 无法 is not 无
    "对无正当理由大量反复申请的不予处理。",
    "本年度收到申请3件,未发生行政复议。".split(",")[0] + "。",  # a stated number
    "有无收费问题由财政部门确定。",
    "少数单位没有真正从思想上认识到做好政务公开工作对于提高行政效能和促进依法行政的重要意义和深远影响。",
])
def test_no_statement_of_none_where_nothing_is_said_to_be_none(sentence):
    assert extract_nones(_clean(sentence)) == []


# --- contact fields ------------------------------------------------------------------------------


def test_contact_fields():
    text = _clean(
        "联系地址:青禾县和平路8号样例大楼302室,邮编:100000,联系电话(传真):0123—4567890,"
        "电子邮箱:qh_yl@example.com,网址:www.qinghe.example.gov.cn,负责机构:青禾县样例局办公室,联系人:李四。\n"
        "来信也可发至 tousu@example.org 。"
    )
    got = {}
    for f in extract_contacts(text):
        got.setdefault(f.row, []).append(f.text_value)
    assert got["地址"] == ["青禾县和平路8号样例大楼302室"]
    assert got["邮编"] == ["100000"]
    assert got["电话"] == ["0123-4567890"]  # dashes normalised in text_value
    assert got["传真"] == ["0123-4567890"]
    assert got["电子邮箱"] == ["qh_yl@example.com", "tousu@example.org"]  # a bare address counts too
    assert got["网址"] == ["www.qinghe.example.gov.cn"]
    assert got["负责机构"] == ["青禾县样例局办公室"]
    assert got["联系人"] == ["李四"]


def test_text_contact_fields_need_their_colon():
    text = _clean("明确了工作机构、办理时限等事项,完善了负责机构的职责。")
    assert extract_contacts(text) == []


# --- dates ----------------------------------------------------------------------------------------


def test_signature_and_labelled_dates():
    text = _clean("正文。\n本报告成文日期:2024年1月18日。\n青禾县样例局\n2024年1月20日\n")
    assert [f.text_value for f in extract_dates(text)] == ["2024年1月18日", "2024年1月20日"]
    assert extract_dates(_clean("2024年1月20日,我局召开会议。\n正文结束。\n")) == []


# --- list items -----------------------------------------------------------------------------------


def test_items_inside_a_paragraph():
    text = _clean("存在的主要问题:一是公开内容不够全面;二是更新不够及时;三是队伍建设有待加强。")
    items = extract_items(text)
    assert [f.text_value for f in items] == ["公开内容不够全面", "更新不够及时", "队伍建设有待加强"]
    assert [f.column for f in items] == ["第1项", "第2项", "第3项"] and items[0].context == "存在的主要问题"


def test_items_on_numbered_lines_and_not_table_rows():
    text = _clean("五、存在的主要问题及改进情况\n1.加强培训,提升能力。\n2.完善制度。\n（一）予以公开\n（二）部分公开\n")
    assert [f.text_value for f in extract_items(text)] == ["加强培训,提升能力", "完善制度"]


def test_a_single_enumerator_is_no_list():
    assert extract_items(_clean("我局一是重视。")) == []


# --- facts and their labels -------------------------------------------------------------------------

REPORT = """青禾县样例局2023年政府信息公开工作年度报告
一、总体情况
2023年,青禾县样例局全年主动公开政府信息120条,其中网站发布100条。我局無依申請公開的政府信息。
二、主动公开政府信息情况
第二十条第(一)项
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 1 | 0 | 4 |
三、收到和处理政府信息公开申请情况
（此表略）
五、存在的主要问题及改进情况
一是宣传不够;二是人员不足。
六、其他需要报告的事项
地址:青禾县和平路8号,电话:0123-4567890。
青禾县样例局
2024年1月20日
"""


def test_every_fact_has_labels_and_exact_offsets():
    ct, facts = facts_of(REPORT)
    assert {f.kind for f in facts} == {"table", "narrative", "none", "contact", "date", "item"}
    for f in facts:
        assert f.label_zh and f.label_en, f
        quote = REPORT[f.quote_start : f.quote_end]
        assert REPORT[f.start : f.end] in quote
        assert len(quote) < 80  # the clause, never a paragraph


def test_label_conventions():
    _, facts = facts_of(REPORT)
    by = {(f.kind, f.column or f.row): f for f in facts}
    t = by["table", "本年制发件数"]
    assert t.label_zh == "主动公开政府信息情况 / 第二十条第(一)项 / 规章 / 本年制发件数"
    assert t.label_en.endswith("/ rules / issued this year") and t.value == 1
    n = by["narrative", "其中网站发布"]
    assert n.label_zh == "总体情况 / 青禾县样例局全年主动公开政府信息 / 其中网站发布" and n.value == 100
    assert n.label_en.startswith("general situation / ") and "website" in n.label_en
    m = next(f for f in facts if f.kind == "narrative" and f.metric == "proactive_disclosures")
    assert m.value == 120 and "主动公开政府信息" in m.label_zh  # a metric figure keeps its metric, gets a label
    z = next(f for f in facts if f.kind == "none")
    assert z.value == 0 and z.label_zh == "总体情况 / 依申请公开的政府信息"  # from traditional characters
    assert REPORT[z.quote_start : z.quote_end] == "我局無依申請公開的政府信息"
    c = by["contact", "电话"]
    assert (c.text_value, c.label_zh, c.label_en) == ("0123-4567890", "联系方式 / 电话", "contact / phone")
    assert by["date", "发布日期"].text_value == "2024年1月20日"
    i = by["item", "第2项"]
    assert i.text_value == "人员不足" and i.label_zh == "存在的主要问题及改进情况 / 第2项"
    assert i.label_en == "main problems and improvements / item 2"


def test_a_template_pasted_without_numbers_gives_no_facts():
    text = (
        "二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n\n行政规范性文件\n\n"
        "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n"
        "三、本年度办理结果\n（一）予以公开\n（二）部分公开\n（三）不予公开\n1.属于国家秘密\n2.其他法律行政法规禁止公开\n"
    )
    _, facts = facts_of(text)
    assert facts == []


def test_a_figure_right_after_another_shares_its_label():
    got = extract_figures(_clean("全年共接待来访群众152批486人次。"))
    assert [(f.value, f.unit, f.row) for f in got] == [(152, "批", "全年共接待来访群众"), (486, "人次", "全年共接待来访群众")]


def test_office_in_the_closing_formula_and_bare_web_addresses():
    text = _clean(
        "如对本报告有任何疑问,请与青禾县样例局办公室联系(地址:青禾县和平路8号)。本报告由青禾县样例局编制。\n"
        "报告可在门户网站(http://www.qinghe.example.gov.cn/xxgk)下载,咨询电话:0123-4567890。"
    )
    got = {(f.row, f.text_value) for f in extract_contacts(text)}
    assert ("负责机构", "青禾县样例局办公室") in got and ("负责机构", "青禾县样例局") in got
    assert ("地址", "青禾县和平路8号") in got  # the bracket closing the address is not part of it
    assert ("网址", "http://www.qinghe.example.gov.cn/xxgk") in got
    assert ("电话", "0123-4567890") in got


@pytest.mark.parametrize("sentence, items, context", [
    ("工作中主要存在公开不及时、栏目更新慢等问题。", ["公开不及时", "栏目更新慢"], "工作中主要存在…等问题"),
    ("主动公开的信息主要包括机构概况、政策法规、规划计划。", ["机构概况", "政策法规", "规划计划"], "主动公开的信息主要包括"),
    ("坚持公开工作公正、公平、便民的原则。", ["公正", "公平", "便民"], "坚持公开工作…的原则"),
    ("遵循“依法公开”、“便民高效”的宗旨。", ["依法公开", "便民高效"], "遵循…的宗旨"),
])
def test_lists_joined_by_the_enumeration_comma(sentence, items, context):
    got = extract_items(_clean(sentence))
    assert [f.text_value for f in got] == items and {f.context for f in got} == {context}


def test_an_unmarked_run_of_enumeration_commas_is_no_list():
    assert extract_items(_clean("我局认真收集、整理、审核信息,及时发布。")) == []


def test_reporting_period_and_web_header_dates():
    text = _clean(
        "青禾县样例局2023年政府信息公开工作年度报告\n青禾县政府网 www.qinghe.example.gov.cn  2024年01月15日  来源:青禾县样例局\n"
        "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
    )
    got = [(f.row, f.text_value) for f in extract_dates(text)]
    assert got == [("发布日期", "2024年01月15日"), ("统计期限", "2023年1月1日起至2023年12月31日")]
    assert extract_dates(_clean("2023年1月1日起实施新制度。\n")) == []


def test_a_bracket_after_a_figure_qualifies_that_figure():
    got = extract_figures(_clean("全年公开信息615条,其中政务动态120条(占总数的19.5%)。"))
    share = next(f for f in got if f.unit == "%")
    assert (share.value, share.row, share.context) == (19.5, "占总数的", "其中政务动态")


# --- lists a sentence announces, quoted whole; dates of dropped header lines (issue 10 kind 8) ---------


def test_a_list_is_quoted_by_the_clause_that_holds_all_its_items():
    text = _clean("我局继续运用好微信群、QQ群、短信等媒体平台,及时发布信息。")
    got = extract_items(text)
    assert [f.text_value for f in got] == ["微信群", "QQ群", "短信"]
    assert {text[f.quote_span[0] : f.quote_span[1]] for f in got} == {"我局继续运用好微信群、QQ群、短信等媒体平台"}


@pytest.mark.parametrize("sentence, items, context", [
    # the sentence announces the list: parts may be long, the clause before names what the list is
    ("本报告由五部分组成,分别为:总体情况、主动公开政府信息情况、政府信息公开工作存在的主要问题及改进措施、附注、统计表。",
     ["总体情况", "主动公开政府信息情况", "政府信息公开工作存在的主要问题及改进措施", "附注", "统计表"], "本报告由五部分组成分别为"),
    # the list opens after its lead word (由), a part keeps its 及, the last part ends at 等
    ("报告内容由工作的基本概况、收费及减免情况、存在问题及下步工作打算等三部分组成。",
     ["工作的基本概况", "收费及减免情况", "存在问题及下步工作打算"], "报告内容由…等三部分组成"),
])
def test_lists_the_sentence_announces(sentence, items, context):
    got = extract_items(_clean(sentence))
    assert [f.text_value for f in got] == items and {f.context for f in got} == {context}


def test_a_labelled_date_on_a_dropped_header_line_is_a_date_fact():
    original = "青禾县样例局2023年政府信息公开工作年度报告\n發布時間:2024-01-15 閱讀次數: 信息來源:本站\n一、总体情况\n正文。\n"
    _, facts = facts_of(original)
    dates = [f for f in facts if f.kind == "date"]
    assert [(f.row, f.text_value) for f in dates] == [("发布日期", "2024-01-15")]
    d = dates[0]
    assert original[d.start : d.end] == "2024-01-15" and original[d.quote_start : d.quote_end] == "發布時間:2024-01-15"


@pytest.mark.parametrize("sentence, value, unit, label", [
    ("本年度报告由九部分组成。", 9, "部分", "本年度报告由部分组成"),
    ("报告主要分为六个部分。", 6, "部分", "报告主要分为部分"),
    ("存在的问题主要有三方面。", 3, "方面", "存在的问题主要有方面"),
])
def test_counts_in_chinese_numerals_before_a_unit_of_the_data(sentence, value, unit, label):
    from ingest.prose import extract_cn_figures

    got = extract_cn_figures(_clean(sentence))
    assert [(f.value, f.unit, f.row) for f in got] == [(value, unit, label)]


def test_idioms_and_ordinals_in_chinese_numerals_are_no_counts():
    from ingest.prose import extract_cn_figures

    assert extract_cn_figures(_clean("我局一方面加强制度建设,第三部分说明收费情况。")) == []


def test_a_figure_keeps_the_noun_it_counts():
    got = extract_figures(_clean("全区设立125个信访代办点。"))
    assert [(f.value, f.row) for f in got] == [(125, "全区设立信访代办点")]


def test_a_problems_section_without_a_list_has_its_sentences_as_items():
    original = ("青禾县样例局2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息120条。\n"
                "二、主要问题和改进措施\n我局主动公开的文件类信息数量较少,这主要是由于业务专业性较强。今后将加强培训。\n")
    _, facts = facts_of(original)
    items = [f for f in facts if f.kind == "item"]
    assert [f.text_value for f in items] == ["我局主动公开的文件类信息数量较少,这主要是由于业务专业性较强", "今后将加强培训"]
    assert items[0].label_zh == "主要问题和改进措施 / 第1项"
    assert original[items[0].quote_start : items[0].quote_end] == items[0].text_value
    # a section that holds its own list keeps only the list
    _, facts = facts_of(original.replace("我局主动公开的文件类信息数量较少,这主要是由于业务专业性较强。今后将加强培训。",
                                         "一是宣传不够;二是人员不足。"))
    assert [f.text_value for f in facts if f.kind == "item"] == ["宣传不够", "人员不足"]


def test_the_parts_of_a_breakdown_are_the_categories_of_its_total():
    text = _clean("全年主动公开信息90条,其中:机构概况信息6条;预决算信息68条;财政收支信息16条。另收到申请4件(其中:网上申请2件,"
                  "现场申请1件,邮寄1件),办结4件。")
    items = extract_items(text)
    first = [f for f in items if f.context == "全年主动公开信息90条…其中"]
    assert [f.text_value for f in first] == ["机构概况信息6条", "预决算信息68条", "财政收支信息16条"]
    assert {text[f.quote_span[0] : f.quote_span[1]] for f in first} == {"全年主动公开信息90条,其中:机构概况信息6条;预决算信息68条;财政收支信息16条"}
    bracket = [f.text_value for f in items if f.context.endswith("其中") and f not in first]
    assert bracket == ["网上申请2件", "现场申请1件", "邮寄1件"]  # the bracket closes the breakdown


def test_quotes_hold_what_a_reader_needs():
    # a statement of none keeps the short lead-in of its sentence
    text = _clean("2023年度,我局政府信息公开没有收费。")
    (z,) = extract_nones(text)
    assert text[z.quote_span[0] : z.quote_span[1]] == "2023年度,我局政府信息公开没有收费"
    # numbered items are quoted with their enumerator
    text = _clean("存在的不足:一是宣传不够;二是人员不足。\n（一）形势依然严峻\n（二）重视不足\n")
    assert [text[f.quote_span[0] : f.quote_span[1]] for f in extract_items(text)] == [
        "一是宣传不够", "二是人员不足", "(一)形势依然严峻", "(二)重视不足"]  # (cleaned: half-width brackets)
    # a short contact sentence is quoted whole: every field of it in one quote
    text = _clean("如有疑问,请与青禾县样例局联系(地址:青禾县和平路8号,电话:0123-4567890)。")
    quotes = {f.row: text[f.quote_span[0] : f.quote_span[1]] for f in extract_contacts(text)}
    assert quotes["地址"] == quotes["电话"] == text


def test_a_two_part_list_after_a_long_lead():
    got = extract_items(_clean("我镇同时充分利用单位公告栏、微信公众号等公众媒体全面公开信息。"))
    assert [f.text_value for f in got] == ["单位公告栏", "微信公众号"]


def test_a_short_statement_of_none_is_labelled_and_quoted_with_the_clause_it_continues():
    text = _clean("2014年,我局在办理依申请公开工作中,未向申请人收取费用。查阅复印资料未收取任何费用。")
    first, second = extract_nones(text)
    assert (first.row, first.context) == ("费用", "我局在办理依申请公开工作中")
    assert text[first.quote_span[0] : first.quote_span[1]] == "我局在办理依申请公开工作中,未向申请人收取费用"
    assert second.context == ""


def test_a_list_that_counts_itself():
    got = extract_items(_clean("确定东湖、西湖、南湖三个试点区开展标准化工作。"))
    assert [f.text_value for f in got] == ["东湖", "西湖", "南湖"] and got[0].context.endswith("三个试点区开展标准化工作")


def test_a_reporting_period_named_as_the_time_of_the_statistics():
    got = [(f.row, f.text_value) for f in extract_dates(_clean("本学年报告中统计数据的时间为2018年9月1日至2019年8月31日。"))]
    assert got == [("统计期限", "2018年9月1日至2019年8月31日")]


def test_the_figures_a_sentence_says_it_includes_are_its_categories():
    text = _clean("主动公开信息696条,主要包括部门动态477条、重点领域202条、财政预决算2条。")
    got = [(f.text_value, f.context) for f in extract_items(text)]
    assert got == [(v, "主动公开信息696条…主要包括") for v in ("部门动态477条", "重点领域202条", "财政预决算2条")]


def test_the_body_that_compiled_the_report():
    text = _clean(
        "根据《条例》和部门职责,青禾县样例局(青禾县政务服务中心)编制了《青禾县样例局2022年政府信息公开工作年度报告》。\n"
        "样例县数据中心编写本报告。我局编制了《青禾县样例局2022年政府信息公开工作年度报告》。\n"
        "青禾县财政局编制了《青禾县政府信息公开指南》。"
    )
    got = {(f.row, f.text_value) for f in extract_contacts(text)}
    # the clause's subject before "编制了《…年度报告》" / "编写本报告" (a bracketed other name skipped)
    assert got == {("编制单位", "青禾县样例局"), ("编制单位", "样例县数据中心")}
