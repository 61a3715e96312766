"""bench/failure_modes.py: each way an answer fails is counted under its own mode, tuning and holdout apart."""

from bench.failure_modes import mode_counts, mode_of, modes_markdown


def verdict(**kw):
    return {"answerable": True, "answered": True, "ok": False, "set": "fresh9", **kw}


def test_each_failure_has_its_mode():
    assert mode_of(verdict(ok=True)) is None
    assert mode_of(verdict(answered=False)) == "declined"
    assert mode_of(verdict(answerable=False)) == "invented"
    assert mode_of(verdict(values=[0, 2])) == "none"
    assert mode_of(verdict(values=[1, 3])) == "partial"
    assert mode_of(verdict(values=[2, 2])) == "contradicted"
    assert mode_of(verdict()) == "none"  # one asked figure, answered without it


def test_counts_keep_tuning_and_holdout_apart_and_skip_dev():
    questions = {"a": verdict(answered=False), "b": verdict(set="holdout9", answered=False),
                 "c": verdict(set="holdout9", answerable=False), "d": verdict(set="dev", answered=False),
                 "e": verdict(set="para7", answered=False), "f": verdict(set="holdout9", ok=True)}
    counts = mode_counts(questions)
    assert counts["tuning"] == {"declined": 1}
    assert counts["holdout"] == {"declined": 1, "invented": 1}
    table = modes_markdown(questions)
    assert "| declined, though the report states it | 1 | 1 |" in table
    assert any("holdout (3 questions)" in line for line in table)


def test_no_table_without_failures():
    assert modes_markdown({"a": verdict(ok=True)}) == []
