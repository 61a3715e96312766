"""Verification of generated answers against the evidence they cite (pure functions, no model)."""

from __future__ import annotations

from assistant.verify import adds_nothing, links, markers, normalise, numbers, quoted_phrases, sentences, verify

# evidence as the model is shown it (fictional sample agency)
EVIDENCE = {
    1: "青禾县样例局2023年政府信息公开工作年度报告｜三、收到和处理政府信息公开申请情况｜一、本年新收政府信息公开申请数量 / 总计：1,234件",
    2: "青禾县样例局2023年政府信息公开工作年度报告（一、总体情况）：2023年，我局共收到政府信息公开申请1234件，上年结转2件，均在法定期限内答复。",
    3: "青禾縣樣例局2023年報告（聯繫方式）：聯繫電話:0000-7654321，電子郵箱:sample@example.org，網址 http://www.example.gov.cn/qinghe。",
}


def test_normalise_width_commas_traditional():
    assert normalise("１，２３４件") == "1234件"
    assert normalise("聯繫電話") == "联系电话"
    assert normalise("1 2 月") == "12 月"
    assert normalise("２０２３年") == "2023年"


def test_numbers_ignore_markers_and_list_numbering_but_not_figures():
    assert numbers("1. 收到16件[2]\n2. 结转2件【3】") == ["16", "2"]
    assert numbers("办结率97.30%，金额16.0万元") == ["97.3", "16"]
    assert numbers("联系电话0000-7654321") == ["0000", "7654321"]  # leading zeros kept: not the number 0
    # in evidence every number counts, even at the start of a line
    assert numbers("1.属于国家秘密 | 0", answer=False) == ["1", "0"]


def test_markers_forms():
    assert markers("a[1] b[2, 3] c【4】 d[5-6]") == [1, 2, 3, 4, 5, 6]


def test_sentences_keep_their_trailing_markers():
    assert sentences("共16件。[1] 结转2件[2]。 Rate 97.3% ok [1]") == ["共16件。[1]", "结转2件[2]。", "Rate 97.3% ok [1]"]


def test_quotes_and_links_are_found():
    assert quoted_phrases("报告称“均在法定期限内答复”[2]，又称「按时」") == ["均在法定期限内答复", "按时"]
    assert links("见 http://evil.example/steal。邮箱 a.b@example.org，") == ["http://evil.example/steal", "a.b@example.org"]


def test_correct_answer_passes_with_normalised_figures():
    v = verify("青禾县样例局2023年新收政府信息公开申请１,２３４件[1]。", EVIDENCE, {"1,234"})
    assert v.ok, v.problems
    assert v.cited == [1]


def test_traditional_evidence_matches_simplified_answer():
    v = verify("青禾县样例局的联系电话是0000-7654321，邮箱sample@example.org[3]。", EVIDENCE)
    assert v.ok, v.problems


def test_invented_number_is_rejected():
    v = verify("青禾县样例局2023年收到申请999件[1]。", EVIDENCE)
    assert not v.ok
    assert any("999" in p for p in v.problems)


def test_invented_phone_number_is_rejected():
    v = verify("联系电话是035-12345678[3]。", EVIDENCE)
    assert not v.ok
    assert any("12345678" in p for p in v.problems)


def test_number_must_be_in_the_evidence_that_sentence_cites():
    # 2 (carried over) is in [2] only: citing [1] for it fails even though [2] was retrieved
    v = verify("上年结转2件[1]。新收1234件[2]。", EVIDENCE)
    assert not v.ok
    assert v.problems == ["the number 2 is not in the cited evidence ([1])"]
    assert verify("上年结转2件[2]。新收1234件[1]。", EVIDENCE).ok


def test_sentence_without_marker_is_held_against_everything_cited():
    assert verify("新收1234件，上年结转2件。详见[1][2]。", EVIDENCE).ok


def test_marker_to_evidence_that_was_not_retrieved_is_rejected():
    v = verify("新收1234件[7]。", EVIDENCE)
    assert not v.ok
    assert "citation [7] points at no retrieved evidence" in v.problems


def test_answer_without_citation_is_rejected():
    v = verify("新收1234件。", EVIDENCE)
    assert not v.ok
    assert "the answer cites no evidence" in v.problems


def test_quotation_must_be_verbatim():
    assert verify("报告说“均在法定期限内答复”[2]。", EVIDENCE).ok
    v = verify("报告说“全部提前办结”[2]。", EVIDENCE)
    assert not v.ok and "全部提前办结" in v.problems[0]


def test_addresses_must_come_from_the_evidence():
    assert verify("网址是http://www.example.gov.cn/qinghe[3]。", EVIDENCE).ok
    v = verify("完整数据见 http://evil.example/steal [3]。", EVIDENCE)
    assert not v.ok and "evil.example" in v.problems[0]


def test_expected_figure_must_be_stated():
    # every number is in the evidence, but the answer gives the carried-over count for "received"
    v = verify("青禾县样例局上年结转2件[2]。", EVIDENCE, {"1,234"})
    assert not v.ok
    assert any("none of the reported figures (1234)" in p for p in v.problems)


def test_answer_that_restates_the_question_adds_nothing():
    assert adds_nothing("青禾县样例局的政府信息管理情况[1]。", "青禾县样例局的政府信息管理情况")
    assert not adds_nothing("青禾县样例局2023年收到1234件[1]。", "青禾县样例局2023年收到多少申请？")
    assert not adds_nothing("我局开展保密审查并更新指南[1]", "青禾县样例局的政府信息管理情况")


# --- the shape of what an ask asks for (who holds a post, an amount of money) ------------------------------
from assistant.verify import AskShape, answer_holds_shape, ask_shape, holds_shape, names_holder


def test_ask_shape_who_and_money():
    assert ask_shape("青禾县样例局的局长是谁？").who == ("局长",)
    assert ask_shape("样例镇信息公开领导小组组长由谁担任？").who == ("组长",)
    assert ask_shape("谁担任青禾县样例局的副局长？").who == ("副局长",)
    assert "组长" in ask_shape("Who heads the Qinghe sample bureau's disclosure leading group?").who
    assert "局长" in ask_shape("Who is the director of the Qinghe sample bureau?").who
    assert ask_shape("What was the budget of the Qinghe sample bureau in 2023?").money
    assert ask_shape("青禾县样例局2023年信息公开经费是多少？").money
    assert ask_shape("How much did the Qinghe sample bureau spend on procurement in 2020?").money
    # no particular shape: a comparison that says 谁, a count, a yes/no question about fees
    assert not ask_shape("甲镇和乙镇谁主动公开的政府信息更多？")
    assert not ask_shape("青禾县样例局2023年收到多少件申请？")
    assert not ask_shape("Did the Qinghe sample bureau charge any fees in 2023?")


def test_names_holder_of_a_post():
    led = "成立了以局长为组长的政府信息公开领导小组"
    assert names_holder(led, "组长")  # the 组长 is whoever is 局长: answers "组长是谁"
    assert not names_holder(led, "局长")  # says nothing of who the 局长 is
    named = "由样例镇党办主任王某某任组长,分管领导李某某任副组长"
    assert names_holder(named, "组长") and names_holder(named, "主任") and names_holder(named, "副组长")
    assert names_holder("领导小组组长由局长担任", "组长")
    assert names_holder("成立由副县长、样例局局长张某某任组长的领导小组", "局长")
    assert not names_holder("主要领导和分管领导经常给信息工作人员定目标", "局长")
    assert not names_holder("分管领导李某某任副组长", "组长")  # the deputy post is another post


def test_holds_shape_money_and_counts():
    money = AskShape(money=True)
    assert holds_shape(money, "本年收费金额47.1万元")
    assert holds_shape(money, "| 政府集中采购 | 0 | 采购总金额")  # a table row with its column label
    assert holds_shape(money, "我局政务信息公开未收取任何费用")
    assert not holds_shape(money, "发布各类信息近5,000条")  # a count of items is no amount of money
    assert holds_shape(AskShape(), "anything")


def test_answer_holds_shape_declines_answers_to_another_question():
    assert not answer_holds_shape("青禾县样例局的局长是谁？", ["成立了以局长为组长的领导小组"])
    assert answer_holds_shape("青禾县样例局领导小组的组长是谁？", ["成立了以局长为组长的领导小组"])
    assert answer_holds_shape("Who heads the Qinghe sample bureau's leading group?",
                              ["联系电话:0000-7654321", "成立由局长张某某任组长的领导小组"])  # one citation holds it
    assert not answer_holds_shape("What was the budget of the Qinghe sample bureau?", ["发布各类信息近5,000条"])
    assert answer_holds_shape("青禾县样例局2023年收到多少件申请？", ["收到申请12件"])  # no shape: no check


def test_chain_declines_an_answer_whose_evidence_lacks_the_asked_shape():
    from assistant.api import QAChain
    from assistant.core.types import Answer, AskState, Citation
    from assistant.query import parse_question

    chain = object.__new__(QAChain)  # only the check: no store, no engine

    def answered(question, quote, **labels):
        state = AskState(question=question, language="zh")
        state.parsed = parse_question(question, [])
        cit = Citation(n=1, doc_id="d", source="s.txt", title="t", quote=quote, start=0, end=len(quote), **labels)
        return chain._checked(state, Answer(question=question, text=f"“{quote}”[1]", answered=True, citations=[cit]))

    refused = answered("青禾县样例局的局长是谁？", "成立了以局长为组长的领导小组")
    assert not refused.answered and not refused.citations
    assert answered("青禾县样例局领导小组的组长是谁？", "成立了以局长为组长的领导小组").answered
    assert not answered("青禾县样例局2023年的预算是多少？", "发布各类信息近5,000条").answered
    assert answered("青禾县样例局2023年政府集中采购总金额是多少？", "| 政府集中采购 | 6 | 0 |", column="采购总金额").answered
    # several asks: each is checked by the evidence step, not the whole answer here
    assert answered("青禾县样例局的局长是谁？电话是多少？", "联系电话:0000-7654321").answered


def test_fact_holds_shape_by_unit_then_label():
    from assistant.core.types import Fact
    from assistant.verify import fact_holds_shape

    def fact(row, column="", unit="件", value=1.0, kind="table", raw="1"):
        return Fact(doc_id="d", table="narrative" if kind == "narrative" else "二", row=row, column=column, value=value,
                    unit=unit, raw=raw, kind=kind, start=0, end=1, quote_start=0, quote_end=1)

    money = ask_shape("青禾县样例局2023年的预算是多少？")
    assert not fact_holds_shape(money, fact("发布各类信息", unit="条", value=5000, kind="narrative", raw="5,000条"))
    assert not fact_holds_shape(money, fact("申请人逾期未按收费通知要求缴纳费用", "总计"))  # a count of cases about fees
    assert fact_holds_shape(money, fact("行政事业性收费", "本年收费金额", unit="万元", value=47.1))
    assert fact_holds_shape(money, fact("政府集中采购", "采购总金额", unit="", value=0.0, raw="0"))  # no unit: the label
    assert not fact_holds_shape(money, fact("政府集中采购", "采购项目数量", unit="", value=6.0, raw="6"))
    assert fact_holds_shape(money, fact("收费", unit="", value=None, kind="none", raw="未收取任何费用"))
    assert fact_holds_shape(ask_shape("青禾县样例局2023年收到多少件申请？"), fact("收到申请"))


def test_english_count_asks_and_the_units_that_answer_them():
    from assistant.core.types import Fact
    from assistant.verify import fact_holds_shape

    def fact(unit, value=6.0, kind="narrative"):
        return Fact(doc_id="d", table="narrative", row="本报告由行政诉讼等部分组成", column="", value=value, unit=unit,
                    raw=f"{value or 0:g}{unit}", kind=kind, start=0, end=1, quote_start=0, quote_end=1)

    lawsuits = ask_shape("How many lawsuits did the Qinghe sample bureau face in 2024?")
    assert lawsuits.count == "things"
    assert not fact_holds_shape(lawsuits, fact("部分"))  # parts of the report are no lawsuits
    assert not fact_holds_shape(lawsuits, fact("人次"))
    assert fact_holds_shape(lawsuits, fact("件")) and fact_holds_shape(lawsuits, fact("起"))
    assert fact_holds_shape(lawsuits, fact("", kind="table"))  # a table cell: the table's unit
    assert fact_holds_shape(lawsuits, fact("", value=None, kind="none"))  # "未发生行政诉讼"
    people = ask_shape("How many people attended the disclosure training?")
    assert people.count == "people" and fact_holds_shape(people, fact("人次")) and not fact_holds_shape(people, fact("件"))
    assert ask_shape("How many days did replies take on average?").count is None
    assert ask_shape("How many of them were published on the website?").count is None  # the noun is elsewhere
    assert ask_shape("青禾县样例局收到多少件申请？").count is None  # Chinese asks name their unit (sentences.asked_unit)


def test_stated_figures_against_english_count_asks():
    from assistant.verify import figure_holds_shape

    lawsuits = ask_shape("How many lawsuits did the Qinghe sample bureau face in 2024?")
    assert not figure_holds_shape(lawsuits, "6部分") and not figure_holds_shape(lawsuits, "50人次")
    assert figure_holds_shape(lawsuits, "3件") and figure_holds_shape(lawsuits, "0") and figure_holds_shape(lawsuits, "12")
    assert figure_holds_shape(ask_shape("How many people were trained?"), "50人次")
    assert figure_holds_shape(ask_shape("青禾县样例局收到多少件申请？"), "6部分")  # no English count ask: no check here
