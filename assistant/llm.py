"""Chat-model back-ends by name: local, openai, ollama -> a LangChain ``BaseChatModel``.

Each back-end says whether it can run here (and why not) without loading
anything heavy, and builds its chat model on demand.  Add one by writing a
class with ``name``, ``status(settings)`` and ``chat_model(settings)`` and
calling ``register``.

Why the ``local`` back-end serves the GGUF over llama.cpp's own HTTP server
(in-process, via xllamacpp, on 127.0.0.1 with a random port and a random API
key) and talks to it through ``ChatOpenAI`` instead of wrapping the in-process
callback API: llama.cpp's server already applies the model's chat template,
streams tokens, reports token usage and stops on the template's end tokens;
``ChatOpenAI`` already parses all of that.  So ``local`` and ``openai`` share
one tested code path, and the test of the ``openai`` back-end can point it at
the very server ``local`` started.  The price is an HTTP hop on loopback (well
under a millisecond per token).
"""

from __future__ import annotations

import atexit
import importlib.util
import json
import os
import re
import secrets
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from langchain_core.language_models import BaseChatModel
from langchain_core.prompts import ChatPromptTemplate

from assistant.models import MODELS, ModelUnavailable, ensure_model, parts_status
from prompts import load_prompt
from assistant.core.settings import Settings


class EngineUnavailable(ValueError):
    """A back-end cannot run here; the message says what to install or configure."""


class ChatBackend(Protocol):
    name: str
    description: str

    def status(self, settings: Settings) -> tuple[bool, str]: ...

    def chat_model(self, settings: Settings) -> BaseChatModel: ...


BACKENDS: dict[str, ChatBackend] = {}


def register(backend: ChatBackend) -> ChatBackend:
    BACKENDS[backend.name] = backend
    return backend


def _reachable(url: str, headers: dict[str, str] | None = None, timeout: float = 2.0) -> tuple[bool, str, bytes]:
    """(answered at all, why not, body). Any HTTP status counts as reachable: the server is there."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=timeout) as resp:
            return True, "", resp.read(1 << 20)
    except urllib.error.HTTPError as e:
        return True, f"HTTP {e.code}", b""
    except (urllib.error.URLError, OSError, ValueError) as e:
        reason = getattr(e, "reason", e)
        return False, f"{url} is not reachable ({reason})", b""


# --- local: llama.cpp server in this process --------------------------------------------------

@dataclass
class LocalServer:
    """A running llama.cpp server (xllamacpp) holding one GGUF model."""

    server: Any
    model_path: Path
    api_key: str

    @property
    def base_url(self) -> str:
        return self.server.listening_address.rstrip("/") + "/v1"


_servers: dict[tuple, LocalServer] = {}
_servers_lock = threading.Lock()


def local_model_path(settings: Settings, progress: bool = True) -> Path:
    if settings.local_model_path:
        path = Path(settings.local_model_path).expanduser()
        if not path.is_file():
            raise EngineUnavailable(f"local_model_path {path} does not exist")
        return path
    try:
        return ensure_model(settings.local_model, settings.model_cache, progress=progress)
    except ModelUnavailable as e:
        raise EngineUnavailable(str(e)) from e


def auto_threads(cores: int | None = None, load: float | None = None) -> int:
    """Threads for llama.cpp when `local_threads` is 0: the cores not busy when the model loads.
    llama.cpp's threads wait for each other at every layer, so one thread more than the free cores
    costs far more than it brings: on 2 shared cores (load ~15) an answer took 121 s with 2 threads
    and 15 s with 1 (docs/engines.md)."""
    cores = cores if cores is not None else max(1, os.cpu_count() or 1)
    if load is None:
        try:
            load = os.getloadavg()[0]
        except OSError:  # no load average on this platform: every core
            load = 0.0
    return max(1, min(cores, cores - int(load + 0.5)))


def local_server(settings: Settings) -> LocalServer:
    """The llama.cpp server for the configured local model, started once per process."""
    if importlib.util.find_spec("xllamacpp") is None:
        raise EngineUnavailable("the local engine needs xllamacpp: pip install .[local-llm]")
    path = local_model_path(settings)
    threads = settings.local_threads or auto_threads()
    key = (str(path), threads, settings.local_context)
    with _servers_lock:
        if key not in _servers:
            import xllamacpp

            p = xllamacpp.CommonParams()
            p.model.path = str(path)
            p.n_ctx = settings.local_context
            p.n_parallel = 1  # one slot: the whole context for one question; requests queue
            p.cpuparams.n_threads = threads
            p.cpuparams_batch.n_threads = threads
            p.verbosity = -1  # llama.cpp logs go to stderr otherwise, per token
            p.ui = False
            # only this process may use the model, although it listens on a loopback port
            api_key = secrets.token_urlsafe(16)
            p.api_keys = [api_key]
            _servers[key] = LocalServer(xllamacpp.Server(p), path, api_key)
        return _servers[key]


@atexit.register
def _stop_servers() -> None:
    # the server's threads must stop before the interpreter tears down the module
    with _servers_lock:
        _servers.clear()


class _Backend:
    """What the back-ends share: the module a back-end needs is looked for before its own checks."""

    def __init__(self, name: str, description: str, requires: str, missing: str) -> None:
        self.name, self.description = name, description
        self.requires, self.missing = requires, missing  # the module it imports; what to say without it

    def status(self, settings: Settings) -> tuple[bool, str]:
        if importlib.util.find_spec(self.requires) is None:
            return False, self.missing
        return self.ready(settings)

    def ready(self, settings: Settings) -> tuple[bool, str]:
        """Whether the back-end can run, its module being installed."""
        raise NotImplementedError


class LocalBackend(_Backend):
    def ready(self, settings: Settings) -> tuple[bool, str]:
        if settings.local_model_path:
            path = Path(settings.local_model_path).expanduser()
            return (True, f"GGUF model {path.name}") if path.is_file() else (False, f"local_model_path {path} does not exist")
        if settings.local_model not in MODELS:
            return False, f"unknown local model {settings.local_model!r}; known: {', '.join(MODELS)}"
        return parts_status(MODELS[settings.local_model])

    def chat_model(self, settings: Settings) -> BaseChatModel:
        srv = local_server(settings)  # llama.cpp serves the OpenAI API on 127.0.0.1
        return _openai_chat(settings, srv.base_url, srv.api_key, srv.model_path.name, retries=0)


# --- openai: any OpenAI-compatible endpoint ------------------------------------------------------

def _openai_chat(settings: Settings, base_url: str, api_key: str, model: str, retries: int) -> BaseChatModel:
    """A chat model of an OpenAI-compatible endpoint, built by langchain's provider registry."""
    from langchain.chat_models import init_chat_model

    return init_chat_model(
        model, model_provider="openai", base_url=base_url, api_key=api_key,
        temperature=settings.llm_temperature, max_tokens=settings.llm_max_tokens,
        timeout=settings.llm_timeout, max_retries=retries, stream_usage=True,
    )


def _openai_key(settings: Settings) -> str:
    key = settings.openai_api_key or ""
    key = key.get_secret_value() if hasattr(key, "get_secret_value") else str(key)
    # a local llama.cpp/vLLM server needs no key, but the client insists on one
    return key or os.environ.get("OPENAI_API_KEY", "") or "not-needed"


class OpenAIBackend(_Backend):
    def ready(self, settings: Settings) -> tuple[bool, str]:
        if not settings.openai_base_url:
            return False, "no endpoint configured: set openai_base_url (ASSISTANT_OPENAI_BASE_URL) and openai_model"
        if not settings.openai_model:
            return False, "no model configured: set openai_model (ASSISTANT_OPENAI_MODEL)"
        url = settings.openai_base_url.rstrip("/") + "/models"
        ok, why, _ = _reachable(url, {"Authorization": f"Bearer {_openai_key(settings)}"})
        if not ok:
            return False, why
        if why in ("HTTP 401", "HTTP 403"):
            return False, f"{settings.openai_base_url} refused the API key ({why}): set openai_api_key"
        return True, f"{settings.openai_model} at {settings.openai_base_url}"

    def chat_model(self, settings: Settings) -> BaseChatModel:
        if not settings.openai_base_url or not settings.openai_model:
            raise EngineUnavailable("the openai engine needs openai_base_url and openai_model (ASSISTANT_OPENAI_BASE_URL, ASSISTANT_OPENAI_MODEL)")
        return _openai_chat(settings, settings.openai_base_url, _openai_key(settings), settings.openai_model, retries=1)


# --- ollama: a local Ollama server ----------------------------------------------------------------

class OllamaBackend(_Backend):
    def ready(self, settings: Settings) -> tuple[bool, str]:
        ok, why, body = _reachable(settings.ollama_base_url.rstrip("/") + "/api/tags", timeout=1.5)
        if not ok:
            return False, f"no Ollama server: {why}"
        try:
            names = {m.get("name", "") for m in json.loads(body or b"{}").get("models", [])}
        except ValueError:
            names = set()
        wanted = settings.ollama_model
        if wanted not in names and f"{wanted}:latest" not in names:
            return False, f"Ollama has no model {wanted!r}: ollama pull {wanted}"
        return True, f"{wanted} on Ollama at {settings.ollama_base_url}"

    def chat_model(self, settings: Settings) -> BaseChatModel:
        from langchain.chat_models import init_chat_model

        return init_chat_model(
            settings.ollama_model, model_provider="ollama", base_url=settings.ollama_base_url,
            temperature=settings.llm_temperature, num_predict=settings.llm_max_tokens,
            client_kwargs={"timeout": settings.llm_timeout},
        )


register(LocalBackend("local", "a Qwen2.5 GGUF run on this machine by llama.cpp (xllamacpp)",
                      "xllamacpp", "xllamacpp is not installed: pip install .[local-llm]"))
register(OpenAIBackend("openai", "any OpenAI-compatible endpoint (DeepSeek, Qwen/DashScope, vLLM, a llama.cpp server)",
                       "langchain_openai", "langchain-openai is not installed"))
register(OllamaBackend("ollama", "a model served by a local Ollama server",
                       "langchain_ollama", "langchain-ollama is not installed"))


def backend_status(name: str, settings: Settings) -> tuple[bool, str]:
    if name not in BACKENDS:
        return False, f"unknown back-end {name!r}"
    try:
        return BACKENDS[name].status(settings)
    except Exception as e:  # a status probe must never break the caller (the UI lists engines)
        return False, f"status check failed: {type(e).__name__}: {e}"


def get_chat_model(name: str, settings: Settings) -> BaseChatModel:
    """The chat model of back-end `name`; EngineUnavailable says why when it cannot run."""
    if name not in BACKENDS:
        raise EngineUnavailable(f"unknown language-model back-end {name!r}; available: {', '.join(BACKENDS)}")
    return BACKENDS[name].chat_model(settings)


@lru_cache(maxsize=None)
def chat_prompt(name: str) -> ChatPromptTemplate:
    """prompts/<name>.txt: a [system] part and a [user] part with {placeholders}."""
    text = load_prompt(name)
    m = re.match(r"\s*\[system\]\s*\n(.*?)\n\[user\]\s*\n(.*)\Z", text, re.S)
    if not m:
        raise ValueError(f"prompts/{name}.txt needs a [system] and a [user] part")
    return ChatPromptTemplate.from_messages([("system", m.group(1).strip()), ("human", m.group(2).strip())])
