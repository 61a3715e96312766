"""What is left of a whole once named parts are taken out, asked as one count ("of the 90 handled, how many were
neither disclosed in full nor in part", "既不是予以公开也不是部分公开的", "除去…，其余的一共几件"): each part found and
cited, and the whole less the parts computed, the whole cited by the report's own figure (assistant/remainders.py).

Fictional report (青禾县样例局, invented here).
"""

from __future__ import annotations

import pytest

from assistant.remainders import asks_remainder, neither_as_parts
from tests.fake_index import answer_from_lines
from tests.fixtures.qinghe_sample import QINGHE_2022 as REPORT

TEXT = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(二)依申请公开\n"
    "2022年,我局共办结政府信息公开申请90件。予以公开30件,部分公开20件,不予公开5件,无法提供35件。\n"
)


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年办结的90件申请里，既不是予以公开也不是部分公开的，加起来有多少件？",
    "青禾县样例局2022年办结90件申请，除去予以公开和部分公开的，其余的一共几件？",
    "Qinghe 2022: of the 90 applications it closed, how many were neither disclosed in full nor disclosed in part?",
])
def test_the_rest_of_a_whole_is_the_whole_less_its_named_parts(question):
    a = answer_from_lines(REPORT, TEXT, question)
    assert a.answered and "90[" in a.text and "= 40" in a.text, a.text
    assert "30[" in a.text and "20[" in a.text, a.text  # (each part cited)
    assert "= 50" not in a.text, a.text  # (not their sum)


def test_neither_nor_asks_the_parts_and_only_it_asks_a_remainder():
    assert neither_as_parts("how many were neither refused nor withdrawn?") == "how many were refused and how many withdrawn?"
    assert neither_as_parts("既不是予以公开也不是部分公开的有几件") == "予以公开和部分公开的有几件"
    assert asks_remainder("of the 90, how many were neither refused nor withdrawn?")
    assert not asks_remainder("除掉73条工作动态，剩下的按类别怎么分？")
    assert not asks_remainder("予以公开和部分公开一共多少件？")
