"""How well the deal extractor reads articles, scored field by field against hand-written rows.

The gold standard is the curated ``deals.csv`` (or a fixture's expected rows); the extractor
reads each article with only ``companies.csv`` beside it, never the gold rows.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.corpus.documents import load_article, scan_documents
from assistant.corpus.extraction import EXTRACTOR_VERSION, ProposedDeal, extract_article
from assistant.corpus.tables import MONEY_FIELDS, load_companies, load_deals

TARGETS = {"figure_precision": 0.98, "figure_recall": 0.90, "party_precision": 0.95, "party_recall": 0.95}


class GoldDeal(BaseModel):
    doc_id: str
    licensors: list[str]
    licensees: list[str]
    announced: str
    figures: dict[str, tuple[Decimal, str]] = Field(default_factory=dict)  # field -> (amount, qualifier)


class Miss(BaseModel):
    doc_id: str
    what: str
    expected: str
    got: str


class ExtractionScore(BaseModel):
    extractor: str = EXTRACTOR_VERSION
    articles: int = 0
    gold_rows: int = 0
    extracted_rows: int = 0
    counts: dict[str, list[int]] = Field(default_factory=dict)  # name -> [correct, proposed, expected]
    dates_right: int = 0
    misses: list[Miss] = Field(default_factory=list)

    def ratio(self, name: str, kind: str) -> float:
        correct, proposed, expected = self.counts.get(name, [0, 0, 0])
        denominator = proposed if kind == "precision" else expected
        return correct / denominator if denominator else 1.0

    @property
    def metrics(self) -> dict[str, float]:
        found = {
            "party_precision": self.ratio("parties", "precision"),
            "party_recall": self.ratio("parties", "recall"),
            "figure_precision": self.ratio("figures", "precision"),
            "figure_recall": self.ratio("figures", "recall"),
            "date_accuracy": self.dates_right / self.gold_rows if self.gold_rows else 1.0,
        }
        return {name: round(value, 4) for name, value in found.items()}

    @property
    def passed(self) -> bool:
        return all(self.metrics[name] >= target for name, target in TARGETS.items())

    def _add(self, name: str, correct: int, proposed: int, expected: int) -> None:
        counts = self.counts.setdefault(name, [0, 0, 0])
        counts[0] += correct
        counts[1] += proposed
        counts[2] += expected


def gold_from_deals_csv(path: Path) -> list[GoldDeal]:
    return [
        GoldDeal(
            doc_id=d.doc_id,
            licensors=d.licensors,
            licensees=d.licensees,
            announced=d.announced,
            figures={
                name: (fig.amount, fig.qualifier)
                for name in MONEY_FIELDS
                if (fig := d.figure(name)).amount is not None  # type: ignore[arg-type]
            },
        )
        for d in load_deals(path)
    ]


def gold_from_expected_csv(path: Path) -> list[GoldDeal]:
    """Hand-written expected rows (tests/fixtures/extraction/expected.csv)."""
    gold = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            gold.append(
                GoldDeal(
                    doc_id=row["doc_id"],
                    licensors=[n.strip() for n in row["licensor"].split(";")],
                    licensees=[n.strip() for n in row["licensee"].split(";")],
                    announced=row["announced"],
                    figures={
                        name: (Decimal(row[f"{name}_usd"]), row[f"{name}_qualifier"])
                        for name in MONEY_FIELDS
                        if row[f"{name}_usd"]
                    },
                )
            )
    return gold


def score(gold: list[GoldDeal], extracted: list[ProposedDeal], articles: int) -> ExtractionScore:
    """Match each extracted row to the gold row of its article sharing most parties, then compare fields."""
    result = ExtractionScore(articles=articles, gold_rows=len(gold), extracted_rows=len(extracted))
    unmatched = list(gold)
    for deal in extracted:
        parties = {("licensor", n) for n in deal.licensors} | {("licensee", n) for n in deal.licensees}
        candidates = [g for g in unmatched if g.doc_id == deal.doc_id]
        best = max(
            candidates,
            key=lambda g: len(
                parties & ({("licensor", n) for n in g.licensors} | {("licensee", n) for n in g.licensees})
            ),
            default=None,
        )
        figures = {name: (f.amount, f.qualifier) for name, f in deal.figures.items()}
        if best is None:
            result._add("parties", 0, len(parties), 0)
            for name, value in figures.items():
                result._add("figures", 0, 1, 0)
                result._add(name, 0, 1, 0)
                result.misses.append(Miss(doc_id=deal.doc_id, what=name, expected="no such deal", got=str(value)))
            continue
        unmatched.remove(best)
        expected_parties = {("licensor", n) for n in best.licensors} | {("licensee", n) for n in best.licensees}
        result._add("parties", len(parties & expected_parties), len(parties), len(expected_parties))
        if parties != expected_parties:
            result.misses.append(
                Miss(
                    doc_id=deal.doc_id, what="parties", expected=str(sorted(expected_parties)), got=str(sorted(parties))
                )
            )
        if deal.announced == best.announced:
            result.dates_right += 1
        else:
            result.misses.append(
                Miss(doc_id=deal.doc_id, what="announced", expected=best.announced, got=deal.announced)
            )
        for name in MONEY_FIELDS:
            want, got = best.figures.get(name), figures.get(name)
            right = int(want is not None and got == want)
            result._add("figures", right, int(got is not None), int(want is not None))
            result._add(name, right, int(got is not None), int(want is not None))
            if want != got:
                result.misses.append(Miss(doc_id=deal.doc_id, what=name, expected=str(want), got=str(got)))
    for missing in unmatched:
        result._add("parties", 0, 0, len(missing.licensors) + len(missing.licensees))
        for name in missing.figures:
            result._add("figures", 0, 0, 1)
            result._add(name, 0, 0, 1)
        result.misses.append(Miss(doc_id=missing.doc_id, what="row", expected=missing.announced, got="not extracted"))
    return result


def score_folder(
    documents_dir: Path, gold: list[GoldDeal], companies_csv: Path, max_bytes: int = 5_000_000
) -> ExtractionScore:
    """Extract every article the gold rows cite (and only those) and score the result."""
    companies = load_companies(companies_csv)
    paths = scan_documents(documents_dir)
    doc_ids = list(dict.fromkeys(g.doc_id for g in gold))
    extracted: list[ProposedDeal] = []
    for doc_id in doc_ids:
        extracted += extract_article(load_article(paths[doc_id], max_bytes), companies).deals
    return score(gold, extracted, len(doc_ids))


def score_table(result: ExtractionScore) -> list[tuple[str, str, str, str]]:
    """(measure, precision, recall, target) rows for printing."""
    rows = []
    for name in ("parties", "figures", *MONEY_FIELDS):
        correct, proposed, expected = result.counts.get(name, [0, 0, 0])
        target = {"parties": "≥ 0.95 / ≥ 0.95", "figures": "≥ 0.98 / ≥ 0.90"}.get(name, "")
        rows.append(
            (
                name,
                f"{result.ratio(name, 'precision'):.3f} ({correct}/{proposed})",
                f"{result.ratio(name, 'recall'):.3f} ({correct}/{expected})",
                target,
            )
        )
    rows.append(
        ("announced date", f"{result.metrics['date_accuracy']:.3f} ({result.dates_right}/{result.gold_rows})", "", "")
    )
    return rows
