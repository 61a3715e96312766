"""The library's write side keeps a user's identity corrections: through a re-ingest, a rebuild of the
uploads folder, and in the names a question can use (aliases)."""

from __future__ import annotations

import csv


def test_write_override_upserts_clears_and_keeps_other_rows(tmp_path):
    from ingest.filenames import read_overrides, write_override

    (tmp_path / "reports.csv").write_text("file,agency,region,year,note\nb.txt,乙局,,2019,keep me\n", encoding="utf-8")
    write_override(tmp_path, "a.txt", {"agency": "甲办", "year": 2020})
    write_override(tmp_path, "a.txt", {"region": "样例县"})
    assert read_overrides(tmp_path) == {"a.txt": {"agency": "甲办", "region": "样例县", "year": 2020},
                                        "b.txt": {"agency": "乙局", "year": 2019}}
    rows = list(csv.DictReader((tmp_path / "reports.csv").open(encoding="utf-8")))
    assert rows[0]["note"] == "keep me"  # a column the user added survives
    write_override(tmp_path, "a.txt", {"agency": None, "region": "", "year": ""})  # all cleared: the row goes
    assert read_overrides(tmp_path) == {"b.txt": {"agency": "乙局", "year": 2019}}
    assert not (tmp_path / "reports.csv.tmp").exists()


def test_identity_correction_survives_reingest_and_rebuild(tmp_path):
    from assistant.core.settings import Settings
    from ingest.index import Store
    from ingest.library import Library
    from ingest.pipeline import ingest_paths
    from tests.conftest import CACHE, SAMPLES

    settings = Settings(store=tmp_path / "store", embedding_cache=CACHE / "embeddings.sqlite")
    lib = Library(settings)
    summary, problems = lib.add([str(SAMPLES / "sample_qinghe_xinfangju_2016.md")])
    assert not problems and summary.added
    (r,) = lib.store.reports()
    assert lib.set_identity(r.doc_id, agency="样例县档案局", year="2015")
    corrected = lib.store.report(r.doc_id)
    assert corrected.agency == "样例县档案局" and corrected.year == 2015
    assert corrected.region == "样例县"  # the agency's place is the region, as with an override on ingest
    # the names a question can use follow: pinyin and English of the new place and type, none of the old place
    assert "yangli" in corrected.aliases and "archives bureau" in corrected.aliases, corrected.aliases
    assert not any("qinghe" in a for a in corrected.aliases), corrected.aliases

    summary, problems = lib.reingest(r.doc_id)  # the file is read again; the correction is not lost
    assert not problems and summary.added
    (again,) = lib.store.reports()
    assert (again.agency, again.year) == ("样例县档案局", 2015)
    assert again.provenance["agency"] == "user" and again.provenance["year"] == "user"
    assert again.region == "样例县" and again.title == r.title  # the rest is extracted again

    # a rebuild: a new store ingesting the uploads folder reads the corrections from its reports.csv
    rebuilt = Store(tmp_path / "rebuilt", settings)
    ingest_paths([lib.uploads], rebuilt, settings)
    (fresh,) = rebuilt.reports()
    assert (fresh.agency, fresh.year) == ("样例县档案局", 2015) and fresh.provenance["agency"] == "user"


def test_a_deleted_upload_takes_its_correction_with_it(tmp_path):
    from assistant.core.settings import Settings
    from ingest.filenames import read_overrides
    from ingest.library import Library
    from tests.conftest import CACHE, SAMPLES

    settings = Settings(store=tmp_path / "store", embedding_cache=CACHE / "embeddings.sqlite")
    lib = Library(settings)
    sample = str(SAMPLES / "sample_qinghe_xinfangju_2016.md")
    lib.add([sample])
    (r,) = lib.store.reports()
    assert lib.set_identity(r.doc_id, region="样例市青禾县")
    assert read_overrides(lib.uploads)
    assert lib.delete(r.doc_id)
    assert not read_overrides(lib.uploads)  # the row went with the file
    lib.add([sample])  # the same file uploaded again: read afresh, not with the old correction
    (again,) = lib.store.reports()
    assert again.region == r.region and again.provenance.get("region") != "user"
