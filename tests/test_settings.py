"""One Settings object, its fields grouped by concern, and CLI options derived from it."""

from __future__ import annotations

import argparse

from assistant.core.settings import GROUPS, Settings, add_setting_options, settings_from_args


def test_every_setting_belongs_to_exactly_one_concern():
    owners: dict[str, list[str]] = {}
    for group, cls in GROUPS.items():
        for name in cls.model_fields:
            owners.setdefault(name, []).append(group)
    assert set(owners) == set(Settings.model_fields)
    assert all(len(g) == 1 for g in owners.values()), {n: g for n, g in owners.items() if len(g) > 1}


def test_group_views_follow_arguments_environment_and_copies(monkeypatch, tmp_path):
    monkeypatch.setenv("ASSISTANT_TOP_K", "4")
    monkeypatch.setenv("ASSISTANT_CONFIG", str(tmp_path / "none.toml"))
    s = Settings(store=tmp_path, port=9000)
    assert s.retrieval.top_k == 4 and s.storage.store == tmp_path and s.ui.port == 9000
    assert s.model_copy(update={"chroma_url": "http://127.0.0.1:8000"}).storage.chroma_url == "http://127.0.0.1:8000"
    assert s.llm.local_model == Settings.model_fields["local_model"].default


def test_cli_options_are_derived_from_the_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("ASSISTANT_CONFIG", str(tmp_path / "none.toml"))
    parser = argparse.ArgumentParser()
    add_setting_options(parser, "store", "top_k", "chroma_url")
    help_text = parser.format_help()
    assert Settings.model_fields["top_k"].description in help_text and "ASSISTANT_TOP_K" in help_text
    args = parser.parse_args(["--store", str(tmp_path), "--top-k", "3"])
    s = settings_from_args(args)
    assert s.store == tmp_path and s.top_k == 3 and s.chroma_url is None  # not given: env/file/default decide
