"""How two English asks are joined or cut (fixer W, paraphrase probe).  Fictional reports only (Qinghe county).

- a side named in brackets only to say it is not asked ("companies (not individuals)", "(rather than by letter)") is no
  ask and no word of the ask;
- "how many X did it have after the revamp, and how many before?": the later ask says no noun, it is the earlier end
  of the same count (one ask per end, marked "from" / "to");
- items "about the organisation" are the 组织机构 category.
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.glossary import GLOSSARY
from assistant.core.text import normalise_query


def _asks(q: str):
    return split_asks(normalise_query(q))


@pytest.mark.parametrize("q, kept", [
    ("How many requests did companies (not individuals) send to the Qinghe county archives in 2016?", "companies"),
    ("Qinghe archives 2016: how many requests came online (rather than by letter)?", "online"),
    ("Qinghe 2016 — requests from organisations (excluding private persons): how many?", "organisations"),
])
def test_a_side_set_against_in_brackets_is_no_ask(q, kept):
    asks = _asks(q)
    assert len(asks) == 1
    assert kept in asks[0].text
    assert "(" not in asks[0].text and not any(w in asks[0].text for w in ("individuals", "letter", "private"))


@pytest.mark.parametrize("q", [
    "After the Qinghe county office redesigned its website in 2016, how many columns did it have, and how many before?",
    "Qinghe 2016: after the revamp how many columns did the site have, and how many before?",
    "Qinghe 2016: after the revamp how many columns did the site have and how many did it have before?",
])
def test_an_elliptical_how_many_before_is_the_earlier_end(q):
    asks = _asks(q)
    assert [a.change for a in asks] == ["from", "to"]
    assert all("columns" in a.text for a in asks)
    assert "before" in asks[0].text and "after" in asks[1].text


def test_a_how_many_before_with_its_own_noun_is_its_own_ask():
    asks = _asks("Qinghe 2016: how many requests came in, and how many before the new rules applied?")
    assert not any(a.change for a in asks)


@pytest.mark.parametrize("said", ["about the organisation", "about the organization"])
def test_items_about_the_organisation_are_the_organisation_category(said):
    assert GLOSSARY.en_to_zh[said] == GLOSSARY.en_to_zh["organisation items"]
