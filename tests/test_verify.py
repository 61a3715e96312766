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
