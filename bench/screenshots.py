"""Regenerate docs/screenshots/*.png: the UI's main screens at 1440×900 and on a 390×844 phone, in Debian's chromium.

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
    from tests.browser import ask, chromium, open_app
    from tests.test_browser import UPLOAD_NAME, UPLOAD_TEXT

    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with chromium(viewport=(1440, 900)) as context:
        page = open_app(context, url)
        page.locator("#chat .example").first.wait_for()

        # 0. the first screen: the question box and example questions from the ingested reports
        shots.append(out / "first-screen.png")
        page.screenshot(path=str(shots[-1]))

        # 1. the chat: an answer, its citation cards (a table citation as a grid), the source viewer, the memo
        question = "how many applications did Kundulun receive in 2023" if kundulun else "青禾县信访局2023年收到多少政府信息公开申请？"
        ask(page, question, 1)
        page.locator("#cards .cite-card[data-n='1'] .cite-head").click()
        page.wait_for_selector("#source .cited")
        page.locator("#memo-btn").click()
        page.wait_for_function("() => document.querySelector('#memo textarea').value.includes('[1]')")
        shots.append(out / "chat.png")
        page.screenshot(path=str(shots[-1]), full_page=True)

        # 2. a comparison: the chart labelled by citation number, a year filter as a chip, the English memo
        ask(page, "青禾县信访局2016年和2023年收到多少政府信息公开申请？", 2)
        page.locator("#chart").wait_for(state="visible")
        page.wait_for_timeout(800)
        page.locator("#cards .cite-card[data-n='2'] .cite-head").click()
        page.wait_for_selector("#source .src-title:has-text('[2]')")
        page.locator("#memo-lang label", has_text="English").click()
        page.wait_for_function("() => document.querySelector('#memo textarea').value.includes('section')")
        shots.append(out / "compare-and-memo.png")
        page.screenshot(path=str(shots[-1]), full_page=True)

        # 3. the Figures tab, filtered to one agency, a figure opened at its source
        page.locator("#tab-figures-button").click()
        page.locator("#fig-agency input").click()
        page.locator("ul[role='listbox'] li", has_text="青禾县信访局").first.click()
        page.locator("#fig-search textarea, #fig-search input").first.fill("本年新收")
        page.locator("#fig-search textarea, #fig-search input").first.press("Enter")
        page.locator("#fig-count").filter(has_text="条").wait_for()
        page.wait_for_timeout(800)
        cell = page.locator("#fig-table-view [role=gridcell]", has_text="总计").first
        cell.wait_for()
        cell.click()
        page.wait_for_selector("#fig-source .cited")
        shots.append(out / "figures.png")
        page.screenshot(path=str(shots[-1]), full_page=True)

        # 4. the library, after dropping the tests' project-authored sample (its table 三 fails a check)
        page.locator("#tab-library-button").click()
        page.wait_for_selector("#library tr[data-doc]")
        with tempfile.TemporaryDirectory() as tmp:
            upload = Path(tmp) / UPLOAD_NAME
            upload.write_text(UPLOAD_TEXT, encoding="utf-8")
            page.locator("#upload input[type=file]").set_input_files(str(upload))
            page.wait_for_function("() => document.querySelector('#lib-status textarea').value.includes(%r)" % UPLOAD_NAME)
        page.locator("#library tr[data-doc]", has_text=UPLOAD_NAME).click()
        page.wait_for_selector("#library tr.selected")
        shots.append(out / "library.png")
        page.screenshot(path=str(shots[-1]), full_page=True)

        # 5. the English interface
        page.locator("#ui-lang label", has_text="English").click()
        page.locator("#tab-chat-button", has_text="Ask").wait_for()
        page.locator("#tab-chat-button").click()
        page.wait_for_selector("#cards .cite-caption:has-text('Citations')")
        shots.append(out / "english.png")
        page.screenshot(path=str(shots[-1]), full_page=True)

    # 6. a phone (390×844): the first screen, then an answer with its cards right under the question box
    with chromium(viewport=(390, 844)) as context:
        page = open_app(context, url)
        page.locator("#chat .example").first.wait_for()
        shots.append(out / "phone-first-screen.png")
        page.screenshot(path=str(shots[-1]))
        ask(page, question, 1)
        page.locator("#chat .cite-ref").first.click()
        page.wait_for_selector("#source .cited")
        page.wait_for_timeout(600)
        shots.append(out / "phone-answer.png")
        page.screenshot(path=str(shots[-1]), full_page=True)
    return shots


def main(argv: list[str] | None = None) -> int:
    from assistant.core.settings import configure_offline
    from tests.browser import browser_missing, served_app

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
