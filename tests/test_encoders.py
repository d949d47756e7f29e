"""The ONNX index encoder gives sentence-transformers' vectors, and the manifest key names the encoder."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.search.embeddings import load_index_embeddings
from assistant.search.indexer import chunking_key
from assistant.settings import Settings
from tests.conftest import DOCUMENTS

pytestmark = pytest.mark.slow


def test_onnx_export_matches_sentence_transformers(embeddings: Embeddings, tmp_path: Path) -> None:
    settings = Settings(index_dir=tmp_path / "index", embedding_encoder="onnx")
    texts = [
        "What did Merck pay Hengrui upfront?",
        "恒瑞医药 GLP-1 授权",
        " ".join((DOCUMENTS / "market-china-outlicensing-2025-record.md").read_text().split()[:600]),  # truncated
        "3SBio",
    ]
    ours = np.array(load_index_embeddings(settings).embed_documents(texts))
    reference = np.array(embeddings.embed_documents(texts))
    assert ours.shape == reference.shape == (len(texts), 384)
    assert (ours * reference).sum(axis=1).min() > 0.9999
    assert (tmp_path / "index" / "encoders").is_dir()  # exported beside the index, nothing downloaded


def test_switching_encoder_changes_the_manifest_key(tmp_path: Path) -> None:
    keys = {
        chunking_key(Settings(index_dir=tmp_path, embedding_encoder=encoder))
        for encoder in ("sentence-transformers", "onnx", "onnx-int8", "numpy")
    }
    assert len(keys) == 4


def test_pointing_at_another_model_changes_the_manifest_key(tmp_path: Path) -> None:
    """The key names the model's identity, not a hard-coded name: another model folder (or the same
    folder with another config) rebuilds the index instead of mixing vectors."""
    import shutil

    bundled = Settings().resolved_embedding_model_path()
    copy = tmp_path / "other-model"
    shutil.copytree(bundled, copy, ignore=shutil.ignore_patterns("*.safetensors", "*.bin", "*.onnx"))
    base = chunking_key(Settings(index_dir=tmp_path))
    assert chunking_key(Settings(index_dir=tmp_path)) == base, "the key is stable for one model"
    other = chunking_key(Settings(index_dir=tmp_path, embedding_model_path=copy))
    assert other != base
    config = copy / "config.json"
    config.write_text(config.read_text().replace("}", ', "note": "changed"}', 1))
    assert chunking_key(Settings(index_dir=tmp_path, embedding_model_path=copy)) != other
