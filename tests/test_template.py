"""The national template as data (assistant/core/data/template.toml -> assistant.core.template)."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest

from assistant.core.template import DATA, TEMPLATE, load, validate

ROOT = Path(__file__).resolve().parents[1]


def test_loads_and_validates():
    assert validate(TEMPLATE) == []


def test_every_row_column_section_has_an_english_label():
    names = list(TEMPLATE.t3_columns) + list(TEMPLATE.t4_columns)
    names += [c for cols in TEMPLATE.t2_columns["2019"].values() for c in cols]
    names += [c for cols in TEMPLATE.t2_columns["2021"].values() for c in cols]
    names += list(TEMPLATE.t2_row_blocks)
    names += [p for lay in ("2019", "2021") for row in TEMPLATE.t3_row_paths(lay) for p in row.split(" / ")]
    names += [s.zh for s in TEMPLATE.sections] + [b.zh for b in TEMPLATE.t2_blocks]
    for name in names:
        en = TEMPLATE.path_en(name)
        assert en and not re.search(r"[\u4e00-\u9fff]", en), (name, en)


def test_identities_reference_existing_rows_and_columns():
    assert {i.name for i in TEMPLATE.identities} >= {"balance", "applicants", "outcomes", "group_total"}
    for i in TEMPLATE.identities:
        for key in (*i.left, *i.right, *filter(None, (i.total_row, i.parts_under))):
            assert TEMPLATE.t3_row(key).zh
    assert TEMPLATE.t3_path("三.七") == "三、本年度办理结果 / (七)总计"


def test_a_broken_template_is_refused(tmp_path):
    text = DATA.read_text(encoding="utf-8")
    bad = tmp_path / "t.toml"
    bad.write_text(text.replace('right = ["三.七", "四"]', 'right = ["三.九", "四"]'), encoding="utf-8")
    with pytest.raises(ValueError, match="no 表三 row 三.九"):
        load(bad)
    bad.write_text(text.replace('en = "state secret"', 'en = ""'), encoding="utf-8")
    with pytest.raises(ValueError, match="English"):
        load(bad)


def test_layouts():
    assert len(TEMPLATE.t4_columns) == 15 and TEMPLATE.t4_columns[5] == "行政诉讼 / 未经复议直接起诉 / 结果维持"
    assert len(TEMPLATE.t3_columns) == 7 and TEMPLATE.t3_columns[-1] == "总计"
    r19, r21 = TEMPLATE.t3_row_paths("2019"), TEMPLATE.t3_row_paths("2021")
    assert "三、本年度办理结果 / (六)其他处理" in r19 and "三、本年度办理结果 / (六)其他处理" not in r21
    assert len(r21) == len(r19) + 2  # (六) has three sub-rows in the 2021 layout
    assert TEMPLATE.t2_columns["2021"]["一"] == ("本年制发件数", "本年废止件数", "现行有效件数")
    assert "九" in TEMPLATE.t2_columns["2019"] and "九" not in TEMPLATE.t2_columns["2021"]
    assert TEMPLATE.t2_row_blocks["规范性文件"] == "一"  # an alias of 行政规范性文件
    assert TEMPLATE.t2_column("本年收费金额").unit == "万元"


def test_english_lookup():
    assert TEMPLATE.en("(三)不予公开") == TEMPLATE.en("不予公开") == "withheld"
    assert TEMPLATE.path_en("法人或其他组织 / 商业企业") == "legal persons and other organisations / commercial enterprises"
    assert TEMPLATE.section_en("五、存在的主要问题及改进情况") == "main problems and improvements"
    assert TEMPLATE.section_en("（三）依申请公开情况") == "disclosure on application"  # by a word of a free title
    assert TEMPLATE.en("不在模板里") == ""
    assert TEMPLATE.unit_en("件") == "items" and TEMPLATE.unit_en("万元") == "(in ten thousand yuan)"


def test_a_unit_of_ten_thousand_is_said_in_words_in_english():
    """An English answer says a 万/亿 unit readably after the figure ("0 (in ten thousand yuan)"), never as a
    multiplier sign before the unit ("0 ×10,000 yuan") and never with digits the report does not state."""
    from assistant.writeup import unit_text

    for unit in ("万元", "亿元"):
        en = unit_text(unit, "en")
        assert en.startswith("(in ") and "×" not in en and not any(ch.isdigit() for ch in en), (unit, en)
    assert unit_text("万元", "zh") == "万元" and unit_text("元", "en") == "yuan" and unit_text("件", "en") == ""
    assert unit_text("万人次", "en") == "万人次"  # a count's unit stays as written ("42万人次")


def test_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        TEMPLATE.sections = ()  # type: ignore[misc]


def _code_strings(path: Path) -> list[str]:
    """String literals of a module's code (docstrings and comments left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(n.body[0].value) for n in ast.walk(tree)
        if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and n.body and isinstance(n.body[0], ast.Expr)
    }
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_no_second_copy_of_the_template_in_ingest():
    """Row lists of the template live in the data file only."""
    for name in ("table_reader.py", "table_labels.py", "table_placement.py", "table_lexer.py", "structure.py",
                 "narrative.py", "checks.py", "chunk.py", "prose.py", "prose_fields.py", "facts.py"):
        code = "\n".join(_code_strings(ROOT / "ingest" / name))
        for words in ("属于国家秘密", "法律服务机构", "尚未审结", "本年废止件数", "政府集中采购", "五、存在的主要问题"):
            assert words not in code, (name, words)


def test_metrics_are_data_consistent_with_the_template(tmp_path):
    from assistant.core import metrics

    assert metrics.check_against_template(metrics.METRICS) == []
    table_metrics = [m for m in metrics.METRICS if m.table]
    assert table_metrics and all(m.row_markers and m.ask_zh and m.ask_en for m in table_metrics)
    text = metrics.DATA.read_text(encoding="utf-8")
    bad = tmp_path / "m.toml"
    bad.write_text(text.replace('row_markers = ["行政强制"]', 'row_markers = ["行政征收"]'), encoding="utf-8")
    with pytest.raises(ValueError, match="行政征收"):
        metrics.load(bad)
    bad.write_text(text.replace('preferred_column = "本年收费金额"', 'preferred_column = "本年收费笔数"'), encoding="utf-8")
    with pytest.raises(ValueError, match="本年收费笔数"):
        metrics.load(bad)
