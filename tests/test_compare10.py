"""Tenth-session fixes to the comparisons family, found on the outsider sets 39-43 (never the held-out set).
Expected figures come from deals.csv.

- Two deals compared, each named by its own pair of companies or its drug (``pair_named``): a side that borrowed
  the other side's partner or drug matched no deal, both sides ended on one deal ("$650 million versus $650
  million: the same amount"), or the plan became a look-up of one deal.
- "Merck paid upfront to Curon and to LaNova, the difference is?" is one comparison, not two look-ups
  (``distribute._two_companies_compared``).
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, route

with (DOCUMENTS / "deals.csv").open(encoding="utf-8") as _handle:
    _ROWS = {row["deal_id"]: row for row in csv.DictReader(_handle)}


def _upfront(deal_id: str) -> Decimal:
    return Decimal(_ROWS[deal_id]["upfront_usd"])


def _millions(value: Decimal) -> str:
    return f"${value / 1_000_000:,.0f} million"


def _compared_ids(plan_calls: list) -> list[list[str]]:
    [call] = [c for c in plan_calls if c.tool == "compare"]
    return [call.args["left"].get("deal_ids"), call.args["right"].get("deal_ids")]


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "RC148 vs SSGJ-707 as PD-1/VEGF comps: how much less did AbbVie pay RemeGen upfront than Pfizer paid 3SBio?",
            "remegen-abbvie-2026",
            "3sbio-pfizer-2025",
        ),
        (
            "Roche paid Hansoh for HS-20110 and Innovent for IBI3009 - which got more at signing, and by how much?",
            "hansoh-roche-2025",
            "innovent-roche-2025",
        ),
        (
            "MSD's two China small-molecule buys - Hengrui's Lp(a) vs Hansoh's oral GLP-1: how much bigger was the "
            "Hengrui upfront?",
            "hengrui-merck-2025",
            "hansoh-merck-2024",
        ),
        (
            "RemeGen licensed telitacicept to Vor Bio and RC148 to AbbVie. How many times larger was the AbbVie upfront?",
            "remegen-vor-2025",
            "remegen-abbvie-2026",
        ),
        ("MediLink sold YL211 and YL201 to Roche - how many times bigger was the YL201 upfront?", None, None),
        ("Roche paid upfront to Innovent and to MediLink for YL201 - how much more did MediLink get?", None, None),
    ],
)
def test_each_side_is_the_deal_its_pair_or_drug_names(router: Router, question: str, first, second) -> None:
    plan = route(router, question)
    sides = _compared_ids(plan.tool_calls)
    if first:
        assert sides == [[first], [second]]
    else:  # the pair's two deals, told apart by their drug codes
        assert all(len(side) == 1 for side in sides) and sides[0] != sides[1]


@pytest.mark.parametrize(
    "question",
    [
        "How much more did Pfizer pay than Hengrui in 2025?",  # no pair that did a deal together
        "How did Pfizer's 3SBio upfront compare with its milestones?",  # one deal's two measures
        "Hengrui's 2025 upfronts vs its 2024 upfronts",  # two sets of deals, not two deals
    ],
)
def test_other_comparisons_are_not_read_as_two_named_deals(router: Router, question: str) -> None:
    assert route(router, question).rule != "two deals compared, each named by its pair of companies or its drug"


def test_the_two_deals_gap_and_multiple_are_the_tables(assistant: Assistant) -> None:
    less = _upfront("3sbio-pfizer-2025") - _upfront("remegen-abbvie-2026")
    text = assistant.ask(
        "RC148 vs SSGJ-707 as PD-1/VEGF comps: how much less did AbbVie pay RemeGen upfront than Pfizer paid 3SBio?"
    ).answer
    assert _millions(less) in text and "RemeGen" in text and "3SBio" in text
    ratio = _upfront("remegen-abbvie-2026") / _upfront("remegen-vor-2025")
    text = assistant.ask(
        "RemeGen has licensed out two quite different drugs, telitacicept to Vor Bio and RC148 to AbbVie. Roughly "
        "how many times larger was the AbbVie upfront than the Vor Bio upfront?"
    ).answer
    assert f"{ratio.normalize()} times" in text
    ratio = _upfront("medilink-roche-2026") / _upfront("medilink-roche-2024")
    text = assistant.ask("MediLink sold YL211 and YL201 to Roche - how many times bigger was the YL201 upfront?").answer
    assert f"{ratio.normalize()} times" in text and "YL211" in text and "YL201" in text


def test_a_difference_of_two_named_companies_is_one_comparison(assistant: Assistant) -> None:
    gap = _upfront("curon-merck-2024") - _upfront("lanova-merck-2024")
    answer = assistant.ask("Merck paid upfront to Curon and to LaNova in 2024, the difference is?")
    assert [c.tool for c in answer.tool_calls] == ["compare"]
    assert _millions(gap) in answer.answer
    # asked without a comparison, the two look-ups stay two
    answer = assistant.ask("What did Merck pay upfront to Curon and to LaNova in 2024?")
    assert [c.tool for c in answer.tool_calls].count("get_deal") == 2


def _quarter_sum(year: str, quarter: int) -> Decimal:
    """The main rows' disclosed upfronts announced in one quarter, from deals.csv."""
    months = {f"{year}-{m:02d}" for m in range(3 * quarter - 2, 3 * quarter + 1)}
    rows = [r for r in _ROWS.values() if r["scope"] == "main" and r["announced"][:7] in months and r["upfront_usd"]]
    return sum((Decimal(r["upfront_usd"]) for r in rows), Decimal(0))


@pytest.mark.parametrize(
    ("question", "unit"),
    [("which qtr of '24 had the most upfront $?", "quarter"), ("busiest mth of 2025 by deal count", "month")],
)
def test_a_period_unit_said_short_is_ranked(router: Router, question: str, unit: str) -> None:
    [call] = route(router, question).tool_calls
    assert call.tool == "rank" and call.args["dimension"] == unit


@pytest.mark.parametrize(
    ("history", "question", "year", "quarter"),
    [
        ("Q3'24 upfronts, total?", "Q4?", 2024, 4),
        ("total upfront money in Q1 2025?", "And Q2?", 2025, 2),
        ("total upfront money in 2025?", "what about Q3", 2025, 3),
    ],
)
def test_a_bare_quarter_after_a_question_asks_it_of_that_quarter(
    router: Router, history: str, question: str, year: int, quarter: int
) -> None:
    [call] = route(router, question, [history]).tool_calls
    assert call.tool == "aggregate" and call.args["filter"]["year"] == year
    assert call.args["filter"]["quarter"] == quarter


def test_the_bare_quarters_sum_is_the_tables(assistant: Assistant) -> None:
    answer = assistant.ask("Q4?", [Turn(question="Q3'24 upfronts, total?")])
    total = _quarter_sum("2024", 4)
    assert f"${total / 1_000_000_000:.3f} billion" in answer.answer and "Q4 2024" in answer.answer
    answer = assistant.ask("which qtr of '24 had the most upfront $?")
    assert answer.answer.index("Q4 2024") < answer.answer.index("Q3 2024")


def _year_upfronts(column: str, name: str, year: str) -> Decimal:
    rows = [r for r in _ROWS.values() if r["scope"] == "main" and r[column] == name and r["announced"][:4] == year]
    return sum((Decimal(r["upfront_usd"]) for r in rows if r["upfront_usd"]), Decimal(0))


@pytest.mark.parametrize(
    ("question", "later", "earlier"),
    [
        ("Hengrui upfront money 2024 vs 2025 in your table, grow by how many percent?", 2025, 2024),
        ("Hansoh total deal value 2023 vs 2025 - up how many %?", 2025, 2023),
        ("CSPC upfronts 2024 vs 2025: how many percent did they rise?", 2025, 2024),
    ],
)
def test_growth_by_how_many_percent_is_a_rate_from_the_earlier_year(
    router: Router, question: str, later: int, earlier: int
) -> None:
    [call] = route(router, question).tool_calls
    assert call.tool == "compare" and call.args["metric"] != "count"
    assert (call.args["left"]["year"], call.args["right"]["year"]) == (later, earlier)


def test_a_share_asked_in_percent_stays_a_share(router: Router) -> None:
    plan = route(router, "what percent of 2025 upfronts did Hengrui get?")
    assert plan.tool_calls[0].args.get("derive") == "deal_share" or "share" in plan.rule


def test_the_growth_rate_is_the_tables(assistant: Assistant) -> None:
    name = "Jiangsu Hengrui Pharmaceuticals"
    new, old = _year_upfronts("licensor", name, "2025"), _year_upfronts("licensor", name, "2024")
    rate = ((new - old) / old * 100).quantize(Decimal("0.1"))
    text = assistant.ask("Hengrui upfront money 2024 vs 2025 in your table, grow by how many percent?").answer
    assert f"{rate}% more" in text and "Hengrui" in text
