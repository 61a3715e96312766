"""An ask counting information items (信息多少条, "pieces of information") is no ask of applications: a report's
statement that no applications came in answers nothing of it.

"不予公开的信息一共多少条" of a report that says "目前尚未收到政府信息公开申请": the statement of none is 0 of every
outcome of the year's applications (件, requests), but information withheld by the agency ("…等信息未经批准的不予公开")
is counted in items (条) and was never applied for.  Pre-2019 reports write of both; the ask's counted noun says which
(not_stated.toml [patterns] information_count_ask).  A figure the report does state of the asked thing still answers.
"""

from __future__ import annotations

from assistant.core.metrics import Metric
from assistant.core.not_stated import NOT_STATED
from assistant.core.types import Fact
from assistant.none_statements import denies_all_applications, states_no_applications

_INFORMATION_ASK = NOT_STATED.patterns["information_count_ask"]


def counts_information(ask_text: str) -> bool:
    """The ask counts information items, not applications ("不予公开的信息多少条", "how many pieces of information")."""
    return bool(_INFORMATION_ASK.search(ask_text.lower()))


def no_applications_for_information(f: Fact, metric: Metric | None, ask_text: str) -> bool:
    """`f` states that no applications came in, and the ask counts information items: no answer."""
    return states_no_applications(f, metric) and counts_information(ask_text)


def denies_applications_for_information(clause: str, ask_text: str) -> bool:
    """A clause stating that no applications came in, met with an ask counting information items: no answer."""
    return counts_information(ask_text) and denies_all_applications(clause)
