"""Follow-on asks without a subject of their own take the ask before them (assistant/subjectless_asks.py), with
fictional agencies."""

import pytest

from assistant.asks import split_asks, wants_breakdown
from assistant.query import detect_metric
from assistant.subjectless_asks import split_subjectless_tail_en, with_subject_of_before


@pytest.mark.parametrize("piece", ["结果如何", "最后结果怎么样", "结果都是怎样的", "处理结果如何"])
def test_outcome_follow_on_zh_is_a_breakdown_of_the_count_before(piece):
    out = with_subject_of_before(piece, "青禾县林草局2031年行政复议几件")
    assert out == "结果分别是什么"
    assert wants_breakdown(out) and detect_metric(out, fallback=False) is None


@pytest.mark.parametrize("piece", ["是什么原因", "都是什么原因", "理由是什么", "为什么"])
def test_grounds_follow_on_zh_only_of_a_refusal(piece):
    assert with_subject_of_before(piece, "青禾县林草局2031年不予公开几件") == "理由分别是什么"
    assert with_subject_of_before(piece, "青禾县林草局2031年收到多少申请") == piece  # (no grounds stated for it)


def test_all_done_and_attendees_zh():
    assert with_subject_of_before("都办完了吗", "青禾县林草局2031年收到多少申请") == "办结了多少"
    assert with_subject_of_before("多少人参加", "青禾县林草局2031年信息公开培训了几次") == "青禾县林草局2031年信息公开培训多少人次参加"


def test_a_follow_on_with_a_subject_of_its_own_stays():
    assert with_subject_of_before("诉讼结果如何", "青禾县林草局2031年行政复议几件") == "诉讼结果如何"
    assert with_subject_of_before("办结率是多少", "青禾县林草局2031年受理多少件") == "办结率是多少"
    assert with_subject_of_before("and how many lawsuits", "how many appeals were there") == "and how many lawsuits"


@pytest.mark.parametrize("piece,out", [
    ("what came of them", "what they were, broken down by outcome"),
    ("and how did they end", "what they were, broken down by outcome"),
    ("were they all dealt with", "how many were concluded"),
    ("how many people attended", "how many people attended the training sessions"),
])
def test_follow_ons_en(piece, out):
    assert with_subject_of_before(piece, "how many training sessions were held" if "attended" in piece
                                  else "how many appeals were there") == out


def test_grounds_en_only_of_a_refusal():
    assert with_subject_of_before("and why", "how many requests were refused") == "what they were, broken down by reason"
    assert with_subject_of_before("and why", "how many requests came in") == "and why"


def test_a_closing_follow_on_en_is_split_off():
    assert split_subjectless_tail_en("how many were refused — and why") == ["how many were refused", "why"]
    assert split_subjectless_tail_en("how many came in, and were they all concluded") == [
        "how many came in", "were they all concluded"]
    assert split_subjectless_tail_en("how many came in and why it rose") == ["how many came in and why it rose"]
    # (a clause of the ask itself: no follow-on)
    assert split_subjectless_tail_en("and within how many working days were they answered") == [
        "and within how many working days were they answered"]


def test_split_asks_gives_the_follow_on_its_subject():
    asks = split_asks("青禾县林草局2031年行政复议几件？结果如何？")
    assert [a.text for a in asks][1] == "结果分别是什么" and asks[1].breakdown
    asks = split_asks("how many requests did qinghe forestry bureau refuse in 2031, and why?")
    assert [a.text for a in asks][-1] == "what they were, broken down by reason"
    asks = split_asks("青禾县林草局2031年收到多少申请？都办完了吗？")
    assert [a.text for a in asks][-1] == "办结了多少"


def test_attendees_of_an_amount_asked_en():
    assert with_subject_of_before("and how many took part", "how much disclosure training did qinghe town run in 2031") == (
        "how many people attended the disclosure training")
