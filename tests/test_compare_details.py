"""bench.compare_details: changed answers are listed, sealed ones only by id (fictional records)."""

import json

from bench.compare_details import changes, is_right, main


def _record(i, text, correct=True, answerable=True, holdout=False):
    key = "correct" if answerable else "refusal_ok"
    return {"id": i, "answerable": answerable, "holdout": holdout, "score": {key: correct}, "_answer": {"text": text}}


def test_changes_and_rightness():
    before = {"a": _record("a", "12件"), "b": _record("b", "not found", False), "c": _record("c", "x", answerable=False)}
    after = {"a": _record("a", "12件"), "b": _record("b", "7件", True), "c": _record("c", "x", answerable=False)}
    found = changes(before, after)
    assert [(c.id, c.ok_before, c.ok_after) for c in found] == [("b", False, True)]
    assert is_right(before["c"]) and not is_right(_record("d", "3", False, answerable=False))


def test_sealed_answers_are_not_printed(tmp_path, capsys):
    before, after = tmp_path / "b.json", tmp_path / "a.json"
    before.write_text(json.dumps({"ours": [_record("s1", "示例局 5件", holdout=True)]}), encoding="utf-8")
    after.write_text(json.dumps({"ours": [_record("s1", "示例局 6件", False, holdout=True)]}), encoding="utf-8")
    assert main([str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "s1 (sealed) right True -> False" in out and "示例局" not in out and "0 same, 1 changed" in out
