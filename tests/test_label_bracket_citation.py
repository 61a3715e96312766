"""A bracket of words inside a figure's label ("政务(工作)动态类信息73条") is part of the figure's own clause when it is
cited (assistant/shapes.py own_clause; fictional text)."""

from __future__ import annotations

from assistant.shapes import own_clause


def test_a_bracket_of_words_inside_a_label_is_part_of_the_figures_own_clause():
    text = "全年主动公开信息86条,其中:组织类信息2条;政务(工作)动态类信息73条;财政信息2条"
    s = text.index("73条")
    quote = (text.index("政务"), s + 3)
    assert text[slice(*own_clause(text, quote, (s, s + 3)))] == "政务(工作)动态类信息73条"
    # a bracket opening before a figure of its own still cuts ("申请2件(1件属自然人申请,…)")
    text = "收到申请2件(1件属自然人申请,1件属法人申请)"
    s = text.index("1件")
    assert text[slice(*own_clause(text, (0, len(text)), (s, s + 2)))] == "1件属自然人申请"
