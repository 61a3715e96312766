"""Review of the session's merged rules: the general cases each pattern must leave alone (fictional wording)."""
import re
import tomllib
from pathlib import Path

from assistant.answer_types import asks_name
from assistant.list_items import WANTS_LIST
from assistant.remainders import asks_remainder, rest_as_parts
from assistant.stated_premises import without_retold_part_zh

DATA = Path(__file__).resolve().parents[1] / "assistant" / "core" / "data"


def test_the_rest_asked_part_by_part_or_a_verb_holding_chu_is_no_remainder():
    # the rest asked part by part is rest_parts.py's (a remainder line would print A+B as "the rest")
    for q in ("229条里，除了A类和B类，剩下的几类各多少条", "229条里，除了A类和B类，剩下几类各是几条",
              # 删除 / 排除 hold 除 but take nothing out of a stated whole
              "网站删除了12条过期信息，还剩多少条", "排除重复申请后，还剩几件"):
        assert not asks_remainder(q), q
        assert rest_as_parts(q) == q, q
    assert asks_remainder("刨掉政策解读和工作动态，还剩多少条")
    assert rest_as_parts("刨掉政策解读和工作动态，还剩多少条") == "政策解读和工作动态各多少条"


def test_a_figure_asked_of_a_titled_row_is_no_name_ask():
    for q in ("what was the figure for the column titled 'other'?", "what is the number in the row named fees",
              "what total is the line titled appeals"):
        assert not asks_name(q), q
    assert asks_name("what are those eight systems called") and asks_name("这项制度叫什么")


def test_a_score_ask_ends_at_fen():
    ask = re.compile(next(c for c in tomllib.loads((DATA / "not_stated.toml").read_text(encoding="utf-8"))["counted"]
                          if c["name"] == "score")["ask"])
    for q in ("有多少分支机构", "设了几分中心", "各有多少分别在哪"):
        assert not ask.search(q), q
    for q in ("打了多少分", "考核得了多少分？", "测评多少分呢", "what score did it get"):
        assert ask.search(q), q


def test_a_retold_part_holding_another_question_word_stays_an_ask():
    q = "收到的申请中，其中两件是谁提的，总共多少件"
    assert without_retold_part_zh(q) == q
    assert without_retold_part_zh("全年公开的信息里，其中政策解读3条，一共多少条") == "全年公开的信息里，一共多少条"


def test_lists_is_a_list_ask_only_as_a_noun():
    assert not WANTS_LIST.search("what number the report lists for fees")
    assert WANTS_LIST.search("which two lists did it publish")
    assert WANTS_LIST.search("what lists did they put out")
