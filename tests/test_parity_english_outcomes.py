"""English asks of the parity probe (bench/parity_probe.py) read as another kind than the same ask in Chinese, on a
fictional report (青禾县文化旅游局, invented here):
- a request answered only in part in everyday words ("only partly grant", "answered only in part", "granted in part"):
  部分公开, not the applications received or answered that "requests" / "answered" alone name;
- a request turned down in everyday words ("turn down", "got rejected", "deny"): 不予公开, while "rejected without
  processing" stays 不予处理;
- the verb of a complaint ("how many people complained about its disclosure work"): 投诉, as the noun;
- the site an agency owns ("what did it put on its site"): its website;
- an English agency name written word by word with an "and" and its province after a comma ("the … bureau of natural
  resources and planning, <province>") is one name: neither joins two asks ("how many planning?").
"""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.query import detect_metric, parse_question
from tests.fake_index import answer_from_lines

CULTURE = (
    "青禾县文化旅游局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年,我局依托县政府门户网站更新发布信息320余条。\n"
    "全年共收到政府信息公开申请9件,其中予以公开4件,部分公开2件,不予公开3件。\n"
    "二、行政复议和行政诉讼情况\n"
    "全年未发生因政府信息公开工作引发的举报、投诉、行政复议和行政诉讼的情况。\n"
    "青禾县文化旅游局\n"
    "2023年1月20日\n"
)
REPORT = Report(doc_id="c" * 16, sources=["qinghe_wenlv_2022.txt"], agency="青禾县文化旅游局", region="青禾县",
                year=2022, aliases=["qinghe", "qinghe culture and tourism bureau", "culture and tourism bureau"])


@pytest.mark.parametrize("question", [
    "how many requests did the Qinghe culture and tourism bureau only partly grant in 2022?",
    "in 2022, how many applications to the Qinghe culture and tourism bureau were answered only in part?",
    "how many requests were granted in part by the Qinghe culture and tourism bureau in 2022?",
    "how many of the Qinghe culture and tourism bureau's 2022 requests were only partially answered?",
])
def test_a_request_answered_in_part_is_partial_disclosure(question):
    assert detect_metric(question.lower()).key == "applications_partly_disclosed"


@pytest.mark.parametrize("question", [
    "how many requests did the Qinghe culture and tourism bureau turn down in 2022?",
    "how many info requests got rejected by the Qinghe culture and tourism bureau in 2022?",
    "how often did the Qinghe culture and tourism bureau deny a request in 2022?",
])
def test_a_request_turned_down_is_withheld(question):
    assert detect_metric(question.lower()).key == "applications_withheld"


def test_rejected_without_processing_stays_not_processed():
    assert detect_metric("how many requests were rejected without processing in 2022?").key == "applications_not_processed"


@pytest.mark.parametrize("question", [
    "how many people complained about the Qinghe culture and tourism bureau's info disclosure in 2022?",
    "did anyone complain about the Qinghe culture and tourism bureau's disclosure work in 2022?",
])
def test_the_verb_complain_asks_complaints(question):
    assert "投诉" in parse_question(question, [REPORT]).terms
    a = answer_from_lines(REPORT, CULTURE, question)
    assert a.answered and "投诉" in a.text, a.text


@pytest.mark.parametrize("question", [
    "how much did the Qinghe culture and tourism bureau put on its site in 2022?",
    "how many posts went up on the Qinghe culture and tourism bureau's official site in 2022?",
])
def test_its_site_is_its_website(question):
    assert "网站" in parse_question(question, [REPORT]).terms
    a = answer_from_lines(REPORT, CULTURE, question)
    assert a.answered and "320" in a.text, a.text



PLANNING = (
    "青禾县自然资源和规划局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年,我局发布规划公示、批后公布等各类信息近3,600条。\n"
    "全年共收到政府信息公开申请14件,其中予以公开9件,不予公开2件。\n"
    "青禾县自然资源和规划局\n"
    "2024年1月26日\n"
)
PLANNING_REPORT = Report(doc_id="n" * 16, sources=["qinghe_ziranziyuan_2023.txt"], agency="青禾县自然资源和规划局",
                         region="青禾县", year=2023,
                         aliases=["qinghe", "qinghe natural resources and planning bureau"])


def test_a_name_written_with_and_and_its_province_after_a_comma_is_one_ask():
    # "… bureau of natural resources and planning, xiyu": neither the "and" nor the comma joins asks
    question = "how many requests did the Qinghe County Bureau of Natural Resources and Planning, Xiyu withhold in 2023?"
    a = answer_from_lines(PLANNING_REPORT, PLANNING, question)
    assert a.answered and "2" in a.text and "14" not in a.text and "3,600" not in a.text, a.text
