"""Kinds of questions the fresh tuning set showed failing, each on fictional reports (no store, no embedder):
contact asks answered by a value's shape or the most specific office, bare contact pairs, date asks,
English questions over a report published in English, names written as scope vs. content, English
words that are no place names, and word boundaries of English question words.
"""

from __future__ import annotations

from assistant.answer import ExtractiveEngine
from assistant.asks import split_asks
from assistant.core.types import Chunk, Fact, Passage, Report
from assistant.evidence import EvidenceGatherer
from assistant.query import parse_question
from tests.fake_index import FakeIndex as _FakeIndex
from assistant.unsettled_places import unknown_places
from assistant.shapes import covers, is_english

DOC = "e" * 16
ORIGINAL = (
    "青禾乡2023年政府信息公开工作年度报告\n"
    "本报告由青禾乡人民政府办公室编制。如对本报告有疑问,请联系:0000-7654321。\n"
    "本年度我乡在政府门户网站发布通知公告30条,其中政府文件12条,办公室文件18条。\n"
    "发布时间:2024-01-20\n"
    "联系单位:青禾乡人民政府办公室;联系单位:青禾乡人民政府办公室综合信息科。\n"
    "地址:青禾乡禾苗路1号。电话:0000-7654321。\n"
    "本报告统计期限为2023年1月1日至2023年12月31日。\n"
    "本乡信息公开工作坚持公正、公平、便民的原则。\n"
    "五、存在的主要问题\n一是宣传不够深入,群众知晓率低、参与少、反馈慢。二是人员不足。\n"
    "The township actively disclosed 12,345 pieces of government information on the portal website, "
    "and 67 pieces on its WeChat account.\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_xiang_2023.txt"], agency="青禾乡人民政府", region="青禾乡", year=2023,
                aliases=["qinghe", "qinghe township"], mentions=["青禾乡", "青禾县"])


def _at(text: str, after: str = "") -> tuple[int, int]:
    s = ORIGINAL.index(text, ORIGINAL.index(after) if after else 0)
    return s, s + len(text)


def _contact(row: str, value: str, after: str = "") -> Fact:
    s, e = _at(value, after)
    return Fact(doc_id=DOC, table="narrative", row=row, column="", kind="contact", value=None, unit="", raw=value,
                label_zh=f"联系方式 / {row}", label_en={"负责机构": "contact / office responsible", "地址": "contact / address",
                                                         "电话": "contact / phone"}[row],
                text_value=value, start=s, end=e, quote_start=s, quote_end=e)


def _figure(row: str, value: str, label_en: str) -> Fact:
    s, e = _at(row + value)
    return Fact(doc_id=DOC, table="narrative", row=row, column="", kind="narrative", value=float(value), unit="条",
                raw=value + "条", label_zh=f"总体情况 / {row}", label_en=label_en, start=s + len(row), end=e,
                quote_start=s, quote_end=e + 1)


FACTS = [
    _contact("负责机构", "青禾乡人民政府办公室", "联系单位"),
    _contact("负责机构", "青禾乡人民政府办公室综合信息科"),
    _contact("地址", "青禾乡禾苗路1号"),
    _contact("电话", "0000-7654321", "地址"),
    _figure("其中政府文件", "12", "general situation / government documents (items)"),
    _figure("办公室文件", "18", "general situation / office documents (items)"),
]


_p = _at("2023年1月1日至2023年12月31日")
FACTS.append(Fact(doc_id=DOC, table="narrative", row="统计期限", column="", kind="date", value=None, unit="",
                  raw=ORIGINAL[_p[0]:_p[1]], label_zh="统计期限", label_en="reporting period",
                  text_value=ORIGINAL[_p[0]:_p[1]], start=_p[0], end=_p[1], quote_start=_p[0], quote_end=_p[1]))




def _item(label_zh: str, text: str, n: int) -> Fact:
    s, e = _at(text, "五、存在的主要问题")
    return Fact(doc_id=DOC, table="narrative", row="存在的主要问题", column=f"第{n}项", kind="item", value=None, unit="",
                raw=text, label_zh=f"{label_zh} / 第{n}项", label_en="problems / item", text_value=text,
                start=s, end=e, quote_start=s, quote_end=e)


FACTS += [_item("存在的主要问题 / 宣传不够深入 / 群众…等", t, i) for i, t in enumerate(["知晓率低", "参与少", "反馈慢"], 1)]
FACTS += [_item("存在的主要问题", t, i) for i, t in enumerate(["宣传不够深入", "人员不足"], 1)]


def _principle(text: str, n: int) -> Fact:
    s, e = _at(text, "坚持")
    q0, q1 = _at("坚持公正、公平、便民的原则")
    return Fact(doc_id=DOC, table="narrative", row="总体情况", column=f"第{n}项", kind="item", value=None, unit="",
                raw=text, label_zh=f"总体情况 / 坚持…的原则 / 第{n}项", label_en="overview / principles / item",
                text_value=text, start=s, end=e, quote_start=q0 if n == 1 else s, quote_end=q1 if n == 1 else e)


FACTS += [_principle(t, i) for i, t in enumerate(["公正", "公平", "便民"], 1)]


def FakeIndex() -> _FakeIndex:
    return _FakeIndex(REPORT, FACTS, ORIGINAL)


def _passages(*lines: str) -> list[Passage]:
    out = []
    for i, line in enumerate(lines):
        s, e = _at(line)
        out.append(Passage(Chunk(chunk_id=f"{DOC}:{i:04d}", doc_id=DOC, source=REPORT.sources[0], section="", text=line,
                                 clean_text=line, start=s, end=e, clean_start=s), 1.0 - i / 10))
    return out


ALL_LINES = [ln for ln in ORIGINAL.splitlines()[1:] if ln]


def _ask(question: str, lines: list[str] | None = None):
    q = parse_question(question, [REPORT])
    return ExtractiveEngine(FakeIndex(), 0.34).answer(q, _passages(*(lines or ALL_LINES)))


# --- contact asks --------------------------------------------------------------------------------

def test_a_phone_ask_is_answered_by_a_sentence_holding_a_phone_number():
    assert covers("电话|联系电话", "如对本报告有疑问,请联系:0000-7654321。")
    assert not covers("电话|联系电话", "发布通知公告30条")
    a = _ask("What number should I call with questions about Qinghe township's 2023 report?",
             ["本报告由青禾乡人民政府办公室编制。如对本报告有疑问,请联系:0000-7654321。"])
    assert a.answered and "0000-7654321" in a.text


def test_an_office_ask_gets_the_most_specific_office():
    for question in ("青禾乡2023年年报有疑问找哪个科室？", "Which office handles questions on Qinghe township's report?",
                     # (the questions said as the subject, the unit they go to asked)
                     "Qinghe township 2023 report: exactly which unit are questions about it supposed to go to?"):
        a = _ask(question)
        assert a.answered and "综合信息科" in a.text, question


def test_a_bare_pair_of_contact_fields_is_two_asks():
    assert [a.text for a in split_asks("青禾乡人民政府的地址和联系电话")] == ["青禾乡人民政府的地址", "青禾乡人民政府的联系电话"]
    assert [a.text for a in split_asks("青禾乡的规章和规范性文件")] == ["青禾乡的规章和规范性文件"]  # not contact fields
    a = _ask("青禾乡人民政府的地址和联系电话？")
    assert "青禾乡禾苗路1号" in a.text and "0000-7654321" in a.text


def test_an_office_that_compiled_the_report_is_not_a_number_ask():
    q = parse_question("Which office compiled Qinghe county's 2023 report?", [REPORT])
    assert not q.wants_number  # "count" inside "county" asks for no figure
    assert parse_question("What is the total count of applications?", [REPORT]).wants_number


# --- dates -----------------------------------------------------------------------------------------

def test_a_date_ask_without_a_date_fact_is_answered_by_a_sentence_with_a_date_not_by_items():
    a = _ask("青禾乡2023年年报是什么时候发布的？", ["本年度我乡在政府门户网站发布通知公告30条,其中政府文件12条,办公室文件18条。",
                                          "发布时间:2024-01-20"])
    assert a.answered and "2024-01-20" in a.text and "30" not in a.text


# --- English reports, names, English words ---------------------------------------------------------

def test_an_english_question_over_an_english_report_quotes_the_figure_whole():
    line = ALL_LINES[-1]
    assert is_english(line) and not is_english(ALL_LINES[0])
    a = _ask("How many pieces of government information did Qinghe township put on its portal in 2023?", [line])
    assert a.answered and "12,345" in a.text


def test_a_name_is_scope_where_written_and_its_words_elsewhere_are_content():
    g = EvidenceGatherer(FakeIndex())
    q = parse_question("青禾乡人民政府2023年发布的人民政府文件有多少条？", [REPORT])
    terms = g.key_terms(q)
    assert any("人民政府" in t or "政府文件" in t for t in terms) or "文件" in terms
    assert "青禾乡人民政府" not in terms


def test_english_vocabulary_words_are_no_unknown_places():
    class Idx:
        reports = (REPORT,)

    for question, unknown in (("How many posts on Weibo did Qinghe township publish?", []),
                              ("What period does the University of Chinese Studies' report cover?", []),
                              ("How many applications did Wuhua district receive?", ["Wuhua"])):
        q = parse_question(question, [REPORT])
        assert unknown_places(q, Idx()) == unknown, question


def test_which_year_or_period_a_report_covers_is_its_reporting_period():
    for question in ("Which year's figures does the Qinghe township report cover?",
                     "What period does Qinghe township's 2023 report cover?"):
        a = _ask(question)
        assert a.answered and "2023年1月1日至2023年12月31日" in a.text, question


def test_which_of_two_has_more_is_a_comparison():
    from assistant.aggregate import detect_intent

    assert detect_intent("2021年青禾乡和青苗乡哪个主动公开的信息多", 1, 2) == "compare"
    assert detect_intent("青禾乡和青苗乡哪个收到的申请少", 1, 2) == "compare"
    assert detect_intent("哪个局收到多少件申请", 1, 2) == "single"  # 多少 asks a figure, not which is more


def test_the_problems_of_a_section_are_its_own_list_not_one_nested_in_an_item():
    a = _ask("青禾乡2023年存在哪些主要问题？")
    assert a.answered and "宣传不够深入" in a.text and "人员不足" in a.text
    assert "参与少" not in a.text


def test_a_sentence_figure_in_another_unit_does_not_answer():
    from assistant.shapes import unit_fits

    assert not unit_fits("50人次", "件") and unit_fits("42件", "件") and unit_fits("30余条", "条")
    assert unit_fits("0", "件") and unit_fits("12", "件") and unit_fits("5条", None)


def test_a_breakdown_without_a_figure_of_its_own_splits_the_figure_before_it():
    from assistant.core.types import Fact as F

    g = EvidenceGatherer(FakeIndex())
    total = FACTS[0].model_copy(update={"kind": "table", "table": "三", "row": "一、本年新收", "column": "总计", "value": 2.0,
                                        "metric": "applications_received"})
    parts = [total.model_copy(update={"column": c, "value": 1.0}) for c in ("自然人", "法人或其他组织 / 商业企业")]
    g.fact_index.facts = lambda doc_ids=None: [total, *parts]  # type: ignore[method-assign]
    q = parse_question("青禾乡2023年收到几件申请？分别是什么人提出的？", [REPORT])
    g.metric_facts = lambda sub, docs, metric=None: [total]  # type: ignore[method-assign]
    asks = g.gather(q, [])
    assert len(asks) == 1 and [f.column for f in asks[0].breakdown] == ["自然人", "法人或其他组织 / 商业企业"]
    assert isinstance(asks[0].facts[0], F)


def test_an_autonomous_region_is_named_without_its_suffix():
    from assistant.scope import _stems

    assert _stems("青禾自治区") == ["青禾自治区", "青禾"]
    assert _stems("青禾壮族自治区") == ["青禾壮族自治区", "青禾"]


def test_a_how_many_ask_is_not_answered_by_a_list_of_items():
    g = EvidenceGatherer(FakeIndex())
    q = parse_question("青禾乡2023年存在的主要问题有多少条？", [REPORT])
    facts = g.label_facts(q, [REPORT])
    assert all(f.kind != "item" for f in facts)


def test_a_contact_ask_with_a_long_description_of_the_office_still_gets_the_field():
    a = _ask("青禾乡2023年政务公开工作领导小组办公室综合协调组的联系电话是多少？", ["发布时间:2024-01-20"])
    assert a.answered and "0000-7654321" in a.text


def test_short_items_of_one_list_are_said_as_one_phrase_cited_once():
    a = _ask("青禾乡信息公开工作坚持什么原则？")
    assert a.answered and "公正、公平、便民" in a.text and len(a.citations) == 1


def test_qita_other_is_no_pronoun_of_a_follow_up():
    from assistant.core.glossary import GLOSSARY

    for name in ("pronoun_zh", "refers_back_zh"):
        assert not GLOSSARY.patterns[name].match("其它类信息有多少条"), name
        assert GLOSSARY.patterns[name].match("其收到的申请"), name
