"""A form (sub-kind) of a category asked: answered only by a figure naming that form.

Categories and their forms are data (core/data/not_stated.toml [[sub_form]]): the forms policy interpretations take
(视频, 图解, 动漫, 专家, H5 解读 …), the ways applications come in (当面, 网上, 信函, 传真 …), the accounts of new media
(微博, 微信 …).  The one rule, for any such category:

- an ask naming the category and one form of it ("其中视频解读有多少件", "how many were video explainers", "网上提交的
  申请有几条") is answered only by a figure whose own words (its clause and label path) name that form — or, for a
  sentence, whose sentence names the form before the figure with no other form of the category in between; the
  category's total ("发布政策解读共132件"), another form's figure or a figure of something else is no count of it;
  where the category says so (`whole_in_figure`), the figure names the category too (an application channel's count
  is a count of applications, not "在信息公开平台新增88条" items published);
- where the category says so (`whole_alone`), an ask naming the category alone ("预决算信息解读多少条") is answered only
  by a figure naming the category or a form of it ("政府预决算信息568条" counts the documents, not their interpretations).

An ask naming several forms of one category (a breakdown, a comparison: "当面和来信哪个多") is left to the rules of
breakdowns and comparisons: its total may be their context.
"""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED, SubForms

_PUBLISHED = NOT_STATED.patterns["sub_form_published"]


def _forms_in(group: SubForms, low: str) -> list[str]:
    return [name for name, rx in group.forms if rx.search(low)]


def _last_form_before(group: SubForms, lead: str) -> str | None:
    """The form of `group` the end of `lead` names last (the one a figure written after it counts), None when none."""
    best, at = None, -1
    for name, rx in group.forms:
        for m in rx.finditer(lead):
            if m.start() > at:
                best, at = name, m.start()
    return best


def misses_asked_form(ask_text: str, figure_words: str, lead: str = "", question: str = "") -> str | None:
    """The category (its [[sub_form]] name) whose form the ask names and the figure does not count, else None.
    `figure_words`: the figure's clause and label path; `lead`: for a sentence, its text before the figure's clause;
    `question`: the whole question the ask is a piece of, which may name the category the piece asks a form of
    ("收到的12条依申请公开信息里，网上提交的有几条")."""
    ask, own, before = ask_text.lower(), figure_words.lower(), lead.lower()
    for group in NOT_STATED.sub_forms:
        if not group.whole.search(ask) and not (_forms_in(group, ask) and group.whole.search(question.lower())
                                                and not _PUBLISHED.search(ask)):
            continue
        asked = _forms_in(group, ask)
        if len(asked) > 1:
            continue  # (a breakdown or a comparison of forms)
        if asked:
            named = set(_forms_in(group, own))
            ok = asked[0] in named or (not named and _last_form_before(group, before) == asked[0])
            if ok and group.whole_in_figure and not group.whole.search(own) and not group.whole.search(before):
                ok = False
            if not ok:
                return group.name
        elif group.whole_alone and not group.whole.search(own) and not _forms_in(group, own):
            return group.name
    return None
