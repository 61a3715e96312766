"""Facts as searchable data: every table cell, prose figure, statement of none, contact field, date
and list item of a report as a ``Fact`` with its label path in Chinese and English.

Label conventions (``Fact.label_zh`` / ``Fact.label_en``; parts joined by " / ", enumerators
stripped; see /work/coord/log.md):

* ``table``: section / row path / column path, from the template, e.g.
  "收到和处理政府信息公开申请情况 / 本年度办理结果 / 不予公开 / 属于国家秘密 / 法人或其他组织 / 商业企业" and
  "applications for disclosure received and handled / outcomes this year / withheld / state secret /
  legal persons and other organisations / commercial enterprises".  表四's row (行政复议/行政诉讼)
  is the head of its column path and is not repeated.
* ``narrative``: section heading path / [the clause it continues] / the clause without the figure,
  e.g. "总体情况 / 全年共主动公开政府信息 / 其中网站发布"; English: the section's English name / the
  glossary words of the clause ("general situation / proactive disclosure government information
  website published"), then the unit's English in brackets (none for a figure stated without a unit).
* ``none``: section / [the clause a short statement continues] / what is none ("依申请公开的政府信息"),
  value 0, unit "", text_value = the clause.
* ``contact``: "联系方式 / <field>" ("联系方式 / 电话"), English "contact / phone"; text_value = the value.  The
  publishing office of a page header ("发布机构 | 市政府办 |", "发布者:区教体局"), or named on a line of its own under the
  title or beside the closing date ("青禾县人民政府办公室" / "2017年3月"), is the field 发布机构 / "published by".
* ``date``: row "发布日期" / "publication date" (signature, a date alone under the title, labelled or web-header date
  — also from header lines the cleaning drops, read in the original: "发布时间:2017-09-13阅读次数:…", "发文日期 |
  2018-02-28 |") or "统计期限" /
  "reporting period" ("2023年1月1日起至2023年12月31日"); text_value = the date as written (spaces removed).
* ``item``: section / [the words introducing the list] / 第N项, English section / item N; text_value =
  the item.

``Fact.row`` is the last label part that is not the section (the table row path as before for table
facts; the clause label, what is none, the field name; the section heading for items) and
``Fact.column`` the table column, or 第N项 for items.  Offsets are original-text offsets and
``original[quote_start:quote_end]`` always contains ``original[start:end]``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.core.prose import PROSE
from assistant.core.template import SEP, TEMPLATE, strip_enumerator
from assistant.core.text import balanced_label, sentence_spans
from assistant.core.types import Fact
from ingest.empty_sections import empty_sections
from ingest.items import extract_items, item_fact
from ingest.indicator_tables import extract_indicator_table_figures
from ingest.list_tables import extract_list_table_figures
from ingest.narrative import NarrativeFact
from ingest.plan_clauses import plan_clauses
from ingest.prose import ProseFact, extract_cn_figures, extract_figures, extract_nones
from ingest.prose_clauses import prose_lines
from ingest.prose_fields import extract_contacts, extract_dates, extract_original_contacts, extract_original_dates
from ingest.structure import SectionSpan, section_at
from ingest.tables import TableFact

if TYPE_CHECKING:  # pragma: no cover
    from ingest.clean import CleanText

CONTACT_ZH, CONTACT_EN = "联系方式", "contact"


def _join(parts) -> str:
    out: list[str] = []
    for p in parts:
        p = (p or "").strip()
        if p and (not out or out[-1] != p):
            out.append(p)
    return SEP.join(out)


def section_sentences(text: str, sections: list[SectionSpan], items: list[ProseFact]) -> list[ProseFact]:
    """"存在的主要问题" written as sentences, not as a list: the first sentences of a section whose heading names
    problems or measures (data: prose.toml item_sections) are its items, each quoted by itself, when the
    section holds no list of its own (a list inside one of its sentences — "将A与B、C、D等工作结合起来" — is none:
    its items share the clause that quotes them)."""
    out: list[ProseFact] = []
    for sec in sections:
        if not sec.path or not any(w in sec.path[-1] for w in PROSE.item_sections):
            continue
        body = (max(sec.heading_end, sec.start), sec.end)
        mine = [i for i in items if body[0] <= i.span[0] < body[1]]
        if any(sum(j.quote_span == i.quote_span for j in mine) == 1 for i in mine):
            continue
        # (beside a list inside a sentence, only sentences stating a shortfall are items: a heading that names
        # problems as a topic — "加大对热点难点问题的公开力度" — heads measures written with lists of their own)
        shortfall_only = bool(mine)
        sentences: list[tuple[int, int]] = []
        for a, b in prose_lines(text):
            if b <= body[0] or a >= body[1]:
                continue
            for s, e in sentence_spans(text[max(a, body[0]) : min(b, body[1])]):
                s, e = s + max(a, body[0]), e + max(a, body[0])
                sent = text[s:e].strip()
                if not 6 <= len(sent) <= 200 or re.search(r"\d", sent[:3]):
                    continue
                sentences.append((s, s + len(text[s:e].rstrip().rstrip("。；;！!，,"))))
        for n, (s, e) in enumerate(_problems_then_plans(text, sec.path[-1], sentences, shortfall_only), 1):
            out.append(item_fact(text, s, e, n, ""))
    return out


def _problems_then_plans(text: str, heading: str, sentences: list[tuple[int, int]],
                         shortfall_only: bool = False) -> list[tuple[int, int]]:
    """The sentences of an item section that are its items: under a heading naming problems, those before its plans
    ("今后,…将…") that state a shortfall ("存在公开相对滞后的情况", "培训力度仍需加大"; a preamble of what was done is
    none), then the first of the plans; else (no sentence states one, a heading of plans only) its first sentences,
    unless `shortfall_only`."""
    first = [] if shortfall_only else sentences[: PROSE.item_section_sentences]
    if not any(w in heading for w in PROSE.problem_sections):
        return first
    turn = next((k for k, (s, _e) in enumerate(sentences) if text.startswith(PROSE.announced_stop, s)), len(sentences))
    short = [(s, e) for s, e in sentences[:turn] if any(w in text[s:e] for w in PROSE.shortfall_words)]
    if not short:
        return first
    return short[: PROSE.item_section_sentences] + sentences[turn : turn + PROSE.item_section_plans]


def extract_prose_facts(text: str) -> list[ProseFact]:
    """Every figure, statement of none, contact field, date and list item of a cleaned text's prose."""
    return (extract_figures(text) + extract_cn_figures(text) + extract_nones(text) + extract_contacts(text)
            + extract_dates(text) + extract_items(text) + extract_list_table_figures(text)
            + extract_indicator_table_figures(text))


def table_labels(tf: TableFact) -> tuple[str, str]:
    """(label_zh, label_en) of a table cell: section / row path / column path."""
    sec = TEMPLATE.section(tf.table)
    rows = [] if tf.table == "四" else tf.row.split(SEP)
    cols = tf.column.split(SEP)
    zh = _join([strip_enumerator(sec.zh), *(strip_enumerator(p) for p in rows), *cols])
    en = _join([sec.en, *(TEMPLATE.en(p) or strip_enumerator(p) for p in rows), *(TEMPLATE.en(c) or c for c in cols)])
    return zh, en


def _section_parts(sec: SectionSpan | None) -> tuple[list[str], str]:
    if sec is None or not sec.path:
        return [], ""
    zh = [strip_enumerator(p) for p in sec.path]
    en = TEMPLATE.section_en(sec.path[0])
    if len(sec.path) > 1:
        en = _join([en, TEMPLATE.section_en(sec.path[-1])])
    return zh, en


def prose_labels(pf: ProseFact, sec: SectionSpan | None) -> tuple[str, str]:
    szh, sen = _section_parts(sec)
    if pf.kind == "contact":
        return _join([CONTACT_ZH, pf.row]), _join([CONTACT_EN, pf.en])
    if pf.kind == "date":
        return pf.row, pf.en
    context = balanced_label(pf.context)  # (a context cut to its last words may have cut a quote in half)
    if pf.kind == "item":
        return _join([*szh, context, pf.column]), _join([sen, PROSE.gloss(context), pf.en])
    words = PROSE.gloss(f"{context}{pf.row}")
    if pf.kind == "none":
        return _join([*szh, context, pf.row]), _join([sen, f"none: {words or pf.row}"])
    unit = TEMPLATE.unit_en(pf.unit)
    if not unit:  # a figure its copy states without a unit ("申请96,均…")
        return _join([*szh, context, pf.row]), _join([sen, words])
    return _join([*szh, context, pf.row]), _join([sen, f"{words} ({unit})" if words else f"({unit})"])


def build_facts(
    ct: "CleanText",
    sections: list[SectionSpan],
    table_facts: list[TableFact],
    narrative_facts: list[NarrativeFact],
    **report: object,
) -> list[Fact]:
    """Every fact of one report.  ``report`` holds the Fact fields shared by all (doc_id, source,
    agency, region, year)."""

    def sec_at(offset: int) -> SectionSpan | None:
        return section_at(sections, offset) if sections else None

    def label(offset: int) -> str:
        sec = sec_at(offset)
        return " > ".join(sec.path) if sec else ""

    def spans(span: tuple[int, int], quote: tuple[int, int]) -> dict:
        s, e = ct.to_original(*span)
        qs, qe = ct.to_original(*quote)
        return {"start": s, "end": e, "quote_start": min(qs, s), "quote_end": max(qe, e)}

    facts: list[Fact] = []
    for tf in table_facts:
        zh, en = table_labels(tf)
        facts.append(Fact(
            **report, table=tf.table, row=tf.row, column=tf.column, metric=tf.metric, value=tf.value, unit=tf.unit,
            raw=tf.raw, kind="table", label_zh=zh, label_en=en, section=label(tf.row_span[0]),
            **spans(tf.span, tf.row_span),
        ))
    prose = extract_prose_facts(ct.text)
    prose += section_sentences(ct.text, sections, [pf for pf in prose if pf.kind == "item"])
    prose += empty_sections(ct.text, sections)
    prose += plan_clauses(ct.text, sections, [pf for pf in prose if pf.kind == "item"])
    figures = {pf.span[0]: pf for pf in prose if pf.kind == "narrative"}
    claimed: set[int] = set()
    for nf in narrative_facts:
        # a metric figure: its metric and row from the narrative rules, its label and quote from the clause
        pf = figures.get(nf.span[0])
        sec = sec_at(nf.span[0])
        if pf is not None:
            claimed.add(nf.span[0])
            zh, en = prose_labels(pf, sec)
            quote = pf.quote_span
        else:
            szh, sen = _section_parts(sec)
            zh, en = _join([*szh, nf.row]), _join([sen, PROSE.gloss(nf.row)])
            quote = nf.sentence_span
        facts.append(Fact(
            **report, table="narrative", row=nf.row, column="", metric=nf.metric, value=nf.value, unit=nf.unit,
            raw=nf.raw, kind="narrative", label_zh=zh, label_en=en, section=label(nf.span[0]), **spans(nf.span, quote),
        ))
    for pf in prose:
        if pf.kind == "narrative" and pf.span[0] in claimed:
            continue
        # every item of a list takes the section where the list starts ("1、加强学习。…" read as a sub-heading
        # does not put "2、…" under itself)
        anchor = pf.list_start if pf.kind == "item" and pf.list_start is not None else pf.span[0]
        sec = sec_at(anchor)
        if pf.kind == "item" and sec is not None and sec.path and sec.start <= anchor < max(sec.heading_end, sec.start + 1):
            # the item (or its list's first item) is a sub-heading itself: it is an item of the section above it
            sec = SectionSpan(sec.path[:-1], sec.start, sec.end, max(0, sec.level - 1), sec.start)
        zh, en = prose_labels(pf, sec)
        row = pf.row or (strip_enumerator(sec.path[-1]) if sec and sec.path else "")
        facts.append(Fact(
            **report, table="narrative", row=row, column=pf.column, metric=None, value=pf.value,
            text_value=pf.text_value, unit=pf.unit, raw=pf.raw, kind=pf.kind, label_zh=zh, label_en=en,
            section=label(pf.span[0]), **spans(pf.span, pf.quote_span),
        ))
    # dates and the publishing office of lines the cleaning dropped (a web page's "发布时间:…", "发布者:…" header):
    # original offsets
    found = {(f.kind, f.start) for f in facts if f.kind in ("date", "contact")}
    for pf in extract_original_dates(ct.original) + extract_original_contacts(ct.original):
        if (pf.kind, pf.span[0]) not in found:
            found.add((pf.kind, pf.span[0]))
            zh, en = prose_labels(pf, None)
            facts.append(Fact(
                **report, table="narrative", row=pf.row, column="", metric=None, value=None, text_value=pf.text_value,
                unit="", raw=pf.raw, kind=pf.kind, label_zh=zh, label_en=en, section="",
                start=pf.span[0], end=pf.span[1], quote_start=pf.quote_span[0], quote_end=pf.quote_span[1],
            ))
    return facts
