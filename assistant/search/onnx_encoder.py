"""all-MiniLM-L6-v2 through onnxruntime, exported on this machine from the bundled weights.

sentence-transformers' own ONNX backend needs ``optimum``, whose current release pins
transformers below the version this project runs, so the export is done here with
``torch.onnx.export`` (the same graph optimum would write) and the quantised copy with
onnxruntime's dynamic int8 quantiser. Nothing is downloaded: both files are written once
beside the index (``<index_dir>/encoders/``) and reused. Pooling and normalisation are the
numpy ones of ``minilm.py``, so all encoders share one tokenizer and one pooling.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.search.minilm import load_tokenizer, mean_pool, sorted_batches

log = logging.getLogger(__name__)

BATCH = 64
_export_lock = threading.Lock()


def export_onnx(model_path: Path, target: Path, *, int8: bool) -> Path:
    """Write ``model.onnx`` (and ``model-int8.onnx``) for ``model_path`` under ``target``, once."""
    plain = target / "model.onnx"
    quantised = target / "model-int8.onnx"
    wanted = quantised if int8 else plain
    with _export_lock:
        if wanted.is_file():
            return wanted
        target.mkdir(parents=True, exist_ok=True)
        if not plain.is_file():
            _export_plain(model_path, plain)
        if int8 and not quantised.is_file():
            from onnxruntime.quantization import QuantType, quantize_dynamic

            staging = quantised.with_suffix(".tmp.onnx")
            quantize_dynamic(str(plain), str(staging), weight_type=QuantType.QInt8)
            os.replace(staging, quantised)
    return wanted


def _export_plain(model_path: Path, plain: Path) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModel

    log.info("exporting %s to ONNX at %s", model_path, plain)
    bert = AutoModel.from_pretrained(str(model_path), local_files_only=True, attn_implementation="eager")
    bert.eval()

    class Encoder(torch.nn.Module):
        """Named inputs in, the last hidden state out: the graph the session runs."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    model = Encoder().eval()
    ids = torch.ones((2, 16), dtype=torch.int64)
    staging = plain.with_suffix(".tmp.onnx")
    axes = {0: "batch", 1: "tokens"}
    with torch.no_grad():
        torch.onnx.export(
            model,
            (ids, torch.ones_like(ids), torch.zeros_like(ids)),
            str(staging),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes, "last_hidden_state": axes},
            opset_version=17,
            dynamo=False,
        )
    os.replace(staging, plain)


class OnnxMiniLMEmbeddings(Embeddings):
    """Mean-pooled, normalised sentence vectors from an ONNX export of the model."""

    def __init__(self, model_path: Path, onnx_file: Path, threads: int = 0) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads  # 0: onnxruntime picks one per core
        options.inter_op_num_threads = 1
        self.session: Any = ort.InferenceSession(str(onnx_file), options, providers=["CPUExecutionProvider"])
        self.tokenizer = load_tokenizer(model_path)

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(texts).tolist()

    def encode(self, texts: list[str]) -> np.ndarray:
        def run(batch: list[str]) -> np.ndarray:
            encodings = self.tokenizer.encode_batch(batch)
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            (hidden,) = self.session.run(
                ["last_hidden_state"], {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )
            return mean_pool(hidden, mask.astype(np.float32))

        return sorted_batches(texts, BATCH, run)
