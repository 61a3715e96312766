"""Bytes -> text for .txt/.md/.html: BOMs, UTF-16, binary files, then charset-normalizer among the
encodings Chinese reports use (utf-8, gb18030, big5/cp950), with a common-character check that turns
away mojibake, and a lenient decoding for a copy cut mid-character."""

from __future__ import annotations

import logging
import re

from charset_normalizer import from_bytes

log = logging.getLogger(__name__)


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we accept; the message is the reason."""


# Very common characters (simplified and traditional) plus a few every disclosure report uses.  A correct
# decoding of Chinese prose has most of its non-ASCII characters in this set; big5 read as gb18030 (or
# the reverse) "succeeds" but yields rare characters.  Used as a guard on charset-normalizer's guess.
COMMON_CHARS: frozenset[str] = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方"
    "后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它"
    "合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条"
    "只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资"
    "边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北"
    "造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车"
    "例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫"
    "且究观越织装影算低持音众书布复容儿须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往历市克"
    "何除消构府称太准精值号率族维划选标写存候亲快效院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调"
    "满县局照参红细引听该价严龙飞"
    "這個國們時來為產種發動過說對會學經進實現電裡裏麼兩體製機當點從業應開還關與樣間問長將見計別總邊條無質氣變結義"
    "眾書復複難報資訊區縣辦統數據處項內於給並頭場門東車線後導認設論錄單級讓識議調請務黨員構類鄉鎮農訴審監規範劃權"
    "責網號轉華歷維標選際題聯絡響層專屬韓廣術習齊壓準參圖價達運衛"
    "申请申請告條例复议復議诉讼訴訟予依辦結街道乡镇"
)
_TRIED = "tried utf-8, gb18030, big5, utf-16"
_GUESSES = ["gb18030", "big5", "cp950"]  # after strict utf-8 fails; charset-normalizer picks among these
# Control bytes other than \t \n \v \f \r and ESC: real text has essentially none; binary files ~10 %.
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_MAX_CONTROL_SHARE = 0.05
_MIN_COMMON_SHARE = 0.25  # below this share (with enough characters to judge) a decoding is mojibake
_MIN_CHARS_TO_JUDGE = 30
_MAX_REPLACED_SHARE = 0.005  # a lenient decoding is accepted when only this share had to be replaced
_SCORE_BYTES = 200_000  # judged on the start of the file: plenty to decide, and cheap on 50 MB
_CODEC = {"utf_8": "utf-8", "big5": "big5", "cp950": "cp950", "gb18030": "gb18030"}


def common_char_share(text: str) -> tuple[float, int]:
    """(share of the non-ASCII, non-space characters that are very common Chinese ones, their count)."""
    chars = [c for c in text if ord(c) > 0x7F and not c.isspace()]
    if not chars:
        return 1.0, 0
    return sum(c in COMMON_CHARS for c in chars) / len(chars), len(chars)


def _reads_as_chinese(text: str) -> bool:
    share, count = common_char_share(text[:_SCORE_BYTES])
    return count < _MIN_CHARS_TO_JUDGE or share >= _MIN_COMMON_SHARE


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NUL bytes sit all on one side of each byte pair (ASCII in UTF-16)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if even + odd < len(data) * 0.05:
        return None
    if odd >= 0.9 * (even + odd):
        return "utf-16-le"
    if even >= 0.9 * (even + odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode report bytes; return ``(text, encoding)``.  Raises :class:`DecodeError` with the reason.

    BOM (utf-8-sig, utf-16) -> UTF-16 without BOM -> a control-byte check (binary files) -> strict
    utf-8 -> charset-normalizer among gb18030 / big5 / cp950, its guess accepted only when it reads as
    Chinese -> a lenient decoding with U+FFFD for a byte or two (a copy cut mid-character).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        enc = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc = "utf-16"
    else:
        enc = ""
    if enc:  # a BOM is a declaration: if the bytes disagree, say so
        text = _strict(data, enc)
        if text is None:
            raise DecodeError(f"the file starts with a {enc} byte-order mark but is not valid {enc}")
        return text, enc

    enc16 = _bomless_utf16(data)
    if enc16 and (text := _strict(data, enc16)) is not None and common_char_share(text[:_SCORE_BYTES])[0] >= _MIN_COMMON_SHARE:
        return text, enc16

    if data:
        control = len(data) - len(data.translate(None, _CONTROL_BYTES))
        if control / len(data) > _MAX_CONTROL_SHARE:
            raise DecodeError(f"not a text file: {control / len(data):.0%} of the bytes are control/binary bytes")

    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"

    guesses = from_bytes(data[:_SCORE_BYTES], cp_isolation=_GUESSES)
    for match in guesses:
        enc = _CODEC.get(match.encoding, match.encoding)
        text = _strict(data, enc)
        if text is not None and _reads_as_chinese(text):
            return text, enc

    lenient = _lenient_decode(data)
    if lenient is not None:
        return lenient
    if guesses.best() is not None:
        raise DecodeError(
            f"could not determine the text encoding ({_TRIED}; the best guess, {guesses.best().encoding}, "
            "gives mostly rare characters, so it is not Chinese text in that encoding)"
        )
    raise DecodeError(f"could not determine the text encoding ({_TRIED})")


def _lenient_decode(data: bytes) -> tuple[str, str] | None:
    """The decoding that needs only a handful of replacement characters and reads as Chinese, or None."""
    for enc in ("utf-8", "gb18030", "big5"):
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd") - (data.count(b"\xef\xbf\xbd") if enc == "utf-8" else 0)
        if bad <= max(1, _MAX_REPLACED_SHARE * len(text)) and _reads_as_chinese(text.replace("\ufffd", "")):
            log.debug("decoded as %s with %d undecodable byte sequence(s) replaced by U+FFFD", enc, bad)
            return text, enc
    return None


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# Declared labels that mean "use the gb18030 superset" (a GBK page often says gb2312).
_GB_ALIASES = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"}


def decode_html_bytes(data: bytes) -> tuple[str, str]:
    """Like :func:`decode_bytes`, but honouring a ``<meta charset>`` declaration when utf-8 fails."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data)
    text = _strict(data, "utf-8")
    if text is not None:  # valid utf-8 beats a declaration: pages are often mislabelled
        return text, "utf-8"
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii").lower()
        enc = "gb18030" if declared in _GB_ALIASES else declared
        text = _strict(data, enc)
        if text is not None:
            if _reads_as_chinese(text):
                return text, enc
            try:  # e.g. a GBK page labelled iso-8859-1: prefer a decoding that reads as Chinese
                return decode_bytes(data)
            except DecodeError:
                return text, enc
        log.debug("declared charset %s does not decode the page; guessing", declared)
    return decode_bytes(data)
