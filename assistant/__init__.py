"""Question answering over Chinese government information-disclosure annual reports.

    from assistant import ask
    a = ask("how many applications did Kundulun receive in 2023", store="vectorstore")
    print(a.text, a.answered, a.citations)
"""

from assistant.core.types import Answer, Chunk, Citation, Fact, Report, Section


def ask(question: str, store=None, **kwargs) -> Answer:
    """Answer a question from the ingested reports, with citations (see assistant.api.ask)."""
    # imported here so that `ingest`, which uses assistant.core.types/settings, does not load the answer chain
    from assistant.api import ask as _ask

    return _ask(question, store, **kwargs)


__all__ = ["ask", "Answer", "Chunk", "Citation", "Fact", "Report", "Section"]
