"""Every word of the UI, per language, from strings.zh.toml / strings.en.toml (loaded once, read-only).

Sections: ``labels`` (component labels, switched by the UI toggle), ``messages`` (status and error
messages, ``str.format`` fields), ``words`` (pieces of rendered HTML/Markdown), ``export`` (the
conversation export).  Both files hold the same keys (checked at load).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

LANGS = ("zh", "en")


@lru_cache(maxsize=None)
def table(lang: str) -> MappingProxyType:
    """{section: {key: text}} of one language (frozen)."""
    lang = lang if lang in LANGS else "zh"
    data = tomllib.loads(resources.files("assistant.ui").joinpath(f"strings.{lang}.toml").read_text(encoding="utf-8"))
    if lang != "zh":
        zh = table("zh")
        for sec, keys in zh.items():
            missing = set(keys) ^ set(data.get(sec, {}))
            if missing:
                raise KeyError(f"strings.{lang}.toml [{sec}] differs from strings.zh.toml in {sorted(missing)}")
    return MappingProxyType({sec: MappingProxyType(dict(v)) for sec, v in data.items()})


def lang_of(lang: str | None) -> str:
    return "en" if lang == "en" else "zh"


def t(key: str, lang: str | None) -> str:
    """A component label."""
    return table(lang_of(lang))["labels"][key]


def msg(key: str, lang: str | None, **kw) -> str:
    """A message, its fields filled."""
    return table(lang_of(lang))["messages"][key].format(**kw)


def words(lang: str | None) -> MappingProxyType:
    return table(lang_of(lang))["words"]


def export_words(lang: str | None) -> MappingProxyType:
    return table(lang_of(lang))["export"]
