"""Citation precision (every citation quotes a gold report and overlaps its gold evidence) and evidence
quoted in full (coverage: every gold-evidence phrase lies inside a quote), scored side by side.
Fictional agencies only."""

from __future__ import annotations

from bench.scoring import citation_precise, evidence_in, longest_common, overlaps, score, summarise

GOLD = "2018年度,我镇政府信息公开没有收费"
ROW = "| 政府集中采购 | 采购项目数量 | 6 |"


def _rec(evidence=(GOLD,), sources=("a.txt",), values=(("0", "没有收费"),)):
    return {"answerable": True, "question": "q", "gold_values": [list(v) for v in values],
            "gold_evidence": [[e] for e in evidence], "gold_sources": list(sources)}


def _ans(*cits, text="没有收费[1]", answered=True):
    return {"text": text, "answered": answered,
            "citations": [{"n": i + 1, "quote": q, "source": src, "title": "t"} for i, (q, src) in enumerate(cits)]}


def test_overlap_trimmed_quote_inside_evidence():
    assert overlaps("我镇政府信息公开没有收费", GOLD)
    assert overlaps(GOLD + "。", "我镇政府信息公开没有收费")  # evidence inside the quote, punctuation at the edge
    assert overlaps("| 政府集中采购 | 采购项目数量 | 6", ROW)  # a table row without its trailing bar


def test_overlap_common_run():
    # neither inside the other, but a long shared run: the same passage cut differently
    assert overlaps("本年度共收到申请12件,其中当面申请3件", "我局共收到申请12件,其中当面申请3件,网上申请9件")
    assert longest_common("abcdefgh", "xxabcdefyy") == 6
    assert not overlaps("另,报告同一部分提到培训工作人员50人次", GOLD)
    assert not overlaps("", GOLD) and not overlaps("我镇", "")


def test_citation_precise_needs_gold_report_and_overlap():
    groups = [[GOLD]]
    assert citation_precise({"quote": "我镇政府信息公开没有收费", "source": "a.txt"}, groups, {"a.txt"})
    assert not citation_precise({"quote": "我镇政府信息公开没有收费", "source": "b.txt"}, groups, {"a.txt"})
    assert not citation_precise({"quote": "全年组织培训2次", "source": "a.txt"}, groups, {"a.txt"})
    # no gold evidence: the report decides; no gold report named: the evidence decides
    assert citation_precise({"quote": "全年组织培训2次", "source": "a.txt"}, [], {"a.txt"})
    assert citation_precise({"quote": "我镇政府信息公开没有收费", "source": "x"}, groups, set())


def test_score_precision_and_coverage_apart():
    rec = _rec()
    trimmed = score(rec, _ans(("我镇政府信息公开没有收费", "a.txt")))
    assert trimmed["citation_ok"] is True and trimmed["evidence_in_full"] is False  # precise, not quoted in full
    full = score(rec, _ans((GOLD, "a.txt")))
    assert full["citation_ok"] is True and full["evidence_in_full"] is True
    padded = score(rec, _ans((GOLD, "a.txt"), ("另，报告同一部分提到培训50人次", "a.txt")))
    assert padded["citation_ok"] is False and padded["evidence_in_full"] is True and padded["imprecise"] == [2]
    other_report = score(rec, _ans((GOLD, "b.txt")))
    assert other_report["citation_ok"] is False and other_report["n_precise"] == 0
    uncited = score(rec, _ans())
    assert uncited["citation_ok"] is False
    assert "citation_ok" not in score(rec, _ans(("x", "a.txt"), answered=False))
    assert score({**rec, "gold_evidence": [], "gold_sources": []}, _ans((GOLD, "a.txt")))["citation_ok"] is None


def test_coverage_is_the_former_measure():
    assert evidence_in([GOLD + "。"], [GOLD])
    assert not evidence_in(["我镇政府信息公开没有收费"], [GOLD])
    # comparisons: one evidence group per report, each must be quoted in full
    rec = _rec(evidence=("甲镇收到申请3件", "乙镇收到申请5件"), sources=("a.txt", "b.txt"), values=(("3",), ("5",)))
    both = score(rec, _ans(("甲镇收到申请3件", "a.txt"), ("乙镇收到申请5件", "b.txt"), text="3件[1] 5件[2]"))
    assert both["evidence_in_full"] and both["citation_ok"]
    one = score(rec, _ans(("甲镇收到申请3件", "a.txt"), text="3件[1] 5件"))
    assert one["evidence_in_full"] is False and one["citation_ok"] is True


def test_summary_reports_both():
    def row(cit, full, n_cits, n_precise):
        return {"answerable": True, "kind": "k", "lang": "zh", "latency_ms": 1.0, "recall": None,
                "score": {"answered": True, "correct": True, "values_ok": True, "contradiction": False, "n_values": 1,
                          "n_values_found": 1, "citation_ok": cit, "evidence_in_full": full, "n_citations": n_cits,
                          "n_precise": n_precise, "citations_from_gold": n_cits}}

    s = summarise([row(True, False, 1, 1), row(False, True, 2, 1)])
    assert s["citation_precision"] == 0.5 and s["evidence_in_full"] == 0.5
    assert s["citation_level_precise"] == round(2 / 3, 4) and s["citation_level_precision"] == 1.0
