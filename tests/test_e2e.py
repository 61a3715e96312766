"""End to end over the shared seeds and corpus: ingest once, then ask in both languages."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from assistant.api import ask
from ingest.index import Store
from tests.conftest import REPO, shared_report_files

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=["embedded", "chroma-server"])
def store_settings(request):
    """Every end-to-end test runs against the embedded store and against a real `chroma run` server."""
    return request.getfixturevalue("shared_store" if request.param == "embedded" else "shared_server_store")[0]


def _ask(q, settings):
    return ask(q, settings=settings)


def _digits(s: str) -> str:
    return s.replace(",", "")


def assert_traceable(answer, store: Store):
    """Every citation quotes the original exactly; every number of the answer is in a cited quote."""
    for c in answer.citations:
        original = store.texts(c.doc_id)[0]
        assert original[c.start : c.end] == c.quote
        if c.highlight_start is not None:
            assert original[c.highlight_start : c.highlight_end] == c.highlight
            assert c.start <= c.highlight_start < c.highlight_end <= c.end
    # a figure must come from a cited quote; a year may also come from the cited report's title/year
    quotes = _digits(" ".join([c.quote for c in answer.citations] + [f"{c.title} {c.year}" for c in answer.citations]))
    from ingest.clean import halfwidth

    quotes = halfwidth(quotes)
    body = re.sub(r"\[\d+\]", "", answer.text)
    for num in re.findall(r"\d[\d,]*(?:\.\d+)?", body):
        assert _digits(num) in quotes, f"{num} of the answer is not in any cited quote: {answer.text}"


@pytest.mark.parametrize("fixture", ["shared_store", "shared_server_store"])
def test_every_shared_file_ingested_without_failure(request, fixture):
    settings, summary = request.getfixturevalue(fixture)
    assert summary.failed == []
    store = Store(settings.store, settings)
    assert len(store.reports()) + len(summary.duplicates) == len(shared_report_files())
    assert store.collection.count() == sum(r.n_chunks for r in store.reports())


def test_chunk_offsets_point_into_the_original(store_settings):
    store = Store(store_settings.store, store_settings)
    n = 0
    for cid, doc_id, section, kind, s, e, text, clean_text, _tok in store.chunk_rows():
        original = store.texts(doc_id)[0]
        assert original[s:e] == text, cid
        assert text.strip() and clean_text.strip()
        n += 1
    assert n > 50


def test_metadata_of_the_seeds(store_settings):
    store = Store(store_settings.store, store_settings)
    by_source = {src: r for r in store.reports() for src in r.sources}
    kdl = by_source["001_8cedd0d225991de1.txt"]
    assert (kdl.agency, kdl.year, kdl.region) == ("昆都仑区信访局", 2023, "昆都仑区")
    assert "kundulun" in kdl.aliases and "昆区" in kdl.aliases
    assert by_source["004_4945465fd94ef0c7.txt"].year == 2016
    assert by_source["003_dcdda86aceaa8777.txt"].agency == "张店区信访局"
    assert by_source["000_7a5d2b99554805f1.txt"].year is None  # "截至年12月31日": no year stated
    assert by_source["002_3544bef3789e2b55.txt"].year is None  # "xx年"


@pytest.mark.parametrize(
    "question",
    ["how many applications did Kundulun receive in 2023", "昆都仑区信访局2023年收到多少政府信息公开申请？"],
)
def test_kundulun_applications(store_settings, question):
    a = _ask(question, store_settings)
    assert a.answered
    first = a.citations[0]
    assert first.agency == "昆都仑区信访局" and first.year == 2023
    assert first.section.startswith("三、收到和处理政府信息公开申请情况")
    assert "本年新收政府信息公开申请数量" in first.quote
    assert first.column == "总计" and first.highlight == "0"
    assert re.search(r"(?<!\d)0(?!\d)", a.text.split("[1]")[0])
    assert_traceable(a, Store(store_settings.store, store_settings))


def test_english_answer_is_english_and_chinese_answer_chinese(store_settings):
    en = _ask("how many applications did Kundulun receive in 2023", store_settings)
    zh = _ask("昆都仑区2023年收到多少政府信息公开申请", store_settings)
    assert en.language == "en" and re.search(r"[A-Za-z]{4,}", en.text.split("[1]")[0])
    assert zh.language == "zh" and "申请" in zh.text


def test_yichun_proactive_disclosures(store_settings):
    for q in ("伊春区2016年主动公开了多少条政府信息", "How much government information did Yichun proactively disclose in 2016?"):
        a = _ask(q, store_settings)
        assert a.answered, q
        assert "3957" in _digits(a.text), a.text
        assert a.citations[0].year == 2016 and "3957" in a.citations[0].quote
        assert_traceable(a, Store(store_settings.store, store_settings))


@pytest.mark.parametrize(
    "question, expected",
    [
        ("张店区信访局的联系电话是多少？", "0533-2868600"),
        ("What is the phone number of the Zhangdian petitions bureau?", "0533-2868600"),
        ("昆区信访局的地址在哪里", "钢铁大街29号"),
        ("上海市人民政府办公厅2019年受理了多少政府信息公开申请？", "859"),
        ("How many administrative reconsiderations did the Shanghai general office have in 2019?", "7"),
        ("广州市信访局2022年主动公开了多少条政府信息", "808"),
        ("How many disclosure applications did the Hangzhou Health Commission receive in 2023?", "44"),
        ("杭州市卫生健康委员会2023年网站共发布信息多少条？", "3972"),
        ("泰州市2017年政府信息公开工作年度报告的统计期限是什么", "2017年1月1日"),
    ],
)
def test_answerable_questions(store_settings, question, expected):
    a = _ask(question, store_settings)
    assert a.answered, (question, a.text)
    assert expected in _digits(a.text) or any(expected in c.quote for c in a.citations), (question, a.text)
    assert_traceable(a, Store(store_settings.store, store_settings))


def test_a_statement_of_none_is_the_answer(store_settings):
    # the report states there were no lawsuits ("未发生…行政诉讼"): that is the answer, not "not found"
    a = _ask("伊春区2016年有没有行政诉讼案件？", store_settings)
    assert a.answered and re.search(r"\b0\b|没有|无", a.text), a.text
    assert any("未发生" in c.quote and "行政诉讼" in c.quote for c in a.citations), a.text
    assert_traceable(a, Store(store_settings.store, store_settings))


def test_the_outcome_of_what_never_happened_corrects_the_premise(store_settings):
    # asked how lawsuits ended when the report says there were none: not answered, the premise corrected and the
    # statement of none cited (assistant/outcome_premise.py)
    a = _ask("伊春区2016年行政诉讼案件的判决结果是什么？", store_settings)
    assert not a.answered and "前提" in a.text, a.text
    assert any("未发生" in c.quote and "行政诉讼" in c.quote for c in a.citations), a.text
    assert_traceable(a, Store(store_settings.store, store_settings))


@pytest.mark.parametrize(
    "question",
    [
        "how many applications did Kundulun receive in 2019",  # no 2019 report for Kundulun
        "海淀区2023年收到多少政府信息公开申请？",  # no report from Haidian
        "How many applications did Haidian receive in 2023?",
        "张店区信访局2013年政府网站的访问量是多少？",  # not stated
    ],
)
def test_unanswerable_questions_say_so(store_settings, question):
    a = _ask(question, store_settings)
    assert not a.answered, (question, a.text)
    assert not re.search(r"\d", re.sub(r"20\d\d|\[\d+\]", "", a.text)), a.text  # no invented figures


def test_garbage_questions_get_a_clear_answer(store_settings):
    for q in ("", "？？？", "'; DROP TABLE reports; --", "<script>alert(1)</script>", "x" * 10000):
        a = _ask(q, store_settings)
        assert a.text.strip() and not a.answered and not a.citations, (q[:30], a.text)  # says so, cites nothing
        assert not re.search(r"\d", a.text), a.text  # and states no figure
        assert "<script>" not in a.text and "DROP TABLE" not in a.text  # nor echoes markup or SQL back


def cli_env(settings) -> dict:
    """The environment that points a CLI process at the same store (and Chroma server, if any)."""
    env = {**os.environ, "ASSISTANT_EMBEDDING_CACHE": str(settings.embedding_cache), "ASSISTANT_COLLECTION": settings.collection}
    if settings.chroma_url:
        env["ASSISTANT_CHROMA_URL"] = settings.chroma_url
    return env


def test_cli_ask_json(store_settings):
    out = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "how many applications did Kundulun receive in 2023",
         "--store", str(store_settings.store), "--json"],
        capture_output=True, text=True, cwd=REPO, timeout=300, env=cli_env(store_settings),
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["answered"] is True
    assert data["citations"][0]["agency"] == "昆都仑区信访局"
    assert set(data["citations"][0]) >= {"doc_id", "source", "title", "agency", "year", "section", "quote", "start", "end"}


def test_cli_ask_plain_prints_numbered_citations(store_settings):
    out = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "伊春区2016年主动公开了多少条政府信息", "--store", str(store_settings.store)],
        capture_output=True, text=True, cwd=REPO, timeout=300, env=cli_env(store_settings),
    )
    assert out.returncode == 0, out.stderr
    assert "3957" in out.stdout and re.search(r"^\[1\] ", out.stdout, re.M)


def test_a_small_scope_is_searched_without_embedding_the_query(shared_store, monkeypatch):
    """Scoped reports holding no more chunks than are handed on: all of them go, no query embedding."""
    from assistant.api import get_chain

    idx = get_chain(settings=shared_store[0]).index
    small = next(r for r in idx.reports if idx.scope_chunks([r.doc_id], 6))
    every = idx.scope_chunks([small.doc_id], 6)

    def no_embedding(text):
        raise AssertionError("the query was embedded")

    monkeypatch.setattr(idx.embedder, "embed_query", no_embedding)
    got = idx.search("政府信息公开申请", [small.doc_id], 6)
    assert sorted(p[0].chunk_id for p in got) == sorted(every)
    assert idx.scope_chunks([small.doc_id], 0) is None and idx.scope_chunks(None, 6) is None
