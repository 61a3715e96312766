"""Session 13 leftovers (fixer L2), each a general rule tested on fictional agencies and text:

1. a quote's display form (``Citation.display_quote``): a PDF's Kangxi radicals as unified characters, same length,
   shown by the UI, the CLI and the memo while ``quote`` stays the exact original;
2. a town's (镇/乡/街道) report gets its county from a signature or 主办 line, or the site footer (a .docx fixture);
3. a city's bureau asked is not answered from a district branch's report (and a branch asked not from the bureau's);
   a refusal names the place the question writes;
4. a joiner inside a word (参与, 及时, 和谐) separates no listed items;
5. no region alias is made up from one character of the place's name.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.core.types import Answer, Citation, Report

# --- 1. display_quote ---------------------------------------------------------------------------------------------

# a fictional PDF text layer: ⾏ (U+2F8F), ⼈ (U+2F08), ⽩ (U+2F69) are Kangxi radicals, 廊 (U+F928) a compatibility ideograph
PDF_LIKE = "石榴县样例局2023年⾏政处罚信息公开12条，⼈员培训3次，⽩鹭湾回廊公开栏更新5次。"


def _cite(text: str = PDF_LIKE) -> Citation:
    return Citation(n=1, doc_id="k" * 16, source="kx.pdf", title="石榴县样例局2023年政府信息公开工作年度报告",
                    agency="石榴县样例局", year=2023, quote=text, start=100, end=100 + len(text),
                    highlight="12", highlight_start=100 + text.index("12"), highlight_end=102 + text.index("12"))


def test_display_quote_unifies_radicals_one_for_one_and_quote_stays_exact():
    c = _cite()
    assert c.quote == PDF_LIKE  # (quote == original[start:end])
    assert c.display_quote == "石榴县样例局2023年行政处罚信息公开12条，人员培训3次，白鹭湾回廊公开栏更新5次。"
    assert len(c.display_quote) == len(c.quote)
    d = Answer(question="q", text="t", answered=True, citations=[c]).to_dict()
    assert d["citations"][0]["display_quote"] == c.display_quote
    assert Answer(**d).citations[0].quote == PDF_LIKE  # (a dict round trip keeps the original)
    plain = _cite("青禾县样例局收到申请12件。")
    assert plain.display_quote == plain.quote


def test_memo_cli_and_ui_show_the_display_form(capsys):
    from assistant.__main__ import print_answer
    from assistant.ui.format import quote_html
    from assistant.ui.memo import memo_reference

    c = _cite()
    assert "行政处罚" in memo_reference(c, "zh") and "⾏" not in memo_reference(c, "zh")
    assert "⾏" not in memo_reference(c, "en")
    html = quote_html(c)
    assert "行政处罚" in html and "⾏" not in html and '<mark class="figure">12</mark>' in html
    print_answer(Answer(question="q", text="…[1]", answered=True, citations=[c]))
    out = capsys.readouterr().out
    assert "行政处罚" in out and "⾏" not in out


def test_a_quote_shown_from_the_original_unifies_radicals_too():
    from assistant.shown_quotes import quote_lead, shown_quote

    assert shown_quote("本年度未收到⾏政复议申请") == "本年度未收到行政复议申请"
    t = {"quote_as_written": "W", "quote_simplified": "S"}
    assert quote_lead("本年度未收到⾏政复议申请", shown_quote("本年度未收到⾏政复议申请"), t) == "W"


# --- 2. a town's report gets its county ---------------------------------------------------------------------------

def _town_meta(tmp_path, **kw):
    from ingest.clean import clean
    from ingest.load import load_document
    from ingest.metadata import extract_metadata
    from ingest.site_furniture import site_footer
    from tests.fixtures.town_docx import town_report_docx

    path = tmp_path / "town_report.docx"
    path.write_bytes(town_report_docx(**kw))
    doc = load_document(path)
    return extract_metadata(clean(doc.text).text, path.name, footer=site_footer(doc.text))


@pytest.mark.parametrize("kw, agency, region", [
    # the signature writes the county before the town
    (dict(), "青禾县石榴镇人民政府", "青禾县"),
    # a signature with a month only (no date line): the places written before the subdistrict's name
    (dict(title="翠竹街道办事处2023年政府信息公开工作年度报告", tail=("云栖市翠湖区翠竹街道办事处", "2024年1月")),
     "云栖市翠湖区翠竹街道办事处", "云栖市"),
    # the county's 主办 line, the town only in the title
    (dict(tail=("主办单位：青禾县人民政府", "承办：石榴镇党政办")), "青禾县石榴镇人民政府", "青禾县"),
    # the site footer (dropped by cleaning) names the town with its county
    (dict(tail=("主办单位：青禾县石榴镇人民政府", "网站标识码：1234567")), "青禾县石榴镇人民政府", "青禾县"),
    (dict(title="石榴乡人民政府2023年政府信息公开工作年度报告", tail=("青禾县石榴乡人民政府",)), "青禾县石榴乡人民政府", "青禾县"),
])
def test_a_town_report_gets_its_county(tmp_path, kw, agency, region):
    meta = _town_meta(tmp_path, **kw)
    assert (meta.agency, meta.region) == (agency, region)


def test_a_town_report_naming_no_county_gets_none(tmp_path):
    meta = _town_meta(tmp_path, tail=())
    assert (meta.agency, meta.region) == ("石榴镇人民政府", None)  # (never guessed)


def test_placed_before_takes_only_places_the_text_names():
    from ingest.agency_names import placed_before

    names = ["云栖市", "翠湖区", "翠竹街道"]
    assert placed_before("翠竹街道", "特此报告。\n云栖市翠湖区翠竹街道办事处", names) == "云栖市翠湖区"
    assert placed_before("翠竹街道", "2023年我翠竹街道坚持公开", names) is None  # (年, 我: no place)


# --- 3. a bureau asked and only its branch's report (and vice versa) ----------------------------------------------

BRANCH = Report(doc_id="b" * 16, sources=["b.txt"], agency="云港市样例局南湖分局", region="云港市", year=2024,
                aliases=["yungang", "nanhu", "yungang sample bureau"])
BUREAU = Report(doc_id="u" * 16, sources=["u.txt"], agency="云港市样例局", region="云港市", year=2024,
                aliases=["yungang", "yungang sample bureau"])


def _tier(question: str, report: Report):
    from assistant.branch_reports import reports_of_other_tier
    from assistant.query import parse_question

    q = parse_question(question, [report])
    q.doc_ids = [report.doc_id]
    index = SimpleNamespace(reports=[report], by_doc={report.doc_id: report})
    return q, reports_of_other_tier(q, index)


@pytest.fixture(autouse=False)
def sample_type(monkeypatch):
    """样例局 as an agency type of the vocabulary (fictional)."""
    import assistant.branch_reports as br

    monkeypatch.setattr(br, "agency_types_named", lambda norm: ["样例局"] if "样例局" in norm or "sample bureau" in norm else [])


@pytest.mark.parametrize("question, tier, asked", [
    ("云港市样例局2024年收到多少政府信息公开申请？", "branch", "云港市样例局"),
    ("请问云港样例局2024年收到多少申请", "branch", "云港样例局"),
    ("How many requests did the Yungang sample bureau receive in 2024?", "branch", "云港市样例局"),
])
def test_a_bureau_asked_is_not_answered_by_its_branch(sample_type, question, tier, asked):
    _q, got = _tier(question, BRANCH)
    assert got is not None and got[:2] == (tier, asked)


@pytest.mark.parametrize("question", [
    "云港市样例局南湖分局2024年收到多少申请",  # the branch by its full name
    "南湖样例分局2024年收到多少申请",  # by its place
    "云港样例局南湖那边2024年收到多少申请",
    "How many requests did the Nanhu sample bureau branch receive in 2024?",
])
def test_a_branch_named_keeps_its_report(sample_type, question):
    assert _tier(question, BRANCH)[1] is None


def test_a_branch_asked_is_not_answered_by_the_bureau(sample_type):
    _q, got = _tier("云港市样例局北湖分局2024年收到多少申请", BUREAU)
    assert got is not None and got[0] == "bureau" and got[1] == "云港市样例局北湖分局"
    assert _tier("云港市样例局2024年收到多少申请", BUREAU)[1] is None  # (the bureau asked, the bureau's report)


@pytest.mark.parametrize("question", [
    "云港市样例局及各分局2024年共收到多少申请",
    "云港市样例局2024年共收到多少申请，其中各分局各多少",
    "云港市样例局及其下属分局2024年收到多少申请",
    "How many requests did the Yungang sample bureau and its branches receive in 2024?",
    "How many requests did the Yungang sample bureau and all of its district branches get in 2024?",
])
def test_the_bureau_and_its_branches_asked_keeps_the_bureaus_report(sample_type, question):
    # (branches written generically beside the bureau: the bureau's own report is asked, no branch of its own)
    assert _tier(question, BUREAU)[1] is None


def test_a_branch_word_naming_no_branch_keeps_the_bureaus_report(sample_type):
    # (the name asked is the bureau's own: no branch named, nothing to decline)
    assert _tier("云港市样例局2024年分局收到多少申请", BUREAU)[1] is None
    _q, got = _tier("云港市样例局北湖分局2024年收到多少申请", BUREAU)  # (a branch named stays declined)
    assert got is not None and got[:2] == ("bureau", "云港市样例局北湖分局")


def test_the_refusal_names_the_agency_asked(sample_type):
    from assistant.branch_reports import other_tier_refusal
    from assistant.query import parse_question

    q = parse_question("云港市样例局2024年收到多少申请", [BRANCH])
    q.doc_ids = [BRANCH.doc_id]
    t = {"unknown_entity_branch_only": "没有{entity}本级：{others}", "unknown_entity_bureau_only": "-"}
    index = SimpleNamespace(reports=[BRANCH], by_doc={BRANCH.doc_id: BRANCH})
    assert other_tier_refusal(q, index, t) == "没有云港市样例局本级：云港市样例局南湖分局（2024）"


def test_a_refusal_of_another_agency_names_the_place_the_question_writes():
    from assistant.other_agency import place_asked

    q = SimpleNamespace(language="zh", norm="南湖区教育局2024年收到多少政府信息公开申请？")
    assert place_asked(q, ["教育局"]) == "南湖区"
    q = SimpleNamespace(language="zh", norm="请问云港市南湖区卫健委2024年收到多少申请")
    assert place_asked(q, ["卫生健康委员会"]) == "云港市南湖区"
    assert place_asked(SimpleNamespace(language="zh", norm="云港教育局2024年"), ["教育局"]) is None  # (no level word)


# --- 4. a joiner inside a word ------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, items", [
    ("知情权、表达权、参与权", ["知情权", "表达权", "参与权"]),
    ("知情权、表达权及参与权", ["知情权", "表达权", "参与权"]),
    ("门户网站、政务微博及时发布", ["门户网站", "政务微博及时发布"]),
    ("样例网站、和谐社区公开栏", ["样例网站", "和谐社区公开栏"]),
    ("样例日报、杂志和社区公开栏", ["样例日报", "杂志", "社区公开栏"]),  # (a joiner between words still joins)
    ("样例网站以及样例公开栏", ["样例网站", "样例公开栏"]),
])
def test_a_joiner_inside_a_word_separates_no_items(raw, items):
    from assistant.lumped_items import list_items

    assert list_items(raw) == items


# --- 5. no one-character short alias -------------------------------------------------------------------------------

def test_no_alias_is_made_up_from_one_character_of_the_place():
    from ingest.aliases import make_aliases

    assert not {"石区", "石区样例局"} & set(make_aliases("石榴湾区样例局", "石榴湾区", "石榴湾区样例局2023年年度报告"))
    # (a short form the report itself writes is its own: kept)
    assert "石区" in make_aliases("石榴湾区样例局", "石榴湾区", "本报告由石区样例局编制")
