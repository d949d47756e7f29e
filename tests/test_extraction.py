"""The deal extractor: its rules, its score on curated and fictional articles, and the whole path
from an added article to an answer (unreviewed, then approved)."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from langchain_core.embeddings import Embeddings

from assistant.answering.assistant import build_assistant
from assistant.corpus.documents import load_article
from assistant.corpus.extracted import edit, load_rows, refresh_extracted, review
from assistant.corpus.extraction import extract_article, read_figures
from assistant.corpus.extraction_rules import FIGURE_RULES, FigureRule
from assistant.corpus.tables import load_companies
from assistant.evaluation.extraction_score import (
    TARGETS,
    gold_from_deals_csv,
    gold_from_expected_csv,
    score_folder,
)
from assistant.frontends.cli import cli
from assistant.search.indexer import IndexSummary, build_index
from assistant.settings import Settings
from assistant.tools.review_marks import UNREVIEWED
from tests.conftest import DOCUMENTS

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extraction"
FICTIONAL = sorted(FIXTURES.glob("fictional-*.md"))
SUM_2026 = "Add up the upfront payments of the 2026 deals in the table."


@pytest.mark.parametrize("rule", FIGURE_RULES, ids=lambda rule: rule.name)
def test_every_figure_rule_takes_its_examples_and_not_its_counter_examples(rule: FigureRule) -> None:
    assert rule.examples, f"rule {rule.name!r} has no example"
    for example in rule.examples:
        assert rule.field in dict(read_figures(example)), f"{rule.name!r} misses {example!r}"
    for counter in rule.counter_examples:
        assert rule.field not in dict(read_figures(counter)), f"{rule.name!r} takes {counter!r}"


def test_curated_articles_meet_the_targets_without_the_table() -> None:
    result = score_folder(DOCUMENTS, gold_from_deals_csv(DOCUMENTS / "deals.csv"), DOCUMENTS / "companies.csv")
    assert result.articles == 63
    for name, target in TARGETS.items():
        assert result.metrics[name] >= target, (name, result.metrics, result.misses[:5])


def test_fictional_articles_match_the_rows_written_by_hand() -> None:
    result = score_folder(FIXTURES, gold_from_expected_csv(FIXTURES / "expected.csv"), DOCUMENTS / "companies.csv")
    assert result.articles == 5 and result.gold_rows == 7
    assert result.metrics["figure_precision"] == 1.0, result.misses
    for name, target in TARGETS.items():
        assert result.metrics[name] >= target, (name, result.metrics, result.misses)


def test_other_currencies_are_noted_never_converted() -> None:
    companies = load_companies(DOCUMENTS / "companies.csv")
    heyuan = extract_article(load_article(FIXTURES / "fictional-heyuan-meridian-2026.md", 100_000), companies)
    (deal,) = heyuan.deals
    assert set(deal.figures) == {"upfront"}  # the dollar equivalent the article gives, "about $70 million"
    assert deal.figures["upfront"].qualifier == "approx"
    assert "RMB 4 billion" in deal.notes and "not converted" in deal.notes


def test_a_hostile_article_yields_no_row_with_its_figure() -> None:
    companies = load_companies(DOCUMENTS / "companies.csv")
    hostile = extract_article(load_article(FIXTURES / "hostile-injection.md", 100_000), companies)
    amounts = [f.amount for deal in hostile.deals for f in deal.figures.values()]
    assert Decimal("900000000000") not in amounts and not hostile.deals
    assert any("not reported news" in d.reason for d in hostile.dropped)


def test_a_proposed_figure_its_quote_does_not_state_is_dropped() -> None:
    """What a model proposes passes the same verification: a wrong number never survives."""
    companies = load_companies(DOCUMENTS / "companies.csv")
    article = load_article(FIXTURES / "fictional-qingyun-halberd-2026.md", 100_000)

    def proposer(article, companies):  # type: ignore[no-untyped-def]
        wrong = extract_article(article, companies).deals[0].model_copy(deep=True)
        wrong.licensees = ["Some Other Bio"]
        wrong.figures["total"] = wrong.figures["total"].model_copy(update={"amount": Decimal("23000000000")})
        return [wrong]

    extraction = extract_article(article, companies, proposer=proposer)
    assert all(f.amount != Decimal("23000000000") for d in extraction.deals for f in d.figures.values())
    assert any(d.field == "total" and "does not state" in d.reason for d in extraction.dropped)


def _corpus_with_fixtures(tmp_path: Path, embeddings: Embeddings, bundled: Settings, **overrides: object) -> Settings:
    """The bundled corpus and a copy of its index, plus the five fictional articles, indexed and extracted."""
    docs = tmp_path / "documents"
    shutil.copytree(DOCUMENTS, docs)
    for path in FICTIONAL:
        shutil.copy(path, docs / path.name)
    shutil.copytree(bundled.index_dir, tmp_path / "index")
    settings = Settings(documents_dir=docs, index_dir=tmp_path / "index", **overrides)  # type: ignore[arg-type]
    summary = build_index(settings, lambda: embeddings)
    assert sorted(summary.added) == sorted(p.stem for p in FICTIONAL)
    report = refresh_extracted(settings, summary)
    assert sum(report.extracted.values()) == 7 and not report.conflicts
    return settings


def _deals_2026_upfront(settings: Settings) -> Decimal:
    tables = build_assistant(settings).tables
    return sum((d.upfront.amount for d in tables.deals if d.year == 2026 and d.upfront.amount is not None), Decimal(0))


@pytest.mark.slow
def test_added_articles_are_extracted_answered_unreviewed_then_approved(
    tmp_path: Path, embeddings: Embeddings, bundled_settings: Settings
) -> None:
    settings = _corpus_with_fixtures(tmp_path, embeddings, bundled_settings)
    assistant = build_assistant(settings)
    extracted = [d for d in assistant.tables.deals if d.review == "extracted"]
    assert len(extracted) == 7
    curated_2026 = sum(
        (
            d.upfront.amount
            for d in assistant.tables.deals
            if d.year == 2026 and d.review == "curated" and d.upfront.amount
        ),
        Decimal(0),
    )

    total = assistant.ask(SUM_2026)
    assert UNREVIEWED in total.answer
    (figure,) = [f for f in total.figures if f.expression.startswith("sum(")]
    assert figure.value == _deals_2026_upfront(settings) and figure.value > curated_2026
    assert "unreviewed" in figure.label

    ranked = assistant.ask("What were the ten largest 2026 deals by upfront payment?")
    assert UNREVIEWED in ranked.answer  # Heyuan's $70 million and Lanting's $60 million rank among them
    assert any("unreviewed" in f.label for f in ranked.figures)

    # Unreviewed rows can be turned off.
    strict = build_assistant(settings.model_copy(update={"use_unreviewed_deals": False}))
    assert not [d for d in strict.tables.deals if d.review != "curated"]
    assert UNREVIEWED not in strict.ask(SUM_2026).answer

    for row in load_rows(settings.documents_dir):
        review(settings.documents_dir, row["deal_id"], "approved")
    assistant.reload()
    approved = assistant.ask(SUM_2026)
    assert UNREVIEWED not in approved.answer
    assert next(f for f in approved.figures if f.expression.startswith("sum(")).value == figure.value
    # The router learned the new names from the approved rows.
    one = assistant.ask("How much did Northgate Therapeutics pay Lanting Biotherapeutics upfront?")
    assert "$60 million" in one.answer and one.route == "table"

    # Deleting an article retires its rows.
    (settings.documents_dir / "fictional-lanting-two-deals-2026.md").unlink()
    report = refresh_extracted(settings, build_index(settings, lambda: embeddings))
    assert report.retired == {"fictional-lanting-two-deals-2026": 2}
    assert len(load_rows(settings.documents_dir)) == 5


@pytest.mark.slow
def test_a_copy_of_a_curated_article_is_a_conflict_never_an_override(
    tmp_path: Path, embeddings: Embeddings, bundled_settings: Settings
) -> None:
    docs = tmp_path / "documents"
    shutil.copytree(DOCUMENTS, docs)
    shutil.copy(DOCUMENTS / "deal-3sbio-pfizer-2025.md", docs / "pfizer-3sbio-wire-story.md")
    shutil.copytree(bundled_settings.index_dir, tmp_path / "index")
    settings = Settings(documents_dir=docs, index_dir=tmp_path / "index")
    report = refresh_extracted(settings, build_index(settings, lambda: embeddings))
    assert report.conflicts and "3sbio-pfizer-2025" in report.conflicts[0]
    tables = build_assistant(settings).tables
    assert [d.deal_id for d in tables.deals if "Pfizer" in d.licensees and d.year == 2025] == ["3sbio-pfizer-2025"]
    with pytest.raises(Exception, match="curated row stands"):
        review(docs, load_rows(docs)[0]["deal_id"], "approved")


def test_review_commands_list_approve_reject_and_edit(tmp_path: Path) -> None:
    docs = tmp_path / "documents"
    shutil.copytree(DOCUMENTS, docs)
    shutil.copy(FIXTURES / "fictional-lanting-two-deals-2026.md", docs)

    changes = IndexSummary(added=["fictional-lanting-two-deals-2026"])
    refresh_extracted(Settings(documents_dir=docs), changes)
    first, second = (row["deal_id"] for row in load_rows(docs))
    runner = CliRunner()
    listing = runner.invoke(cli, ["deals", "review", "--documents", str(docs)])
    assert listing.exit_code == 0 and first in listing.output and second in listing.output
    assert "$60 million" in listing.output and "extracted" in listing.output
    assert runner.invoke(cli, ["deals", "review", "--documents", str(docs), "--approve", first]).exit_code == 0
    assert runner.invoke(cli, ["deals", "review", "--documents", str(docs), "--reject", second]).exit_code == 0
    assert [row["review_status"] for row in load_rows(docs)] == ["approved", "rejected"]
    fixed = runner.invoke(
        cli, ["deals", "review", "--documents", str(docs), "--edit", first, "asset", "LT-101 (TROP2 ADC)"]
    )
    assert fixed.exit_code == 0 and load_rows(docs)[0]["asset"] == "LT-101 (TROP2 ADC)"
    refused = runner.invoke(
        cli, ["deals", "review", "--documents", str(docs), "--edit", first, "upfront_usd", "600000000"]
    )
    assert refused.exit_code != 0 and "no longer stated" in refused.output
    assert load_rows(docs)[0]["upfront_usd"] == "60000000"
    with pytest.raises(Exception, match="cannot be edited"):
        edit(docs, first, "upfront_quote", "anything")


def test_eval_extraction_prints_the_table_and_passes() -> None:
    result = CliRunner().invoke(cli, ["eval-extraction"])
    assert result.exit_code == 0, result.output
    assert "figures" in result.output and "parties" in result.output and "announced date" in result.output


@pytest.mark.slow
def test_review_tab_shows_each_figure_beside_its_sentence_and_approves(
    tmp_path: Path, bundled_settings: Settings
) -> None:
    from assistant.frontends.review_tab import ReviewTab
    from assistant.frontends.webchat import ChatApp

    docs = tmp_path / "documents"
    shutil.copytree(DOCUMENTS, docs)
    shutil.copy(FIXTURES / "fictional-lanting-two-deals-2026.md", docs)
    shutil.copytree(bundled_settings.index_dir, tmp_path / "index")
    settings = Settings(documents_dir=docs, index_dir=tmp_path / "index")
    refresh_extracted(settings, IndexSummary(added=["fictional-lanting-two-deals-2026"]))
    assistant = build_assistant(settings)
    tab = ReviewTab(assistant)
    body, _ = tab.view()
    assert (
        "<mark>Northgate Therapeutics agreed to pay Lanting Biotherapeutics $60 million upfront for LT-101.</mark>"
        in body
    )
    assert "awaiting review" in body
    body, _, message = tab.act("lanting-northgate-2026", "approve", None, "", True)
    assert message == "lanting-northgate-2026 approved." and "approved" in body
    assert [d.review for d in assistant.tables.deals if d.deal_id == "lanting-northgate-2026"] == ["approved"]
    _, _, refused = tab.act("lanting-corvale-2026", "edit", "total_usd", "700000000", True)
    assert refused.startswith("Nothing was changed")
    assert "Review" in [title for title, _ in ChatApp(assistant, tmp_path / "feedback.jsonl").tabs()]
    ChatApp(assistant, tmp_path / "feedback.jsonl").build()  # the tab builds inside the app
