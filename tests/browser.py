"""Drive the served UI in a real browser: Debian's chromium through Playwright.

Used by the browser tests (tests/test_browser.py) and by ``make screenshots`` (bench/screenshots.py).
Chromium is the Debian package (``apt-get install chromium fonts-noto-cjk``); Playwright's own browser
download is never used.  On a closed network chromium hangs unless its background networking is off,
hence the flags.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
REPO = Path(__file__).resolve().parents[1]


def browser_missing() -> str | None:
    """Why a browser test cannot run here (None when it can)."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} not installed (Debian package `chromium`; `make test` installs it when run as root)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "python package playwright not installed (pip install -e '.[test]')"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served_app(store: Path, port: int | None = None, env: dict | None = None, timeout: float = 240,
               log_file: Path | None = None):
    """Serve the UI over `store` on 127.0.0.1 in a subprocess; yields its URL, stops it afterwards.
    The server's output goes to `log_file` when given (kept), else to a temporary file (removed)."""
    port = port or free_port()
    if log_file is not None:
        log = open(log_file, "w+")
    else:
        log = tempfile.NamedTemporaryFile("w+", prefix="gov-qa-ui-", suffix=".log", delete=False)
    full_env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1", **(env or {})}
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO, stdout=log, stderr=subprocess.STDOUT, env=full_env,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.time() + timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"the UI server exited:\n{log.read()[-4000:]}")
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except OSError:
                if time.time() > deadline:
                    raise RuntimeError(f"the UI server did not answer within {timeout:.0f} s")
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)
        log.close()
        if log_file is None:
            os.unlink(log.name)


@contextmanager
def chromium(viewport=(1440, 1000), locale: str = "zh-CN"):
    """(playwright, browser, context) on Debian's chromium, a fresh profile, clipboard allowed."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="gov-qa-chromium-")
    try:
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
                viewport={"width": viewport[0], "height": viewport[1]}, locale=locale, accept_downloads=True,
            )
            try:
                try:
                    context.grant_permissions(["clipboard-read", "clipboard-write"])
                except Exception:  # older chromium: the textbox still holds the memo
                    pass
                yield context
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


# --- page helpers shared by the tests and the screenshots ---------------------------------------

def open_app(context, url: str, timeout_ms: int = 60_000):
    page = context.pages[0] if context.pages else context.new_page()
    page.set_default_timeout(timeout_ms)
    page.goto(url)
    page.wait_for_selector("#question textarea")
    # the library / filters are filled on load
    page.wait_for_selector("#chips .chips")
    return page


def ask(page, question: str, turn: int):
    """Type a question, send it, wait until answer number `turn` (1-based) is shown with its citations."""
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()
    page.wait_for_selector(f'#cards .cards[data-turn="{turn}"]')


def bot_messages(page) -> list[str]:
    return page.locator("#chat .message.bot").all_inner_texts()
