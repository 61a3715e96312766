"""Several asks in one question, refusals that quoted an unrelated figure, and a comparison with an approximate side
(fixer Q, round 21).  Fictional reports only (青禾县样例局, 云栖镇).

- a second ask keeps its own question word behind a hedge or a set-aside ("…, and roughly how many …", "…, and apart
  from the portal, where …"), and a clause that only names a contact field ("…找哪个办公室？电话给一下") asks for it;
- "how many questions were answered" counts questions, not applications answered (the metric's verb alone);
- "doc number" asks for a document's number; the period of the figures may be asked as 起止日期; "省里/县里那份年报"
  says whose report, nothing asked;
- a site ask answered by the sentence naming where the report was published names the publications it lists too;
- a number that names a hotline or service ("12345政府服务直通车") counts nothing;
- statements of none place nothing of a total above zero: no breakdown of it;
- the English frame word "counts" and the Chinese hedge "大概", a pointer "那个镇" or a place the reports tell of are
  no words of the thing compared, so an approximate figure ("755多条") is a side of the comparison.
"""

from __future__ import annotations

import pytest

from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.identifiers import names_a_document
from assistant.query import detect_metric, parse_question
from assistant.shapes import site_with_name
from tests.fake_index import answer_from_facts, answer_from_lines
from tests.helpers import ask_texts

REPORT = Report(doc_id="q" * 16, sources=["qinghe_yangliju_2021.txt"], agency="青禾县样例局", region="青禾县",
                year=2021, aliases=["qinghe"])


# --- a second ask behind a hedge or a set-aside ------------------------------------------------------------------

@pytest.mark.parametrize("question, second", [
    ("Qinghe sample bureau 2021: how many briefings were held, and roughly how many reporters attended them?",
     "roughly how many reporters"),
    ("Qinghe sample bureau 2021: how many items went on WeChat, and approximately how many on Weibo?",
     "approximately how many on weibo"),
    ("Qinghe sample bureau 2021: which notice does it cite, and apart from the county portal, where was the report published?",
     "where was the report published"),
    ("Qinghe sample bureau 2021: who compiled it, and besides the website, where can I read it?", "where can i read it"),
])
def test_a_second_ask_behind_a_hedge_or_a_set_aside_is_an_ask_of_its_own(question, second):
    asks = ask_texts(question)
    assert len(asks) == 2, asks
    assert second in asks[1] and second not in asks[0], asks


@pytest.mark.parametrize("question, field", [
    ("青禾县样例局2021年的年报，有疑问该找哪个办公室？电话给一下", "电话"),
    ("青禾县样例局的地址在哪里？邮编也发一下", "邮编"),
])
def test_a_clause_naming_a_contact_field_is_an_ask_for_it(question, field):
    asks = ask_texts(question)
    assert len(asks) == 2 and field in asks[1] and field not in asks[0], asks


def test_a_clause_without_a_question_word_still_joins_the_ask_before_it():
    assert len(ask_texts("青禾县样例局2021年收到多少件申请，同比增长多少")) == 2  # (its own question word)
    assert len(ask_texts("青禾县样例局的联系电话是多少？电话号码")) == 1  # (the same field again)


# --- what an English ask counts ----------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "how many questions were answered in the online interviews",
    "roughly how many calls were handled by the hotline",
])
def test_a_count_of_a_noun_of_its_own_is_no_applications_metric(question):
    assert detect_metric(normalise_query(question)) is None


@pytest.mark.parametrize("question, key", [
    ("how many requests were answered", "applications_answered"),
    ("how many disclosure applications did it handle", "applications_received"),
    ("how many of them were answered", "applications_answered"),
])
def test_a_count_of_applications_keeps_its_metric(question, key):
    m = detect_metric(normalise_query(question))
    assert m is not None and m.key == key


ONLINE = "四是在线访谈稳步推进。全年共举办在线访谈12次,解答问题80余条。\n"


def test_questions_answered_find_their_own_figure():
    a = answer_from_lines(REPORT, ONLINE, "Qinghe sample bureau 2021: how many online interviews were held, and roughly "
                                          "how many questions were answered in them?")
    assert a.answered and "80" in a.text, a.text


# --- a document's number, the period, the report's own scope words ---------------------------------------------------

def test_a_doc_number_asks_for_the_document_number():
    text = "青禾县样例局2021年年报:根据《关于印发2021年政务公开工作要点的通知》(青政办发〔2021〕7号)精神开展工作。\n"
    a = answer_from_lines(REPORT, text, "Qinghe sample bureau 2021: which notice (doc number) does it cite for the work points?")
    assert a.answered and "〔2021〕7号" in a.text, a.text


PERIOD = ("本年度报告中所列数据的统计期限自2021年1月1日起至12月31日止。本年度报告的电子版可在青禾县人民政府门户网站"
          "(www.qinghe.gov.cn)下载。\n")


@pytest.mark.parametrize("question", [
    "青禾县21年县里那份年报，数据统计的起止日期是？",
    "青禾县样例局2021年年报的统计时间段是什么",
])
def test_the_period_of_the_figures_asked_in_other_words(question):
    a = answer_from_facts(REPORT, PERIOD, question)
    assert a.answered and "1月1日" in a.text and "12月31日" in a.text, a.text


def test_a_site_names_the_publications_its_sentence_lists_beside_it():
    quote = "本年度报告在青禾县人民政府门户网站(www.qinghe.gov.cn)和《青禾日报》全文公开。"
    assert "《青禾日报》" in site_with_name(quote, "www.qinghe.gov.cn")
    assert site_with_name("报告可在www.qinghe.gov.cn下载。", "www.qinghe.gov.cn") == "www.qinghe.gov.cn"


def test_the_office_and_its_phone_are_both_answered():
    text = "如对本年度报告有任何疑问,请与青禾县政务公开办公室联系(地址:青禾县样例路8号;电话:0999-1234567)。\n"
    a = answer_from_facts(REPORT, text, "青禾县样例局21年的年报，看了有疑问该找哪个办公室？电话给一下")
    assert a.answered and "政务公开办公室" in a.text and "0999-1234567" in a.text, a.text


# --- refusals: a number naming a thing, statements of none as parts ----------------------------------------------------

@pytest.mark.parametrize("figure, text, names", [
    ("12345", "建立青禾市12345政府服务直通车,受理中心设有30部电话", True),
    ("12345", "开通12345政务服务便民热线", True),
    ("96110", "依托96110专线开展宣传", True),
    ("120", "收到来电120个", False),
    ("12345", "全年受理来电12345件", False),
])
def test_a_number_naming_a_hotline_or_service_counts_nothing(figure, text, names):
    assert names_a_document(figure, text) is names


def test_a_count_of_calls_is_not_the_hotline_number():
    text = "建立青禾市12345政府服务直通车,实行24小时人工接听。\n"
    a = answer_from_facts(REPORT, text, "青禾县样例局2021年，12345政府服务直通车全年一共接了多少个来电？")
    assert "12345" not in a.text.replace("12345政府服务直通车", "") or not a.answered, a.text


def test_statements_of_none_are_no_breakdown_of_a_total():
    text = "截至2021年12月31日,我局主动公开的信息15条,未收到申请公开政府信息要求。\n"
    a = answer_from_facts(REPORT, text, "青禾县样例局2021年主动公开的那15条信息，分别是通过哪些渠道发的？各几条？")
    assert not a.answered and "申请公开政府信息要求" not in a.text, a.text


def test_parts_that_add_up_still_break_down_a_total():
    text = "全年主动公开信息15条,其中门户网站10条,政务微信5条。\n"
    a = answer_from_facts(REPORT, text, "青禾县样例局2021年主动公开的15条信息分别是通过哪些渠道发的？")
    assert a.answered and "10" in a.text and "5" in a.text, a.text


# --- an approximate side of a comparison ---------------------------------------------------------------------------

def test_counts_is_a_frame_word_of_an_english_ask():
    text = "二、主动公开政府信息情况\n2021年,主动公开政府工作信息、动态755多条。\n"
    a = answer_from_lines(REPORT, text, "Proactive disclosure counts: Qinghe sample bureau for 2021 — how many did it publish?")
    assert a.answered and "755" in a.text, a.text


def test_hedges_pointers_and_told_places_are_no_words_of_the_thing_compared():
    from assistant.named_figures import compared_thing

    town = Report(doc_id="y" * 16, sources=["yunqi_zhen_2017.txt"], agency="云栖镇人民政府", region="云栖镇", year=2017,
                  mentions=["青禾市"])
    q = parse_question("青禾县样例局2021年和青禾云栖那个镇2017年，谁主动公开的信息多？大概多多少？", [REPORT, town])
    assert compared_thing(q, [REPORT, town]) == "主动公开信息"
