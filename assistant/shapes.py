"""Shapes of asks and answers for the evidence side: what an ask asks for (a date, a contact field, a unit)
and whether a text holds an answer of that shape (a phone number, an e-mail, a date, a passage in English).
Pure functions over text and the glossary data."""

from __future__ import annotations

import re
from functools import cache

from assistant.answer_types import asks_period
from assistant.core.glossary import GLOSSARY as _GLOSSARY
from assistant.core.text import sentence_spans
from assistant.core.vocab import names_vocab
from assistant.en_phrases import en_word
from assistant.excepted import excepted_spans
from assistant.labels import has

# a date, also one without its day or its year ("2016年6月", "10月29日"): "何时上线" is answered by either; a day
# written with its 日/号 keeps it ("2017年1月1日", never the broken "2017年1月1")
DATE = re.compile(r"(?:19|20)\d\d\s*(?:年|-|/|\.)\s*\d{1,2}\s*(?:月|-|/|\.)\s*\d{1,2}(?!\d)(?:\s*[日号])?"
                  r"|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月"
                  r"|(?<![\d.])\d{1,2}\s*月\s*\d{1,2}\s*日")
# an ordinal: "第6位", "第五十条" in Chinese; "Article 50", "5th" in a report written in English (glossary ordinal_en)
# (not the number of a session, issue or batch, "第十一届", "the 11th session": glossary ordinal_not_place; the
# number taken whole, so "第十一届" is not read as "第十" before "一")
_NOT_PLACE = _GLOSSARY.patterns["ordinal_not_place"].pattern.removeprefix("(?i)")
ORDINAL = re.compile(r"(?:第[一二三四五六七八九十百\d]++(?:名|位)?|(?:" + _GLOSSARY.patterns["ordinal_en"].pattern.removeprefix("(?i)")
                     + r"))(?!" + _NOT_PLACE + ")", re.IGNORECASE)
# "27,381" is one number, not two clauses; ". " ends an English sentence that sentence splitting kept whole
CLAUSE_END = re.compile(r"[，；;：:]|(?<!\d),|,(?!\d)|\.(?=\s+[A-Z0-9])")
UNIT_AFTER = re.compile(r"\s*(余|多)?\s*(万元|元|案次|件次|件|条|人次|次|人|个部分|个|项|份|期|场|篇|家|批|部分|部|台|万|%|％)")


def words_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(w) if re.search(r"[\u4e00-\u9fff]", w) else en_word(w)
                               for w in sorted(words, key=len, reverse=True)) or "(?!)")


# (not the number of a document: "第几号", "文号是几号")
WANTS_DATE = re.compile(rf"(?<!第)(?<!文号是)(?<!文号为)(?:{words_pattern(_GLOSSARY.date_words).pattern})")
# an ask for the body that compiled the report, however phrased (glossary [patterns] compiler_ask): its 编制单位 fact
COMPILER_ASK = _GLOSSARY.pattern("compiler_ask")
COMPILER_FIELD = "编制单位|编写单位|compiled by"
# ... the body that published it (publisher_ask: its 发布机构 fact), the office to contact about it (office_ask: 负责机构)
PUBLISHER_ASK = _GLOSSARY.pattern("publisher_ask")
PUBLISHER_FIELD = "发布机构|发布单位|published by"
OFFICE_ASK = _GLOSSARY.pattern("office_ask")
OFFICE_FIELD = "负责机构|联系单位|office responsible"
# ... and where the report itself can be read or downloaded (site_ask: its 网址 fact, "在哪个网站查阅或下载")
SITE_ASK = _GLOSSARY.pattern("site_ask")
SITE_FIELD = "网址|网站|website"
# ... a web address whose sentence says the report can be read or downloaded there answers it before one that does not
# (a page header's "中央政府门户网站 www.gov.cn")
_SITE_EVIDENCE = _GLOSSARY.pattern("site_evidence")


def reads_report_there(quote: str) -> bool:
    """`quote` (a 网址 fact's sentence) says the report can be read or downloaded at its address."""
    from assistant.core.text import normalise_query

    return bool(_SITE_EVIDENCE.search(normalise_query(quote)))


# the name a sentence gives the site of a web address written after it in brackets ("报告电子版可在“中国·青禾”政府门户
# 网站(http://…)下载": “中国·青禾”政府门户网站), from the word that says where (在, 通过, 登录 …) up to its bracket
_SITE_NAME = re.compile(r"(?:在|于|通过|登录|登陆|访问|进入|到)(?P<name>[^，。,;；:：()（）\s]{2,30}?(?:网站|网|门户|平台|专栏|网页))\s*[（(]\s*$")


# a publication the same sentence names beside the site ("…门户网站(www…)和《青禾日报》全文公开"): the report was put
# out there too, so an ask of where it was published ("apart from the portal, where else") is answered by it as well
_ALSO_IN = re.compile(r"\s*[)）]?\s*(?:和|及|以及|与|、|并在|同时在)\s*(?P<pub>《[^《》。，,；;]{2,24}》)")


def site_with_name(quote: str, address: str) -> str:
    """`address` (a 网址 fact's value) with the name its sentence `quote` gives the site, "名称（address）"; the address
    alone where the sentence names none (a mirror copy may have replaced the address, not the site's name); and the
    publications the sentence names right after it ("…(address)和《青禾日报》全文公开" -> "…（address）、《青禾日报》")."""
    at = quote.find(address)
    m = _SITE_NAME.search(quote[:at]) if at > 0 else None
    site = f"{m.group('name')}（{address}）" if m else address
    also, end = [], at + len(address) if at >= 0 else -1
    while end >= 0 and (p := _ALSO_IN.match(quote, end)):
        also.append(p.group("pub"))
        end = p.end()
    return "、".join([site, *also])


# ... and the website a reprint names as its source (source_site_ask: its 出处 fact, "来源是哪个网站"), read first:
# its "哪个网站" asks no site to read the report on
SOURCE_ASK = _GLOSSARY.pattern("source_site_ask")
SOURCE_FIELD = "出处|credited source"
_BODY_ASKS = ((SOURCE_ASK, SOURCE_FIELD), (COMPILER_ASK, COMPILER_FIELD), (PUBLISHER_ASK, PUBLISHER_FIELD), (OFFICE_ASK, OFFICE_FIELD),
              (SITE_ASK, SITE_FIELD))
BODY_ASK = re.compile("|".join(rx.pattern for rx, _f in _BODY_ASKS))  # an ask for any of these bodies
WANTS_CONTACT = re.compile("|".join([*(rx.pattern for rx, _f in _BODY_ASKS), words_pattern(_GLOSSARY.contact_words).pattern]))
_BODY_FIELD = {field.split("|")[0]: field for _rx, field in _BODY_ASKS}  # 发布机构 -> the publisher field
# a website named in an ask comparing figures ("what's the gap between notices and work updates on X's website"): where
# the items compared were posted, not the site's address asked (glossary [patterns] medium_ask, compare)
_SITE_WORD = _GLOSSARY.patterns["medium_ask"]
_COMPARES = _GLOSSARY.patterns["compare"]


# a contact ask is answered by a sentence holding a value of that shape even when it does not name the field
# ("如有疑问,请联系:0356-5873144" answers "电话"): field word -> pattern of its values
_VALUE_SHAPES = {
    "电话": re.compile(r"(?<!\d)(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|\d{3,4}-\d{7,8})(?!\d)"),
    "邮箱": re.compile(r"[\w.\-]+@[\w\-]+\.[\w.\-]+"),
    "邮编": re.compile(r"(?<!\d)\d{6}(?!\d)"),
}


def shows_value_of(label: str, text: str) -> bool:
    """`text` writes a value of the shape of the field labelled `label` (电话, 电子邮箱, 邮编).  Only the field's own label
    is read, never the words it is written with: a fax number has a phone's shape, and "传真电话" names a fax, so only
    the word 传真 says a number is one."""
    return any(key in label and pat.search(text) for key, pat in _VALUE_SHAPES.items())


def covers(term: str, text: str) -> bool:
    """`term` (or a synonym) is in `text`, or — for a contact field — a value of its shape is."""
    if has(term, text):
        return True
    return any(key in alt and pat.search(text) for alt in term.split("|") for key, pat in _VALUE_SHAPES.items())


# words of an ask about when the *report* came out (glossary [asks] report_date / day): the date facts of the report
# (its publication / signature date) answer it, whatever their label says
_REPORT_DATE_WORDS = _GLOSSARY.report_date_words
DATE_LABEL = "发布日期|日期"
_DAY_WORDS = _GLOSSARY.day_words


_AGENCY_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}[局委办厅府]")


@cache
def _english_agency_words() -> frozenset[str]:
    """English words of agency names (levels, heads, type words: "municipal", "people's government", "bureau"):
    in a question they say whose report, never what about it."""
    v = names_vocab()
    words = {*v.name_levels_en, *v.name_heads_en}
    for phrase in v.english_type_words:
        words.update(w.removesuffix("'s") for w in phrase.split())
    return frozenset(words)


_POSTED_ON = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:网站|网)(?=[上里])")


def report_date_terms(norm: str, terms: dict[str, float]) -> dict[str, float]:
    """Label terms for a date ask about the report itself: {DATE_LABEL: weight} when the ask wants a date and its
    other terms only say "the report was published" (制发 of "issued", "disclosure"); {} for a date of anything else
    ("何时上线新网站": its sentence answers, not the report's date)."""
    # (the period of the figures, however worded — "统计期限", "起止日期": glossary zh_synonyms — is no date of the report)
    # (... nor is one asked by what the figures do: "the statistics run up to 31 December from which date")
    if not WANTS_DATE.search(norm) or has("统计期限", norm) or re.search(r"period", norm) or asks_period(norm):
        return {}
    # (the words asking for the date are no topic: "几月几号", "on what day")
    asking = " ".join(m.group() for m in WANTS_DATE.finditer(norm))
    # (the site it was posted on, "中国政府网上哪天登出来的": where it came out, no topic; a reprint's date line answers)
    asking += " " + " ".join(_POSTED_ON.findall(norm))
    # (a short agency word left of a name the question shortens its own way, "新疆自治区政府办": who, not what)
    # (... or English words of its name: "Qinghe municipal govt", "the people's government")
    # (a token the tokenizer cut across the asking words, "天发" of "哪天发的": what is left of it once they are taken
    # out says whether it is a word of the report's coming out)
    if any(not any(a in _REPORT_DATE_WORDS or a in asking or a in _DAY_WORDS or _AGENCY_WORD.fullmatch(a)
                   or a in _english_agency_words() or _past_asking(a, asking) in _REPORT_DATE_WORDS
                   for a in t.split("|")) for t in terms):
        return {}
    return {DATE_LABEL: max(1.0, sum(terms.values()))}


def _past_asking(term: str, asking: str) -> str:
    """`term` without the asking words it begins with a tail of ("天发" after "哪天" -> "发"); "" when it begins with
    none (a term the asking words do not touch)."""
    for k in range(len(term) - 1, 0, -1):
        if any(w.endswith(term[:k]) for w in asking.split()):
            return term[k:]
    return ""


def date_kind_asked(norm: str) -> str | None:
    """Which of a report's dates a date ask wants: "signed" ("何时成文", "when was it signed"), "posted" ("哪天挂出来的",
    "when was it posted"), None when it does not say (any date of the report answers)."""
    if _GLOSSARY.pattern("date_signed_ask").search(norm):
        return "signed"
    return "posted" if _GLOSSARY.pattern("date_posted_ask").search(norm) else None


def date_kind(label: str, late: bool) -> str | None:
    """What a report's date is, from the words written before it (`label`: "发布时间:", "成文日期:", "" for a date
    alone) and where it stands (`late`: after the text, where a signature is dated)."""
    if _GLOSSARY.pattern("date_signed_label").search(label):
        return "signed"
    if _GLOSSARY.pattern("date_posted_label").search(label):
        return "posted"
    return "signed" if late and not label.strip() else None


# the parts of the applications received a question may ask for — applicant types (the columns of table 三) and
# channels — with the words a question names each by.  An ask naming a part is answered only by a figure whose
# label names it: where a report states only the total, the part is not stated ("…中法人提出了多少件" is not 44件)
PARTS: dict[str, tuple[str, ...]] = {
    "自然人": ("自然人", "个人", "公民", "群众"),
    "法人或其他组织": ("法人", "其他组织"),
    "商业企业": ("商业企业", "企业", "公司"),
    "科研机构": ("科研机构", "科研"),
    "社会公益组织": ("公益组织", "公益"),
    "法律服务机构": ("法律服务", "律师", "律所"),
    "当面": ("当面", "现场", "窗口"),
    "网上": ("网上", "网络", "在线", "网申", "平台", "互联网"),
    "信函": ("信函", "邮寄", "邮递", "来信", "写信", "寄信", "信件", "邮政"),
    "传真": ("传真",),
    "电子邮件": ("电子邮件", "邮件", "电子邮箱"),
    "电话": ("电话申请", "打电话申请", "电话提出"),
}


def asked_part(norm: str, terms: tuple[str, ...] | list[str] = ()) -> tuple[str, tuple[str, ...]] | None:
    """The part of the applications an ask names: (the words the ask uses for it, every word that names it), from
    the ask's Chinese and from the Chinese `terms` its English words translate to ("from companies" -> 商业企业)."""
    for words in PARTS.values():
        said = next((w for w in words if w in norm), None)
        if said is None:
            said = next((t for t in terms if any(w in t for w in words)), None)
            if said is not None:  # an English ask: the English words that gave the term
                en = [e for e, zh in _GLOSSARY.en_to_zh.items() if said in zh and re.search(en_word(e), norm)]
                said = max(en, key=len) if en else said
        if said is not None:
            return said, words
    return None


def terms_outside(terms, norm: str, kept: str) -> list[str]:
    """The Chinese `terms` of an English ask still rendered by its words once some are taken out (`kept`: the ask
    without the words naming its report, "letters and visits" of a petitions bureau): a term the glossary renders
    from words of `norm` only outside `kept` is dropped (来信, 来访 of "letters and visits"); any other term stays."""
    def rendered(t: str, text: str) -> bool:
        return any(t in zh and re.search(en_word(e), text)
                   for e, zh in _GLOSSARY.en_to_zh.items() if e.isascii())
    return [t for t in terms if rendered(t, kept) or not rendered(t, norm)]


def names_part(words: tuple[str, ...], text: str) -> bool:
    """`text` (a fact's labels, a clause) names the part `words` name."""
    return any(w in text for w in words)


def is_english(text: str) -> bool:
    """A passage written in English (a report published in translation)."""
    latin = len(re.findall(r"[A-Za-z]", text))
    return latin > 40 and latin > 3 * len(re.findall(r"[\u3400-\u9fff]", text))


def passage_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of a passage as (s, e) spans: a passage in English also ends its sentences at ". " (else a
    whole paragraph of a translated report would be one "sentence", scored and quoted as one)."""
    return sentence_spans(text, english=is_english(text))


def contact_fields(norm: str) -> list[str]:
    """The contact fields an ask names, in Chinese ("phone" -> 电话|联系电话)."""
    out = []
    # "是哪个单位编写的": the compiling body, although "是哪个单位" alone may ask the publisher too; "是哪个部门发布的":
    # the publisher; "有疑问联系哪个部门": the office responsible — each in whatever words (glossary [patterns])
    spans: list[tuple[int, int]] = []
    for rx, field in _BODY_ASKS:
        mine = [m.span() for m in rx.finditer(norm) if not any(a < m.end() and m.start() < b for a, b in spans)]
        spans += mine
        out += [field] if mine else []
    last_end = -1
    # (a field named only to set it aside, "除了网站还通过哪些渠道公开": not asked)
    aside = excepted_spans(norm)
    for m in WANTS_CONTACT.finditer(norm):
        if any(a <= m.start() and m.end() <= b for a, b in aside):
            continue
        w = m.group()
        if any(rx.fullmatch(w) for rx, _f in _BODY_ASKS) or any(a < m.end() and m.start() < b for a, b in spans):
            continue
        if _SITE_WORD.fullmatch(w) and _COMPARES.search(norm[: m.start()] + " " + norm[m.end():]):
            continue  # (a figure compared, of items on the website: no contact field)
        if out and last_end >= 0 and not norm[last_end : m.start()].strip():
            # one field named in two words ("e-mail address", "电子邮箱地址", "website address"): the second word is
            # the first's head noun, no field of its own (an "address" would be answered by the street address)
            last_end = m.end()
            continue
        last_end = m.end()
        # an English field: its Chinese renderings, and itself (a contact fact's English label: "网址 website")
        out += [w] if re.search(r"[\u4e00-\u9fff]", w) else ["|".join((*_GLOSSARY.en_to_zh.get(w, ()), w))]
    # (a body named by its noun, "who is the publisher": the same field as the body asked by its verb, so that what
    # is read for one — a report naming only its compiler — is read for the other)
    out = [_BODY_FIELD.get(w.split("|")[0], w) for w in out if w]
    return list(dict.fromkeys(out))


def asked_unit(text: str) -> str | None:
    """The unit an ask counts in ("多少人次" -> 人次; English in words: "how many petitioners (person-times)" ->
    人次), when it names one of the glossary's units."""
    m = re.search(r"(?:多少|几)([\u4e00-\u9fff]{1,2})", text)
    if m is None:
        return next((zh for en, zh in _GLOSSARY.units_en.items() if re.search(en_word(en), text)), None)
    if m.group(1).startswith("个") and _PEOPLE_AFTER_GE.match(text, m.start(1) + 1):
        return None  # "有几个全职人员": 个 counts people as 人 and 名 do (the report writes "专职人员1人")
    return next((u for u in (*_GLOSSARY.units, *_GLOSSARY.classifiers_zh) if m.group(1).startswith(u)), None)


def counted_noun_zh(text: str) -> str:
    """The noun a Chinese ask counts, written after its question word and unit ("收到多少面锦旗" -> 锦旗, "办了几个
    证" -> 证); "" when the ask names none after them ("收到多少件")."""
    m = re.search(r"(?:多少|几)([\u4e00-\u9fff]{1,2})([\u4e00-\u9fff]+)", text)
    if m is None:
        return _noun_before_classifier_zh(text)
    unit = next((u for u in (*_GLOSSARY.units, *_GLOSSARY.classifiers_zh) if m.group(1).startswith(u)), None)
    if unit is None:
        return ""
    return (m.group(1) + m.group(2))[len(unit):]


def _noun_before_classifier_zh(text: str) -> str:
    """The noun written before the question word when the ask closes on a classifier of objects (glossary
    classifiers_zh: "收到锦旗多少面" -> 锦旗, "配了电脑几台" -> 电脑); "" otherwise (a unit the reports count in, "申请多少件",
    says nothing of a noun of its own)."""
    m = re.search(r"([\u4e00-\u9fff]{2})(?:多少|几)([\u4e00-\u9fff])[？?。]?\s*$", text)
    return m.group(1) if m and m.group(2) in _GLOSSARY.classifiers_zh else ""


# people counted with 个 ("几个人", "多少个专职人员", "几个工作人员"; with a word of rank or place before them: "几个县级
# 领导", "几个科室人员"): no unit of their own asked
_PEOPLE_AFTER_GE = re.compile(r"(?:人|专职|兼职|全职|工作人员|干部|同志|编制|职工|员工|志愿者|[\u4e00-\u9fff]{0,3}?(?:领导|干部|人员|群众|老百姓))")


def unit_fits(figure: str | None, unit: str | None) -> bool:
    """A stated figure ("50人次") answers an ask for `unit` (件) only in that unit; no unit either side fits."""
    if not figure or not unit or figure == "0":
        return True
    m = re.match(r"[\d,.]+\s*(?:余|多)?\s*(\S*)", figure)
    stated = m.group(1) if m else ""
    return not stated or stated.endswith(unit) or stated not in _GLOSSARY.units


# where a figure's own clause ends: ， ； 。 、 brackets (not the comma of "27,381")
_CLAUSE_STOP = re.compile(r"[，；;。、:：（）()\n]|(?<!\d),|,(?!\d)")
# a bracket of a few words, no figure, between words of a label: part of the label ("政务(工作)动态类信息")
_WORD_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（][\u4e00-\u9fff/、]{1,8}[)）](?=[\u4e00-\u9fff])")
_FILLER = re.compile(r"其中|共计|合计|总计|共|计|约|达|为|是|有|等|了|的")


def own_clause(text: str, quote: tuple[int, int], figure: tuple[int, int]) -> tuple[int, int]:
    """The part of a quoted sentence that states one figure, and nothing else: the clause holding the figure
    ("予以公开60件,部分公开51件" -> "部分公开51件"; "申请2件(1件属自然人申请,…" -> "1件属自然人申请"), or, when
    that clause names nothing but the figure ("…申请,共42件"), the quote up to the end of that clause."""
    qs, qe = quote
    s, e = figure
    if not (qs <= s < e <= qe):
        return quote
    left = qs
    glosses = {i for g in _WORD_GLOSS.finditer(text, qs, s) for i in (g.start(), g.end() - 1)}
    for m in _CLAUSE_STOP.finditer(text, qs, s):
        # a 、 between words of a list is no stop ("有简介、解读等6个栏目"); between figures it is ("30件、不予处理3件");
        # nor is a bracket of words inside a label ("政务(工作)动态类信息73条")
        if m.start() not in glosses and (m.group() != "、" or re.search(r"\d", text[left : m.start()])):
            left = m.end()
    m = _CLAUSE_STOP.search(text, e, qe)
    right = m.start() if m else qe
    words = _FILLER.sub("", text[left:s] + text[e:right])
    if len(re.findall(r"[\u3400-\u9fffA-Za-z]", words)) < 2:
        left = qs  # the clause says only "共42件": the words before it name the figure
    while left < s and text[left].isspace():
        left += 1
    while right > e and text[right - 1].isspace():
        right -= 1
    return left, right


def shape_clause(sent: str, terms: dict[str, float], shape: re.Pattern = DATE) -> tuple[tuple[int, int], str] | None:
    """The clause of a sentence that states an answer of `shape` (a date: "何时上线"; an ordinal: "排名第几"), with
    the clause before or after it when that says more of the ask ("2016年6月,政务公开工作由…移交至…"): its span
    in `sent` and the stated value; None when no clause holds one."""
    bounds = [0] + [m.end() for m in CLAUSE_END.finditer(sent)] + [len(sent)]
    clauses = [(a, b) for a, b in zip(bounds, bounds[1:]) if sent[a:b].strip(" ，,；;：:")]
    best = None
    for i, (a, b) in enumerate(clauses):
        found = shape.search(sent, a, b)
        if not found:
            continue
        for lo, hi in ((a, b), (clauses[i - 1][0] if i else a, b), (a, clauses[i + 1][1] if i + 1 < len(clauses) else b)):
            score = sum(w for tok, w in terms.items() if has(tok, sent[lo:hi])) - 0.001 * (hi - lo)
            if best is None or score > best[0]:
                best = (score, lo, hi, found)
    if best is None:
        return None
    _score, lo, hi, found = best
    # (spaces inside a Chinese date go, "2023年 3月"; the space between an English word and its number stays, "Article 50")
    figure = " ".join(re.sub(r"\s+", "", part) for part in _WORD_THEN_NUMBER.split(found.group()))
    return (lo, lo + len(sent[lo:hi].rstrip("，,；;：: 。"))), figure


_WORD_THEN_NUMBER = re.compile(r"(?<=[A-Za-z.])\s+(?=\d)")
