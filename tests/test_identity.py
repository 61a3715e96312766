"""Report identity from every source, with provenance (issue 10 kind 1), English names (kind 9) and the
vocabulary as data (issue 12).  Fictional agencies only ("青禾县样例局", "禾新镇" …)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.vocab import names_vocab
from ingest.clean import clean
from ingest.filenames import apply_overrides, filename_identity, parse_override, read_overrides
from ingest.metadata import extract_metadata

ROOT = Path(__file__).resolve().parents[1]


def meta(text: str, source: str = "sample.txt"):
    return extract_metadata(clean(text).text, source)


# --- one test per source ------------------------------------------------------------------------

def test_title_line():
    m = meta("青禾县样例局2021年政府信息公开工作年度报告\n一、总体情况\n正文。")
    assert (m.agency, m.region, m.year) == ("青禾县样例局", "青禾县", 2021)
    assert m.provenance == {"agency": "title", "region": "title", "year": "title"}


def test_quoted_title_in_first_paragraph():
    m = meta("本报告根据条例编制,现向社会公开《青禾县样例局2019年政府信息公开工作年度报告》,全文包括六个部分。\n"
             "一、总体情况\n我局认真开展工作。")
    assert (m.title, m.agency, m.year) == ("青禾县样例局2019年政府信息公开工作年度报告", "青禾县样例局", 2019)
    assert m.provenance["agency"] == "text"


def test_statistics_period_beats_a_quoted_title_year():
    m = meta("我镇编制了《禾新镇2020年政府信息公开工作年度报告》。所列数据的统计期限自2021年1月1日起至12月31日止。\n"
             "一、总体情况\n正文。")
    assert (m.agency, m.year) == ("禾新镇人民政府", 2021)


def test_page_header_names_the_agency():
    m = meta("青禾市人民政府\n青禾市样例局\n政府信息公开\n2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我局公开信息5条。")
    assert (m.agency, m.region, m.year) == ("青禾市样例局", "青禾市", 2021)
    assert m.provenance["agency"] == "header"


def test_self_word_next_to_a_title_line():
    # the title names no agency; the line under it does, and the text calls itself 我办
    m = meta("2010年度政府信息公开年度报告\n青禾市人民政府样例办公室\n一、概述\n2010年,我办认真贯彻条例。")
    assert (m.agency, m.region, m.year) == ("青禾市人民政府样例办公室", "青禾市", 2010)
    assert m.provenance["agency"] == "header"


def test_self_word_and_a_cited_document():
    m = meta("现公布2009年我部政府信息公开工作年度报告。\n一、概述\n我部印发了《青禾样例部信息公开工作规定》。")
    assert m.agency == "青禾样例部"


def test_signature_line():
    m = meta("2018年政府信息公开工作年度报告\n一、概述\n我镇公开信息22条。\n青禾县禾新镇人民政府\n2019年1月10日")
    assert (m.agency, m.region, m.year) == ("青禾县禾新镇人民政府", "青禾县", 2018)
    assert m.provenance["agency"] == "signature"


def test_traditional_characters_match_on_simplified_text():
    m = meta("青禾縣統計局2021年政府信息公開工作年度報告\n一、總體情況\n本局公開信息。")
    assert (m.agency, m.region, m.year) == ("青禾县统计局", "青禾县", 2021)
    assert {"qinghe", "qinghe county", "statistics bureau", "qinghe statistics bureau"} <= set(m.aliases)


def test_spam_replaced_place_falls_back_to_the_file_name():
    text = ("www.spam-mirror.com禾新镇\n2008年政府信息公开工作年度报告\n一、概述\n本单位公开信息。"
            "请与禾新镇人民政府联系。")
    m = meta(text, "zhejiang_qinghe_hexin_zhen_2008.txt")
    assert (m.title, m.agency, m.year) == ("禾新镇2008年政府信息公开工作年度报告", "禾新镇人民政府", 2008)


def test_website_owner_gives_the_parent_place():
    m = meta("禾新镇2024年政府信息公开工作年度报告\n本报告可通过青禾市人民政府门户网站查阅。\n一、总体情况\n正文。")
    assert (m.agency, m.region) == ("青禾市禾新镇人民政府", "青禾市")


def test_contact_sentence_completes_the_parent():
    m = meta("我镇编制了《禾新镇2021年政府信息公开工作年度报告》。如有疑问请与青禾县禾新镇人民政府联系。\n一、总体情况\n正文。")
    assert (m.agency, m.region) == ("青禾县禾新镇人民政府", "青禾县")


def test_compiled_by_the_general_office_of_a_place_report():
    m = meta("本报告由青禾县人民政府办公室编制。统计期限为2015年1月1日至2015年12月31日。\n一、概述\n我县公开信息。")
    assert (m.agency, m.year) == ("青禾县人民政府", 2015)


def test_most_mentioned_agency_including_abbreviations():
    m = meta("一、总体情况\n2022年,青禾区发改局公开信息。\n青禾区发改局办公地址在人民大街。")
    assert (m.agency, m.region) == ("青禾区发展和改革局", "青禾区")


# --- the file name ------------------------------------------------------------------------------------

def test_chinese_file_name_is_a_title():
    m = meta("一、总体情况\n我局认真做好工作。", "2022年青禾区样例局政府信息公开工作年度报告.pdf")
    assert (m.agency, m.region, m.year) == ("青禾区样例局", "青禾区", 2022)
    assert m.provenance == {"agency": "filename", "region": "filename", "year": "filename"}


def test_pinyin_file_name_matches_places_of_the_text():
    text = "一、总体情况\n市统计局公开信息。青禾市统计局地址在人民路。"
    fi = filename_identity("hebei_qinghe_tongjiju_2021.txt", clean(text).text)
    assert (fi.region, fi.agency, fi.year) == ("青禾市", "青禾市统计局", 2021)
    m = meta(text, "hebei_qinghe_tongjiju_2021.txt")
    assert (m.region, m.year) == ("青禾市", 2021)
    assert m.provenance["year"] == "filename"


def test_pinyin_file_name_never_invents_a_place():
    # "baisha" names no place of the gazetteer: only the province the name states (河北省, not 天津市河北区)
    fi = filename_identity("hebei_baisha_tongjiju_2021.txt", "一、总体情况\n市统计局公开信息。")
    assert (fi.region, fi.agency, fi.year) == ("河北省", None, 2021)
    assert filename_identity("baisha_tongjiju_2021.txt", "一、总体情况\n市统计局公开信息。").region is None
    assert filename_identity("report_2020_2021.txt").year is None  # two years: none


# --- user overrides -----------------------------------------------------------------------------------

def test_reports_csv_overrides(tmp_path):
    (tmp_path / "reports.csv").write_text(
        "file,agency,region,year\na.txt,青禾县样例局,,2020\nb.txt,,青禾县,\n", encoding="utf-8")
    rows = read_overrides(tmp_path)
    assert rows == {"a.txt": {"agency": "青禾县样例局", "year": 2020}, "b.txt": {"region": "青禾县"}}
    m = meta("一、总体情况\n我局公开信息。")
    apply_overrides(m, rows["a.txt"])
    assert (m.agency, m.region, m.year) == ("青禾县样例局", "青禾县", 2020)
    assert m.provenance == {"agency": "user", "region": "user", "year": "user"}
    assert "qinghe" in m.aliases
    assert read_overrides(tmp_path / "nowhere") == {}


def test_pipeline_user_identity_merges_csv_and_command_line(tmp_path):
    from ingest.pipeline import user_identity

    (tmp_path / "reports.csv").write_text("file,agency,region,year\na.txt,青禾县样例局,,2020\n", encoding="utf-8")
    assert user_identity(tmp_path / "a.txt", None) == {"agency": "青禾县样例局", "year": 2020}
    assert user_identity(tmp_path / "a.txt", parse_override(year="2021")) == {"agency": "青禾县样例局", "year": 2021}
    assert user_identity(tmp_path / "c.txt", None) == {}


def test_ingest_cli_flags():
    from ingest.__main__ import build_parser

    a = build_parser().parse_args(["x.txt", "--agency", "青禾县样例局", "--region", "青禾县", "--year", "2020"])
    assert parse_override(a.agency, a.region, a.year) == {"agency": "青禾县样例局", "region": "青禾县", "year": 2020}


# --- English names (kind 9) ------------------------------------------------------------------------

@pytest.mark.parametrize("en,zh", [
    ("statistics bureau", "统计局"), ("township government", "乡人民政府"), ("street office", "街道办事处"),
    ("letters and visits bureau", "信访局"), ("health commission", "卫生健康委员会"), ("finance bureau", "财政局"),
    ("bureau of letters and calls", "信访局"), ("stats bureau", "统计局"),
])
def test_english_agency_type_words_map_through_the_data(en, zh):
    v = names_vocab()
    assert zh in v.agency_types_en[en]
    assert en in v.agency_type_en[zh]


@pytest.mark.parametrize("question", [
    "How many applications did the Bureau of Letters and Calls of Qinghe County receive in 2023?",
    "Qinghe letters and calls bureau, 2023: applications received?",
    "how many OGI requests did the qinghe petitions bureau get in 2023",
])
def test_english_names_of_a_petitions_bureau_reach_it_not_the_places_other_report(question):
    from assistant.query import parse_question
    from assistant.core.types import Report

    from ingest.aliases import make_aliases

    reports = [Report(doc_id=d, agency=a, region="青禾县", year=y, aliases=make_aliases(a, "青禾县"))
               for d, a, y in (("xf", "青禾县信访局", 2023), ("gov", "青禾县人民政府", 2011))]
    assert parse_question(question, reports).doc_ids == ["xf"]


def test_traditional_only_place_reachable_by_pinyin():
    from assistant.query import parse_question
    from assistant.core.types import Report

    m = meta("一、總體情況\n本局在禾新鎮開展工作。禾新鎮人民政府發布通知。\n二、主動公開\n正文。")
    r = Report(doc_id="x", agency=m.agency, region=m.region, year=2021, aliases=m.aliases, mentions=m.mentions)
    assert {"禾新镇", "hexin", "hexin town"} <= set(m.mentions)
    assert parse_question("How many applications did Hexin town receive?", [r]).doc_ids == ["x"]


def test_english_type_words_for_an_agency():
    m = meta("青禾县禾新乡人民政府2021年政府信息公开工作年度报告\n一、总体情况\n正文。")
    assert {"township government", "hexin township", "qinghe township government"} <= set(m.aliases)


# --- vocabulary is data ----------------------------------------------------------------------------

def test_vocabulary_loaded_once_and_frozen():
    v = names_vocab()
    assert v is names_vocab()
    with pytest.raises(Exception):
        v.stop_chars = frozenset()  # type: ignore[misc]
    with pytest.raises(TypeError):
        v.agency_type_en["新局"] = ("new",)  # type: ignore[index]


def test_no_second_copy_of_the_vocabulary_in_code():
    words = ('"letters and visits bureau"', '"昆都仑": "kundulun"', '"health and wellness commission"')
    for py in list((ROOT / "assistant").rglob("*.py")) + list((ROOT / "ingest").rglob("*.py")):
        src = py.read_text(encoding="utf-8")
        for w in words:
            assert w not in src, (py, w)


# --- the gazetteer: places of pinyin file names that the text never writes -------------------------------

def _gaz():
    from ingest.gazetteer import gazetteer

    if not gazetteer():
        pytest.skip("cpca's division table not installed")


@pytest.mark.parametrize("name,place", [
    ("jiangsu_taizhou_shi_2017", "泰州市"), ("zhejiang_taizhou_2017", "台州市"),  # the province decides
    ("anhui_suzhou_shi", "宿州市"), ("suzhou_2016", None), ("shi_weijianwei_2021", None),  # ambiguous / none
    ("xian_ziranziyuanju_2023", None),  # "xian" is the suffix 县 here, never 西安
    ("shaanxi_wuqi_zhouwan_zhen_2021", "吴起县"),  # romanisation convention from the data file
])
def test_gazetteer_resolves_only_unambiguous_names(name, place):
    _gaz()
    import re

    from ingest.gazetteer import resolve

    got = resolve([t for t in re.split(r"[^0-9a-z]+", name) if t])
    assert (got.name if got else None) == place


def test_file_name_place_completes_the_agency():
    _gaz()
    m = meta("一、总体情况\n2022年,市财政局认真落实条例。\n二、主动公开\n正文。", "shandong_taian_caizhengju_2022.txt")
    assert (m.agency, m.region) == ("泰安市财政局", "泰安市")
    assert m.provenance["region"] == "filename"


def test_report_published_in_english():
    _gaz()
    m = meta("Annual Report of Zhangdian District Letters and Visits Bureau on Government Information Disclosure in 2013\n"
             "I. General situation\nThe bureau disclosed 12 pieces of information.")
    assert (m.agency, m.region, m.year) == ("张店区信访局", "张店区", 2013)
    assert m.title.startswith("Annual Report of Zhangdian District")
    assert "zhangdian petitions bureau" in m.aliases


def test_a_verb_is_not_a_name_but_a_name_may_start_like_one():
    m = meta("一、基本情况\n2012年按照青禾市政府信息公开工作的安排,禾新镇人民政府完善了领导小组。禾新镇人民政府公开信息。")
    assert m.agency == "禾新镇人民政府"  # not "按照青禾市": the name the text spells out
    assert meta("共青城市样例局2020年政府信息公开工作年度报告\n一、总体情况\n正文。").agency == "共青城市样例局"


# --- file names: province, kind of place, agency type; names of places (issue 10 kinds 1, 2, 9) ----------

@pytest.mark.parametrize("name,place", [
    ("hainan_tongjiju_2014", "海南省"),  # a bare province name is the province, not 乌海市海南区
    ("neimenggu_wuhai_hainan_2014", "海南区"),  # ... unless another token places it
    ("xinjiang_zizhiqu_bangongting_2022", "新疆维吾尔自治区"),  # the suffix word says which kind of place
    ("shanxi_xinjiang_xian_2020", "新绛县"),
    ("jilin_liaoyuan_xianqu_2022", "西安区"),
])
def test_gazetteer_province_and_kind_of_place(name, place):
    _gaz()
    import re

    from ingest.gazetteer import resolve

    got = resolve([t for t in re.split(r"[^0-9a-z]+", name) if t])
    assert (got.name if got else None) == place


def test_file_name_place_and_agency_type_make_the_agency():
    _gaz()
    text = "按照条例,现将我局2014年政府信息公开情况报告如下。\n一、主动公开\n我局公开信息5条。"
    m = meta(text, "046_hainan_shipinyaopin_jianguanju_2014.txt")
    assert (m.agency, m.region, m.year) == ("海南省食品药品监督管理局", "海南省", 2014)
    assert m.provenance["agency"] == m.provenance["region"] == "filename"
    assert "hainan food and drug administration" in m.aliases
    # an office of the government is named under it; the text's 我办 fits 法制办公室
    m = meta("一、概述\n2010年,我办公开信息。", "sichuan_leshan_fazhiban_2010.txt")
    assert m.agency == "乐山市人民政府法制办公室"
    # the text calls itself 我委: a file name's 局 is not its type
    assert meta("一、概述\n2014年,我委公开信息。", "hainan_tongjiju_2014.txt").agency is None


def test_bare_level_word_agency_completed_by_the_file_name():
    _gaz()
    text = "自治区人民政府办公厅2022\n政府信息公开工作年度报告\n一、总体情况\n2022年,自治区人民政府办公厅公开信息。"
    m = meta(text, "xinjiang_zizhiqu_bangongting_2022.txt")
    assert (m.agency, m.region, m.year) == ("新疆维吾尔自治区人民政府办公厅", "新疆维吾尔自治区", 2022)
    # English and short names of the region; the name the text uses for its own body
    assert {"xinjiang", "xinjiang uygur autonomous region", "自治区人民政府办公厅"} <= set(m.aliases)


def test_english_names_of_one_body_agencies_and_places_are_aliases():
    from ingest.aliases import make_aliases

    assert "ministry of foreign affairs" in make_aliases("外交部", None)
    assert {"inner mongolia", "neimenggu"} <= set(make_aliases("内蒙古自治区人民政府", "内蒙古自治区"))
    assert {"guangxi", "guangxi zhuang autonomous region"} <= set(make_aliases("广西壮族自治区人民政府", "广西壮族自治区"))
    assert not any("自治区" in a and not a.startswith(("广西", "自治区")) for a in make_aliases("广西壮族自治区人民政府", "广西壮族自治区"))


def test_short_place_names_from_the_data():
    v = names_vocab()
    assert v.short_place("新疆维吾尔自治区") == "新疆"
    assert v.short_place("青禾朝鲜族自治州") == "青禾"
    assert v.short_place("青禾蒙古族藏族自治县") == "青禾"
    assert v.short_place("道县") is None


def test_mentions_hold_provinces_by_short_name_and_the_file_names_parents():
    _gaz()
    m = meta("一、总体情况\n2022年,我办贯彻视察新疆重要讲话精神。办公地址:北京路1号。", "qinghe_2022.txt")
    assert {"新疆维吾尔自治区", "新疆", "xinjiang"} <= set(m.mentions)
    assert "北京市" not in m.mentions  # 北京路 is a street
    m = meta("一、总体情况\n2017年,我乡公开信息。", "anhui_tongling_jiaoqu_xiang_2017.txt")
    assert m.region == "郊区" and {"铜陵市", "tongling", "安徽省", "anhui"} <= set(m.mentions)
    # "建立自治区…" is a verb before the level word, not a place
    assert not any(x.endswith("自治区") for x in meta("一、总体情况\n建立自治区规章库。").mentions)


def test_academic_year_report():
    m = meta("信息公开是重要举措,青禾大学始终坚持公开。根据2018-2019学年工作情况,现编制2018-2019学年青禾大学信息公开工作年度报告。"
             "\n一、概述\n正文。")
    assert (m.title, m.agency, m.year) == ("2018-2019学年青禾大学信息公开工作年度报告", "青禾大学", 2019)


def test_bare_body_of_the_kind_the_text_calls_itself():
    m = meta("一、总体情况\n(一)主动公开。2020年,我院公开信息20条。\n(二)依申请公开。2020年,县医院未收到申请。")
    assert m.agency == "县医院"
    # a list of levels is no body; a body of another kind than 我局 is not the issuer
    assert meta("一、概述\n我局指导省局、市县区局公开信息。").agency is None
    assert meta("一、概述\n2020年,我局会同县医院公开信息。").agency is None


def test_bare_level_and_type_of_a_file_name():
    text = "一、总体情况\n2021年,我委认真贯彻落实工作情况县样例局的经验。"
    assert meta(text, "shi_weijianwei_2021_spam_mirror.txt").agency == "市卫生健康委员会"
    # a name composed from the file name is not "completed" by a phrase of the text ("…情况县…")
    m = meta("一、主动公开政府信息情况县招投标局201x年公开信息。本局认真工作。", "xian_zhaotoubiaoju_201x.txt")
    assert (m.agency, m.region) == ("县招投标局", None)
