"""Round 22 kinds (fixer G5), each with fictional text: a phone asked as "who do I ring", a subject's act written
right after the subject's figure ("初访…,办结…"), and an English rate or vetting words reaching the report's Chinese."""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY
from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.types import Fact
from assistant.shapes import OFFICE_FIELD, contact_fields
from assistant.subject_figures import act_of_subject


def test_calling_is_phoning_not_the_office():
    for ask in ("who do i ring about the qinghe county 2023 report", "who do i call about the qinghe county report",
                "who do i dial about the qinghe county report"):
        assert REPORT_FIELDS.field_asked(ask) == "phone", ask
        fields = contact_fields(ask)
        assert OFFICE_FIELD not in fields and any("电话" in f for f in fields), (ask, fields)
    # the office to contact is still the office
    assert OFFICE_FIELD in contact_fields("which office should i contact about the qinghe county report")
    assert OFFICE_FIELD in contact_fields("who should i contact about the qinghe county report")


def _figure(row: str, value: float, text: str, at: str) -> Fact:
    start = text.index(at)
    end = start + len(at)
    return Fact(doc_id="d", table="narrative", row=row, column="", value=value, kind="narrative", label_zh=f"概况 / {row}",
                raw=at, start=start, end=end, quote_start=0, quote_end=len(text), unit="案次")


TEXT = "全年受理来访900案次,办结800案次,其中,首访300案次,办结270案次,办结率90%重访600案次,办结530案次。"


def test_act_written_after_its_subject_is_the_subjects():
    received = _figure("受理来访", 900, TEXT, "900")
    done = _figure("办结", 800, TEXT, "800")
    first = _figure("首访", 300, TEXT, "300")
    first_done = _figure("办结", 270, TEXT, "270")
    again = _figure("重访", 600, TEXT, "600")
    again_done = _figure("办结", 530, TEXT, "530")
    facts = [received, done, first, first_done, again, again_done]
    # "首访办结多少": the 办结 right after 首访, not 首访's own 300 nor another 办结
    assert act_of_subject([first], facts, TEXT, ["首访", "办结"], "首访办结多少") == [first_done]
    assert act_of_subject([again, again_done], facts, TEXT, ["重访", "办结"], "重访办结多少") == [again_done]
    # an ask of the subject alone keeps its figure; an ask naming no word of the next label too
    assert act_of_subject([first], facts, TEXT, ["首访"], "首访多少") == [first]
    assert act_of_subject([first], facts, TEXT, ["首访", "受理"], "首访受理多少") == [first]
    # the next figure a subject of its own ("通过门户网站…115条,通过微信公众号发布2104条"): not the ask's act
    site = "门户网站公开信息115条,通过微信公众号发布信息2104条。"
    web, wechat = _figure("门户网站公开信息", 115, site, "115"), _figure("通过微信公众号发布信息", 2104, site, "2104")
    assert act_of_subject([web], [web, wechat], site, ["门户网站", "发布"], "门户网站发布多少") == [web]


def test_act_of_subject_stops_at_the_sentence_end():
    text = "首访300案次。办结270案次。"
    first, first_done = _figure("首访", 300, text, "300"), _figure("办结", 270, text, "270")
    assert act_of_subject([first], [first, first_done], text, ["首访", "办结"], "首访办结多少") == [first]


def test_english_disclosure_rate_and_vetting_words_reach_the_chinese():
    zh = GLOSSARY.en_to_zh
    assert "公开率" in zh["disclosure rate"] and "主动公开率" in zh["proactive disclosure rate"]
    assert "审核" in zh["vetted"] and "政务公开工作机构" in zh["open-government unit"]
    assert "市政府公文" in zh["municipal government documents"]
