"""The parity probe (bench/parity_probe.py): its judge of an English answer against the Chinese one, the numbers it
reads, the open/sealed split and its aggregates, on made-up answers of a fictional 青禾县 report."""

from __future__ import annotations

from bench.parity_probe import (GAPS, Ask, Seen, aggregate, judge, load_asks, stated_numbers, targets, totals)

SRC = "qinghe_xinfang_2023.txt"


def _zh(text, quote="本年新收政府信息公开申请 | 12", answered=True, source=SRC):
    return Seen(answered, text, ((source, quote),) if answered else ())


def test_same_numbers_in_both_languages_are_parity():
    zh = _zh("青禾县信访局2023年本年新收政府信息公开申请数量：12件[1]")
    en = _zh("青禾县信访局 (Qinghe), 2023: new applications received: 12 [1]")
    assert judge(zh, en) == "same"


def test_a_declined_english_answer_is_a_gap_and_an_english_only_answer_extra():
    zh = _zh("青禾县信访局2023年主动公开政府信息356条[1]")
    en_no = Seen(False, "The ingested reports do not contain an answer to this question.")
    assert judge(zh, en_no) == "declined"
    zh_no = Seen(False, "已收录的报告中没有找到能回答这个问题的内容。")
    assert judge(zh_no, _zh("Qinghe, 2023: 356 [1]")) == "extra"
    assert judge(zh_no, en_no) == "both_declined"


def test_another_figure_or_another_report_differs():
    zh = _zh("青禾县信访局2023年行政复议：3件[1]")
    assert judge(zh, _zh("Qinghe, 2023: administrative reconsideration: 5 [1]")) == "differs"
    # a multi-ask answered only in part: one of the Chinese numbers missing
    zh2 = _zh("青禾县信访局2023年收到申请12件[1]；行政复议3件[2]")
    assert judge(zh2, _zh("Qinghe, 2023: applications received: 12 [1]")) == "differs"
    assert judge(zh, _zh("Qinghe, 2023: 3 [1]", source="yunqi_2023.txt")) == "other_report"


def test_without_numbers_a_common_quote_is_parity():
    zh = _zh("青禾县信访局2023年存在的问题：一是公开内容不够全面[1]", quote="一是公开内容不够全面")
    assert judge(zh, _zh("Qinghe, 2023: problems — “一是公开内容不够全面” [1]", quote="一是公开内容不够全面")) == "same"
    assert judge(zh, _zh("Qinghe, 2023: the report says “二是培训不足” [1]", quote="二是培训不足")) == "differs"


def test_stated_numbers_leave_quotes_and_references_out_and_read_dates_alike():
    assert stated_numbers("青禾县信访局2023年报告发布于2024年1月30日[1]") == stated_numbers(
        "Qinghe, 2023: published on January 30, 2024 — the report says “截至2023年12月31日共12条” [1]")
    assert stated_numbers("1,234 items; 0.50 and 3.0 of 007") == {"1234", "0.5", "3", "7"}
    assert stated_numbers("Jan. 5, 2024") == {"1", "5", "2024"}


def test_phrasings_alternate_open_and_sealed_and_the_data_loads():
    a = Ask("x", "identity", "谁发布？", ("p0", "p1", "p2", "p3"))
    assert [a.half(i) for i in range(4)] == ["open", "sealed", "open", "sealed"]
    frame, asks = load_asks()
    assert "{agency}" in frame and len(asks) >= 20
    assert all(len(a.en) >= 3 and all("{name}" in p for p in a.en) for a in asks)
    assert len({a.id for a in asks}) == len(asks)


def test_aggregates_count_gaps_per_ask():
    rows = [{"ask": "date", "kind": "identity", "phrasing": "date#0", "verdict": v}
            for v in ("same", "declined", "differs", "extra")]
    agg = aggregate(rows, ["date", "phone"], "ask")
    assert list(agg) == ["date"] and agg["date"]["gaps"] == 2 and agg["date"]["extra"] == 1
    assert totals(rows)["gap_rate"] == 0.5 and set(GAPS) >= {"declined", "differs"}


def test_targets_name_real_agencies_with_an_english_name():
    for file, agency, name, year in targets():
        assert "某" not in agency and name and year.isdigit()


def test_the_report_section_shows_both_halves_aggregates_and_no_answers():
    from bench.parity_probe import HALVES, report_section

    total = {"asks": 40, "gaps": 6, "gap_rate": 0.15, "declined": 4, "differs": 1, "other_report": 1, "extra": 2}
    lines = report_section({"measured_at": "2026-11-30 20:30", "git": "abc1234", "reports": 10,
                            "halves": {h: {"total": total} for h in HALVES}})
    rows = [line for line in lines if line.startswith("| open") or line.startswith("| sealed")]
    assert len(rows) == 2 and all("6 (15.0%)" in r for r in rows)
    assert report_section(None) == []
