"""Report identity from what is outside the text: the file name and what the user states.

* **File names** — a Chinese report title ("2022年青禾区人民政府办公室政府信息公开工作年度报告.pdf")
  is read like a title line; a pinyin name ("qinghe_hexin_zhen_2020.txt") gives its year, and its
  place/agency-type tokens are matched against the places the *text* mentions (pinyin of 禾新镇 is
  "hexinzhen"; of 财政局 "caizhengju"); failing that, against China's administrative divisions
  (ingest/gazetteer.py), only when the tokens name one place unambiguously ("shandong_taian" is
  泰安市; "suzhou" alone is nothing: 宿州市 or 苏州市).
* **User overrides** — ``python -m ingest FILE --agency A --region R --year Y`` and a ``reports.csv``
  beside the files (columns file, agency, region, year; empty cells keep what was extracted) replace
  the extracted values, with provenance 'user'.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path, PurePath

from assistant.core.vocab import names_vocab
from ingest.places import SUFFIX_PINYIN, SourceIdentity, pinyin_of, places_in_text, region_of
from ingest.report_title import is_title, title_norm

V = names_vocab()
OVERRIDE_FILE = "reports.csv"
_CJK = re.compile(r"[\u3400-\u9fff]")


FileIdentity = SourceIdentity
_LEVEL_WORD = {"shi": "市", "xian": "县", "qu": "区"}  # a bare level before a type: "shi_weijianwei" = 市卫健委


def _type_pinyin() -> dict[str, str]:
    out: dict[str, str] = {}
    for t in V.agency_types:
        for zh in (t.zh, *t.zh_abbr):
            out.setdefault(pinyin_of(zh), t.zh)
    return out


def filename_identity(source_name: str, text: str = "") -> FileIdentity:
    from ingest.metadata import YEAR_MAX, YEAR_MIN  # noqa: PLC0415 (metadata imports this module)

    if not source_name:
        return FileIdentity()
    name = PurePath(source_name).name
    stem = title_norm(name)
    if _CJK.search(stem):
        return FileIdentity(title=stem) if is_title(stem) else FileIdentity()
    tokens = [t for t in re.split(r"[^0-9a-z]+", PurePath(name).stem.lower()) if t]
    years = [int(t) for t in tokens if re.fullmatch(r"\d{4}", t) and YEAR_MIN <= int(t) <= YEAR_MAX]
    words = [t for t in tokens if t.isalpha()]
    # a suffix token joins the word before it: "hexin", "zhen" -> "hexinzhen"
    suffix_py = {py for py, _en in SUFFIX_PINYIN.values()}
    cands = set(words) | {a + b for a, b in zip(words, words[1:]) if b in suffix_py}
    region = place = agency = None
    if text and cands:
        for p in places_in_text(text):
            for suf in sorted(SUFFIX_PINYIN, key=len, reverse=True):
                if p.endswith(suf) and len(p) > len(suf):
                    py = pinyin_of(p[: -len(suf)])
                    if py in cands or py + SUFFIX_PINYIN[suf][0] in cands:
                        if region_of(p) == p and region is None:
                            region = p
                        elif region_of(p) != p and place is None:
                            place = p
                    break
        types = _type_pinyin()
        t = next((types[w] for w in cands if w in types), None)
        for head in (place, region):
            if head is None:
                continue
            # the type the name gives (under the place's government too); a town's own government
            cands = [head + t, head + "人民政府" + t] if t else []
            if not t or region_of(head) != head:
                cands += [head + "人民政府", head + "办事处"]
            for cand in cands:
                if cand in text:
                    agency = cand
                    break
            if agency:
                break
    from ingest.gazetteer import parents, resolve  # noqa: PLC0415

    gz = resolve(tokens) if tokens else None  # a place the text never writes: only when the name is unambiguous
    if region is None:
        region = gz.name if gz else None
    ups = tuple(parents(gz)) if gz and gz.name == region else ()
    composed = None
    typ, at = file_type(words)
    if agency is None and typ and _speaks_as(text, typ):
        if region:
            composed = compose_agency(region, typ)
        elif at > 0 and words[at - 1] in _LEVEL_WORD:  # "shi_weijianwei": a bare 市卫生健康委员会 (as its text says 我委)
            composed = _LEVEL_WORD[words[at - 1]] + typ
    return FileIdentity(agency=agency, region=region, year=years[0] if len(set(years)) == 1 else None,
                        composed=composed, parents=ups)


def file_type(words: list[str]) -> tuple[str | None, int]:
    """The agency type named by one to three consecutive tokens of a file name ("shipinyaopin",
    "jianguanju" -> 食品药品监督管理局; "fazhiban" -> 法制办公室), longest first, and where it starts."""
    types = _type_pinyin()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            if (key := "".join(words[i : i + n])) in types:
                return types[key], i
    return None, -1


def _speaks_as(text: str, typ: str) -> bool:
    """The text does not call itself by another kind of agency: its 我局/本办/我委… (if any) fit `typ`."""
    kinds = {w[-1] for w in V.self_words if len(w) == 2 and w in text}
    return not kinds or any(k in typ for k in kinds)


def compose_agency(region: str, typ: str) -> str:
    """A place's agency of a type: 海南省 + 食品药品监督管理局; a government's office-type body carries the
    government in its name (乐山市 + 法制办公室 -> 乐山市人民政府法制办公室; data: names.toml)."""
    t = V.type_of(typ)
    return region + ("人民政府" if t is not None and t.under_government else "") + typ


# --- user overrides ---------------------------------------------------------------------------------

def read_overrides(folder: Path | str) -> dict[str, dict[str, str | int]]:
    """reports.csv in `folder`: file name -> {agency, region, year} (only the non-empty cells)."""
    path = Path(folder) / OVERRIDE_FILE
    if not path.is_file():
        return {}
    out: dict[str, dict[str, str | int]] = {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            fields = parse_override(**{k: (row.get(k) or "").strip() for k in ("agency", "region", "year")})
            if (row.get("file") or "").strip() and fields:
                out[PurePath(row["file"].strip()).name] = fields
    return out


def write_override(folder: Path | str, file_name: str, fields: dict) -> Path:
    """Record a user's identity of `file_name` in `folder`/reports.csv (the file ingest reads back), keeping
    the other rows; a field given as None or "" clears that cell (extraction decides again)."""
    path = Path(folder) / OVERRIDE_FILE
    columns = ["file", "agency", "region", "year"]
    rows: list[dict] = []
    if path.is_file():
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            columns += [c for c in reader.fieldnames or [] if c and c not in columns]
            rows = [dict(r) for r in reader]
    name = PurePath(file_name).name
    row = next((r for r in rows if PurePath((r.get("file") or "").strip()).name == name), None)
    if row is None:
        row = {"file": name}
        rows.append(row)
    for k, v in fields.items():
        if k in ("agency", "region", "year"):
            row[k] = "" if v is None else str(v)
    rows = [r for r in rows if any((r.get(k) or "").strip() for k in ("agency", "region", "year"))]
    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    tmp.replace(path)  # atomic: a crash never leaves half a reports.csv
    return path


def parse_override(agency: str | None = None, region: str | None = None, year: str | int | None = None) -> dict:
    fields: dict[str, str | int] = {}
    if agency:
        fields["agency"] = agency
    if region:
        fields["region"] = region
    if year not in (None, ""):
        fields["year"] = int(year)
    return fields


def apply_overrides(meta, fields: dict) -> None:
    """Set the user's agency/region/year on a ReportMeta (provenance 'user'); a user's agency with a
    place gives the region too, and the aliases follow the new names."""
    from ingest.aliases import make_aliases  # noqa: PLC0415

    if not fields:
        return
    for k, v in fields.items():
        setattr(meta, k, v)
        meta.provenance[k] = "user"
    if "agency" in fields and "region" not in fields and (r := region_of(meta.agency)):
        meta.region, meta.provenance["region"] = r, "user"
    meta.aliases = make_aliases(meta.agency, meta.region)
