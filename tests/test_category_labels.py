"""A comparison of a named category on each side whose label each side writes differently (fictional reports): a
bracketed reading (政务(工作)动态类信息 asked as 政务动态, or the other way), a longer label (部门工作动态信息 asked as
工作动态), an English everyday name ("work-news type posts" = 工作动态), a traditional mirror with pinyin glued in
(read simplified by the ingest), and a side that lists its kinds with no total before them: each side's category
figure, the larger side and the difference (assistant/named_categories.py)."""

from __future__ import annotations

import re

from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.named_categories import category_core, category_match, named_categories, readings
from assistant.query import parse_question
from tests.fake_index import facts_of, line_passages, two_report_index
from tests.fixtures.unnamed_unit import SELF


def test_a_bracketed_reading_is_read_either_way():
    assert readings("政务(工作)动态") == ["政务(工作)动态", "政务动态", "工作动态"]
    assert readings("通知公告") == ["通知公告"]


def test_a_label_is_named_as_written_by_a_bracket_reading_or_by_its_ending():
    assert category_match("政务动态", "发的政务动态，和") == (4, 2)
    assert category_match("政务(工作)动态", "发的政务动态，各多少条") == (4, 1)
    assert category_match("政务(工作)动态", "发的工作动态，各多少条") == (4, 1)
    assert category_match("政务动态", "发的政务(工作)动态类信息") == (4, 2)  # (the question writes the bracket)
    assert category_match("部门工作动态", "工作动态 发布 公开") == (4, 0)  # (a longer label ending in the words)
    # (a label the words do not name, or name by two characters only)
    assert category_match("机构职能", "发的政务动态") is None
    assert category_match("本单位工作动态发布", "发的政务动态") is None
    assert category_match("部门新闻动态", "动态") is None


# --- each side's category, no metric named --------------------------------------------------------------------

LISTED = ("2021年,本单位发布工作信息21条,通知公告6条,人事信息2条,政务动态31条,党建专栏4条。\n"
          "青苗镇全年主动公开政府信息90条,其中:机构概况类信息3条;政务(工作)动态类信息52条;其他信息35条。\n")
TOWN = Report(doc_id="t" * 16, sources=["qingmiao_zhen_2021.txt"], agency="青苗镇人民政府", region="青苗镇", year=2021,
              aliases=["qingmiao", "qingmiao town"])


def _answer(a: Report, b: Report, text: str, question: str):
    index = two_report_index(a, b, text)
    passages = line_passages(a, text)[:1] + line_passages(b, text)[1:]
    return ExtractiveEngine(index, 0.34).answer(parse_question(question, [a, b]), passages)


def test_each_side_s_category_is_compared_when_one_side_writes_a_bracketed_reading():
    a = _answer(SELF, TOWN, LISTED, "2021年那个只称“本单位”的部门发的政务动态，和青苗镇发的政务（工作）动态类信息，各多少条？哪个多，差几条？")
    assert a.answered, a.text
    assert "31" in a.text and "52" in a.text, a.text
    assert re.search(r"52\[\d\] − 31\[\d\] = 21条$", a.text.splitlines()[-1]), a.text
    assert "青苗镇人民政府2021年的政务(工作)动态类信息更多" in a.text, a.text  # (the larger side's own label)
    assert "21条[" not in a.text and "90" not in a.text, a.text  # (not 工作信息21条, not the town's total)


def test_a_side_naming_a_category_its_report_does_not_list_leaves_the_comparison_unmade():
    a = _answer(SELF, TOWN, LISTED, "2021年那个只称“本单位”的部门发的财政预算，和青苗镇发的政务（工作）动态类信息，各多少条？哪个多？")
    assert not a.answered or "31" not in a.text, a.text


# --- a longer label, asked in English by its everyday name ---------------------------------------------------

LONGER = ("青禾镇2021年通过网站主动公开政府信息共70条,其中包括政策解读3条,机构职能15条,工作动态40条,通知公告12条。\n"
          "青苗乡2024年累计公开信息80条。其中,信息公开年报1条,占比1.3%;部门工作动态信息47条,占比58.8%;财政信息9条。\n")
HE = Report(doc_id="h" * 16, sources=["qinghe_zhen_2021.txt"], agency="青禾镇人民政府", region="青禾镇", year=2021,
            aliases=["qinghe", "qinghe town"])
MIAO = Report(doc_id="m" * 16, sources=["qingmiao_xiang_2024.txt"], agency="青苗乡人民政府", region="青苗乡", year=2024,
              aliases=["qingmiao", "qingmiao township"])


def test_an_english_everyday_name_of_a_category_finds_a_longer_label_ending_in_it():
    a = _answer(HE, MIAO, LONGER, "Work-news type posts: Qinghe town put up how many in 2021, and Qingmiao township how many "
                                  "in 2024? Which one had more and by how much?")
    assert a.answered, a.text
    assert "40" in a.text and "47" in a.text, a.text
    assert re.search(r"47\[\d\] − 40\[\d\] = 7 items$", a.text.splitlines()[-1]), a.text


def test_each_side_s_category_of_an_english_name_is_read_from_its_list():
    question = "Work-news type posts: Qinghe town put up how many in 2021, and Qingmiao township how many in 2024?"
    engine = ExtractiveEngine(two_report_index(HE, MIAO, LONGER), 0.34)
    figs = named_categories(engine.gatherer, parse_question(question, [HE, MIAO]), [HE, MIAO])
    assert figs is not None and [(f.report.doc_id, f.value, f.facts[0].row) for f in figs] == [
        (HE.doc_id, 40, "工作动态"), (MIAO.doc_id, 47, "部门工作动态信息")]
    # (a name the glossary gives no Chinese term of: no side's category)
    assert named_categories(engine.gatherer, parse_question("Frobnicated posts: Qinghe town in 2021 and Qingmiao township in 2024?",
                                                            [HE, MIAO]), [HE, MIAO]) is None


def test_each_english_side_takes_the_category_its_own_words_name():
    question = "Which was more: Qinghe town's notices in 2021 or Qingmiao township's work news in 2024?"
    engine = ExtractiveEngine(two_report_index(HE, MIAO, LONGER), 0.34)
    figs = named_categories(engine.gatherer, parse_question(question, [HE, MIAO]), [HE, MIAO])
    assert figs is not None and [(f.value, f.facts[0].row) for f in figs] == [(12, "通知公告"), (47, "部门工作动态信息")]


def test_a_chinese_side_names_the_shorter_label_of_a_longer_one():
    a = _answer(HE, MIAO, LONGER, "青禾镇2021年的工作动态和青苗乡2024年的工作动态各多少条？哪个多，多几条？")
    assert a.answered, a.text
    assert re.search(r"47\[\d\] − 40\[\d\] = 7条$", a.text.splitlines()[-1]), a.text


# --- a traditional mirror with pinyin glued in --------------------------------------------------------------

def test_a_traditional_mirror_s_category_label_reads_as_the_question_writes_it():
    mirror = "一、總體情況\n2021年,本單位發(fā)布工作信息21條,政務(wù)動(dòng)態(tài)31條,黨建專欄4條。\n"
    facts = [f for f in facts_of(SELF, mirror) if f.value == 31]
    assert facts and category_core(facts[0]) == "政务动态"
    assert category_match(category_core(facts[0]), "发的政务动态，和") == (4, 2)
