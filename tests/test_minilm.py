"""The numpy MiniLM gives sentence-transformers' vectors, and a cold question never imports torch."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.corpus.documents import load_article
from assistant.search.chunking import chunk_article
from assistant.search.embeddings import load_query_embeddings
from assistant.search.minilm import numpy_ready
from assistant.settings import Settings
from tests.conftest import DOCUMENTS, REPO


def _corpus_chunks() -> list[str]:
    settings = Settings()
    texts: list[str] = []
    for path in sorted(DOCUMENTS.glob("*.md"))[::7]:
        article = load_article(path, settings.max_file_bytes)
        texts.extend(
            chunk.text for chunk in chunk_article(article, settings.chunk_max_chars, settings.chunk_overlap_chars)
        )
    return texts


def test_numpy_model_matches_sentence_transformers(embeddings: Embeddings) -> None:
    query_model = load_query_embeddings(Settings().resolved_embedding_model_path())
    long_text = " ".join((DOCUMENTS / "market-china-outlicensing-2025-record.md").read_text().split()[:600])
    texts = [
        "What did Merck pay Hengrui upfront?",
        "恒瑞医药 GLP-1 授权",  # Chinese characters are split one by one by the BERT normaliser
        "3SBio",
        long_text,  # over 256 tokens: both must truncate the same way
        *_corpus_chunks(),
    ]
    ours = np.array(query_model.embed_documents(texts))
    reference = np.array(embeddings.embed_documents(texts))
    cosine = (ours * reference).sum(axis=1)
    assert ours.shape == reference.shape == (len(texts), 384)
    assert cosine.min() > 0.99999, texts[int(cosine.argmin())]
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    # a query embedded alone (no padding) equals the same text embedded in a padded batch
    assert np.allclose(query_model.embed_query(texts[0]), ours[0], atol=1e-5)


def test_text_question_from_a_cold_process_does_not_import_torch(bundled_settings: Settings) -> None:
    script = (
        "import json, sys\n"
        "from assistant.answering.assistant import build_assistant\n"
        "answer = build_assistant().ask('Who backed Kailera Therapeutics when it was set up?')\n"
        "print(json.dumps({'route': answer.route, 'citations': len(answer.citations),"
        " 'torch': 'torch' in sys.modules, 'st': 'sentence_transformers' in sys.modules}))\n"
    )
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(bundled_settings.index_dir)}
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=REPO, capture_output=True, text=True, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["route"] in {"text", "both"}
    assert seen["citations"] > 0
    assert seen == {**seen, "torch": False, "st": False}


def test_missing_model_names_the_folder(tmp_path: Path) -> None:
    from assistant.errors import AssistantError

    with pytest.raises(AssistantError) as raised:
        load_query_embeddings(tmp_path)
    assert raised.value.code == "embedding_model_missing"
    assert raised.value.location == str(tmp_path)


def test_only_a_mean_pooled_normalised_bert_takes_the_numpy_path(tmp_path: Path) -> None:
    bundled = Settings().resolved_embedding_model_path()
    assert numpy_ready(bundled)
    copy = tmp_path / "model"
    shutil.copytree(bundled, copy)
    assert numpy_ready(copy)
    pooling = copy / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text())
    pooling.write_text(json.dumps({**config, "pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}))
    assert not numpy_ready(copy)  # a CLS-pooled model goes to sentence-transformers instead
