"""Problems and plans written as prose, and English-language passages split into sentences (round 13).

- a problems section that writes its problems in sentences ("存在信息公开相对滞后的情况；培训力度仍需加大。") and holds
  only a list inside one of its sentences ("将A与B、C、D等工作结合起来") has those sentences as its items: the ones
  stating a shortfall, then the first of its plans — a preamble of what was done is none;
- a heading that names problems as a topic ("加大对热点难点问题的公开力度") with such a list gets no items from it;
- asked in Chinese or English ("存在哪些问题", "which problems did they say they had", "what shortcomings"), the answer
  gives those problems, before the plans;
- a passage in English ends its sentences at ". " (a translated report's paragraph is no one "sentence").

Fictional text only (青苗乡, 青禾县样例局).
"""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.evidence import EvidenceGatherer
from assistant.query import parse_question
from assistant.shapes import passage_sentences
from ingest.clean import clean
from tests.fake_index import FakeIndex, facts_of

DOC = "p" * 16
REPORT = Report(doc_id=DOC, sources=["qingmiao_xiang_2023.txt"], agency="青苗乡人民政府", region="青苗乡", year=2023,
                aliases=["qingmiao"], mentions=["青苗乡"])

PROBLEMS = [
    # (the section's body, the problems it states)
    (("我乡按照条例要求做了大量工作,但与群众的期待还有一定差距。受人员变动影响,存在信息更新相对滞后的情况;"
      "对条例的学习培训力度仍需加大。今后,我乡将进一步加强队伍建设,把信息公开与村务公开、便民服务、乡村治理等工作结合起来。"),
     ["受人员变动影响,存在信息更新相对滞后的情况", "对条例的学习培训力度仍需加大"]),
    (("本年度我乡信息公开工作取得了一定成效。政策解读的形式不够丰富;工作人员业务能力有待提高;公开平台功能欠缺。"
      "下一步,我乡将围绕公告栏、网站、公众号等平台加强建设。"),
     ["政策解读的形式不够丰富", "工作人员业务能力有待提高", "公开平台功能欠缺"]),
]


def _report(body: str) -> str:
    return ("青苗乡2023年政府信息公开工作年度报告\n一、概述\n全年主动公开信息30条。\n"
            f"五、工作中存在的主要问题及改进措施\n{body}\n六、其他需要报告的事项\n无。\n")


def _facts(original: str):
    assert clean(original).text == original.rstrip("\n")  # offsets of the fake index are the original's
    return facts_of(REPORT, original, region=REPORT.region)


def _section_items(original: str) -> list[str]:
    return [f.text_value for f in _facts(original) if f.kind == "item" and f.label_zh.count(" / ") == 1]


@pytest.mark.parametrize("body, problems", PROBLEMS)
def test_the_sentences_stating_a_shortfall_are_the_items_then_the_plans(body, problems):
    items = _section_items(_report(body))
    assert items[: len(problems)] == problems  # (the preamble "…做了大量工作" / "取得了一定成效" is none)
    assert len(items) == len(problems) + 1 and items[-1].startswith(("今后", "下一步"))


def test_a_heading_naming_problems_as_a_topic_gets_no_sentences_beside_its_list():
    original = ("青苗乡2023年政府信息公开工作年度报告\n一、主动公开情况\n"
                "(一)加大对群众关注的热点难点问题的公开力度。我乡突出重点,及时公开办事指南。"
                "公开内容包括机构名称、办公地点、联系电话等。\n二、其他需要报告的事项\n无。\n")
    assert [f for f in _facts(original) if f.kind == "item" and f.label_zh.count(" / ") == 1] == []


def test_a_section_without_any_list_keeps_its_first_sentences():
    body = "我乡主动公开的文件类信息数量较少,这主要是由于业务专业性较强。今后将加强培训。"
    assert _section_items(_report(body)) == ["我乡主动公开的文件类信息数量较少,这主要是由于业务专业性较强", "今后将加强培训"]


@pytest.mark.parametrize("question", [
    "青苗乡2023年信息公开工作存在哪些问题",
    "青苗乡2023年报告里说工作中还存在什么问题",
    "Which problems did Qingmiao township say they had with FOI work in 2023?",
    "What shortcomings did Qingmiao township's 2023 report identify?",
])
def test_the_answer_gives_the_problems_before_the_plans(question):
    body, problems = PROBLEMS[0]
    original = _report(body)
    g = EvidenceGatherer(FakeIndex(REPORT, _facts(original), original))
    a = ExtractiveEngine(g.index, 0.34).answer(parse_question(question, [REPORT]), [])
    assert a.answered
    at = [a.text.find(p) for p in problems]
    assert all(i >= 0 for i in at) and at == sorted(at)
    assert "工作结合起来" not in a.text.split(problems[-1])[0]  # the plans come after, if at all


ENGLISH = ("In 2023 the Qinghe County sample bureau published 120 items of government information. "
           "It received 8 requests for disclosure, all answered on time. "
           "Training of staff still needs to be strengthened.")


def test_an_english_passage_ends_its_sentences_at_full_stops():
    got = [ENGLISH[s:e] for s, e in passage_sentences(ENGLISH)]
    assert got == ["In 2023 the Qinghe County sample bureau published 120 items of government information.",
                   "It received 8 requests for disclosure, all answered on time.",
                   "Training of staff still needs to be strengthened."]


def test_a_chinese_passage_keeps_its_sentences_and_decimals():
    text = "青禾县样例局全年主动公开信息120条,同比增长3.5%。收到申请8件。"
    assert [text[s:e] for s, e in passage_sentences(text)] == ["青禾县样例局全年主动公开信息120条,同比增长3.5%。", "收到申请8件。"]
    english = "The share rose to 3.5 percent in the Qinghe sample bureau's report for 2023. Requests fell by 2 to 8 in all."
    assert next(english[s:e] for s, e in passage_sentences(english)).endswith("for 2023.")


@pytest.mark.parametrize("question", [
    "青苗乡2023年下一步有什么打算",
    "青苗乡2023年今后有哪些改进措施",
    "What are Qingmiao township's next steps in its 2023 report?",
])
@pytest.mark.parametrize("body, problems", PROBLEMS)
def test_an_ask_for_the_plans_gets_the_plans_written_in_prose(question, body, problems):
    original = _report(body)
    g = EvidenceGatherer(FakeIndex(REPORT, _facts(original), original))
    a = ExtractiveEngine(g.index, 0.34).answer(parse_question(question, [REPORT]), [])
    assert a.answered and ("今后,我乡将进一步加强队伍建设" in a.text or "下一步,我乡将围绕公告栏" in a.text)


@pytest.mark.parametrize("word, stem", [("disclosed", "disclos"), ("released", "releas"), ("publishing", "publish"),
                                        ("documents", "document"), ("column", "column"), ("bus", "bus")])
def test_english_words_of_an_ask_meet_their_other_forms(word, stem):
    from assistant.english_terms import english_stem

    assert english_stem(word) == stem
    assert stem in {"disclosed": "disclose 56 documents", "released": "were release", "publishing": "publish"}.get(word, stem)


@pytest.mark.parametrize("norm, noun_term", [
    ("which problems did the qinghe petitions bureau say they had", "问题|存在的主要问题"),
    ("what measures will the qinghe petitions bureau take next year", "措施"),
    ("what shortcomings did qinghe's petitions bureau admit to", "问题|不足"),
])
def test_the_noun_of_a_list_ask_weighs_more_than_the_agency_words(norm, noun_term):
    from assistant.list_items import weigh_list_noun

    got = weigh_list_noun(norm, {"信访": 2.0, noun_term: 2.0})
    assert got[noun_term] > got["信访"] == 2.0
    assert weigh_list_noun("how many petitions did the qinghe bureau get", {"信访": 2.0}) == {"信访": 2.0}
