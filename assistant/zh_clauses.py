"""The Chinese clause splitting of ``assistant.asks``: a Chinese piece of a question cut into its asks.

"年报何时印发，电话和邮箱是什么"      -> 年报何时印发 | 电话和邮箱是什么        (by_kind: asks of different kinds)
"网站设了几个频道、几个二级栏目"      -> 网站设了几个频道 | 网站设了几个二级栏目  (units_zh: one ask per question word)
"行政复议和行政诉讼各多少件"          -> 行政复议多少件 | 行政诉讼多少件          (each_zh: one ask per listed item)

Kept apart from ``assistant.asks`` (which splits a question at its sentences and separators, English and Chinese,
and calls these) because cutting Chinese clauses is a job of its own: where one ask ends and the next starts
without spaces, and which words of the first ask (its head, its frame) the next one shares.
Pure functions over the normalised question (simplified, half-width, lower-case ASCII).
"""

from __future__ import annotations

import itertools
import re

from assistant.core.glossary import GLOSSARY
from assistant.field_asks import field_names
from assistant.query import detect_metric
from assistant.shapes import WANTS_CONTACT, WANTS_DATE

Q = GLOSSARY.patterns  # question words (glossary.toml [patterns])

# (not 几 after a demonstrative or of a vague count: "那几件" / "这几项" point back at things the question named,
# "十几件" / "好几次" count roughly — "国家秘密的那几件 一共几件" is one ask; nor 哪几, which asks which things:
# "哪几方面" is no count, so "…年报总体情况里，说…哪几方面" is one ask of things, not a figure beside a lead)
_QWORD_ZH = re.compile(r"多少|(?<![那这好十前近哪])几(?![乎])")
# a space between two asks is a separator as much as a comma ("配了几名专职人员 全年培训多少人次")
_SEP_ZH = re.compile(r"以及|[、和及与,，;；]|\s+")
_SHORT_OWN_ZH, _LONG_OWN_ZH = 12, 24  # the most characters of a second ask before its question word: after 、和 …, a comma
# ("集中采购" is one word; so are the table's 本年, 上年, 下年: "本年新收多少件、上年结转多少件" share no "本年")
_BOUNDARY_ZH = re.compile(r".*(?:(?<![本上下])年|[的了在对向，,：:]|(?<!集)中)")
_FRAME_ZH = re.compile(r".*(?:(?<![本上下])年|[的在对向，,：:]|(?<!集)中)")  # the same without the verb's 了
# a second ask that starts with one of these asks about the first one's topic ("采购几个项目 总金额多少": the
# total amount of the purchases), not about the frame's ("收到多少件、办结多少件": 办结 is a topic of its own)
_SAME_TOPIC_ZH = re.compile(r"(?:总|共|合计|累计|一共|总共|平均)")
# a second ask that opens with its own done verb ("办了多少个证、追缴了多少资金": 追缴 is no object of 办) takes the
# frame only, never the first ask's verb before it ("…一年追缴了多少资金", not "…一年办了追缴了多少资金")
_OWN_VERB_ZH = re.compile(r"[\u4e00-\u9fff]{1,4}了(?:多少|几)")
# a second ask that opens with a 的-modifier of its own ("本年新收的又有几件") names a thing beside the first's
_OWN_MODIFIER_ZH = re.compile(r"[^的，,、\s多几]{1,8}的")


def _ask_kind(clause: str) -> str | None:
    """What a clause asks for: a date, a contact field, a figure, something else; None when it asks nothing."""
    if not Q["asking"].search(clause) and not WANTS_DATE.search(clause) and not WANTS_CONTACT.search(clause):
        return None
    if not Q["asking"].search(clause) and not WANTS_DATE.search(clause) and not any(
            m.end() == len(clause.rstrip(" 的")) for m in WANTS_CONTACT.finditer(clause)):
        return None  # a field's word inside a statement ("借助热线节目同群众交流") names no field asked ("地址、电话")
    if WANTS_DATE.search(clause):
        return "date"
    if WANTS_CONTACT.search(clause) and not re.search(r"(?<![a-z])how many(?![a-z])|(?:多少|几)[个条次件封通项批]", clause):
        return "contact"
    return "figure" if _QWORD_ZH.search(clause) else "other"


def by_kind(piece: str) -> list[str]:
    """Clauses of a Chinese piece that ask for different kinds of things, one piece each: "年报何时印发，电话和邮箱是
    什么" -> "年报何时印发" | "电话和邮箱是什么" (a date, then contact fields).  Clauses asking the same kind stay one
    piece ("采购了几个项目，总金额多少": the second shares the first's topic, units_zh below)."""
    if not re.search(r"[\u4e00-\u9fff]", piece):
        return [piece]
    # (a 、 parts clauses too, but only clauses asking different kinds: "年报是哪个单位、什么时候出的"; a 、-list of
    # fields or figures is one piece, split by the splitters after this one)
    bits = [b for b in re.split(r"([，,](?!\d)|、)", piece)]
    clauses = [(sep, c) for sep, c in zip(["，", *bits[1::2]], bits[::2]) if c.strip()]
    if len(clauses) < 2:
        return [piece]
    out = [clauses[0][1]]
    kind = _ask_kind(clauses[0][1])
    for sep, c in clauses[1:]:
        k = _ask_kind(c)
        # contact asks about different fields are different asks too ("地址在哪里，电话是多少")
        other_field = k == kind == "contact" and sep != "、" and not set(field_names(c)) & set(field_names(out[-1]))
        if kind is not None and k is not None and (k != kind or other_field):
            out.append(c)
            kind = k
        else:
            out[-1] += ("、" if sep == "、" else "，") + c
            kind = kind or k
    return [o.strip(" ，,") for o in out]


def _cut_zh(between: str) -> tuple[int, int] | None:
    """Where one ask ends and the next starts in the text between two question words: at a separator, or — with
    nothing between them ("几个项目总金额多少") — before a word that opens a clause of its own (全年, 总, 共, 另…);
    None when the two question words make one ask ("多少件中有多少件": a share of the first figure)."""
    s = _SEP_ZH.search(between)
    if s:
        return s.start(), s.end()
    if Q["part_of_zh"].search(between):
        return None
    op = Q["opener_zh"].search(between, 1)  # after the first ask's unit at least
    if op:
        return op.start(), op.start()
    # the first ask's unit, then a short verb of the second ask ("收到多少件办结多少件")
    unit = next((u for u in (*GLOSSARY.units, "个") if between.startswith(u)), None)
    if unit and 2 <= len(between) - len(unit) <= 4:
        return len(unit), len(unit)
    return None


def _without_modifier(lead: str, ask: str) -> str:
    """The lead a later ask is written after, without the first ask's 的-modifier when the later ask opens with one of
    its own: "上年结转的申请有几件，本年新收的又有几件" -> "…2024年" + "本年新收的又有几件", never "…上年结转的本年新收的"."""
    if not (lead.endswith("的") and _OWN_MODIFIER_ZH.match(ask)):
        return lead
    shorter = _FRAME_ZH.match(lead[:-1])
    return shorter.group(0) if shorter else ""


def _own_metric(ask: str, before: str) -> bool:
    """The ask names a metric (by its Chinese words) other than the one the first ask's words name."""
    m = detect_metric(ask, fallback=False)
    return m is not None and m is not detect_metric(before, fallback=False)


def units_zh(piece: str) -> list[str] | None:
    """Several question words joined by 、/和/，: one ask per question word.
    "接待信访群众多少批、多少人次"  -> ["…多少批", "…多少人次"]  (the second repeats what the first counts)
    "网站设了几个频道、几个二级栏目"  -> ["网站设了几个频道", "网站设了几个二级栏目"]
    "采购了几个项目，总金额多少"      -> ["采购了几个项目", "采购了总金额多少"]  (its own noun, the first's topic)
    "2023年收到多少件、办结多少件"    -> ["2023年收到多少件", "2023年办结多少件"]"""
    qs = list(_QWORD_ZH.finditer(piece))
    if len(qs) < 2:
        return None
    cuts: list[tuple[int, int]] = []  # (end of ask k, start of ask k+1) at the separator between two question words
    for a, b in itertools.pairwise(qs):
        between = piece[a.end() : b.start()]
        cut = _cut_zh(between)
        if cut is None:
            return None  # "多少件中有多少件": one question about a share, not two asks
        counted, own = between[: cut[0]], between[cut[1] :]
        # (a second ask after a comma may name its thing at length: "…收到申请多少件，因政府信息公开被申请行政复议多少件")
        longest = _LONG_OWN_ZH if re.fullmatch(r"[，,；;]", between[cut[0] : cut[1]]) else _SHORT_OWN_ZH
        if len(counted) > _SHORT_OWN_ZH or len(own) > longest or re.search(r"[a-z0-9]", counted + own):
            return None
        cuts.append((a.end() + cut[0], a.end() + cut[1]))
    parts, start = [], 0
    for end, nxt in cuts:
        parts.append(piece[start:end])
        start = nxt
    parts.append(piece[start:])
    first = parts[0]
    before_q = first[: qs[0].start()]  # what the first ask counts, with its head ("领导共接待群众")
    head_m = _BOUNDARY_ZH.match(before_q)
    head = head_m.group(0) if head_m else ""  # only the head ("2023年", "…采购了", "…规范性文件制发了")
    frame_m = _FRAME_ZH.match(before_q)
    frame = frame_m.group(0) if frame_m else ""  # the question's frame, without the first ask's verb ("…2022年报:")
    out = [first]
    for p in parts[1:]:
        p = p.strip()
        if _QWORD_ZH.match(p):
            out.append(before_q + p)  # "多少人次": counts what the first ask counts
        elif _SAME_TOPIC_ZH.match(p) and before_q and not before_q.endswith(head or "\x00"):
            out.append(before_q + p)  # "总金额多少": of what the first ask counts ("…政府集中采购总金额多少")
        elif not _SAME_TOPIC_ZH.match(p) and (any(w in p for w in GLOSSARY.counted_zh) or _own_metric(p, before_q)
                                              or (_OWN_VERB_ZH.match(p) and head.endswith("了"))):
            # the ask names a thing of its own ("微博发布了多少条" after "微信公众号推送了多少条"; "全部公开的几件" after
            # "新收了几件申请": another row of the table): the frame only
            out.append(_without_modifier(frame, p) + p)
        else:
            out.append(_without_modifier(head, p) + p)  # "现行有效的有几件": of the first ask's thing ("…规范性文件制发了")
    return out


def each_zh(piece: str) -> list[str] | None:
    """"A和B各多少件" -> ["A多少件", "B多少件"]; None when the piece lists nothing."""
    m = Q["each_zh"].search(piece)
    if not m or m.start() == 0:
        return None
    head, tail = piece[: m.start()], piece[m.end() :]
    conj = list(Q["conj_zh"].finditer(head))
    if not conj:
        return None
    first = conj[0]
    before = head[: first.start()]
    # the longest lead that still leaves the first item a word of its own ("…2023年" of "…2023年网上申请和邮寄申请",
    # not "…网上申请")
    lead = next((before[:k] for k in range(len(before) - 2, 0, -1) if Q["np_start_zh"].fullmatch(before[:k])), "")
    items = _list_items_zh(head[len(lead) :])
    if len(items) < 2:
        return None
    items = [re.sub(r"的$", "", x.strip()) for x in items]
    shared = Q["shared_suffix_zh"].search(items[-1]) if "shared_suffix_zh" in Q else None
    if shared and shared.start() > 0:
        # "决策公开、执行公开、管理公开类信息": the classifier of the last item is every item's
        items = [x if Q["shared_suffix_zh"].search(x) else x + shared.group() for x in items]
    counted = Q["shared_tail_zh"].search(items[-1]) if "shared_tail_zh" in Q else None
    if counted and counted.start() > 0 and not any(counted.group("verb")[-2:] in x for x in items[:-1]):
        # "A2023年和B2023年主动公开的信息各多少": the counted noun after the last item is every item's
        items = [*(x + counted.group() for x in items[:-1]), items[-1]]
    return [f"{lead}{x}{tail}" for x in items]


def _list_items_zh(listed: str) -> list[str]:
    """The items of a Chinese list. A list written with 、 puts its 和 / 与 / 及 before the last item only, so one
    inside an earlier item joins that item's own name ("规划类、重点工作和重大项目类、重点领域类": three items, the middle
    one a single category); the last 、-item may still end the list with 和 ("A、B和C")."""
    if "、" not in listed:
        return [x for x in Q["conj_zh"].split(listed) if x.strip()]
    *earlier, last = listed.split("、")
    return [x for x in (*earlier, *Q["conj_zh"].split(last)) if x.strip()]
