"""Follow-up questions -> standalone questions, with or without a language model.

"那2022年呢？", "那张店区呢？", "what about lawsuits?" only make sense after an earlier
question.  A question is read as slots — the reports/places it names, its years,
and its topic (whatever is left) — and a follow-up takes the slots it lacks from
the earlier question:

* no topic ("and in 2022?", "那张店区呢？"): the earlier question is repeated with
  the new place and/or year put in;
* a topic but no place ("what about lawsuits?", "行政复议呢？"): the topic is asked
  about the earlier place and year (templates in prompts/followup.<lang>.toml).

With a chat model, the rewrite is asked of the model (prompts/condense.<lang>.txt),
and the model's question is used only when it names the same reports, places,
years and metric as the rules' rewrite and adds no number: a small model may
phrase a question better, it may not change what is asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser

from prompts import load_templates
from assistant.bare_number_followups import as_phone_followup
from assistant.query import detect_language, detect_metric, parse_question
from assistant.core.glossary import GLOSSARY
from assistant.core.types import Report
from assistant.core.text import is_pinyin_word, normalise_query

Q = GLOSSARY.patterns  # question words (glossary.toml [patterns])
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")
_YEAR_PHRASE_ZH = re.compile(r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)\s*年?(?:度)?")
_YEAR_PHRASE_EN = re.compile(r"\s*(?:\b(?:in|for|of)\s+)?(?:the\s+)?(?:year\s+)?(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)", re.I)
_PLACE_ZH = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|市|区|县|镇|乡|街道|旗)")
_NOT_A_PLACE = re.compile(r"[哪什各每本该全这那我其某个些]")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
# a question naming its own agency ("国家统计局", "the Hainan food and drug administration") is not a follow-up
_AGENCY_ZH = re.compile(r"(?<![该这那本其此])[\u4e00-\u9fff]{2,12}?(?:局|委员会|委|办公室|办公厅|人民政府|政府|中心|街道办事处|街道|镇|乡|院|所|馆)")
# an English agency name: a capitalised (proper) word, then up to four words, then an agency-type word
_AGENCY_EN = re.compile(
    r"(?<!^)(?<![.?!]\s)\b[A-Z][a-z]+(?:\s+[a-z&\-]+){0,4}?\s+"
    r"(?:bureau|commission|office|government|administration|department|centre|center|committee|town|township|county|district|city|province|subdistrict)\b"
)
_EN_FILLER = {"and", "what", "about", "how", "in", "the", "for", "of", "then", "year", "same", "with", "too", "there", "that", "it"}
_PUNCT = re.compile(r"[\s?？。.!！,，、:：;；\"'“”‘’()（）]+")


@dataclass
class Slots:
    text: str
    entities: list[str] = field(default_factory=list)  # names as written in `text`
    years: list[int] = field(default_factory=list)
    topic: str = ""
    wants_number: bool = False
    followup_marker: bool = False
    global_question: bool = False


@dataclass
class Resolution:
    question: str  # the standalone question
    original: str
    method: str = "unchanged"  # unchanged | rules | llm

    @property
    def rewritten(self) -> bool:
        return self.question != self.original


def history_turns(history: Iterable[Any] | None) -> list[tuple[str, str]]:
    """(role, text) pairs from Gradio-style messages ({"role", "content"}) or (user, assistant) pairs."""
    out: list[tuple[str, str]] = []
    for turn in history or []:
        if isinstance(turn, dict):
            out.append((str(turn.get("role", "")), _content_text(turn.get("content"))))
        elif isinstance(turn, (list, tuple)) and len(turn) == 2:
            if turn[0] is not None:
                out.append(("user", _content_text(turn[0])))
            if turn[1] is not None:
                out.append(("assistant", _content_text(turn[1])))
    return [(r, t) for r, t in out if t.strip()]


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or "")
    if isinstance(content, (list, tuple)):
        return " ".join(_content_text(c) for c in content)
    return "" if content is None else str(content)


def user_questions(history: Iterable[Any] | None) -> list[str]:
    return [t.strip() for r, t in history_turns(history) if r == "user"]


def _pinyin_place(word: str) -> bool:
    return is_pinyin_word(word)


def _find(text: str, name: str) -> str | None:
    """`name` (normalised) as written in `text`, case-insensitively; None if not there."""
    m = re.search(re.escape(name), text, re.I)
    if m:
        return m.group(0)
    norm = normalise_query(text)
    i = norm.find(name)
    return text[i : i + len(name)] if i >= 0 and len(norm) == len(text) else None


def read_slots(text: str, reports: list[Report]) -> Slots:
    q = parse_question(text, reports)
    found = [s for name in q.entities if (s := _find(text, name))]
    body = Q["lead_zh"].sub("", text.strip())
    for m in _PLACE_ZH.finditer(body):
        name = m.group(0)
        if not _NOT_A_PLACE.search(name) and not any(name in f or f in name for f in found):
            found.append(name)
    for w in _CAPITALISED.findall(text):
        if w.lower() not in _EN_FILLER and not any(w.lower() in f.lower() for f in found) and _pinyin_place(w):
            found.append(w)
    # "青禾县信访局" and "青禾县" both match: keep the longest names only
    entities = [e for e in found if not any(e != o and e.lower() in o.lower() for o in found)]

    topic = text
    for e in entities:
        topic = re.sub(re.escape(e), " ", topic, flags=re.I)
    if q.language == "zh":
        topic = _YEAR_PHRASE_ZH.sub(" ", topic)
        topic = Q["tail_zh"].sub("", Q["lead_zh"].sub("", topic.strip()))
        topic = re.sub(r"^[的在于]+|[的]+$", "", _PUNCT.sub("", Q["pronoun_zh"].sub("", _PUNCT.sub("", topic))))
        meaningful = len(topic) >= 2
    else:
        topic = _YEAR_PHRASE_EN.sub(" ", topic)
        topic = Q["tail_en"].sub("", Q["lead_en"].sub("", Q["pronoun_en"].sub("", topic.strip())))
        topic = re.sub(r"\s+", " ", topic).strip(" ,.;:?")
        meaningful = any(w.lower() not in _EN_FILLER for w in re.findall(r"[A-Za-z\u4e00-\u9fff]+", topic))
    return Slots(
        text=text, entities=entities, years=q.years, topic=topic if meaningful else "",
        wants_number=q.wants_number, followup_marker=bool(Q["followup_marker"].search(text.strip())),
        global_question=bool(Q["whole_collection"].search(text)),
    )


def _display(entity: str) -> str:
    return entity[:1].upper() + entity[1:] if entity.isascii() else entity


def _join(items: list[str], language: str) -> str:
    return ("和" if language == "zh" else " and ").join(items)


def _substitute(prev: Slots, new: Slots, language: str) -> str:
    """The earlier question with the follow-up's place and/or year put in."""
    text = prev.text
    if new.entities:
        ents = _join([_display(e) for e in new.entities], language)
        if prev.entities:
            for i, e in enumerate(prev.entities):
                text = re.sub(re.escape(e), ents if i == 0 else "", text, count=1, flags=re.I)
        elif detect_language(text) == "zh":
            text = ents + text
        else:
            text = re.sub(r"\s*([?？.])?\s*$", f" ({ents})\\1", text, count=1)
    if new.years:
        years = [str(y) for y in new.years]
        if prev.years:
            seen = iter(years * 4)
            text = _YEAR.sub(lambda m: next(seen, years[-1]), text)
            if len(prev.years) > 1 and len(years) == 1:
                # "2022年和2023年" -> "2021年和2021年": keep one
                text = re.sub(rf"({years[0]}年?)(?:[和与及、,，]\s*{years[0]}年?)+", r"\1", text)
        elif detect_language(text) == "zh":
            lead = _display(new.entities[0]) if new.entities else (prev.entities[0] if prev.entities else "")
            text = text.replace(lead, f"{lead}{years[0]}年", 1) if lead and lead in text else f"{years[0]}年{text}"
        else:
            text = re.sub(r"\s*([?？.])?\s*$", f" in {years[0]}\\1", text, count=1)
    return text


def _compose(prev: Slots, new: Slots, language: str) -> str:
    """The follow-up's topic, asked about the earlier (or its own) place and year."""
    t = load_templates("followup", language)
    who = _join([_display(e) for e in (new.entities or prev.entities)], language)
    years = new.years or prev.years
    year = "、".join(map(str, years)) if language == "zh" else " and ".join(map(str, years))
    if language == "zh":
        year_part = t["year_part"].format(year=year) if years else ""
        key = "with_topic_number" if _asks_count(prev, new) else "with_topic"
        return t[key].format(who=who, year_part=year_part, topic=new.topic)
    if re.match(r"(?i)(how|what|which|who|when|where|did|does|do|is|are|was|were|has|have)\b", new.topic):
        year_part = t["year_part_question"].format(year=year) if years else ""
        return t["with_topic_question"].format(topic=new.topic.rstrip("?"), who=who, year_part=year_part)
    year_part = t["year_part"].format(year=year) if years else ""
    key = "with_topic_number" if _asks_count(prev, new) else "with_topic"
    return t[key].format(topic=new.topic, who=who, year_part=year_part)


def _asks_count(prev: Slots, new: Slots) -> bool:
    """"行政复议呢？" after "收到多少申请？" asks how many; "电子邮箱呢？" does not."""
    return prev.wants_number and not new.wants_number and detect_metric(normalise_query(new.topic)) is not None


def merge(question: str, previous: str, reports: list[Report]) -> str:
    """`question` made standalone with the slots it lacks taken from `previous` (already standalone)."""
    question = as_phone_followup(question, previous)  # "Which number?" after "who should I call": the phone
    new = read_slots(question, reports)
    if new.global_question:
        return question
    if new.entities and new.topic and not new.followup_marker:
        return question  # names what and whom: standalone
    if is_self_contained(question, new):
        return question  # names its own agency or year and asks something: a new question
    prev = read_slots(previous, reports)
    language = detect_language(question)
    if not new.topic:
        if not new.entities and not new.years:
            return question  # nothing to carry over ("谢谢", "ok")
        return _substitute(prev, new, detect_language(previous))
    if not (prev.entities or new.entities) and not (prev.years or new.years):
        return question
    if not new.followup_marker and not new.entities and not new.years and not Q["question"].search(question):
        return question  # "谢谢", "ok": not a question about the reports
    if new.entities and new.years and not new.followup_marker:
        return question
    if not new.followup_marker and len(new.topic) > (40 if language == "zh" else 80):
        return question  # a long question of its own
    return _compose(prev, new, language)


def is_self_contained(question: str, slots: Slots) -> bool:
    """A new question, not a follow-up: it names its own agency or place (even one no report matches) or its
    own year, asks something, and neither opens as a follow-up ("那…呢", "what about") nor refers back ("其", "its")."""
    if slots.followup_marker or not slots.topic or not Q["question"].search(question):
        return False
    text = question.strip()
    if Q["refers_back_zh"].search(text) or Q["pronoun_en"].search(text) or re.search(r"\b(?:them|these|those)\b", text, re.I):
        return False
    names_agency = bool(slots.entities) or bool(_AGENCY_ZH.search(_YEAR_PHRASE_ZH.sub(" ", text))) or bool(_AGENCY_EN.search(text))
    return names_agency or bool(slots.years)


def resolve_rules(question: str, history: Iterable[Any] | None, reports: list[Report]) -> Resolution:
    """Rule-based: each earlier user turn is resolved in order, then the question against the last one."""
    previous: str | None = None
    for turn in user_questions(history):
        previous = turn if previous is None else merge(turn, previous, reports)
    if previous is None:
        return Resolution(question, question)
    resolved = merge(question, previous, reports)
    return Resolution(resolved, question, "rules" if resolved != question else "unchanged")


def resolved_history(history: Iterable[Any] | None, reports: list[Report], keep: int = 3) -> list[str]:
    out: list[str] = []
    for turn in user_questions(history):
        out.append(turn if not out else merge(turn, out[-1], reports))
    return out[-keep:]


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", normalise_query(text)))


def acceptable(candidate: str, rules_question: str, context: str, reports: list[Report]) -> bool:
    """A model's rewrite is used only when it asks what the rules' rewrite asks."""
    candidate = candidate.strip()
    if not candidate or "\n" in candidate or len(candidate) > 300:
        return False
    c, r = parse_question(candidate, reports), parse_question(rules_question, reports)
    if set(c.years) != set(r.years) or set(c.doc_ids or []) != set(r.doc_ids or []):
        return False
    if r.metric is not None and (c.metric is None or c.metric.key != r.metric.key):
        return False
    if not _numbers(candidate) <= _numbers(context):
        return False
    cand_norm = normalise_query(candidate)
    return all(normalise_query(e) in cand_norm for e in read_slots(rules_question, reports).entities)


class Condenser:
    """History + follow-up -> standalone question: rules, and a checked chat-model rewrite when one is given."""

    def __init__(self, chat_model: BaseChatModel | Callable[[], BaseChatModel] | None = None) -> None:
        # a callable is called on the first follow-up: the model is not loaded for standalone questions
        self._chat_model = chat_model

    @property
    def chat_model(self) -> BaseChatModel | None:
        if self._chat_model is not None and not isinstance(self._chat_model, BaseChatModel):
            self._chat_model = self._chat_model()
        return self._chat_model

    def condense(self, question: str, history: Iterable[Any] | None, reports: list[Report]) -> Resolution:
        history = list(history or [])
        rules = resolve_rules(question, history, reports)
        if self._chat_model is None or rules.method == "unchanged":
            return rules  # standalone already (or nothing to go on): no model call
        language = detect_language(question)
        earlier = resolved_history(history, reports)
        try:
            chain = _condense_prompt(language) | self.chat_model | StrOutputParser()
            out = chain.invoke({"history": "\n".join(f"- {q}" for q in earlier), "question": question})
        except Exception:
            return rules  # the rewrite is a nicety: a failing model falls back to the rules
        candidate = _first_line(out)
        context = " ".join([question, *earlier])
        if _repeats(candidate, earlier) and not _repeats(rules.question, earlier):
            return rules  # a small model's usual slip: the earlier question again, the follow-up's own ask lost
        if acceptable(candidate, rules.question, context, reports):
            return Resolution(candidate, question, "llm")
        return rules


def _repeats(candidate: str, earlier: list[str]) -> bool:
    """The rewrite is one of the earlier questions (punctuation, case and spacing aside)."""
    def squash(t: str) -> str:
        return re.sub(r"[\W_]+", "", normalise_query(t))

    return squash(candidate) in {squash(e) for e in earlier}


def _condense_prompt(language: str):
    from assistant.llm import chat_prompt

    return chat_prompt(f"condense.{language}")


def _first_line(text: str) -> str:
    line = next((ln for ln in text.strip().splitlines() if ln.strip()), "")
    line = re.sub(r"^\s*(独立问题|问题|standalone question|question)\s*[:：]\s*", "", line, flags=re.I)
    return line.strip().strip("\"“”'")
