"""Serving the UI: the theme, the CSS/JS files, logins, the launch."""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.core.settings import Settings, configure_offline, get_settings
from assistant.ui.assets import css, js

log = logging.getLogger(__name__)


def build_app(settings: Settings | None = None):
    from assistant.ui.app import UIApp
    from assistant.ui.layout import build

    configure_offline()
    return build(UIApp(settings or get_settings()))


def theme():
    import gradio as gr
    from gradio.themes.utils import fonts

    return gr.themes.Default(
        primary_hue="blue", neutral_hue="slate",
        font=[fonts.LocalFont("Source Sans Pro"), "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "sans-serif"],
    )


def load_credentials(spec: str | None) -> list[tuple[str, str]] | None:
    """'user:pw,user2:pw2' or a file with one 'user:password' per line -> [(user, pw), ...]."""
    if not spec:
        return None
    path = Path(spec)
    entries = path.read_text(encoding="utf-8").splitlines() if path.is_file() else spec.split(",")
    creds = []
    for entry in (e.strip() for e in entries):
        if not entry or entry.startswith("#"):
            continue
        user, sep, password = entry.partition(":")
        if not sep or not user or not password:
            raise ValueError(f"auth: expected 'user:password', got {entry.split(':')[0]!r}…")
        creds.append((user, password))
    if not creds:
        raise ValueError("auth: no 'user:password' entries found")
    return creds


def serve(settings: Settings | None = None, block: bool = True):
    settings = settings or get_settings()
    creds = load_credentials(settings.auth)
    app = build_app(settings)
    log.info("serving on http://%s:%s%s", settings.host, settings.port, " (login required)" if creds else "")
    return app.launch(
        server_name=settings.host, server_port=settings.port, css=css(), js=js("app"), theme=theme(),
        prevent_thread_lock=not block, footer_links=["api"], show_error=False,
        max_file_size=f"{int(settings.upload_max_mb * 1024 * 1024)}b", allowed_paths=[], inbrowser=False, auth=creds,
        auth_message="政府信息公开年报问答 · 请登录 / please log in",
    )
