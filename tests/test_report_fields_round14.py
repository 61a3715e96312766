"""Round 14: an ask for one field of a report's identity or contact lines (publisher, compiler, postal address, phone,
channels of disclosure) is answered only by evidence of that field, in both languages: a fact labelled with it or a
sentence stating it — never a sentence that merely shares a word with the ask (发布, 编制), nor another field (the
publisher for an address, a contact line for the channels).  And the compiler stated in prose is read at ingest.
All reports here are fictional (青禾县 / Qinghe)."""

from __future__ import annotations

import pytest

from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.types import Report
from assistant.verify import ask_shape, holds_shape
from ingest.prose_fields import extract_contacts
from tests.fake_index import answer_from_facts

# --- which field an ask wants -----------------------------------------------------------------------------------


@pytest.mark.parametrize("field, question", [
    ("publisher", "青禾县2023年政府信息公开工作年度报告是哪个机关发布的？"),
    ("publisher", "青禾县2023年年报的发布单位是哪个"),
    ("publisher", "who put out the Qinghe County 2023 OGI annual report?"),
    ("publisher", "who is the publisher of the Qinghe County's 2023 open government info report?"),
    ("publisher", "Qinghe 2023 report - who issued it?"),
    ("compiler", "青禾县2023年政府信息公开工作年度报告由谁编制？"),
    ("compiler", "青禾县2023年年报是哪个部门汇总编的?"),
    ("compiler", "which office compiled the Qinghe 2023 OGI report?"),
    ("compiler", "Qinghe 2023 OGI report: who prepared it?"),
    ("address", "青禾县2023年政府信息公开工作机构的联系地址是什么？"),
    ("address", "青禾县政务公开办公室的办公地点在哪"),
    ("address", "what's the contact address for the Qinghe 2023 OGI report?"),
    ("address", "mailing address of the Qinghe County's disclosure office (2023 report)?"),
    ("address", "Qinghe 2023: where do I send a letter about the disclosure report?"),
    ("phone", "青禾县2023年对政府信息公开工作年度报告有疑问的联系电话是多少？"),
    ("phone", "phone number for questions about the Qinghe 2023 OGI report?"),
    ("phone", "Qinghe 2023 disclosure report: contact number?"),
    ("phone", "who do I call about the Qinghe County's 2023 annual report?"),
    ("channels", "青禾县2023年通过哪些渠道公开政府信息？"),
    ("channels", "青禾县2023年政府信息公开的方式有哪些"),
    ("channels", "青禾县在哪里发布政府信息"),
    ("channels", "how did the Qinghe County get its info out in 2023?"),
    ("channels", "where does the Qinghe County publish its information (2023 report)?"),
    ("channels", "Qinghe 2023: which channels did they use to publish information?"),
    ("channels", "Qinghe, 2023: through what platforms did they disclose?"),
])
def test_the_field_an_ask_wants(field, question):
    assert ask_shape(question).field == field, (question, ask_shape(question))


@pytest.mark.parametrize("question", [
    "青禾县2023年网站地址是什么",  # the web address: a contact field of its own
    "what's the email address of the Qinghe disclosure office?",
    "青禾县2023年通过哪些方式提交申请",  # channels of applications, not of disclosure
    "which channels did the requests to Qinghe come through in 2023?",
    "青禾县2023年通过网站公开了多少条信息",  # a count
    "how many items did Qinghe publish on WeChat in 2023?",
    "青禾县2023年电话咨询多少次",  # a count of calls, not the phone number
    "how many hotline calls did Qinghe get in 2023?",
    "青禾县2023年发布了多少条信息",
    "青禾县2023年收到多少件申请",
])
def test_no_field_ask(question):
    assert ask_shape(question).field is None, (question, ask_shape(question))


# --- what is evidence of a field -------------------------------------------------------------------------------


@pytest.mark.parametrize("field, text", [
    ("publisher", "发布机构：青禾县政府办"),
    ("publisher", "本报告由青禾县人民政府办公室发布。"),
    ("compiler", "本报告由青禾县人民政府办公室综合各部门年度报告编制而成。"),
    ("compiler", "青禾县教育局编制了县教育局2023年政府信息公开工作年度报告。"),
    ("compiler", "编制单位：青禾县政务公开办公室"),
    ("compiler", "发布机构：青禾县政府办"),  # who put the report out, where no compiler is named
    # (round 16, a deliberate change: a report speaking only of itself names its own agency — "本机关" is the report's
    # agency, answered by name: tests/test_round16_lists_self_years_rows.py; round 14 held this sentence no evidence)
    ("publisher", "根据《条例》,特向社会公布2023年度本机关政府信息公开工作年度报告。"),
    ("address", "地址：青禾县人民路8号"),
    ("address", "青禾县发改局办公地址在人民大街61号,邮政编码136200。"),
    ("phone", "如对本年度报告有疑问,请联系:0999-8123456。"),
    ("channels", "主要通过政府网站、电视等形式公开政府信息。"),
    ("channels", "通过档案馆、图书馆、市民中心等场所提供查阅服务。"),
    ("channels", "运用“青禾信访”官网、微信公众号等政府信息公开渠道。"),
])
def test_evidence_of_the_field(field, text):
    assert REPORT_FIELDS.holds(field, text)


@pytest.mark.parametrize("field, text", [
    ("publisher", "持续优化门户网站的信息公开栏目,按照信息类别发布主动公开的政府信息。"),
    ("compiler", "本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。"),
    ("compiler", "青禾县参事室编制了政府信息公开指南和信息分类。"),
    ("address", "负责机构：青禾县政务公开办公室"),
    ("address", "发布机构：青禾县政府办"),
    ("address", "在青禾县公众信息网站上公布,我镇直接网站地址为:"),
    ("phone", "青禾县除设有电话、邮箱等投诉渠道外,还设立了意见箱。"),
    ("channels", "并通过增派人手、强化制度建设等方式促进工作。"),
])
def test_no_evidence_of_the_field(field, text):
    assert not REPORT_FIELDS.holds(field, text)


def test_a_sentence_holding_only_the_asks_word_holds_no_publisher():
    shape = ask_shape("青禾县2023年政府信息公开工作年度报告是哪个机关发布的？")
    assert not holds_shape(shape, "在涉及学校大型项目建设时,我局通过发布招投标公示广泛征求民众意见。")
    assert holds_shape(shape, "青禾县政府办 发布机构")


# --- answers from a report's facts ---------------------------------------------------------------------------

ORIGINAL = (
    "青禾县人民政府2023年政府信息公开工作年度报告\n"
    "| 发布机构 | 县政府办 | 发文日期 | 2024-01-20 |\n"
    "本报告所列数据的统计期限自2023年1月1日至2023年12月31日。"
    "如对本报告有疑问,请与青禾县政务公开办公室联系(地址:青禾县人民路8号,电话:0999-8123456)。\n"
    "一、总体情况\n"
    "2023年,全县主动公开政府信息300条。\n"
)
REPORT = Report(doc_id="q" * 16, sources=["qinghe_xian_2023.txt"], agency="青禾县人民政府", region="青禾县", year=2023,
                aliases=["qinghe", "qinghe county"], mentions=["青禾县"])
NO_ADDRESS = ORIGINAL.replace("地址:青禾县人民路8号,", "")


def _ask(question: str, original: str = ORIGINAL, report: Report = REPORT):
    return answer_from_facts(report, original, question)


@pytest.mark.parametrize("question", [
    "青禾县2023年政府信息公开工作机构的联系地址是什么？",
    "what's the contact address for the Qinghe County 2023 OGI report?",
    "Qinghe County, 2023 report - office address?",
])
def test_the_address_answers_an_address_ask(question):
    a = _ask(question)
    assert a.answered and "人民路8号" in a.text, (question, a.text)
    assert "县政府办" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "青禾县2023年政府信息公开工作机构的联系地址是什么？",
    "what's the contact address for the Qinghe County 2023 OGI report?",
])
def test_no_address_is_not_answered_by_the_publisher_or_the_office(question):
    a = _ask(question, NO_ADDRESS)
    assert "县政府办" not in a.text and "政务公开办公室" not in a.text, (question, a.text)


@pytest.mark.parametrize("question", [
    "青禾县2023年通过哪些渠道公开政府信息？",
    "where does the Qinghe County publish its information (2023 report)?",
    "Qinghe County, 2023: which channels did they use to publish information?",
])
def test_a_channels_ask_is_not_answered_by_a_contact_line(question):
    a = _ask(question)
    assert not any(w in a.text for w in ("县政府办", "0999-8123456", "人民路8号", "政务公开办公室")), (question, a.text)


@pytest.mark.parametrize("question", [
    "青禾县2023年政府信息公开工作年度报告是哪个机关发布的？",
    "who is the publisher of the Qinghe County's 2023 open government info report?",
])
def test_the_publisher_answers_a_publisher_ask(question):
    a = _ask(question)
    assert a.answered and "县政府办" in a.text, (question, a.text)


# --- the compiler stated in prose, read at ingest ----------------------------------------------------------------


@pytest.mark.parametrize("sentence, body", [
    ("根据《条例》及上级有关规定,青禾县教育局编制了县教育局2023年政府信息公开工作年度报告。", "青禾县教育局"),
    ("根据《条例》要求,青禾县人民政府办公室编制了本年度报告,现予公布。", "青禾县人民政府办公室"),
    ("按照《条例》要求,青禾乡在对去年政府信息公开工作进行认真回顾和总结的基础上,编制本报告。", "青禾乡"),
    ("青禾县数据局根据有关要求,编制了《青禾县2023年政府信息公开工作年度报告》。", "青禾县数据局"),
    ("青禾街道编写了本年度报告。", "青禾街道"),
    ("本年报是根据《条例》要求,由禾苗镇人民政府编制的2023年度政府信息公开年度报告。", "禾苗镇人民政府"),
])
def test_the_compiler_in_prose(sentence, body):
    assert [f.text_value for f in extract_contacts(sentence) if f.row == "编制单位"] == [body]


@pytest.mark.parametrize("sentence", [
    "按照市政府办公室关于编制2023年度报告的通知要求,现将情况报告如下。",
    "青禾县财政局编制了政府信息公开指南和目录。",
    # (no body's name for ingest to store as the compiler; the answer reads "我镇" as the report's own agency:
    # assistant/own_agency.py, round 16)
    "我镇认真编制了《禾苗镇2023年政府信息公开工作年度报告》。",
    "本年度报告根据《条例》的要求编制。",
    "青禾县各部门均按照《条例》规定,编制并发布了2023年政府信息公开工作年度报告。",
])
def test_no_compiler_in_prose(sentence):
    assert [f.text_value for f in extract_contacts(sentence) if f.row == "编制单位"] == []


@pytest.mark.parametrize("question", [
    "Qinghe water bureau 2022: the 540 items were published on which platforms, how many each?",
    "Qinghe water bureau 2022: on which platforms were the 540 items published?",
    "青禾县水务局2022年主动公开的540条信息分别在哪些平台公开，各多少条？",
    "青禾县水务局2022年主动公开的540条信息分别在哪些平台公开",
])
def test_the_parts_of_a_stated_total_are_no_channels_ask(question):
    assert ask_shape(question).field is None, (question, ask_shape(question))
