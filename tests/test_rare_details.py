"""Details reports almost never state (the precision probe's `rare` questions, bench/probe.toml): a rate, an average,
satisfaction, complaints, late answers, reading-room visitors, an assessment score, documents revoked.  Such an ask
is answered only by a figure whose own words name the thing (core/data/not_stated.toml [[counted]],
assistant/counted_things.py), never by the count of applications, a column of documents made, or the legal time
limit beside it; a report that does state the detail still answers it.
Fictional reports only (青禾县/Qinghe), several phrasings in both languages, each beside its answerable twin."""

from __future__ import annotations

import pytest

from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.counted_things import counted_asked, misses_counted_thing
from tests.fake_index import answer_from_lines

BUREAU = Report(doc_id="q" * 16, sources=["qinghe_yangli_ju_2022.txt"], agency="青禾县样例局", region="青禾县",
                year=2022, aliases=["qinghe", "yangli"])
PLAIN = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年,我局主动公开政府信息320条,本年制发规范性文件3件。\n"
    "二、依申请公开情况\n"
    "本年度共收到政府信息公开申请25件,其中当面申请5件,网上申请20件,均于15个工作日内答复。\n"
    "三、其他需要报告的事项\n"
    "本年度未收取信息处理费。\n"
)
# the twin: the same report stating each detail
STATED = PLAIN.replace("三、其他需要报告的事项\n", (
    "同意公开率为72%,平均答复用时8个工作日,群众满意度为98%。\n"
    "全年收到关于政府信息公开的投诉4件,逾期答复1件。\n"
    "政府信息查阅点接待群众86人次。在全县政务公开考核中得分95分。废止规范性文件2件。\n"
    "三、其他需要报告的事项\n"))

ASKS = [  # (question, the figure the twin states)
    ("青禾县样例局2022年依申请公开的同意公开率是多少？", "72"),
    ("青禾县样例局2022年答复申请平均用时多少天？", "8"),
    ("On average, how many days did the Qinghe Yangli bureau take to answer a request in 2022?", "8"),
    ("青禾县样例局2022年群众对信息公开的满意度是多少？", "98"),
    ("Qinghe Yangli bureau 2022 — what was the public's satisfaction rate?", "98"),
    ("青禾县样例局2022年收到关于政府信息公开的投诉多少件？", "4"),
    ("How many complaints about disclosure did the Qinghe Yangli bureau get in 2022?", "4"),
    ("青禾县样例局2022年逾期答复的申请有多少件？", "1"),
    ("Qinghe Yangli bureau, 2022: how many requests were answered late?", "1"),
    ("青禾县样例局2022年政府信息查阅点接待群众多少人次？", "86"),
    ("How many visitors did the Qinghe Yangli bureau's reading room receive in 2022?", "86"),
    ("青禾县样例局2022年政务公开考核得分多少？", "95"),
    ("Qinghe Yangli bureau 2022: what score did its disclosure work get in the assessment?", "95"),
    ("青禾县样例局2022年废止规范性文件多少件？", "2"),
    ("How many normative documents did the Qinghe Yangli bureau revoke in 2022?", "2"),
]


# (an English ask of a rate reaches "同意公开率" only by meaning, which the lexical test index lacks: refusal side only)
@pytest.mark.parametrize("question, figure", [*ASKS, ("Qinghe Yangli bureau 2022: what percentage of requests were approved?", "72")])
def test_a_rare_detail_the_report_does_not_state_is_not_answered(question, figure):
    a = answer_from_lines(BUREAU, PLAIN, question)
    assert not a.answered, (question, a.text)
    assert "25" not in a.text and "15" not in a.text and "3件" not in a.text, a.text


@pytest.mark.parametrize("question, figure", ASKS)
def test_a_rare_detail_the_report_states_is_answered(question, figure):
    a = answer_from_lines(BUREAU, STATED, question)
    assert a.answered and figure in a.text, (question, a.text)


@pytest.mark.parametrize("question, figure", [
    ("青禾县样例局2022年共收到政府信息公开申请多少件？", "25"),
    ("How many disclosure requests did the Qinghe Yangli bureau receive in 2022?", "25"),
    ("青禾县样例局2022年制发规范性文件多少件？", "3"),
    ("青禾县样例局2022年当面申请多少件？", "5"),
])
def test_the_twins_of_the_rare_asks_are_answered(question, figure):
    a = answer_from_lines(BUREAU, PLAIN, question)
    assert a.answered and figure in a.text, (question, a.text)


@pytest.mark.parametrize("ask, thing", [
    ("公开率是多少", "share"), ("what share of requests were granted", "share"), ("占比多少", "share"),
    ("平均多少天办结", "average"), ("how long on average did replies take", "average"),
    ("群众满意度", "satisfaction"), ("投诉举报多少件", "complaints"), ("how many complaints came in", "complaints"),
    ("超过法定期限答复的有几件", "late"), ("how many replies were overdue", "late"),
    ("查阅点接待多少人次", "reading room"), ("reading room visitors", "reading room"),
    ("考核排名第几", "rank"), ("what was its ranking", "rank"), ("考核得分多少", "score"), ("打了多少分", "score"),
    ("宣布失效的文件有几件", "revoked"), ("how many rules were repealed", "revoked"),
])
def test_the_rare_thing_an_ask_counts(ask, thing):
    assert thing in [c.name for c in counted_asked(normalise_query(ask))]


@pytest.mark.parametrize("ask", ["收到多少件申请", "比上年增长了百分之几", "how much did requests increase, in percent",
                                 "how many applications were withdrawn", "信访局接待来访多少人次",
                                 "how many items did they publish", "因对答复不满意申请行政复议多少件",
                                 "what was the latest report"])
def test_asks_of_common_things_count_no_rare_thing(ask):
    assert counted_asked(normalise_query(ask)) == []


def test_a_figure_must_name_the_rare_thing():
    assert misses_counted_thing("同意公开率是多少", "本年度共收到政府信息公开申请25件")
    assert not misses_counted_thing("同意公开率是多少", "同意公开率为72%")
    assert not misses_counted_thing("what percentage were approved", "approved 72 %")
    assert misses_counted_thing("how many requests were answered late", "均于15个工作日内答复")
    assert not misses_counted_thing("逾期答复多少件", "无逾期答复情况")
    assert misses_counted_thing("废止规范性文件多少件", "规范性文件 本年制发件数")
    assert not misses_counted_thing("废止规范性文件多少件", "规范性文件 本年废止件数")
    # "组成" is no 成 (a share in tenths): the report's outline is no rate
    assert misses_counted_thing("what percentage of requests were approved", "本报告由概述、主动公开情况等六个部分组成")


def test_the_probe_counts_rare_questions_apart():
    from bench.probe import questions, tally

    templates = {"zh": "{agency}{year}年{ask}", "en": "{agency}, {year}: {ask}",
                 "questions": [{"zh": "收到申请多少件？", "en": "how many applications?", "terms": ["申请"]},
                               {"zh": "公众号有多少粉丝？", "en": "how many followers?", "terms": ["粉丝"], "rare": True}]}
    qs = questions("青禾县样例局", "2022", templates)
    assert [q.rare for q in qs] == [False, False, True, True]
    assert [q.text for q in questions("青禾县样例局", "2022", templates, rare_only=True)] == [
        "青禾县样例局2022年公众号有多少粉丝？", "青禾县样例局, 2022: how many followers?"]
    counts, by_language = tally([{"verdict": "SUSPECT", "language": "en"}, {"verdict": "refused", "language": "zh"}])
    assert counts == {"SUSPECT": 1, "refused": 1} and by_language == {"zh": {"refused": 1}, "en": {"SUSPECT": 1}}


def test_deputies_suggestions_are_answered_only_by_a_figure_naming_them():
    # a table row (予以公开 25件) is no count of the suggestions of deputies or the proposals of CPPCC members
    assert misses_counted_thing("办理人大代表建议多少件", "予以公开 总计")
    assert misses_counted_thing("how many npc deputies' suggestions did it handle", "applications disclosed")
    assert not misses_counted_thing("办理人大代表建议多少件", "办理人大代表建议12件")
    assert not misses_counted_thing("政协委员提案办了几件", "办理政协委员提案8件")
