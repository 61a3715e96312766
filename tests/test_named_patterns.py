"""A data file's [patterns] read by name (assistant/core/named_patterns.py): a name it lacks never matches."""

from __future__ import annotations

from assistant.core import not_stated


def test_a_pattern_is_read_by_name_and_an_absent_name_never_matches(tmp_path):
    data = tmp_path / "not_stated.toml"
    data.write_text("[patterns]\nzebra_ask = '斑马|zebras?'\n", encoding="utf-8")
    vocab = not_stated.load(data)
    assert vocab.pattern("zebra_ask").search("青禾县样例局有几匹斑马")
    assert vocab.pattern("zebra_ask") is vocab.patterns["zebra_ask"]
    absent = vocab.pattern("giraffe_ask")
    assert not absent.search("") and not absent.search("giraffe 长颈鹿") and not list(absent.finditer("any text"))
