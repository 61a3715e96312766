"""Answers say what a figure counts and what a refusal lacks (assistant/bundled_figures.py, assistant/declined_asks.py,
assistant/shown_quotes.py).  Fictional agencies only (青禾县样例局)."""

from __future__ import annotations

from assistant.bundled_figures import bundled_kinds
from assistant.core.metrics import metric
from assistant.core.types import Citation, Fact
from assistant.declined_asks import Decline, collect, declined_lines
from assistant.fee_kinds import asked_fee, fact_of_other_fee
from assistant.label_fit import fits_ask
from assistant.not_stated_registry import FactCase
from assistant.shown_quotes import keep_shown, quote_lead
from assistant.writeup import who
from prompts import load_templates
from tests.fake_index import answer_from_lines
from tests.fixtures.qinghe_sample import QINGHE


def _fact(row: str, value: float | None, fact_metric: str | None = None, kind: str = "narrative") -> Fact:
    return Fact(doc_id=QINGHE.doc_id, agency="青禾县样例局", year=2023, table="narrative", row=row, column="",
                metric=fact_metric, value=value, kind=kind, label_zh=f"三、依申请公开情况 / {row}", raw="31件",
                start=0, end=1, quote_start=0, quote_end=1)


# --- a bundled figure --------------------------------------------------------------------------------------------
def test_one_kind_of_a_listed_bundle_is_named_with_every_kind():
    own = "发布样例采购预告、成交公示等信息"
    assert bundled_kinds("成交公示发布了多少条", own) == (["成交公示"], ["样例采购预告", "成交公示"])
    assert bundled_kinds("样例采购预告和成交公示一共多少条", own) is None  # (every kind: the figure is theirs)
    assert bundled_kinds("发布了多少条信息", own) is None  # (no kind: the total)
    assert bundled_kinds("成交公示等信息有多少条", own) is None  # (the ask names the lump)
    # (the longest kind said: 采购预公告 holds 公告, one kind asked)
    assert bundled_kinds("采购预公告多少条", "采购预公告、公告等信息") == (["采购预公告"], ["采购预公告", "公告"])


def test_the_answer_keeps_the_figure_and_says_it_is_combined():
    text = ("青禾县样例局2023年政府信息公开工作年度报告\n一、总体情况\n"
            "本年度我局发布样例采购预告、成交公示等信息96条。\n")
    a = answer_from_lines(QINGHE, text, "青禾县样例局2023年成交公示发布了多少条？")
    assert a.answered and "96" in a.text
    assert "报告未单列成交公示的数量" in a.text and "样例采购预告、成交公示等几类合计" in a.text


# --- a refusal naming what was declined -------------------------------------------------------------------------
def test_label_fit_notes_the_row_it_found_missing_and_the_asked_whole():
    notes = collect()
    total = _fact("全年共收到政府信息公开申请", 31, "applications_received")
    ask = metric("applications_received")
    assert not fits_ask(total, ask, f"{total.label_zh} {total.row}", {"重复申请": 1.0}, "重复申请有几件")
    assert notes == [Decline(row="重复申请", fact=total, whole=True)]


def test_the_fee_check_notes_the_fee_asked_and_the_row_it_declined():
    notes = collect()
    row = _fact("申请人逾期未按收费通知要求缴纳费用", 0, kind="table")
    case = FactCase(row, None, row.row, "did they charge any fees for information requests")
    assert fact_of_other_fee(case)
    assert notes == [Decline(name_key="fee_charged_name", fact=row)]


def test_a_fee_asked_is_named_by_its_kind():
    assert asked_fee("青禾县样例局收取了多少信息处理费") == [Decline(name_key="application_fee_name")]
    assert asked_fee("how much in administrative fees did it collect") == [Decline(name_key="administrative_fee_name")]
    assert asked_fee("收到多少申请") == []
    text = "青禾县样例局2023年政府信息公开工作年度报告\n一、总体情况\n本年度我局通过门户网站主动公开政府信息120条。\n"
    a = answer_from_lines(QINGHE, text, "青禾县样例局2023年收取了多少信息处理费？")
    assert not a.answered and a.text == "青禾县样例局2023年的报告中没有找到依申请公开收取的费用。"


def test_a_declined_refusal_names_the_part_and_gives_the_declined_figure_as_context():
    zh, en = load_templates("extractive", "zh"), load_templates("extractive", "en")
    total = _fact("全年共收到政府信息公开申请", 31, "applications_received")
    lines = declined_lines([Decline(row="重复申请", fact=total, whole=True)], [QINGHE], zh, "zh", who,
                           lambda f: f"{f.row}：31件[1]")
    assert lines == ["青禾县样例局2023年的报告没有单独写明重复申请的数量，只写了总数：", "全年共收到政府信息公开申请：31件[1]"]
    named = declined_lines([Decline(name_key="fee_charged_name")], [QINGHE], en, "en", who, lambda f: "")
    assert named == ["青禾县样例局 (Qinghe), 2023: the report does not contain the fees charged for information requests."]
    assert declined_lines([], [QINGHE], zh, "zh", who, lambda f: "") == []  # (nothing declined: the generic refusal)


def test_an_unstated_row_is_named_in_the_refusal():
    text = ("青禾县样例局2023年政府信息公开工作年度报告\n一、总体情况\n"
            "本年度我局通过门户网站主动公开政府信息120条。\n")
    a = answer_from_lines(QINGHE, text, "青禾县样例局2023年重复申请有几件？")
    assert not a.answered and a.text == "青禾县样例局2023年的报告中没有找到重复申请的数量。"


# --- a quote shown simplified ------------------------------------------------------------------------------------
def test_a_quote_shown_simplified_says_so_and_the_citation_keeps_both():
    zh = load_templates("extractive", "zh")
    assert quote_lead("未收取費用", "未收取费用", zh) == zh["quote_simplified"]
    assert quote_lead(" 未收取费用 ", "未收取费用", zh) == zh["quote_as_written"]
    c = Citation(n=1, doc_id="d", source="s", title="t", quote="未收取費用", start=0, end=5)
    keep_shown(c, "未收取费用")
    assert (c.quote, c.clean_quote) == ("未收取費用", "未收取费用")


def test_width_and_spacing_alone_are_no_simplification():
    zh = load_templates("extractive", "zh")
    assert quote_lead("未收取费用，不存在减免", "未收取费用,不存在减免", zh) == zh["quote_as_written"]


def test_an_english_ask_names_no_kind_by_a_loose_rendering():
    assert bundled_kinds("how many sub-columns carry information", "“机构概况”、“人事信息”等子栏目") is None
