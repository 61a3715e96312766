"""The items of a section or a list in prose (issue 10 kind 8): "存在哪些问题", "下步打算有哪些", "完善了哪些制度",
"通过哪些方式宣传", "where can people look up … in person".

Kinds of failure, each on fictional text (agencies invented here: 青禾县样例局, 青苗乡):
- clauses without enumerators after a sentence that announces them ("…仍存在一些问题。A；B。");
- a list that opens a sentence of its own, labelled by the sentence announcing it;
- 、-lists of 《titles》, lists opened by 通过 / 涵盖了, quoted words inside a part;
- a numbered list whose first line reads as a sub-heading keeps all its items in one section;
- sub-headings that hold lists of their own: the list under the heading the question names;
- every item of a list, not only those the label search ranked;
- English words of such questions (publicise, look up) and phrases whose words alone mean something else.
"""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.evidence import EvidenceGatherer
from assistant.query import glossary_groups, parse_question
from ingest.clean import clean
from ingest.items import extract_items
from tests.fake_index import FakeIndex, facts_of


def _items(text: str):
    return extract_items(clean(text).text)


# --- clauses a sentence announces ----------------------------------------------------------------


@pytest.mark.parametrize("text, items, context_end", [
    # the clauses between ； after "…存在一些问题。"
    ("我局信息公开工作仍存在一些问题。公开内容有待进一步深化、细化；工作人员接受培训较少,业务能力有待提高。",
     ["公开内容有待进一步深化、细化", "工作人员接受培训较少,业务能力有待提高"], "仍存在一些问题"),
    # ... after a clause ending with a colon
    ("工作中的不足主要表现在:栏目更新不够及时；解读材料偏少；互动回应较慢。",
     ["栏目更新不够及时", "解读材料偏少", "互动回应较慢"], "工作中的不足主要表现在"),
    ("下一步工作打算:加强队伍建设；完善公开目录。", ["加强队伍建设", "完善公开目录"], "下一步工作打算"),
    # the sentences that follow, up to one that turns to what comes next
    ("本年度工作还存在一些不足。宣传力度不够。人员变动频繁。下一步,我局将加强培训。",
     ["宣传力度不够", "人员变动频繁"], "本年度工作还存在一些不足"),
])
def test_clauses_without_enumerators_after_a_sentence_announcing_them(text, items, context_end):
    got = _items(text)
    assert [f.text_value for f in got] == items
    assert all(f.context.endswith(context_end) for f in got)
    assert len({f.list_start for f in got}) == 1


def test_a_sentence_that_only_names_a_problem_announces_nothing():
    # "纠正…的问题" says what was done, not that the report has problems
    assert _items("依据网站管理规定,切实纠正公开内容不完整的问题。围绕业务工作做好信息公开。") == []
    assert _items("我局仍存在一些问题。") == []  # nothing follows


def test_a_list_opening_a_sentence_is_labelled_by_the_sentence_announcing_it():
    got = _items("五、存在的主要问题2023年,我局在实践中仍存在一些问题。一是公开内容不够丰富。二是人员培训较少。")
    assert [f.text_value for f in got] == ["公开内容不够丰富", "人员培训较少"]
    assert all(f.context.endswith("2023年,我局在实践中仍存在一些问题") for f in got)
    # a sentence that announces nothing does not label the list
    got = _items("今后,我局将在以下几个方面加强工作。一是加强培训。二是完善制度。")
    assert [f.text_value for f in got] == ["加强培训", "完善制度"] and {f.context for f in got} == {""}


# --- lists joined by 、 -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, items", [
    ("进一步完善了《青禾县样例局政府信息公开保密审查制度》、《青禾县样例局网站信息审核发布管理办法》等一系列制度。",
     ["《青禾县样例局政府信息公开保密审查制度》", "《青禾县样例局网站信息审核发布管理办法》"]),
    ("先后制定了《信息公开指南》、《依申请公开工作规程》、《信息发布协调制度》。",
     ["《信息公开指南》", "《依申请公开工作规程》", "《信息发布协调制度》"]),
])
def test_a_list_of_titles(text, items):
    assert [f.text_value for f in _items(text)] == items


def test_a_list_opened_by_tonguo_is_labelled_by_the_clause_before_it():
    got = _items("同时,努力做好政务公开宣传工作,通过发放宣传册、设置展板、开设咨询窗口等方式,让群众了解政策。")
    assert [f.text_value for f in got] == ["发放宣传册", "设置展板", "开设咨询窗口"]
    assert {f.context for f in got} == {"努力做好政务公开宣传工作通过…等方式"}
    got = _items("查阅渠道不断拓宽,通过档案室、阅览室、便民服务中心等场所提供查阅服务。")
    assert [f.text_value for f in got] == ["档案室", "阅览室", "便民服务中心"]


def test_a_part_keeps_its_particles_and_quotes_right():
    got = _items("门户网站涵盖了政务公开、办事指南、互动交流等栏目。")
    assert [f.text_value for f in got] == ["政务公开", "办事指南", "互动交流"]
    got = _items("公开内容包括机构职能、“三公”经费、财政预决算等。")
    assert [f.text_value for f in got] == ["机构职能", "“三公”经费", "财政预决算"]
    got = _items("遵循“依法公开”、“便民高效”的宗旨。")
    assert [f.text_value for f in got] == ["依法公开", "便民高效"]


# --- one list, one section ----------------------------------------------------------------------------

DOC = "i" * 16


def _facts(original: str):
    assert clean(original).text == original.rstrip("\n")  # offsets of the fake index are the original's
    return facts_of(REPORT, original, region=REPORT.region)


def test_a_numbered_list_whose_first_line_reads_as_a_heading_stays_in_one_section():
    original = ("青苗乡2023年政府信息公开工作年度报告\n一、概述\n全年主动公开信息30条。\n六、存在的主要问题及下步打算\n"
                "1、加强学习。不断提高对信息公开工作重要性的认识。\n2、严格按照条例确定的公开范围和程序及时公开信息。\n")
    items = [f for f in _facts(original) if f.kind == "item"]
    assert [f.text_value for f in items] == ["加强学习", "严格按照条例确定的公开范围和程序及时公开信息"]
    assert {f.label_zh.rsplit(" / ", 1)[0] for f in items} == {"存在的主要问题及下步打算"}


# --- sub-headings with lists of their own ----------------------------------------------------------------

HEADINGS = (
    "青苗乡2023年政府信息公开工作年度报告\n"
    "一、概述\n全年主动公开信息30条。\n"
    "五、政府信息公开工作存在的主要问题和改进情况\n"
    "(一)存在主要问题。我乡工作总体较好,但也有一些不足。主要有:一是公开范围比较窄;二是更新不够及时。\n"
    "(二)今后改进措施。今后,我乡将在以下几个方面加强工作。一是明确工作职责;二是深入调研群众需求。\n"
    "六、其他需要报告的事项\n无。\n"
)
REPORT = Report(doc_id=DOC, sources=["qingmiao_xiang_2023.txt"], agency="青苗乡人民政府", region="青苗乡", year=2023,
                aliases=["qingmiao"], mentions=["青苗乡"])


def _gatherer(original: str) -> EvidenceGatherer:
    return EvidenceGatherer(FakeIndex(REPORT, _facts(original), original))


def _listed(g: EvidenceGatherer, question: str) -> list[str]:
    q = parse_question(question, [REPORT])
    return [f.text_value for f in g.label_facts(q, [REPORT]) if f.kind == "item"]


def test_the_list_under_the_sub_heading_the_question_names():
    g = _gatherer(HEADINGS)
    assert _listed(g, "青苗乡2023年信息公开存在啥问题") == ["公开范围比较窄", "更新不够及时"]
    assert _listed(g, "青苗乡2023年今后有哪些改进措施") == ["明确工作职责", "深入调研群众需求"]
    both = _listed(g, "青苗乡2023年存在的问题和改进措施有哪些")
    assert both == ["公开范围比较窄", "更新不够及时", "明确工作职责", "深入调研群众需求"]


def test_the_answer_lists_the_items_not_the_sub_headings():
    g = _gatherer(HEADINGS)
    q = parse_question("青苗乡2023年信息公开存在啥问题", [REPORT])
    a = ExtractiveEngine(g.index, 0.34).answer(q, [])
    assert a.answered and "公开范围比较窄" in a.text and "更新不够及时" in a.text
    assert "今后改进措施" not in a.text


def test_every_item_of_a_long_list_is_answered():
    names = ["机构概况", "政策法规", "规划计划", "财政预算", "人事任免", "行政许可", "行政处罚", "应急管理", "社会救助"]
    parts = "、".join(names)
    original = ("青苗乡2023年政府信息公开工作年度报告\n一、概述\n"
                + "".join(f"{k}是{w}不够完善。" for k, w in zip("一二三四五六七八九", ("制度", "栏目", "目录", "指南", "培训",
                                                                                    "考核", "监督", "平台", "队伍")))
                + f"\n二、主动公开\n主动公开的信息主要包括{parts}。\n")
    g = _gatherer(original)
    got = _listed(g, "青苗乡2023年主动公开的信息主要包括哪些")
    assert got == names


# --- English words of item questions ----------------------------------------------------------------


def test_english_words_of_item_questions():
    groups = glossary_groups("how did the bureau in charge of compulsory education publicise disclosure to residents")
    assert ("宣传",) in groups and not any("收费" in g for g in groups)
    groups = glossary_groups("where can people look up the district's disclosed info in person")
    assert ("查阅",) in groups and not any("予以公开" in g for g in groups)


def test_english_asks_for_a_list():
    from assistant.list_items import WANTS_LIST as _WANTS_LIST

    for q in ("what problems did the bureau identify in its 2023 disclosure work",
              "what are the next-step plans of the township", "which rules and systems did the county improve",
              "how did the bureau publicise disclosure to residents", "where can people look up disclosed info in person",
              "信息公开存在啥问题", "下步有什么打算"):
        assert _WANTS_LIST.search(q), q
    for q in ("how did the number of applications change", "how many problems were found", "where is the office"):
        assert not _WANTS_LIST.search(q), q


def test_an_english_ask_for_problems_gets_the_items_under_the_problems_heading():
    g = _gatherer(HEADINGS)
    assert _listed(g, "What problems did Qingmiao township have in 2023?") == ["公开范围比较窄", "更新不够及时"]
    assert _listed(g, "What improvement measures did Qingmiao township take in 2023?") == ["明确工作职责", "深入调研群众需求"]


def test_a_quoted_list_of_phrases_is_one_list():
    text = "本乡坚持“谁主管、谁负责,谁发布、谁审核”的原则,做好公开工作。"
    got = _items(text)
    assert [f.text_value for f in got] == ["谁主管、谁负责", "谁发布、谁审核"]
    assert {text[f.quote_span[0] : f.quote_span[1]] for f in got} == {"本乡坚持“谁主管、谁负责,谁发布、谁审核”的原则"}


def test_short_items_of_one_phrase_are_answered_as_written():
    original = ("青苗乡2023年政府信息公开工作年度报告\n一、概述\n本乡坚持“谁主管、谁负责,谁发布、谁审核”的原则,做好公开工作。"
                "先后制定了《信息公开指南》、《依申请公开工作规程》等制度。")
    g = _gatherer(original)
    a = ExtractiveEngine(g.index, 0.34).answer(parse_question("青苗乡2023年坚持什么原则", [REPORT]), [])
    assert "谁主管、谁负责,谁发布、谁审核" in a.text and len(a.citations) == 1
    a = ExtractiveEngine(g.index, 0.34).answer(parse_question("青苗乡2023年制定了哪些制度", [REPORT]), [])
    assert "《信息公开指南》、《依申请公开工作规程》" in a.text


def test_a_sub_heading_with_several_lists_gives_the_list_the_ask_names():
    original = ("青苗乡2023年政府信息公开工作年度报告\n一、概述\n"
                "(一)加强组织领导,健全机构。东村、西村等村还成立了信息公开小组。建立健全了保密审查、责任追究、社会评议等制度。\n"
                "(二)拓宽公开渠道。通过公开栏、广播、微信群等方式公开信息。\n")
    g = _gatherer(original)
    assert _listed(g, "青苗乡2023年建立健全了哪些制度") == ["保密审查", "责任追究", "社会评议"]
    assert _listed(g, "青苗乡2023年通过哪些方式公开信息") == ["公开栏", "广播", "微信群"]


def test_a_weak_word_of_the_ask_does_not_add_another_sub_headings_list():
    original = ("青苗乡2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                "(一)主动公开的主要类别。本年公开的信息主要有机构职能、政策法规、规划计划等。\n"
                "(二)信息公开形式。主要通过政府网站、公开栏、广播等。\n")
    g = _gatherer(original)
    assert _listed(g, "青苗乡2023年主要通过什么渠道公开信息") == ["政府网站", "公开栏", "广播"]
    assert _listed(g, "青苗乡2023年主动公开的主要类别有哪些") == ["机构职能", "政策法规", "规划计划"]


def test_two_asks_in_one_sentence_get_both_sub_headings_lists():
    g = _gatherer(HEADINGS)
    got = _listed(g, "青苗乡2023年存在什么问题，今后有哪些改进措施")
    assert got == ["公开范围比较窄", "更新不够及时", "明确工作职责", "深入调研群众需求"]


def test_the_lists_of_two_sub_headings_are_written_under_their_own_headings():
    g = _gatherer(HEADINGS)
    a = ExtractiveEngine(g.index, 0.34).answer(parse_question("青苗乡2023年存在什么问题，今后有哪些改进措施", [REPORT]), [])
    text = a.text
    assert text.index("存在主要问题") < text.index("公开范围比较窄") < text.index("今后改进措施") < text.index("明确工作职责")


def test_a_list_outside_any_section_is_headed_by_its_lead_without_figures():
    original = "青苗乡2023年政府信息公开工作年度报告。2023年,我乡在实践中仍存在一些问题。一是公开内容不够丰富。二是人员培训较少。"
    g = _gatherer(original)
    a = ExtractiveEngine(g.index, 0.34).answer(parse_question("青苗乡2023年存在哪些问题", [REPORT]), [])
    assert "仍存在一些问题：" in a.text and "2023年,我乡" not in a.text
    assert "公开内容不够丰富" in a.text and "人员培训较少" in a.text


def test_clauses_on_the_line_after_the_announcing_sentence():
    got = _items("五、存在的主要问题\n我局工作仍存在一些问题:\n公开内容有待深化；培训较少,能力有待提高。\n六、其他需要报告的事项\n无。")
    assert [f.text_value for f in got] == ["公开内容有待深化", "培训较少,能力有待提高"]
    # a line that is no run of clauses is not taken (it may be a heading)
    assert _items("我局工作仍存在一些问题。\n今后改进措施\n加强培训。") == []


def test_words_that_only_look_like_an_announcement():
    assert _items("认真解决群众反映的有关问题。及时回应关切。加强政策解读。") == []
    assert _items("与上级要求相比还存在一定差距。今后将加强学习。") == []


@pytest.mark.parametrize("text, items", [
    # a quote closing inside the first part is no quoted part: the list still opens at its first item
    ("在“青禾服务”网站申请页面增加办理状态查询、在线补正、申请撤回等功能。", ["状态查询", "在线补正", "申请撤回"]),
    # ... and the first part is not cut inside a quote
    ("充分运用“青禾信访”官网、微信公众号等公开渠道。", ["“青禾信访”官网", "微信公众号"]),
    # a lead word opens the list where it ends: the first part is not cut to the length of the others
    ("主要通过政府网站、电视等。", ["政府网站", "电视"]),
])
def test_where_the_first_part_of_a_list_starts(text, items):
    assert [f.text_value for f in _items(text)] == items


def test_tongguo_opens_a_list_but_does_not_mark_one():
    assert _items("我局通过多种形式依法全面、及时主动地向社会公开各类政府信息。") == []


def test_a_list_continuing_its_sentence_is_quoted_and_answered_with_the_sentence():
    text = "本乡以网上公开为主,同时通过村务公开栏、广播等媒体公开信息。"
    got = _items(text)
    assert [f.text_value for f in got] == ["村务公开栏", "广播"]
    assert {text[f.quote_span[0] : f.quote_span[1]] for f in got} == {"本乡以网上公开为主,同时通过村务公开栏、广播等媒体公开信息"}
    original = "青苗乡2023年政府信息公开工作年度报告\n二、公开渠道\n" + text
    g = _gatherer(original)
    a = ExtractiveEngine(g.index, 0.34).answer(parse_question("青苗乡2023年有哪些公开渠道", [REPORT]), [])
    assert "网上公开" in a.text and "村务公开栏" in a.text and len(a.citations) == 1


# --- a list whose parts follow their 、 after a space ----------------------------------------------


def test_list_part_after_a_space_is_an_item():
    """A copy that wrapped its line after a 、 joins it back with a space ("A、 B"): the run is still one list, every
    part an item (not only the parts after the space), none starting with the space."""
    text = ("二、主动公开情况\n(一)丰富公开形式\n"
            "1、设立公示板。公开样例工作办理流程、样例工作主要职责、 样例工作权限、样例工作监督渠道等内容。\n")
    values = [f.text_value for f in _items(text)]
    assert values[-3:] == ["样例工作主要职责", "样例工作权限", "样例工作监督渠道"]
    assert len(values) == 4 and values[0].endswith("样例工作办理流程")
