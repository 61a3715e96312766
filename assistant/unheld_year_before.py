"""A comparison with the year before the year asked, when no report of that earlier year is held: the change the
year's own report states answers it.

"白鹭湾区甲局2024年的申请比2023年多了几件", "…than in 2023", "compared with 2023": the store holds the body's 2024 report
and not its 2023 one, and the 2024 report writes the change beside the count ("受理申请17件，较上年增加5件").  The
question is read as one of the change against the previous year ("…2024年的申请比上年多了几件", "…than the previous
year"), of the one year: an ask of the change's size (not_stated.toml change_from_year_before_ask), answered by the
change written next to the count (assistant/change_figures.py), cited.  When both years are held the two years'
figures are compared instead (assistant/previous_year.py as_year_before_compared); when the year's report writes no
change against the year before, the comparison is refused as before (assistant/unreported_years.py).
The words are data (glossary.toml [patterns] year_named_compared_zh / _en).
"""

from __future__ import annotations

from assistant.change_figures import asks_change_size
from assistant.core.glossary import GLOSSARY

_ZH = GLOSSARY.patterns["year_named_compared_zh"]  # "比2023年", "相比2023年度"
_EN = GLOSSARY.patterns["year_named_compared_en"]  # "than in 2023", "compared with 2023"


def as_change_from_unheld_year(norm: str, years: list[int], reports) -> tuple[str, list[int]] | None:
    """(the question with the earlier year written as the previous year, [the later year]) when it compares a year
    with the year before it by a comparison word before the earlier year, and `reports` (those the question names)
    hold the later year and not the earlier one; None otherwise."""
    if len(years) != 2 or years[1] != years[0] + 1:
        return None
    earlier, later = years
    held = {r.year for r in reports}
    if later not in held or earlier in held:
        return None
    for rx, said in ((_ZH, "上年"), (_EN, "the previous year")):
        m = next((m for m in rx.finditer(norm) if int(m.group("year")) == earlier), None)
        read = f"{norm[:m.start('said')]}{said}{norm[m.end('said'):]}" if m is not None else ""
        if read and asks_change_size(read):  # (a yes/no "比2023年多吗" stays a comparison of the two years)
            return read, [later]
    return None
