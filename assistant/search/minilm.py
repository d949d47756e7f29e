"""all-MiniLM-L6-v2 in plain numpy, for embedding questions without importing torch.

Answering one question needs one query vector, and importing torch and
sentence-transformers to get it costs ~4.5 s on this machine, most of a cold
`assistant ask`. The model is small (6 BERT layers, 384 wide), so its forward pass
is written out here over the same safetensors weights and tokenizer.json the
package ships: numpy, `tokenizers` and `safetensors` import in a fraction of a
second. Indexing still runs through sentence-transformers (the reference);
tests check both give the same vectors.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

BATCH = 32


def _json(path: Path) -> Any:
    """A config file's content, or None when it is missing or unreadable."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def numpy_ready(model_path: Path) -> bool:
    """Whether this folder holds what the forward pass below computes: a BERT encoder in
    safetensors, mean pooling, then normalisation (sentence-transformers' own config files)."""
    config = _json(model_path / "config.json") or {}
    pooling = _json(model_path / "1_Pooling" / "config.json") or {}
    modules = _json(model_path / "modules.json") or []
    return (
        (model_path / "model.safetensors").is_file()
        and (model_path / "tokenizer.json").is_file()
        and isinstance(config, dict)
        and config.get("model_type") == "bert"
        and isinstance(pooling, dict)
        and pooling.get("pooling_mode_mean_tokens") is True
        and not any(v for k, v in pooling.items() if k.startswith("pooling_mode_") and k != "pooling_mode_mean_tokens")
        and isinstance(modules, list)
        and any(isinstance(m, dict) and str(m.get("type", "")).endswith("Normalize") for m in modules)
    )


def load_tokenizer(model_path: Path) -> Any:
    """The model's fast tokenizer, truncating as sentence-transformers does and padding to the
    longest text of each batch."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_path / "tokenizer.json"))
    sentence_config = _json(model_path / "sentence_bert_config.json") or {}
    tokenizer.enable_truncation(int(sentence_config.get("max_seq_length", 256)))
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def mean_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean over the real tokens, then unit length (the model's Pooling and Normalize modules)."""
    pooled = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
    norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
    return (pooled / norms).astype(np.float32)


def sorted_batches(texts: list[str], size: int, encode: Callable[[list[str]], np.ndarray]) -> np.ndarray:
    """Encode ``texts`` in batches of similar length, returned in the original order.

    A batch is padded to its longest text, so batching texts of like length (by characters, a
    good proxy for tokens) spares most of the padding a corpus of mixed paragraphs would cost.
    """
    order = sorted(range(len(texts)), key=lambda n: len(texts[n]))
    parts: list[np.ndarray] = []
    for start in range(0, len(order), size):
        parts.append(encode([texts[n] for n in order[start : start + size]]))
    if not parts:
        return np.zeros((0, 0), dtype=np.float32)
    stacked = np.concatenate(parts)
    out = np.empty_like(stacked)
    out[np.array(order)] = stacked
    return out


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7), below float32 noise in BERT's GELU."""
    sign = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-x * x))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x / np.sqrt(np.float32(2.0))))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


class MiniLMEmbeddings(Embeddings):
    """Mean-pooled, normalised BERT sentence vectors, as sentence-transformers computes them."""

    def __init__(self, model_path: Path) -> None:
        from safetensors.numpy import load_file

        config = json.loads((model_path / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config["layer_norm_eps"])
        self.weights = load_file(str(model_path / "model.safetensors"))
        self.tokenizer = load_tokenizer(model_path)

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return sorted_batches(texts, BATCH, self.encode).tolist()

    def encode(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        return mean_pool(self._forward(ids, mask), mask)

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.weights
        batch, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None, :, :]
            + w["embeddings.token_type_embeddings.weight"][0][None, None, :]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        width = x.shape[-1]
        head = width // self.heads
        blocked = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]  # padding gets no attention

        def dense(values: np.ndarray, name: str) -> np.ndarray:
            return values @ w[f"{name}.weight"].T + w[f"{name}.bias"]

        def split(values: np.ndarray) -> np.ndarray:
            return values.reshape(batch, length, self.heads, head).transpose(0, 2, 1, 3)

        for n in range(self.layers):
            p = f"encoder.layer.{n}"
            q = split(dense(x, f"{p}.attention.self.query"))
            k = split(dense(x, f"{p}.attention.self.key"))
            v = split(dense(x, f"{p}.attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(np.float32(head)) + blocked
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            context = (scores / scores.sum(axis=-1, keepdims=True)) @ v
            context = context.transpose(0, 2, 1, 3).reshape(batch, length, width)
            attended = dense(context, f"{p}.attention.output.dense") + x
            x = _layer_norm(
                attended,
                w[f"{p}.attention.output.LayerNorm.weight"],
                w[f"{p}.attention.output.LayerNorm.bias"],
                self.eps,
            )
            inner = _gelu(dense(x, f"{p}.intermediate.dense"))
            x = _layer_norm(
                dense(inner, f"{p}.output.dense") + x,
                w[f"{p}.output.LayerNorm.weight"],
                w[f"{p}.output.LayerNorm.bias"],
                self.eps,
            )
        return x.astype(np.float32)
