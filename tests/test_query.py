"""Question understanding: language, named reports, year, metric (pure, no store)."""

from __future__ import annotations

from assistant.core.text import is_pinyin_word as _is_pinyin_word
from assistant.query import detect_language, detect_metric, glossary_terms, match_reports, parse_question
from assistant.core.types import Report

REPORTS = [
    Report(doc_id="a", agency="青禾县信访局", region="青禾县", year=2023, aliases=["qinghe", "qinghe county", "petitions bureau"]),
    Report(doc_id="b", agency="青禾县信访局", region="青禾县", year=2016, aliases=["qinghe", "petitions bureau"]),
    Report(doc_id="c", agency="云栖市翠湖区人民政府办公室", region="翠湖区", year=2022, aliases=["cuihu", "cuihu district", "翠区"]),
    Report(doc_id="d", agency="翠湖区财政局", region="翠湖区", year=2022, aliases=["cuihu", "翠区", "finance bureau"]),
]


def test_language():
    assert detect_language("how many applications did Kundulun receive in 2023") == "en"
    assert detect_language("伊春区2016年主动公开了多少条政府信息") == "zh"
    assert detect_language("Kundulun 2023年收到多少申请") == "zh"
    # an English question that names its report by a Chinese agency name is English (answered in English)
    assert detect_language("what period does the 青禾县人民政府办公室 2017 report cover?") == "en"
    assert detect_language("青禾县人民政府办公室 2017 OGI report: what time span do the figures cover?") == "en"
    assert detect_language("How many 依申请公开 applications did Qinghe get?") == "en"
    assert detect_language("Qinghe信访局2023年多少件申请") == "zh"


def test_pinyin_alias_matches_reports():
    q = parse_question("How many applications did Qinghe receive in 2023?", REPORTS)
    assert set(q.doc_ids) == {"a", "b"}  # the year is applied later, at the scope step
    assert q.years == [2023]
    assert q.metric.key == "applications_received"
    assert q.wants_number


def test_full_agency_name_beats_place_name():
    names, matched = match_reports("翠湖区财政局2022年收到多少申请", REPORTS)
    assert [r.doc_id for r in matched] == ["d"]


def test_place_name_matches_every_agency_of_the_place_and_type_word_narrows():
    _, matched = match_reports("cuihu 2022", REPORTS)
    assert {r.doc_id for r in matched} == {"c", "d"}
    _, matched = match_reports("cuihu finance bureau 2022", REPORTS)
    assert [r.doc_id for r in matched] == ["d"]


def test_abbreviation_and_stem():
    _, matched = match_reports("翠区的行政复议", REPORTS)
    assert {r.doc_id for r in matched} == {"c", "d"}
    _, matched = match_reports("青禾2016年的报告", REPORTS)
    assert {r.doc_id for r in matched} == {"a", "b"}


def test_no_names_means_no_filter():
    q = parse_question("什么是依申请公开", REPORTS)
    assert q.doc_ids is None


def test_metrics_from_both_languages():
    assert detect_metric("伊春区2016年主动公开了多少条政府信息").key == "proactive_disclosures"
    assert detect_metric("how many applications were carried over from 2022").key == "applications_carried_over"
    assert detect_metric("how many lawsuits were filed").key == "lawsuits"
    assert detect_metric("上年结转了多少件申请").key == "applications_carried_over"
    assert detect_metric("how many applications did they get").key == "applications_received"
    assert detect_metric("what is the phone number") is None


def test_glossary_maps_english_terms_to_report_vocabulary():
    terms = glossary_terms("what is the phone number and address of the petitions bureau")
    assert "联系电话" in terms and "地址" in terms and "信访" in terms


def test_pinyin_word_detection():
    assert _is_pinyin_word("Haidian") and _is_pinyin_word("Kundulun") and _is_pinyin_word("Shanghai")
    assert not _is_pinyin_word("Bureau") and not _is_pinyin_word("Commission") and not _is_pinyin_word("Which")
