from assistant.core.types import Fact
from assistant.which_asks import figures_not_asked, names_asked, names_own_metric


def _fact(value, kind="narrative"):
    return Fact(doc_id="d", kind=kind, table="narrative", row="主动公开政府信息", column="", label_zh="通过青禾网站、青禾公报主动公开信息",
                value=value, unit="条", raw=str(value), start=0, end=1, quote_start=0, quote_end=1)


def test_an_ask_of_which_platforms_is_answered_by_names_not_the_figure_beside_them():
    asked = "青苗县农业局2021年主动公开信息走的是哪些平台"
    assert names_asked(asked) and names_own_metric(asked)
    assert figures_not_asked([_fact(570.0)], asked) == []
    assert names_asked("which platforms carried the bureau's proactive disclosures")


def test_a_count_asked_beside_the_platforms_keeps_its_figure():
    facts = [_fact(570.0)]
    assert figures_not_asked(facts, "青苗县农业局通过哪些平台公开了多少条信息") == facts
    assert figures_not_asked(facts, "青苗县农业局主动公开了多少条信息") == facts


def test_an_ask_of_which_functions_a_site_offers_is_no_ask_of_its_address():
    from assistant.which_asks import contact_not_asked

    site = Fact(doc_id="d", kind="contact", table="narrative", row="网址", column="", label_zh="联系方式 / 网址", value=None,
                text_value="http://www.qingmiao.example", unit="", raw="http://www.qingmiao.example", start=0, end=1,
                quote_start=0, quote_end=1)
    assert contact_not_asked([site], "which functions does the qingmiao service website offer") == []
    assert contact_not_asked([site], "what is the qingmiao bureau's website") == [site]
