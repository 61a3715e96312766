"""The Chinese form of a retold part before the whole is asked ("…的信息里，其中政策解读3条，一共多少条"): the part is a
premise, no ask of its own, so its figure is never the answer; the whole is (glossary stated_part_zh,
stated_premises.without_retold_part_zh; fictional texts: 青禾县样例局)."""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.stated_premises import without_retold_part_zh
from tests.fake_index import answer_from_lines
from tests.fixtures.qinghe_sample import QINGHE

TEXT = ("青禾县样例局2023年政府信息公开工作年度报告\n"
        "一、总体情况\n(一)主动公开\n全年主动公开政府信息共64条,其中政策解读5条,工作动态30条。\n")


def test_the_retold_part_is_cut_before_the_question_is_split():
    assert without_retold_part_zh("青禾县样例局主动公开的信息里，其中政策解读5条，一共多少条") == "青禾县样例局主动公开的信息里，一共多少条"
    assert without_retold_part_zh("青禾县样例局主动公开信息中政策解读有5条，总共多少条") == "青禾县样例局主动公开信息总共多少条"
    # (a part asked, not retold, stays an ask: no figure of its own)
    kept = "青禾县样例局主动公开信息中政策解读多少条，一共多少条"
    assert without_retold_part_zh(kept) == kept
    assert len(split_asks("青禾县样例局2023年主动公开信息中政策解读有5条，总共多少条？", ["青禾县样例局"])) == 1


@pytest.mark.parametrize("question", ["青禾县样例局2023年主动公开的信息里，其中政策解读5条，一共多少条？",
                                      "青禾县样例局2023年主动公开信息中政策解读有5条，总共多少条？"])
def test_the_whole_is_answered_not_the_retold_part(question):
    a = answer_from_lines(QINGHE, TEXT, question)
    assert a.answered and "64" in a.text and "5条" not in a.text, a.text
