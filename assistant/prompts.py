"""Prompts and answer templates are files in prompts/, loaded by name.

``load_templates("extractive", "zh")`` reads ``prompts/extractive.zh.toml``;
``load_prompt("answer.en")`` reads ``prompts/answer.en.txt``.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


@lru_cache(maxsize=None)
def load_templates(name: str, language: str) -> dict[str, str]:
    path = PROMPTS_DIR / f"{name}.{language}.toml"
    with open(path, "rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=None)
def load_prompt(name: str) -> str:
    return (PROMPTS_DIR / f"{name}.txt").read_text(encoding="utf-8")
