"""Answer engines by name, one constructor shape: ``ENGINES[name](index, settings)``.

An engine only writes text: it gets the parsed question and the retrieved passages, takes its
evidence from ``assistant.evidence`` and returns an ``Answer`` (generative engines also stream).
``extractive`` needs no model and is every generative engine's fallback; the generative engines
are one per chat-model back-end (assistant/llm.py BACKENDS), like the chat back-ends themselves.
"""

from __future__ import annotations

from typing import Callable, Iterator, Protocol

from assistant.answer import ExtractiveEngine
from assistant.core.settings import Settings
from assistant.core.types import Answer, Passage
from assistant.generate import GENERATIVE_ENGINES


class Engine(Protocol):
    name: str

    def answer(self, q, passages: list[Passage]) -> Answer: ...


class StreamingEngine(Engine, Protocol):
    def stream(self, q, passages: list[Passage]) -> Iterator[str | Answer]: ...


EngineFactory = Callable[[object, Settings], Engine]

# extractive (no model, the default and the fallback) + one generative engine per chat-model back-end
ENGINES: dict[str, EngineFactory] = {"extractive": ExtractiveEngine, **GENERATIVE_ENGINES}


def register_engine(name: str, factory: EngineFactory) -> None:
    """Add an engine under `name`: `factory(index, settings)` returns it."""
    ENGINES[name] = factory


def make_engine(name: str, index, settings: Settings) -> Engine:
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r}; available: {', '.join(ENGINES)}")
    return ENGINES[name](index, settings)
