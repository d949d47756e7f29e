"""A SYNTHETIC corpus for scale benchmarks: deal-news-like articles and a matching deal table.

Every company, asset and figure here is invented from syllables and a seeded random
generator; nothing is a real deal. Each article's title starts with ``[SYNTHETIC]``, its
source is "Synthetic benchmark data", and the folder gets a ``SYNTHETIC.md`` saying so. The
writer refuses the real ``documents/`` folder (or any folder holding a real deal table), so a
benchmark can never mix invented rows into the curated ones.

Layout: ``articles = chunks // 10`` articles of ten short paragraphs (one chunk each); deal
``n`` is told in article ``n % articles``, so every deal row quotes a sentence its article
holds, and the other paragraphs are market chatter built from the same vocabulary.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from assistant.corpus.tables import COMPANY_COLUMNS, DEAL_COLUMNS, STAT_COLUMNS
from assistant.errors import AssistantError

MARKER = "SYNTHETIC.md"
SOURCE = "Synthetic benchmark data"
PARAGRAPHS = 10
_SYLLABLES = [
    "ka",
    "zen",
    "lor",
    "vi",
    "tra",
    "mo",
    "sen",
    "qui",
    "dar",
    "pha",
    "nex",
    "ol",
    "ru",
    "bi",
    "cor",
    "tal",
    "ven",
    "yu",
    "ra",
    "fen",
]
_MODALITIES = ["ADC", "bispecific antibody", "siRNA", "small molecule", "GLP-1 agonist", "cell therapy", "TCE"]
_AREAS = ["Oncology", "Immunology", "Metabolic", "Cardiovascular", "Neurology", "Ophthalmology"]
_TARGETS = ["PD-1", "VEGF", "TROP2", "HER2", "CLDN18.2", "GLP-1", "KRAS", "B7-H3", "TSLP", "Lp(a)"]
_CHATTER = [
    "Analysts at {firm} said multinationals keep shopping in China because {licensor} and its peers move from target to clinic faster than Western biotechs.",
    "{licensee} has signed several licences with Chinese drugmakers, and its business-development team expects more {modality} programmes to follow.",
    "The {area} pipeline of {licensor} also includes an early {target} programme that has not been partnered.",
    "Investors in Hong Kong cheered the deal, and shares of {licensor} rose {pct} percent in the session after the announcement.",
    "Regulators in Beijing have shortened review times for {area} trials, one reason {modality} assets from China reach the clinic quickly.",
    "{firm} counted {count} cross-border licences for {modality} assets in the quarter, a pace it called unusual.",
    "A spokesperson for {licensee} declined to comment on the size of future payments beyond the terms already disclosed.",
    "The {target} field is crowded: at least {count} programmes are in trials, several of them licensed from Chinese companies.",
    "{licensor} plans to use the proceeds to fund late-stage trials of its {modality} platform in {area}.",
]


def _name(rng: random.Random, taken: set[str], suffix: str) -> str:
    while True:
        stem = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        name = f"{stem} {suffix}"
        if name not in taken:
            taken.add(name)
            return name


def refuse_real_folder(target: Path, documents_dir: Path) -> None:
    """Raise unless ``target`` is outside the real corpus and holds no real deal table."""
    resolved, real = target.resolve(), documents_dir.resolve()
    if resolved == real or real in resolved.parents:
        raise AssistantError("synthetic_target", "synthetic data is never written into documents/", str(target))
    if (target / "deals.csv").is_file() and not (target / MARKER).is_file():
        raise AssistantError("synthetic_target", "this folder holds a real deal table", str(target))


def write_synthetic_corpus(
    target: Path, chunks: int, deals: int, documents_dir: Path, seed: int = 15
) -> dict[str, int]:
    """Write about ``chunks`` chunks of articles and a ``deals``-row deal table into ``target``."""
    refuse_real_folder(target, documents_dir)
    target.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    taken: set[str] = set()
    licensors = [_name(rng, taken, "Biotech") for _ in range(max(2, deals // 5))]
    licensees = [_name(rng, taken, "Pharma") for _ in range(max(2, min(200, deals // 50)))]
    articles = max(1, chunks // PARAGRAPHS)
    rows: list[dict[str, str]] = []
    told: dict[int, list[str]] = {}
    named: dict[int, set[str]] = {}
    for n in range(deals):
        licensor, licensee = rng.choice(licensors), rng.choice(licensees)
        year = 2020 + n % 6
        upfront = rng.randrange(5, 400) * 1_000_000
        milestones = rng.randrange(50, 4000) * 1_000_000
        asset = f"{licensor.split()[0][:3].upper()}-{100 + n % 900}"
        modality, area, target_name = rng.choice(_MODALITIES), rng.choice(_AREAS), rng.choice(_TARGETS)
        doc = n % articles
        upfront_quote = f"{licensee} agreed to pay {licensor} ${upfront // 1_000_000} million upfront for {asset}."
        milestones_quote = f"{licensor} is eligible for milestone payments of up to ${milestones // 1_000_000} million."
        named.setdefault(doc, set()).update((licensor, licensee))
        told.setdefault(doc, []).append(
            f"{licensor} licensed {asset}, a {target_name} {modality}, to {licensee} in {year}. "
            f"{upfront_quote} {milestones_quote}"
        )
        rows.append(
            {
                **dict.fromkeys(DEAL_COLUMNS, ""),
                "deal_id": f"syn-{n:05d}",
                "announced": f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d}",
                "licensor": licensor,
                "licensee": licensee,
                "asset": asset,
                "modality": modality,
                "therapeutic_area": area,
                "territory": "Global",
                "upfront_usd": str(upfront),
                "upfront_qualifier": "exact",
                "upfront_quote": upfront_quote,
                "milestones_usd": str(milestones),
                "milestones_qualifier": "up_to",
                "milestones_quote": milestones_quote,
                "total_qualifier": "undisclosed",
                "total_basis": "none",
                "equity_qualifier": "undisclosed",
                "status": "announced",
                "scope": "main",
                "doc_id": f"syn-article-{doc:06d}",
                "notes": "SYNTHETIC",
            }
        )
    for doc in range(articles):
        _write_article(target, doc, told.get(doc, []), sorted(named.get(doc, ())), rng, licensors, licensees)
    _write_tables(target, rows, licensors, licensees)
    (target / MARKER).write_text(
        "# SYNTHETIC benchmark corpus\n\nGenerated by assistant.evaluation.synthetic for scale benchmarks. "
        "Every company, deal and figure here is invented. Never copy these files into documents/.\n",
        encoding="utf-8",
    )
    return {"articles": articles, "paragraphs": articles * PARAGRAPHS, "deals": deals}


def _write_article(
    target: Path,
    doc: int,
    deal_paragraphs: list[str],
    named: list[str],
    rng: random.Random,
    licensors: list[str],
    licensees: list[str],
) -> None:
    paragraphs: list[str] = []
    for number in range(PARAGRAPHS):
        if number < len(deal_paragraphs):
            paragraphs.append(deal_paragraphs[number])
            continue
        values = {
            "licensor": rng.choice(licensors),
            "licensee": rng.choice(licensees),
            "firm": rng.choice(["PharmCube", "Jefferies", "IQVIA", "Citeline", "BioCentury"]),
            "modality": rng.choice(_MODALITIES),
            "area": rng.choice(_AREAS).lower(),
            "target": rng.choice(_TARGETS),
            "pct": str(rng.randint(2, 30)),
            "count": str(rng.randint(3, 60)),
        }
        paragraphs.append(" ".join(rng.choice(_CHATTER).format(**values) for _ in range(3)))
    front = (
        "---\n"
        f'title: "[SYNTHETIC] Deal roundup {doc:06d}"\n'
        f"published: {2020 + doc % 6}-{1 + doc % 12:02d}-{1 + doc % 28:02d}\n"
        f"source: {SOURCE}\n"
        f"url: https://example.invalid/synthetic/{doc:06d}\n"
        f"companies: [{', '.join(repr(name) for name in named)}]\n"
        "---\n\n"
    )
    path = target / f"syn-article-{doc:06d}.md"
    path.write_text(front + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


def _write_tables(target: Path, rows: list[dict[str, str]], licensors: list[str], licensees: list[str]) -> None:
    with open(target / "deals.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=DEAL_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    with open(target / "market_stats.csv", "w", newline="", encoding="utf-8") as handle:
        csv.DictWriter(handle, fieldnames=STAT_COLUMNS).writeheader()
    with open(target / "companies.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COMPANY_COLUMNS)
        writer.writeheader()
        writer.writerows({"name": n, "aliases": "", "role": "licensor", "country": "China"} for n in licensors)
        writer.writerows({"name": n, "aliases": "", "role": "licensee", "country": "US"} for n in licensees)
