"""Answered on time: a report that says every application was answered within the legal time limit ("均在法定期限内
答复", "全部按时答复") states that none was answered late (a statement of none, 逾期答复 = 0; prose.toml none_words).
An ask of late answers, or whether all were on time, is answered by it — never by a count of applications — and an
ask whether all were on time is not answered "No" (it asks whether the absence of lateness holds): it is answered
"Yes" / "是", as "是否免费" is by a statement that no fee was charged.
Fictional text only (青禾县样例局)."""

from __future__ import annotations

from assistant.core.types import Report
from assistant.counted_things import misses_counted_thing
from assistant.none_statements import answers_no, answers_yes
from ingest.prose import extract_nones


def _nones(text: str) -> list[tuple[str, str]]:
    return [(f.row, f.raw) for f in extract_nones(text)]


def test_a_statement_that_all_were_answered_in_time_states_none_late():
    text = "一、总体情况\n全年共收到政府信息公开申请9件，较上年减少2件，均在法定期限内答复。\n"
    assert ("逾期答复", "法定期限内答复") in _nones(text)
    assert any(row == "逾期答复" for row, _raw in _nones("二、依申请公开\n所有申请全部按时答复，群众满意。\n"))


def test_a_clause_stating_a_number_late_is_no_statement_of_none():
    # "除2件外均在法定期限内答复": two were not, the clause states a number
    assert not any(row == "逾期答复" for row, _raw in _nones("一、总体情况\n除2件外均在法定期限内答复。\n"))


def test_on_time_and_late_asks_are_answered_only_by_words_of_time_limits():
    for ask in ("申请都按时答复了吗", "是否都在法定期限内答复", "逾期答复了几件", "did they answer every request on time"):
        assert misses_counted_thing(ask.lower(), "本年新收政府信息公开申请数量 总计"), ask
        assert not misses_counted_thing(ask.lower(), "逾期答复 均在法定期限内答复"), ask


def test_whether_all_were_on_time_is_not_answered_no():
    assert not answers_no("申请都按时答复了吗")
    assert not answers_no("did they answer every request on time")
    assert answers_no("有没有逾期答复的申请")
    assert answers_no("did they answer any requests late")


def test_whether_the_absence_holds_in_its_own_positive_words_is_answered_yes():
    for ask in ("申请都按时答复了吗", "是否免费", "were all requests answered on time?", "was it free of charge?",
                "是否都在法定期限内答复"):
        assert answers_yes(ask.lower()), ask
    for ask in ("有没有逾期答复的申请", "did they answer any requests late",  # plain "No" asks
                "was any request not answered on time?", "有没有没按时答复的",  # a second negation: no lead
                "按时答复了几件", "how many were answered on time"):  # a figure asked
        assert not answers_yes(ask.lower()), ask


def test_the_answer_whether_all_were_on_time_says_yes_first():
    from tests.fake_index import answer_from_lines

    report = Report(doc_id="o" * 16, sources=["qinghe_yangliju_2024.txt"], agency="青禾县样例局", region="青禾县",
                    year=2024, aliases=["qinghe"])
    text = ("青禾县样例局2024年政府信息公开工作年度报告\n一、总体情况\n"
            "全年共收到政府信息公开申请9件，较上年减少2件，均在法定期限内答复。\n")
    a = answer_from_lines(report, text, "青禾县样例局2024年的申请都按时答复了吗？")
    assert a.answered and a.text.startswith("是。"), a.text
    a = answer_from_lines(report, text, "青禾县样例局2024年有没有逾期答复的申请？")
    assert a.answered and a.text.startswith("没有。"), a.text
