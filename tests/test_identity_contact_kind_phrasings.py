"""Identity, contact and list asks in the shapes fixer JC10's kind probe found declined, on a fictional report
(青禾县数据局 compiles the 青禾县人民政府 report; invented here):
- the compiling / publishing body named by its kind of office ("是哪个局负责起草的", "哪个厅印发的");
- a field asked beside a date of the report, with no question word ("…的发布单位和发布时间"): one ask each;
- a body asked with a field of its own ("负责解答疑问的办公室和它的地址", "哪个科室及其电话"): the body, then its field;
- the office named by what it does with questions ("负责解答疑问的办公室", "the office for enquiries");
- the site the report was put on ("年报放在哪个网上了", "which site is it published on");
- "电子邮件地址" is the e-mail field, not the street address;
- a body's own rules asked in pairs in English ("which rules and documents", "professional norms").
"""

from __future__ import annotations

import pytest

from assistant.core.glossary import GLOSSARY
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.field_asks import split_pair_zh
from assistant.labels import has
from assistant.shapes import COMPILER_FIELD, OFFICE_FIELD, PUBLISHER_FIELD, SITE_FIELD, contact_fields
from tests.fake_index import answer_from_facts

COUNTY = Report(doc_id="q" * 16, sources=["qinghe_xian_2019.txt"], agency="青禾县人民政府", region="青禾县", year=2019,
                aliases=["qinghe", "qinghe county"])
COUNTY_TEXT = (
    "青禾县人民政府2019年政府信息公开工作年度报告\n"
    "本报告由青禾县数据局编制。\n"
    "一、概述\n"
    "2019年,我县主动公开政府信息120条。\n"
    "二、联系方式\n"
    "如对本报告有疑问,请联系青禾县政务公开办公室,地址:青禾县和平路18号,电子邮箱:gk@qinghe.example。\n"
    "本报告电子版可在青禾县政府信息公开网站(http://xxgk.qinghe.example)查阅。\n"
)


def fields(question: str) -> list[str]:
    return contact_fields(normalise_query(question))


@pytest.mark.parametrize("question", ["青禾县2019年年报是哪个局负责起草的", "青禾县2019年年报由哪个委编写"])
def test_a_compiler_named_by_its_kind_of_office(question):
    assert COMPILER_FIELD in fields(question)


def test_a_publisher_named_by_its_kind_of_office():
    assert PUBLISHER_FIELD in fields("青禾县2019年年报是哪个厅印发的？")


def test_a_field_and_a_date_of_the_report_are_two_asks():
    norm = normalise_query("青禾县2019年年报的发布单位和发布时间")
    assert split_pair_zh(norm) == ["青禾县2019年年报的发布单位", "青禾县2019年年报的发布时间"]
    assert split_pair_zh(normalise_query("青禾县2019年年报的问题和措施")) is None  # no fields: one thing


@pytest.mark.parametrize("question, body, field", [
    ("青禾县2019年年报 负责解答疑问的办公室和它的地址", "负责解答疑问的办公室", "办公室的地址"),
    ("青禾县2019年年报有疑问联系哪个部门及其电话", "联系哪个部门", "部门的电话"),
])
def test_a_body_and_a_field_of_its_own(question, body, field):
    first, second = split_pair_zh(normalise_query(question))
    assert first.endswith(body) and second.endswith(field)


def test_a_list_and_its_own_field_is_no_body_ask():
    assert split_pair_zh(normalise_query("青禾县2019年的问题和它的原因")) is None


@pytest.mark.parametrize("question", ["青禾县2019年年报 负责解答疑问的办公室", "Qinghe 2019 report: the office for enquiries?",
                                      "Qinghe 2019: which is the department handling public questions?"])
def test_the_office_named_by_what_it_does_with_questions(question):
    assert OFFICE_FIELD in fields(question)


@pytest.mark.parametrize("question", ["青禾县2019年信息公开年报放在哪个网上了", "青禾县2019年报告挂到哪个网站",
                                      "Qinghe county 2019 report — which site is it published on?"])
def test_the_site_the_report_was_put_on(question):
    assert SITE_FIELD in fields(question)


def test_which_platforms_they_published_on_is_no_site_ask():
    assert SITE_FIELD not in fields("Qinghe county 2019: which platforms did they publish information on?")


def test_an_e_mail_address_is_the_e_mail_field():
    got = fields("青禾县2019年年报里政务公开办公室的电子邮件地址")
    assert got and has(got[0], "电子邮箱") and not any(has(f, "地址") and not has(f, "邮箱") for f in got)
    a = answer_from_facts(COUNTY, COUNTY_TEXT, "青禾县2019年年报的电子邮件地址", source="qinghe_xian_2019.txt")
    assert a.answered and "gk@qinghe.example" in a.text and "和平路" not in a.text, a.text


@pytest.mark.parametrize("phrase, word", [("rules and measures", "办法"), ("rules and documents", "制度"),
                                          ("professional norms", "职业规范")])
def test_english_words_of_a_bodys_own_rules(phrase, word):
    assert word in GLOSSARY.en_to_zh[phrase]
