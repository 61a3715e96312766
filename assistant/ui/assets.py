"""The UI's CSS and JavaScript: files in assistant/ui/static/, read once."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def static(name: str) -> str:
    """The text of static/<name> (e.g. 'app.css', 'cards.js')."""
    return resources.files("assistant.ui").joinpath("static", name).read_text(encoding="utf-8")


def css() -> str:
    return static("app.css")


def js(name: str) -> str:
    return static(f"{name}.js")
