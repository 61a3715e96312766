"""Session 14 (S2): what an English answer prints is English — a part's label from the template's English names, and
a refusal's agency and place as the English question writes them.  Fictional agencies and text only."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.core.types import Fact, Report


# --- 1. a part's label in an English answer ---------------------------------------------------------------------------

@pytest.mark.parametrize("zh, en", [
    ("属自然人申请", "natural persons (属自然人申请)"),  # (the report's words framing an applicant column)
    ("自然人提出", "natural persons (自然人提出)"),
    ("属商业企业申请", "commercial enterprises (属商业企业申请)"),
    ("商业企业", "commercial enterprises"),  # (a template name itself)
    ("行政处罚", "administrative penalties"),
    ("样例网站发布", "样例网站发布"),  # (no template name: the words as written)
    ("涉及个人隐私自然人的样例信息", "涉及个人隐私自然人的样例信息"),  # (自然人 a small part of a longer clause)
    # (a word beside the name that reverses or narrows it: the Chinese, never the name's English)
    ("部分予以公开", "部分予以公开"),
    ("非自然人申请", "非自然人申请"),
    ("非商业企业", "非商业企业"),
    ("结果维持以外", "结果维持以外"),
    ("除自然人外", "除自然人外"),
    ("未予公开的商业企业", "未予公开的商业企业"),
    ("其中商业企业申请", "commercial enterprises (其中商业企业申请)"),
])
def test_a_part_label_in_english_comes_from_the_template_names(zh, en):
    from assistant.part_groups import name_en

    assert name_en(zh) == en


def _prose(row: str, value: float) -> Fact:
    return Fact(doc_id="s" * 16, kind="narrative", table="narrative", section="依申请公开", row=row, column="",
                value=value, raw=str(int(value)), unit="件", start=0, end=1, quote_start=0, quote_end=1, label_zh=row, label_en="")


def test_a_prose_breakdown_of_applicants_is_labelled_in_english():
    from assistant.part_groups import part_label

    total = _prose("样例局收到申请", 3)
    parts = [_prose("属自然人申请", 2), _prose("属商业企业申请", 1)]
    assert [part_label([total], g, "en") for g in parts] == ["natural persons (属自然人申请)",
                                                             "commercial enterprises (属商业企业申请)"]
    assert [part_label([total], g, "zh") for g in parts] == ["属自然人申请", "属商业企业申请"]  # (Chinese as written)


# --- 2. an English refusal names what the question asked, in English ------------------------------------------------

@pytest.mark.parametrize("text, type_en, place", [
    ("How many requests did the Yungang education bureau get in 2024?", "education bureau", "Yungang"),
    ("Nanhu District's education bureau, 2024: how many requests?", "education bureau", "Nanhu District"),
    ("How many requests did the education bureau get in 2024?", "education bureau", None),
])
def test_the_place_an_english_question_writes_before_the_agency(text, type_en, place):
    from assistant.asked_names_en import place_before_type_en

    assert place_before_type_en(text, type_en) == place


def test_an_english_refusal_of_another_agency_names_the_place_in_english(monkeypatch):
    import assistant.other_agency as oa

    report = Report(doc_id="y" * 16, sources=["y.txt"], agency="云港市南湖区样例局", region="云港市", year=2024,
                    aliases=["yungang"])
    q = SimpleNamespace(language="en", text="How many requests did the Nanhu education bureau get in 2024?",
                        norm="how many requests did the nanhu education bureau get in 2024?", entities=["nanhu"],
                        doc_ids=[report.doc_id])
    monkeypatch.setattr(oa, "reports_of_other_agencies", lambda q, index: (["教育局"], [report]))
    t = {"unknown_entity_other_agency": "no {agency} of {place}; {region} has: {others}"}
    got = oa.other_agency_refusal(q, SimpleNamespace(by_doc={report.doc_id: report}), t)
    assert got == "no education bureau of Nanhu; Yungang has: 云港市南湖区样例局 (2024)"
    q.text, q.norm = "How many requests did the education bureau get in 2024?", "how many requests did the education bureau get in 2024?"
    got = oa.other_agency_refusal(q, SimpleNamespace(by_doc={report.doc_id: report}), t)
    assert "of 云港市" not in got and got.startswith("no education bureau of Yungang")  # (the region in pinyin)


def test_an_english_branch_refusal_names_the_bureau_in_english(monkeypatch):
    import assistant.branch_reports as br

    branch = Report(doc_id="b" * 16, sources=["b.txt"], agency="云港市教育局南湖分局", region="云港市", year=2024,
                    aliases=["yungang", "nanhu"])
    q = SimpleNamespace(language="en", text="How many requests did the Yungang education bureau get in 2024?",
                        norm="how many requests did the yungang education bureau get in 2024?")
    monkeypatch.setattr(br, "reports_of_other_tier", lambda q, index: ("branch", "云港市教育局", [branch]))
    t = {"unknown_entity_branch_only": "none from {entity} itself: {others}", "unknown_entity_bureau_only": "-"}
    assert br.other_tier_refusal(q, None, t) == "none from the Yungang education bureau itself: 云港市教育局南湖分局 (2024)"
    q.text = "How many requests did the Beihu education sub-bureau get in 2024?"
    q.norm = q.text.lower()
    monkeypatch.setattr(br, "reports_of_other_tier", lambda q, index: ("bureau", "云港市教育局", [branch]))
    t["unknown_entity_bureau_only"] = "none from {entity}: {others}"
    assert br.other_tier_refusal(q, None, t) == "none from the Beihu education sub-bureau: 云港市教育局南湖分局 (2024)"
