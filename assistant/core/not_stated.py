"""Vocabulary for telling that the reports do not state what a question asks (data/not_stated.toml), loaded once:
the things an ask may count that reports rarely state (followers, views), the channels reports publish through, and the
question words that take a figure as given (why …), the periods shorter than the year an ask may count in, the
traits of applicants reports do not count them by, the outcomes of applications their table has no row of;
``NOT_STATED.pattern(name)``: a pattern of [patterns].  Kernel module: imports nothing of the project outside the kernel."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType

from assistant.core.named_patterns import NamedPatterns

DATA = Path(__file__).resolve().parent / "data" / "not_stated.toml"


@dataclass(frozen=True)
class CountedThing:
    name: str
    ask: re.Pattern[str]  # the ask counts this thing (over the lower-cased question)
    stated: tuple[str, ...]  # words a report writes for it
    items: re.Pattern[str] | None = None  # words for items about it ("发布会信息"): no name of it for an ask of it


@dataclass(frozen=True)
class SubForms:
    """A category of things and the forms it comes in ([[sub_form]]: assistant/sub_forms.py)."""

    name: str
    whole: re.Pattern[str]  # the category's words
    forms: tuple[tuple[str, re.Pattern[str]], ...]  # (name, its words) of each form
    whole_alone: bool = False  # an ask naming the category alone is answered only by a figure naming it (or a form)
    whole_in_figure: bool = False  # a figure answering a form's ask names the category too


@dataclass(frozen=True, eq=False)
class NotStatedVocab(NamedPatterns):
    counted: tuple[CountedThing, ...]
    patterns: Mapping[str, re.Pattern[str]]
    channels: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (name, its words) of each channel reports publish through
    periods: tuple[CountedThing, ...] = ()  # periods shorter than the year an ask may count in (quarter, month …)
    months: Mapping[str, object] = field(default_factory=dict)  # the month names and the ask of a named month
    traits: tuple[CountedThing, ...] = ()  # traits of applicants reports do not split applications by (place, age …)
    outcomes: tuple[CountedThing, ...] = ()  # outcomes of applications the table has no row of (withdrawn …)
    tiers: tuple[CountedThing, ...] = ()  # administrative tiers an ask may name ("at the township level", 乡镇一级)
    levels: tuple[CountedThing, ...] = ()  # levels a clause's lead names ("县区目录由原来的…"; assistant/before_after.py)
    # (name, its channel, its words) of each platform a channel groups (抖音, 快手, 视频号 of short video)
    platforms: tuple[tuple[str, str, re.Pattern[str]], ...] = ()
    sub_forms: tuple[SubForms, ...] = ()  # categories and their forms (视频/图解 解读, 当面/网上/信函 申请 …)


@cache
def load(path: Path = DATA) -> NotStatedVocab:
    with open(path, "rb") as fh:
        d = tomllib.load(fh)
    counted = tuple(CountedThing(c["name"], re.compile(c["ask"]), tuple(c["stated"]),
                                 re.compile(c["items"]) if "items" in c else None) for c in d.get("counted", ()))
    return NotStatedVocab(counted=counted,
                          patterns=MappingProxyType({k: re.compile(v) for k, v in d.get("patterns", {}).items()}),
                          channels=tuple((c["name"], re.compile(c["words"])) for c in d.get("channel", ())),
                          periods=tuple(CountedThing(p["name"], re.compile(p["ask"]), tuple(p["stated"]))
                                        for p in d.get("period", ())),
                          months=MappingProxyType(d.get("months", {})),
                          traits=tuple(CountedThing(t["name"], re.compile(t["ask"]), tuple(t["stated"]))
                                       for t in d.get("applicant_trait", ())),
                          outcomes=tuple(CountedThing(o["name"], re.compile(o["ask"]), tuple(o["stated"]))
                                         for o in d.get("unlisted_outcome", ())),
                          tiers=tuple(CountedThing(t["name"], re.compile(t["ask"]), tuple(t["stated"]))
                                      for t in d.get("tier", ())),
                          levels=tuple(CountedThing(t["name"], re.compile(t["ask"]), tuple(t["stated"]))
                                       for t in d.get("level", ())),
                          platforms=tuple((p["name"], p["channel"], re.compile(p["words"]))
                                          for p in d.get("platform", ())),
                          sub_forms=tuple(SubForms(g["name"], re.compile(g["whole"]),
                                                   tuple((f["name"], re.compile(f["words"])) for f in g["form"]),
                                                   g.get("whole_alone", False), g.get("whole_in_figure", False))
                                          for g in d.get("sub_form", ())))


NOT_STATED = load()
