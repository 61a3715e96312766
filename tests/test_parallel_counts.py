"""Parallel counts with no total (assistant/parallel_counts.py): a sentence listing the counts of kinds of one thing
side by side is a breakdown whose parts are every count, the first one included — no total of the others.
Fictional text only."""

from __future__ import annotations

import re

from assistant.asks import wants_breakdown
from assistant.core.types import Fact
from assistant.parallel_counts import lead_in_and_first, parallel_run

_SEP = re.compile(r"[，,、；;。]")


def _facts(text: str, unit: str = "件") -> list[Fact]:
    """Each figure of `unit` in `text` as a prose fact labelled by the words since the last separator before it."""
    out = []
    for m in re.finditer(rf"(\d+){unit}", text):
        seps = [s.end() for s in _SEP.finditer(text, 0, m.start())]
        label = text[seps[-1] if seps else 0 : m.start()]
        out.append(Fact(doc_id="f" * 16, table="narrative", row=label, column="", value=float(m.group(1)),
                        kind="narrative", unit=unit, raw=m.group(0), start=m.start(), end=m.end(),
                        quote_start=0, quote_end=len(text), label_zh=label))
    return out


_RUN = "概况。2030年,青禾县样例局通过门户网站、样例公报等渠道主动公开规章5件,规范性文件17件,工作方案40件,任免通知61件。其他。"


def test_parallel_counts_with_no_total_are_each_a_part():
    facts = _facts(_RUN)
    assert [f.value for f in parallel_run(_RUN, facts[:1], facts)] == [5, 17, 40, 61]
    # (the facts found may be several counts of the run, the first one among them: the first is the one read as a
    # total of the others; later counts alone are siblings the ask names, no breakdown)
    assert [f.value for f in parallel_run(_RUN, facts[:2], facts)] == [5, 17, 40, 61]
    assert parallel_run(_RUN, facts[1:3], facts) == []


def test_the_lead_in_heads_the_run_and_the_first_count_keeps_its_kind():
    facts = _facts(_RUN)
    head, first = lead_in_and_first(parallel_run(_RUN, facts[:1], facts)[0])
    assert head.value is None and head.row.endswith("主动公开")
    assert first.row == "规章" and first.value == 5 and (first.start, first.end) == (facts[0].start, facts[0].end)


def test_a_total_and_its_parts_are_no_run():
    for text in (
        "样例局公开文件60件,规章5件,规范性文件15件,工作方案40件。",  # the first is the total of the others
        "样例局公开规章5件,规范性文件15件,工作方案40件,合计60件。",  # a summing word
        "样例局公开文件62件,其中规章5件,规范性文件17件,工作方案40件。",  # a listing word
        "样例局受理申请30件,办结20件,转办6件,结转4件。",  # 30 = 20 + 6 + 4
        "样例局公开规章5件(含修订2件),规范性文件17件,工作方案40件。",  # a bracket between the counts
    ):
        facts = _facts(text)
        assert parallel_run(text, facts[:1], facts) == [], text


def test_two_counts_or_counts_of_other_sentences_are_no_run():
    two = "样例局公开规章5件,规范性文件17件。"
    facts = _facts(two)
    assert parallel_run(two, facts[:1], facts) == []
    split = "样例局公开规章5件。规范性文件17件,工作方案40件,任免通知61件。"
    facts = _facts(split)
    assert parallel_run(split, facts[:1], facts) == []  # (the found count stands alone in its sentence)
    assert parallel_run(split, [facts[0], facts[1]], facts) == []


def test_an_ask_for_the_count_of_each_document_type_is_a_breakdown():
    assert wants_breakdown("qinghe sample bureau, 2030: give me the count for each document type.")
    assert wants_breakdown("青禾县样例局2030年公开的各类文件分别多少件？")
