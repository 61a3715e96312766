"""Three faults of answer text staff noticed: a yes/no ask answered by a statement of none says "No" ("没有") first;
prose labels keep their quote and title marks balanced; a word-by-word English gloss translating too little of a prose
label gives way to the template row's English name, or to none.

Every text here is written for fictional agencies (青禾县样例局, Qinghe); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.prose import PROSE
from assistant.core.text import balanced_label, unmatched_marks
from assistant.core.types import Report
from assistant.none_statements import answers_no
from assistant.query import parse_question
from assistant.writeup import shown_gloss
from ingest.clean import clean
from ingest.facts import build_facts, prose_labels
from ingest.narrative import extract_narrative_facts
from ingest.prose import ProseFact, clause_label, extract_figures, extract_nones
from ingest.structure import split_sections
from ingest.tables import extract_table_facts
from tests.fake_index import FakeIndex

DOC = "q" * 16


def _facts(original: str, report: Report):
    ct = clean(original)
    return build_facts(ct, split_sections(ct.text), extract_table_facts(ct.text), extract_narrative_facts(ct.text),
                       doc_id=report.doc_id, source=report.sources[0], agency=report.agency, region=report.region,
                       year=report.year)


# --- 1. a yes/no ask answered by a statement of none: "No" first ---------------------------------------------------

@pytest.mark.parametrize("ask", [
    "did they get sued last year?", "any appeals?", "were any fees charged?", "Has the Qinghe bureau ever been sued?",
    "Did the Qinghe bureau charge any processing fees in 2023?", "is there any lawsuit on record?",
    "是否被起诉过？", "收过费没有", "收费了没？", "有没有被申请行政复议？", "2023年青禾县样例局有行政诉讼吗",
    "有没有不予公开的申请？",  # (a thing named with 不 is no negation of the ask)
])
def test_yes_no_asks_are_answered_no(ask):
    assert answers_no(ask)


@pytest.mark.parametrize("ask", [
    # a figure or a thing asked: the none is its 0
    "how many lawsuits were there?", "what fees, if any, were charged?", "number of appeals in 2023?",
    "收了多少费用", "被起诉了几次？", "有哪些复议案件？",
    # the absence itself asked: "No" would deny what the report says
    "was disclosure free of charge?", "did they not charge anything?", "didn't they charge?", "were fees waived?",
    "是否免费？", "是不是从未收费？", "是否未收取费用？",
    # no yes/no ask at all
    "青禾县样例局2023年行政诉讼情况",
])
def test_other_asks_are_not_answered_no(ask):
    assert not answers_no(ask)


ORIGINAL = ("青禾县样例局2023年政府信息公开工作年度报告\n"
            "一、总体情况\n2023年,我局主动公开政府信息45条。\n"
            "二、收费情况\n本年度我局未收取任何政府信息公开费用。\n"
            "三、行政复议和行政诉讼情况\n本年度未发生行政诉讼案件。\n")
REPORT = Report(doc_id=DOC, sources=["qinghe_yangliju_2023.txt"], agency="青禾县样例局", region="青禾县", year=2023,
                aliases=["qinghe"], mentions=["青禾县"])


def _answer(question: str):
    index = FakeIndex(REPORT, _facts(ORIGINAL, REPORT), ORIGINAL)
    return ExtractiveEngine(index, 0.34).answer(parse_question(question, [REPORT]), [])


@pytest.mark.parametrize("question, quote", [
    ("Did the Qinghe bureau get sued in 2023?", "本年度未发生行政诉讼案件"),
    ("Was the Qinghe bureau taken to court in 2023, any lawsuits?", "本年度未发生行政诉讼案件"),
    ("Did the Qinghe bureau charge any fees in 2023?", "未收取任何政府信息公开费用"),
])
def test_an_english_yes_no_answer_opens_with_no_and_still_quotes_the_statement(question, quote):
    a = _answer(question)
    assert a.answered and a.text.startswith("No — "), a.text
    assert any(quote in c.quote for c in a.citations), [c.quote for c in a.citations]


@pytest.mark.parametrize("question, quote", [
    ("青禾县样例局2023年是否被提起行政诉讼？", "本年度未发生行政诉讼案件"),
    ("青禾县样例局2023年有没有收取信息公开费用", "未收取任何政府信息公开费用"),
    ("青禾县样例局2023年收费了吗", "未收取任何政府信息公开费用"),
])
def test_a_chinese_yes_no_answer_opens_with_no(question, quote):
    a = _answer(question)
    assert a.answered and a.text.startswith("没有。"), a.text
    assert any(quote in c.quote for c in a.citations), [c.quote for c in a.citations]


@pytest.mark.parametrize("question", [
    "How many lawsuits did the Qinghe bureau face in 2023?", "青禾县样例局2023年被提起行政诉讼几起",
    "What fees, if any, did the Qinghe bureau charge in 2023?",
])
def test_a_count_keeps_the_zero_without_no(question):
    a = _answer(question)
    assert a.answered and "0" in a.text, a.text
    assert not a.text.startswith(("No", "没有")), a.text


# --- 2. prose labels keep quote and title marks balanced ---------------------------------------------------------

@pytest.mark.parametrize("text, before, after, label", [
    ("健康青禾”官方微博更新", "，“", "", "“健康青禾”官方微博更新"),  # the trim cut the opening quote: taken back
    ("开设“青禾政务", "", "”栏目", "开设“青禾政务”"),  # ... the closing one
    ("青禾发布”公众号推送", "", "", "青禾发布公众号推送"),  # cut elsewhere: the lone mark dropped
    ("样例办法》(以下简称《办法》)的要求", "", "", "样例办法(以下简称《办法》)的要求"),
    ("印发《青禾县样例细则", "", "", "印发青禾县样例细则"),
    ("“青禾”和“样例”", "", "", "“青禾”和“样例”"),  # balanced already: unchanged
])
def test_balanced_label(text, before, after, label):
    assert balanced_label(text, before, after) == label
    assert not unmatched_marks(balanced_label(text, before, after))


@pytest.mark.parametrize("sentence, label", [
    ("“健康青禾”官方微博更新信息120条。", "“健康青禾”官方微博更新信息"),
    ("全年通过“青禾发布”微信公众号推送信息36条。", "全年通过“青禾发布”微信公众号推送信息"),
    ("在政务服务网增设“一件事”服务5项,", "在政务服务网增设“一件事”服务"),
    ("解读《青禾县样例办法》等政策文件8件。", "解读《青禾县样例办法》等政策文件"),
])
def test_a_prose_figure_label_keeps_its_quotes_whole(sentence, label):
    rows = [f.row for f in extract_figures(clean(sentence).text)]
    assert rows == [label]
    assert not unmatched_marks(rows[0])


def test_clause_labels_and_statements_of_none_have_no_lone_marks():
    assert clause_label("，“青禾样例”专栏发布") == "“青禾样例”专栏发布"
    assert clause_label("“青禾样例”") == "青禾样例"  # a label all in quotes: neither kept
    for f in extract_nones(clean("本年度未发生涉及“青禾样例”平台的行政诉讼案件。").text):
        assert not unmatched_marks(f.row), f.row


def test_a_context_cut_inside_a_title_loses_its_lone_mark():
    pf = ProseFact(kind="narrative", row="其中网站发布", value=5.0, text_value=None, unit="条", raw="5条", span=(0, 1),
                   quote_span=(0, 1), context="样例规定》的要求公开")
    zh, _en = prose_labels(pf, None)
    assert zh == "样例规定的要求公开 / 其中网站发布"


# --- 3. an English gloss that translates too little of a prose label -----------------------------------------------

@pytest.mark.parametrize("label, gloss, shown", [
    # "government information" alone: the name of the template row the label is
    ("本机关不掌握相关政府信息", "government information", "not held by this agency"),
    ("本机关不掌握相关政府信息", "none: government information", "none: not held by this agency"),
    ("不予处理", "", "not processed"),  # no gloss at all: the template row's name
    ("信息无法提供", "", "cannot be provided"),  # mostly a template row
    ("兼职信息公开工作人员", "disclosed", ""),  # "disclosed" alone says nothing: no gloss
    ("青禾县样例局主动公开行政许可事项", "proactive disclosure", ""),  # under a third: dropped
    # translated well enough: kept
    ("全年共主动公开政府信息", "proactive disclosure government information", "proactive disclosure government information"),
    ("其中网站发布", "website published", "website published"),
    ("样例卫健委网站共发布信息", "website published", "website published"),  # a third, the rest a name: kept
    ("“健康青禾”官方微博更新", "microblog updated", "microblog updated"),  # a name in quotes is no word a gloss owes
])
def test_a_gloss_translating_too_little_gives_way(label, gloss, shown):
    assert PROSE.gloss(label) == gloss.removeprefix("none: ") or not gloss
    assert shown_gloss(label, gloss) == shown


def test_gloss_coverage():
    assert PROSE.gloss_coverage("主动公开政府信息") == 1.0
    assert PROSE.gloss_coverage("青禾样例") == 0.0
    assert PROSE.gloss_coverage("") == 1.0
    assert 0 < PROSE.gloss_coverage("本机关不掌握相关政府信息") < 0.5


def test_an_english_answer_labels_a_prose_figure_by_the_template_row_not_a_fragment():
    original = ("青禾县样例局2016年政府信息公开工作年度报告\n"
                "三、依申请公开情况\n全年共收到政府信息公开申请10件。本机关不掌握相关政府信息3件。\n")
    report = REPORT.model_copy(update={"year": 2016, "sources": ["qinghe_yangliju_2016.txt"]})
    facts = _facts(original, report)
    f = next(f for f in facts if f.kind == "narrative" and f.value == 3)
    engine = ExtractiveEngine(FakeIndex(report, facts, original), 0.34)
    label = engine._label(parse_question("What did the Qinghe bureau report in 2016?", [report]), f)
    assert label == "本机关不掌握相关政府信息 (not held by this agency)"
    # the stored gloss stays what it was: a search text of the fact for English asks
    assert "government information" in f.label_en


def test_a_contact_field_keeps_its_english_name():
    original = ("青禾县样例局2023年政府信息公开工作年度报告\n"
                "六、其他需要报告的事项\n联系电话:0000-1234567。电子邮箱:qinghe@example.org。\n")
    facts = _facts(original, REPORT)
    f = next(f for f in facts if f.kind == "contact" and f.row == "电子邮箱")
    engine = ExtractiveEngine(FakeIndex(REPORT, facts, original), 0.34)
    assert engine._label(parse_question("What is the Qinghe bureau's e-mail?", [REPORT]), f) == "电子邮箱 (e-mail)"
