"""A/B of the retrieval change on ONE store and ONE code snapshot (scale, issue 14).

    python -m bench.retrieval_ab old|new STORE OUT.json   (then: python -m bench.retrieval_ab compare OLD.json NEW.json)

old: dense search through Chroma's metadata filter, lexical scores over every row (the code before);
new: scoped dense over the memory-mapped matrix rows, scoped lexical over the reports' rows.
Dev set (original records), our pipeline only; per-question verdict + answer text + citations.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def compare(old: Path, new: Path) -> int:
    a, b = json.loads(old.read_text()), json.loads(new.read_text())
    diff = [k for k in a if (a[k]["ok"], a[k]["text"], a[k]["cites"]) != (b.get(k, {}).get("ok"), b.get(k, {}).get("text"),
                                                                            b.get(k, {}).get("cites"))]
    print(f"{len(a)} questions: {len(a) - len(diff)} identical (verdict, answer text, citations); different: {diff}")
    return 1 if diff else 0


def main() -> int:
    if sys.argv[1] == "compare":
        return compare(Path(sys.argv[2]), Path(sys.argv[3]))
    from bench.common import offline_env

    offline_env()
    import bench.eval as E

    mode, store, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if mode == "old":
        import assistant.retrieve as R
        import ingest.lexical as L

        R.SearchIndex.dense_scoped = lambda self, vec, doc_ids, k: None
        L.SCOPED_REPORTS = -1
    settings = E.eval_settings(store=store)
    records = E.select(E.load_questions(), "dev")
    rows = E.run_ours(records, settings)
    res = {r["id"]: {**E._verdict(r), "text": r["_answer"]["text"],
                     "cites": [(c["source"], c.get("quote")) for c in r["_answer"].get("citations", [])]} for r in rows}
    out.write_text(json.dumps(res, ensure_ascii=False, indent=1))
    print(mode, "ok", sum(1 for v in res.values() if v["ok"]), "/", len(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
