"""Check a generated answer against the evidence it cites. Pure functions, no model.

The rules (the reason an answer can be pasted into a memo):

* every citation marker ``[n]`` points at evidence that was actually retrieved
  and shown to the model, and the answer cites at least one;
* every number in a sentence occurs in the evidence that sentence cites (a
  sentence without a marker is held against everything the answer cites);
* every phrase in quotation marks occurs, verbatim, in that evidence, and so does
  every web address and e-mail address (contact data is pasted as is);
* when the question has known figures (table cells of the metric asked about),
  the answer states at least one of them.

Both sides are normalised first: traditional -> simplified, full -> half width,
thousands separators and spaces inside numbers dropped, "16.0" == "16".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.core.glossary import GLOSSARY
from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.text import normalise_query, sentence_spans
from assistant.en_phrases import en_word
from ingest.clean import without_glued_pinyin

# [1]  [1, 2]  [1][2]  【1】  [1-2] is read as 1 and 2
MARKER = re.compile(r"[\[【]\s*(\d+(?:\s*[,，、\-–]\s*\d+)*)\s*[\]】]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LIST_ENUMERATOR = re.compile(r"(?m)^\s*(?:\d{1,2}[.、)）]|[（(]\d{1,2}[)）])\s*(?!\d)")
_QUOTED = re.compile(r"“([^”]{1,200})”|「([^」]{1,200})」|『([^』]{1,200})』|\"([^\"\n]{1,200})\"|‘([^’]{1,200})’")
_LINK = re.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff<>\"'）)\]]+|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.IGNORECASE)
_MARKERS_AFTER = re.compile(r"\s*(?:\[[\d\s,，、\-–]+\]|【\d+】)")  # kept with the sentence before them
_QUOTE_EDGE = "，。、；：,.;: "


@dataclass
class Verdict:
    ok: bool
    problems: list[str] = field(default_factory=list)
    cited: list[int] = field(default_factory=list)  # valid markers, in order of first use


def normalise(text: str) -> str:
    """Simplified, half-width, lower-case, without pinyin glued after characters (a quote of a mirror's original:
    "領(lǐng)導(dǎo)"); numbers written without separators or spaces."""
    t = normalise_query(without_glued_pinyin(text))
    t = re.sub(r"(?<=\d)[,，](?=\d{3}(?!\d))", "", t)
    t = re.sub(r"(?<=\d) +(?=\d)", "", t)
    return t


def canonical_number(s: str) -> str:
    """'16.0' -> '16', '3.50' -> '3.5'; leading zeros kept (0000-1234567 is not 0)."""
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def markers(text: str) -> list[int]:
    """Citation numbers in order of appearance (duplicates kept)."""
    out = []
    for m in MARKER.finditer(text):
        for piece in re.split(r"[,，、\-–]", m.group(1)):
            out.append(int(piece))
    return out


def strip_markers(text: str) -> str:
    return MARKER.sub(" ", text)


def numbers(text: str, answer: bool = True) -> list[str]:
    """Numbers stated in a piece of text. In an answer, citation markers and list numbering
    ("1. …" at the start of a line) are layout, not figures; in evidence every number counts."""
    body = normalise(text)
    if answer:
        body = _LIST_ENUMERATOR.sub(" ", strip_markers(body))
    return [canonical_number(n) for n in _NUMBER.findall(body)]


def quoted_phrases(text: str) -> list[str]:
    out = []
    for m in _QUOTED.finditer(strip_markers(text)):
        phrase = next(g for g in m.groups() if g is not None).strip(_QUOTE_EDGE)
        if phrase:
            out.append(phrase)
    return out


def links(text: str) -> list[str]:
    """Web and e-mail addresses (trailing punctuation dropped)."""
    return [m.group(0).rstrip(".,;:!?") for m in _LINK.finditer(strip_markers(text))]


def sentences(text: str) -> list[str]:
    """Sentences with the markers that follow them ("…16件。[1]" keeps its [1])."""
    return [text[s:e] for s, e in sentence_spans(text, english=True, brackets=False, keep_after=_MARKERS_AFTER)]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", normalise(text))


def adds_nothing(answer: str, question: str) -> bool:
    """The answer only restates the question: no figure the question lacks, hardly a new character."""
    q = _squash(question)
    if set(numbers(answer)) - set(numbers(question, answer=False)):
        return False
    body = _squash(strip_markers(answer))
    new = [c for c in body if c not in q and (c.isalnum() or "\u4e00" <= c <= "\u9fff")]
    return len(new) < 4


def verify(answer: str, evidence: dict[int, str], expected_numbers: set[str] | None = None) -> Verdict:
    """Hold `answer` against `evidence` ({marker number: evidence text as shown to the model})."""
    problems: list[str] = []
    used = markers(answer)
    invalid = sorted({n for n in used if n not in evidence})
    for n in invalid:
        problems.append(f"citation [{n}] points at no retrieved evidence")
    cited = list(dict.fromkeys(n for n in used if n in evidence))
    if not cited:
        problems.append("the answer cites no evidence")

    ev_numbers = {n: set(numbers(t, answer=False)) for n, t in evidence.items()}
    ev_text = {n: _squash(t) for n, t in evidence.items()}
    for sent in sentences(answer):
        scope = [n for n in markers(sent) if n in evidence] or cited
        allowed = set().union(*(ev_numbers[n] for n in scope)) if scope else set()
        where = ", ".join(f"[{n}]" for n in scope) or "no evidence"
        for num in numbers(sent):
            if num not in allowed:
                problems.append(f"the number {num} is not in the cited evidence ({where})")
        text = "".join(ev_text[n] for n in scope)
        for link in links(sent):
            if _squash(link) not in text:
                problems.append(f"the address {link} is not in the cited evidence ({where})")
        for phrase in quoted_phrases(sent):
            if _squash(phrase) not in text:
                problems.append(f"the quotation “{phrase[:40]}” is not in the cited evidence ({where})")

    if expected_numbers:
        stated = set(numbers(answer))
        expected = {n for raw in expected_numbers for n in numbers(raw, answer=False)}
        if not stated & expected:
            problems.append(f"the answer states none of the reported figures ({', '.join(sorted(expected))})")
    return Verdict(ok=not problems, problems=list(dict.fromkeys(problems)), cited=cited)


# --- what an ask asks for, and whether evidence holds it ----------------------------------------------
# An answer is only an answer when its evidence holds what the question asks for: a "who" question needs the
# holder of the asked role to be named (a person, or another post that fills the role: "以局长为组长" says who
# the 组长 is, not who the 局长 is); a question about money needs an amount of money, not a count of items.

# posts whose holder a question may ask for (longest first, so "副组长" is read before "组长")
TITLES = tuple(sorted((
    "组长", "副组长", "局长", "副局长", "主任", "副主任", "书记", "副书记", "负责人", "联系人", "发言人", "主席", "副主席",
    "镇长", "乡长", "区长", "县长", "市长", "省长", "处长", "科长", "厅长", "部长", "站长", "所长", "院长", "队长",
    "主管", "领导", "分管领导", "主要领导", "委员", "秘书长", "主任委员", "首席信息官"), key=len, reverse=True))
_TITLE_RE = "|".join(TITLES)
# "局长是谁", "组长由谁担任", "谁是组长", "谁担任组长", "局长叫什么名字", "负责人姓名", "局长是哪位"
_WHO_ZH = re.compile(rf"({_TITLE_RE})(?:的)?(?:是谁|由谁|为谁|叫什么|是哪位|是哪一位|姓名|名字|是什么人)"
                     rf"|谁(?:是|担任|任|来当|当)[^，。？?；;]{{0,16}}?({_TITLE_RE})")
_WHO_EN = re.compile(r"\bwho(?:'s|\s+is|\s+was|\s+are|\s+were|\s+heads?|\s+leads?|\s+chairs?|\s+runs?|\s+directs?)\b"
                     r"|\bname\s+of\s+the\s+(?:head|director|chief|leader|chair|spokes)", re.IGNORECASE)
# English words for posts -> the Chinese posts they can mean
_EN_POSTS = (
    # a deputy's post is asked alone ("who was added as deputy head", "who was made deputy group leader"): its holder is
    # named by the 副 post, never by the head's ("X任组长" names no deputy)
    (re.compile(r"\b(?:deputy|vice)[\s-]+(?:(?:group|team|committee|panel)\s+)?(?:head|leader|director|chief|chair|"
                r"chairman|chairperson)s?\b", re.IGNORECASE), ("副组长", "副主任", "副局长", "副书记", "副主席")),
    (re.compile(r"\b(?:group|team|committee|panel)s?\b", re.IGNORECASE), ("组长", "主任")),  # ("who heads the leading groups")
    (re.compile(r"\b(?:director|chief|commissioner|head|heads|leader|leads|chair|chairs|runs)\b", re.IGNORECASE),
     ("局长", "主任", "负责人", "处长", "厅长", "站长", "所长", "院长", "主管")),
    (re.compile(r"\bmayor\b", re.IGNORECASE), ("市长", "区长", "县长", "镇长", "乡长")),
    (re.compile(r"\bsecretary\b", re.IGNORECASE), ("书记", "秘书长")),
    (re.compile(r"\bspokes(?:person|man|woman)\b", re.IGNORECASE), ("发言人",)),
    (re.compile(r"\bcontact person\b", re.IGNORECASE), ("联系人",)),
)
# a question about an amount of money
_MONEY_ZH = re.compile(r"预算|经费|资金|金额|多少钱|多少元|多少万元|几万元|花费|花了|开支|支出|投入了?多少|拨款|费用是多少|收费(?:金额|总额)")
_MONEY_EN = re.compile(r"\b(?:budget|budgets|funding|funds?|spend|spent|spending|expenditures?|cost|costs|how much money|"
                       r"amount of money|yuan|rmb)\b", re.IGNORECASE)
# evidence of an amount of money: a figure in a currency, a label or clause about money, or a statement of none
_MONEY_EVIDENCE = re.compile(r"\d\s*(?:亿元|万元|千元|元)|[¥￥]\s*\d|\d\s*(?:yuan|rmb)\b|金额|经费|预算|资金|费用|收费|元|yuan|fee|budget|"
                             r"amount|fund", re.IGNORECASE)
MONEY_UNITS = ("元", "万元", "亿元", "千元", "万", "亿")
# units of figures that count people, money, shares, parts of a report or days: none of them answers "how many
# lawsuits / applications / items" (a figure with another unit, or none, may)
PEOPLE_UNITS = ("人", "名", "人次", "万人次")
NOT_THINGS = (*PEOPLE_UNITS, *MONEY_UNITS, "%", "％", "部分", "天", "个工作日", "工作日", "小时", "分钟", "岁")
# "how many lawsuits", "how many people"; Chinese asks name their unit ("多少件"), read by sentences.asked_unit
# (the words between "how many" and the noun are its modifiers, never a verb or preposition: "how many came from
# individuals" counts what came, not the individuals; a possessive is a modifier too: "how many residents' committees"
# counts committees)
# a people noun that modifies the noun counted ("how many personnel appointment/removal items", "staff training
# sessions"): the things are counted, not the people
_NOT_NOUN = (r"(?:came|come|comes|were|was|are|is|from|by|of|to|in|on|at|for|with|did|do|does|had|has|have|went|go|got|"
             r"took|take|takes|attend|attends|join|joins|make|makes|made|sent|send|sends|wrote|write|writes|gave|give|"
             r"gives|brought|bring|sought|seek|put|ran|held|left|won|lost|saw|get|gets|[a-z\-]+ed)\b")
# (two modifiers joined by and/or count as one: "personnel appointment and removal documents")
_MODIFYING_NOUN = (rf"(?!\s+(?:(?!{_NOT_NOUN})[a-z\-/]+\s+(?:(?:and|or|&)\s+(?!{_NOT_NOUN})[a-z\-/]+\s+)?){{0,2}}"
                   rf"(?!{_NOT_NOUN})[a-z\-]{{2,}}s\b)")
_HOW_MANY_EN = re.compile(r"\bhow\s+many\s+(?:(?!(?:came|come|comes|were|was|are|is|from|by|of|to|in|on|at|for|with|"
                          r"did|do|does|had|has|have|went|go|got)\b)[a-z\-]+['’]?s?\s+){0,3}?"
                          r"([a-z\-]+s|(?:people|staff|personnel)" + _MODIFYING_NOUN + r")\b(?!['’])", re.IGNORECASE)
_SPANS_EN = re.compile(r"^(?:days|hours|minutes|weeks|months|years|percent|percentages)$", re.IGNORECASE)
_PARTS_EN = re.compile(r"^(?:parts|sections|chapters|aspects)$", re.IGNORECASE)  # "how many parts": the report's own parts
# nouns that count people ("how many serving cadres took part": 2800多人 answers, glossary [patterns] people_noun_en)
_PEOPLE_EN = GLOSSARY.patterns["people_noun_en"]
_VISIT_EN = GLOSSARY.patterns["visit_noun_en"]  # ("how many page views": 人次 or a bare count answers it)
_NAME_STOP = "为的和及与等们是在由对向于了将把被从以、，,。；;：:（）()“”\" "


def _names_people_unit(text: str) -> bool:
    """An English ask that names a unit counting people ("how many petitioners (person-times)", glossary units_en)."""
    return any(zh in PEOPLE_UNITS and re.search(en_word(en), text.lower())
               for en, zh in GLOSSARY.units_en.items())


@dataclass(frozen=True)
class AskShape:
    """What an ask asks for beyond its topic: the posts whose holder it asks for (`who`), an amount of money."""

    who: tuple[str, ...] = ()
    money: bool = False
    count: str | None = None  # an English "how many": "people" (人/名/人次), "parts" (of the report: 部分), "visits" (page views, hits: 人次 or none) or "things"
    # a field of the report's identity or contact lines (core/report_fields.py: publisher, compiler, address, channels):
    # answered only by evidence of that field, never by a sentence that merely shares a word with the ask
    field: str | None = None
    # "在谁的领导下", "under whose guidance": the act (领导, 指导…) whose agent is asked; answered only by a sentence
    # saying under whose act it was ("在县委的正确领导下"), not by one that merely holds the act's word
    under: str | None = None

    def __bool__(self) -> bool:
        return bool(self.who or self.money or self.count or self.field or self.under)


def remedy_not_address(norm: str) -> str:
    """`norm` with "address" as the verb of remedying problems ("what measures did they take to address the problems")
    read as "remedy": it asks no address (a contact field, 地址), and says the same (glossary [patterns]
    problems_as_object)."""
    def verb(m: re.Match[str]) -> str:
        a, b = m.span("verb")
        if a < 0 or not m.group("verb").startswith("address"):
            return m.group()
        return m.group()[: a - m.start()] + m.group("verb").replace("address", "remedy") + m.group()[b - m.start():]
    return GLOSSARY.patterns["problems_as_object"].sub(verb, norm)


@lru_cache(maxsize=512)
def ask_shape(question: str) -> AskShape:
    """The shape of the answer a question asks for ("张店区信访局的局长是谁" -> who=('局长',);
    "what was the budget …" -> money)."""
    text = remedy_not_address(normalise(question or ""))
    who: tuple[str, ...] = ()
    m = _WHO_ZH.search(text)
    if m:
        who = (m.group(1) or m.group(2),)
    elif _WHO_EN.search(text):
        posts: list[str] = []
        for pattern, zh in _EN_POSTS:
            if pattern.search(text):
                posts += zh
                if zh[0] in ("组长", "副组长"):
                    break  # "who heads the leading group": the group's head, not the bureau's (a deputy: the deputy)
        who = tuple(dict.fromkeys(posts))
    money = bool(_MONEY_ZH.search(text) or _MONEY_EN.search(text))
    count = None
    m = _HOW_MANY_EN.search(text)
    filings = m is not None and _PEOPLE_EN.match(m.group(1)) and GLOSSARY.patterns["people_filing_en"].match(text[m.end():])
    if m and not money and not _SPANS_EN.match(m.group(1)) and not filings:  # ("how many people filed": the filings)
        count = ("people" if _PEOPLE_EN.match(m.group(1)) or _names_people_unit(text)
                 else "visits" if _VISIT_EN.match(m.group(1))
                 else "parts" if _PARTS_EN.match(m.group(1)) and _report_parts(m, text) else "things")
    return AskShape(who=who, money=money, count=count, field=REPORT_FIELDS.field_asked(text) if not count else None,
                    under=_under_whom(text))


_UNDER_ZH = GLOSSARY.patterns["under_whom_zh"]
_UNDER_EN = GLOSSARY.patterns["under_whom_en"]


def _under_whom(text: str) -> str | None:
    """The act whose agent an ask asks for ("在谁的领导下" -> 领导; "under whose guidance" -> 指导), if any."""
    m = _UNDER_ZH.search(text)
    if m:
        return m.group("act")
    m = _UNDER_EN.search(text.lower())
    if m:
        return next(iter(GLOSSARY.en_to_zh.get(m.group("act"), ())), None)
    return None


def names_agent_of(text: str, act: str) -> bool:
    """`text` says under whose `act` something was done: "在县委、县政府的正确领导下", "在市信息中心的业务指导下", also
    with no 的 before a qualifier of the act ("在校党委统一领导下")."""
    return bool(re.search(rf"在[^，。；,;？?]{{1,30}}?(?:的|(?=(?:统一|正确|具体|业务|直接|集中|坚强|大力)))[\u4e00-\u9fff]{{0,4}}?{re.escape(act)}(?:和[\u4e00-\u9fff]{{1,4}})?下",
                          normalise(text)))


_SITE_PARTS = GLOSSARY.patterns["site_parts_en"]


def _report_parts(m: re.Match[str], text: str) -> bool:
    """"how many sections" asks the parts of the report, unless a word qualifies them ("second-level sections") or
    the ask is about a website ("after the website revamp, how many sections did it have": its 版块)."""
    return not m.group(0)[: m.start(1) - m.start()].strip().lower().split()[2:] and not _SITE_PARTS.search(text)


def _is_name(filler: str, post: str) -> bool:
    """A run of text that can name who holds `post`: not empty, not the post itself, not a function word."""
    filler = filler.strip(_NAME_STOP)
    return bool(filler) and filler != post and not filler.endswith("副") and filler[0] not in _NAME_STOP


# the verb that makes somebody hold a post ("以X为组长", "增加X为副组长", "确定X为组长"; verbs in glossary.toml [patterns])
_MADE_HOLDER = GLOSSARY.patterns["post_made_holder_zh"].pattern
# the group a post is of, written between 为 and the post ("为领导小组副组长", "为工作专班组长")
_GROUP_BEFORE_POST = r"[\u4e00-\u9fff]{0,8}?(?:小组|委员会|工作组|专班|办公室)"


def names_holder(text: str, post: str) -> bool:
    """`text` says who holds `post`: "由副市长、公安局长常和平任组长", "以局长为组长" (for 组长), "组长由局长担任",
    "组长：张三", "局长王某某同志"; not "以局长为组长" for 局长 (it says what the 局长 does, not who they are)."""
    t = normalise(text)
    p = re.escape(post)
    lead = r"(?<!副)" if not post.startswith("副") else ""
    # somebody takes the post: "X任组长", "X担任组长", "以X为组长", "X兼任组长", and somebody is made to hold it,
    # also of a group named before the post ("增加办公室副主任为领导小组副组长", "调整X为工作组组长")
    for m in re.finditer(rf"([\u4e00-\u9fff·]{{1,12}}?)(?:同志)?(?:任|担任|兼任|出任|作为){lead}{p}"
                         rf"|{_MADE_HOLDER}([^，。；,;]{{1,12}}?)为(?:{_GROUP_BEFORE_POST})?{lead}{p}"
                         # a clause of its own, "X为副组长", in a list of who holds what ("局长任组长,分管领导为副组长")
                         rf"|(?:^|[，,、；;])([^，。；,;、]{{1,12}}?)为{lead}{p}(?=[，,、。；;]|$)", t):
        if _is_name(m.group(1) or m.group(2) or m.group(3), post):
            return True
    # the post is given to somebody: "组长由局长担任", "组长：张三", "组长是张三"
    for m in re.finditer(rf"{lead}{p}(?:由|是|[：:])\s*([^，。；,;、]{{1,12}})", t):
        if _is_name(m.group(1), post):
            return True
    # the post and a name side by side: "公安局长常和平任组长", "局长张三同志"
    for m in re.finditer(rf"{lead}{p}([\u4e00-\u9fff·]{{2,4}}?)(?:同志|任|担任|兼任|为|[、，,（(])", t):
        name = m.group(1)
        if _is_name(name, post) and not re.search(_TITLE_RE, name):
            return True
    return False


def holds_shape(shape: AskShape, text: str) -> bool:
    """`text` (a quote, or a quote with its row and column labels) holds an answer of the asked shape."""
    if not shape:
        return True
    if shape.who and not any(names_holder(text, post) for post in shape.who):
        return False
    if shape.money and not _MONEY_EVIDENCE.search(normalise(text)):
        return False
    if shape.field and not REPORT_FIELDS.holds(shape.field, normalise(text)):
        return False
    return not shape.under or names_agent_of(text, shape.under)


def answer_holds_shape(question: str, quotes: list[str]) -> bool:
    """Some cited quote of an answer holds what `question` asks for (always True for a question of no
    particular shape); an answer that fails this answers another question and is to be declined."""
    shape = ask_shape(question)
    return not shape or any(holds_shape(shape, q) for q in quotes)


def fact_holds_shape(shape: AskShape, fact) -> bool:
    """A fact (assistant.core.types.Fact) answers an ask of this shape: its labels, unit and stated text are
    held against the shape ("预算" is not answered by a count of items in 条; a statement of none answers
    a question about fees)."""
    if not shape:
        return True
    if shape.count and fact.value is not None and getattr(fact, "kind", "") != "none" and not unit_holds_shape(shape, fact.unit):
        return False  # "how many lawsuits" is not answered by "6 部分" (parts of the report) nor by 50人次
    if shape.money:
        if getattr(fact, "kind", "") == "none":
            return True
        if fact.unit and fact.value is not None:  # a figure's unit decides: 件/条/人次 count, 元/万元 are money
            return fact.unit in MONEY_UNITS
    label = " ".join(x for x in (fact.row, fact.column, fact.label_zh, fact.label_en) if x)
    stated = fact.text_value or fact.raw or ""
    if shape.field and getattr(fact, "kind", "") == "contact":
        # a contact line answers the ask of its own field only (its label says which): the publisher's name is no
        # address, the office responsible no publisher, a web address no channel of disclosure
        return shape.field != "channels" and REPORT_FIELDS.labels_field(shape.field, normalise(label))
    not_label = REPORT_FIELDS.not_labels.get(shape.field or "")
    if not_label and getattr(fact, "kind", "") == "item" and not_label.search(normalise(label)):
        return False  # "依申请公开办理情况: 受理电话、网络平台、来信" is how requests came in, no channel of disclosure
    return holds_shape(shape, f"{label}：{stated}{fact.unit or ''}")


def facts_holding_shape(shape: AskShape, facts: list) -> list:
    """The facts that answer an ask of this shape (``fact_holds_shape``).  For the channels of disclosure a list naming
    channels is kept whole: "智慧青禾手机台、《青禾日报》、杂志和社区信息公开栏" is one answer, though not each of its
    items says a channel's word."""
    held = [f for f in facts if fact_holds_shape(shape, f)]
    if shape.field != "channels":
        return held
    lists = {(f.doc_id, f.row, f.section) for f in held if f.kind == "item"}
    return [f for f in facts if any(f is h for h in held) or (f.kind == "item" and (f.doc_id, f.row, f.section) in lists)]


def unit_holds_shape(shape: AskShape, unit: str | None) -> bool:
    """A figure stated with `unit` ("50人次", "6部分": the unit after the number) answers an ask of this shape."""
    # (a magnitude before the unit is no unit: "1.2万人" counts 人, "粉丝770万" has none — not money, which is 万元)
    unit = re.sub(r"^(?:万|亿|千|百万|千万)", "", unit or "") if shape.count else unit
    if not shape.count or not unit:
        return True
    if shape.count == "parts":  # "how many parts is the report made up of": 6部分, 三个方面
        return unit.lstrip("个") in ("部分", "方面")
    if shape.count == "visits":  # "how many page views / hits": "访问量36518人次", "点击12万次"
        return unit in PEOPLE_UNITS or unit not in NOT_THINGS
    if (unit in PEOPLE_UNITS) != (shape.count == "people"):
        return False
    return not (shape.count == "things" and unit in NOT_THINGS)


def figure_holds_shape(shape: AskShape, figure: str | None) -> bool:
    """A stated figure ("42条", "50人次", "6部分", "0") answers an English "how many …" of this shape."""
    if not figure or not shape.count:
        return True
    m = re.match(r"[\d,.]+\s*(?:余|多)?\s*(\S*)", figure)
    return unit_holds_shape(shape, m.group(1) if m else "")
