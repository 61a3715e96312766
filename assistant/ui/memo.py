"""References for memos and conversation exports (Markdown, .docx): pure functions, no Gradio.

A memo reference names the report, the section and, for a table figure, the row and the column::

    《昆都仑区信访局2023年政府信息公开工作年度报告》三、收到和处理政府信息公开申请情况，“本年新收政府信息公开申请数量”行“总计”列：0件

The English form keeps the Chinese names (they are what the report says, and what a reader can
search for) and glosses them::

    “昆都仑区信访局2023年政府信息公开工作年度报告” (Kundulun, 2023), section III “收到和处理政府信息公开申请情况”
    (applications for disclosure received and handled), row “本年新收政府信息公开申请数量” (new applications received this year),
    column “总计” (total): 0 applications

An export renumbers the citations of the whole conversation [1], [2], ... (each answer's own
markers are rewritten) and ends with one numbered reference list.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from assistant.core.template import TEMPLATE, strip_enumerator
from assistant.core.types import Answer, Citation
from assistant.ui.strings import export_words

_SECTION_NO = re.compile(r"^\s*([一二三四五六七八九十]+)、")

ROMAN = {"一": "I", "二": "II", "三": "III", "四": "IV", "五": "V", "六": "VI", "七": "VII", "八": "VIII", "九": "IX", "十": "X"}
# English glosses of sections, rows, columns and units: assistant/core/data/template.toml (TEMPLATE)


def clean_title(title: str | None) -> str:
    """A title as shown to people: a Markdown heading mark ('# ...') that ingest kept is dropped."""
    return re.sub(r"^[#\s]+", "", title or "").strip()


def label_path(path: str | None, sep: str = "—") -> str:
    """'三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密' -> '本年度办理结果—不予公开—属于国家秘密'."""
    if not path:
        return ""
    parts = [strip_enumerator(p) for p in path.split(" / ")]
    out: list[str] = []
    for p in parts:  # "（七）总计" under "本年度办理结果" stays; a repeated part does not
        if p and (not out or out[-1] != p):
            out.append(p)
    return sep.join(out)


def gloss(label: str) -> str:
    """English gloss of a row/column label of the standard tables ('' when unknown); from the template."""
    words = [TEMPLATE.en(part) for part in label.split("—")]
    return " / ".join(w for w in words if w)


def section_zh(section: str) -> str:
    """'一、总体情况 > (一)主动公开' -> '一、总体情况（一）主动公开'."""
    parts = [p.strip() for p in (section or "").split(">") if p.strip()]
    return "".join(re.sub(r"^\(([一二三四五六七八九十]+)\)", r"（\1）", p) for p in parts)


def section_en(section: str) -> str:
    """'三、收到和处理政府信息公开申请情况' -> 'section III “收到和处理政府信息公开申请情况” (applications received and handled)'."""
    if not section:
        return ""
    top = section.split(">")[0].strip()
    m = _SECTION_NO.match(top)
    number = f" {ROMAN.get(m.group(1), m.group(1))}" if m else ""
    name = " > ".join(strip_enumerator(p.strip()) for p in section.split(">") if p.strip())
    g = TEMPLATE.section_en(top)
    return f"section{number} “{name}”" + (f" ({g})" if g else "")


def _value_zh(c: Citation, unit: str | None) -> str:
    value = (c.highlight or "").strip()
    if not value:
        return ""
    if unit and not value.endswith(unit) and re.search(r"\d$", value):
        value += unit
    return value


def _value_en(c: Citation, unit: str | None) -> str:
    value = (c.highlight or "").strip()
    if not value:
        return ""
    m = re.match(r"^([\d.,]+)\s*(\S*)$", value)
    number, stated_unit = (m.group(1), m.group(2)) if m else (value, "")
    unit = stated_unit or unit or ""
    if c.row and ("申请" in c.row or "本年度办理结果" in c.row or "结转" in c.row) and unit == "件":
        en = "applications"
    elif c.row and ("复议" in c.row or "诉讼" in c.row) and unit == "件":
        en = "cases"
    else:
        en = TEMPLATE.unit_en(unit)
    return f"{number} {en}".strip()


def one_line(text: str) -> str:
    return " ".join((text or "").split())


def memo_reference(c: Citation, language: str = "zh", unit: str | None = None) -> str:
    """One citation as a memo reference (see the module docstring). `unit`: of the cited figure, when known."""
    title = clean_title(c.title)
    if language == "en":
        who = ", ".join(x for x in (c.agency or "", str(c.year) if c.year else "") if x)
        head = f"“{title}”" + (f" ({who})" if who and who not in title else "")
        parts = [head]
        if c.section:
            parts.append(section_en(c.section))
        if c.page:
            parts.append(f"p. {c.page}" + (" (OCR)" if c.ocr else ""))
        if c.column:
            row, col = label_path(c.row), label_path(c.column)
            rg, cg = gloss(row), gloss(col)
            parts.append(f"row “{row}”" + (f" ({rg})" if rg else ""))
            parts.append(f"column “{col}”" + (f" ({cg})" if cg else ""))
            value = _value_en(c, unit)
            return ", ".join(parts) + (f": {value}" if value else "")
        return ", ".join(parts) + f": “{one_line(c.clean_quote or c.display_quote)}”"
    out = f"《{title}》" + (f"第{c.page}页" + ("（OCR）" if c.ocr else "") + "，" if c.page else "") + section_zh(c.section)
    if c.column:
        value = _value_zh(c, unit)
        out += f"，“{label_path(c.row)}”行“{label_path(c.column)}”列"
        return out + (f"：{value}" if value else "")
    return out + f"：“{one_line(c.clean_quote or c.display_quote)}”"


def memo_text(answer: Answer | dict, language: str | None = None, units: dict[int, str] | None = None) -> str:
    """The references of one answer, one per line, numbered like the answer's markers."""
    a = answer if isinstance(answer, Answer) else Answer(**answer)
    language = language or a.language
    units = units or {}
    lines = [f"[{c.n}] {memo_reference(c, language, units.get(c.n))}" for c in a.citations]
    return "\n".join(lines)


# --- conversation export ---------------------------------------------------------------------


def numbered_conversation(turns: Iterable[dict], units=None) -> tuple[list[tuple[str, str, str, list[str]]], list[str]]:
    """[(question, answer text with global markers, language, notes)], [reference lines without numbers].

    `turns`: [{"question": str, "answer": Answer dict}]; `units(doc_id, highlight_start)` gives a figure's unit.
    """
    rows, refs = [], []
    for t in turns:
        a = Answer(**t["answer"]) if isinstance(t.get("answer"), dict) else t.get("answer")
        if a is None:
            continue
        mapping: dict[int, int] = {}
        for c in a.citations:
            unit = units(c.doc_id, c.highlight_start) if units and c.highlight_start is not None else None
            ref = f"{memo_reference(c, a.language, unit)} ({c.source}, {c.start}–{c.end})"
            if ref not in refs:  # the same quote cited twice is listed once
                refs.append(ref)
            mapping[c.n] = refs.index(ref) + 1
        text = re.sub(r"\[(\d+)\]", lambda m: f"[{mapping.get(int(m.group(1)), m.group(1))}]", a.text)
        rows.append((t.get("question") or a.question, text, a.language, list(a.notes)))
    return rows, refs


def conversation_markdown(turns: Iterable[dict], language: str = "zh", units=None) -> str:
    w = export_words(language)
    rows, refs = numbered_conversation(turns, units)
    out = [f"# {w['title']}", ""]
    for i, (q, text, _lang, notes) in enumerate(rows, 1):
        out += [f"## {i}. {one_line(q)}", "", f"**{w['q']}：** {q}" if language == "zh" else f"**{w['q']}:** {q}", ""]
        a_head = f"**{w['a']}：**" if language == "zh" else f"**{w['a']}:**"
        out += [a_head, ""] + [line for line in text.split("\n")] + [""]
        for n in notes:
            out += [f"> {n}", ""]
    out += [f"## {w['refs']}", ""]
    for i, r in enumerate(refs, 1):
        out += [f"[{i}] {r}", ""]
    if not refs:
        out.append(w["none"])
    return "\n".join(out).rstrip() + "\n"


def conversation_docx(turns: Iterable[dict], path: Path | str, language: str = "zh", units=None) -> Path:
    """The conversation as a Word document: questions, answers, then the numbered reference list."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    w = export_words(language)
    rows, refs = numbered_conversation(turns, units)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), "宋体")
    doc.add_heading(w["title"], level=1)
    colon = "：" if language == "zh" else ": "
    for i, (q, text, _lang, notes) in enumerate(rows, 1):
        doc.add_heading(f"{i}. {one_line(q)}", level=2)
        p = doc.add_paragraph()
        p.add_run(w["q"] + colon).bold = True
        p.add_run(q)
        p = doc.add_paragraph()
        p.add_run(w["a"] + colon).bold = True
        for k, line in enumerate(text.split("\n")):
            if k:
                p.add_run().add_break()
            p.add_run(line)
        for n in notes:
            doc.add_paragraph().add_run(n).italic = True
    doc.add_heading(w["refs"], level=2)
    if not refs:
        doc.add_paragraph(w["none"])
    for i, r in enumerate(refs, 1):
        doc.add_paragraph(f"[{i}] {r}")
    path = Path(path)
    doc.save(str(path))
    return path
