"""What an ask of one reason, one platform, contracts or hearings is answered by (fictional texts: 青禾县样例局).

- one reason of a table 三 group ("因属于国家秘密不予公开几件"): the reason's own row, or a group total of 0, answers;
  the group's total of more than 0, whose label names no reason, does not (label_fit.misses_asked_reason);
- one platform of a channel group (快手, 视频号): a figure naming it answers; another platform's, or a channel's it is
  none of, does not (channels.counts_other_platform);
- contracts awarded and hearings ([[counted]] families): a figure naming them answers, notices about buying or another
  meeting do not, and an ask of the notices is still answered by them;
- an English agency-type word naming a kind of request ("rejected as petitions or complaints") names no agency.
"""

from __future__ import annotations

from assistant.channels import counts_other_platform
from assistant.core.metrics import metric
from assistant.core.types import Fact
from assistant.counted_things import misses_counted_thing
from assistant.label_fit import misses_asked_reason
from assistant.other_agency import agency_types_named


def _fact(row: str, value: float, metric_key: str | None = None, kind: str = "narrative", table: str = "narrative") -> Fact:
    return Fact(doc_id="q" * 16, table=table, row=row, column="总计" if table == "三" else "", value=value, kind=kind,
                unit="件", label_zh=row, metric=metric_key, raw=row, start=0, end=1, quote_start=0, quote_end=1)


WITHHELD = metric("applications_withheld")


def test_a_group_total_answers_no_ask_of_one_reason():
    total = _fact("不予公开", 4, "applications_withheld")
    assert misses_asked_reason(total, WITHHELD, total.row, {}, "青禾县样例局因属于国家秘密不予公开的申请有几件")
    assert not misses_asked_reason(total, WITHHELD, total.row, {}, "青禾县样例局不予公开的申请有几件")


def test_the_reasons_own_row_and_a_total_of_none_still_answer():
    row = _fact("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密", 1, "applications_withheld", kind="table", table="三")
    assert not misses_asked_reason(row, WITHHELD, row.row, {}, "青禾县样例局因属于国家秘密不予公开的申请有几件")
    none = _fact("不予公开", 0, "applications_withheld")
    assert not misses_asked_reason(none, WITHHELD, none.row, {}, "青禾县样例局因属于国家秘密不予公开的申请有几件")


def test_a_platform_asked_is_answered_by_its_own_figure_only():
    assert counts_other_platform("青禾县样例局在快手上发了多少条", "“云栖样例”抖音号发布作品52条")
    assert counts_other_platform("how many videos on the qinghe sample bureau's wechat channels account", "官方微信更新300条")
    assert not counts_other_platform("青禾县样例局抖音号发了多少条", "“云栖样例”抖音号发布作品52条")
    assert not counts_other_platform("青禾县样例局视频号发了多少条", "微信视频号发布短视频20条")
    # (a figure of the platform's own channel naming no platform is left to the other rules; an ask of no platform too)
    assert not counts_other_platform("青禾县样例局抖音发了多少条", "发布短视频52条")
    assert not counts_other_platform("青禾县样例局短视频发了多少条", "“云栖样例”抖音号发布作品52条")


def test_contracts_and_hearings_are_answered_only_by_figures_naming_them():
    assert misses_counted_thing("青禾县样例局签订了多少份政府采购合同", "政府采购信息85条")
    assert not misses_counted_thing("青禾县样例局签订了多少份政府采购合同", "签订政府采购合同12份")
    assert misses_counted_thing("青禾县样例局中标项目有多少个", "中标候选人公示等信息40条")
    assert not misses_counted_thing("青禾县样例局发布中标公示信息多少条", "中标候选人公示等信息40条")
    assert not misses_counted_thing("青禾县样例局公开政府采购信息多少条", "政府采购信息85条")
    assert misses_counted_thing("青禾县样例局召开了几次听证会", "召开推进会2次")
    assert not misses_counted_thing("青禾县样例局召开了几次听证会", "组织价格听证会3次")


def test_a_type_word_naming_a_kind_of_request_names_no_agency():
    assert agency_types_named("how many requests did the qinghe sample bureau reject as petitions or complaints?") == []
    assert agency_types_named("how many were set aside as complaints or petitions by the qinghe sample bureau?") == []
    assert "信访局" in agency_types_named("how many requests did the qinghe petitions bureau get?")
