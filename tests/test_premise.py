"""A question's premise (assistant/premise.py): a figure of the report restated as the whole a part is asked of
("of the 5 applications it received, how many …", "不予公开的10条信息里，…有几条").  The premise is context, not
an ask: when nothing states the part, the answer says so (answered False) and may give the premise's figure; when a
fact states the part, it answers.  One fictional pre-2019 report (青禾县样例局), several phrasings."""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.premise import asked_part, part_words, premise_only, premise_values
from tests.fake_index import answer_from_lines

DOC = "p" * 16
ORIGINAL = (
    "青禾县样例局2013年政府信息公开工作年度报告\n"
    "一、主动公开情况\n"
    "2013年我局累计公开信息80条,其中部门工作动态信息54条,领导信息11条。\n"
    "二、依申请公开情况\n"
    "我局接收网络方式提交的政府信息公开申请5件,未收取任何费用。\n"
    "三、不予公开情况\n"
    "不予公开信息有10条,主要是关于本系统内部管理以及人事安排的信息。\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_2013.txt"], agency="青禾县样例局", region="青禾县", year=2013,
                aliases=["qinghe"])


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question, idf=False)


@pytest.mark.parametrize("text, values", [
    ("of the 5 applications it received, how many were disclosed", [5.0]),
    ("among the 12 reconsideration cases, how many were upheld?", [12.0]),
    ("how many out of 30 requests were refused", [30.0]),
    ("不予公开的10条信息里，涉及人事安排的有几条", [10.0]),
    ("那12起复议案件当中维持的有多少起", [12.0]),
    ("这5件申请中有几件予以公开", [5.0]),
    ("how many applications in 2023", []),
    ("of the 2023 applications, how many were disclosed", []),  # a year, not a figure
    ("2023年收到的申请中法人提出了多少件", []),  # no figure restated
    ("青禾县样例局公开的80条信息，部门动态和领导信息各多少条", [80.0]),  # a whole split into parts, each counted
    ("青禾县样例局收到申请5件，办结多少件", []),  # (a figure after its noun, no parts asked)
    ("青禾县样例局公开的10条不予公开信息，其中人事安排占几条", [10.0]),  # one part taken of the whole after 其中
    ("青禾县样例局收到申请5件，其中办结多少件", []),  # (其中 after a figure that ends its noun: no premise)
])
def test_the_premise_figure_is_recognised(text, values):
    assert premise_values(text) == values


def test_a_piece_that_only_states_the_premise_is_no_ask():
    assert premise_only("qinghe 2013: of the 5 applications it received")
    assert not premise_only("how many were disclosed")
    assert not premise_only("青禾县2016年那3957条信息里，市政府网站")  # a list's first item follows the premise
    # the question's first piece, split off at its comma: the demonstrative's figure ends it
    assert premise_only("青禾县样例局2023年不予公开的那6件申请")
    assert not premise_only("青禾县样例局2023年不予公开的有几件")
    # the piece before "，其中…占几条", split off at its comma: it ends in the question's premise phrase
    assert premise_only("青禾县样例局2013年公开的10条不予公开信息", "10条不予公开信息")
    assert not premise_only("青禾县样例局2013年公开的10条不予公开信息有几条", "10条不予公开信息")


@pytest.mark.parametrize("text, part", [("不予公开的10条信息里，涉及人事安排的有几条", "人事安排"),
                                        ("how many of the 30 applications were disclosed", "disclosed"),
                                        ("那12起复议案件里维持原决定的有多少起", "维持原决定")])
def test_the_part_asked_is_what_follows_the_premise(text, part):
    assert asked_part(text) == part


def test_an_ask_split_off_the_question_takes_its_part_after_the_questions_premise():
    assert asked_part("青禾县样例局公开的80条信息，部门动态多少条", "80条信息") == "部门动态"


def test_the_premises_own_words_do_not_name_the_part():
    words = part_words("applications disclosed", "30 applications")
    assert "予以公开" in words and "申请" not in words


@pytest.mark.parametrize("question", [
    "青禾县样例局2013年不予公开的10条信息里，涉及人事安排的有几条？",
    "青禾县样例局2013年那10条不予公开的信息中人事安排方面的有多少条",
    "Qinghe 2013: among the 10 items withheld, how many concerned staffing arrangements?",
    "Qinghe 2013: of the 5 applications it received, how many were actually disclosed?",
    "In Qinghe's 2013 report, how many of the 5 applications were disclosed?",
    "青禾县样例局2013年不予公开的10条信息，人事安排的和内部管理的各多少条？",
    "青禾县样例局2013年公开的10条不予公开信息，其中人事安排占几条？",  # one part after 其中
    # (an ask split off after the premise: "information" names the whole, not the part)
    "Qinghe 2013 — of the 80 information items it published, how many were video information items?",
])
def test_a_part_of_a_restated_figure_that_no_fact_states_is_not_answered(question):
    a = _ask(question)
    assert not a.answered, a.text


def test_the_premise_figure_is_only_context():
    a = _ask("青禾县样例局2013年不予公开的10条信息里，涉及人事安排的有几条？")
    assert not a.answered  # the figure may be given as context (cited), never as the answer
    assert all("10条" in c.quote for c in a.citations)


# a second fictional report (白云镇样例镇政府): a part's figure tagged in prose beside the whole
DOC2 = "q" * 16
ORIGINAL2 = ("白云镇样例镇政府2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开政府信息情况\n"
             "2024年,我镇累计公开信息60条,其中工作动态信息41条,财政信息9条,占15%。\n"
             "二、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n")
REPORT2 = Report(doc_id=DOC2, sources=["baiyun_2024.txt"], agency="白云县白云镇样例镇政府", region="白云镇", year=2024,
                 aliases=["baiyun"])


def _ask2(question: str):
    return answer_from_lines(REPORT2, ORIGINAL2, question, idf=False)


def test_the_unstated_parts_of_one_whole_are_named_together_before_the_whole():
    a = _ask2("白云镇2024年公开的9条财政信息，预算和决算各占几条？")
    assert not a.answered, a.text
    # (the restated 9 is the premise: the breakdown of it is what is missing, named once; the 9 cited as context)
    assert "预算、决算各占多少" in a.text and a.text.count("9条") == 2 and "只写了总数" not in a.text and "60" not in a.text, a.text


def test_one_part_taken_after_qizhong_of_a_restated_whole_is_not_answered_by_the_whole():
    a = _ask2("白云镇2024年公开的9条财政信息，其中决算占几条？")
    assert not a.answered, a.text
    assert "决算" in a.text and "9条" in a.text, a.text  # the whole, as context
    a = _ask2("白云镇2024年公开的60条信息，其中工作动态信息几条？")  # a part the report states still answers
    assert a.answered and "41" in a.text and "没有写明" not in a.text, a.text


@pytest.mark.parametrize("question, figure", [
    ("青禾县样例局2013年那80条信息里，部门工作动态信息有几条？", "54"),
    ("Qinghe 2013: of the 80 items it published, how many were work updates?", "54"),
    ("青禾县样例局2013年公开的80条信息中领导信息有多少条", "11"),
])
def test_a_part_the_report_states_still_answers(question, figure):
    a = _ask(question)
    assert a.answered and figure in a.text, a.text


# --- a whole counted over several channels at once (fictional 云栖市样例委 text) ------------------------------

def test_words_in_brackets_ask_nothing():
    """"(the copy where …)" describes the report: the piece still only states the premise."""
    assert premise_only("the yunqi sample commission 2021 report (the copy where the title was cut) - of the 300 items it disclosed")


def test_the_alternative_set_against_the_part_names_no_part():
    assert asked_part("how many went out through the city website rather than its own portal") == "went out through city website"
    assert asked_part("那300条里通过市政府网站发的有几条，而不是门户网站") == "通过市政府网站发"


def test_a_part_listed_with_others_before_one_figure_is_not_stated_on_its_own():
    from assistant.premise import states_part_alone

    lumped = "通过市政府网站、委门户网站专栏、主动公开信息300条"
    assert not states_part_alone(("市政府网站",), lumped)  # both sites counted together
    assert states_part_alone(("门户网站",), "通过委门户网站主动公开信息300条")  # the one channel: the whole went out there
    assert states_part_alone(("自然人",), "其中自然人申请5件、法人申请3件")  # each thing with its own figure
    assert not states_part_alone(("微博",), lumped)  # (not named at all)


@pytest.mark.parametrize("text, values, only", [
    ("青禾镇2022年主动公开的120条信息，其中通过微信公众号发的有多少条？", [120.0], False),
    ("青禾镇2022年主动公开的120条信息", [120.0], True),  # the piece split off at 其中
    # (without 的 the count is stated, not named by what was done; it is still the whole the part after 其中 is asked of)
    ("青禾镇2022年主动公开120条信息，其中微信多少条", [120.0], False),
    ("青禾镇2022年主动公开120条信息，微信多少条", [], False),
    ("青禾镇收到的5件申请是哪天办结的？", [], False),
])
def test_a_counted_thing_named_by_what_was_done_to_it_before_qizhong_is_the_premise(text, values, only):
    assert premise_values(text) == values, text
    assert premise_only(text) is only, text


def test_an_ask_counting_in_the_premises_unit_asks_a_part_of_it_another_count_does_not():
    from assistant.premise import counts_in_premise_unit

    assert counts_in_premise_unit("白云镇2024年公开的9条财政信息，预算占几条", "9条财政信息")
    assert counts_in_premise_unit("新闻发布会占几次", "300次交流")
    assert not counts_in_premise_unit("街道在几个工作日内答复的", "2件申请")  # days, not a part of the 2
    assert not counts_in_premise_unit("在几个工作日内答复", "3个申请")


@pytest.mark.parametrize("text, values, part", [
    ("参加培训的80多名干部中，考核合格的有多少人", [80.0], "考核合格"),  # a figure restated roughly (多/余)
    ("公开的300余条信息里，涉及人事安排的有几条", [300.0], "人事安排"),
    ("how many of the 54 work-update items concerned township affairs?", [54.0], "concerned township affairs"),
    ("how many of the 10 withheld items involved staff matters?", [10.0], "involved staff matters"),
])
def test_a_roughly_restated_whole_and_an_english_part_after_its_verb_are_the_premise_and_the_part(text, values, part):
    assert premise_values(text) == values
    assert asked_part(text) == part


def test_a_part_of_a_roughly_restated_whole_is_not_answered_by_the_whole():
    a = _ask("青禾县样例局2013年公开的80多条信息中，涉及招商引资的有几条？")
    assert not a.answered


def test_a_relative_where_inside_the_restated_whole_asks_nothing():
    from assistant.premise import premise_only, split_premise

    question = "qinghe sample bureau 2023: of the 26 requests where information could not be provided, how many were repeat requests?"
    piece = "qinghe sample bureau 2023: of the 26 requests where information could not be provided"
    assert premise_only(piece, split_premise(question)[0])
    assert not premise_only("where did the qinghe sample bureau publish its 26 items", "")
