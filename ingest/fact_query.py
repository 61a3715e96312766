"""The WHERE clause of a facts query (Store.iter_facts / facts / count_facts in ingest/index.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable


def fact_where(doc_ids: Iterable[str] | None, metric: str | None, table: str | None, search: str | None) -> tuple[str, list]:
    """WHERE clause of a facts query.  `search`: case-insensitive (ASCII) substring of row / column / raw /
    label_en / metric.  A long doc_ids list goes in as one JSON parameter (no SQLite variable limit)."""
    q, args = " WHERE 1=1", []
    if doc_ids is not None:
        doc_ids = list(doc_ids)
        if len(doc_ids) <= 500:
            q += f" AND doc_id IN ({','.join('?' * len(doc_ids))})"
            args += doc_ids
        else:
            q += " AND doc_id IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(doc_ids, ensure_ascii=False))
    if metric:
        q += " AND metric=?"
        args.append(metric)
    if table:
        q += " AND table_name=?"
        args.append(table)
    if search and search.strip():
        q += (" AND instr(lower(coalesce(row,'') || ' ' || coalesce(col,'') || ' ' || coalesce(raw,'') || ' ' || "
              "coalesce(json_extract(data, '$.label_en'),'') || ' ' || coalesce(metric,'')), ?) > 0")
        args.append("".join(ch.lower() if ch.isascii() else ch for ch in search.strip()))
    return q, args
