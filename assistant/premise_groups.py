"""A part of an outcome group a question restates is answered only by a row under that group.

"予以公开及部分公开的258件中，属于行政查询事项的有多少件", "不予处理的158件里，因属于国家秘密的有几件": the premise restates
a whole of table 三 by its outcome group(s) and figure; the part asked is a reason the table lists only under another
group (行政查询事项 and 国家秘密 are rows of 不予公开).  That row counts applications of the other group, none of the
premise's, so it is no answer, and with no row under the premise's group the report does not state the part
(assistant/not_stated_checks.py "part under another group").  A row under the premise's group, or of no group, is
judged as before.
Data: core/data/not_stated.toml [patterns] outcome_groups (named alternatives, one per group).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.core.not_stated import NOT_STATED
from assistant.premise import split_premise

_GROUPS = NOT_STATED.patterns["outcome_groups"]
_CLAUSE = re.compile(r"[，,。；;：:？?！!]")


def groups_named(text: str) -> set[str]:
    """The outcome groups `text` names ({"full", "part"} of "予以公开及部分公开的")."""
    return {m.lastgroup for m in _GROUPS.finditer(text.lower()) if m.lastgroup}


@lru_cache(maxsize=512)  # (asked once per fact and sentence judged: the same few asks)
def premise_groups(ask_text: str) -> frozenset[str]:
    """The outcome groups of the whole an ask restates as its premise: the words of the premise's own clause up to its
    figure's noun ("…2019年予以公开及部分公开的258件中" -> {"full", "part"}); none without a premise."""
    phrase, rest = split_premise(ask_text)
    if not phrase:
        return frozenset()
    head = ask_text[: len(ask_text) - len(rest)]
    return frozenset(groups_named(_CLAUSE.split(head)[-1]))


def row_of_other_group(ask_text: str, row: str, question: str = "") -> bool:
    """`row` (a table-三 row path) stands under an outcome group other than every one the ask's premise restates; an
    ask naming no group and no premise of its own ("how many were repeat requests") takes the premise of the whole
    `question` it is a piece of ("of the 265 requests where information could not be provided, …")."""
    asked = premise_groups(ask_text) if row else frozenset()
    if row and not asked and question and not groups_named(ask_text):
        asked = premise_groups(question.lower())
    if not asked:
        return False
    own = groups_named(row)
    return bool(own) and not own & asked
