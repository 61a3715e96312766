"""A clause that only names a topic, as a report's table of contents or a heading does: it says nothing of the topic.

"年度报告应当包括总体情况;…因政府信息公开工作被申请行政复议、提起行政诉讼的情况;…" names lawsuits and states neither
that there were any nor how many; "五、存在的主要问题及改进情况" heads a section.  Quoted as the answer to "那3起行政
诉讼结果如何" or "有没有行政诉讼", it would answer what the copy never states.  Such a clause (no figure; it ends in 情况 /
事项 and holds no word of a statement: 未, 没有, 共, 收到 …) answers no ask (assistant/not_stated_checks.py "topic only").
A sentence listing the report's parts is judged with the other answer types (assistant/answer_types.py).
Data: core/data/not_stated.toml [patterns] topic_only, topic_statement.
"""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED

_TOPIC_ONLY = NOT_STATED.patterns["topic_only"]
_TOPIC_STATEMENT = NOT_STATED.patterns["topic_statement"]


def names_topic_only(clause: str) -> bool:
    """The clause only names a topic, as a table of contents or a heading does ("…被申请行政复议、提起行政诉讼的情况;"):
    no count, no statement of none, nothing said of the topic (core/data/not_stated.toml topic_only)."""
    return bool(_TOPIC_ONLY.match(clause.strip())) and not _TOPIC_STATEMENT.search(clause)

