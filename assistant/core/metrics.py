"""Canonical metrics: what users ask about, in both languages, and where reports state it.

A metric ties together a row of the national standard tables, the phrasings of
narrative figures, and the words users type (Chinese and English).  The table
extractor and the narrative extractor tag facts with a metric key; the answer
engine maps a question to a metric key.  Keep the keyword lists in
*simplified* Chinese and lower-case English: both sides are normalised first.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Metric:
    key: str
    zh: str  # label shown in Chinese answers
    en: str  # label shown in English answers
    unit: str = "件"
    # words in a question that point at this metric (simplified zh / lower-case en)
    ask_zh: tuple[str, ...] = ()
    ask_en: tuple[str, ...] = ()
    # a table row whose label contains one of these belongs to this metric
    table: str | None = None
    row_markers: tuple[str, ...] = ()
    preferred_column: str = "总计"
    extra: dict = field(default_factory=dict)


METRICS: tuple[Metric, ...] = (
    Metric(
        "applications_received", "本年新收政府信息公开申请数量", "new government-information disclosure applications received",
        ask_zh=("新收", "收到", "受理", "申请数", "申请量"),
        ask_en=("receive", "received", "new applications", "applications received"),
        table="三", row_markers=("本年新收",),
    ),
    Metric(
        "applications_carried_over", "上年结转政府信息公开申请数量", "applications carried over from the previous year",
        ask_zh=("上年结转", "结转"), ask_en=("carried over", "carry over", "carried-over", "previous year"),
        table="三", row_markers=("上年结转",),
    ),
    Metric(
        "applications_disclosed", "予以公开", "applications answered with full disclosure",
        ask_zh=("予以公开",), ask_en=("disclosed", "granted", "full disclosure"),
        table="三", row_markers=("予以公开",),
    ),
    Metric(
        "applications_partly_disclosed", "部分公开", "applications partly disclosed",
        ask_zh=("部分公开",), ask_en=("partly disclosed", "partially disclosed", "partial disclosure"),
        table="三", row_markers=("部分公开",),
    ),
    Metric(
        "applications_withheld", "不予公开", "applications refused (withheld)",
        ask_zh=("不予公开",), ask_en=("withheld", "refused", "not disclosed"),
        table="三", row_markers=("不予公开",),
    ),
    Metric(
        "applications_unavailable", "无法提供", "applications where the information could not be provided",
        ask_zh=("无法提供",), ask_en=("cannot be provided", "could not be provided", "not available", "unavailable"),
        table="三", row_markers=("无法提供",),
    ),
    Metric(
        "applications_not_processed", "不予处理", "applications not processed",
        ask_zh=("不予处理",), ask_en=("not processed",),
        table="三", row_markers=("不予处理",),
    ),
    Metric(
        "applications_answered", "本年度办理结果总计", "applications answered this year (total of outcomes)",
        ask_zh=("办理结果", "办结", "答复"), ask_en=("answered", "handled", "processed", "responded"),
        table="三", row_markers=("（七）总计", "(七)总计"),
    ),
    Metric(
        "applications_carried_forward", "结转下年度继续办理", "applications carried forward to next year",
        ask_zh=("结转下年",), ask_en=("carried forward", "next year"),
        table="三", row_markers=("结转下年度",),
    ),
    Metric(
        "reconsiderations", "行政复议", "administrative reconsiderations",
        ask_zh=("行政复议", "复议"), ask_en=("reconsideration", "reconsiderations", "administrative review"),
        table="四", row_markers=("行政复议",),
    ),
    Metric(
        "lawsuits", "行政诉讼", "administrative lawsuits",
        ask_zh=("行政诉讼", "诉讼", "起诉"), ask_en=("lawsuit", "lawsuits", "litigation", "sued", "court"),
        table="四", row_markers=("行政诉讼",),
    ),
    Metric(
        "proactive_disclosures", "主动公开政府信息", "items of government information proactively disclosed",
        unit="条",
        ask_zh=("主动公开",), ask_en=("proactive", "proactively", "published", "disclosed proactively"),
    ),
    Metric(
        "rules", "规章", "rules (规章)",
        ask_zh=("规章",), ask_en=("rules", "regulations"),
        table="二", row_markers=("规章",), preferred_column="本年制发件数",
    ),
    Metric(
        "normative_documents", "行政规范性文件", "normative documents",
        ask_zh=("规范性文件",), ask_en=("normative document", "normative documents"),
        table="二", row_markers=("规范性文件",), preferred_column="本年制发件数",
    ),
    Metric(
        "licensing", "行政许可", "administrative licensing decisions",
        ask_zh=("行政许可",), ask_en=("licensing", "licence", "license", "permits"),
        table="二", row_markers=("行政许可",), preferred_column="本年处理决定数量",
    ),
    Metric(
        "penalties", "行政处罚", "administrative penalty decisions",
        ask_zh=("行政处罚", "处罚"), ask_en=("penalty", "penalties", "fines"),
        table="二", row_markers=("行政处罚",), preferred_column="本年处理决定数量",
    ),
    Metric(
        "enforcement", "行政强制", "administrative enforcement decisions",
        ask_zh=("行政强制",), ask_en=("enforcement", "coercive"),
        table="二", row_markers=("行政强制",), preferred_column="本年处理决定数量",
    ),
    Metric(
        "fees", "行政事业性收费", "administrative fees collected", unit="万元",
        ask_zh=("行政事业性收费", "收费"), ask_en=("fee", "fees", "charges", "charged"),
        table="二", row_markers=("行政事业性收费",), preferred_column="本年收费金额",
    ),
)

BY_KEY: dict[str, Metric] = {m.key: m for m in METRICS}


def metric(key: str) -> Metric:
    return BY_KEY[key]
