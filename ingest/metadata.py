"""Report identity from the *cleaned* text: title, issuing agency, region, year — each with its source.

Nothing is guessed: every value is read from the report (see ../shared/DOMAIN.md), and
``ReportMeta.provenance`` records where agency/region/year came from: 'title' (the report's title
line), 'text' (a sentence, a 《…》 title, the statistics period, names the text spells out), 'header'
(a short line naming the agency around the title), 'signature' (a closing name + date), 'filename'
(ingest/filenames.py), 'user' (reports.csv, --agency/--region/--year; applied by the pipeline).

* **title** – the title line(s) near the top (two lines joined; a site header above a title line is
  skipped; a mirror's domain, "2016年年" and a "年" lost at the line break repaired); a title at the
  start of the first sentence ("青海省2013年…年度报告是根据…"); the sentence naming the report
  ("现向社会公布X局2022年…报告"); a 《…》 report title in the opening; the file name.
* **year** – the statistics period (统计期限: the year of the data) first, then the title, the naming
  sentence, a strong opening phrase ("2016年,…政府信息公开工作"), the file name.  Anonymised or
  missing years ("201x年", "截至年12月31日") are never completed; publication dates are never used.
* **agency** – the title, the naming sentence, a quoted title, "由X编制", the subject of an opening
  sentence, a header line (the one matching the text's 本局/我办/我委 when there are several), a
  signature, the file name, the agency name the text spells out most often (abbreviations of the type
  count: 西安区发改局 → 西安区发展和改革局), a document cited by name beside 我部/本局 (《X部落实…》).
  Repairs, all from the text: a bare "市/县/区…" name completed from the text ("东阳市…"); a parent
  prefix whose place was removed by spam dropped; a name completed by a longer one of the text
  (signature, header, contact sentence: "田黄镇" → "邹城市田黄镇人民政府"); a place's report is its
  people's government's ("伊春区" → "伊春区人民政府"; a 街道's: its 办事处); the general office that
  compiled a report on "我县" gives the county government; a town with no county gets the place whose
  government website publishes the report ("可通过高平市人民政府门户网站查阅").
* **region** – :func:`ingest.places.region_of` the agency (its leading place of county level or above),
  else the place of the file name's pinyin found in the text.
* **aliases** – ingest/aliases.py; **mentions** – every place/agency name the text mentions with the
  pinyin of the places (ingest/places.py), for the names index of the question scope.

Here: the order of the sources and the year; the title lines and what the head lines name are read by
ingest/report_title.py, whether a phrase is an agency's name and the repairs of a name from the text by
ingest/agency_names.py.  Vocabulary (agency types and their English, pinyin overrides, generic words) lives in
assistant/core/data/names.toml, loaded by assistant/core/vocab.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.core.vocab import names_vocab
from ingest.agency_names import (bare_self_agency, clean_agency, complete_bare, signature, speaks_as_place,
                                 strip_parent, website_region, with_parent)
from ingest.aliases import make_aliases
from ingest.english import english_identity
from ingest.filenames import filename_identity
from ingest.places import CJK, REGION_SUFFIXES, agency_counts, mentions, places_in_text, region_of
from ingest.report_title import (ACADEMIC, HEADING_LINE, TITLE_THEN_VERB, YEAR_TOKEN, header_agency, is_title,
                                 plain_lines, quoted_title, title_agency, title_from_lines)

YEAR_MIN, YEAR_MAX = 2007, 2035

V = names_vocab()


@dataclass
class ReportMeta:
    title: str | None = None
    agency: str | None = None
    region: str | None = None
    year: int | None = None
    aliases: list[str] = field(default_factory=list)
    # where each of agency/region/year came from: 'title'|'text'|'header'|'signature'|'filename'|'user'
    provenance: dict[str, str] = field(default_factory=dict)
    mentions: list[str] = field(default_factory=list)  # place/agency names the text mentions (+ pinyin)


def _valid_year(y: str | int | None) -> int | None:
    try:
        v = int(y)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return v if YEAR_MIN <= v <= YEAR_MAX else None


_NAMING = re.compile(
    rf"(?:{'|'.join(map(re.escape, V.naming_verbs))}|编制的)"
    rf"(?P<named>(?P<pre>[^,。;:、\s《》“”]{{0,30}}?){ACADEMIC}(?P<year>{YEAR_TOKEN})学?年度?"
    r"(?P<post>[^,。;:、\s《》“”]{0,30}?)(?:政府)?(?:信息公开|政务公开)"
    r"[^,。;:《》]{0,12}?(?:年度报告|工作报告|年报|报告))"
)
_BY_AGENCY = re.compile(rf"由(?P<a>[{CJK}]{{2,30}}?)(?:负责)?(?:编制|编写)")
_SUBJ_COMPILED = re.compile(rf"(?:^|[,。;])(?P<a>[{CJK}]{{2,30}}?)编制了")
_OPEN_VERBS = "|".join(map(re.escape, V.opening_verbs))
_OPENING = re.compile(
    rf"^(?:(?:\d{{4}})年度?(?:的)?,?)?(?:在[^,。]{{2,40}}?下,)?(?P<a>[{CJK}]{{2,30}}?)(?={_OPEN_VERBS})"
)
_STAT_PERIOD = re.compile(r"统计(?:期限|时限|时间|区间|周期)[^。\d]{0,12}?(\d{4})\s*年")
_JAN_DEC = re.compile(r"(\d{4})\s*年\s*1\s*月\s*1\s*日(?:起)?\s*(?:至|到|—|-|~)\s*(?:\d{4}\s*年\s*)?12\s*月\s*31\s*日")
_STRONG_OPEN = re.compile(rf"^(\d{{4}})年度?(?:的)?(?:,|[{CJK}]{{2,12}}政府信息公开工作)")


def _year_in(s: str | None) -> int | None:
    if not s:
        return None
    m = re.search(r"(\d{4})\s*年", s)
    return _valid_year(m.group(1)) if m else None


# a town's government (a street office is named without its district)
_SUBPLACE_AGENCY = re.compile(rf"^[{CJK}]{{2,8}}?(?:镇|乡)(?:人民政府)?$")


def extract_metadata(text: str, source_name: str = "", footer: str = "") -> ReportMeta:
    """`footer`: the site footer cleaning cut from the original (主办单位: …), read only for a town's county."""
    lines = plain_lines(text)
    flat = "\n".join(lines)
    owned = flat + "\n" + footer if footer else flat  # (the places a town's report is published under)
    opening = "\n".join(lines[:12])[:3000]
    prov: dict[str, str] = {}

    # title: a title line, a title at the start of the first sentence, the sentence naming the report
    title = title_from_lines(lines)
    first = next((ln for ln in lines[:3] if len(ln) > 3), "")
    if title is None and (m := TITLE_THEN_VERB.match(first)):
        title = m.group("t") if is_title(m.group("t")) else None
    naming = None
    naming_agency = None
    for m in _NAMING.finditer(opening):
        a = clean_agency(m.group("pre")) or clean_agency(m.group("post"))
        if naming is None:
            naming = m
        if a:
            naming, naming_agency = m, a
            break
    quoted = quoted_title(opening)
    title_src = "title"
    if title is None and naming is not None and naming_agency:
        title, title_src = re.sub(r"\s+", "", naming.group("named")), "text"
    if title is None and quoted:
        title, title_src = quoted, "text"
    fn = filename_identity(source_name, flat)
    if title is None and fn.title:
        title, title_src = fn.title, "filename"
    en = english_identity(lines) if title is None else None  # a report published in English
    if en and en.title:
        title = en.title

    # year: the statistics period states the year of the data; else the title, the naming sentence,
    # a strong opening phrase, the file name
    year = None
    m = _STAT_PERIOD.search(opening) or _JAN_DEC.search(opening)
    if m and (year := _valid_year(m.group(1))):
        prov["year"] = "text"
    if year is None and (year := _year_in(title) or (en.year if en else None)):
        prov["year"] = title_src
    if year is None and naming is not None and (year := _valid_year(naming.group("year"))):
        prov["year"] = "text"
    if year is None:
        body = [ln for ln in lines[:15] if not HEADING_LINE.match(ln)]
        firsts = body[:1]
        for i, ln in enumerate(lines[:15]):
            if re.match(r"^[一二三四五六七八九十]{1,3}\s*、", ln):
                firsts += [x for x in lines[i + 1 : i + 3] if not HEADING_LINE.match(x)][:2]
                break
        for ln in firsts:
            m = _STRONG_OPEN.match(ln)
            if m and (year := _valid_year(m.group(1))):
                prov["year"] = "text"
                break
    if year is None and fn.year:
        year, prov["year"] = fn.year, "filename"

    # agency
    agency, src = title_agency(title) or (en.agency if en else None), title_src
    region_src = None
    if agency is None and naming_agency:
        agency, src = naming_agency, "text"
    if agency is None and (a := title_agency(quoted)):
        agency, src = a, "text"
    compiled_by = False
    if agency is None:
        m = _BY_AGENCY.search(opening) or _SUBJ_COMPILED.search(opening)
        agency, src = (clean_agency(m.group("a")) if m else None), "text"
        compiled_by = agency is not None
    if agency is None:
        # the first words of the text or of a section near the top
        starts = lines[:2] + [ln for prev, ln in zip(lines[:14], lines[1:15]) if HEADING_LINE.match(prev)]
        for ln in starts:
            if HEADING_LINE.match(ln):
                continue
            m = _OPENING.match(ln)
            if m and (agency := clean_agency(m.group("a"))):
                break
    header = header_agency(lines, flat)
    if agency is None and header:
        agency, src = header, "header"
    sig = signature(lines)
    if agency is None and sig:
        agency, src = sig, "signature"
    names = mentions(flat, list(fn.parents))
    if agency is None and fn.agency:
        agency, src = fn.agency, "filename"
    if agency is None:
        # the agency name the text spells out most often (at least twice)
        counted = Counter({n: c for n, c in agency_counts(flat, places_in_text(flat)).items() if clean_agency(n)})
        if counted and (best := counted.most_common(1)[0])[1] >= 2:
            agency, src = best[0], "text"
    if agency is None:
        # "我部/本局…" and a document of the agency cited by name: 《X部落实…》
        kinds = {w[-1] for w in V.self_words if len(w) == 2 and w in flat}
        cited = Counter(m.group(1) for m in re.finditer(rf"《([{CJK}]{{2,12}}?[{''.join(kinds)}])", flat)) if kinds else None
        if cited:
            agency, src = clean_agency(cited.most_common(1)[0][0]), "text"
    if agency is None and (bare := bare_self_agency(flat)):
        agency, src = bare, "text"  # "2020年,县医院未收到…" in a text calling itself 我院
    if agency is None and fn.composed:  # the file name's place and agency type ("hainan_..._jianguanju")
        agency, src = fn.composed, "filename"
    if agency and agency != fn.composed:  # repairs from the text (a name composed from the file name is whole)
        agency = strip_parent(agency)
        agency = complete_bare(agency, flat)
        for longer, where in ((sig, "signature"), (header if not region_of(agency) else None, "header")):
            if longer and agency != longer and agency in longer and region_of(longer):
                agency, src = longer, where
        agency = with_parent(agency, owned, names + (mentions(footer, []) if footer else []))
    if agency:
        if region_of(agency) == agency or re.fullmatch(rf"[{CJK}]{{2,8}}?(?:镇|乡|街道)", agency):
            # a place's report ("伊春区2016年…报告") is its people's government's: "伊春区人民政府"
            agency += "办事处" if agency.endswith("街道") else "人民政府"
        region = region_of(agency)
        office = re.fullmatch(rf"({re.escape(region or '-')})(?:人民)?政府办公[室厅]", agency)
        if compiled_by and office and f"我{region[-1]}" in flat:
            # "由光山县人民政府办公室编制" a report on "我县": the county government's report
            agency = region + "人民政府"
        region_src = None
        if not region_of(agency) and (fn.region or (web := website_region(owned))):
            parent = fn.region or web
            before = agency
            level = next((x for x in REGION_SUFFIXES if agency.startswith(x) and parent.endswith(x)), None)
            if level:  # "市财政局" + 泰安市 -> 泰安市财政局; "自治区人民政府办公厅" + 新疆维吾尔自治区
                agency = parent + agency[len(level):]
            elif _SUBPLACE_AGENCY.match(agency) and not parent.endswith(("省", "自治区")):
                agency = parent + agency  # a town of the county whose website publishes the report
            if agency != before:
                region_src = "filename" if parent == fn.region else "text"
        prov["agency"] = src

    region = region_of(agency)
    if region:
        prov["region"] = (region_src if agency else None) or prov.get("agency", "text")
    elif fn.region:
        region, prov["region"] = fn.region, "filename"
        if agency is None and speaks_as_place(flat, region):
            # "我市…" and the city only in the file name: the city government's report
            agency, prov["agency"] = region + "人民政府", "filename"
    aliases = make_aliases(agency, region, flat)
    if agency is None and region is None:
        # a report naming neither its agency nor its place goes by what it calls itself ("我单位", "本局"): the only
        # handle a reader has on it ("the report that only calls itself 我单位")
        aliases += [w for w in V.self_words if w in flat and w not in aliases]
    return ReportMeta(title=title, agency=agency, region=region, year=year,
                      aliases=aliases, provenance=prov, mentions=names)
