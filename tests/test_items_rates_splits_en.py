"""The heading of an answer's list of items is never the item's enumerator column ("第1项" / "item 1")."""

from assistant.core.types import Fact
from assistant.item_heads import items_heading


def _item(row: str, label_zh: str, label_en: str) -> Fact:
    return Fact(doc_id="d", table="narrative", row=row, column="第1项", kind="item", label_zh=label_zh,
                label_en=label_en, raw="甲工作", text_value="甲工作", start=10, end=13, quote_start=9, quote_end=30)


def test_list_outside_any_section_is_headed_by_its_lead_words_in_english_too():
    f = _item("", "建立了某某“三位一体”协作机制即 / 第1项", "item 1")
    assert items_heading(f, "en") == "建立了某某“三位一体”协作机制即"
    assert items_heading(f, "zh") == "建立了某某“三位一体”协作机制即"
    assert "1" not in items_heading(f, "en")


def test_section_row_still_heads_its_items():
    f = _item("（二）平台建设", "（二）平台建设 / 第1项", "platform building / item 1")
    assert items_heading(f, "zh") == "（二）平台建设"
    assert items_heading(f, "en") == "platform building"


def test_enumerator_only_english_label_falls_back_to_the_row():
    f = _item("（二）平台建设", "（二）平台建设 / 第1项", "item 1")
    assert items_heading(f, "en") == "（二）平台建设"


def test_lead_words_with_a_figure_are_no_heading():
    f = _item("", "共开展3项工作 / 第1项", "item 1")
    assert items_heading(f, "en") == ""


def test_english_rate_ask_of_another_thing_has_no_applications_metric():
    from assistant.query import detect_metric

    q = "what reply rate does the report give for the consultation letters received through the mayor's mailbox"
    assert detect_metric(q) is None
    # ... but a rate of applications keeps its metric
    assert detect_metric("how many applications were received, and what was the rate") is not None


def test_and_into_which_starts_an_ask_of_its_own():
    from assistant.asks import split_asks

    asks = split_asks("which three towns were the pilot towns for the reform, and into which new fields did they extend the work")
    assert len(asks) == 2
    assert asks[1].text.startswith("and into which new fields")


def test_glossary_renders_items_asked_in_english():
    from assistant.en_phrases import glossary_renderings

    assert "知情权" in glossary_renderings("which rights of the public does the bureau say it safeguards")
    assert "化" in glossary_renderings('what three qualities should the work have (the "-hua" words)')
    assert "试点区" in glossary_renderings("which towns were the pilot districts")
    assert "新领域" in glossary_renderings("into which new fields did the work extend")
    assert "回复率" in glossary_renderings("what reply rate does it give for letters to the mailbox")


def test_which_copy_of_a_report_is_no_ask_word_and_chinese_kinds_reach_english_copies():
    from assistant.core.glossary import GLOSSARY
    from assistant.en_phrases import glossary_renderings

    assert {"英文", "英文版", "中文版"} <= GLOSSARY.generic  # "那份英文版年报里": which copy, not what is asked
    said = glossary_renderings("9 pieces of information related to recruitment of civil servants, municipal construction")
    assert "公务员招录" in said and "市政建设" in said
    assert "公共服务" in glossary_renderings("and public services were made public")
