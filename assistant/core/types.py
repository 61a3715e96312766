"""Domain objects, defined once and shared by ingest and answering.

Offsets (`start`, `end`) always point into a report's *original* text: the text
as published (for HTML/DOCX/PDF, the text layer as extracted, tables rendered
as ``cell | cell |`` rows), before any cleaning.  ``original[start:end]`` is
exactly the quote a user sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, Field, computed_field

from assistant.core.text import unify_radicals

Language = Literal["zh", "en"]


class Report(BaseModel):
    """One annual report: one agency x one year, possibly ingested from several file names."""

    doc_id: str = Field(description="content hash of the original text (16 hex chars)")
    sources: list[str] = Field(default_factory=list, description="file names this content was ingested from")
    title: str | None = None
    agency: str | None = None
    region: str | None = None
    year: int | None = Field(default=None, description="None when the report does not state it; never guessed")
    format: str = "txt"
    encoding: str | None = None
    aliases: list[str] = Field(default_factory=list, description="pinyin names and abbreviations of agency/region")
    mentions: list[str] = Field(
        default_factory=list, description="place and agency names the text mentions, with the pinyin of the places (names index)"
    )
    n_chunks: int = 0
    n_facts: int = 0
    warnings: list[str] = Field(default_factory=list, description="identity-check failures and other flags")
    provenance: dict[str, str] = Field(
        default_factory=dict,
        description="where each identity field came from: {'agency': 'title'|'text'|'header'|'signature'|'filename'|'user', ...}",
    )
    page_starts: list[int] = Field(
        default_factory=list, description="offsets in the original text where each page begins (PDF, OCR); empty otherwise"
    )
    ocr: bool = Field(default=False, description="the text was recognised from images (may hold recognition errors)")
    ingest_version: int = Field(default=0, description="ingest.version.INGEST_VERSION that derived this report (0: before versions)")

    def page_at(self, offset: int) -> int | None:
        """1-based page number of an original-text offset, or None for formats without pages."""
        if not self.page_starts:
            return None
        import bisect

        return max(1, bisect.bisect_right(self.page_starts, offset))

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        if self.agency and self.year:
            return f"{self.agency}{self.year}年政府信息公开工作年度报告"
        return self.sources[0] if self.sources else self.doc_id


class Section(BaseModel):
    """A headed part of a report; `path` is the chain of headings from the top."""

    path: list[str]
    start: int
    end: int

    @property
    def label(self) -> str:
        return " > ".join(self.path)


class Chunk(BaseModel):
    """A retrievable passage: section-aware, sentence-bounded, tables kept whole."""

    chunk_id: str
    doc_id: str
    source: str
    title: str | None = None
    agency: str | None = None
    year: int | None = None
    section: str = ""
    kind: Literal["text", "table"] = "text"
    text: str = Field(description="original[start:end], exactly as published")
    clean_text: str = Field(description="normalised text used for indexing and matching")
    start: int
    end: int
    clean_start: int = Field(default=0, description="offset of clean_text in the report's cleaned text")


FactKind = Literal["table", "narrative", "none", "contact", "date", "item"]


class Fact(BaseModel):
    """One thing a report states, addressable by its labels: a table cell, a figure in a sentence, a
    statement of none (value 0), a contact field or date (text value), an item of a list section."""

    doc_id: str
    source: str = ""
    agency: str | None = None
    region: str | None = None
    year: int | None = None
    table: str = Field(description="'二', '三', '四' for the standard tables, 'narrative' for prose")
    row: str = Field(description="row path, e.g. '三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密'")
    column: str = Field(description="column path, e.g. '总计' or '法人或其他组织 / 商业企业'")
    metric: str | None = Field(default=None, description="canonical metric key, see assistant.core.metrics")
    value: float | None = Field(default=None, description="the number; None for text facts (contact, date, item)")
    text_value: str | None = Field(default=None, description="the stated text of a non-numeric fact")
    kind: FactKind = "table"
    label_zh: str = Field(default="", description="label path in Chinese: section / row / column (for search)")
    label_en: str = Field(default="", description="the same label path in English")
    unit: str = "件"
    raw: str = Field(description="the cell or figure text as published")
    start: int = Field(description="offset of the cell/figure in the original text")
    end: int
    quote_start: int = Field(description="offset of the whole row/sentence that is quoted")
    quote_end: int
    section: str = ""


class Citation(BaseModel):
    """Where a statement of an answer comes from, down to the exact span."""

    n: int = Field(description="the marker number used in the answer text: [n]")
    doc_id: str
    source: str
    title: str
    agency: str | None = None
    year: int | None = None
    section: str = ""
    quote: str = Field(description="exact text of the report: original[start:end]")
    start: int
    end: int
    row: str | None = None
    column: str | None = None
    highlight: str | None = Field(default=None, description="the cited figure inside the quote, if any")
    highlight_start: int | None = Field(default=None, description="offset of the cited figure in the original text")
    highlight_end: int | None = None
    page: int | None = Field(default=None, description="page of a paged source (PDF), 1-based")
    ocr: bool = Field(default=False, description="quoted from OCR text: may hold recognition errors")
    clean_quote: str | None = Field(default=None, description="the quote as cleaned (simplified, spam dropped) for display")
    warnings: list[str] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def display_quote(self) -> str:
        """`quote` as shown and copied: the Kangxi radicals and CJK compatibility ideographs a PDF's text layer
        carries ("⾏政处罚") as their unified characters ("行政处罚"), one for one, so it has `quote`'s length and
        offsets; `quote` itself stays the exact original[start:end]."""
        return unify_radicals(self.quote)


class Answer(BaseModel):
    question: str
    text: str
    answered: bool
    citations: list[Citation] = Field(default_factory=list)
    language: Language = "zh"
    engine: str = "extractive"
    notes: list[str] = Field(default_factory=list)
    # a declined answer: the stage of the chain that declined it ("scope:…", "vetoed_fact:…", assistant/decline_trace.py)
    declined_at: str = ""

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")


# --- the answer chain's typed state (assistant/api.py, assistant/evidence.py, the engines) ---------------


class Passage(NamedTuple):
    """A retrieved chunk and its fused retrieval score (unpacks as ``chunk, score``)."""

    chunk: Chunk
    score: float


@dataclass(frozen=True)
class Filters:
    """What the user restricted a question to (UI filters, API ``filters=``)."""

    agency: str | None = None
    year: int | None = None
    doc_ids: tuple[str, ...] | None = None

    @classmethod
    def of(cls, value: "Filters | dict | None") -> "Filters":
        """From a Filters, a dict ``{"agency", "year", "doc_ids"}`` (empty values ignored) or None."""
        if isinstance(value, Filters):
            return value
        d = value or {}
        year = d.get("year")
        return cls(agency=d.get("agency") or None, year=int(year) if year else None,
                   doc_ids=tuple(d["doc_ids"]) if d.get("doc_ids") else None)


@dataclass
class AskState:
    """One question on its way through the chain: condense -> parse -> scope -> retrieve -> answer."""

    question: str
    language: Language = "zh"  # the language of the question the user typed: the answer's language
    history: list = field(default_factory=list)
    filters: Filters = field(default_factory=Filters)
    notes: list[str] = field(default_factory=list)  # shown with the answer, already in `language`
    parsed: Any = None  # assistant.query.ParsedQuestion, set by the parse step
    early: Answer | None = None  # an answer given before retrieval (unknown report, no such year ...)
    passages: list[Passage] = field(default_factory=list)

    @classmethod
    def of(cls, value: "AskState | dict") -> "AskState":
        """From an AskState, or the former dict input {"question", "filters", "history", "notes"}."""
        if isinstance(value, AskState):
            return value
        return cls(question=str(value.get("question") or ""), language=value.get("language") or "zh",
                   history=list(value.get("history") or []), filters=Filters.of(value.get("filters")),
                   notes=list(value.get("notes") or []))

    def get(self, key: str, default=None):
        """Read access under the former dict keys ("q", "passages", "notes", "early") for older callers."""
        value = {"q": self.parsed, "passages": self.passages, "notes": self.notes, "early": self.early}.get(key, default)
        return default if value is None else value
