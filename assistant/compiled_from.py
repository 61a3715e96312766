"""An elliptic second ask of what a report was put together from: "which body compiled the report, and from what?",
"who drew it up and on what basis?".  Alone, "and from what" names nothing a report counts or states, so its piece
would be searched by the lead's words only and could borrow any figure of the report; it is the ask of the report's
sources ("what was it compiled from", report_fields.toml sources_ask), answered only by the sentence saying so
("本报告由X根据…,制作统计数据编制而成") or declined.  The shape is data (glossary.toml [patterns]
compiled_from_elliptic_en)."""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY

_ELLIPTIC = GLOSSARY.patterns["compiled_from_elliptic_en"]


def compiled_from_asked(norm: str) -> str:
    """`norm` with an elliptic "…compiled …, and from what" read as "…, and what was it compiled from"."""
    if "what" not in norm:
        return norm
    return _ELLIPTIC.sub(lambda m: m.group("lead") + "what was it compiled from", norm)
