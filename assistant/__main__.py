"""python -m assistant: ask questions, serve the chat UI, inspect the store (see --help)."""

from __future__ import annotations

import argparse
import json
import sys

from assistant.core.settings import Settings, add_setting_options, configure_offline, settings_from_args

DESCRIPTION = """\
Answer questions about Chinese government information-disclosure annual reports (政府信息公开工作年度报告)
from the reports ingested with `python -m ingest`, with numbered citations to the exact sentence or table
row of each report.  Questions may be Chinese or English; place names may be pinyin (Kundulun = 昆都仑区).
"""

EPILOG = """\
examples:
  python -m assistant ask "how many applications did Kundulun receive in 2023"
  python -m assistant ask "伊春区2016年主动公开了多少条政府信息" --json
  python -m assistant serve --port 7860
  python -m assistant reports
  python -m assistant facts --agency 昆都仑区信访局 --format csv
  python -m assistant check

every option can also be set in ./assistant.toml or as ASSISTANT_<NAME> (see `python -m assistant settings`).
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m assistant", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    a = sub.add_parser("ask", help="answer one question and print it with its citations")
    a.add_argument("question")
    a.add_argument("--json", action="store_true", help="print the answer as JSON (Answer.to_dict())")
    add_setting_options(a, "engine", "top_k")
    a.add_argument("--agency", help="only use reports of this agency")
    a.add_argument("--year", type=int, help="only use reports of this year")

    s = sub.add_parser("serve", help="serve the chat UI (Gradio) in the browser")
    add_setting_options(s, "host", "port", "auth", "engine", "ui_language")

    r = sub.add_parser("reports", help="list the ingested reports")
    r.add_argument("--json", action="store_true")

    f = sub.add_parser("facts", help="list the figures extracted from the reports (table cells, narrative figures)")
    f.add_argument("--agency", help="agency name (substring match)")
    f.add_argument("--year", type=int)
    f.add_argument("--metric", help="canonical metric key, e.g. applications_received (see assistant/metrics.py)")
    f.add_argument("--format", choices=("table", "csv", "json"), default="table")

    c = sub.add_parser("check", help="list reports whose tables fail their own identities (一+二=三(七)+四, totals)")

    sub.add_parser("settings", help="print the effective settings and where each can be set")
    for command in (a, s, r, f, c):
        add_setting_options(command, "store", "chroma_url", "collection")
    return p


def _settings(args) -> Settings:
    return settings_from_args(args)


def _open_store(settings: Settings):
    from ingest.index import Store

    if not (settings.store / "catalog.sqlite").exists():
        print(f"error: no store at {settings.store}; ingest reports first: python -m ingest PATH --store {settings.store}", file=sys.stderr)
        raise SystemExit(2)
    return Store(settings.store, settings)


def print_answer(answer) -> None:
    print(answer.text)
    if answer.citations:
        print()
    for c in answer.citations:
        where = " · ".join(x for x in (c.agency or "", str(c.year) if c.year else "", c.section, c.row or "", c.column or "") if x)
        print(f"[{c.n}] {c.title} — {where}")
        page = f", p. {c.page}" + (" (OCR text: may hold recognition errors)" if c.ocr else "") if c.page else ""
        # (the display form: a PDF's Kangxi radicals as their unified characters; `quote` keeps the exact original)
        print(f"    “{c.display_quote.strip()}”  ({c.source}{page}, chars {c.start}–{c.end})")
        if c.clean_quote and c.clean_quote != c.display_quote.strip():  # (the answer showed the original simplified)
            print(f"    shown in the answer as: “{c.clean_quote}”")
    for n in answer.notes:
        print(f"note: {n}")


def cmd_ask(args) -> int:
    from assistant.api import ask

    settings = _settings(args)
    _open_store(settings).close()
    filters = {k: v for k, v in (("agency", args.agency), ("year", args.year)) if v}
    try:
        answer = ask(args.question, settings=settings, filters=filters or None)
    except ValueError as e:  # unknown engine, or one that cannot run here (EngineUnavailable says why)
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_answer(answer)
    return 0


def cmd_serve(args) -> int:
    from assistant.ui import serve

    serve(_settings(args))
    return 0


def cmd_reports(args) -> int:
    store = _open_store(_settings(args))
    reports = store.reports()
    if args.json:
        print(json.dumps([r.model_dump(mode="json") for r in reports], ensure_ascii=False, indent=2))
        return 0
    for r in reports:
        flag = f"  ⚠ {len(r.warnings)} check(s) failed" if r.warnings else ""
        src = {k: f" ({r.provenance[k]})" if k in r.provenance else "" for k in ("agency", "region", "year")}
        ident = (f"agency: {r.agency or '(not stated)'}{src['agency']}  region: {r.region or '—'}{src['region']}  "
                 f"year: {r.year or '—'}{src['year']}")
        print(f"{r.doc_id}  {ident}  [{r.format}, {r.n_chunks} chunks, {r.n_facts} facts]  {', '.join(r.sources)}{flag}")
    print(f"{len(reports)} reports")
    return 0


def cmd_facts(args) -> int:
    from ingest.library import fact_filter, write_facts_csv

    store = _open_store(_settings(args))
    facts = store.iter_facts(**fact_filter(store, args.agency, args.year, args.metric))  # streamed (millions at scale)
    if args.format == "json":
        print(json.dumps([f.model_dump(mode="json") for f in facts], ensure_ascii=False, indent=2))
        return 0
    if args.format == "csv":
        write_facts_csv(facts, sys.stdout)  # the same rows and bytes as the UI's Figures export
        return 0
    n = 0
    for n, f in enumerate(facts, 1):
        shown = f.text_value if f.value is None else f"{f.value:g}{f.unit}"  # contact/date/item facts hold text
        print(f"{f.agency or '?'}\t{f.year or '?'}\t{f.table}\t{f.row}\t{f.column}\t{shown}\t{f.metric or ''}")
    print(f"{n} facts")
    return 0


def cmd_check(args) -> int:
    store = _open_store(_settings(args))
    failing = [r for r in store.reports() if r.warnings]
    for r in failing:
        print(f"{', '.join(r.sources)} ({r.agency or '?'} {r.year or '?'}):")
        for w in r.warnings:
            print(f"  {w}")
    print(f"{len(failing)} report(s) fail a check")
    return 1 if failing else 0


def cmd_settings(args) -> int:
    from assistant.core.settings import GROUPS

    s = Settings()
    for group, cls in GROUPS.items():
        print(f"[{group}]  {cls.__doc__}")
        for name, field in cls.model_fields.items():
            print(f"{name} = {getattr(s, name)!s}\n    {field.description or ''}  (env ASSISTANT_{name.upper()})")
        print()
    return 0


COMMANDS = {"ask": cmd_ask, "serve": cmd_serve, "reports": cmd_reports, "facts": cmd_facts, "check": cmd_check, "settings": cmd_settings}


def main(argv: list[str] | None = None) -> int:
    configure_offline()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    from ingest.index import StoreError

    try:
        return COMMANDS[args.command](args)
    except StoreError as e:  # an old, corrupt or unreachable store: say what to do, no traceback
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
