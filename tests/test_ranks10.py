"""Tenth-session fixes to the rankings-and-sums family (outsider39-43): a place said as a number, near-term money
said bundled into the upfront "where" a source reports it so, upfront-to-headline ratio rankings said with a
superlative ("the thinnest upfront vs. headline"), companies ranked by their average deal among those with a
minimum number of deals, and "total up" as a sum. Real assistant, real tables; expected figures come from
deals.csv."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.routing.least_deals import least_deals_ranked
from assistant.routing.pm_shorthand import pm_spelt
from assistant.tools.schema import ToolCall
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)
_MAIN = [d for d in _TABLES.deals if d.scope == "main"]


def _amount(deal: Deal, metric: str) -> Decimal | None:
    return deal.figure(metric).amount


def _ranked(deals: list[Deal], metric: str) -> list[Deal]:
    return sorted((d for d in deals if _amount(d, metric) is not None), key=lambda d: -(_amount(d, metric) or 0))


def _billions(value: Decimal) -> str:
    return f"${value / 1_000_000_000:.3f}".rstrip("0").rstrip(".") + " billion"


# -- a place said as a number -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("2025 year upfront ranking, number 2 is which deal?", "in second place is which deal"),
        ("milestone ranking for 2024, who sits at number 2?", "who sits in second place?"),
        ("Who's #2 on total upfront since 2024?", "Who's in second place on total upfront"),
    ],
)
def test_a_place_said_as_a_number_is_spelt_as_a_place(question: str, written: str) -> None:
    assert written in pm_spelt(question)


@pytest.mark.parametrize("question", ["number 2 of 5", "deal #3 terms", "is that the number 1 reason?"])
def test_a_number_that_is_no_place_is_left(question: str) -> None:
    assert pm_spelt(question) == question


@pytest.mark.parametrize(
    ("question", "year", "metric", "place"),
    [
        ("2025 year upfront ranking, number 2 is which deal?", "2025", "upfront", 2),
        ("milestone ranking for 2024, who sits at number 2?", "2024", "milestones", 2),
        ("Total-value ranking of 2025 deals: number 3 is which one?", "2025", "total", 3),
    ],
)
def test_the_deal_at_that_place_is_answered(
    assistant: Assistant, question: str, year: str, metric: str, place: int
) -> None:
    expected = _ranked([d for d in _MAIN if d.announced.startswith(year)], metric)[place - 1]
    answer = assistant.ask(question)
    assert [c.args.get("position") for c in answer.tool_calls] == [place], answer.tool_calls
    assert (
        expected.licensees[0] in answer.answer and _billions(_amount(expected, metric) or Decimal(0)) in answer.answer
    )


def test_the_runner_up_buyer_since_2024_with_near_term_bundled(assistant: Assistant) -> None:
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for deal in _MAIN:
        for buyer in deal.licensees:
            sums[buyer] += _amount(deal, "upfront") or Decimal(0)
    second, value = sorted(sums.items(), key=lambda kv: -kv[1])[1]
    answer = assistant.ask(
        "Who's #2 on total upfront (as reported, near-term included where bundled) paid to Chinese biotechs since "
        "2024, behind the top spender? need the number too"
    )
    assert answer.route == "table", answer.interpretation
    assert f"Second, {second}: {_billions(value)}" in answer.answer, answer.answer


# -- near-term money bundled into the upfront, said as a condition ------------------------------------------------
def test_upfronts_summed_with_near_term_where_reported_so(assistant: Assistant) -> None:
    total = sum((_amount(d, "upfront") or Decimal(0)) for d in _MAIN if d.announced.startswith("2024"))
    answer = assistant.ask(
        "If I were to add up all of the upfront payments from the deals announced in 2024 — counting the cases where "
        "the upfront is reported together with near-term payments as a single figure — what total would I get?"
    )
    assert [c.tool for c in answer.tool_calls] == ["aggregate"], answer.interpretation
    assert _billions(total) in answer.answer, answer.answer


def test_one_deals_upfront_including_near_term_still_goes_to_its_article(assistant: Assistant) -> None:
    answer = assistant.ask("What was Evopoint's upfront including near-term payments?")
    assert answer.route == "text" and "near term" in answer.interpretation, answer.interpretation
    assert "$70 million" in answer.answer, answer.answer


# -- a ratio ranking said with a superlative of the upfront --------------------------------------------------------
def _shares(since: str) -> list[tuple[Decimal, Deal]]:
    found = []
    for deal in _MAIN:
        upfront, total = _amount(deal, "upfront"), _amount(deal, "total")
        if deal.announced >= since and upfront is not None and total:
            found.append((upfront * 100 / total, deal))
    return sorted(found, key=lambda pair: pair[0])


@pytest.mark.parametrize(
    ("question", "since", "low"),
    [
        ("Which deal since 2024 had the thinnest upfront vs. headline value?", "2024", True),
        ("Since 2025, which deal had the skimpiest upfront compared with its headline value?", "2025", True),
        ("Of the deals from 2025 onward, which one had the fattest upfront relative to headline?", "2025", False),
        ("Looking at 2024-onward deals, which had the lowest upfront-to-total ratio?", "2024", True),
        ("Which 2024-onward deal had the richest upfront relative to headline (upfront/total)?", "2024", False),
    ],
)
def test_the_upfront_share_is_ranked(assistant: Assistant, question: str, since: str, low: bool) -> None:
    share, deal = _shares(since)[0 if low else -1]
    answer = assistant.ask(question)
    args = answer.tool_calls[0].args
    assert (args["metric"], args["ascending"], args["n"]) == ("upfront_share", low, 1), args
    assert args["filter"].get("date_from") == f"{since}-01-01", args  # "2024-onward" is no year alone
    assert f"First, {deal.licensors[0]}" in answer.answer and f"{share:.1f}%" in answer.answer, answer.answer


# -- the average deal among companies with a minimum number of deals ----------------------------------------------
def _averages(side: str, metric: str, least: int) -> list[tuple[Decimal, str]]:
    groups: dict[str, list[Deal]] = defaultdict(list)
    for deal in _MAIN:
        for name in deal.licensees if side == "licensee" else deal.licensors:
            groups[name].append(deal)
    found = []
    for name, deals in groups.items():
        values = [v for d in deals if (v := _amount(d, metric)) is not None]
        if len(deals) >= least and values:
            found.append((sum(values, Decimal(0)) / len(values), name))
    return sorted(found, reverse=True)


@pytest.mark.parametrize(
    ("question", "side", "metric", "least", "low"),
    [
        (
            "Among buyers with 3+ China deals since 2024, who pays the richest upfront on average?",
            "licensee",
            "upfront",
            3,
            False,
        ),
        (
            "Since 2024, among licensors with at least three deals, which has the highest average headline value?",
            "licensor",
            "total",
            3,
            False,
        ),
        (
            "Of the buyers that did four or more deals since 2024, who paid the smallest average upfront?",
            "licensee",
            "upfront",
            4,
            True,
        ),
    ],
)
def test_the_average_among_companies_with_enough_deals(
    assistant: Assistant, question: str, side: str, metric: str, least: int, low: bool
) -> None:
    ranked = _averages(side, metric, least)
    _, name = ranked[-1] if low else ranked[0]
    answer = assistant.ask(question)
    args = answer.tool_calls[0].args
    assert (args["dimension"], args["metric"], args["min_deals"], args["average"]) == (side, metric, least, True)
    assert f"First, {name}:" in answer.answer, answer.answer
    assert f"at least {least} deals each" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What are the three deals with the highest average upfront?",  # no minimum said
        "Among buyers with 3+ deals, how many are European?",  # no average asked
    ],
)
def test_no_minimum_ranking_without_a_minimum_and_an_average(question: str) -> None:
    call = ToolCall(tool="rank", args={"dimension": "deal", "metric": "upfront"})
    assert least_deals_ranked([call], question) == [call]


# -- "total up" is a sum ------------------------------------------------------------------------------------------
def test_total_up_every_deal_of_a_company_is_summed(assistant: Assistant) -> None:
    cspc = [d for d in _TABLES.deals if "CSPC Pharmaceutical Group" in d.licensors]
    total = sum((_amount(d, "total") or Decimal(0)) for d in cspc)
    answer = assistant.ask(
        "Could you total up the headline values of every deal 石药集团 has struck with foreign partners in your data?"
    )
    assert [(c.tool, c.args.get("operation")) for c in answer.tool_calls] == [("aggregate", "sum")]
    assert _billions(total) in answer.answer, answer.answer
