"""Which fee an ask is of, and which fee a figure is of.

Reports name three things with 费: the administrative fees an agency levied (行政事业性收费, table 二 of the 2020 and
later layouts), the fees charged for disclosure applications ("未收取信息处理费", "依申请公开信息收取的费用"), and the
table 三 row of applications no longer processed because the applicant did not pay a fee notice
(申请人逾期未按收费通知要求缴纳费用).  The last counts applicants' acts: "did they charge any fees for handling
information requests" is not answered by it (0 would read as "no fees charged", which it does not say).  An ask of the
fees for applications is not answered by the administrative fees, and (not_stated.toml [[counted]] "administrative
fees") the reverse.  The words are data (core/data/not_stated.toml [patterns]).  A declined fee figure is noted
(assistant/declined_asks.py) so a refusal names the fee asked and the figure the report states instead.
"""

from __future__ import annotations

from typing import Any

from assistant.core.not_stated import NOT_STATED
from assistant.declined_asks import Decline, note

_UNPAID_ROW = NOT_STATED.patterns["unpaid_fee_row"]
_PAYING_ASK = NOT_STATED.patterns["paying_ask"]
_APPLICATION_FEE_ASK = NOT_STATED.patterns["application_fee_ask"]
_ADMINISTRATIVE_FEE = NOT_STATED.patterns["administrative_fee_words"]


def unpaid_row_for_charging(ask_text: str, row: str) -> bool:
    """`row` (a fact's row) is the unpaid-fee-notice row and the ask names no paying: an ask of the agency charging
    fees ("收取了费用吗", "did they charge any fees"), or of anything else, is not answered by it."""
    return bool(_UNPAID_ROW.search(row.lower())) and not _PAYING_ASK.search(ask_text.lower())


def administrative_fee_for_application_fee(ask_text: str, own_words: str) -> bool:
    """The ask is of the fees charged for disclosure applications (and names no administrative fee) and `own_words`
    (a figure's row, column and clause) name the administrative fees (行政事业性收费): another fee, no answer."""
    ask = ask_text.lower()
    return (bool(_APPLICATION_FEE_ASK.search(ask)) and not _ADMINISTRATIVE_FEE.search(ask)
            and bool(_ADMINISTRATIVE_FEE.search(own_words.lower())))


def fact_of_other_fee(c: Any) -> bool:
    """A fact case (not_stated_registry.FactCase) of another fee than the one asked (the two rules above), noted
    with the fee asked (the template naming it) and the figure declined."""
    if unpaid_row_for_charging(c.ask_text, c.f.row or ""):
        key = "fee_charged_name"
    elif administrative_fee_for_application_fee(c.ask_text, c.row_column_clause):
        key = "application_fee_name"
    else:
        return False
    note(Decline(name_key=key, fact=c.f if c.f.value is not None else None))
    return True


def sentence_of_other_fee(ask_text: str, text: str) -> bool:
    """A sentence of another fee than the one asked, noted with the fee asked."""
    if unpaid_row_for_charging(ask_text, text):
        note(Decline(name_key="fee_charged_name"))
        return True
    if administrative_fee_for_application_fee(ask_text, text):
        note(Decline(name_key="application_fee_name"))
        return True
    return False


def asked_fee(ask_text: str) -> list[Decline]:
    """The fee an ask names (the fees for applications, the administrative fees), as a refusal names it when no
    figure was found at all; [] for an ask of no fee."""
    ask = ask_text.lower()
    if _ADMINISTRATIVE_FEE.search(ask):
        return [Decline(name_key="administrative_fee_name")]
    return [Decline(name_key="application_fee_name")] if _APPLICATION_FEE_ASK.search(ask) else []
