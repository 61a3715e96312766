"""A count of the major kinds of a thing ("8大板块", "三大功能", "5大类") counts those kinds, never the items under them.

"网站设置8大板块" states how many sections the site has: "how many items were published on the website" or "发布了多少条"
is not answered by the 8 (the figure's counted noun is 板块, the noun after 大, not 条), and with nothing else stated
the answer says the report does not state it.  The other way round, an ask of the kinds ("网站有几大板块", "有哪几大功能")
is not answered by a count of items ("发布信息214条"): only by a figure counted in 大-kinds.  An ask naming the kinds in
English ("how many sections does the site have") counts no items and is judged as before.
Data: core/data/not_stated.toml [patterns] kinds_after (the noun after 大 read as a figure's unit), kinds_ask.
"""

from __future__ import annotations

import re

from assistant.answer_types import counts_items
from assistant.core.not_stated import NOT_STATED

_P = NOT_STATED.patterns
# the unit of a figure counted in major kinds, as the sentence search writes it ("大板块", "余大类" never occurs)
_KINDS_UNIT = re.compile(rf"^\s*(?:{_P['kinds_after'].pattern})")


def kinds_after(text: str, at: int) -> re.Match | None:
    """The 大-noun right after a figure ending at `at` ("8大板块" -> "大板块"), else None."""
    return _P["kinds_after"].match(text, at)


def counts_kinds(unit: str | None) -> bool:
    """`unit` (what follows a figure) counts major kinds of a thing ("大板块", "大功能", "大类")."""
    return bool(unit) and bool(_KINDS_UNIT.match(unit))


def asks_kinds(ask_text: str) -> bool:
    """The ask counts or names major kinds ("几大板块", "哪几大功能", "多少大类")."""
    return bool(_P["kinds_ask"].search(ask_text))


def kinds_for_items(ask_text: str, unit: str | None) -> bool:
    """An ask counting items met by a figure counting major kinds ("6大板块" for "发布了多少条")."""
    return counts_kinds(unit) and counts_items(ask_text) and not asks_kinds(ask_text)


def items_for_kinds(ask_text: str, unit: str | None) -> bool:
    """An ask of major kinds ("网站有几大板块") met by a figure in another unit ("发布信息214条")."""
    return bool(unit and unit.strip()) and asks_kinds(ask_text) and not counts_kinds(unit)
