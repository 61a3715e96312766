"""What an ask asks, as a question of its own: its metric (the one of the ask before it, for a narrowing or shortened
ask naming none), its terms, whether it asks for a figure (an address or a date asked is no count); and which facts
fit it, by the unit its count word counts in and the shape of its answer (a name, an amount: assistant.verify).
``assistant.evidence`` gathers the evidence of each ask with them.
"""

from __future__ import annotations

import dataclasses
import re

from assistant.answer_types import asks_period
from assistant.asks import Ask
from assistant.asks import Q as _ASK_PATTERNS
from assistant.core.glossary import GLOSSARY
from assistant.core.metrics import Metric
from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.types import Fact
from assistant.counted_part_items import without_unasked_count_items
from assistant.owner_name_items import without_owner_name_items
from assistant.query import ParsedQuestion, detect_metric, glossary_terms
from assistant.shapes import WANTS_CONTACT as _WANTS_CONTACT
from assistant.shapes import WANTS_DATE as _WANTS_DATE
from assistant.shapes import asked_unit
from assistant.verify import ask_shape, facts_holding_shape

# count words that ask for things of any kind: "几个项目" is answered by "12项", "3件", "5条" alike (the one table of
# count words alike: glossary.toml [asks] same_count_words)
_ANY_THING = GLOSSARY.same_count_words
# stated units that are nouns counted by 个: "本报告由…等六个部分组成" (unit 部分) answers "一共分几个部分"
_COUNTED_BY_GE = frozenset({"部分"})
# people asked in 人 or 名 ("查阅点接待了多少人") are answered by a count of attendances (人次: "接待群众86人次"), the
# unit shown with the figure; never the other way round (a count of things, 件, answers no ask of people)
_PEOPLE = frozenset({"人", "名"})


def unit_answers(asked: str, stated: str | None) -> bool:
    """A figure stated in `stated` answers an ask counted in `asked` ("多少批" is not answered by "19名"; a table
    cell's unit is the table's, not written, and answers any count)."""
    return not stated or stated.endswith(asked) or (asked in _ANY_THING and stated in _ANY_THING) \
        or (asked == "个" and stated in _COUNTED_BY_GE) or (asked in _PEOPLE and stated == "人次")


# (a count of times or cases is a figure however many contact words the ask holds: "借助热线节目…交流，一共多少次")
_COUNT_OF = re.compile(r"(?<![a-z])(?:how many|(?<!phone )(?<!fax )(?<!contact )number of)(?![a-z])|(?:几|多少)[部个条台家处次件场]")


def ask_question(q: ParsedQuestion, ask: Ask, previous: ParsedQuestion | None) -> ParsedQuestion:
    """The ask as a question of its own: its metric and terms, the whole question's scope and language."""
    if ask.text == q.norm and not (q.wants_number and (_WANTS_CONTACT.search(q.norm) or _WANTS_DATE.search(q.norm))):
        return q
    own_count = re.search(r"多少|(?<!哪)几|how many|how much|number", ask.text)
    # (the English names of the question's one report are scope, no words of the thing asked: assistant/scoped_asks.py)
    text = ask.scoped if ask.scoped and not ask.side and len(set(q.doc_ids or [])) == 1 else ask.text
    sub = dataclasses.replace(q, norm=text, metric=detect_metric(text), terms=glossary_terms(text), focus=ask.focus,
                              wants_number=q.wants_number if not own_count else True)
    if not own_count and _ASK_PATTERNS["which_ask"].search(ask.text.lower()) and not _ASK_PATTERNS["count_of_each"].search(q.norm.lower()):
        sub.wants_number = False  # "把哪两个网站当第一平台？另外分几个部分": the names are asked, the count is the other ask's
    if not own_count and sub.metric is None and _asks_what(ask.text.lower()):
        sub.wants_number = False  # "收到多少件？保密审查遵循什么原则": a sentence answers it, not a count
    if not own_count and REPORT_FIELDS.field_asked(ask.text.lower()) in ("address", "phone"):
        # an address or phone asked in words of its own ("…在哪办公？电话多少"): the other ask's count word is not its
        # own (the postcode beside the address is no answer); not the channels, whose items the next ask may count
        # ("through which channels …, and how many items on each")
        sub.wants_number = False
    if (_WANTS_CONTACT.search(ask.text) or _WANTS_DATE.search(ask.text)) and not _COUNT_OF.search(ask.text):
        sub.wants_number = False  # "地址是多少" asks for an address, not a figure ("how many phone lines" does)
    if asks_period(ask.text) and not _COUNT_OF.search(ask.text):
        # the period the figures cover, however worded ("数据是统计到哪段时间的？报告分了几部分？"): dates, not the
        # other ask's count
        sub.wants_number = False
    sub.metric = carried_metric(ask, sub.metric, previous)
    return sub


def _asks_what(text: str) -> bool:
    """The ask asks what, who or how in words of its own, and no figure in other words ("what share", "什么比例")."""
    return bool(_ASK_PATTERNS["what_ask"].search(text)) and not _ASK_PATTERNS["figure_words"].search(text)


def carried_metric(ask: Ask, own: Metric | None, previous: ParsedQuestion | None) -> Metric | None:
    """The metric an ask asks: `own` (its words'), or the one of `previous`, the ask before it as resolved, for a
    narrowing ask ("其中自然人提出多少件") and a shortened one naming none ("…处理决定多少？另外上年项目数呢": the row).
    A shortened ask's carry-over has two stages: its words are carried when the question is split
    (assistant.shortened_asks_en.with_count_of_before_en), since the split reads them and no metric exists there;
    its metric here, since only the gathering knows the ask before it as resolved (a metric it carried in turn; an
    ask that only breaks the one before it down is skipped)."""
    if ask.within and previous is not None and (own is None or own.key == "applications_received"):
        return previous.metric or own
    if ask.elliptic and previous is not None and own is None:
        return previous.metric
    return own


def fitting_facts(facts: list[Fact], q: ParsedQuestion) -> list[Fact]:
    """`facts` without those of another unit or shape than the ask's: "多少批" is not answered by a figure counted
    in 19名, "预算是多少" by a count of items, "局长是谁" by a figure (assistant.verify)."""
    unit = asked_unit(q.norm)
    if unit:
        facts = [f for f in facts if f.value is None or f.kind in ("none", "table") or unit_answers(unit, f.unit)]
    facts = without_owner_name_items(facts, q.norm)  # (a list matched by the report's own name alone: owner_name_items.py)
    facts = without_unasked_count_items(facts, q.norm)  # (counted parts, no list of the noun asked: counted_part_items.py)
    shape = ask_shape(q.norm)
    return facts_holding_shape(shape, facts) if shape else facts
