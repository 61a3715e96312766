"""Judges of the not-stated checks that read a case's figure or text themselves (units of the report's parts, web addresses, list numbers, outcomes only, named parts, another channel); the entries are assistant/not_stated_checks.py."""

from __future__ import annotations

import re

from assistant.channels import misses_asked_channel
from assistant.non_count_numbers import ASKS_PARTS, counts_report_parts, is_list_number, only_in_web_address
from assistant.none_statements import denies_outcome_only, states_no_applications
from assistant.not_stated_registry import FactCase, SentenceCase
from assistant.part_counts import counts_named_parts
from ingest.prose import none_in


def plain(value: float) -> str:
    """A figure as the text writes it (1208, not 1208.0)."""
    return str(int(value)) if value == int(value) else str(value)


def fact_unit_parts(c: FactCase) -> bool:
    return c.f.value is not None and counts_report_parts(c.f.unit) and not ASKS_PARTS.search(c.ask_text)


def counted_unit(figure: str) -> str:
    """A sentence figure's unit without its number and an approximation ("6部分", "50余件" -> "部分", "件")."""
    return re.sub(r"^[\d,.]+\s*(?:余|多)?\s*", "", figure)


def sentence_unit_parts(c: SentenceCase) -> bool:
    unit = counted_unit(c.figure)
    return bool(c.figure) and c.figure != "0" and counts_report_parts(unit) and not ASKS_PARTS.search(c.q.norm)


def sentence_in_web_address(c: SentenceCase) -> bool:
    lead = re.match(r"[\d,]+", c.figure)
    return bool(lead) and only_in_web_address(lead.group(), c.text)


def sentence_list_number(c: SentenceCase) -> bool:
    lead = re.match(r"\s*[(（]?\s*(\d+)", c.text)
    return (bool(c.figure) and lead is not None and c.figure == lead.group(1)
            and is_list_number(c.text, lead.start(1), lead.end(1)))


_COUNT = re.compile(r"[\d一二两三四五六七八九十百千]+\s*(?:件|条|起|个|次|项|人次)")


def sentence_outcome_only(c: SentenceCase) -> bool:
    # a "0", or a clause of no count at all (not "收到一起申请,…不存在…被纠错"): what it states none of, read as
    # ingest reads it
    if not (c.figure == "0" or not c.figure and not _COUNT.search(c.text)):
        return False
    got = none_in(c.text)
    return got is not None and denies_outcome_only(got[0], c.q.norm)


def sentence_counts_named_parts(c: SentenceCase) -> bool:
    lead = re.match(r"\s*(\d+)\s*(\S*)", c.figure)
    return lead is not None and counts_named_parts(c.q.norm, c.text, int(lead.group(1)), lead.group(2))


def fact_other_application_channel(c: FactCase) -> bool:
    return (c.metric is not None and c.f.kind in ("narrative", "none") and not states_no_applications(c.f, c.metric)
            and misses_asked_channel(c.terms, c.ask_text, (c.f.row or "") + " " + c.own_words))
