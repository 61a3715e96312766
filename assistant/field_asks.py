"""Asks of several fields in one piece of a question, one ask per field, each with the question's frame: contact
fields listed in any language ("phone and email of the disclosure office", "该局联系电话和电子邮箱是多少"), and short
nouns joined under one question word ("…的地址和电话是什么").  Splitters of assistant/asks.py; pure functions over the
normalised question.
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.en_phrases import en_word

Q = GLOSSARY.patterns  # question words (glossary.toml [patterns])

_CONTACT_ZH = tuple(w for w in GLOSSARY.contact_words if not w.isascii())
# ... and the report's own dates, asked beside them ("…的发布单位和发布时间", "…的编制单位和落款日期"): fields too
_FIELD_OR_DATE_ZH = _CONTACT_ZH + tuple(w for w in GLOSSARY.date_words if not w.isascii())
# the same without a question word, at the end of the piece: "田黄镇人民政府的地址和联系电话？"
_PAIR_ZH_BARE = re.compile(r"^(.*的)([\u4e00-\u9fff]{1,6}(?:(?:和|与|及|、)[\u4e00-\u9fff]{1,6})+)()$")
_PAIR_ZH = re.compile(r"^(.*的)([\u4e00-\u9fff]{1,6}(?:(?:和|与|及|、)[\u4e00-\u9fff]{1,6})+)((?:分别)?(?:是什么|是多少|是哪些|有哪些|在哪里|多少|是))")


# a body asked for, then a field of that body ("负责解答疑问的办公室和它的地址", "哪个科室及其电话"): the body, and
# the field of it
_OWN_FIELD_ZH = re.compile(r"^(?P<body>.+?)(?:和|与|及|以及)(?:它|其)的?(?P<field>[\u4e00-\u9fff]{1,6})(?P<ask>(?:分别)?(?:是什么|是多少|在哪里|在哪|多少|是)?)\s*[?？]?$")
_BODY_ZH = re.compile("|".join(Q[k].pattern for k in ("compiler_ask", "publisher_ask", "office_ask", "site_ask")))


def _own_field_zh(piece: str) -> list[str] | None:
    m = _OWN_FIELD_ZH.match(piece)
    if not m or not any(w in m.group("field") for w in _CONTACT_ZH) or not _BODY_ZH.search(m.group("body")):
        return None
    return [m.group("body"), f"{m.group('body')}的{m.group('field')}{m.group('ask')}"]


def split_pair_zh(piece: str) -> list[str] | None:
    """"…的地址和电话是什么" -> ["…的地址是什么", "…的电话是什么"]: short nouns joined, one question word; a body and
    a field of its own ("…的办公室和它的地址" -> ["…的办公室", "…的办公室的地址"])."""
    if own := _own_field_zh(piece):
        return own
    m = _PAIR_ZH.match(piece) or _PAIR_ZH_BARE.match(piece)
    if not m:
        return None
    items = [x for x in Q["conj_zh"].split(m.group(2)) if x]
    if not m.group(3) and not all(any(w in x for w in _FIELD_OR_DATE_ZH) for x in items):
        return None  # "…的地址和电话？" asks for both fields; other bare "A和B" phrases are one thing
    return [f"{m.group(1)}{x}{m.group(3)}" for x in items] if len(items) >= 2 else None


# contact fields a question may list ("phone and email", "fax number and email", "地址、电话和邮箱"): the field nouns
# of the glossary's contact words, not its question phrases ("which office", "who compiled")
_FIELD_WORDS = tuple(w for w in GLOSSARY.contact_words
                     if not re.match(r"(?:which|what|who|where|call|compiled)\b|[哪谁]", w) and not re.search(r"编制|单位编", w))
_FIELD = re.compile("|".join(re.escape(w) if not w.isascii() else en_word(w)
                             for w in sorted(_FIELD_WORDS, key=len, reverse=True)) or "(?!)")
# what may stand between two listed fields: the rest of the first field's name, a conjunction, and the start of
# the second field's name ("fax number and email", "电话号码和电子邮箱", "address, phone, and e-mail")
# the English words the second field's name may start with ("phone and mailing address", "telephone and office
# address", "phone number and contact e-mail"): its own, as 联系 of "和联系电话" is
_MOD_EN = r"(?<![a-z])(?:mailing|postal|post|office|contact|street|physical|correspondence|enquiry|inquiry|enquiries|inquiries|general|official)\s+"
_FIELD_GAP = re.compile(r"(?P<tail>\s*(?:numbers?|no\.?|号码|号)?)"
                        r"(?P<conj>\s*(?:,\s*(?:and|or|as well as)?|、|/|&|以及|和|与|及|或|跟|\+|(?<![a-z])(?:and|or|plus|as well as)(?![a-z]))"
                        r"\s*(?:(?:the|its|their|his|her)\s+)?)"
                        r"(?P<mod>(?:联系|电子|办公|通讯|通信|咨询|投诉|监督|服务)?(?:" + _MOD_EN + r")?)$")


def field_names(text: str) -> list[str]:
    return [m.group() for m in _FIELD.finditer(text)]


def names_other_field(piece: str, before: str) -> bool:
    """A Chinese clause with no question word that names a contact field the ask before it does not ("…该找哪个办公室？
    电话给一下", "…地址在哪里？邮编也发一下"): a request for that field, an ask of its own (not a rider of the office).  (An
    English clause so is mostly the same ask said again: "where's the bureau's office? need the mailing address")"""
    named = [n for n in field_names(piece) if not n.isascii()]
    return bool(named) and not any(n in before for n in named)


COUNTING = re.compile(r"(?<![a-z])how many(?![a-z])|(?:多少|几)[个条次件封通项批]")


def split_fields(piece: str) -> list[str] | None:
    """Several contact fields in one ask, in any language: one ask per field, each with the question's frame.
    "phone and email of the disclosure office" -> ["phone of the disclosure office", "email of the disclosure office"];
    "该局联系电话和电子邮箱是多少" -> ["该局联系电话是多少", "该局电子邮箱是多少"]. A count ("how many hotline calls and
    e-mails") is no list of fields."""
    if COUNTING.search(piece):
        return None
    found = list(_FIELD.finditer(piece))
    # one field named in two words ("email address", "网站地址"): the second word is the first's
    merged: list[list[int]] = []
    for m in found:
        if merged and not piece[merged[-1][1] : m.start()].strip():
            merged[-1][1] = m.end()
        else:
            merged.append([m.start(), m.end()])
    # the fields joined one after another make a list; a field far from it ("the phone of the office that handles
    # email complaints", "I want to fax my comments … — fax number and postcode of …") is of the question's frame
    runs: list[list[tuple[int, int]]] = []
    for k in range(len(merged)):
        if k and (gap := _FIELD_GAP.match(piece, merged[k - 1][1], merged[k][0])):
            s1, e1 = runs[-1][-1]
            runs[-1][-1] = (s1, e1 + len(gap.group("tail")))
            runs[-1].append((merged[k][0] - len(gap.group("mod")), merged[k][1]))  # "电子" of "和电子邮箱" is the second's
        else:
            runs.append([(merged[k][0], merged[k][1])])
    lists = [r for r in runs if len(r) >= 2]
    if len(lists) != 1:
        return None
    items = lists[0]
    last_s, last_e = items[-1]
    tail = re.match(r"\s*(?:numbers?|no\.?|号码)", piece[last_e:])
    items[-1] = (last_s, last_e + (tail.end() if tail else 0))
    mod = re.search(r"(?:联系|电子|办公|通讯|通信|咨询|投诉|监督|服务)$", piece[: items[0][0]])
    if mod:  # "联系" of "联系电话和电子邮箱" is the first field's word
        items[0] = (mod.start(), items[0][1])
    pre, post = piece[: items[0][0]], piece[items[-1][1] :]
    names = [piece[a:b].strip() for a, b in items]
    if len(set(names)) < 2:
        return None
    return [f"{pre}{n}{post}" for n in names]
