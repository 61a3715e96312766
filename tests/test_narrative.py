"""Tests for ingest.narrative (figures stated in sentences).

Self-written fixtures use the fictional agency "青禾县样例局" and are samples, not real
reports.  Real-report tests read ../shared (skipped when it is absent).
"""

from __future__ import annotations

import re

import pytest

from ingest.clean import clean
from ingest.narrative import NarrativeFact, chinese_number, extract_narrative_facts
from tests.test_tables import load_clean


def narrative(key: str):
    ct = load_clean(key)
    return ct, extract_narrative_facts(ct.text)


def by_metric(facts: list[NarrativeFact]) -> dict[str | None, list[float]]:
    out: dict[str | None, list[float]] = {}
    for f in facts:
        out.setdefault(f.metric, []).append(f.value)
    return out


def sample(text: str) -> list[NarrativeFact]:
    return extract_narrative_facts(clean(text).text)


# ---------------------------------------------------------------------------------------------
# real reports


def test_seed004_yichun_2016():
    _, facts = narrative("seed:004")
    got = by_metric(facts)
    assert got == {"proactive_disclosures": [3957], "applications_received": [1]}
    proactive = next(f for f in facts if f.metric == "proactive_disclosures")
    assert (proactive.raw, proactive.unit, proactive.row) == ("3957条", "条", "主动公开政府信息")
    received = next(f for f in facts if f.metric == "applications_received")
    assert received.raw == "一起"  # 收到一起…申请: a Chinese numeral


def test_corpus035_sentences():
    ct, facts = narrative("corpus:035")
    got = by_metric(facts)
    assert got["applications_received"] == [859]
    assert got["reconsiderations"] == [7]
    assert got["lawsuits"] == [9]
    assert got["applications_answered"] == [805]
    assert got["applications_carried_over"] == [18]
    # 予以公开及部分公开258件 is a combined figure: kept, but no metric
    combined = [f for f in facts if f.row == "予以公开及部分公开"]
    assert [(f.value, f.metric) for f in combined] == [(258, None)]
    assert "applications_disclosed" not in got and "applications_partly_disclosed" not in got
    received = next(f for f in facts if f.metric == "applications_received")
    assert "受理政府信息公开申请859件" in ct.text[received.sentence_span[0] : received.sentence_span[1]]


def test_corpus017_trad_mirror():
    _, facts = narrative("corpus:017")
    assert by_metric(facts) == {"proactive_disclosures": [808], "applications_received": [12]}


def test_seed001_petitions_are_not_applications():
    ct, facts = narrative("seed:001")
    assert not any(f.metric == "applications_received" for f in facts)
    petitions = [f for f in facts if f.row == "信访事项"]
    assert [(f.value, f.metric) for f in petitions] == [(1085, None)]
    sentence = ct.text[petitions[0].sentence_span[0] : petitions[0].sentence_span[1]]
    assert "来信" in sentence


@pytest.mark.parametrize("key,expected", [
    ("corpus:005", {"proactive_disclosures": [15]}),
    ("corpus:008", {"proactive_disclosures": [696], "applications_received": [2]}),
    ("corpus:010", {"applications_received": [1]}),
    ("corpus:019", {"proactive_disclosures": [42]}),
    ("corpus:020", {
        "applications_received": [176], "applications_answered": [177], "applications_carried_over": [3],
        "applications_disclosed": [60], "applications_partly_disclosed": [51], "applications_withheld": [4],
        "applications_unavailable": [30], "applications_not_processed": [3],
    }),
    ("corpus:022", {"applications_received": [44], "applications_carried_over": [0], "applications_answered": [39]}),
    ("corpus:023", {"applications_received": [30], "applications_carried_over": [5]}),
    ("corpus:031", {"proactive_disclosures": [890], "applications_received": [12]}),
])
def test_more_real_sentences(key, expected):
    _, facts = narrative(key)
    assert by_metric(facts) == expected


def test_corpus024_approximate_figures_are_skipped():
    _, facts = narrative("corpus:024")  # 行政事业性收费共约47.10万元
    assert not any(f.metric == "fees" for f in facts)


ALL_KEYS = [f"seed:{n:03d}" for n in range(5)] + [f"corpus:{n:03d}" for n in range(1, 36)]


@pytest.mark.parametrize("key", ALL_KEYS)
def test_spans_and_no_table_rows(key):
    ct, facts = narrative(key)
    for f in facts:
        s, e = f.span
        assert ct.text[s:e] == f.raw
        assert f.sentence_span[0] <= s < e <= f.sentence_span[1]
        sentence = ct.text[f.sentence_span[0] : f.sentence_span[1]]
        assert "|" not in sentence
        digits = re.sub(r"\D", "", f.raw)
        if digits:
            assert digits in re.sub(r"\D", "", ct.original_slice(s, e))
        if f.metric == "applications_received":
            lead = re.split(r"[,，;；:：(（]", ct.text[f.sentence_span[0] : s])[-1]
            assert not re.search(r"来信|信访|投诉|举报", lead), lead


# ---------------------------------------------------------------------------------------------
# self-written samples (青禾县样例局, not real reports)


def test_sample_breakdowns_do_not_become_totals():
    facts = sample(
        "青禾县样例局(样例)全年共收到依申请公开信息9条,其中:收到邮递依申请公开信息2条,网上收到依申请公开申请7件。"
        "全年主动公开政府信息120条,其中主动公开政府信息(部门文件)20条。"
    )
    assert by_metric(facts) == {"applications_received": [9], "proactive_disclosures": [120]}


def test_sample_breakdown_in_brackets_ends_with_the_bracket():
    facts = sample("2023年,青禾县样例局收到政府信息公开申请8件(其中:网上申请6件,邮寄2件),上年度结转1件,本年度办结9件。")
    assert by_metric(facts) == {
        "applications_received": [8], "applications_carried_over": [1], "applications_answered": [9],
    }


def test_sample_not_figures():
    facts = sample(
        "青禾县样例局(样例)2023年1月1日至2023年12月31日,电话:0000-1234567,办结率100%,"
        "主动公开信息较上年增长12.5%。全年发布信息近300条,更新信息200余条。"
    )
    assert facts == []


def test_sample_petitions_complaints_and_calls():
    facts = sample("青禾县样例局(样例)全年受理群众来信120件,收到网上投诉45件,受理政府信息公开申请6件。")
    assert [(f.metric, f.row, f.value) for f in facts] == [
        (None, "信访事项", 120), (None, "信访事项", 45), ("applications_received", "收到政府信息公开申请", 6),
    ]


def test_sample_reconsideration_lawsuit_fees():
    facts = sample(
        "青禾县样例局(样例)发生政府信息公开行政复议2件,行政诉讼1件。本年度行政事业性收费12.5万元。"
        "本年度收到两件政府信息公开申请。"
    )
    assert by_metric(facts) == {
        "reconsiderations": [2], "lawsuits": [1], "fees": [12.5], "applications_received": [2],
    }
    assert next(f for f in facts if f.metric == "fees").unit == "万元"


def test_outcomes_need_an_application_context():
    facts = sample("青禾县样例局(样例)不予公开信息有10条,主要是内部人事信息。予以公开栏目3个。")
    assert facts == []


def test_chinese_number():
    assert [chinese_number(x) for x in ("一", "两", "十", "十二", "二十", "二十三", "")] == [1, 2, 10, 12, 20, 23, None]
