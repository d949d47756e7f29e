"""Follow-ups that lean on the turn before, text asks, lists and refusals (issue 11: outsider29-33), in other
words than the outsider files: a place asked of a ranking of companies ("who's 4th?") is that company's figure."""

from __future__ import annotations

import csv
from collections import Counter
from decimal import Decimal

import pytest

from assistant.routing.ordinals import row_pointed_at
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route


def _rows() -> list[dict[str, str]]:
    with (DOCUMENTS / "deals.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _upfront_by_licensee() -> list[str]:
    sums: Counter[str] = Counter()
    for row in _rows():
        if row["upfront_usd"].isdigit():
            sums[row["licensee"]] += int(Decimal(row["upfront_usd"]))
    return [name for name, _ in sums.most_common()]


@pytest.mark.parametrize(
    ("question", "place"),
    [("who's 4th?", 3), ("and who is 2nd?", 1), ("who came in fifth?", 4), ("which one ranks third?", 2)],
)
def test_a_place_asked_alone_points_at_that_row(question: str, place: int) -> None:
    assert row_pointed_at(question) == place


@pytest.mark.parametrize("question", ["who won in 2024?", "what is the 4th quarter total?", "who's paying?"])
def test_other_questions_point_at_no_row(question: str) -> None:
    assert row_pointed_at(question) is None


@pytest.mark.parametrize(
    ("earlier", "question", "place"),
    [
        ("Top 3 licensees by total upfront paid in your table?", "who's 4th?", 3),
        ("Which three buyers paid the most upfront in total?", "who came in 4th?", 3),
        ("Top 2 licensees by total upfront paid in your table?", "who's third?", 2),
    ],
)
def test_a_place_after_a_company_ranking_is_that_company(
    replaying: Router, earlier: str, question: str, place: int
) -> None:
    call = one_call(route(replaying, question, [earlier]))
    assert call.tool == "aggregate" and call.args["metric"] == "upfront"
    assert call.args["filter"]["licensee"] == _upfront_by_licensee()[place]
