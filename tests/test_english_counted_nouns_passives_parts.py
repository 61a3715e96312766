"""English words of asks (fictional Qinghe bodies): the counted noun picks the figure counting it, a deputy's post asked
in the passive, a vocabulary phrase holding "and" kept whole, a start of work, a report's own sections."""

from assistant.asks import split_asks
from assistant.channels import channels_named
from assistant.counted_things import misses_counted_thing
from assistant.joined_asks import and_items
from assistant.query import glossary_groups
from assistant.report_parts_en import report_sections_as_parts
from assistant.verify import ask_shape, names_holder


def test_people_noun_modifying_two_joined_nouns_counts_the_things():
    assert ask_shape("how many personnel appointment and removal documents did qinghe county publish").count != "people"
    assert ask_shape("how many personnel did qinghe county have").count == "people"


def test_vocabulary_phrase_with_and_is_one_thing_of_a_list():
    assert and_items("other documents and appointment and removal documents") == [
        "other documents", "appointment and removal documents"]
    asks = split_asks("qinghe county 2021: 'other' documents and appointment and removal documents - how many of each?")
    assert [a.text for a in asks] == ["qinghe county 2021: how many 'other' documents",
                                      "qinghe county 2021: how many appointment and removal documents"]


def test_counted_platforms_are_not_the_items_published_through_them():
    ask = "how many new media platforms did the qinghe police bureau use in 2023"
    items = "新媒体平台累计发布信息  条 通过“青禾警务”微信公众号等5个新媒体平台累计发布信息300余条"
    platforms = "通过“青禾警务”微信公众号等  个 通过“青禾警务”微信公众号等5个新媒体平台累计发布信息300余条"
    assert misses_counted_thing(ask, items)
    assert not misses_counted_thing(ask, platforms)
    assert not misses_counted_thing("how many posts did qinghe put on its new media platforms", items)
    assert misses_counted_thing("青禾公安通过几个新媒体平台发布信息", items)


def test_a_new_media_platform_is_no_website():
    assert "website" not in channels_named("how many new media platforms did qinghe use")
    assert "website" in channels_named("how many items went on qinghe's platform")


def test_deputy_post_asked_in_the_passive():
    assert ask_shape("who was added as deputy head of qinghe's leading group").who[0] == "副组长"
    assert ask_shape("who was made deputy group leader").who[0] == "副组长"
    assert "组长" in ask_shape("who was appointed leader of the leading group").who
    assert names_holder("局长任组长,分管领导为副组长,各科室负责人为成员", "副组长")
    assert not names_holder("局长任组长,分管领导为副组长,各科室负责人为成员的领导小组", "主任")
    assert not names_holder("青禾局张三为副组长", "组长")


def test_starting_work_renders_as_start():
    assert any("开始" in g for g in glossary_groups("when did qinghe town kick off its disclosure work"))
    assert any("开始" in g for g in glossary_groups("when did qinghe town start its disclosure work"))
    assert not any("开始" in g for g in glossary_groups("what period do its figures cover (start and end date)"))


def test_sections_of_a_report_are_its_parts():
    # (which parts, not how many: "report parts", its verb of composition read as "cover": assistant/report_parts_en.py)
    assert report_sections_as_parts("what sections does qinghe's 2020 report consist of?") == (
        "what report parts does qinghe's 2020 report cover?")
    assert report_sections_as_parts("qinghe 2020 report - number of sections?") == "qinghe 2020 report - number of parts?"
    kept = "qinghe 2020 report: after the website revamp, how many sections did it have?"
    assert report_sections_as_parts(kept) == kept
    kept = "qinghe 2020 report: what sections does the full text cover?"
    assert report_sections_as_parts(kept) == kept
    kept = "how many second-level sections does qinghe have, per its 2020 report"
    assert report_sections_as_parts(kept) == kept
