"""A first upload's kinds of failure (a fictional report written for the purpose: tests/fixtures/newuser, an invented
agency of an invented city, every figure invented), each fixed as a general rule:

- an ask of one part of a report — proactive disclosure, applications, reconsiderations and lawsuits — is not answered
  by a table cell of another part sharing a word with it ("主动公开的行政执法类信息" is no 表三 row "属于行政执法案卷");
  the prose figure of the category answers (assistant/report_sections.py, core/data/sections.toml);
- an ask naming a table row in its own words and no column gets the row's total; a "其中…" / "of those" ask naming an
  applicant type and no row of its own gets that column of the row the ask before it was answered by, not of the row
  of all new applications (assistant/row_followups.py, FactSearch._answering);
- those trained are counted under their own word ("参训人员120人次"): a figure of them answers "培训了多少人次"
  (core/data/not_stated.toml, the training family).
Pure functions on invented facts, and (slow tier) the fictional sample asked end to end through a real store.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.core.types import Fact
from assistant.counted_things import misses_counted_thing
from assistant.report_sections import asked_section, cell_section, in_other_section
from assistant.row_followups import cells_of_part_in_row

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "newuser"


def _cell(row: str, column: str, value: float, heading: str = "收到和处理政府信息公开申请情况", table: str = "三") -> Fact:
    leaf = " / ".join(p.split(".", 1)[-1].strip("()（）一二三四、") for p in row.split(" / "))
    return Fact(doc_id="q" * 16, table=table, row=row, column=column, value=value, kind="table",
                label_zh=f"{heading} / {leaf} / {column}", raw=str(int(value)), start=0, end=1, quote_start=0, quote_end=1)


# --- the part of the report an ask names -----------------------------------------------------------------------

@pytest.mark.parametrize("ask, section", [
    ("青禾县市场监管局2023年主动公开的行政执法类信息有多少条", "proactive"),
    ("青禾县2023年主动发布的政策文件类信息几条", "proactive"),
    ("how many law-enforcement items did qinghe proactively disclose in 2023", "proactive"),
    ("青禾县2023年依申请公开中不予公开的有几件", "applications"),
    ("how many requests did qinghe refuse in 2023", "applications"),
    ("青禾县2023年被申请行政复议几次", "reviews"),
    ("was qinghe sued in 2023", "reviews"),
    ("青禾县2023年行政处罚多少件", None),  # names no part
    ("青禾县2023年主动公开和依申请公开各多少", None),  # names two: no judgement
])
def test_the_part_an_ask_names(ask, section):
    assert asked_section(ask) == section


def test_a_cell_stands_in_the_part_its_table_heading_names():
    case_files = _cell("三、本年度办理结果 / （三）不予公开 / 7.属于行政执法案卷", "总计", 0)
    penalties = _cell("第二十条第（六）项 / 行政处罚", "本年处理决定数量", 118, heading="主动公开政府信息情况", table="二")
    reviews = _cell("行政复议", "总计", 2, heading="政府信息公开行政复议、行政诉讼情况", table="四")
    assert [cell_section(f) for f in (case_files, penalties, reviews)] == ["applications", "proactive", "reviews"]
    prose = Fact(doc_id="q" * 16, table="narrative", row="行政执法类信息", column="", value=200, kind="narrative",
                 label_zh="总体情况 / 行政执法类信息", unit="条", raw="200条", start=0, end=1, quote_start=0, quote_end=1)
    assert cell_section(prose) is None  # prose: its heading may name several parts


@pytest.mark.parametrize("ask", [
    "青禾县市场监管局2023年主动公开的行政执法类信息有多少条",
    "青禾县市场监管局2023年主动公开了多少条行政执法信息",
    "how many law enforcement items did the qinghe market regulator proactively publish in 2023",
])
def test_a_proactive_ask_is_not_answered_by_a_row_of_the_applications_table(ask):
    case_files = _cell("三、本年度办理结果 / （三）不予公开 / 7.属于行政执法案卷", "总计", 0)
    assert in_other_section(ask, case_files)
    penalties = _cell("第二十条第（六）项 / 行政处罚", "本年处理决定数量", 118, heading="主动公开政府信息情况", table="二")
    assert not in_other_section(ask, penalties)


@pytest.mark.parametrize("ask", [
    "青禾县2023年因属于行政执法案卷不予公开的申请有几件",
    "青禾县2023年有多少件申请因为属于行政执法案卷没有公开",
    "青禾县2023年行政执法案卷有几件",  # no part named: not judged
])
def test_an_ask_of_the_applications_table_keeps_its_rows(ask):
    assert not in_other_section(ask, _cell("三、本年度办理结果 / （三）不予公开 / 7.属于行政执法案卷", "总计", 0))


# --- "其中自然人几件": the row the ask before it was answered by -------------------------------------------------

NOT_HELD = "三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息"
NEW = "一、本年新收政府信息公开申请数量"
COLUMNS = [("自然人", 4), ("法人或其他组织 / 商业企业", 2), ("法人或其他组织 / 科研机构", 0),
           ("法人或其他组织 / 法律服务机构", 1), ("总计", 7)]
ROWS = [_cell(r, c, v + (10 if r == NEW else 0)) for r in (NEW, NOT_HELD) for c, v in COLUMNS]


def _facts_of(doc_ids):
    return [f for f in ROWS if f.doc_id in doc_ids]


@pytest.mark.parametrize("ask, terms, column, value", [
    ("其中自然人几件", (), "自然人", 4),
    ("其中个人提出的有多少", (), "自然人", 4),
    ("其中企业申请的几件", (), "法人或其他组织 / 商业企业", 2),
    ("and how many of those were from individuals", ("自然人",), "自然人", 4),
    ("and how many of them came from companies", ("商业企业",), "法人或其他组织 / 商业企业", 2),
])
def test_an_of_those_ask_takes_the_column_of_the_row_before(ask, terms, column, value):
    previous = next(f for f in ROWS if f.row == NOT_HELD and f.column == "总计")
    got = cells_of_part_in_row(previous, ask, terms, _facts_of)
    assert [(f.row, f.column, f.value) for f in got] == [(NOT_HELD, column, value)]


def test_a_group_of_columns_is_every_column_of_it_in_that_row():
    previous = next(f for f in ROWS if f.row == NOT_HELD and f.column == "总计")
    got = cells_of_part_in_row(previous, "其中法人或其他组织几件", (), _facts_of)
    assert {f.row for f in got} == {NOT_HELD} and sum(f.value for f in got) == 3


@pytest.mark.parametrize("ask", ["其中予以公开几件", "and how many of those were granted", "其中多少件已办结"])
def test_an_ask_naming_no_applicant_is_searched_as_before(ask):
    previous = next(f for f in ROWS if f.row == NOT_HELD and f.column == "总计")
    assert cells_of_part_in_row(previous, ask, (), _facts_of) == []


# --- those trained ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("ask", ["青禾县2023年培训了多少人次", "青禾县2023年参加培训的有多少人次",
                                 "how many people were trained by qinghe in 2023"])
@pytest.mark.parametrize("own_words", ["参训人员 120 人次 参训人员120人次", "受训干部 50 人", "培训业务骨干 30 人次"])
def test_a_figure_of_those_trained_answers_a_training_ask(ask, own_words):
    assert not misses_counted_thing(ask, own_words)


def test_a_figure_of_something_else_still_does_not():
    assert misses_counted_thing("青禾县2023年培训了多少人次", "通过微信公众号发布信息 156 条")


# --- the fictional sample, end to end through a real store (slow) ------------------------------------------------

@pytest.fixture(scope="module")
def sample_settings(tmp_path_factory):
    from tests.conftest import _ingest

    store = tmp_path_factory.mktemp("newuser_store")
    settings, summary = _ingest(store, [FIXTURE])
    assert summary.failed == []
    yield settings
    shutil.rmtree(store, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.parametrize("question, wanted, unwanted", [
    ("金沙区市场监督管理局2024年主动公开的行政执法类信息有多少条？", ["286条"], ["执法案卷"]),
    ("金沙区市场监督管理局2024年因为信息不存在而无法提供的有多少件，其中自然人几件？", ["7件", "5件"], ["21件", "商业企业"]),
    ("Jinsha market bureau 2024: how many could not be provided because the office didn't hold the info, and how many "
     "of those were from individuals?", ["7 [1]", "5 [2]"], ["21"]),
    ("金沙区市场监督管理局2024年培训了多少人次？", ["120人次"], []),
    ("金沙区市场监督管理局2024年收到多少申请，其中自然人几件？", ["27件", "21件"], []),
    ("金沙区市场监督管理局2024年组织了几次培训？", ["3次"], ["120"]),
])
def test_the_fictional_sample_end_to_end(sample_settings, question, wanted, unwanted):
    from assistant.api import ask

    a = ask(question, settings=sample_settings)
    assert a.answered, (question, a.text)
    for w in wanted:
        assert w in a.text, (question, a.text)
    for u in unwanted:
        assert u not in a.text, (question, a.text)
