"""Prompts, answer templates and note strings: data files in the repo's top-level prompts/ folder, loaded by name.

``load_templates("extractive", "zh")`` reads ``prompts/extractive.zh.toml``;
``load_prompt("answer.en")`` reads ``prompts/answer.en.txt``.  The files are package
data (pyproject ``[tool.setuptools.package-data]``), so a non-editable install finds them too.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib.resources import files

PROMPTS_DIR = files(__name__)


@lru_cache(maxsize=None)
def load_templates(name: str, language: str) -> dict[str, str]:
    return tomllib.loads((PROMPTS_DIR / f"{name}.{language}.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def load_prompt(name: str) -> str:
    return (PROMPTS_DIR / f"{name}.txt").read_text(encoding="utf-8")


def note(language: str, key: str, **values) -> str:
    """A note shown with an answer, in the answer's language (prompts/notes.<lang>.toml)."""
    return load_templates("notes", "zh" if language == "zh" else "en")[key].format(**values)
