"""The registry of "not stated" checks: each a kind of figure (or scope) that never answers an ask, so the answer says
the report does not state what is asked rather than quote a figure of something else.

One entry per refusal kind, with a name and a one-line why; it judges a fact of the label search (``fact``), a
sentence of the sentence search (``sentence``), or the question's scope (``scope``), whichever it applies to.  The
precision rules (assistant/precision.py) run the fact and sentence checks in one place each, and the scope step
(assistant/api.py) the scope checks.  The words each check reads are data (core/data/not_stated.toml, glossary.toml,
prose.toml), read by the module the check calls.

When a check runs matters, so each fact or sentence check says it (``when``):
- FIRST: before anything is kept by its kind — a fact tagged with the asked metric or a text fact (address, date,
  item); a sentence quoted whole, with no figure of its own, for an ask of no metric.  "网站发布信息多少条" is not
  answered by "主动公开信息890条" even though the proactive metric tags it;
- THEN: only for what its kind did not keep (a fact tagged with the asked metric is its answer, whatever row the ask
  names).
Within a phase the checks only refuse, so their order there changes no answer; they run in registry order.  (A scope
check's refusal is the answer and names what it refuses, so the first scope check that refuses is the one said.)
A new refusal kind is one entry of CHECKS; what an entry and a case are is assistant/not_stated_registry.py.
"""

from __future__ import annotations

import re

from assistant.admin_tiers import misses_asked_tier
from assistant.answer_types import (
    asks_contents,
    asks_maker,
    asks_name,
    asks_period,
    asks_size,
    count_for_amount,
    figure_kind,
    figure_unit,
    lists_report_contents,
    names_no_maker,
    other_type_for_items,
    states_a_period,
    states_no_amount,
    states_no_number,
    states_none_of_a_kind,
)
from assistant.applicant_traits import misses_asked_trait
from assistant.asked_month import misses_asked_month
from assistant.asked_rows import misses_asked_row
from assistant.asks import wants_total
from assistant.carry_direction import other_carry_direction
from assistant.channels import (
    counts_other_channel,
    counts_other_platform,
    misses_asked_channel,
    misses_asked_medium,
    misses_asked_outlet,
)
from assistant.column_counts import columns_for_items
from assistant.counted_things import counts_listed_members, counts_unasked_reach, misses_counted_thing
from assistant.english_subunits import names_person_or_subunit_en
from assistant.fee_kinds import fact_of_other_fee, sentence_of_other_fee
from assistant.identifiers import asks_identifier, names_a_document
from assistant.information_asks import denies_applications_for_information, no_applications_for_information
from assistant.kind_counts import items_for_kinds, kinds_for_items
from assistant.label_fit import misses_asked_reason
from assistant.inner_place_reports import inner_place_refusal
from assistant.lumped_items import asks_one_of_lumped
from assistant.masked_years import writes_no_year
from assistant.non_count_numbers import (
    ASKS_PARTS,
    counts_nothing,
    other_count_for_parts,
    only_in_web_address,
)
from assistant.none_statements import denies_all_applications, denies_outcome_only
from assistant.not_stated_judges import (
    counted_unit,
    fact_other_application_channel,
    fact_unit_parts,
    plain,
    sentence_counts_named_parts,
    sentence_in_web_address,
    sentence_list_number,
    sentence_outcome_only,
    sentence_unit_parts,
)
from assistant.not_stated_registry import FIRST, THEN, FactCase, Judge, NotStatedCheck, Phase, SentenceCase
from assistant.ordinal_figures import ordinal_for_count
from assistant.other_agency import other_agency_refusal
from assistant.branch_reports import other_tier_refusal
from assistant.other_field import answers_other_field, gives_no_asked_value, states_no_asked_field
from assistant.part_counts import counts_named_parts
from assistant.part_of_set import misses_asked_part, whole_for_asked_kind
from assistant.per_capita import misses_per_capita
from assistant.restated_figures import premise_declined, premise_sentence_declined
from assistant.place_levels import other_level_refusal
from assistant.premise_groups import row_of_other_group
from assistant.proceeding_costs import proceeding_cost_for_spending
from assistant.rank_scopes import misses_rank_scope
from assistant.report_own_date import asks_no_report_date, labels_report_date
from assistant.report_parts_en import contents_item_for_parts
from assistant.report_sections import in_other_section
from assistant.same_sound_places import same_sound_refusal
from assistant.short_periods import misses_asked_period
from assistant.sub_forms import misses_asked_form
from assistant.topic_only import names_topic_only
from assistant.uncounted_sides import side_comparison_refusal
from assistant.unknown_bodies import unknown_body_refusal
from assistant.unlisted_outcomes import fact_misses_outcome, sentence_misses_outcome
from assistant.unreported_years import year_comparison_refusal
from assistant.unstated_values import lists_place_unstated, names_post_only

__all__ = ["CHECKS", "FIRST", "THEN", "FactCase", "Judge", "NotStatedCheck", "Phase", "SentenceCase"]


CHECKS: tuple[NotStatedCheck, ...] = (
    NotStatedCheck(
        "report parts", "a count of the report's own parts (\"本报告由…等6部分组成\") counts nothing asked, unless parts are",
        fact=Judge(FIRST, fact_unit_parts),
        sentence=Judge(FIRST, sentence_unit_parts)),
    NotStatedCheck(
        "count for parts", "an ask counting the report's parts (\"有几个部分\") is answered by no count of anything else (部分公开 258件)",
        fact=Judge(FIRST, lambda c: c.f.value is not None and other_count_for_parts(c.ask_text, c.f.unit or "")),
        sentence=Judge(FIRST, lambda c: bool(c.figure) and other_count_for_parts(c.q.norm, counted_unit(c.figure)))),
    NotStatedCheck(
        "web address", "a number standing only in a web address (\"…/col/col1208/index.html\") is a page's id, no count",
        fact=Judge(FIRST, lambda c: c.f.kind == "narrative" and c.f.value is not None
                   and only_in_web_address(plain(c.f.value), c.own_words)),
        sentence=Judge(THEN, sentence_in_web_address)),
    NotStatedCheck(
        "website items", "an ask of a website's items is not answered by the year's proactive total or another channel's",
        fact=Judge(FIRST, lambda c: c.f.value is not None
                   and misses_asked_medium(c.ask_text, c.row_column_clause)),
        sentence=Judge(THEN, lambda c: bool(c.figure) and misses_asked_medium(c.q.norm, c.text))),
    NotStatedCheck(
        "channel items", "an ask of the items one channel carried (a board, a website) is not answered by the year's proactive total",
        fact=Judge(FIRST, lambda c: c.f.value is not None
                   and misses_asked_outlet(c.ask_text, c.row_column_clause,
                                           f"{c.f.row or ''} {c.f.raw or ''}")),
        sentence=Judge(THEN, lambda c: bool(c.figure) and misses_asked_outlet(c.q.norm, c.text))),
    NotStatedCheck(
        "counted thing", "a rarely stated thing (followers, views, a rate …) is answered only by a figure naming it",
        # (a figure's unit may name it: "%")
        fact=Judge(FIRST, lambda c: misses_counted_thing(
            c.ask_text, f"{c.f.row or ''} {c.f.column or ''} {c.f.unit or ''} {c.clause}")
            or (c.f.kind == "narrative" and counts_listed_members(c.f.row or "", c.f.unit or "", c.ask_text))),
        sentence=Judge(FIRST, lambda c: misses_counted_thing(c.q.norm, c.text))),
    NotStatedCheck(
        "one reason of a group", "an ask of one reason of a table 三 group (因属于国家秘密不予公开, withheld as state secrets) "
        "is not answered by the group's total (不予公开4件), whose label names no reason",
        fact=Judge(FIRST, lambda c: misses_asked_reason(c.f, c.metric, c.own_words, c.terms, c.ask_text))),
    NotStatedCheck(
        "other fee", "an ask of fees charged is not answered by the unpaid-fee-notice row (applicants' acts), an ask of "
        "the fees for applications not by the administrative fees (行政事业性收费)",
        fact=Judge(FIRST, fact_of_other_fee),
        sentence=Judge(FIRST, lambda c: sentence_of_other_fee(c.q.norm, c.text))),
    NotStatedCheck(
        "per capita", "a figure per person (人均, per capita) is answered only by a figure saying it is one, not a total",
        fact=Judge(FIRST, lambda c: c.f.value is not None and misses_per_capita(
            c.ask_text, c.row_column_clause)),
        sentence=Judge(FIRST, lambda c: bool(c.figure) and misses_per_capita(c.q.norm, c.text))),
    NotStatedCheck(
        "proceeding cost", "an ask of the work's spending (经费, how much did it cost) is not answered by a proceeding's or a "
        "fee's cost of none (\"未产生诉讼,没有相应费用支出\")",
        fact=Judge(FIRST, lambda c: proceeding_cost_for_spending(c.ask_text, c.row_column_clause)),
        sentence=Judge(FIRST, lambda c: proceeding_cost_for_spending(c.q.norm, c.text))),
    NotStatedCheck(
        "unasked reach", "a figure of reach (阅读量, 粉丝, 访问量) answers only an ask of reach, not of items published",
        fact=Judge(FIRST, lambda c: c.f.value is not None and c.f.kind == "narrative"
                   and counts_unasked_reach(c.ask_text, c.f.row or ""))),
    NotStatedCheck(
        "other channel", "an ask naming channels (Weibo, WeChat, website) is not answered by another channel's figure",
        fact=Judge(FIRST, lambda c: c.f.value is not None and c.f.kind == "narrative"
                   and counts_other_channel(c.ask_text, c.row_clause)),
        sentence=Judge(FIRST, lambda c: bool(c.hit.figure) and counts_other_channel(c.q.norm, c.text))),
    NotStatedCheck(
        "other platform", "an ask naming a platform of a channel (快手, 视频号) is not answered by another platform's "
        "figure (抖音号 607) or a figure of channels it is none of (官方微信 1103)",
        fact=Judge(FIRST, lambda c: c.f.value is not None and c.f.kind == "narrative"
                   and counts_other_platform(c.ask_text, c.row_clause, c.f.agency)),
        sentence=Judge(FIRST, lambda c: bool(c.hit.figure)
                       and counts_other_platform(c.q.norm, c.text, getattr(c.hit.chunk, "agency", None)))),
    NotStatedCheck(
        "sub-form", "an ask naming a form of a category (视频解读, 当面申请) is answered only by a figure naming that form, "
        "not by the category's total or another form's figure (not_stated.toml [[sub_form]])",
        # (a fact tagged with the asked metric stays: a total whose parts name the form is where the parts are read)
        fact=Judge(THEN, lambda c: c.f.value is not None and c.f.kind in ("narrative", "table")
                   and misses_asked_form(c.ask_text, c.own_words, question=c.question) is not None),
        sentence=Judge(FIRST, lambda c: bool(c.hit.figure) and misses_asked_form(
            c.q.norm, c.text, c.clean[c.hit.span[0] : (c.hit.clause or c.hit.span)[0]]) is not None)),
    NotStatedCheck(
        "shorter period", "a count asked for a month, quarter, week or day is answered only by a figure naming that period",
        # (counts only: a statement of none all year is 0 of any month, and a date or an address is found as before)
        fact=Judge(FIRST, lambda c: c.f.value is not None and c.f.kind not in ("none", "contact", "date", "item")
                   and misses_asked_period(c.ask_text, c.row_column_clause)),
        sentence=Judge(FIRST, lambda c: (bool(c.hit.figure) or c.q.wants_number) and misses_asked_period(c.q.norm, c.text))),
    NotStatedCheck(
        "other tier", "an ask of one administrative tier (\"at the township level\") is not answered by what other tiers do",
        # ("市里由…任组长,县(市、区)由…任组长" says nothing of the townships: assistant/admin_tiers.py)
        fact=Judge(FIRST, lambda c: misses_asked_tier(c.ask_text, c.row_column_clause)),
        sentence=Judge(FIRST, lambda c: misses_asked_tier(c.q.norm, c.sentence))),
    NotStatedCheck(
        "applicant trait", "applications counted by where applicants live, their age, sex or nationality: a split reports do not make",
        # (all applications received, or the applicant-type columns, are no count of people from outside the city)
        fact=Judge(FIRST, lambda c: c.f.value is not None and misses_asked_trait(
            c.ask_text, c.row_column_clause)),
        sentence=Judge(FIRST, lambda c: (bool(c.figure) or c.q.wants_number) and misses_asked_trait(c.q.norm, c.text))),
    NotStatedCheck(
        "carry direction", "applications carried into next year are not those carried over from last year, nor the reverse",
        fact=Judge(FIRST, lambda c: c.f.value is not None and other_carry_direction(
            c.ask_text, c.row_column_clause)),
        sentence=Judge(FIRST, lambda c: bool(c.figure) and other_carry_direction(c.q.norm, c.text))),
    NotStatedCheck(
        "one of a lump", "a figure counting several listed things together (\"A、B、C等其他形式87条\") answers no ask of one of them",
        fact=Judge(FIRST, lambda c: c.f.value is not None and c.f.kind == "narrative"
                   and asks_one_of_lumped(c.ask_text, c.row_clause)),
        sentence=Judge(FIRST, lambda c: bool(c.figure) and asks_one_of_lumped(c.q.norm, c.text))),
    NotStatedCheck(
        "part of a set", "an ask of the items about one matter among a set (\"信息中，关于低保的有几条\") is not answered by the set's total",
        # (in English, "how many civil-affairs relief items", only the year's proactive whole is judged: part_of_set.py)
        fact=Judge(FIRST, lambda c: c.f.value is not None and (misses_asked_part(
            c.ask_text, c.row_column_clause) or whole_for_asked_kind(c.ask_text, c.f.row or ""))),
        sentence=Judge(FIRST, lambda c: bool(c.figure) and (misses_asked_part(c.q.norm, c.text)
                                                            or whole_for_asked_kind(c.q.norm, c.text)))),
    NotStatedCheck(
        "restated premise", "a figure the question restates (\"那5件申请…予以公开了几件\") counting another thing is no answer",
        fact=Judge(FIRST, lambda c: premise_declined(c.f, c.metric, c.question or c.ask_text)),
        sentence=Judge(FIRST, lambda c: bool(c.figure) and c.q.metric is not None and premise_sentence_declined(
            c.figure, c.text, c.q.metric, c.q.norm))),
    NotStatedCheck(
        "count of the parts", "an ask of a figure for each named part (分别, respectively) is not answered by how many parts there are",
        # ("下设A、B、C等3个子栏目" states 3 parts, nothing of what went under each: assistant/part_counts.py)
        fact=Judge(FIRST, lambda c: c.f.value is not None and counts_named_parts(
            c.ask_text, c.row_clause, c.f.value, c.f.unit)),
        sentence=Judge(FIRST, sentence_counts_named_parts)),
    NotStatedCheck(
        "person or sub-unit named in English", "an English ask of one named person's or one division's figure (\"Ms Wang\", "
        "\"its traffic police brigade\") is not answered by the body's figure",
        fact=Judge(FIRST, lambda c: c.f.value is not None and names_person_or_subunit_en(c.ask_text)),
        sentence=Judge(FIRST, lambda c: bool(c.figure) and names_person_or_subunit_en(c.q.norm))),
    NotStatedCheck(
        "unlisted outcome", "an outcome of applications the table has no row of (withdrawn, already public) is no total's",
        # (nor another row's cell: "申请人撤回的有几件" is not the 859 received; assistant/unlisted_outcomes.py)
        fact=Judge(FIRST, lambda c: fact_misses_outcome(c.ask_text, c.f, c.row_column_clause)),
        sentence=Judge(FIRST, lambda c: (bool(c.figure) or c.q.wants_number) and sentence_misses_outcome(c.q.norm, c.text))),
    NotStatedCheck(
        "other section", "an ask of one part of the report (主动公开, applications, reviews) is not answered by another part's cell",
        # ("主动公开的行政执法类信息" is no 表三 row "属于行政执法案卷": assistant/report_sections.py)
        fact=Judge(FIRST, lambda c: c.f.value is not None and in_other_section(c.ask_text, c.f))),
    NotStatedCheck(
        "month not written", "an ask of which month (几月份, in what month) is answered only by words writing a month",
        fact=Judge(FIRST, lambda c: misses_asked_month(
            c.ask_text, f"{c.f.row or ''} {c.f.column or ''} {c.f.text_value or ''} {c.f.raw or ''} {c.clause}")),
        sentence=Judge(FIRST, lambda c: misses_asked_month(c.q.norm, c.sentence))),
    NotStatedCheck(
        "rank of another scope", "a rank asked within a province, the country or all of a kind is not one stated within "
        "another (\"全国地级城市中排名第四\" for \"全省排第几\")",
        fact=Judge(FIRST, lambda c: misses_rank_scope(c.ask_text, c.row_clause)),
        sentence=Judge(FIRST, lambda c: misses_rank_scope(c.q.norm, c.sentence))),
    NotStatedCheck(
        "part under another group", "a part of an outcome group the ask restates (\"不予处理的158件里\") is no row or clause "
        "of another group (\"(三)不予公开 / 1.属于国家秘密\")",
        fact=Judge(FIRST, lambda c: c.f.table == "三" and row_of_other_group(c.ask_text, c.f.row or "", c.question)),
        sentence=Judge(FIRST, lambda c: bool(c.figure) and row_of_other_group(c.q.norm, c.text, getattr(c.q, "text", "")))),
    NotStatedCheck(
        "report's own date", "the report's date answers no ask of a person (\"who signed off\") nor of another event's date",
        # ("on what date was its leading group set up": a report's date fact is its publication or signature date)
        fact=Judge(FIRST, lambda c: c.f.kind == "date" and asks_no_report_date(c.ask_text, c.row_clause)),
        sentence=Judge(FIRST, lambda c: labels_report_date(c.text) and asks_no_report_date(c.q.norm, c.text))),
    NotStatedCheck(
        "other contact field", "a contact field asked (an e-mail) is not answered by another field the report gives (its address)",
        fact=Judge(FIRST, lambda c: answers_other_field(c.ask_text, c.f)),
        sentence=Judge(FIRST, lambda c: states_no_asked_field(c.q.norm, c.sentence))),
    NotStatedCheck(
        "contact field named, not given", "a sentence naming the contact field asked but writing no value of it "
        "(\"公开了联系电话、传真号码等内容\") gives none",
        sentence=Judge(FIRST, lambda c: gives_no_asked_value(c.q.norm, c.sentence))),
    NotStatedCheck(
        "place or name only said published", "an ask of where a thing is or of a person's name is not answered by a "
        "sentence listing the place among things published (\"…、现场咨询地点和…\") or naming the post (\"以局长为组长\")",
        sentence=Judge(FIRST, lambda c: lists_place_unstated(c.q.norm, c.sentence) or names_post_only(c.q.norm, c.sentence))),
    NotStatedCheck(
        "information, not applications", "a statement that no applications came in answers no ask counting information items (信息多少条)",
        fact=Judge(FIRST, lambda c: no_applications_for_information(c.f, c.metric, c.ask_text)),
        sentence=Judge(FIRST, lambda c: denies_applications_for_information(c.text, c.q.norm))),
    NotStatedCheck(
        "topic only", "a clause only naming a topic, as a table of contents does, says nothing of it",
        sentence=Judge(FIRST, lambda c: not c.hit.figure and names_topic_only(c.text))),
    NotStatedCheck(
        "numbers counting nothing", "a sentence whose numbers are only dates, addresses, list numbers or report parts",
        sentence=Judge(FIRST, lambda c: c.q.wants_number and not c.hit.figure
                       and counts_nothing(c.sentence, bool(ASKS_PARTS.search(c.q.norm))))),
    NotStatedCheck(
        "bare number", "a number on a line of its own (\"550081\"): no label says what it counts",
        sentence=Judge(FIRST, lambda c: bool(c.figure) and bool(re.fullmatch(r"[\s\d,.]+", c.text)) and c.q.wants_number)),
    NotStatedCheck(
        "document number", "a decree's or document's number (\"国令第711号\") is an identifier, unless the number is asked",
        sentence=Judge(FIRST, lambda c: bool(c.figure) and names_a_document(c.figure, c.text)
                       and not asks_identifier(c.q.norm))),
    NotStatedCheck(
        "ordinal for a count", "a place in an order (\"居全省第4位\") is no count: it answers an ask of how many, not a rank asked",
        sentence=Judge(FIRST, lambda c: bool(c.figure) and c.q.wants_number and ordinal_for_count(c.q.norm, c.figure, c.text))),
    NotStatedCheck(
        "list number", "a row's number in its list (\"2.重复申请\") is its place, no figure of it",
        sentence=Judge(FIRST, sentence_list_number)),
    NotStatedCheck(
        # (answer types, assistant/answer_types.py: what the ask wants is a count of items, a name or dates)
        "figure of another type", "an ask counting items (条, 件, requests) is not answered by days, people, money or a share",
        fact=Judge(FIRST, lambda c: c.f.value is not None and other_type_for_items(c.ask_text, c.f.unit)),
        sentence=Judge(FIRST, lambda c: bool(c.figure) and c.figure != "0"
                       and other_type_for_items(c.q.norm, figure_unit(c.figure)))),
    NotStatedCheck(
        "columns for items", "a count of a website's columns (\"等13个子栏目\") answers no ask counting items",
        fact=Judge(FIRST, lambda c: c.f.value is not None and columns_for_items(c.ask_text, c.row_clause, c.f.unit)),
        sentence=Judge(FIRST, lambda c: bool(c.figure) and columns_for_items(c.q.norm, c.text, figure_unit(c.figure)))),
    NotStatedCheck(
        "kinds for items", "a count of major kinds (\"8大板块\") answers no ask counting items, a count of items no ask of the kinds",
        fact=Judge(FIRST, lambda c: c.f.value is not None and items_for_kinds(c.ask_text, c.f.unit)),
        sentence=Judge(FIRST, lambda c: bool(c.figure) and (kinds_for_items(c.q.norm, figure_unit(c.figure))
                                                            or items_for_kinds(c.q.norm, figure_unit(c.figure))))),
    NotStatedCheck(
        "count for an amount", "an ask of a money amount (元, total value) is not answered by a count of items or notices",
        fact=Judge(FIRST, lambda c: c.f.value is not None and count_for_amount(c.ask_text, c.f.unit)),
        sentence=Judge(FIRST, lambda c: count_for_amount(c.q.norm, figure_unit(c.figure)) if c.figure
                       else states_no_amount(c.sentence, c.q.norm))),
    NotStatedCheck(
        "figure for a name", "an ask of who compiled or released the report wants a body's name: no figure, no sentence of no making; "
        "nor an ask of what things are called (\"what are those systems called\")",
        fact=Judge(FIRST, lambda c: (asks_maker(c.ask_text) or asks_name(c.ask_text)) and figure_kind(c.f.kind, c.f.value)),
        sentence=Judge(FIRST, lambda c: asks_maker(c.q.norm) and (bool(c.figure) or names_no_maker(c.sentence)))),
    NotStatedCheck(
        "year not written", "an ask of the year a report covers is not answered by words writing no year (\"201x年\" is none)",
        fact=Judge(FIRST, lambda c: writes_no_year(
            c.ask_text, f"{c.f.row or ''} {c.f.column or ''} {c.f.text_value or ''} {c.f.raw or ''} {c.clause}")),
        sentence=Judge(FIRST, lambda c: writes_no_year(c.q.norm, c.sentence))),
    NotStatedCheck(
        "period without dates", "an ask of the period the figures cover wants dates: not a figure, not a sentence of none",
        fact=Judge(FIRST, lambda c: asks_period(c.ask_text) and figure_kind(c.f.kind, c.f.value)),
        sentence=Judge(FIRST, lambda c: asks_period(c.q.norm) and not states_a_period(c.sentence))),
    NotStatedCheck(
        "report's contents", "a list of the report's own parts (\"全文包括概述,…,存在的主要问题和改进措施\") says nothing of any",
        fact=Judge(FIRST, lambda c: c.f.kind == "item" and not ASKS_PARTS.search(c.ask_text) and not asks_contents(c.ask_text)
                   and lists_report_contents(f"{c.f.row or ''} {c.f.column or ''} {c.f.text_value or ''} {c.f.raw or ''}")),
        # (a period or a maker the same sentence goes on to state is still its answer: "…等六部分组成,所列数据的统计
        # 期限自…起至…止", "本年度报告由青禾镇人民政府编制,本报告由…组成": the checks of those types judge it)
        sentence=Judge(FIRST, lambda c: not ASKS_PARTS.search(c.q.norm) and not asks_contents(c.q.norm)
                       and not asks_period(c.q.norm) and not asks_maker(c.q.norm) and lists_report_contents(c.sentence))),
    NotStatedCheck(
        "report's parts cut into items", "an ask of which parts a report consists of is answered by the sentence "
        "listing them whole, not by the list items cut from it (\"…、存在的主要问题和改进措施\" gives the item 存在)",
        fact=Judge(FIRST, lambda c: c.f.kind == "item" and contents_item_for_parts(c.ask_text, c.f.label_zh or ""))),
    NotStatedCheck(
        "no number", "a how-many ask is not answered by a sentence writing no number and stating none of anything",
        # (a percentage or a multiple asked is a number asked: "by what percentage did it drop" is no "降幅缓慢")
        sentence=Judge(FIRST, lambda c: (c.q.wants_number or asks_size(c.q.norm)) and not c.figure
                       and not ASKS_PARTS.search(c.q.norm) and states_no_number(c.sentence, c.q.norm))),
    NotStatedCheck(
        "none of a kind for a total", "an ask of a total (\"一共多少\", \"in total\") is not answered by a sentence stating "
        "none of some kinds only (\"故无此类公开信息\")",
        sentence=Judge(FIRST, lambda c: c.q.wants_number and not c.figure and wants_total(c.q.norm)
                       and states_none_of_a_kind(c.sentence))),
    NotStatedCheck(
        "outcome only", "none of an outcome (\"没有…行政复议败诉\": no case lost) is no statement that no case was brought",
        fact=Judge(THEN, lambda c: c.metric is not None and c.f.kind == "none"
                   and denies_outcome_only(c.f.row or "", c.ask_text)),
        sentence=Judge(FIRST, sentence_outcome_only)),
    NotStatedCheck(
        "outcome row", "a cell of table 三 in another outcome row than the ones the ask names",
        fact=Judge(THEN, lambda c: misses_asked_row(c.ask_text, c.f))),
    NotStatedCheck(
        "application channel", "an ask of applications made one way (当面, 网络) is not answered by all or another way's",
        fact=Judge(THEN, fact_other_application_channel),
        sentence=Judge(THEN, lambda c: c.q.metric is not None and misses_asked_channel(c.terms, c.q.norm, c.text)
                       and not denies_all_applications(c.text))),
    NotStatedCheck(
        # (first of the scope checks: its refusal names the body, before any other scope check's)
        "unknown body", "a one-body agency (an academy, a ministry) no report is from: no report of a body of a similar name",
        scope=unknown_body_refusal),
    NotStatedCheck(
        "other place level", "an agency of another level of the place asked (\"西安市发改委\" of 辽源市西安区's report)",
        scope=other_level_refusal),
    NotStatedCheck(
        "same-sound place", "a place written in characters beside its pinyin (\"Taizhou (台州)\") the reports of that pinyin "
        "are not of (泰州)",
        scope=same_sound_refusal),
    NotStatedCheck(
        "other tier of a bureau", "a city's bureau asked and only a district branch's report, or a branch asked and only "
        "the bureau's (\"深圳市公安局…\" of 深圳市公安局龙华分局's report): the branch's figure is not the bureau's",
        scope=other_tier_refusal),
    NotStatedCheck(
        "other agency", "an agency type the place's reports are not of (\"杭州市教育局\" of 杭州's health commission's)",
        scope=other_agency_refusal),
    NotStatedCheck(
        "place inside the one asked", "a county or city asked whose reports are all of a town or district inside it "
        "(\"青禾县…\" and only 青禾县白石镇人民政府's report): the town's figure is not the county's",
        scope=inner_place_refusal),
    NotStatedCheck(
        "year compared without a figure", "a comparison with a year no report of the body covers and its reports never "
        "write (\"比2022年多吗\" of a 2023 report alone): the one year's figure compares with nothing",
        scope=year_comparison_refusal),
    NotStatedCheck(
        "side compared without a figure", "a comparison of two things of one report, one of which the report never "
        "writes (\"比图解类多吗\" of a report with no 图解): the other side's figure compares with nothing",
        scope=side_comparison_refusal),
)
