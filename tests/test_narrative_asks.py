"""Asks of what a report says in words: a statement of none of undisclosed information, the English words of laws
gone by and of work done well, a list opened by a verb's 了 (fictional text)."""
def test_a_statement_that_nothing_due_went_undisclosed_is_one_of_none():
    from ingest.prose import none_in

    what, _at = none_in("青苗镇尚无发现应主动公开政府信息而未予公开的情况")
    assert "未予公开" in what


def test_english_asks_of_laws_gone_by_and_work_done_well_search_the_reports_words():
    from assistant.query import glossary_terms

    assert {"依据", "法律"} <= set(glossary_terms("which laws does the bureau say it goes by"))
    assert "较好地完成" in glossary_terms("what work did the bureau get done reasonably well")
    assert "统一领导" in glossary_terms("under whose unified leadership is the work carried out")


def test_a_list_opened_by_a_verbs_le_keeps_its_first_part_whole():
    from ingest.items import extract_items

    text = "2020年,青苗乡明确专人负责,以服务群众为着力点,较好地完成了门户网和政务信息公开、编制报送信息等工作。"
    assert [f.text_value or f.raw for f in extract_items(text)] == ["门户网和政务信息公开", "编制报送信息"]


def test_under_whose_leadership_is_answered_by_a_body_before_a_qualified_act_without_de():
    from assistant.verify import names_agent_of

    assert names_agent_of("近年来,学院信息公开工作在院党委统一领导下展开", "领导")
    assert names_agent_of("在县委、县政府的正确领导下,我局…", "领导")
    assert not names_agent_of("我局加强领导,落实责任", "领导")


def test_a_chinese_ask_of_a_dedicated_site_names_its_kind():
    from assistant.core.glossary import GLOSSARY

    assert [m.group() for m in GLOSSARY.patterns["site_kind"].finditer("青苗镇把信息放到了县里的信息公开专题网站，网址是多少")] == ["专题网站"]
