from assistant.short_names import short_name_definitions

TEXT = ("本报告根据《青禾县政务信息公开实施细则》(以下简称《细则》)编制。"
        "我局依据《细则》和《青禾县档案管理法》等法律法规,界定应当公开的信息。")


def test_a_short_name_of_the_quote_points_to_its_definition():
    quote = "我局依据《细则》和《青禾县档案管理法》等法律法规,界定应当公开的信息。"
    spans = short_name_definitions(quote, TEXT)
    assert [TEXT[s:e] for s, e in spans] == ["《青禾县政务信息公开实施细则》(以下简称《细则》)"]


def test_a_quote_naming_the_full_title_or_no_short_name_needs_none():
    assert short_name_definitions("本报告根据《青禾县政务信息公开实施细则》(以下简称《细则》)编制。", TEXT) == []
    assert short_name_definitions("我局界定应当公开的信息。", TEXT) == []



def test_only_an_ask_of_which_laws_or_rules_wants_the_definition():
    from assistant.short_names import asks_document

    assert asks_document("青苗镇界定公开范围时依据的是哪些法律法规")
    assert asks_document("which laws does the town say it goes by")
    assert asks_document("besides the national regulations, which local rules was it compiled under")
    assert not asks_document("the report cites three provincial opinions — which three fields")
