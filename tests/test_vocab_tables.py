"""Word lists are data, read once: the one table of English agency words (names.toml [agency_name_en.words]) read two
ways, and the words of a statement of no applications at all (prose.toml none_applications, metrics.toml
not_this_years)."""

from __future__ import annotations

import pytest

from assistant.core.metrics import BY_KEY, NOT_THIS_YEARS, metric
from assistant.core.prose import PROSE
from assistant.core.types import Fact
from assistant.core.vocab import _agency_words_en, names_vocab
from assistant.none_statements import states_no_applications

# --- one table of English agency words, read two ways ------------------------------------------------------------


def test_a_list_is_a_word_of_names_only():
    types, names = _agency_words_en({"orchards": ["果园"]})
    assert names == {"orchards": ("果园",)} and types == {}


def test_a_type_word_takes_its_own_chinese_or_the_type_list():
    table = {"orchards": {"zh": ["果园"], "type": True},
             "fruit": {"zh": ["水果", "果品", "果"], "type": ["水果", "果品"]},
             "grove": {"type": ["林场"]}}
    types, names = _agency_words_en(table)
    assert types == {"orchards": ("果园",), "fruit": ("水果", "果品"), "grove": ("林场",)}
    assert names == {"orchards": ("果园",), "fruit": ("水果", "果品", "果")}  # "grove" composes no name


def test_the_loaded_vocabulary_keeps_both_readings_apart():
    v = names_vocab()
    assert v.agency_word_en["health"] == ("卫生健康", "卫健")  # the type's words: fewer than the name's
    assert "卫生" in v.name_words_en["health"]
    assert "subdistrict" in v.agency_word_en and "subdistrict" not in v.name_words_en  # a type part only
    assert "science" in v.name_words_en and "science" not in v.agency_word_en  # a word of names only
    assert set(v.agency_word_en) <= set(v.agency_types_en)  # the type words narrow a question's reports
    assert v.agency_types_en["town"] == ("镇", "乡")  # staff say town and township of either


# --- a statement of no applications at all -----------------------------------------------------------------------

def _none(row: str) -> Fact:
    return Fact(doc_id="qh", table="narrative", row=row, column="", metric=None, value=0.0, unit="件", raw="", start=0,
                end=1, quote_start=0, quote_end=1, section="", kind="none", label_zh=row)


def test_the_words_are_data():
    assert "申请" in PROSE.none_applications
    assert {"applications_carried_over", "applications_carried_forward"} <= set(NOT_THIS_YEARS)
    assert all(k in BY_KEY for k in NOT_THIS_YEARS)


@pytest.mark.parametrize("row", ["收到政府信息公开申请", "收到青禾乡公民提出的申请", "任何形式的申请"])
def test_another_years_applications_are_not_denied(row):
    for key in NOT_THIS_YEARS:
        assert not states_no_applications(_none(row), metric(key)), (row, key)
    assert states_no_applications(_none(row), metric("applications_disclosed"))
