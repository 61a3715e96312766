"""A closing English ask of only each side's count after a comparison ("did it get fewer in 2021 than in 2020? how
many did each get", "which had more — and how many each"): no ask of its own, the comparison's answer states each
side's figure (assistant/each_side_restated.py; glossary.toml [patterns] each_side_restated_en).  Fictional agencies."""

import pytest

from assistant.asks import split_asks
from assistant.each_side_restated import restates_each_side


@pytest.mark.parametrize("question", [
    "did greenwood county civil affairs bureau receive fewer applications in 2021 than in 2020? how many did each get?",
    "was the 2021 number of applications at greenwood county lower than 2020? how many in each year?",
    "which had more applications, greenwood county in 2021 or in 2020? and how many each?",
    "did whitesand town publish more items in 2020 than in 2019? how many were there in each year?",
])
def test_each_side_restated_after_an_english_comparison(question):
    assert len(split_asks(question)) == 1


@pytest.mark.parametrize("piece, before, restated", [
    ("how many did each get?", "did it receive fewer applications in 2021 than in 2020", True),
    ("and how many each?", "which had more applications, a or b", True),
    ("how many did each get?", "how many applications did it receive in 2021", False),  # (no comparison before)
    ("how many were each of the rest?", "did it receive fewer applications in 2021 than in 2020", False),
    ("how many came by mail?", "did it receive fewer applications in 2021 than in 2020", False),
])
def test_only_each_sides_count_after_a_comparison(piece, before, restated):
    assert restates_each_side(piece, before) is restated
