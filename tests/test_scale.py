"""The scale run's quick form: a small SYNTHETIC corpus, built and answered in child processes.

The full runs (10k and 100k chunks) are `benchmarks/scale_bench.py`; this keeps their code
honest in CI: every figure is reported and every table answer matches the row it asks about.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import AssistantError
from assistant.evaluation.scale import run_scale
from assistant.evaluation.synthetic import MARKER, write_synthetic_corpus
from tests.conftest import DOCUMENTS


def test_a_small_scale_run_reports_every_figure_and_no_wrong_answer(tmp_path: Path) -> None:
    result = run_scale(60, 30, tmp_path, encoder="numpy", build_timeout_s=600, questions=4)
    assert result["synthetic"] is True
    assert result["build_complete"] is True
    assert result["build"]["chunks_indexed"] >= 60
    assert result["build"]["chunks_per_s"] > 0
    assert result["index_mb"] > 0
    assert result["table_wrong"] == 0, result["table_wrong_examples"]
    for route in ("table", "text"):
        figures = result["query"][route]
        assert figures["n"] == 4
        assert 0 < figures["p50_ms"] <= figures["p95_ms"]
        assert 0 < figures["cpu_p50_ms"] <= figures["cpu_p95_ms"]
    assert result["query_peak_rss_mb"] > 0
    # The corpus is labelled synthetic where it lies.
    assert (tmp_path / "synthetic-60" / MARKER).is_file()


def test_synthetic_data_is_never_written_into_the_real_corpus(tmp_path: Path) -> None:
    with pytest.raises(AssistantError, match="never written into documents"):
        write_synthetic_corpus(DOCUMENTS / "synthetic", 10, 5, DOCUMENTS)
    (tmp_path / "deals.csv").write_text("deal_id\nreal-1\n", encoding="utf-8")
    with pytest.raises(AssistantError, match="real deal table"):
        write_synthetic_corpus(tmp_path, 10, 5, DOCUMENTS)
