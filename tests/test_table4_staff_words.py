"""Table 四 asked in staff words: an outcome column by its other Chinese words (被纠错 = 结果纠正, 没审完 = 尚未审结),
and one group of lawsuits (未经复议直接起诉 / 复议后起诉) without the other and their sum.  Fictional 青禾县样例局."""

from assistant.aggregate import select_facts
from assistant.core.metrics import METRICS
from assistant.core.types import Fact
from assistant.labels import column_named
from assistant.table4_asks import named_group

_METRIC = {m.key: m for m in METRICS}


def _cell(row: str, column: str, value: int, metric: str) -> Fact:
    return Fact(doc_id="qinghe", agency="青禾县样例局", year=2022, table="四", row=row, column=column, metric=metric,
                value=value, raw=str(value), start=0, end=1, quote_start=0, quote_end=1)


def _reconsiderations() -> list[Fact]:
    cells = [("结果维持", 4), ("结果纠正", 2), ("其他结果", 1), ("尚未审结", 3), ("总计", 10)]
    return [_cell("行政复议", f"行政复议 / {c}", v, "reconsiderations") for c, v in cells]


def _lawsuits() -> list[Fact]:
    out = []
    for group, values in (("未经复议直接起诉", (2, 0, 1, 0, 3)), ("复议后起诉", (1, 0, 0, 1, 2))):
        for c, v in zip(("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"), values):
            out.append(_cell("行政诉讼", f"行政诉讼 / {group} / {c}", v, "lawsuits"))
    return out


def test_outcome_column_named_by_staff_words():
    assert column_named("行政复议 / 结果纠正", "青禾县样例局2022年行政复议被纠错了多少件？")
    assert column_named("行政复议 / 尚未审结", "青禾县样例局2022年还有几件行政复议没审完？")
    assert column_named("行政复议 / 结果维持", "青禾县样例局2022年行政复议维持原行政行为的有几件？")
    assert not column_named("行政复议 / 结果纠正", "青禾县样例局2022年行政复议有多少件？")


def test_reconsideration_corrected_gives_its_column_not_the_total():
    got = select_facts(_reconsiderations(), _METRIC["reconsiderations"], "青禾县样例局2022年行政复议被纠错了多少件？")
    assert [(f.column, f.value) for f in got] == [("行政复议 / 结果纠正", 2)]
    total = select_facts(_reconsiderations(), _METRIC["reconsiderations"], "青禾县样例局2022年行政复议有多少件？")
    assert [f.value for f in total] == [10]


def test_one_lawsuit_group_named():
    assert named_group("青禾县样例局2022年未经复议直接起诉的行政诉讼有几件？") == "行政诉讼 / 未经复议直接起诉"
    assert named_group("青禾县样例局2022年复议后起诉的有几件？") == "行政诉讼 / 复议后起诉"
    assert named_group("how many lawsuits went straight to court without reconsideration") == "行政诉讼 / 未经复议直接起诉"
    assert named_group("how many lawsuits were filed after a reconsideration") == "行政诉讼 / 复议后起诉"
    assert named_group("青禾县样例局2022年行政诉讼有几件？") is None
    assert named_group("直接起诉和复议后起诉各有几件？") is None  # both groups: both kept


def test_lawsuits_of_one_group_only():
    direct = select_facts(_lawsuits(), _METRIC["lawsuits"], "青禾县样例局2022年未经复议直接起诉的行政诉讼有几件？")
    assert [(f.column, f.value) for f in direct] == [("行政诉讼 / 未经复议直接起诉 / 总计", 3)]
    after = select_facts(_lawsuits(), _METRIC["lawsuits"], "how many lawsuits were filed after reconsideration")
    assert [f.value for f in after] == [2]
    both = select_facts(_lawsuits(), _METRIC["lawsuits"], "青禾县样例局2022年行政诉讼有几件？")
    assert sorted(f.value for f in both) == [2, 3]


def test_lawsuit_group_named_by_staff_words():
    assert named_group("青禾县样例局2022年直接向法院起诉的行政诉讼有多少件？") == "行政诉讼 / 未经复议直接起诉"
    assert named_group("青禾县样例局2022年复议后又起诉的行政诉讼有几件？") == "行政诉讼 / 复议后起诉"


def test_outcome_ask_gives_the_outcome_columns():
    for q in ("青禾县样例局2022年行政复议的结果是什么？", "What was the outcome of the bureau's reconsideration cases in 2022?"):
        got = select_facts(_reconsiderations(), _METRIC["reconsiderations"], q)
        assert [f.value for f in got] == [4, 2, 1, 3], q
    after = select_facts(_lawsuits(), _METRIC["lawsuits"], "青禾县样例局2022年复议后起诉的案件结果如何？")
    assert [f.column.split(" / ")[-1] for f in after] == ["结果维持", "结果纠正", "其他结果", "尚未审结"]
    assert all("复议后起诉" in f.column for f in after)


def test_lawsuits_after_reconsideration_are_lawsuits():
    """"经过复议后又起诉的有几件" counts lawsuits (复议后起诉), not the reconsiderations its 复议 names."""
    from assistant.query import detect_metric

    assert detect_metric("青禾县样例局2022年经过复议后又起诉的有几件？").key == "lawsuits"
    assert detect_metric("青禾县样例局2022年行政复议有几件？").key == "reconsiderations"
