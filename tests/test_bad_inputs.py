"""Every kind of bad input from issue 7 in one folder, ingested into a store that already holds reports:
each bad file is rejected with its name and the reason, the others are ingested, nothing stored is lost."""

from __future__ import annotations

import pytest

from bench.badinputs import make_inputs
from ingest.index import Store
from ingest.pipeline import ingest_paths
from tests.conftest import SAMPLES, _settings


@pytest.fixture(scope="module")
def matrix(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad_inputs")
    settings = _settings(tmp / "store")
    store = Store(settings.store, settings)
    before = ingest_paths([SAMPLES], store, settings)
    assert len(before.added) == 3
    expectations = make_inputs(tmp / "inputs")
    summary = ingest_paths([tmp / "inputs"], store, settings)
    return store, expectations, summary


def test_each_input_gets_the_expected_outcome(matrix):
    store, expectations, summary = matrix
    failed = dict(summary.failed) | dict(summary.skipped)  # other file types in a folder are skipped, with the reason
    duplicates = {name for name, _ in summary.duplicates}
    for e in expectations:
        if e.expect == "ingested":
            assert e.name in summary.added, (e.kind, failed.get(e.name))
        elif e.expect == "duplicate":
            assert e.name in duplicates, e.kind
        else:
            assert e.name in failed, e.kind
            reason = failed[e.name]
            assert e.name in reason, reason  # names the file
            assert e.reason_contains.lower() in reason.lower(), (e.kind, reason)  # and says why
            assert "Traceback" not in reason


def test_nothing_already_stored_is_lost_and_the_store_is_consistent(matrix):
    store, expectations, summary = matrix
    sources = {s for r in store.reports() for s in r.sources}
    assert {"sample_qinghe_xinfangju_2023.txt", "sample_qinghe_xinfangju_2016.md", "sample_yunqi_cuihu_bangongshi_2022.html"} <= sources
    ingested = [e for e in expectations if e.expect == "ingested"]
    assert len(store.reports()) == 3 + len(ingested)
    assert store.consistency_problems() == []


def test_decoded_text_and_html_hygiene(matrix):
    store, _, _ = matrix
    by_source = {s: r for r in store.reports() for s in r.sources}
    assert by_source["big5.txt"].agency == "青禾县样例局"  # traditional -> simplified for matching
    assert by_source["gb18030.txt"].sources == ["gb18030.txt", "gb18030_copy.md"]
    original = store.texts(by_source["scripts.html"].doc_id)[0]
    for bad in ("alert(", "steal()", "evil()", "iframe", "example.invalid"):
        assert bad not in original
    assert "<script>这是正文里的文字</script>" in original  # text that looks like markup stays text
    facts = store.facts([by_source["青禾 样例 报告 2017.txt"].doc_id], metric="proactive_disclosures")
    assert [f.value for f in facts] == [18]
