"""Clause cuts of copies that lost their separators, and a bracketed word inside a figure's label (fictional text).

- ingest: a rate written straight into the next words ("办结率90%重访452案次") ends its clause after the %: the next
  figure's label and quote hold no part of the rate, and the rate's label no words of the next clause; words going
  on with the rate ("90%以上", "30%的") are no new clause (prose.toml rate_continues).
- citing: a bracket of words between words of a label ("政务(工作)动态类信息73条") is part of the figure's own clause.
"""

from __future__ import annotations

from assistant.shapes import own_clause
from ingest.prose import extract_figures
from ingest.prose_clauses import phrases

_RUN_ON = ("青禾县来访中心全年受理来访683案次,办结605案次,办结率89%其中,初访230案次,办结207案次,办结率90%重访452案次,"
           "办结397案次,办结率88%全县办结案件中,化解积案52案次。")


def _figures(text):
    return {(f.row, f.value): text[f.quote_span[0] : f.quote_span[1]] for f in extract_figures(text)}


def test_a_rate_run_into_the_next_words_ends_its_clause():
    got = [_RUN_ON[a:b] for a, b in phrases(_RUN_ON, 0, len(_RUN_ON))]
    assert "办结率90%" in got and "重访452案次" in got and "办结率88%" in got and "全县办结案件中" in got
    figs = _figures(_RUN_ON)
    assert figs[("办结率", 90.0)] == "办结207案次,办结率90%"
    assert figs[("重访", 452.0)] == "重访452案次"
    assert figs[("办结率", 88.0)] == "办结397案次,办结率88%"
    assert not any("全县办结案件中" in row for row, _v in figs)  # (no rate labelled by the next clause's words)
    assert [f.context for f in extract_figures(_RUN_ON) if f.row == "重访"] == [""]
    # a rate after a bare count ("办结207案次") is of that count of the thing its clause continues (初访)
    assert {f.value: f.context for f in extract_figures(_RUN_ON) if f.row == "办结率"} == {
        89.0: "青禾县来访中心全年受理来访办结", 90.0: "初访办结", 88.0: "重访办结"}


def test_words_going_on_with_a_rate_stay_in_its_clause():
    text = "按时答复率达到90%以上,占比30%的申请通过网络提交,较上年提高5%左右。"
    got = [text[a:b] for a, b in phrases(text, 0, len(text))]
    assert got == ["按时答复率达到90%以上", "占比30%的申请通过网络提交", "较上年提高5%左右。"[:-1]]


def test_a_bracket_of_words_inside_a_label_is_part_of_the_figures_own_clause():
    text = "全年主动公开信息86条,其中:组织类信息2条;政务(工作)动态类信息73条;财政信息2条"
    s = text.index("73条")
    quote = (text.index("政务"), s + 3)
    assert text[slice(*own_clause(text, quote, (s, s + 3)))] == "政务(工作)动态类信息73条"
    # a bracket opening before a figure of its own still cuts ("申请2件(1件属自然人申请,…)")
    text = "收到申请2件(1件属自然人申请,1件属法人申请)"
    s = text.index("1件")
    assert text[slice(*own_clause(text, (0, len(text)), (s, s + 2)))] == "1件属自然人申请"
