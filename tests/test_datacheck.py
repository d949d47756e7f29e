"""``assistant data check`` proves provenance, and catches what it must catch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.corpus.datacheck import run_data_check
from assistant.frontends.cli import cli
from tests.conftest import DOCUMENTS, edit_deal


@pytest.fixture
def documents_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    shutil.copytree(DOCUMENTS, folder)
    return folder


def test_bundled_tables_pass() -> None:
    report = run_data_check(DOCUMENTS)
    assert report.ok, [str(p) for p in report.problems]
    assert report.deals >= 60 and report.figures_checked > 200


def test_a_wrong_figure_is_caught_with_file_line_and_field(documents_copy: Path) -> None:
    line = edit_deal(documents_copy, "3sbio-pfizer-2025", upfront_usd="1200000000")
    problems = run_data_check(documents_copy).problems
    # the computed total no longer adds up either: both are reported
    assert sorted(p.field for p in problems) == ["total_usd", "upfront_usd"]
    problem = next(p for p in problems if p.field == "upfront_usd")
    assert problem.location == f"{documents_copy / 'deals.csv'}:{line}"
    assert problem.field == "upfront_usd"
    assert "1200000000" in problem.message


def test_a_quote_missing_from_its_document_is_caught(documents_copy: Path) -> None:
    edit_deal(documents_copy, "lanova-merck-2024", upfront_quote="Merck paid LaNova $588 million in cash.")
    problems = run_data_check(documents_copy).problems
    assert [p.field for p in problems] == ["upfront_quote"]
    assert "not found" in problems[0].message


def test_a_wrong_qualifier_is_caught(documents_copy: Path) -> None:
    edit_deal(documents_copy, "3sbio-pfizer-2025", milestones_qualifier="exact")
    assert [p.field for p in run_data_check(documents_copy).problems] == ["milestones_usd"]


def test_a_bad_value_is_a_schema_error_naming_the_field(documents_copy: Path) -> None:
    line = edit_deal(documents_copy, "curon-merck-2024", upfront_qualifier="roughly")
    problems = run_data_check(documents_copy).problems
    assert len(problems) == 1
    assert problems[0].location == f"{documents_copy / 'deals.csv'}:{line}"
    assert "upfront_qualifier" in problems[0].message


def test_cli_exits_non_zero_on_problems(documents_copy: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(cli, ["data", "check", "--documents", str(DOCUMENTS)])
    assert ok.exit_code == 0 and "0 problem(s)" in ok.output
    edit_deal(documents_copy, "3sbio-pfizer-2025", total_usd="1")
    bad = runner.invoke(cli, ["data", "check", "--documents", str(documents_copy)])
    assert bad.exit_code == 1
    assert "deals.csv" in bad.output and "total_usd" in bad.output
