"""The share each part takes, asked of several parts ("各占多少", "占比各是多少", "what share was A and what share B").

A report that states the shares ("领导信息11条，占13.8%") answers as asked.  One that states only the parts' counts
answers with those counts, saying the shares are not stated; and where the whole the parts belong to is cited beside
them (a breakdown's total), each part's share is written out from the two cited figures ("12[2] ÷ 48[1] = 25%"), never
stated without them.  The asking words are data (glossary.toml [patterns] share_ask_zh, share_ask_en, share_words_*).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.core.glossary import GLOSSARY
from assistant.multiples import written_quotient
from assistant.stated_share_run import SHARE_AFTER, parts_after
from prompts import load_templates

_P = GLOSSARY.patterns
# a figure and a per-cent sign in a line: a share the report states
_PER_CENT = re.compile(r"\d\s*[%％]")
_CITED = re.compile(r"\[\d+\]")
# the whole named after 占 in a share asked ("分别占总数的百分之几"): dropped with the share words in the count reading
_WHOLE_AFTER_SHARE_ZH = re.compile(r"(?<=占)(?:总数|总量|总体|全部|總數|總量|總體)的?(?=百分|比例|比重|多少|多大|几)")
_EACH_EN = re.compile(r"(?<![a-z])(?:each|respectively|apiece)(?![a-z])")


def asks_share_of_parts(norm: str) -> bool:
    """The question asks the share of each of several parts (not one share: "领导信息占比多少" asks one figure)."""
    if _P["share_ask_zh"].search(norm):
        return True
    en = _P["share_ask_en"].findall(norm)
    return len(en) >= 2 or (len(en) == 1 and (_EACH_EN.search(norm) is not None or _P["breakdown"].search(norm) is not None))


def as_count_question(text: str) -> str:
    """The same question asking each part's count: "A和B各占多少" -> "A和B各多少", "what share of the 66 requests came
    from each applicant type" -> "how many of the 66 requests came from each applicant type"."""
    text = _P["share_name_before_each_zh"].sub("", text)
    text = _WHOLE_AFTER_SHARE_ZH.sub("", text)
    text = _P["share_words_zh"].sub("多少", text) if re.search(r"[\u4e00-\u9fff]", text) else text
    text = re.sub(r"(?:多少)+", "多少", text)
    text = _P["share_of_whole_en"].sub("how many of", text)
    return _P["share_words_en"].sub("how many", text)


def states_shares(text: str) -> bool:
    """An answer whose every cited line states a share (a figure with %), and no line says a part is not stated."""
    lines = [line for line in text.splitlines() if line.strip()]
    cited = [line for line in lines if _CITED.search(line)]
    return bool(cited) and len(cited) == len(lines) and all(_PER_CENT.search(line) for line in cited)


def share_of_whole(part: float, n_part: int, whole: float, n_whole: int, t: dict) -> str:
    """The suffix writing a part's share of its whole out from the two cited figures: "，占 12[2] ÷ 48[1] = 25%"
    (to one decimal; "=" when exact); "" when the whole is none."""
    if not whole or whole <= 0:
        return ""
    return written_quotient(t["share_of_whole"], part, n_part, whole, n_whole, "zh", places=1, scale=100)


class ShareOfParts:
    """The engine's answer to a share asked of several parts (mixed into the extractive engine)."""

    def share_of_parts(self, q, passages):
        """The answer as asked when the report states each share; else the answer of each part's count (its shares
        computed where the whole is cited), led by a line saying the shares are not stated; None when the question
        asks no share of parts (or is this answer's own second reading)."""
        if q.share_reading or not asks_share_of_parts(q.norm):
            return None
        as_asked = self.answer(replace(q, share_reading="as_asked"), passages)
        if as_asked.answered and states_shares(as_asked.text):
            return as_asked
        counts = self.answer(replace(q, text=as_count_question(q.text), norm=as_count_question(q.norm),
                                     share_reading="counts"), passages)
        if not counts.answered:
            return as_asked
        t = load_templates("extractive", q.language)
        counts.question = q.text
        by_n = {c.n: c for c in counts.citations}
        lines = [self._with_stated_share(line, by_n, t) for line in counts.text.splitlines()]
        stated = any(a != b for a, b in zip(lines, counts.text.splitlines()))
        if stated:
            lines += self._following_stated_shares(lines, counts, by_n, t)
        if stated:
            lines = self._without_whole_line(lines, counts)
        counts.text = "\n".join(lines if stated else [t["shares_not_stated"], *lines])
        return counts

    @staticmethod
    def _without_whole_line(lines: list[str], counts) -> list[str]:
        """The lines without the whole's count line when every part's line states its share: the shares asked are
        the parts' own clauses, each cited; the whole ("政务公开信息网信息：35条[1]") answers nothing asked (no share is
        worked out over it) and is no citation.  The citations left are numbered again in order."""
        bullets = [line for line in lines if line.startswith("• ")]
        if not bullets or not all(_STATED_CITED.search(line) for line in bullets):
            return lines
        kept = [line for line in lines if line.startswith("• ") or not _CITED.search(line) or _PER_CENT.search(line)]
        if len(kept) == len(lines):
            return lines
        order = list(dict.fromkeys(int(n) for n in re.findall(r"\[(\d+)\]", "\n".join(kept))))
        new_n = {old: i + 1 for i, old in enumerate(order)}
        by_n = {c.n: c for c in counts.citations}
        counts.citations = [by_n[old].model_copy(update={"n": new_n[old]}) for old in order if old in by_n]
        return [re.sub(r"\[(\d+)\]", lambda m: f"[{new_n.get(int(m.group(1)), m.group(1))}]", line) for line in kept]

    def _following_stated_shares(self, lines: list[str], counts, by_n: dict, t: dict) -> list[str]:
        """Lines of the parts the report lists right after the last cited part with a stated share (a run without
        stops between its parts), each cited; [] when none follows."""
        last = next((line for line in reversed(lines) if line.startswith("• ") and _STATED_CITED.search(line)), None)
        c = by_n.get(int(_STATED_CITED.search(last).group("n"))) if last else None
        if c is None:
            return []
        text = self.index.texts(c.doc_id)[0]
        added, n = [], max(by_n) + 1
        for part in parts_after(text, c.end):
            if any(part["label"] in line for line in lines):
                continue
            counts.citations.append(c.model_copy(update={
                "n": n, "start": part["start"], "end": part["end"], "quote": text[part["start"]: part["end"]],
                "row": part["label"], "column": None, "highlight": text[part["count_start"]: part["count_end"]],
                "highlight_start": part["count_start"], "highlight_end": part["count_end"]}))
            added.append(f"• {part['label']}：{part['value']}{part['unit']}"
                         + t["share_stated"].format(value=part["share"]) + f"[{n}]")
            n += 1
        return added

    def _with_stated_share(self, line: str, by_n: dict, t: dict) -> str:
        """A count line whose report states the part's share right after the cited count ("领导信息11条,占比13.8%"):
        the line with that share ("，占13.8%"), its citation stretched over the share; the line as it is otherwise."""
        computed = _COMPUTED.search(line)  # (a share the report states is its answer, not one worked out over the whole)
        head = line[: computed.start()] if computed else line
        m = _COUNT_CITED.search(head)
        c = by_n.get(int(m.group("n"))) if m and not re.search(r"[%％]", head) else None
        if c is None or not re.search(rf"(?<![\d.]){re.escape(m.group('v').replace(',', ''))}", c.quote.replace(",", "")):
            return line
        quoted = [s for s in SHARE_AFTER.finditer(c.quote) if s.end() == len(c.quote.rstrip())]
        if quoted:  # (the citation already quotes the share: "政策文件信息4条,占比5%" — the report's, not one worked out)
            return head[: m.start("n") - 1] + t["share_stated"].format(value=quoted[0].group(1)) + head[m.start("n") - 1 :]
        text = self.index.texts(c.doc_id)[0]
        share = SHARE_AFTER.match(text, c.end)
        if not share:
            return line
        c.end = share.end()
        c.quote = text[c.start : c.end]
        return head[: m.start("n") - 1] + t["share_stated"].format(value=share.group(1)) + head[m.start("n") - 1 :]


# a share worked out at the end of a part's line ("，占 12[2] ÷ 48[1] = 25%", ", share 12[2] ÷ 48[1] = 25%")
_COMPUTED = re.compile(r"[，,]\s*(?:占|share)\s+[\d.]+\[\d+\]\s*÷.*$")
# a line's count and its citation: "：54条[1]", ": 54 items[1]", ": 1,134 [2]"
_COUNT_CITED = re.compile(r"[：:]\s*(?P<v>\d[\d,]*(?:\.\d+)?)\s*[^\d\[\]\s]{0,6}\s*\[(?P<n>\d+)\]\s*$")
# a bullet line ending in a stated share and its citation: "• 甲信息：7条，占20%[2]"
_STATED_CITED = re.compile(r"[%％]\[(?P<n>\d+)\]\s*$")
