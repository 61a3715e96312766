"""The measuring instruments: scoring functions, the synthetic-report generator and the dev
question set.  Nothing here is timed (benchmarks are bench/, not tests)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from bench.common import QA_DEV, norm, percentile, shared_files
from bench.gold_values import is_direction, named_texts, untraceable_groups
from bench.scoring import (chinese_numbers, evidence_in, numbers, recall_hits, score, select, subset_of, summarise,
                           unsupported_numbers, value_present)
from bench.synth import MARK, T3_ROWS, generate, load_key, make_questions, places, write_corpus

# --- normalisation and scoring --------------------------------------------------------------------


def test_norm_makes_copies_comparable():
    assert norm("主動公開政府信息229 條") == norm("主动公开政府信息229条")
    assert norm("區(qū)科技工業(yè)") == "区科技工业"
    assert norm("０５７５—８７５４８９８６") == "0575-87548986"
    assert norm("1,085 items") == "1085items"


def test_numbers_are_tokens_not_substrings():
    assert value_present("共收到15件[1]", ["5"]) is False
    assert value_present("共收到15件[1]", ["15"])
    assert value_present("received 1,085 applications [2]", ["1085"])
    assert value_present("收费47.10万元", ["47.1"])
    assert not value_present("[5] 共0件", ["5"])  # a citation marker is not a figure
    assert numbers("2023年，共3957条[1]") == [2023.0, 3957.0]


def test_text_values_are_normalised_substrings():
    assert value_present("电话:0575—87548986", ["0575-87548986"])
    assert value_present("地址:张店区张周路 8 号", ["张周路8号"])
    assert value_present("no match here", ["x", "match"])


def test_a_multiple_written_out_over_cited_figures_is_supported():
    quotes = ["门户网站发布信息420条", "微信公众号推送信息150条"]
    assert unsupported_numbers("倍数：420[1] ÷ 150[2] = 2.8倍", quotes) == []
    assert unsupported_numbers("Ratio: 100[1] ÷ 30[2] ≈ 3.33 times", ["100件", "30件"]) == []
    assert unsupported_numbers("倍数：420[1] ÷ 150[2] ≈ 3.1倍", quotes) == [3.1]  # wrong arithmetic
    assert unsupported_numbers("倍数：420[1] ÷ 140[2] = 3倍", quotes) == [140.0, 3.0]  # an operand not cited


def test_a_share_written_out_over_cited_figures_is_supported():
    quotes = ["青禾镇全年收到申请48件", "其中自然人12件"]
    assert unsupported_numbers("自然人：12件[2]，占 12[2] ÷ 48[1] = 25%", quotes) == []
    assert unsupported_numbers("natural persons: 7[2], share 7[2] ÷ 48[1] ≈ 14.6%", ["48件", "7件"]) == []
    assert unsupported_numbers("自然人：12件[2]，占 12[2] ÷ 48[1] = 30%", quotes) == [30.0]  # wrong arithmetic
    assert unsupported_numbers("自然人：12件[2]，占 12[2] ÷ 50[1] ≈ 24%", quotes) == [50.0, 24.0]  # the whole not cited
    assert unsupported_numbers("12[2] ÷ 48[1] = 0.25", quotes) == []  # the plain quotient stays a multiple's


def test_unsupported_numbers_ignore_years_and_question_numbers():
    quotes = ["2023年,我委收到政府信息公开申请44件"]
    assert unsupported_numbers("杭州市卫生健康委员会2023年收到申请：44件[1]", quotes) == []
    assert unsupported_numbers("收到申请：45件[1]", quotes) == [45.0]
    assert unsupported_numbers("第3季度收到申请：44件[1]", quotes, "第3季度") == []


def test_sums_and_differences_written_out_over_cited_figures_are_supported():
    quotes = ["商业企业 | 7", "法律服务机构 | 1 | 0", "我委收到政府信息公开申请44件", "我局收到12起依申请公开"]
    # a computed figure shown with its cited operands is traceable; a wrong sum, or one over an unsupported
    # operand, is not
    assert unsupported_numbers("以上合计：7[1] + 0[2] + 1[3] = 8", quotes) == []
    assert unsupported_numbers("Difference: 44[3] − 12[4] = 32", quotes) == []
    assert unsupported_numbers("相差：44[3] - 12[4] = 32", quotes) == []
    assert unsupported_numbers("相差：44[3] − 12[4] = 33", quotes) == [33.0]
    assert unsupported_numbers("合计：44[3] + 13 = 57", quotes) == [13.0, 57.0]
    assert unsupported_numbers("共计 57", quotes) == [57.0]


def _answer(text, answered=True, quotes=(), source="r.txt", title="某报告"):
    return {"text": text, "answered": answered,
            "citations": [{"quote": q, "source": source, "title": title} for q in quotes]}


def test_score_answerable():
    rec = {"answerable": True, "question": "q", "gold_values": [["44"]], "gold_evidence": [["收到政府信息公开申请44件"]],
           "gold_sources": ["r.txt"], "wrong_values": ["39"]}
    ok = score(rec, _answer("收到申请：44件[1]", quotes=["2023年,我委收到政府信息公开申请44件"]))
    assert ok["correct"] and ok["citation_ok"] and ok["citations_from_gold"] == 1
    wrong_cite = score(rec, _answer("收到申请：44件[1]", quotes=["收到申请44件和别的"]))
    assert wrong_cite["correct"] and wrong_cite["citation_ok"] is False
    contradiction = score(rec, _answer("收到申请：44件，办结39件[1]", quotes=["收到政府信息公开申请44件,办结39件"]))
    assert not contradiction["correct"] and contradiction["wrong"] == ["39"]
    unsupported = score(rec, _answer("收到申请：44件，另有7件[1]", quotes=["收到政府信息公开申请44件"]))
    assert not unsupported["correct"] and unsupported["unsupported"] == [7.0]
    declined = score(rec, _answer("没有找到", answered=False))
    assert not declined["correct"] and "citation_ok" not in declined
    # a figure named only by the source's file name is not a figure of the answer
    titled = score(rec, _answer("《001_x.txt》写道：“收到政府信息公开申请44件”[1]", quotes=["收到政府信息公开申请44件"], source="001_x.txt",
                                title="001_x.txt"))
    assert titled["correct"]


def test_score_unanswerable():
    rec = {"answerable": False, "question": "q"}
    assert score(rec, _answer("没有找到", answered=False))["refusal_ok"] is True
    assert score(rec, _answer("有的: 5件", quotes=["5件"]))["refusal_ok"] is False


def test_full_width_comma_separates_figures():
    assert norm("分别为3，240件") == norm("分别为3,240件".replace(",", "，"))
    assert value_present("分别为3，240件", ["3"]) and value_present("分别为3，240件", ["240"])
    assert value_present("received 3,240 items", ["3240"])


def test_every_gold_value_and_new_kinds():
    rec = {"kind": "multi_ask", "answerable": True, "question": "q", "gold_values": [["66"], ["58"]],
           "gold_evidence": [["本年新收 | 58 | 7 | 66"]], "gold_sources": ["r.txt"]}
    quotes = ["本年新收 | 58 | 7 | 66"]
    both = score(rec, _answer("共66件，其中自然人58件[1]", quotes=quotes))
    assert both["correct"] and both["n_values_found"] == 2
    one = score(rec, _answer("共66件[1]", quotes=quotes))
    assert not one["correct"] and one["missing"] == ["58"] and one["n_values_found"] == 1
    odd = {**rec, "kind": "some_future_kind", "gold_values": ["66"]}  # unknown kind, bare value
    assert score(odd, _answer("66件[1]", quotes=quotes))["correct"]
    rows = [{"kind": "some_future_kind", "lang": "zh", "answerable": True, "latency_ms": 1, "recall": None,
             "score": score(odd, _answer("66件[1]", quotes=quotes))}]
    assert summarise(rows)["accuracy"] == 1.0 and summarise(rows)["gold_values_stated"] == 1.0


def test_none_statements_and_chinese_numerals_support_figures():
    assert unsupported_numbers("0件[1]", ["本单位2008年没有收到政府信息公开申请"]) == []
    assert unsupported_numbers("0件[1]", ["收到申请44件"]) == [0.0]
    # a date and a time apart in the quote: the day is supported, not glued to the hour
    assert unsupported_numbers("发布日期：2019-03-28[1]", ["2019-03-28 18:26  来源:x"]) == []
    assert unsupported_numbers("12件[1]", ["收到 1 2 件"]) == []  # spaced digits still read glued too
    assert unsupported_numbers("1件[1]", ["全年我区收到一起由书面邮寄方式提出的申请"]) == []
    assert chinese_numbers("十个领域，二十三条，两百零五") == [10.0, 23.0, 205.0]
    rec = {"answerable": True, "question": "q", "gold_values": [["局长"]], "gold_evidence": [], "gold_sources": ["r.txt"]}
    cited = {"text": "《r》（一、概况 > 1、健全组织）写道：“以局长为组长”[1]", "answered": True,
             "citations": [{"quote": "以局长为组长", "source": "r.txt", "title": "r", "section": "一、概况 > 1、健全组织"}]}
    assert score(rec, cited)["correct"]  # a section heading's number is not a figure


def test_question_sets():
    recs = [{"id": "a"}, {"id": "b", "set": "fresh"}, {"id": "c", "set": "fresh", "holdout": True}]
    assert [subset_of(r) for r in recs] == ["dev", "fresh", "holdout"]
    assert [r["id"] for r in select(recs, "fresh")] == ["b"] and len(select(recs, "all")) == 3
    assert [r["id"] for r in select(recs, "holdout")] == ["c"] and [r["id"] for r in select(recs, "dev")] == ["a"]
    # a later round keeps its own tuning and holdout parts; the groups span every round
    recs += [{"id": "d", "set": "fresh2"}, {"id": "e", "set": "fresh2", "holdout": True}]
    assert [subset_of(r) for r in recs[3:]] == ["fresh2", "holdout2"]
    assert [r["id"] for r in select(recs, "fresh_all")] == ["b", "c", "d", "e"]
    assert [r["id"] for r in select(recs, "holdout_all")] == ["c", "e"]
    assert [r["id"] for r in select(recs, "tuning")] == ["b", "d"]
    # paraphrases of tuning questions are a probe of their own, in none of the groups
    recs.append({"id": "p", "set": "para7"})
    assert subset_of(recs[-1]) == "para7" and [r["id"] for r in select(recs, "para7")] == ["p"]
    assert all("p" not in [r["id"] for r in select(recs, g)] for g in ("fresh_all", "holdout_all", "tuning"))


def test_eval_markdown_reports_each_question_set():
    from bench.eval import by_set, figures, markdown

    def row(i, kind, lang, subset, ok, answerable=True):
        sc = ({"answered": ok, "correct": ok, "values_ok": ok, "contradiction": False, "citation_ok": ok or None,
               "n_values": 1, "n_values_found": int(ok)} if answerable else {"answered": not ok, "refusal_ok": ok})
        return {"id": f"q{i}", "kind": kind, "lang": lang, "set": subset, "answerable": answerable, "score": sc,
                "recall": None, "latency_ms": 5.0}

    rows = [row(1, "table_figure", "zh", "dev", True), row(2, "multi_ask", "en", "fresh", False),
            row(3, "breakdown", "zh", "holdout", True), row(4, "unanswerable", "en", "holdout", True, answerable=False)]
    pipe = {**figures(rows), "by_set": by_set(rows), "questions": {}}
    assert set(pipe["by_set"]) == {"all", "dev", "fresh", "holdout", "fresh_all", "holdout_all", "tuning"}
    assert pipe["by_set"]["fresh_all"]["overall"]["n"] == 3
    assert pipe["by_set"]["holdout"]["overall"]["refusal_accuracy"] == 1.0
    res = {"questions": 4, "questions_by_set": {"dev": 1, "fresh": 1, "holdout": 2}, "embedder": "x",
           "measured_at": "t", "pipelines": {"ours": pipe, "baseline": pipe}}
    md = markdown(res)
    for label in ("all questions", "original dev set", "fresh (tuning)", "fresh holdout", "multi_ask", "breakdown"):
        assert label in md
    old = {k: v for k, v in pipe.items() if k != "by_set"}  # an eval.json written before question sets
    assert "By question set" not in markdown({**res, "pipelines": {"ours": old, "baseline": old}})


def test_evidence_and_recall():
    assert evidence_in(["行政處罰 | 1 | 0 | 93 |"], ["行政处罚 | 1 | 0 | 93"])
    rec = {"gold_sources": ["a.txt"], "gold_evidence": [["主动公开政府信息3957条"]]}
    assert recall_hits(rec, [("b.txt", "主动公开政府信息3957条"), ("a.txt", "别的")]) == {"report": True, "evidence": False}
    assert recall_hits(rec, [("a.txt", "累计主动公开政府信息3957条,其中")]) == {"report": True, "evidence": True}


def test_summarise_and_percentile():
    rows = [
        {"kind": "t", "lang": "zh", "answerable": True, "latency_ms": 10,
         "score": {"answered": True, "correct": True, "values_ok": True, "contradiction": False, "citation_ok": True,
                   "n_citations": 1, "citations_from_gold": 1}, "recall": {"report": True, "evidence": True}},
        {"kind": "t", "lang": "en", "answerable": True, "latency_ms": 30,
         "score": {"answered": False, "correct": False, "values_ok": False, "contradiction": False}, "recall": {"report": True, "evidence": False}},
        {"kind": "u", "lang": "en", "answerable": False, "latency_ms": 20, "score": {"answered": False, "refusal_ok": True}},
    ]
    s = summarise(rows)
    assert s["accuracy"] == 0.5 and s["refusal_accuracy"] == 1.0 and s["citation_precision"] == 1.0
    assert s["recall5_evidence"] == 0.5 and s["latency_p50_ms"] == 20 and s["answered_wrong"] == 0.0
    assert percentile([1, 2, 3, 4], 50) == 2.5 and percentile([], 50) is None


# --- the synthetic generator ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def synth():
    return generate(60)


def test_generator_is_deterministic_and_marked(synth):
    assert [r.text for r in generate(5)] == [r.text for r in synth[:5]]
    assert len({(r.agency, r.year) for r in synth}) == len(synth)
    for r in synth:
        assert r.file.startswith("SYNTH_")
        assert MARK in r.text.splitlines()[0] or MARK in r.text[:400]
        assert "0000-" in r.text and "example.org" in r.text
    assert {r.fmt for r in synth} == {"pipe", "lines", "html"}
    from pypinyin import lazy_pinyin

    stems = ["".join(lazy_pinyin(p[:2])) for p, _ in places()]
    assert len(stems) == len(set(stems))  # every fictional place has its own romanisation


def test_generated_tables_satisfy_identities(synth):
    for r in synth:
        t3 = r.t3
        assert len(t3) == len(T3_ROWS) == 25
        for c in range(7):
            col = [row[c] for row in t3]
            assert col[0] + col[1] == col[23] + col[24]  # 一 + 二 = 三(七)总计 + 四
            assert sum(col[2:23]) == col[23]  # 总计 = the outcome rows
        for row in t3:
            assert sum(row[:6]) == row[6]  # 总计 column
        for g in range(3):
            assert sum(r.t4[5 * g : 5 * g + 4]) == r.t4[5 * g + 4]
        assert r.values["applications_received"] == t3[0][6]
        assert r.values["reconsiderations"] == r.t4[4]


def test_generated_reports_ingest_into_the_known_facts(tmp_path):
    from assistant.core.settings import Settings
    from ingest.load import load_document
    from ingest.pipeline import process

    reports = write_corpus(tmp_path, 24)
    assert [r.key() for r in load_key(tmp_path)] == [r.key() for r in reports]
    picked = [next(r for r in reports if r.fmt == f) for f in ("pipe", "lines", "html")] + reports[:5]
    settings = Settings(store=tmp_path / "unused")
    for r in picked:
        pr = process(load_document(tmp_path / r.file), settings)
        assert (pr.report.agency, pr.report.year) == (r.agency, r.year), r.file
        assert not pr.report.warnings, (r.file, pr.report.warnings)
        t3 = {(f.row, f.column): f.value for f in pr.facts if f.table == "三"}
        assert len(t3) == 25 * 7, r.file

        def total(metric):
            return [f.value for f in pr.facts if f.metric == metric and f.table != "narrative" and f.column.split(" / ")[-1] == "总计"]

        for metric in ("applications_received", "applications_carried_over", "applications_disclosed",
                       "applications_answered", "applications_carried_forward"):
            assert total(metric) == [r.values[metric]], (r.file, metric)
        recon = [f.value for f in pr.facts if f.metric == "reconsiderations" and f.column == "行政复议 / 总计"]
        assert recon == [r.values["reconsiderations"]]
        for metric in ("penalties", "licensing", "fees"):
            assert [f.value for f in pr.facts if f.metric == metric and f.table == "二"] == [r.values[metric]], (r.file, metric)
        narrative = [f.value for f in pr.facts if f.metric == "proactive_disclosures" and f.table == "narrative"]
        assert r.values["proactive_disclosures"] in narrative


def test_generated_questions_have_known_answers(synth):
    qs = make_questions(synth, 80)
    by_file = {r.file: r for r in synth}
    held = {(r.agency, r.year) for r in synth}
    kinds = Counter(q["kind"] for q in qs)
    assert kinds["unanswerable"] and kinds["table_figure"] and Counter(q["lang"] for q in qs)["en"]
    for q in qs:
        if q["answerable"]:
            r = by_file[q["file"]]
            assert q["gold"] == [r.values[q["metric"]]]
            assert (r.agency in q["question"]) or (r.en_name and r.en_name.split(" ", 1)[1] in q["question"])
        else:
            assert not any(a in q["question"] and str(y) in q["question"] for a, y in held)


# --- the dev question set -----------------------------------------------------------------------------


def _records():
    return [json.loads(line) for line in QA_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fresh_set_shape():
    fresh = [r for r in _records() if r.get("set") == "fresh"]
    if not fresh:
        pytest.skip("no fresh records")
    assert all(r["id"].startswith("fr") and r.get("written_at") for r in fresh)
    held = [r for r in fresh if r.get("holdout")]
    assert 0.3 <= len(held) / len(fresh) <= 0.5
    assert sum(1 for r in fresh if not r["answerable"]) >= 8
    for r in fresh:
        if r["kind"] in ("followup", "followup_new"):
            assert r.get("history"), r["id"]


def test_dev_set_shape():
    recs = _records()
    assert len(recs) >= 80
    assert len({r["id"] for r in recs}) == len(recs)
    kinds = Counter(r["kind"] for r in recs)
    for k in ("table_figure", "narrative_figure", "fact", "list", "comparison", "unanswerable", "followup"):
        assert kinds[k] >= 5, k
    assert Counter(r["lang"] for r in recs)["en"] >= 20
    for r in recs:
        if r["answerable"]:
            assert r["gold_values"] and r["gold_evidence"] and r["gold_sources"], r["id"]
        if r["kind"] == "followup":
            assert r.get("history"), r["id"]


def test_dev_set_evidence_is_in_the_gold_reports():
    files = shared_files()
    if not files:
        pytest.skip("../shared reports not found")
    from ingest.load import load_document

    texts = {p.name: norm(load_document(p).text) for p in files}
    named = named_texts(texts, files)
    for r in _records():
        for group in r["gold_evidence"]:
            assert any(norm(a) in texts[s] for a in group for s in r["gold_sources"]), r["id"]
        # a figure the answer computes is made of figures of the gold evidence (bench/gold_values.py); a computed
        # figure may be written with its unit or as an ordinal: "3位", "第7" / "7th" of "排名第四,较上年又前进了三名"
        # (the record's id only, as a sealed record's gold must not be printed)
        assert not untraceable_groups(r, named), r["id"]


def test_a_direction_group_is_computed_but_a_figure_is_not():
    assert is_direction(["up", "rose", "上升"]) and is_direction(["Fewer"])
    assert not is_direction(["up", "3"]) and not is_direction(["第3位"])
    assert is_direction(["same", "equal", "一样", "相同"])  # a tie is a computed comparison result too


def test_a_gold_value_must_be_written_or_computed_from_the_evidence():
    record = {"gold_sources": ["a.txt"], "gold_evidence": [["受理申请177件,其中予以公开60件,部分公开51件"]],
              "gold_values": [["60件"], ["66"], ["111"], ["117"], ["up"], ["样例局"], ["12"]]}
    # 60 is written; 66 = 177 − 60 − 51; 111 = 60 + 51; 117 = 177 − 60; "up" is a direction; the agency comes from
    # the manifest's reading; 12 is neither written nor computed
    assert untraceable_groups(record, {"a.txt": norm("受理申请177件,其中予以公开60件,部分公开51件") + "样例局"}) == [6]


def test_pdf_versions_selection_and_markdown():
    from bench.eval import figures
    from bench.eval import markdown as eval_markdown
    from bench.eval_pdf import as_pdf, full_store, markdown, pdf_questions

    recs = [{"id": "a", "answerable": True, "gold_sources": ["035_x.txt"]},
            {"id": "b", "answerable": True, "gold_sources": ["035_x.txt", "010_y.txt"]},  # another report too
            {"id": "c", "answerable": False}]
    picked = pdf_questions(recs, {"035_x.txt"})
    assert [r["id"] for r in picked] == ["a"]
    assert as_pdf(picked[0], {"035_x.txt": "035_x.pdf"})["gold_sources"] == ["035_x.pdf"]
    assert picked[0]["gold_sources"] == ["035_x.txt"]  # the record itself is not changed

    def row(i, kind, ok):
        sc = {"answered": True, "correct": ok, "values_ok": ok, "contradiction": False, "citation_ok": ok,
              "n_values": 1, "n_values_found": int(ok)}
        return {"id": i, "kind": kind, "lang": "zh", "set": "dev", "answerable": True, "score": sc, "recall": None,
                "latency_ms": 7.0}

    def run(oks):
        rows = [row(i, k, ok) for (i, k), ok in zip((("q1", "table_figure"), ("q2", "fact")), oks)]
        return {**figures(rows), "questions": {r["id"]: {"kind": r["kind"], "ok": r["score"]["correct"]} for r in rows}}

    res = {"measured_at": "t", "reports": {"035_x.txt": "035_x.pdf"}, "questions": 2, "questions_by_set": {"dev": 2},
           "runs": {"html": run([True, True]), "pdf": run([True, False])},
           "full_store": full_store({"q1": {"ok": True}, "q2": {"ok": False}, "q9": {"ok": True}}, ["q1", "q2"])}
    assert res["full_store"]["accuracy"] == 0.5 and res["full_store"]["n"] == 2
    md = "\n".join(markdown(res))
    assert "| HTML copies (as in ../shared) | 2 | **100%** |" in md
    assert "| PDF versions (printed by chromium) | 2 | **50%** |" in md
    assert "normal eval store, all reports (main run) | 2 | 50%" in md
    assert "| fact | 1 | 100% | 0% |" in md and "Right on HTML, wrong on PDF: q2" in md
    assert "_skipped: chromium not found" in "\n".join(markdown({"skipped": "chromium not found (/usr/bin/chromium)"}))
    assert markdown(None) == []
    # the eval's Markdown (and so docs/benchmarks.md) carries it
    pipe = {**run([True, True]), "questions": {}}
    full = {"questions": 2, "embedder": "x", "measured_at": "t", "pipelines": {"ours": pipe, "baseline": pipe}}
    assert "PDF versions of the full-table reports" in eval_markdown({**full, "pdf_versions": res})
    assert "PDF versions of the full-table reports" not in eval_markdown(full)


def test_pdf_versions_skipped_without_chromium(monkeypatch):
    from bench import eval_pdf, formats_bench

    monkeypatch.setattr(formats_bench, "have_chromium", lambda: False)
    res = eval_pdf.run([{"id": "a", "answerable": True, "gold_sources": ["035_x.txt"]}])
    assert res["skipped"].startswith("chromium not found") and "runs" not in res


def test_a_question_that_raises_is_a_failure_not_the_end_of_the_run():
    from bench.eval import _asked

    a = _asked(lambda: 1 / 0, {"id": "x1", "question": "青禾镇收到多少件申请？"})
    assert not a.answered and a.question == "青禾镇收到多少件申请？" and "ZeroDivisionError" in a.notes[0]
    assert score({"answerable": True, "gold_values": [["3"]], "gold_evidence": [], "gold_sources": []}, a.to_dict())["correct"] is False


def test_committed_figures_never_show_a_holdouts_gold():
    from bench.eval import _verdict

    score_ = {"correct": False, "answered": True, "missing": ["12"], "unsupported": [3.0], "imprecise": ["…"]}
    row = {"kind": "table_row", "lang": "zh", "answerable": True, "latency_ms": 5.0, "score": score_}
    assert _verdict({**row, "set": "fresh4"})["missing"] == ["12"]
    sealed = _verdict({**row, "set": "holdout4"})
    assert not {"missing", "unsupported", "imprecise", "wrong"} & set(sealed) and sealed["ok"] is False


def test_probe_summary_and_its_section():
    from bench.probe import summary
    from bench.report import _probe_section

    answers = [{"language": "zh", "verdict": "ok"}, {"language": "en", "verdict": "SUSPECT"},
               {"language": "en", "verdict": "refused"}]
    result = {"counts": {"ok": 1, "SUSPECT": 1, "refused": 1}, "answers": answers,
              "by_language": {"zh": {"ok": 1}, "en": {"SUSPECT": 1, "refused": 1}}}
    s = summary(result)
    assert s["questions"] == 3 and s["by_language"]["en"] == {"SUSPECT": 1, "refused": 1}
    lines = _probe_section(s)
    assert "| all | 1 | 1 | 1 |" in lines and "| en | 0 | 1 | 1 |" in lines and "| zh | 1 | 0 | 0 |" in lines
    assert _probe_section(None) == []
    s["rare_counts"], s["rare_by_language"] = {"refused": 2, "SUSPECT": 1}, {"zh": {"refused": 2}, "en": {"SUSPECT": 1}}
    lines = _probe_section(s)
    assert "| all | 1 | 1 | 1 |" in lines and "| rare details | 0 | 1 | 2 |" in lines and "| rare, en | 0 | 1 | 0 |" in lines


def test_a_per_cent_of_a_difference_written_out_is_supported():
    # the difference is computed from the cited figures, then divided by the cited base: both steps in plain sight
    text = "Difference: 15[2] − 12[1] = 3\nChange in per cent: 3 ÷ 12[1] = 25%"
    assert unsupported_numbers(text, ["2019年12条", "2020年15条"]) == []
    assert unsupported_numbers("3 ÷ 12[1] = 25%", ["2019年12条"]) == [3.0, 25.0]
