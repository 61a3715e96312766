"""The Figures tab at archive scale: building the app and changing a filter load a bounded number of facts.

A province-wide store holds millions of facts; the tab must query the store per filter (at most
figures.MAX_ROWS rows drawn, a COUNT for "showing N of M"), take its choices from the catalog, keep no
facts in gr.State, and export every matching row exactly like `python -m assistant facts --format csv`.
The store here is written straight into SQLite (fictional agencies, no chunks, no vectors): fast.
"""

from __future__ import annotations

import csv
import io

import pytest

from assistant.core.types import Fact, Report

N_REPORTS = 300
FACTS_PER_REPORT = 40  # 12,000 facts: far over the table's cap
REGIONS = ("甲市", "乙市", "丙县")


def _report(i: int) -> tuple[Report, list[Fact]]:
    doc_id = f"{i:016x}"
    region = REGIONS[i % len(REGIONS)]
    agency = f"{region}第{i // 3}样例局"
    year = 2016 + i % 5
    report = Report(doc_id=doc_id, title=f"{agency}{year}年政府信息公开工作年度报告", agency=agency, region=region, year=year)
    facts = []
    for k in range(FACTS_PER_REPORT):
        table = "三" if k % 2 else "narrative"
        facts.append(Fact(doc_id=doc_id, table=table, row=f"样例行{k}", column="总计", metric="applications_received" if k == 1 else None,
                          value=float(k), raw=str(k), start=10 * k, end=10 * k + 2, quote_start=10 * k, quote_end=10 * k + 8,
                          kind="table" if table == "三" else "narrative", label_en=f"sample row {k} total"))
    return report, facts


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    from assistant.core.settings import Settings
    from ingest.index import Store
    from tests.conftest import CACHE

    root = tmp_path_factory.mktemp("figscale")
    settings = Settings(store=root / "store", embedding_cache=CACHE / "embeddings.sqlite")
    store = Store(settings.store, settings)
    for i in range(N_REPORTS):
        report, facts = _report(i)
        text = "样例文本。" * 80
        store.write_report(report, text, text, list(range(len(text))), [], [], None, [], facts,
                           path=str(root / f"r{i}.txt"), file_hash=report.doc_id)
    store.close()
    return settings


class Counter:
    def __init__(self) -> None:
        self.rows = 0


@pytest.fixture
def counted(monkeypatch):
    """Counts every Fact the store yields (Store.facts goes through Store.iter_facts)."""
    from ingest.index import Store

    counter = Counter()
    real = Store.iter_facts

    def iter_facts(self, *a, **kw):
        for f in real(self, *a, **kw):
            counter.rows += 1
            yield f

    monkeypatch.setattr(Store, "iter_facts", iter_facts)
    return counter


def _block(app, elem_id):
    return next(b for b in app.blocks.values() if getattr(b, "elem_id", None) == elem_id)


def _dep(app, block, event):
    return next(d for d in app.fns.values() if (block._id, event) in [tuple(t) for t in d.targets])


def test_building_the_app_and_filtering_load_a_bounded_number_of_facts(big_store, counted):
    import gradio as gr

    from assistant.ui import build_app
    from assistant.ui import figures as G
    from ingest.library import facts_csv, select_facts

    app = build_app(big_store)
    built = counted.rows
    assert built <= G.MAX_ROWS, built  # one page at most, never every fact of the store
    states = [b for b in app.blocks.values() if isinstance(b, gr.State)]
    assert not any(isinstance(s.value, list) and s.value and isinstance(s.value[0], Fact) for s in states)

    # choices come from the catalog (regions of reports, not of facts), the table is capped with a note
    region = _block(app, "fig-region")
    assert sorted(c[1] for c in region.choices) == sorted(REGIONS)
    count = _block(app, "fig-count").value
    assert f"{G.MAX_ROWS}" in count and f"{N_REPORTS * FACTS_PER_REPORT}" in count

    # change a filter through the wired handler: one page of rows, the filter (not facts) kept in gr.State
    dep = _dep(app, region, "change")
    counted.rows = 0
    table_update, query, note = dep.fn(None, "甲市", None, None, None, "en")
    assert counted.rows <= G.MAX_ROWS
    assert len(table_update["value"]) == G.MAX_ROWS and query["region"] == "甲市"
    assert note == G.count_text(G.MAX_ROWS, N_REPORTS // 3 * FACTS_PER_REPORT, "en") and "narrow the filters" in note

    agency = _block(app, "fig-agency")
    counted.rows = 0
    table_update, query, note = _dep(app, agency, "change").fn("甲市第0样例局", None, None, "三", None, "zh")
    assert counted.rows == FACTS_PER_REPORT // 2 and len(table_update["value"]) == FACTS_PER_REPORT // 2
    assert note == G.count_text(FACTS_PER_REPORT // 2, FACTS_PER_REPORT // 2, "zh")

    # the export holds every matching row, the same rows as the CLI's select_facts/facts_csv
    ui_app = next(c.cell_contents for c in dep.fn.__closure__ if hasattr(c.cell_contents, "export_figures"))
    path = ui_app.export_figures("csv", {"agency": "甲市", "year": "2016"})
    with open(path, encoding="utf-8", newline="") as fh:
        exported = fh.read()
    from ingest.index import Store

    cli = facts_csv(select_facts(Store(big_store.store, big_store), "甲市", 2016))
    assert exported == cli and len(list(csv.reader(io.StringIO(exported)))) > G.MAX_ROWS // 10
    everything = ui_app.export_figures("csv", None)
    with open(everything, encoding="utf-8", newline="") as fh:
        assert sum(1 for _ in csv.reader(fh)) == N_REPORTS * FACTS_PER_REPORT + 1  # exports are not capped
    searched = ui_app.figures({"search": "SAMPLE ROW 7 "}, limit=None)
    assert {f.row for f in searched} == {"样例行7"} and len(searched) == N_REPORTS


def test_the_click_a_row_hint_follows_the_language_toggle(big_store):
    from assistant.ui import build_app
    from assistant.ui import figures as G

    app = build_app(big_store)
    source = _block(app, "fig-source")
    lang_dep = _dep(app, _block(app, "ui-lang"), "change")
    assert source._id in [o._id if hasattr(o, "_id") else o for o in lang_dep.outputs]
    ui_app = next(c.cell_contents for c in lang_dep.fn.__closure__ if hasattr(c.cell_contents, "figure_source"))
    assert ui_app.figure_source(None, "en") == G.source_hint("en") != G.source_hint("zh")
    key = ui_app.figure_key({"table": "三"}, 3)
    assert key and key["table"] == "三" and "src-empty" not in ui_app.figure_source(key, "en")  # a figure, not the hint
