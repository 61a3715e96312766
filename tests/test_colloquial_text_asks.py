"""Everyday wordings of asks for text (who made the report, the period of its figures, its problems, the work that
went well, where its full text was printed) that used to find nothing although the report states the answer: the
glossary's colloquial words and patterns (assistant/core/data/glossary.toml [zh_colloquial], [patterns]
compiler_ask / problem_nouns_zh, en_to_zh; not_stated.toml maker_ask / period_ask).  Fictional agency only
(青禾县样例局)."""

from __future__ import annotations

from assistant.answer_types import asks_maker, asks_period
from assistant.core.glossary import GLOSSARY
from assistant.list_items import WANTS_LIST
from assistant.problem_items import side_asked
from assistant.query import glossary_groups
from tests.fake_index import answer_from_lines
from tests.fixtures.qinghe_sample import QINGHE

TEXT = ("青禾县样例局2023年政府信息公开工作年度报告\n"
        "本报告由青禾县样例局办公室编制。本年度报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。\n"
        "一、总体情况\n全年较好地完成了门户网站维护、政务信息报送等工作。\n"
        "二、存在的主要问题及改进情况\n(一)公开内容不够全面。\n(二)解读形式比较单一。\n(三)队伍培训有待加强。\n"
        "三、其他需要报告的事项\n本年度报告在青禾县人民政府门户网站和《青禾日报》全文公开。\n")


def _colloquial(text: str) -> set[str]:
    return {w for rx, words in GLOSSARY.zh_colloquial if rx.search(text) for w in words}


def test_everyday_verbs_of_making_the_report_ask_its_maker_only_at_the_end_of_the_ask():
    for q in ("青禾县样例局2023年那份年报是谁弄的？", "这份报告是哪个部门搞的", "年报是谁做出来的？"):
        assert GLOSSARY.patterns["compiler_ask"].search(q), q
    assert asks_maker("青禾县样例局2023年年报是谁弄的")
    assert not GLOSSARY.patterns["compiler_ask"].search("谁做的决定最多，有几件？")  # (no maker of the report)


def test_the_figures_asked_from_when_to_when_ask_the_period():
    q = "青禾县样例局2023年报里那些数字是从啥时候算到啥时候的？"
    assert asks_period(q) and "统计期限" in _colloquial(q)
    assert not asks_period("青禾县样例局2023年年报是啥时候发布的？")


def test_everyday_words_of_problems_ask_the_problems_as_a_list():
    for q in ("青禾县样例局2023年工作里有啥毛病？", "有啥短板", "有什么缺点"):
        assert WANTS_LIST.search(q) and side_asked(q) == "problems", q
        assert {"问题", "不足"} <= _colloquial(q), q


def test_work_that_went_alright_is_the_work_done_well():
    assert "较好地完成" in _colloquial("那年哪些活干得还行？")
    assert "较好地完成" in _colloquial("哪些工作做得还可以")


def test_a_newspaper_and_the_whole_report_render_as_the_reports_words():
    assert any("日报" in g for g in glossary_groups("which newspaper printed it"))
    assert any("全文" in g for g in glossary_groups("which paper carried the whole thing"))


def test_the_maker_asked_in_everyday_words_is_answered():
    a = answer_from_lines(QINGHE, TEXT, "青禾县样例局2023年那份信息公开年报是谁弄的？")
    assert a.answered and "办公室" in a.text, a.text


def test_the_period_asked_from_when_to_when_is_answered():
    a = answer_from_lines(QINGHE, TEXT, "青禾县样例局2023年报里那些数字是从啥时候算到啥时候的？")
    assert a.answered and "1月1日" in a.text and "12月31日" in a.text, a.text


def test_the_problems_asked_in_everyday_words_are_answered_by_the_section_items():
    a = answer_from_lines(QINGHE, TEXT, "青禾县样例局2023年觉得自己工作里有啥毛病？")
    assert a.answered and "不够全面" in a.text and "有待加强" in a.text, a.text


def test_the_work_that_went_alright_is_answered():
    a = answer_from_lines(QINGHE, TEXT, "青禾县样例局2023年哪些活干得还行？")
    assert a.answered and "门户网站维护" in a.text, a.text


def test_the_paper_that_carried_the_whole_report_is_answered():
    a = answer_from_lines(QINGHE, TEXT, "Qinghe county sample bureau 2023 report: besides the government portal, which paper carried the whole thing?")
    assert a.answered and "青禾日报" in a.text, a.text


def test_who_made_the_report_asks_its_maker_but_not_who_made_the_most():
    rx = GLOSSARY.patterns["compiler_ask"]
    assert rx.search("who made qinghe county's 2023 disclosure report?") and rx.search("which office made it?")
    assert not rx.search("which department made the most requests in the 2023 report?")
    assert not rx.search("who made a complaint?")


def test_people_of_rank_counted_with_ge_ask_no_unit_of_their_own():
    from assistant.shapes import asked_unit
    assert asked_unit("有几个县级领导接待群众？") is None and asked_unit("几个科室人员") is None
    assert asked_unit("有几个栏目？") == "个"  # (things counted with 个 keep it)


def test_the_public_is_searched_as_the_reports_words():
    assert "群众" in GLOSSARY.zh_synonyms["老百姓"]
    assert "申请" in _colloquial("有老百姓来要过政府信息吗") and "申请" not in _colloquial("要加强信息公开")
    assert "申请" not in _colloquial("需要了解政府信息") and "申请" in _colloquial("有人上门索取过信息吗")


COUNTS = ("青禾县样例局2023年政府信息公开工作年度报告\n一、总体情况\n全年通过网站主动公开政府信息共88条。\n"
          "县级领导全年共接待信访群众19名。\n二、依申请公开情况\n2023年度我局没有接到群众要求公开政府信息的申请。\n")


def test_everyday_words_of_the_public_and_people_are_answered():
    a = answer_from_lines(QINGHE, COUNTS, "青禾县样例局2023年有几个县级领导接待上访的老百姓？")
    assert a.answered and "19" in a.text, a.text
    a = answer_from_lines(QINGHE, COUNTS, "青禾县样例局2023年有老百姓来要过政府信息吗？")
    assert a.answered and ("没有" in a.text or "0" in a.text), a.text
