"""python -m assistant: ask questions, serve the chat UI, inspect the store (see --help)."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from assistant.core.settings import Settings, configure_offline

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
    a.add_argument("--store", type=Path, help="store folder (default ./vectorstore)")
    a.add_argument("--json", action="store_true", help="print the answer as JSON (Answer.to_dict())")
    a.add_argument("--engine", help="answer engine: extractive (default, no model), local, openai, ollama (see docs/engines.md)")
    a.add_argument("--agency", help="only use reports of this agency")
    a.add_argument("--year", type=int, help="only use reports of this year")

    s = sub.add_parser("serve", help="serve the chat UI (Gradio) in the browser")
    s.add_argument("--store", type=Path)
    s.add_argument("--host", help="address to bind (default 127.0.0.1: this machine only)")
    s.add_argument("--port", type=int, help="port (default 7860)")
    s.add_argument("--auth", help="require a login: USER:PASSWORD (comma-separated for several) or a file of such lines")

    r = sub.add_parser("reports", help="list the ingested reports")
    r.add_argument("--store", type=Path)
    r.add_argument("--json", action="store_true")

    f = sub.add_parser("facts", help="list the figures extracted from the reports (table cells, narrative figures)")
    f.add_argument("--store", type=Path)
    f.add_argument("--agency", help="agency name (substring match)")
    f.add_argument("--year", type=int)
    f.add_argument("--metric", help="canonical metric key, e.g. applications_received (see assistant/metrics.py)")
    f.add_argument("--format", choices=("table", "csv", "json"), default="table")

    c = sub.add_parser("check", help="list reports whose tables fail their own identities (一+二=三(七)+四, totals)")
    c.add_argument("--store", type=Path)

    sub.add_parser("settings", help="print the effective settings and where each can be set")
    for command in (a, s, r, f, c):
        command.add_argument("--chroma-url", help="vectors live on this Chroma server (default: embedded in the store folder)")
    return p


def _settings(args) -> Settings:
    overrides = {k: getattr(args, k, None) for k in ("store", "chroma_url")}
    return Settings(**{k: v for k, v in overrides.items() if v})


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
        print(f"    “{c.quote.strip()}”  ({c.source}, chars {c.start}–{c.end})")
    for n in answer.notes:
        print(f"note: {n}")


def cmd_ask(args) -> int:
    from assistant.api import ask

    settings = _settings(args)
    _open_store(settings).close()
    filters = {k: v for k, v in (("agency", args.agency), ("year", args.year)) if v}
    try:
        answer = ask(args.question, settings=settings, engine=args.engine, filters=filters or None)
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

    settings = _settings(args)
    updates = {k: v for k, v in (("host", args.host), ("port", args.port), ("auth", args.auth)) if v}
    serve(settings.model_copy(update=updates))
    return 0


def cmd_reports(args) -> int:
    store = _open_store(_settings(args))
    reports = store.reports()
    if args.json:
        print(json.dumps([r.model_dump(mode="json") for r in reports], ensure_ascii=False, indent=2))
        return 0
    for r in reports:
        flag = f"  ⚠ {len(r.warnings)} check(s) failed" if r.warnings else ""
        print(f"{r.doc_id}  {r.year or '----'}  {r.agency or '(agency not stated)'}  [{r.format}, {r.n_chunks} chunks, {r.n_facts} facts]  {', '.join(r.sources)}{flag}")
    print(f"{len(reports)} reports")
    return 0


def cmd_facts(args) -> int:
    store = _open_store(_settings(args))
    reports = store.reports()
    if args.agency:
        reports = [r for r in reports if r.agency and args.agency in r.agency]
    if args.year:
        reports = [r for r in reports if r.year == args.year]
    facts = store.facts([r.doc_id for r in reports], metric=args.metric)
    if args.format == "json":
        print(json.dumps([f.model_dump(mode="json") for f in facts], ensure_ascii=False, indent=2))
        return 0
    cols = ["agency", "year", "table", "row", "column", "metric", "value", "unit", "source", "start", "end"]
    if args.format == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(cols)
        for f in facts:
            w.writerow([getattr(f, c) for c in cols])
        print(buf.getvalue(), end="")
        return 0
    for f in facts:
        print(f"{f.agency or '?'}\t{f.year or '?'}\t{f.table}\t{f.row}\t{f.column}\t{f.value:g}{f.unit}\t{f.metric or ''}")
    print(f"{len(facts)} facts")
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
    s = Settings()
    for name, field in Settings.model_fields.items():
        print(f"{name} = {getattr(s, name)!s}\n    {field.description or ''}  (env ASSISTANT_{name.upper()})")
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
