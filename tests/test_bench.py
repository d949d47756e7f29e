"""`assistant bench --quick --json` on the bundled index: the JSON shape of issue 15, sane values."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assistant.frontends.cli import cli
from assistant.settings import Settings
from tests.conftest import DOCUMENTS

pytestmark = pytest.mark.slow


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and value > 0


def test_quick_bench_prints_every_figure(bundled_settings: Settings) -> None:
    result = CliRunner().invoke(
        cli,
        ["bench", "--quick", "--json", "--documents", str(DOCUMENTS), "--index-dir", str(bundled_settings.index_dir)],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])

    index = report["index"]
    assert index["documents"] == 8 and index["chunks"] > 8
    assert _positive(index["chunks_per_s"]) and _positive(index["full_build_s"])
    assert 0 <= index["noop_reindex_s"] < index["full_build_s"]

    for route in ("table", "text"):
        figures = report["query"][route]
        assert figures["n"] > 0 and 0 < figures["p50_ms"] <= figures["p95_ms"] < 5000, (route, figures)
    assert 0 < report["cold_start_s"] < 120
    assert 50 < report["peak_rss_mb"] < 3000

    concurrency = report["concurrency"]
    assert concurrency["users"] == 8 and [level["users"] for level in concurrency["levels"]] == [1, 8]
    assert _positive(concurrency["answers_per_s"]) and _positive(concurrency["p95_ms"])
    assert concurrency["wrong"] == 0  # every concurrent answer equals the one given alone

    baseline = report["baseline"]
    assert baseline["ours"]["numeric_accuracy"] == 1.0 and _positive(baseline["ours"]["p50_ms"])
    naive = baseline["naive_rag"]
    if naive.get("skipped"):  # without the local-LLM extra the section says why, with no numbers
        assert naive["p50_ms"] is None and baseline["speedup_p50"] is None
    else:
        assert _positive(naive["p50_ms"]) and 0 <= naive["numeric_accuracy"] <= 1
        assert baseline["speedup_p50"] == pytest.approx(naive["p50_ms"] / baseline["ours"]["p50_ms"], rel=0.05)
