"""A store never keeps what an older ingest derived: reports carry the ingest version that derived them,
and an unchanged file of an older version is derived again on the next ingest."""

from __future__ import annotations

import pytest


def test_what_ingest_derives_from_the_samples_is_pinned_to_the_version():
    from assistant.core.settings import Settings
    from ingest import version
    from tests.conftest import SAMPLES

    digest = version.derived_digest(sorted(SAMPLES.glob("sample_*")), Settings())
    assert digest == version.SAMPLES_DIGEST, (
        f"what ingest derives from samples/reports changed (digest {digest}): bump INGEST_VERSION in "
        f"ingest/version.py (stores then derive their reports again) and set SAMPLES_DIGEST = {digest!r}")


@pytest.fixture
def one_sample_store(tmp_path):
    from assistant.core.settings import Settings
    from ingest.index import Store
    from ingest.pipeline import ingest_paths
    from tests.conftest import CACHE, SAMPLES

    folder = tmp_path / "reports"
    folder.mkdir()
    src = SAMPLES / "sample_qinghe_xinfangju_2016.md"
    (folder / src.name).write_bytes(src.read_bytes())
    settings = Settings(store=tmp_path / "store", embedding_cache=CACHE / "embeddings.sqlite")
    store = Store(settings.store, settings)
    ingest_paths([folder], store, settings)
    return store, settings, folder


def test_an_unchanged_file_of_an_older_ingest_is_derived_again(one_sample_store, monkeypatch):
    from ingest import pipeline
    from ingest.pipeline import ingest_paths
    from ingest.version import INGEST_VERSION

    store, settings, folder = one_sample_store
    (r,) = store.reports()
    assert r.ingest_version == INGEST_VERSION == store.ingest_version(r.doc_id)
    n_facts = r.n_facts
    assert ingest_paths([folder], store, settings).unchanged == [r.sources[0]]

    store.set_identity(r.doc_id, year=1999)  # a user's correction, made in the library
    monkeypatch.setattr(pipeline, "INGEST_VERSION", INGEST_VERSION + 1)  # the code is upgraded
    summary = ingest_paths([folder], store, settings)
    assert summary.added == [r.sources[0]] and not summary.unchanged
    (again,) = store.reports()
    assert again.ingest_version == INGEST_VERSION + 1 and again.n_facts == n_facts
    assert again.year == 1999 and again.provenance["year"] == "user"  # the correction outlives it
    assert len(store.facts([again.doc_id])) == n_facts and not store.consistency_problems(include_orphans=False)
    assert ingest_paths([folder], store, settings).unchanged == [r.sources[0]]  # now current: skipped
