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
