"""Round 9 kinds, on fictional reports (青禾 / Qinghe, invented here):
- the day a report was put online: a page header's "发布时间: 2019-03-29 23:33" (and its 发布日期 / 更新时间 / 来源…时间
  variants) is the posting date, and an English ask for it in staff words ("publish … online", "put up", "post",
  "release date", "uploaded"), with the agency named by level words ("municipal govt"), reaches it — not the
  signature's date;
- the items of a section whose items are clauses ("(一)…。(二)…。(三)…;", "一是…二是…三是…", "1.…2.…") with examples
  nested in them: the answer lists the top-level items, not the examples of one of them;
- a question that presumes something happened and asks how it turned out ("did they win", "结果如何") where the
  report states none of it: not answered, the statement of none quoted and cited (a yes/no "were there any" is
  still answered 0 / none).
"""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.outcome_premise import presumes_outcome
from assistant.query import parse_question
from assistant.shapes import date_kind, date_kind_asked
from ingest.clean import clean
from ingest.items import extract_items
from ingest.prose_fields import extract_original_dates
from tests.fake_index import FakeIndex, LineIdf, facts_of, line_passages


def _engine(original: str, report: Report):
    index = FakeIndex(report, facts_of(report, original), original)
    index.bm25 = LineIdf(original)
    return ExtractiveEngine(index, 0.34)


def _ask(question: str, original: str, report: Report, passages: bool = False):
    passage_list = line_passages(report, original) if passages and clean(original).text == original.strip("\n") else []
    return _engine(original, report).answer(parse_question(question, [report]), passage_list)


# --- the day the report was put online ----------------------------------------------------------------------

@pytest.mark.parametrize("line, day", [
    ("来源: 市政府办公厅   发布时间: 2019-03-29 23:33     浏览次数:0次   字体:[]", "2019-03-29"),
    ("来源：青禾市政府办公室 发布日期：2019年3月29日", "2019年3月29日"),
    ("发布时间：[2019-03-29]  作者：市政府办", "2019-03-29"),
    ("发布时间：【2019-03-29】", "2019-03-29"),
    ("更新时间:2019-03-29 10:12", "2019-03-29"),
    ("上传时间：2019/03/29", "2019/03/29"),
    ("发稿时间: 2019-03-29", "2019-03-29"),
    ("信息来源：青禾市政府办  时间：2019-03-29", "2019-03-29"),
    ("时间：2019-03-29 16:20", "2019-03-29"),
    ("发布时间 2019-03-29 23:33  浏览次数:12", "2019-03-29"),
])
def test_a_header_line_gives_the_posting_date(line, day):
    text = "政府信息公开\n\n青禾市人民政府2018年政府信息公开年度报告\n\n" + line + "\n一、概述\n2018年,主动公开信息30条。\n"
    facts = extract_original_dates(text)
    assert day in {f.text_value for f in facts}, [(f.text_value) for f in facts]
    f = next(f for f in facts if f.text_value == day)
    assert date_kind(text[f.quote_span[0] : f.span[0]], False) == "posted", text[f.quote_span[0] : f.span[0]]


@pytest.mark.parametrize("line", [
    "会议时间:2019-03-29",  # the time of something else
    "本报告统计时间:2018年1月1日至2018年12月31日",
    "2019年3月29日,青禾市召开政务公开工作推进会,会议时间安排在下午。",
])
def test_no_posting_date_in_these(line):
    text = "青禾市人民政府2018年政府信息公开年度报告\n" + line + "\n一、概述\n2018年,主动公开信息30条。\n"
    assert not extract_original_dates(text), [f.text_value for f in extract_original_dates(text)]


@pytest.mark.parametrize("label", ["更新时间:", "上传时间：", "发稿时间:", "发表时间:", "上网时间:", "挂网日期:"])
def test_labels_of_a_posting_date(label):
    assert date_kind(label, False) == "posted"


@pytest.mark.parametrize("q", [
    "When did Qinghe municipal govt publish its 2018 OGI annual report online?",
    "When was the Qinghe 2018 report put up on the website?",
    "What's the release date of Qinghe city's 2018 annual report?",
    "When was Qinghe's 2018 annual report uploaded?",
    "What is the posting date of the Qinghe 2018 report?",
])
def test_english_posting_asks(q):
    assert date_kind_asked(normalise_query(q)) == "posted"


POSTED_ORIGINAL = (
    "政府信息公开\n\n"
    "青禾市人民政府2018年政府信息公开年度报告\n\n"
    "青禾市人民政府\n"
    "来源: 市政府办公厅   发布时间: 2019-03-29 23:33     浏览次数:0次   字体:[]\n\n"
    "  本报告由青禾市人民政府办公厅编制。如需咨询,请与青禾市人民政府办公厅新闻信息处联系(电话:0999-87989627)。\n"
    "一、概述\n"
    "2018年,青禾市主动公开政府信息3000条。\n"
    "二、存在的不足\n"
    "信息公开工作仍有不足。\n"
    "青禾市人民政府办公厅\n"
    "2019年3月20日\n"
)
POSTED_REPORT = Report(doc_id="p" * 16, sources=["qinghe_shi_2018.txt"], agency="青禾市人民政府", region="青禾市", year=2018,
                       aliases=["qinghe", "qinghe city"], mentions=["青禾市"])


@pytest.mark.parametrize("question", [
    "When did Qinghe municipal govt publish its 2018 OGI annual report online?",
    "When did Qinghe municipal government post its 2018 annual report?",
    "When was Qinghe city's 2018 OGI report put up online?",
    "What's the release date of the Qinghe municipal government's 2018 annual report?",
    "On what date was the Qinghe municipal govt 2018 report uploaded to its website?",
    "When did the Qinghe municipal people's government release its 2018 report online?",
    "青禾市人民政府2018年年报是哪天在网上发布的",
    "青禾市政府2018年的信息公开年报什么时候挂网的",
])
def test_a_posting_ask_reaches_the_header_date_not_the_signature(question):
    a = _ask(question, POSTED_ORIGINAL, POSTED_REPORT)
    assert a.answered and "2019-03-29" in a.text, (question, a.text)
    assert "2019年3月20日" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "When was Qinghe municipal government's 2018 report signed?",
    "青禾市人民政府2018年年报落款日期是哪天",
])
def test_a_signature_ask_still_gets_the_signature(question):
    a = _ask(question, POSTED_ORIGINAL, POSTED_REPORT)
    assert a.answered and "2019年3月20日" in a.text, (question, a.text)


# --- the top-level items of a section, not the examples inside one ------------------------------------------

PROBLEMS_PAREN = (
    "五、存在的主要问题及改进情况\n"
    "(一)公开内容不够全面。部分科室对政务公开认识不足,在政策解读、办事指南等方面更新不及时。\n"
    "(二)队伍建设有待加强。个别科室信息公开工作人员多为兼职,在业务培训、信息审核等方面存在短板。\n"
    "(三)教育、医疗、养老、住房等重点领域信息公开深度不够,群众关注的热点回应不及时;\n"
    "2024年,我委将进一步加强政务公开工作,提升公开质量。\n"
)
PROBLEMS_SHI = (
    "五、存在的主要问题及改进情况\n"
    "一是公开内容不够全面,在政策解读、办事指南等方面更新不及时;二是队伍建设有待加强,在业务培训、信息审核等方面存在短板;"
    "三是教育、医疗、养老、住房等重点领域信息公开深度不够。\n"
    "2024年,我委将进一步加强政务公开工作,提升公开质量。\n"
)
PROBLEMS_ARABIC = (
    "五、存在的主要问题及改进情况\n"
    "1.公开内容不够全面。在政策解读、办事指南等方面更新不及时。\n"
    "2.队伍建设有待加强。在业务培训、信息审核等方面存在短板。\n"
    "3.教育、医疗、养老、住房等重点领域信息公开深度不够;\n"
    "2024年,我委将进一步加强政务公开工作,提升公开质量。\n"
)
HEAD = (
    "青禾县卫生健康委员会2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年,我委主动公开政府信息120条,通过政府网站、微信公众号等形式发布。全年共收到政府信息公开申请5件。\n"
)
TAIL = (
    "六、其他需要报告的事项\n"
    "本年度未收取信息处理费。未发生因政府信息公开引起的行政复议、行政诉讼情况。\n"
)
WEIJIAN = Report(doc_id="w" * 16, sources=["qinghe_weijianwei_2023.txt"], agency="青禾县卫生健康委员会", region="青禾县",
                 year=2023, aliases=["qinghe", "qinghe health commission"], mentions=["青禾县"])
HEADS = ("公开内容不够全面", "队伍建设有待加强", "重点领域信息公开深度不够")


@pytest.mark.parametrize("body", [PROBLEMS_PAREN, PROBLEMS_SHI, PROBLEMS_ARABIC])
def test_ingest_keeps_every_top_level_item(body):
    items = [f for f in extract_items(HEAD + body + TAIL)]
    values = [f.text_value for f in items]
    for head in HEADS:
        assert any(v.startswith(head) or head in v and v.index(head) < 30 for v in values), (head, values)


@pytest.mark.parametrize("body", [PROBLEMS_PAREN, PROBLEMS_SHI, PROBLEMS_ARABIC])
@pytest.mark.parametrize("question", [
    "Qinghe health commission, 2023 OGI report: what main problems does it list?",
    "What problems did the Qinghe health commission identify in its 2023 report?",
    "Qinghe health commission 2023 — which shortcomings does the report mention?",
    "青禾县卫健委2023年年报存在哪些主要问题？",
    "青禾县卫生健康委员会2023年报告里列了哪些问题",
])
def test_the_problems_are_the_top_level_items(body, question):
    a = _ask(question, HEAD + body + TAIL, WEIJIAN, passages=True)
    assert a.answered, a.text
    for head in HEADS:
        assert head in a.text, (question, a.text)
    bullets = [ln for ln in a.text.splitlines() if ln.startswith("•")]
    assert len(bullets) == 3, a.text  # one line per problem, not the examples inside one of them


# --- an outcome asked of something the report says did not happen --------------------------------------------

PREMISE_ORIGINAL = HEAD + PROBLEMS_PAREN + TAIL


@pytest.mark.parametrize("question", [
    "What happened with the OGI lawsuit against the Qinghe health commission in 2023 — did they win?",
    "Qinghe health commission 2023: how was the disclosure lawsuit resolved?",
    "What was the outcome of the administrative review against the Qinghe health commission in 2023?",
    "Qinghe health commission 2023 — the administrative lawsuit over disclosure: did the commission lose?",
    "青禾县卫健委2023年那起信息公开行政诉讼结果如何？",
    "青禾县卫健委2023年被起诉的那个案子胜诉了吗",
    "青禾县卫生健康委员会2023年的行政复议最后怎么处理的",
])
def test_an_outcome_of_what_did_not_happen_is_not_answered(question):
    a = _ask(question, PREMISE_ORIGINAL, WEIJIAN, passages=True)
    assert not a.answered, (question, a.text)
    assert "未发生因政府信息公开引起的行政复议、行政诉讼" in a.text and a.citations, (question, a.text)
    assert "0 (none)" not in a.text and "0（无）" not in a.text, a.text
    says = "premise" in a.text or "did not" in a.text if a.language == "en" else "前提" in a.text or "并未" in a.text
    assert says, a.text


@pytest.mark.parametrize("question", [
    "Were there any OGI lawsuits against the Qinghe health commission in 2023?",
    "Was the Qinghe health commission sued over disclosure in 2023?",
    "青禾县卫健委2023年有没有因信息公开被提起行政诉讼",
    "青禾县卫健委2023年信息公开行政复议有几件",
])
def test_whether_any_happened_is_still_answered_none(question):
    a = _ask(question, PREMISE_ORIGINAL, WEIJIAN, passages=True)
    assert a.answered and "未发生因政府信息公开引起的行政复议、行政诉讼" in a.text, (question, a.text)


@pytest.mark.parametrize("question", [
    "What happened with the OGI lawsuit against the Qinghe health commission in 2023 — did they win?",
    "what was the result of the review against Qinghe?",
    "Qinghe 2023: how did the lawsuit turn out?",
    "Who won the disclosure lawsuit against Qinghe in 2023?",
    "青禾县2023年那起行政诉讼最后怎么处理的",
    "青禾县2023年的行政复议结果怎么样",
    "青禾县被告的那个官司打赢了吗",
])
def test_outcome_asks(question):
    assert presumes_outcome(normalise_query(question))


@pytest.mark.parametrize("question", [
    "Were there any OGI lawsuits against Qinghe in 2023, and did they win?",
    "How many lawsuits did Qinghe win in 2023?",
    "How did Qinghe handle its applications in 2023?",
    "青禾县2023年有没有行政诉讼，结果如何",
    "青禾县2023年申请的办理结果有哪些",
    "青禾县2023年行政诉讼败诉了几件",
    "When was the Qinghe 2023 report posted?",
])
def test_no_outcome_presumed(question):
    assert not presumes_outcome(normalise_query(question))


HAPPENED_ORIGINAL = HEAD + (
    "六、其他需要报告的事项\n"
    "本年度发生因政府信息公开引起的行政诉讼2件,均已审结,结果均为维持。\n"
)


@pytest.mark.parametrize("question", [
    "What happened with the OGI lawsuits against the Qinghe health commission in 2023 — did they win?",
    "青禾县卫健委2023年信息公开行政诉讼结果如何？",
])
def test_an_outcome_of_what_did_happen_is_no_false_premise(question):
    a = _ask(question, HAPPENED_ORIGINAL, WEIJIAN, passages=True)
    assert "premise" not in a.text and "前提" not in a.text, a.text
    assert a.answered, a.text


XINFANG_ORIGINAL = (
    "青禾县信访局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年,我局主动公开政府信息60条。\n"
    "五、存在的主要问题及改进情况\n"
    "(一)来信办理不够及时。个别单位在交办转办、跟踪督办等方面存在疏漏。\n"
    "(二)责任单位重视不足。部分乡镇对信访工作重视程度不够,在矛盾排查、预警研判等方面存在短板。\n"
    "(三)城乡建设、劳动社保、涉法涉诉等重点领域信访问题突出,化解难度依然较大;\n"
    "2024年,我局将进一步做好信访信息公开工作。\n"
)
XINFANG = Report(doc_id="x" * 16, sources=["qinghe_xinfangju_2023.txt"], agency="青禾县信访局", region="青禾县", year=2023,
                 aliases=["qinghe", "qinghe petitions bureau"], mentions=["青禾县"])


@pytest.mark.parametrize("question", [
    "Qinghe county petitions bureau, 2023 OGI report: what main problems does it list?",
    "Which problems does the Qinghe petitions bureau's 2023 report identify?",
    "青禾县信访局2023年年报存在哪些主要问题",
    "青禾县信访局2023年报告里提到了哪些问题？",
])
def test_the_items_not_the_examples_inside_one(question):
    a = _ask(question, XINFANG_ORIGINAL, XINFANG, passages=True)
    for head in ("来信办理不够及时", "责任单位重视不足", "重点领域信访问题突出"):
        assert head in a.text, (question, a.text)
    assert not any(ln.startswith("• 城乡建设、劳动社保、涉法涉诉[") for ln in a.text.splitlines()), a.text


SUBHEADINGS_ORIGINAL = (
    "青禾县信访局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年,我局主动公开政府信息50条。\n"
    "五、存在的主要问题及改进情况\n"
    "(一)存在的主要问题。一是公开内容不够全面;二是更新不够及时;三是解读形式单一。\n"
    "(二)改进措施。一是加强培训;二是完善制度;三是强化监督。\n"
)


def test_a_list_under_a_sub_heading_is_still_that_list():
    a = _ask("青禾县信访局2022年存在哪些问题", SUBHEADINGS_ORIGINAL, XINFANG.model_copy(update={"year": 2022}), passages=True)
    for item in ("公开内容不够全面", "更新不够及时", "解读形式单一"):
        assert item in a.text, a.text
    assert "加强培训" not in a.text, a.text


MECHANISMS_ORIGINAL = (
    "青禾县人民政府2019年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2019年,青禾县认真贯彻落实《中华人民共和国政府信息公开条例》,扎实推进政府信息公开工作。\n"
    "(一)持续推进制度建设,政府信息公开更加规范\n"
    "按照相关规定,在依申请公开、主动公开、保密审查、情况报送、监督考评等环节建立了相应的公开工作机制,构建了常态化工作体系。\n"
    "(二)持续推进队伍建设,不断强化工作力量\n"
    "始终把政府信息公开作为年度工作的一项重要内容,全县配备专职工作人员12名。\n"
)


@pytest.mark.parametrize("question", [
    "In which stages did Qinghe county build disclosure work mechanisms in 2019?",
    "青禾县2019年在哪些环节建立了公开工作机制",
])
def test_a_list_the_ask_names_under_an_item_of_another_section_is_that_list(question):
    # (label search straight: the fake index has no embedder, so these label scores stay below the threshold)
    report = WEIJIAN.model_copy(update={"agency": "青禾县人民政府", "year": 2019, "doc_id": "m" * 16})
    g = _engine(MECHANISMS_ORIGINAL, report).gatherer
    q = parse_question(question, [report])
    terms = g.label_terms(q)
    hits = [(f, s) for f, s in g.fact_index.search(q.search_text, terms, [report.doc_id]) if f.kind == "item"]
    assert [f.text_value for f in g.asked_list(hits, terms)] == ["依申请公开", "主动公开", "保密审查", "情况报送", "监督考评"]


@pytest.mark.parametrize("question", [
    "Qinghe county petitions bureau, 2023 OGI report: what main problems does it list?",
    "青禾县信访局2023年年报存在哪些主要问题",
])
def test_the_items_are_the_list_of_a_section_that_names_the_ask(question):
    g = _engine(XINFANG_ORIGINAL, XINFANG).gatherer
    q = parse_question(question, [XINFANG])
    terms = g.label_terms(q)
    hits = [(f, s) for f, s in g.fact_index.search(q.search_text, terms, [XINFANG.doc_id]) if f.kind == "item"]
    nested = [(f, 1.0) for f, _s in hits if "城乡建设" == f.text_value]  # the examples inside item (三), found first
    got = [f.text_value for f in g.asked_list(nested + hits, terms)]
    assert len(got) == 3 and got[0] == "来信办理不够及时", got
