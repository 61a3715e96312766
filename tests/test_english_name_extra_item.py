"""An English agency name with one more item in its list than the report's English names hold (the parity probe's
gaps, bench/parity_probe.py): "the Bureau of Culture, Radio, Film, Television, Press and Publication of Qinghe County"
of a report whose names say "culture, radio, television, press and publication bureau".  The extra item ("film") is
of the name as written, so the whole name is scope, not what is asked: "television" after it names no channel of an
ask of appeals.  An item is extra only inside the list (a joiner on each side, a word of the names beyond); the same
word after the name, or at its end before the head, is still asked.  All reports here are fictional (青禾县文广新局).
"""

from __future__ import annotations

import pytest

from assistant.agency_en import names_as_written
from assistant.core.types import Report
from tests.fake_index import answer_from_lines

TEXT = (
    "青禾县文广新局2023年度信息公开工作年度报告\n"
    "一、概述\n"
    "2023年,我局主动公开政府信息36条,通过县电视台播报政策信息12次。\n"
    "二、因信息公开申请行政复议、提起行政诉讼的情况\n"
    "2023年本局信息公开工作未发生行政复议、行政诉讼的情况。\n"
    "三、存在的主要问题及改进情况\n"
    "信息更新不够及时。下一步,我局将加强信息公开工作人员的业务培训。\n"
    "青禾县文广新局\n"
    "2024年3月12日\n"
)
REPORT = Report(doc_id="e" * 16, sources=["qinghe_wenguangxinju_2023.txt"], agency="青禾县文广新局",
                region="青禾县", year=2023,
                aliases=["qinghe", "qinghe culture bureau", "culture, radio, television, press and publication bureau",
                         "qinghe culture, radio, television, press and publication bureau"])
NAMES = REPORT.aliases


@pytest.mark.parametrize("question, written", [
    ("how many appeals did the bureau of culture, radio, film, television, press and publication of qinghe county face",
     "bureau of culture, radio, film, television, press and publication"),
    ("how many appeals did the qinghe culture, radio, film and television bureau face",
     "qinghe culture, radio, film and television bureau"),
    # (an item of two words)
    ("how many appeals did the bureau of culture, news media, radio and press face",
     "bureau of culture, news media, radio and press"),
])
def test_an_extra_item_inside_the_list_is_of_the_name(question, written):
    assert [question[a:b] for a, b in names_as_written(question, NAMES)] == [written]


@pytest.mark.parametrize("question, written", [
    # the last item before the head: no word of the names after it, so not surely of the name
    ("how many film screenings did the qinghe culture, radio and film bureau hold", ""),
    # items after the name: asked ("complaints and appeals" are no words of the names)
    ("how many did the bureau of culture and radio get, complaints and appeals", "bureau of culture and radio"),
    ("how many radio and film items did the culture bureau publish", "culture bureau"),
])
def test_a_word_outside_the_list_is_still_asked(question, written):
    assert [question[a:b] for a, b in names_as_written(question, NAMES)] == ([written] if written else [])


@pytest.mark.parametrize("question, figure", [
    (("how many times did people appeal the Bureau of Culture, Radio, Film, Television, Press and Publication of "
      "Qinghe County's disclosure decisions in 2023?"), "0"),
    (("how many times did people appeal the Qinghe Culture, Radio, Film, Television, Press and Publication Bureau's "
      "disclosure decisions in 2023?"), "0"),
])
def test_an_ask_naming_the_agency_with_an_extra_item_is_answered(question, figure):
    a = answer_from_lines(REPORT, TEXT, question)
    assert a.answered and figure in a.text, a.text
