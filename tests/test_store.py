"""The store: incremental ingest, duplicates, deletes, the embedding cache, bad files among good ones.

Uses the repo's own sample reports and the real default embedder (cached by content hash)."""

from __future__ import annotations

import shutil

import pytest


from assistant.api import ask
from ingest.__main__ import main as ingest_main
from ingest.embed import EmbeddingCache
from ingest.index import Store, StoreError
from ingest.pipeline import ingest_paths
from tests.conftest import CACHE, SAMPLES, _settings


@pytest.fixture()
def workdir(tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(SAMPLES, reports)
    return tmp_path, reports


def test_incremental_ingest_duplicates_and_delete(workdir):
    tmp, reports = workdir
    settings = _settings(tmp / "store")
    store = Store(settings.store, settings)
    first = ingest_paths([reports], store, settings)
    assert first.failed == [] and len(first.added) == 3 and first.chunks > 0 and first.facts > 0

    again = ingest_paths([reports], store, settings)
    assert again.added == [] and len(again.unchanged) == 3

    # the same content under a second name (with a space and Chinese characters) is stored once
    copy = reports / "副本 青禾县2023.txt"
    shutil.copy(reports / "sample_qinghe_xinfangju_2023.txt", copy)
    dup = ingest_paths([reports], store, settings)
    assert [name for name, _ in dup.duplicates] == [copy.name]
    assert len(store.reports()) == 3
    qinghe = next(r for r in store.reports() if r.year == 2023 and r.agency == "青禾县信访局")
    assert sorted(qinghe.sources) == sorted(["sample_qinghe_xinfangju_2023.txt", copy.name])

    # a changed file replaces its old chunks and facts
    path = reports / "sample_qinghe_xinfangju_2016.md"
    path.write_text(path.read_text(encoding="utf-8").replace("累计主动公开政府信息58条", "累计主动公开政府信息61条"), encoding="utf-8")
    changed = ingest_paths([reports], store, settings)
    assert changed.added == ["sample_qinghe_xinfangju_2016.md"]
    r2016 = next(r for r in store.reports() if r.year == 2016)
    values = {f.value for f in store.facts([r2016.doc_id], metric="proactive_disclosures")}
    assert 61 in values and 58 not in values
    assert len(store.reports()) == 3
    assert store.collection.count() == sum(r.n_chunks for r in store.reports())

    # deleting one of two names keeps the report; deleting the last removes it with its vectors
    assert store.delete_file("sample_qinghe_xinfangju_2023.txt")
    assert len(store.reports()) == 3
    assert store.delete_file(copy.name)
    assert len(store.reports()) == 2
    assert store.collection.count() == sum(r.n_chunks for r in store.reports())


def test_bad_files_are_reported_and_do_not_stop_the_others(workdir):
    tmp, reports = workdir
    (reports / "empty.txt").write_bytes(b"")
    (reports / "garbage.txt").write_bytes(bytes(range(256)) * 50)
    (reports / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (reports / "notes.xyz").write_text("unsupported", encoding="utf-8")
    settings = _settings(tmp / "store")
    store = Store(settings.store, settings)
    summary = ingest_paths([reports, reports / "notes.xyz"], store, settings)
    failed = dict(summary.failed)
    assert set(failed) == {"empty.txt", "garbage.txt", "broken.docx", "notes.xyz"}
    for name, reason in failed.items():
        assert name in reason  # the message names the file ...
        assert len(reason) > len(name) + 10  # ... and the reason
    assert len(summary.added) == 3


def test_embedding_cache_means_nothing_is_embedded_twice(workdir):
    tmp, reports = workdir
    settings = _settings(tmp / "store")
    ingest_paths([reports], Store(settings.store, settings), settings)
    cache = EmbeddingCache(CACHE / "embeddings.sqlite")
    before = cache.count()
    cache.close()
    # a rebuilt store re-embeds nothing: every chunk text is already cached
    settings2 = _settings(tmp / "store2")
    ingest_paths([reports], Store(settings2.store, settings2), settings2)
    cache = EmbeddingCache(CACHE / "embeddings.sqlite")
    assert cache.count() == before
    cache.close()


def test_samples_answer_from_their_tables(sample_store):
    settings, _ = sample_store
    a = ask("青禾县信访局2023年收到多少政府信息公开申请？", settings=settings)
    assert a.answered and "16" in a.text
    assert a.citations[0].column == "总计" and a.citations[0].highlight == "16"
    a = ask("how many lawsuits did Cuihu have in 2022", settings=settings)
    assert a.answered and {c.highlight for c in a.citations if c.highlight} >= {"2", "1"}


def test_ingest_cli_help_and_rebuild(workdir, capsys):
    tmp, reports = workdir
    with pytest.raises(SystemExit):
        ingest_main(["--help"])
    assert "incremental" in capsys.readouterr().out
    store = tmp / "cli-store"
    import os

    os.environ["ASSISTANT_EMBEDDING_CACHE"] = str(CACHE / "embeddings.sqlite")
    try:
        assert ingest_main([str(reports), "--store", str(store), "--quiet"]) == 0
        out = capsys.readouterr().out
        assert "ingested: 3" in out
        assert ingest_main(["--rebuild", str(reports), "--store", str(store), "--quiet"]) == 0
        assert "ingested: 3" in capsys.readouterr().out
        assert ingest_main(["--delete", "sample_qinghe_xinfangju_2016.md", "--store", str(store)]) == 0
        assert "deleted" in capsys.readouterr().out
    finally:
        del os.environ["ASSISTANT_EMBEDDING_CACHE"]


def test_corrupt_catalog_gives_a_clear_message(tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    (store / "catalog.sqlite").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="--rebuild"):
        Store(store, _settings(store))


def test_identity_failure_is_flagged_in_answers_and_by_check(tmp_path, capsys):
    """A report whose table 三 breaks 一 + 二 = 三(七) + 四 carries the failing equation into every answer using it."""
    reports = tmp_path / "reports"
    reports.mkdir()
    text = (SAMPLES / "sample_qinghe_xinfangju_2023.txt").read_text(encoding="utf-8")
    broken = text.replace("一、本年新收政府信息公开申请数量 | 12 | 3 | 0 | 0 | 1 | 0 | 16 |", "一、本年新收政府信息公开申请数量 | 12 | 3 | 0 | 0 | 1 | 0 | 17 |")
    assert broken != text
    (reports / "broken_sample.txt").write_text(broken, encoding="utf-8")
    settings = _settings(tmp_path / "store")
    summary = ingest_paths([reports], Store(settings.store, settings), settings)
    assert summary.warnings and all("17" in w for _, w in summary.warnings)
    a = ask("青禾县信访局2023年收到多少政府信息公开申请？", settings=settings)
    assert a.answered and a.citations[0].warnings
    assert "注意" in a.text and "17" in a.text
    from assistant.__main__ import main as cli

    assert cli(["check", "--store", str(settings.store)]) == 1
    out = capsys.readouterr().out
    assert "broken_sample.txt" in out and "≠" in out


def test_two_different_reports_for_the_same_agency_and_year_are_both_kept_and_flagged(workdir):
    tmp, reports = workdir
    text = (reports / "sample_qinghe_xinfangju_2023.txt").read_text(encoding="utf-8")
    (reports / "青禾县信访局2023 修订稿.txt").write_text(text.replace("主动公开政府信息126条", "主动公开政府信息128条"), encoding="utf-8")
    settings = _settings(tmp / "store")
    store = Store(settings.store, settings)
    summary = ingest_paths([reports], store, settings)
    assert len(summary.added) == 4 and not summary.duplicates
    twins = [r for r in store.reports() if r.agency == "青禾县信访局" and r.year == 2023]
    assert len(twins) == 2 and all(any("自称青禾县信访局2023年" in w for w in r.warnings) for r in twins)
    a = ask("青禾县信访局2023年主动公开了多少条政府信息？", settings=settings)
    assert "注意" in a.text
    store.delete_file("青禾县信访局2023 修订稿.txt")
    assert not any("自称" in w for r in store.reports() for w in r.warnings)


def test_questions_that_are_not_questions_and_unknown_filters(sample_store):
    settings, _ = sample_store
    for q in ("", "   ", "？！。，", "'; DROP TABLE reports; --", "<script>alert(1)</script><img src=x onerror=alert(1)>", "问" * 10000):
        a = ask(q, settings=settings)
        assert a.text and not a.answered, q[:30]
    long = ask("青禾县信访局2023年收到多少政府信息公开申请？" + "。" * 5000, settings=settings)
    assert long.answered and any("cut" in n or "2000" in n for n in long.notes)  # the note is in the question's language
    a = ask("收到多少申请", settings=settings, filters={"agency": "不存在的样例局"})
    assert not a.answered and "不存在的样例局" in a.text
    a = ask("收到多少申请", settings=settings, filters={"agency": "青禾县信访局", "year": 2023})
    assert a.answered and all(c.year == 2023 and c.agency == "青禾县信访局" for c in a.citations)
