"""Round 21 breakdowns of a stated total into the parts the report lists (fictional reports 青禾市样例局, 松溪县财政样例局
and 云杉市信访样例局, invented here):

* an English ask of "the category-by-category split of …" / "the split of the …" wants the breakdown (glossary.toml
  [patterns] breakdown);
* a total whose parts are spread over the sentences and paragraphs after it, each part listing its own sub-parts
  ("共各类信息300条。网站信息120条,其中…。热线共信息80条。其中…。公众号信息100条。"), is broken down by those parts —
  not their sub-parts — when exactly one choice of them adds up to it; a total no choice adds up to gets no parts,
  never an invented remainder (assistant/spread_parts.py);
* a part asked of a total the question restates by its figure ("网站那120条里，政务公开、机构职责各几条") is that
  total's part the ask names, even by a word every report uses (政务公开) and even where the total names a channel
  (assistant/evidence.py, quoted_parts);
* the figures an ask states join their thousands ("the roughly 5,000 items" states 5000, not 5 and 0), and an ask
  of what kinds a restated total sums up ("发布A、B、C、D等各类信息近3000条") is answered by the kinds its own clause
  lists, not the channels (assistant/quoted_totals.py).
"""

from __future__ import annotations

import pytest

from assistant.asks import wants_breakdown
from assistant.core.types import Report
from tests.fake_index import answer_from_lines
from tests.test_round15_kinds import _figures

CATEGORIES = (
    "松溪县财政样例局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年全年主动公开信息500条,其中:机构概况信息7条;预决算信息300条;财政收支信息15条;决策公开类信息20条;"
    "执行公开类信息60条;管理公开类信息40条。\n"
)
CATEGORIES_REPORT = Report(doc_id="c" * 16, sources=["songxi_caizheng_yangliju_2022.txt"], agency="松溪县财政样例局",
                           region="松溪县", year=2022, aliases=["songxi"])


@pytest.mark.parametrize("question", [
    "Songxi finance bureau, 2022: give me the category-by-category split of the information it published proactively.",
    "Songxi finance bureau 2022 - what was the split of the items it published proactively?",
])
def test_an_english_ask_of_the_split_of_a_total_lists_every_part_and_no_remainder(question):
    assert wants_breakdown(question)
    a = answer_from_lines(CATEGORIES_REPORT, CATEGORIES, question)
    figures = _figures(a.text)
    assert a.answered and all(v in figures for v in ("7", "300", "15", "20", "60", "40")), a.text
    assert "58" not in figures, a.text  # (the parts add up to 442, not 500: no remainder is made up)


SPREAD = (
    "云杉市信访样例局政务公开工作总结\n"
    "一、公开政府信息基本情况\n"
    "云杉市信访样例局共各类信息300条。政务公开网信息60条,截至年底。其中,机构信息栏目信息20条,占总数的33.3%"
    "政策法规栏目信息40条,占总数的66.7%\n"
    "市民生热线共政府信息80条。其中,本局除在政务公开网的信息外。热线建设栏目政府信息30条,占总数的37.5%"
    "纠风快讯栏目信息50条,占总数的62.5%省“民声网”政府信息40条。\n"
    "工作要闻栏目8条,市信访大厅网站共政府信息120条。其中。占总数的6.67%法律法规栏目52条,占总数的43.33%"
    "政务公开栏目30条,占总数的25%机构职责栏目18条,占总数的15%公告12条,占总数的10%\n"
    "二、依申请公开政府信息情况\n"
    "全年未发生依申请公开事例。\n"
)
SPREAD_REPORT = Report(doc_id="f" * 16, sources=["yunshan_xinfang_yangliju.txt"], agency="云杉市信访样例局",
                       region="云杉市", aliases=["yunshan"])


@pytest.mark.parametrize("question", [
    "Yunshan petitions bureau: it says 300 items were published in all — how do they split across the platforms it lists?",
    "云杉市信访样例局那300条信息，在各个平台分别是多少条？",
])
def test_a_total_whose_parts_are_spread_over_paragraphs_is_split_into_those_parts(question):
    a = answer_from_lines(SPREAD_REPORT, SPREAD, question)
    figures = _figures(a.text)
    assert a.answered and all(v in figures for v in ("60", "80", "40", "120")), a.text
    # (not the columns inside each platform, nor the sub-part the text put before its platform)
    assert not any(v in figures for v in ("20", "30", "50", "52", "18", "8")), a.text


def test_a_total_no_choice_of_the_later_figures_adds_up_to_gets_no_invented_parts():
    from assistant.core.types import Fact
    from assistant.spread_parts import parts_spread_after

    text = "共各类信息300条。网站信息70条。热线信息90条。公众号信息100条。"

    def fact(value: float, label: str) -> Fact:
        at = text.index(f"{int(value)}条")
        return Fact(doc_id="x" * 16, table="narrative", row=label, column="", value=value, unit="条", kind="narrative",
                    start=at, end=at + len(f"{int(value)}条"), quote_start=at, quote_end=at + 4, raw=str(value),
                    label_zh=label)

    total = fact(300, "共各类信息")
    parts = [fact(70, "网站信息"), fact(90, "热线信息"), fact(100, "公众号信息")]
    assert parts_spread_after(text, total, [total, *parts], lambda g: []) == []  # (260: no remainder of 40 invented)
    smaller = total.model_copy(update={"value": 260.0})  # (the same figures under a total they do add up to)
    assert [g.value for g in parts_spread_after(text, smaller, [smaller, *parts], lambda g: [])] == [70, 90, 100]


@pytest.mark.parametrize("question", [
    "云杉市信访样例局信访大厅网站那120条里，政务公开、机构职责、公告这几个栏目分别几条？",
])
def test_parts_asked_of_a_restated_total_are_its_named_parts(question):
    a = answer_from_lines(SPREAD_REPORT, SPREAD, question)
    figures = _figures(a.text)
    assert a.answered and all(v in figures for v in ("30", "18", "12")), a.text
    assert "52" not in figures and "60" not in figures, a.text


KINDS = (
    "青禾市样例规划局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "常态化做好主动公开工作,通过市政府门户网站和青禾融媒号等渠道,发布土地征收、规划许可、林地审批、测绘成果等各类信息近3000条。"
    "全年收到政府信息公开申请12件。\n"
)
KINDS_REPORT = Report(doc_id="b" * 16, sources=["qinghe_guihua_yangliju_2023.txt"], agency="青禾市样例规划局",
                      region="青禾市", year=2023, aliases=["qinghe"])


def test_the_figures_an_ask_states_join_their_thousands():
    from assistant.parts import asked_figures

    assert asked_figures("the roughly 5,000 items and the 1,134 others in 2023") == {5000.0, 1134.0}
    assert asked_figures("items 3, 12 and 40") == {3.0, 12.0, 40.0}  # (a list of figures is no thousands)


@pytest.mark.parametrize("question", [
    "Qinghe planning bureau, 2023: what kinds of information does it say it put out proactively (the roughly 3,000 items)?",
])
def test_the_kinds_a_restated_total_lists_answer_what_kinds_it_sums_up(question):
    a = answer_from_lines(KINDS_REPORT, KINDS, question)
    assert a.answered and all(k in a.text for k in ("土地征收", "规划许可", "林地审批", "测绘成果")), a.text
    assert "融媒号" not in a.text, a.text  # (the channels it went out through are no kinds)


SITES = (
    "云杉区人民政府2016年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "2016年,我区累计主动公开政府信息600条,其中通过区政府网站公开信息200条,市政府网站公开50条,公开解读政策信息150条,"
    "公开服务信息200条。\n"
)
SITES_REPORT = Report(doc_id="9" * 16, sources=["yunshan_qu_2016.txt"], agency="云杉区人民政府", region="云杉区",
                      year=2016, aliases=["yunshan"])


def test_a_part_of_a_restated_total_found_by_its_own_words_is_not_joined_by_a_part_sharing_some():
    a = answer_from_lines(SITES_REPORT, SITES, "云杉区2016年那600条信息里，市政府网站、政策解读各是多少条？")
    figures = _figures(a.text)
    assert a.answered and "50" in figures and "150" in figures, a.text
    assert "200" not in figures, a.text  # (the district website's items share "政府网站" only)
