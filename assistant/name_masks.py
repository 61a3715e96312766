"""The names a question's asks are never split at: which names are masked, and where a name stays written (a channel of the question's own report, a quoted account)."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.vocab import names_vocab

Q = GLOSSARY.patterns  # question words (glossary.toml [patterns])


# a kind of agency named in English with no joining word ("government", "general office"): it names no report, and
# masking it would hide a word of the things asked ("government documents", "the open-government report"); a kind with
# a joining word (the petitions bureau named "letters and visits …") stays masked, so its "and" joins no asks
_GENERIC_EN = names_vocab().english_type_words
_JOINING_WORD = re.compile(r"(?<![a-z])(?:and|or|plus)(?![a-z])|[,，、和及与]")


def generic_unjoined(name: str) -> bool:
    return name in _GENERIC_EN and not _JOINING_WORD.search(name)


def lead_name(norm: str, names) -> str:
    """The name the question is first scoped by (the longest of those written first): "广州市信访局" of
    "广州市信访局2022年官网…"; "" without one."""
    at = [(norm.find(n), -len(n), n) for n in names if len(n) >= 2 and n in norm]
    return min(at)[2] if at else ""


def _names_own_channel(norm: str, start: int, name: str, lead: str) -> bool:
    """The name written at `start` of `norm` is the question's own report's, again (all its characters in order in
    the name the question opened with: "广州信访" of "广州市信访局", "新疆" of "新疆自治区政府办公厅"), after that opening,
    and right before a channel's word ("广州信访微信公众号", "新疆政府网微信公众号"): it names that report's account or
    website, a side of a comparison inside the report, not a report (another report's "青苗县官网" beside "青禾县…" is
    a report's)."""
    if not lead or not Q["channel_after_name_zh"].match(norm, start + len(name)):
        return False
    before = norm[:start]
    if lead not in before and not re.search(r"[\ue000-\uf8ff]", before):
        return False  # (the opening itself)
    it = iter(lead)
    return all(ch in it for ch in name)


def mask_outside_accounts(norm: str, name: str, key: str, lead: str = "") -> str:
    """`norm` with `name` replaced by `key`, except inside a quoted account's name ("“广州信访”公众号" names a channel of
    the report, not the report: glossary [patterns] quoted_account_zh; "the 'government documents' column" names a
    column: quoted_column_en) and where the name written again names its own report's channel (`lead`: the name the
    question opened with; ``_names_own_channel``)."""
    def masked(part: str, offset: int) -> str:
        return re.sub(re.escape(name), lambda m: m.group() if _names_own_channel(norm, offset + m.start(), name, lead) else key, part)

    out, last = [], 0
    quoted = sorted([*Q["quoted_account_zh"].finditer(norm), *Q["quoted_column_en"].finditer(norm)], key=lambda m: m.start())
    for m in quoted:
        out += [masked(norm[last : m.start()], last), m.group()]
        last = m.end()
    return "".join(out) + masked(norm[last:], last)
