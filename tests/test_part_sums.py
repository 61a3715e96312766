"""Code-review mends that change no answer: the helpers the part readers share (assistant/part_sums.py), the kernel as
the one loader of the template's staff phrasings (Chinese ones too), the staff phrasings of a sub-row worked out once
(assistant/group_rows.py), and the metric a narrowing or shortened ask carries over (assistant.ask_question). Fictional
figures only."""

from __future__ import annotations

import dataclasses

from assistant.ask_question import carried_metric
from assistant.asks import Ask
from assistant.core.metrics import BY_KEY
from assistant.core.template import DATA, TEMPLATE, load
from assistant.core.types import Fact
from assistant.group_rows import _staff_phrasings
from assistant.labels import column_named
from assistant.part_sums import prose_figures, sums_to


def _figure(value: float | None, start: int, unit: str = "条", table: str = "narrative") -> Fact:
    return Fact(doc_id="q" * 16, table=table, row="发布信息", column="", value=value, kind="narrative", unit=unit,
                raw=str(value), start=start, end=start + 3, quote_start=start, quote_end=start + 3)


def test_the_prose_figures_of_a_unit_in_a_stretch_in_text_order():
    later, earlier = _figure(120, 40), _figure(300, 10)
    other_unit, table_cell, no_value = _figure(5, 20, unit="个"), _figure(7, 25, table="三"), _figure(None, 30)
    outside = _figure(9, 60)
    facts = [later, other_unit, table_cell, no_value, outside, earlier]
    assert prose_figures(facts, "条", 10, 60) == [earlier, later]  # (from lo, short of hi)
    assert prose_figures(facts, "条", 11, 61) == [later, outside]


def test_parts_add_up_to_a_total_within_float_rounding():
    assert sums_to(0.1 + 0.2, 0.3)
    assert sums_to(300 + 120, 420)
    assert not sums_to(419, 420)


def test_the_kernel_loads_the_staff_words_of_a_column(tmp_path):
    assert "上年项目" in TEMPLATE.t2_column("上一年项目数量").staff_zh
    assert all(c.staff_zh == () for c in TEMPLATE.t2_column_defs if c.zh == "本年增/减")
    # (a fictional staff word written into a copy of the template reaches the column, and the column's name)
    text = DATA.read_text(encoding="utf-8").replace('staff_zh = ["上年项目"', 'staff_zh = ["旧年条目", "上年项目"', 1)
    changed = tmp_path / "template.toml"
    changed.write_text(text, encoding="utf-8")
    assert load(changed).t2_column("上一年项目数量").staff_zh[0] == "旧年条目"
    assert column_named("上一年项目数量", "青禾县样例局的上年项目有几个")


def test_the_staff_phrasings_of_a_sub_row_are_those_of_the_template_rows_it_names():
    phrasings = _staff_phrasings("本机关不掌握相关政府信息")
    assert phrasings and all(p == p.lower() for p in phrasings)
    assert _staff_phrasings("本机关不掌握相关政府信息") is phrasings  # (worked out once)
    assert _staff_phrasings("青禾县样例局自编栏目") == ()


def _previous(metric_key: str | None):
    from assistant.query import parse_question

    q = parse_question("青禾县样例局2023年收到多少申请", [])
    return dataclasses.replace(q, metric=BY_KEY[metric_key] if metric_key else None)


def test_a_narrowing_or_shortened_ask_carries_the_metric_of_the_ask_before_it():
    received = BY_KEY["applications_received"]
    before = _previous("applications_received")
    other = next(m for m in BY_KEY.values() if m.key != "applications_received")
    assert carried_metric(Ask("其中自然人多少件", within=True), None, before) is received
    assert carried_metric(Ask("另外来信申请呢", elliptic=True), None, before) is received
    assert carried_metric(Ask("另外来信申请呢", elliptic=True), other, before) is other  # (its own metric stays)
    assert carried_metric(Ask("收到多少件"), None, before) is None
    assert carried_metric(Ask("其中自然人多少件", within=True), None, None) is None
