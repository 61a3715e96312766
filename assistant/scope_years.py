"""Reports a question's years bring into scope beyond the names it matched: a body of a named agency with the year asked, the reports written after the year a span of time opens."""

from __future__ import annotations

from assistant.core.types import Report


def reports_after_span_start(pool: list[Report], open_from: int) -> list[Report]:
    """The reports of `pool` written after the year a span of time opens ("its info from 2003 onward" and the body's
    report is of 2008): a later report can write of that span, an earlier one cannot (the span's own year is matched
    by the caller first, as any year)."""
    return [r for r in pool if r.year and r.year > open_from]


def bodies_of_year(entities: list[str], scoped: list[Report], years: list[int], reports: list[Report]) -> list[Report]:
    """Reports of the years asked whose agency is a body of an agency the question named by its full name, when no
    report in scope has those years: "上海市人民政府2019年…" with only the government's 2012 report and its general
    office's (上海市人民政府办公厅) 2019 one is about the office's.  Only a full agency name continued by more of an
    agency's name counts: a place that only starts another place's name (北京 of 北京街道) is no such body, and a
    refusal stays a refusal when no body of the agency has the year."""
    named = [e for e in entities if any(e == r.agency for r in scoped)]
    return [r for r in reports if r.year in years and r not in scoped and r.agency
            and any(r.agency.startswith(e) and len(r.agency) > len(e) for e in named)]
