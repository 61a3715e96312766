"""A report that names its publisher or compiler only by speaking of itself.

"特向社会公布2022年度本机关政府信息公开工作年度报告", "现公布2009年我部政府信息公开工作年度报告", "我镇认真编制了《…年度报告》":
the self-reference (本机关, 本局, 我镇, 我办, 本单位 …) is the report's own agency, so a publisher or compiler ask of that
report is answered by its agency, citing the sentence (the words are data: core/data/report_fields.toml self_*).  Such a
sentence often shares no word with the ask ("发布单位" / 公布), so it is looked for in the named report's text itself when
neither a fact nor a retrieved sentence answers.  A sentence where another body publishes or compiles is no such
sentence (a compiler named in full answers only a compiler ask, as before).

The same holds for the sentence saying what a report was put together from or under which rules ("本报告根据《条例》和
《X省政府信息公开规定》的要求编制", "由办公厅综合各区年度报告编制而成"): an ask of those sources ("按哪个规定编的", "which
regulations was it compiled under") shares few words with it, so the named report's own text is looked through for it too.
"""

from __future__ import annotations

from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.types import Chunk
from assistant.sentences import SentenceHit
from assistant.shapes import passage_sentences
from assistant.verify import normalise

OWN_FIELDS = ("publisher", "compiler")
STATED_FIELDS = ("sources",)  # fields a sentence states in its own words (report_fields.toml *_evidence)
_FIRST_CHUNKS = 40  # the chunks looked through for the sentence's section (it opens the report, as a rule)


def own_agency_hits(index, doc_ids: list[str], field: str | None, limit: int = 1) -> list[SentenceHit]:
    """The sentences of the reports `doc_ids` by which each says its own agency published / compiled it (`field`), at
    most `limit` per report; [] for any other field."""
    if field not in OWN_FIELDS:
        return []
    out: list[SentenceHit] = []
    for d in doc_ids:
        r = index.by_doc.get(d)
        if r is None or not r.agency:
            continue  # (no agency to name: the sentence alone would say "本机关")
        try:
            clean = index.texts(d)[1]
        except KeyError:
            continue
        spans = [(s, e) for s, e in passage_sentences(clean)
                 if REPORT_FIELDS.by_own_agency(field, normalise(clean[s:e])) is not None]
        for s, e in spans[:limit]:
            out.append(SentenceHit(chunk_of(index, r, clean, s, e), (s, e), 1.0))
    return out


def stated_field_hits(index, doc_ids: list[str], field: str | None, limit: int = 1) -> list[SentenceHit]:
    """The first sentences of the reports `doc_ids` that state `field` in their own words (what the report was compiled
    from or under), at most `limit` per report; [] for any other field."""
    if field not in STATED_FIELDS:
        return []
    out: list[SentenceHit] = []
    for d in doc_ids:
        r = index.by_doc.get(d)
        if r is None:
            continue
        try:
            clean = index.texts(d)[1]
        except KeyError:
            continue
        spans = [(s, e) for s, e in passage_sentences(clean) if REPORT_FIELDS.holds(field, normalise(clean[s:e]))]
        for s, e in spans[:limit]:
            out.append(SentenceHit(chunk_of(index, r, clean, s, e), (s, e), 1.0))
    return out


# where a report's agency came from that says the report is the agency's own (its title, its text, a header or
# signature line), not a file name or a user's word
_OWN_SOURCES = ("title", "text", "header", "signature")
# the label of such a citation (report_fields.toml publisher_evidence / compiler_evidence read it)
OWN_AGENCY_LABEL = "报告所属机关"
_NAMED_REACH = 3000  # the opening of the text, where a report names the agency whose work it reports


def agency_named_hits(index, doc_ids: list[str], field: str | None) -> list[SentenceHit]:
    """A report naming no compiler or publisher, not even by speaking of itself ("本局编制"), is its own agency's
    report: a publisher or compiler ask of it (`field`) is answered by that agency, citing the first sentence of its
    opening that writes the agency's name ("2010年,X县统计局在县委、县政府的正确领导下…"); only when the agency was
    read from the report itself (its title, text, header or signature).  [] for any other field."""
    if field not in OWN_FIELDS:
        return []
    out: list[SentenceHit] = []
    for d in doc_ids:
        r = index.by_doc.get(d)
        if r is None or not r.agency or (r.provenance or {}).get("agency") not in _OWN_SOURCES:
            continue
        try:
            clean = index.texts(d)[1]
        except KeyError:
            continue
        head = clean[:_NAMED_REACH]
        span = next(((s, e) for s, e in passage_sentences(head) if r.agency in normalise(head[s:e])), None)
        if span is not None:
            out.append(SentenceHit(chunk_of(index, r, clean, *span), span, 1.0))
    return out


def chunk_of(index, r, clean: str, s: int, e: int) -> Chunk:
    """The stored chunk holding the sentence (for its section), else one made of the sentence alone."""
    store = getattr(index, "store", None)
    if store is not None and hasattr(store, "chunks_by_id"):
        chunks = store.chunks_by_id([f"{r.doc_id}:{i:04d}" for i in range(_FIRST_CHUNKS)])
        for c in chunks.values():
            if c.clean_start <= s and e <= c.clean_start + len(c.clean_text):
                return c
    return Chunk(chunk_id=f"{r.doc_id}:own", doc_id=r.doc_id, source=r.sources[0] if r.sources else "",
                 title=r.display_title, agency=r.agency, year=r.year, text=clean[s:e], clean_text=clean[s:e],
                 start=0, end=0, clean_start=s)


def names_own_agency(field: str | None, sentence: str) -> str | None:
    """The self-reference by which `sentence` says the report's own agency did `field` ("本机关"), else None."""
    if field not in OWN_FIELDS:
        return None
    return REPORT_FIELDS.by_own_agency(field, normalise(sentence))
