"""Round 8 left-overs, on fictional text (青禾县样例局, 翠湖市样例委; samples, not real reports):

* a received-applications clause without the word 申请 after the verb: 接收/收到/受理 … 提交(的) … 政府信息公开 N件;
* two counts of one thing in different count words (12条 vs 30件) still have a difference;
* a comparison whose sides state different stages (办理 vs 收到) says which figure each side is.
"""

from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.narrative import extract_narrative_facts


def received(text: str) -> list[float]:
    return [f.value for f in extract_narrative_facts(clean(text).text) if f.metric == "applications_received"]


@pytest.mark.parametrize("text, value", [
    ("2023年,我局接收网络方式提交政府信息公开5件。", 5),
    ("2023年,我委收到申请人通过信函提交的政府信息公开申请12件。", 12),
    ("全年受理公民提交政府信息公开申请8件,均已按时答复。", 8),
    ("本年度共收到以网络形式提交的信息公开申请3件。", 3),
    ("青禾县样例局接收群众当面提交依申请公开7件。", 7),
])
def test_received_through_a_submitted_clause(text, value):
    assert received(text) == [value]


@pytest.mark.parametrize("text", [
    "我局接收网络方式提交的建议提案5件。",  # not a disclosure application
    "我局提交政府信息公开工作报告1份。",  # submitting, not receiving
    "其中,接收网络方式提交政府信息公开5件。",  # a part of a total (breakdown)
])
def test_not_received_applications(text):
    assert received(text) == []


# ---------------------------------------------------------------------------------------------
# comparisons of two reports: count words, stages


from assistant.answer import ExtractiveEngine  # noqa: E402
from assistant.query import parse_question  # noqa: E402
from tests.fake_index import line_passages, two_report_index  # noqa: E402
from tests.fixtures.two_towns import QINGHE_TOWN as A, QINGMIAO_TOWN as B  # noqa: E402


def _engine(text: str) -> ExtractiveEngine:
    return ExtractiveEngine(two_report_index(A, B, text), 0.34)


def _ask(text: str, question: str):
    passages = line_passages(A, text)[:1] + line_passages(B, text)[1:]
    return _engine(text).answer(parse_question(question, [A, B]), passages)


COUNT_WORDS = ("青禾镇2023年:全年共收到依申请公开信息12条,均已按时答复。\n"
               "青苗镇2023年:全镇共收到政府信息公开申请30件,均已按时答复。\n")


@pytest.mark.parametrize("question, difference", [
    ("青禾镇和青苗镇2023年收到的信息公开申请,哪家多?多几件?", "= 18件"),
    ("2023年青苗镇与青禾镇相比，收到的政府信息公开申请多多少？", "= 18"),
    ("Qinghe vs Qingmiao 2023: which received more disclosure requests, and by how many?", "= 18"),
])
def test_counts_in_different_count_words_have_a_difference(question, difference):
    a = _ask(COUNT_WORDS, question)
    assert a.answered and "12" in a.text and "30" in a.text, a.text
    assert difference in a.text, a.text


def test_a_count_and_an_amount_have_no_difference():
    text = ("青禾镇2023年:全年行政事业性收费金额12万元。\n"
            "青苗镇2023年:全年行政事业性收费金额30元。\n")
    a = _ask(text, "青禾镇和青苗镇2023年行政事业性收费哪个多？多多少？")
    assert "= 18" not in a.text, a.text


STAGES = ("青禾镇2023年:全年办结政府信息公开申请96件,均按时答复。\n"
          "青苗镇2023年:我镇接收网络方式提交政府信息公开5件。\n")


@pytest.mark.parametrize("question", [
    "青禾镇和青苗镇2023年办结的信息公开申请哪个多？多多少？",
    "青禾镇与青苗镇2023年各办结了多少件依申请公开，谁多，多几件",
    "Qinghe vs Qingmiao 2023 - how many disclosure requests each dealt with, who had more and by how many?",
])
def test_sides_of_different_stages_say_which_figure_each_is(question):
    a = _ask(STAGES, question)
    assert a.answered, a.text
    assert "96" in a.text and "5" in a.text and "= 91" in a.text, a.text
    note = next((ln for ln in a.text.splitlines() if "青苗镇" in ln and ("收" in ln or "received" in ln)
                 and ("注" in ln or "Note" in ln)), None)
    assert note, a.text  # the side whose report states only what it received says so


# ---------------------------------------------------------------------------------------------
# two columns of one table 二 row named by their own words

from assistant.asks import split_asks  # noqa: E402


@pytest.mark.parametrize("question, first, second", [
    ("qinghe subdistrict 2020: centralized gov procurement - number of projects and total amount?", "projects", "total amount"),
    ("qinghe town 2020 government centralised procurement: projects and total amount?", "projects", "total amount"),
    ("青禾县2020年政府集中采购项目数量和采购总金额是多少", "采购项目", "采购总金额"),
])
def test_columns_of_a_row_named_by_their_own_words(question, first, second):
    asks = [a.text for a in split_asks(question)]
    assert len(asks) == 2 and first in asks[0] and second in asks[1], asks
    assert all("procure" in a or "采购" in a for a in asks), asks
