"""Multi-asks of a report's overview prose (its 总体情况 sentences, no figure): an English ask names what the
sentence writes in English words the glossary renders ("list of priorities" 工作重点, "plenary session" 全会,
"occasion" 契机, "an important measure" 重要举措, "lawful access" 依法获取, "folded into" 纳入), and a Chinese
clause asking "哪两项 / 哪三个" is a question of its own, not a tail of the ask before it.  Fictional agency only.
"""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.query import glossary_groups
from tests.fake_index import answer_from_lines
from tests.helpers import ask_texts

DOC = "qinghe_yangliju_2023"
ORIGINAL = (
    "青禾县样例局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年,我局以贯彻落实某届某中全会精神为契机,将民生服务信息公开工作列入全年工作重点。\n"
    "我局把政务公开作为推进作风建设、提升服务水平的重要举措来抓,全力保障群众依法获取政府信息。\n"
    "我局将政府信息公开工作纳入年度绩效考核内容,落实人员保障和设备保障。\n"
    "二、主动公开政府信息情况\n"
    "全年主动公开政府信息120条。\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_yangliju_2023.txt"], agency="青禾县样例局", region="青禾县", year=2023,
                aliases=["qinghe"])


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question, idf=False)


@pytest.mark.parametrize(
    "question, n",
    [
        ("某局把公开工作纳入了什么考核？落实了哪两项保障？", 2),
        ("某局今年重点抓了什么？又推出了哪三个栏目？", 2),
        # ("哪三句话？" alone, no words of its own: it restates the ask before it)
        ("某局的公开工作形成了什么样的工作机制？哪三句话？", 1),
    ],
)
def test_a_clause_asking_which_two_is_an_ask_of_its_own(question, n):
    assert len(ask_texts(question)) == n


@pytest.mark.parametrize(
    "words, rendering",
    [
        ("what did it put on its list of priorities", "工作重点"),
        ("which plenary session's spirit", "全会"),
        ("what did it take as the occasion", "契机"),
        ("as an important measure for what", "重要举措"),
        ("whose lawful access to information did it safeguard", "依法获取"),
        ("what kind of assessment was the work folded into", "纳入"),
        ("which document's requirements does it follow", "要求"),
    ],
)
def test_words_of_overview_prose_have_chinese_renderings(words, rendering):
    assert any(rendering in group for group in glossary_groups(words))


@pytest.mark.parametrize(
    "question, quoted",
    [
        ("Qinghe sample bureau 2023 report: what did it put on its list of priorities for the year, and which plenary "
         "session's spirit did it take as the occasion?", ["民生服务信息公开工作", "中全会精神"]),
        ("Qinghe sample bureau 2023 report: as an important measure for what does it treat open-government work, and "
         "whose lawful access to information does it safeguard?", ["作风建设", "群众依法获取"]),
        ("青禾县样例局2023年把信息公开工作纳进了什么考核？落实了哪两项保障？", ["绩效考核", "设备保障"]),
    ],
)
def test_every_prose_ask_quotes_its_sentence(question, quoted):
    a = _ask(question)
    assert a.answered
    for q in quoted:
        assert q in a.text
