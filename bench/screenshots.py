"""Regenerate docs/screenshots/*.png: the UI's main screens, taken in Debian's chromium.

    python -m bench.screenshots [--out docs/screenshots] [--store DIR]

Without --store, a temporary store is built from samples/reports plus, when ../shared/seeds is present,
the shared seed 001_8cedd0d225991de1.txt (昆都仑区信访局 2023), so the screenshots can show the
Kundulun question.  The UI is served on 127.0.0.1 in a subprocess and driven with Playwright
(`make screenshots`; needs `apt-get install chromium fonts-noto-cjk`).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "reports"
KUNDULUN_SEED = REPO.parent / "shared" / "seeds" / "001_8cedd0d225991de1.txt"
CACHE = REPO / ".cache" / "embeddings.sqlite"


def build_store(folder: Path) -> Path:
    from assistant.core.settings import Settings
    from ingest.index import Store
    from ingest.pipeline import ingest_paths

    CACHE.parent.mkdir(exist_ok=True)
    settings = Settings(store=folder, embedding_cache=CACHE)
    store = Store(folder, settings)
    paths = [SAMPLES] + ([KUNDULUN_SEED] if KUNDULUN_SEED.is_file() else [])
    summary = ingest_paths(paths, store, settings)
    store.close()
    print(summary.render(), file=sys.stderr)
    return folder


def has_kundulun(folder: Path) -> bool:
    from ingest.index import Store

    store = Store(folder)
    try:
        return any(r.agency == "昆都仑区信访局" and r.year == 2023 for r in store.reports())
    finally:
        store.close()


def take(url: str, out: Path, kundulun: bool) -> list[Path]:
    from assistant.ui_browser import ask, chromium, open_app

    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with chromium(viewport=(1440, 1060)) as context:
        page = open_app(context, url)

        # 1. the chat: an answer, its citation cards, the source viewer, the memo reference
        question = "how many applications did Kundulun receive in 2023" if kundulun else "青禾县信访局2023年收到多少政府信息公开申请？"
        ask(page, question, 1)
        page.locator("#cards .cite-card[data-n='1']").click()
        page.wait_for_selector("#source mark.cited")
        page.locator("#memo-btn").click()
        page.wait_for_function("() => document.querySelector('#memo textarea').value.includes('[1]')")
        shots.append(out / "chat.png")
        page.screenshot(path=str(shots[-1]), full_page=True)

        # 2. a year filter (chip), a Chinese question, the English reference style
        page.locator("#f-year input").click()
        page.locator("ul[role='listbox'] li", has_text="2016").first.click()
        page.locator("#chips .chip", has_text="2016").wait_for()
        ask(page, "青禾县信访局收到多少政府信息公开申请？", 2)
        page.locator("#cards .cite-card[data-n='1']").click()
        page.wait_for_selector("#source mark.cited")
        page.locator("#memo-lang label", has_text="English").click()
        page.wait_for_function("() => document.querySelector('#memo textarea').value.includes('section')")
        shots.append(out / "filter-and-memo.png")
        page.screenshot(path=str(shots[-1]), full_page=True)

        # 3. the library, after uploading the tests' project-authored sample (its table 三 fails a check)
        from tests.test_browser import UPLOAD_NAME, UPLOAD_TEXT

        page.locator("#tab-library-button").click()
        page.wait_for_selector("#library tr[data-doc]")
        with tempfile.TemporaryDirectory() as tmp:
            upload = Path(tmp) / UPLOAD_NAME
            upload.write_text(UPLOAD_TEXT, encoding="utf-8")
            page.locator("#upload input[type=file]").set_input_files(str(upload))
            page.locator(f"#upload td.filename[aria-label='{UPLOAD_NAME}']").wait_for()
            page.locator("#ingest").click()
            page.wait_for_function("() => document.querySelector('#lib-status textarea').value.includes(%r)" % UPLOAD_NAME)
        page.locator("#library tr[data-doc]", has_text=UPLOAD_NAME).click()
        page.wait_for_selector("#library tr.selected")
        shots.append(out / "library.png")
        page.screenshot(path=str(shots[-1]), full_page=True)

        # 4. the English interface
        page.locator("#ui-lang label", has_text="English").click()
        page.locator("#tab-chat-button", has_text="Ask").wait_for()
        page.locator("#tab-chat-button").click()
        page.wait_for_selector("#cards .cite-caption:has-text('Citations')")
        shots.append(out / "english.png")
        page.screenshot(path=str(shots[-1]), full_page=True)
    return shots


def main(argv: list[str] | None = None) -> int:
    from assistant.core.settings import configure_offline
    from assistant.ui_browser import browser_missing, served_app

    configure_offline()
    p = argparse.ArgumentParser(prog="python -m bench.screenshots", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    p.add_argument("--store", type=Path, help="an existing store to show (default: a temporary one, see above)")
    args = p.parse_args(argv)
    missing = browser_missing()
    if missing:
        print(f"cannot take screenshots: {missing}", file=sys.stderr)
        return 2
    tmp = None
    try:
        if args.store:
            store = args.store
        else:
            tmp = Path(tempfile.mkdtemp(prefix="gov-qa-screens-"))
            store = build_store(tmp / "store")
        kundulun = has_kundulun(store)
        env = {"ASSISTANT_EMBEDDING_CACHE": str(CACHE)} if CACHE.exists() and not args.store else {}
        with served_app(store, env=env) as url:
            for shot in take(url, args.out, kundulun):
                print(shot.relative_to(REPO) if shot.is_relative_to(REPO) else shot)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
