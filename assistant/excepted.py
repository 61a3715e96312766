"""What a question sets aside before it asks: "apart from rules and normative documents, how many other documents and
how many appointment documents…" asks the other documents and the appointment documents, not the rules nor the
normative documents it names only to exclude them; "how many did organisations (not individuals) file" asks the
organisations only (glossary [patterns] set_against_en).  The clause is dropped from the text the asks are split from
(the whole question still decides the scope).  Its words are data (glossary.toml [patterns] excepted_en)."""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY

_EXCEPTED_EN = GLOSSARY.patterns["excepted_en"]
_SET_AGAINST_EN = GLOSSARY.patterns["set_against_en"]
_EXCEPTED_ZH = GLOSSARY.patterns["excepted_zh"]
_SET_ASIDE_ZH = GLOSSARY.patterns["set_aside_zh"]
_REST_EACH_ZH = GLOSSARY.patterns["rest_each_zh"]  # ("除了A和B，剩下的各几条": assistant/rest_parts.py)
_REST_COUNTED_ZH = GLOSSARY.patterns["rest_counted_zh"]  # ("刨掉A和B，还剩多少条": assistant/remainders.py)


def without_excepted(norm: str) -> str:
    """`norm` without its clauses of things set aside ("besides individuals, how many …" -> "how many …"; "把A、B去掉，
    剩下的C、D各多少" -> "剩下的C、D各多少": A and B are no asks of their own)."""
    # (… unless what is left is asked as one count: "刨掉A和B，还剩多少条" subtracts A and B, each an ask of its own:
    # assistant/remainders.py)
    set_aside = _SET_ASIDE_ZH if not _REST_COUNTED_ZH.search(norm) else None
    norm = _SET_AGAINST_EN.sub("", _EXCEPTED_EN.sub("", norm))
    return _REST_EACH_ZH.sub("", set_aside.sub("", norm) if set_aside else norm)


def excepted_spans(norm: str) -> list[tuple[int, int]]:
    """Where `norm` names things it sets aside, in either language ("apart from the website, which channels …",
    "除了网站还通过哪些渠道", "网站以外还用了哪几种方式"): a word there is not what is asked."""
    return [m.span() for rx in (_EXCEPTED_EN, _EXCEPTED_ZH, _SET_ASIDE_ZH, _REST_EACH_ZH) for m in rx.finditer(norm)]
