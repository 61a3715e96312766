"""Shares a report states after each part of a run without stops ("甲栏目7条,占总数的20%乙栏目6条,占总数的17.14%"),
and a share asked "占总数的百分之几" read as a count question (fictional agency text)."""

from assistant.shares import as_count_question
from assistant.stated_share_run import SHARE_AFTER, parts_after

RUN = "青岚县档案馆网站信息40条。其中,馆务动态栏目信息8条,占總數(shù)的20%馆藏介绍栏目信息12条,占總數(shù)的30%便民服务栏目信息20条,占总数的50%。下一句另计5条,占12%"


def test_share_after_reads_the_whole_named_between():
    assert SHARE_AFTER.match(",占总数的20%").group(1) == "20"
    assert SHARE_AFTER.match("，占總數的比例為5.5%").group(1) == "5.5"
    assert SHARE_AFTER.match("，占比13.8%").group(1) == "13.8"
    assert SHARE_AFTER.match("，占用办公室3间，另有20%") is None


def test_parts_after_the_first_part_read_on_to_the_stop():
    first_end = RUN.index("占總數(shù)的20%") + len("占總數(shù)的20%")
    parts = parts_after(RUN, first_end)
    assert [(p["label"], p["value"], p["share"]) for p in parts] == [
        ("馆藏介绍栏目信息", "12", "30"), ("便民服务栏目信息", "20", "50")]
    assert RUN[parts[0]["count_start"]: parts[0]["count_end"]] == "12条"


def test_parts_after_none_without_a_run():
    assert parts_after("甲类信息3条。乙类信息4条,占10%", len("甲类信息3条")) == []


def test_share_of_the_whole_asked_reads_as_counts():
    assert as_count_question("馆务动态、馆藏介绍各栏目分别占总数的百分之几？") == "馆务动态、馆藏介绍各栏目分别多少？"
