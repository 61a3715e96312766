"""Asks for one field of a report's identity or contact lines (publisher, compiler, postal address, phone, channels
of disclosure) and the evidence of each field (data/report_fields.toml), loaded once.  Kernel module: imports nothing of
the project but the kernel."""

from __future__ import annotations

import re
import tomllib
import dataclasses
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assistant.core.glossary import GLOSSARY
from assistant.core.named_patterns import NEVER
from assistant.core.not_stated import NOT_STATED

DATA = Path(__file__).resolve().parent / "data" / "report_fields.toml"


@dataclass(frozen=True, eq=False)
class ReportFields:
    asks: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]  # (field, its ask, what makes the ask another's)
    evidence: dict[str, re.Pattern[str]]  # field -> evidence of it (a label, or a sentence's own words)
    labels: dict[str, re.Pattern[str]]  # field -> the label of a contact line of that field, where not its evidence
    own: dict[str, re.Pattern[str]]  # field -> a sentence saying the report's own agency did it ("本机关…公布…年度报告")
    self_reference: re.Pattern[str]  # the words a report calls its own agency by (本机关, 我局, 我镇 …)
    # field -> the groups of Chinese words its ask is searched with in any language (channels: 通过, 渠道|方式…)
    search: dict[str, tuple[tuple[str, ...], ...]] = dataclasses.field(default_factory=dict)
    # field -> the label of a listed item that is never evidence of it (channels: a list of how applications came in)
    not_labels: dict[str, re.Pattern[str]] = dataclasses.field(default_factory=dict)

    def field_asked(self, norm: str) -> str | None:
        """The field an ask (normalised, lower-cased) wants, if it is one of these."""
        return next((f for f, ask, other in self.asks if ask.search(norm) and not other.search(norm)), None)

    def holds(self, field: str, text: str) -> bool:
        """`text` (a quote with its labels, normalised) is evidence of `field`."""
        rx = self.evidence.get(field)
        return rx is None or bool(rx.search(text)) or self.by_own_agency(field, text) is not None

    def by_own_agency(self, field: str, text: str) -> str | None:
        """The self-reference ("本机关", "我镇") by which `text` (normalised) says the report's own agency published or
        compiled it ("特向社会公布2022年度本机关政府信息公开工作年度报告", "我镇认真编制了《…年度报告》"), else None.
        Who put the report out compiled it too, where the report names no compiler (as compiler_evidence reads it)."""
        kinds = {"publisher": ("publisher",), "compiler": ("compiler", "publisher")}.get(field, ())
        for kind in kinds:
            m = self.own[kind].search(text)
            if m:
                return self.self_reference.search(m.group()).group()
        return None

    def labels_field(self, field: str, label: str) -> bool:
        """A contact line labelled `label` ("地址 address", "发布机构 published by") is a line of `field`."""
        rx = self.labels.get(field, self.evidence.get(field))
        return rx is None or bool(rx.search(label))


@cache
def load(path: Path = DATA) -> ReportFields:
    with open(path, "rb") as fh:
        d = tomllib.load(fh)
    publisher = re.compile(f"{GLOSSARY.pattern('publisher_ask').pattern}|{d['publisher_ask']}")
    asks = (("compiler", GLOSSARY.pattern("compiler_ask"), NEVER), ("publisher", publisher, NEVER),
            ("address", re.compile(d["address_ask"]), re.compile(d["address_other"])),
            ("channels", re.compile(d["channels_ask"]), re.compile(d["channels_other"])),
            ("phone", re.compile(d["phone_ask"]), re.compile(d["phone_other"])),
            ("sources", re.compile(d["sources_ask"]), re.compile(d["sources_other"])))
    channel_words = "|".join([*(rx.pattern for _n, rx in NOT_STATED.channels), d["channels_evidence"]])
    evidence = {"publisher": re.compile(d["publisher_evidence"]), "compiler": re.compile(d["compiler_evidence"]),
                "address": re.compile(d["address_evidence"]), "channels": re.compile(channel_words),
                "phone": re.compile(d["phone_evidence"]), "sources": re.compile(d["sources_evidence"])}
    search = {f: tuple(tuple(g) for g in d.get(f"{f}_search", ())) for f in ("channels", "sources")}
    own = {f: re.compile(d[key].replace("{self}", d["self_reference"]))
           for f, key in (("publisher", "self_published"), ("compiler", "self_compiled"))}
    not_labels = {"channels": re.compile(d["channels_not_label"])} if "channels_not_label" in d else {}
    return ReportFields(asks=asks, evidence=evidence, labels={"phone": re.compile(d["phone_label"])}, own=own,
                        self_reference=re.compile(d["self_reference"]), search=search, not_labels=not_labels)


REPORT_FIELDS = load()
