"""Prose figures run together without punctuation: each figure's label is the words between the figure before (with its
unit) and it; a figure labelled only by a change or a rate is of the thing counted before it. Fictional sentences."""

from __future__ import annotations

import pytest

from ingest.prose import extract_figures


def _facts(text: str) -> dict[float, tuple[str, str]]:
    return {f.value: (f.row, f.context) for f in extract_figures(text)}


def test_the_words_running_into_the_next_figure_are_its_label_even_across_a_list_mark():
    facts = _facts("柳溪县热线受理咨询300件,办结率96%受理留言80件,答复率达99%收到来信50件,回复率95%转办市、县两级的事项20件,办结率100%。")
    assert facts[95.0][0] == "回复率"  # not "回复率转办市": the 20's words are no tail of the 95%
    assert facts[20.0][0] == "转办市、县两级的事项"


def test_a_noun_written_after_its_figure_still_ends_at_the_list_mark():
    facts = _facts("受理12件次群众来信、8件网上投诉。")
    assert facts[12.0][0] == "受理群众来信"


def test_a_rate_or_a_change_alone_is_of_the_thing_counted_before_it():
    facts = _facts("柳溪县受理群众来信和网上留言事项640件,同比下降12.5%,办结率97.3%,初次来访一次性化解率为91.2%。")
    assert facts[12.5] == ("同比下降", "柳溪县受理群众来信和网上留言事项")
    assert facts[97.3] == ("办结率", "柳溪县受理群众来信和网上留言事项")  # the change clause names no thing of its own
    assert facts[91.2][1] == ""  # a rate naming its own thing keeps no context
    run = _facts("受理留言80件,答复率达99%收到来信50件,回复率95%。")
    assert run[99.0] == ("答复率达", "受理留言")
    assert run[95.0] == ("回复率", "收到来信")


def test_numbers_without_units_running_into_the_next_counted_thing_are_figures():
    facts = _facts("其中发布县政府文件12条,县办文件9会议信息31、预算信息15民生领域、重点工作信息204微信推送信息77条。")
    assert facts[9.0][0] == "县办文件"
    assert facts[15.0][0] == "预算信息"
    assert facts[204.0][0] == "民生领域、重点工作信息"  # no "预算信息15" in front of it
    assert facts[77.0][0] == "微信推送信息"


@pytest.mark.parametrize("text", [
    "柳溪县信息公开年报2023版本已发布。",  # a year
    "咨询电话12345转人工服务。",  # a phone with no counted thing after it
    "全县文件7号通知已印发。",  # the words after name no counted thing followed by a number
])
def test_no_unitless_figure_where_the_words_after_name_no_counted_thing(text):
    assert not [f for f in extract_figures(text) if not f.unit]


# --- the answer side ---------------------------------------------------------------------------

def test_words_running_into_the_next_figure_are_not_what_this_figure_counts():
    from assistant.labels import counted_noun

    text = "网站发布信息300微博推送信息120条,设立3个专栏,通过5个新媒体平台发布信息420条"
    assert counted_noun(text, text.index("300") + 3, counts_after=False) == ""  # 微博推送信息 is what the 120 counts
    assert counted_noun(text, text.index("3个") + 2) == "专栏"
    assert counted_noun(text, text.index("5个") + 2) == "新媒体平台发布信息"  # a figure with its unit counts what follows


_ORIGINAL = (
    "柳溪县样例局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年,本局门户网站发布各类信息900条,其中政务动态信息200公众号推送信息150微博发布信息60条。\n"
    "全年受理来信和网上留言事项75件,均已办结。\n"
)


def _report():
    from assistant.core.types import Report

    return Report(doc_id="l" * 16, sources=["liuxi_yangli_ju_2021.txt"], agency="柳溪县样例局", region="柳溪县",
                  year=2021, aliases=["liuxi"])


def test_a_second_ask_is_answered_by_its_own_figure_not_the_first_asks():
    from tests.fake_index import answer_from_lines

    # "posts" (推送) also meets the 150's label: the second ask takes the figure labelled with its own 微博
    a = answer_from_lines(_report(), _ORIGINAL, "Liuxi 2021: how many WeChat pushes and how many Weibo posts?")
    lines = [ln for ln in a.text.splitlines() if ln.strip()]
    assert a.answered and "150" in lines[0], a.text
    assert "微博发布信息" in lines[1] and "60" in lines[1], a.text


def test_one_figure_counting_both_things_asked_is_said_once():
    from tests.fake_index import answer_from_lines

    a = answer_from_lines(_report(), _ORIGINAL, "Liuxi 2021: how many letters and how many online messages?")
    assert a.answered and "75" in a.text and "150" not in a.text and "60" not in a.text, a.text
