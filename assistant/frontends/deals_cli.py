"""``assistant deals review`` and ``assistant eval-extraction``: the extracted deal rows, reviewed and scored."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from assistant.corpus.extracted import row_figure
from assistant.corpus.tables import MONEY_FIELDS
from assistant.frontends.cli_common import setting_option, settings_from


@click.group()
def deals() -> None:
    """Deal rows the extractor proposed from added articles."""


@deals.command("review")
@setting_option("documents_dir", "--documents")
@click.option("--approve", "approve", metavar="ID", help="Approve a row: it is then answered like a curated one.")
@click.option("--reject", "reject", metavar="ID", help="Reject a row: it is never answered from.")
@click.option("--reopen", "reopen", metavar="ID", help="Put a reviewed row back to 'extracted'.")
@click.option(
    "--edit", "edit", nargs=3, metavar="ID FIELD VALUE", help="Change one field (a figure must still match its quote)."
)
@click.option("--all", "show_all", is_flag=True, help="List reviewed rows too, not only those awaiting review.")
def review_command(
    documents_dir: Path | None,
    approve: str | None,
    reject: str | None,
    reopen: str | None,
    edit: tuple[str, str, str] | None,
    show_all: bool,
) -> None:
    """List extracted rows with the sentences behind each figure; approve, reject or edit one.

    \b
    Examples:
        assistant deals review
        assistant deals review --approve lanting-northgate-2026
        assistant deals review --edit lanting-northgate-2026 asset "LT-101 (TROP2 ADC)"
    """
    from assistant.corpus import extracted

    folder = settings_from(documents_dir=documents_dir).documents_dir
    if approve:
        extracted.review(folder, approve, "approved")
        click.echo(f"approved {approve}")
    if reject:
        extracted.review(folder, reject, "rejected")
        click.echo(f"rejected {reject}")
    if reopen:
        extracted.review(folder, reopen, "extracted")
        click.echo(f"reopened {reopen}")
    if edit:
        deal_id, field, value = edit
        extracted.edit(folder, deal_id, field, value)
        click.echo(f"{deal_id}: {field} = {value}")
    if approve or reject or reopen or edit:
        return
    rows = [r for r in extracted.load_rows(folder) if show_all or r["review_status"] == "extracted"]
    if not rows:
        click.echo("No extracted rows await review." if not show_all else "No extracted rows.")
        return
    table = Table("id", "status", "deal", "figures (quote)", show_lines=True)
    for row in rows:
        figures = "\n".join(
            f"{name}: {row_figure(row, name)}" + (f' — "{row[f"{name}_quote"]}"' if row[f"{name}_quote"] else "")
            for name in MONEY_FIELDS
        )
        status = row["review_status"] + (f"\nconflicts with curated {row['conflict']}" if row["conflict"] else "")
        deal = f"{row['licensor']} → {row['licensee']}\n{row['announced']} · {row['asset']}\n{row['doc_id']}"
        if row["notes"]:
            deal += f"\n{row['notes']}"
        table.add_row(row["deal_id"], status, deal, figures)
    Console(width=160).print(table)


@click.command("eval-extraction")
@setting_option("documents_dir", "--documents")
@click.option(
    "--expected",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Hand-written expected rows (CSV) for the articles in --documents, instead of deals.csv.",
)
def eval_extraction(documents_dir: Path | None, expected: Path | None) -> None:
    """Run the extractor on the articles deals.csv cites, without the table, and score it field by field.

    Exits 1 when figure precision < 0.98, figure recall < 0.90 or party precision/recall < 0.95.

    \b
    Examples:
        assistant eval-extraction
        assistant eval-extraction --documents tests/fixtures/extraction --expected tests/fixtures/extraction/expected.csv
    """
    from assistant.evaluation.extraction_score import (
        TARGETS,
        gold_from_deals_csv,
        gold_from_expected_csv,
        score_folder,
        score_table,
    )

    folder = settings_from(documents_dir=documents_dir).documents_dir
    gold = gold_from_expected_csv(expected) if expected else gold_from_deals_csv(folder / "deals.csv")
    companies = folder / "companies.csv"
    if not companies.is_file():
        companies = settings_from().documents_dir / "companies.csv"
    result = score_folder(folder, gold, companies)
    table = Table("field", "precision", "recall", "target (P / R)", title=f"extraction ({result.extractor})")
    for row in score_table(result):
        table.add_row(*row)
    Console(width=120).print(table)
    click.echo(f"{result.articles} articles, {result.gold_rows} expected rows, {result.extracted_rows} extracted rows")
    for miss in result.misses:
        click.echo(f"  miss {miss.doc_id} {miss.what}: expected {miss.expected}, got {miss.got}")
    failed = [name for name, target in TARGETS.items() if result.metrics[name] < target]
    if failed:
        click.echo(f"below target: {', '.join(failed)}", err=True)
        raise SystemExit(1)
