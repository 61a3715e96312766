"""bench/rewordings: the probe's records are rewordings of tuning records (never of sealed ones), and the runner's
verdicts (plumbing, with stand-in answers)."""

import json

from bench import rewordings
from bench.common import REPO


def _qa() -> dict:
    path = REPO / "bench" / "qa_dev.jsonl"
    return {json.loads(line)["id"]: json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def test_records_reword_tuning_records_only():
    qa = _qa()
    rows = rewordings.load()
    assert rows, "bench/rewordings.jsonl is empty"
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        src = qa.get(r["reworded_from"])
        assert src is not None, r["id"]
        assert not src.get("holdout"), f"{r['id']} rewords a sealed record"
        assert r["id"] not in qa
        assert r["probe"] in {"m1", "p1", "p2", "p3", "e1", "e2", "s1", "s2", "s3", "s4", "s5", "s7"}
        assert bool(r["gold_values"]) == bool(r["answerable"]), r["id"]


class _Answer:
    def __init__(self, text, answered, declined_at="", quote=""):
        self.text, self.answered, self.declined_at, self.quote = text, answered, declined_at, quote

    def to_dict(self):  # (a figure is supported only by a cited quote holding it)
        return {"text": self.text, "answered": self.answered, "citations": [{"quote": self.quote}] if self.quote else []}


def test_verdicts_and_summary():
    recs = [
        {"id": "a", "probe": "p9", "question": "甲镇收到几件", "answerable": True, "gold_values": [["7"]], "gold_evidence": [["7件"]]},
        {"id": "b", "probe": "p9", "question": "乙镇收到几件", "answerable": True, "gold_values": [["5"]], "gold_evidence": [["5件"]]},
        {"id": "c", "probe": "p8", "question": "丙镇收费多少", "answerable": False, "gold_values": [], "gold_evidence": []},
    ]
    answers = {"甲镇收到几件": _Answer("甲镇：7件[1]", True, quote="全年收到申请7件"), "乙镇收到几件": _Answer("没有写明", False, "nothing_found"),
               "丙镇收费多少": _Answer("丙镇：300元", True)}
    results = rewordings.run(recs, answers.__getitem__)
    assert [(r["id"], v, s) for r, v, s in results] == [("a", "right", ""), ("b", "declined", "nothing_found"),
                                                       ("c", "wrong", "")]
    by = rewordings.summary(results)
    assert by["all"] == {"right": 1, "declined": 1, "wrong": 1}
    assert by["p9"]["right"] == 1 and by["p8"]["wrong"] == 1
