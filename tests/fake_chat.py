"""LangChain fake chat models for plumbing tests: scripted replies, every prompt recorded."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatResult


class RecordingChatModel(GenericFakeChatModel):
    """Replies with the scripted messages in order (streamed word by word by the base class)
    and records the messages of every call in `calls`."""

    calls: list[list[BaseMessage]] = []

    def _generate(self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs: Any) -> ChatResult:
        self.calls.append(list(messages))
        return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)


class FailingChatModel(GenericFakeChatModel):
    """A back-end that is down: every call raises."""

    def _generate(self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs: Any) -> ChatResult:
        raise ConnectionError("connection refused by the fake back-end")


def scripted(*replies: str) -> RecordingChatModel:
    return RecordingChatModel(messages=iter([AIMessage(content=r) for r in replies]), calls=[])


def failing() -> FailingChatModel:
    return FailingChatModel(messages=iter([]))
