"""A contact field asked is answered only by a fact of that field, never by another field the report does give.

"What e-mail address does the report give" of a report writing only "(地址:…,电话(传真):…,邮编:…)": the address
matches the ask's words (its label search finds "address") but is no e-mail; the answer says the report does not
state one.  The asked fields are those the ask names (assistant.shapes.contact_fields: "e-mail address" is one
field, the e-mail); a contact fact answers when its field (its row: 地址, 电话 …) is one of them, or of the same kind
(not_stated.toml [patterns] contact_same_kind: a hotline is a number to call, as a phone is; a fax is not).  Only
fields of a value (address, phone, e-mail, postcode, website) are judged: an ask of a body (who compiled, which
office) has its own stand-ins (the publisher for a compiler the report does not name).
"""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED
from assistant.core.prose import PROSE, ContactField
from assistant.core.types import Fact
from assistant.field_asks import COUNTING
from assistant.labels import has
from assistant.shapes import contact_fields, shows_value_of

_SAME_KIND = NOT_STATED.patterns["contact_same_kind"]
_VALUE = NOT_STATED.patterns["contact_value"]
# (the fields whose values are numbers or e-mail addresses: a website asked is often the site itself, "the website's
# sections went from what to what", whose sentences write no address)
_SHAPED = frozenset({"phone", "email", "postcode"})


def _is_value_field(cf: ContactField) -> bool:
    """A field whose value is a number, an address or a web or e-mail address (not a body's or a person's name)."""
    return cf.value != "text" or cf.zh == "地址"


def _field_of(word: str) -> ContactField | None:
    """The contact field a word of an ask names ("邮箱", "phone", "网站地址"), None for no field's word."""
    low = word.lower()
    return next((cf for cf in PROSE.contact if low in (cf.zh, cf.en.lower()) or low in (k.lower() for k in cf.keys)), None)


def asked_value_fields(ask_text: str) -> list[ContactField] | None:
    """The value fields the ask names, one per field asked; None when it names none, or a field of a body or one
    this vocabulary has no entry for ("where is", "report online": not judged), or a count ("how many sections did the
    website get": no field asked, whatever the ask calls the website)."""
    if COUNTING.search(ask_text.lower()):
        return None
    out = []
    for asked in contact_fields(ask_text):
        found = [cf for w in asked.split("|") if (cf := _field_of(w)) is not None]
        if not found or not all(_is_value_field(cf) for cf in found):
            return None
        out.append(found[0])
    return out or None


def _same_kind(a: ContactField, b: ContactField) -> bool:
    return a.zh == b.zh or bool(_SAME_KIND.fullmatch(a.zh) and _SAME_KIND.fullmatch(b.zh))


def answers_other_field(ask_text: str, f: Fact) -> bool:
    """Contact fact `f` gives a field of another kind than every field the ask names: no answer."""
    if f.kind != "contact":
        return False
    mine = next((cf for cf in PROSE.contact if cf.zh == (f.row or "")), None)
    if mine is None or not _is_value_field(mine):
        return False
    asked = asked_value_fields(ask_text)
    return asked is not None and not any(_same_kind(mine, cf) for cf in asked)


def _kin(cf: ContactField) -> list[ContactField]:
    return [o for o in PROSE.contact if _is_value_field(o) and _same_kind(cf, o)]


def states_no_asked_field(ask_text: str, text: str) -> bool:
    """A sentence (`text`) met with an ask of value fields writes none of them: neither a field's word nor a value of
    its shape ("(地址:…,电话(传真):…,邮编:…)" for an e-mail asked): no answer."""
    asked = asked_value_fields(ask_text)
    if asked is None:
        return False
    # (a value's shape stands for its field only by the field's label: a phone number is no fax, "传真电话" though)
    return not any(has("|".join((o.zh, *o.keys)), text) or shows_value_of(o.zh, text) for cf in asked for o in _kin(cf))


def gives_no_asked_value(ask_text: str, text: str) -> bool:
    """A sentence (`text`) met with an ask of fields whose values have a shape (phones, faxes, e-mails, postcodes)
    writes no value at all: it may name the fields ("及时公开了联系电话、传真号码和电子邮箱等内容": said to be
    published), it gives none (not_stated.toml [patterns] contact_value).  An address or a website asked is not
    judged (an address's value is words; a website asked is often the site itself)."""
    asked = asked_value_fields(ask_text)
    if asked is None or any(cf.value not in _SHAPED for cf in asked):
        return False
    return not _VALUE.search(text)
