"""Values derived from one list of reports (a store generation's catalog): built on first use and kept while that
list is in use.  A store change gives a new list (SearchIndex.refresh replaces `reports` on a new generation), so
an entry is found by the list's identity, never by its contents: no per-question walk over the reports."""

from __future__ import annotations

import threading
from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class PerReportList(Generic[T]):
    """`build(reports)` once per list object; the last `keep` lists are kept (a few generations may be served)."""

    def __init__(self, build: Callable[[list], T], keep: int = 4) -> None:
        self._build = build
        self._keep = keep
        self._lock = threading.Lock()
        self._items: list[tuple[list, T]] = []

    def __call__(self, reports: list) -> T:
        with self._lock:
            for lst, value in self._items:
                if lst is reports:
                    return value
            value = self._build(reports)
            self._items.insert(0, (reports, value))
            del self._items[self._keep :]
            return value
