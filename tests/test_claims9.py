"""A fact-checker's claims (outsider35.jsonl's classes): a figure claimed of a sum or an average is checked, not
read as a bound; expected values are read from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.claimed_figures import claimed_bound_dropped, claimed_figures
from assistant.routing.count_claims import stated_count
from assistant.routing.router import Router
from assistant.routing.superlative_claims import placed_claim
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import DOCUMENTS, one_call, route

_DEALS = [deal for deal in load_tables(DOCUMENTS).deals if deal.scope in ("main", "context")]


def _summed(field: str, year: str, licensor: str | None = None) -> Decimal:
    return sum(
        (
            getattr(deal, field).amount
            for deal in _DEALS
            if deal.announced.startswith(year)
            and getattr(deal, field).amount is not None
            and (licensor is None or any(licensor in name for name in deal.licensors))
        ),
        Decimal(0),
    )


# --- a figure claimed of a sum or an average is what is checked, not a bound on the deals summed


@pytest.mark.parametrize(
    ("question", "field", "year", "licensor"),
    [
        ("A newsletter says Hengrui's 2025 licensing deals were worth more than $20bn. What do Hengrui's 2025 deals in your table add up to?",
         "total", "2025", "Hengrui"),
        ("Add up the upfronts of the 2024 deals in your table - our piece says 'under $3 billion'", "upfront", "2024",
         None),
        ("Sum the headline values of the 2026 deals in your table; we want to say 'over $40 billion'", "total", "2026",
         None),
    ],
)  # fmt: skip
def test_a_claimed_figure_is_no_bound(
    router: Router, tools: DealTools, question: str, field: str, year: str, licensor: str | None
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["operation"] == "sum"
    assert not any(key.endswith("_usd") for key in call.args["filter"])
    result = tools.run(call)
    assert result.figures[0].value == _summed(field, year, licensor)


@pytest.mark.parametrize(
    "question",
    [
        "What is the sum of 2025 deals worth more than $1bn?",
        "How much did the 2025 deals that were worth over $2 billion add up to?",
        "Total upfront of 2024 deals with a headline above $1 billion?",
    ],
)
def test_a_bound_on_the_deals_stays(router: Router, question: str) -> None:
    assert not claimed_figures(question)
    call = one_call(route(router, question))
    assert any(key.endswith("_usd") for key in call.args["filter"])


def test_only_the_claimed_bound_is_dropped() -> None:
    question = "Our piece says deals with an upfront over $100 million were worth 'over $30 billion' in total. Sum?"
    assert claimed_figures(question) == {Decimal(30) * 10**9}
    wanted = {"year": 2025, "min_upfront_usd": "100000000", "min_total_usd": "30000000000"}
    call = ToolCall(tool="aggregate", args={"metric": "total", "operation": "sum", "filter": wanted})
    kept = claimed_bound_dropped([call], question)[0]
    assert kept.args["filter"] == {"year": 2025, "min_upfront_usd": "100000000"}


# --- a claim that one named deal holds a place of its year ranks that year, down to the named deal


def _leader(year: str, field: str) -> str:
    dated = [d for d in _DEALS if d.announced.startswith(year) and getattr(d, field).amount is not None]
    return max(dated, key=lambda d: getattr(d, field).amount).deal_id


@pytest.mark.parametrize(
    ("question", "year", "field", "named"),
    [
        ("Was Hengrui-GSK the biggest upfront of 2025?", "2025", "upfront", "hengrui-gsk-2025"),
        ("Is it right that Curon's deal had the second-largest total value of 2024?", "2024", "total", "curon-merck-2024"),
        ("Did Innovent's Takeda deal have the largest headline value of 2025?", "2025", "total", "innovent-takeda-2025"),
    ],
)  # fmt: skip
def test_a_claimed_place_ranks_the_year_down_to_the_deal(
    router: Router, tools: DealTools, question: str, year: str, field: str, named: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["through"] and not call.args.get("position")
    assert not ({"licensor", "licensee"} & set(call.args["filter"]))
    result = tools.run(call)
    text = " ".join(line.text for line in result.lines)
    deal = next(d for d in _DEALS if d.deal_id == named)
    assert deal.licensors[0] in text  # the named deal's place is shown
    leader = next(d for d in _DEALS if d.deal_id == _leader(year, field))
    assert leader.licensors[0] in text  # and the deal that leads its year


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Was HS-20094 Hansoh's biggest deal of 2025?", {"licensor": "Hansoh Pharmaceutical Group", "year": 2025}),
        ("Where does the Pfizer-3SBio deal rank among 2025 deals?", {"licensor": "3SBio", "year": 2025}),
        ("What was the largest deal of 2025?", {"year": 2025}),
        ("Was the Pfizer-3SBio deal the largest ever?", {"licensor": "3SBio", "licensee": "Pfizer"}),
    ],
)
def test_other_superlatives_are_left(question: str, wanted: dict) -> None:
    calls = [ToolCall(tool="rank", args={"dimension": "deal", "metric": "total", "filter": wanted, "n": 1})]
    assert placed_claim(calls, question) == calls


# --- a number of deals stated in a claim is a count of our deals


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Is it accurate to say Merck signed three deals with Chinese biotechs in 2024?",
         lambda d: d.announced.startswith("2024") and "Merck & Co." in d.licensees),
        ("Confirm: four siRNA licensing deals in 2025 in your data?",
         lambda d: d.announced.startswith("2025") and d.modality == "siRNA"),
        ("A colleague counted three deals in December 2025 in your database. Is that the full count?",
         lambda d: d.announced.startswith("2025-12")),
    ],
)  # fmt: skip
def test_a_claimed_count_is_counted(router: Router, tools: DealTools, question: str, wanted) -> None:  # type: ignore[no-untyped-def]
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["operation"] == "count"
    expected = sum(1 for deal in _DEALS if deal.scope == "main" and wanted(deal))
    assert tools.run(call).figures[0].value == expected


@pytest.mark.parametrize(
    "question",
    [
        "Is it true the two largest deals of 2025 were both platform deals?",
        "Were the top three deals of 2024 all bispecifics, right?",
        "Confirm its two deals with Novartis were siRNA",
        "What did the six deals cost in total?",  # no claim's words
    ],
)
def test_named_deals_are_no_count(question: str) -> None:
    assert not stated_count(question)


# --- a claim about one deal in a checker's words is answered from the table, its wrong year corrected


@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("verify: Regeneron's payment to Hansoh for HS-20094 was $80m", "hansoh-regeneron-2025"),
        ("Newswire: 'In 2025 Novartis paid SciNeuro $165 million upfront.' Anything off there?", "scineuro-novartis-2026"),
        ("Our copy says Lilly paid Innovent $350 million upfront in 2025. Anything wrong?", "innovent-lilly-2026"),
    ],
)  # fmt: skip
def test_a_deal_claim_is_looked_up(router: Router, tools: DealTools, question: str, deal_id: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "get_deal"
    assert tools.run(call).deal_ids == [deal_id]


def test_a_wrong_year_is_said(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Newswire: 'In 2025 Novartis paid SciNeuro $165 million upfront.' Anything off there?")
    deal = next(d for d in _DEALS if d.deal_id == "scineuro-novartis-2026")
    assert not answer.abstained and "The date is wrong" in answer.answer
    assert any(figure.value == deal.upfront.amount for figure in answer.figures)


# --- the claim's own figure, when it is not the one answered, is said to be whose it is


def test_a_claimed_upfront_that_is_the_milestones(assistant) -> None:  # type: ignore[no-untyped-def]
    deal = next(d for d in _DEALS if d.deal_id == "hansoh-merck-2024")
    answer = assistant.ask("Merck paid Hansoh $1.9 billion upfront for HS-10535 - true or false?")
    assert any(figure.value == deal.upfront.amount for figure in answer.figures)
    assert "$1.9 billion in the claim is this deal's milestone payments" in answer.answer
    assert any(citation.quote == deal.milestones.quote for citation in answer.citations)


def test_a_claimed_total_that_is_the_milestones_gets_the_true_total(assistant) -> None:  # type: ignore[no-untyped-def]
    # outsider114: "worth 12 billion dollar in total, including the 500m upfront, yes?" ($12bn is the milestones)
    deal = next(d for d in _DEALS if d.deal_id == "argo-novartis-2025")
    answer = assistant.ask(
        "The Argo-Novartis deal of September 2025 is worth 5.2 billion dollar in total, including the 160m upfront, yes?"
    )
    assert "$5.2 billion in the claim is this deal's milestone payments" in answer.answer
    assert any(citation.quote == deal.total.quote for citation in answer.citations)
    said = assistant.ask("Merck paid Hansoh $1.9 billion upfront for HS-10535 - true or false?")
    assert "total deal value" not in said.answer  # a claim of the upfront: no total added


def test_a_claimed_tracker_figure_is_named(assistant) -> None:  # type: ignore[no-untyped-def]
    stats = load_tables(DOCUMENTS).market_stats
    other = next(
        s for s in stats if s.reporter.startswith("CPHIIC") and s.period == "2024" and s.metric == "total_value"
    )
    answer = assistant.ask("fact check: CPHIIC put full-year 2024 Chinese out-licensing at $51.9 billion")
    assert any(figure.value == other.value for figure in answer.figures)
    assert "$51.9 billion figure is the one PharmCube" in answer.answer


def test_a_figure_the_answer_holds_is_not_repeated(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("verify: Regeneron's payment to Hansoh for HS-20094 was $80m")
    assert "in the claim" not in answer.answer and "$80 million" in answer.answer


def test_a_tracker_average_on_its_own_numbers(router: Router) -> None:
    call = one_call(
        route(router, "A blog says the average 2024 deal was over $500 million on the $51.9bn/94 figures. Right?")
    )
    assert call.tool == "market_stat" and call.args["derive"] == "average_deal_size" and call.args["period"] == "2024"


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("AstraZeneca only did one China licensing deal in 2025, didn't it?", True),
        ("Did Roche only sign one China licensing deal in 2024?", True),
        ("Which Merck partners did just one deal with it?", False),
        ("Who did just one deal with Merck?", False),
        ("AstraZeneca only did one deal with Jacobio in 2025 and paid how much upfront", False),
    ],
)
def test_only_one_is_claimed_under_a_tag_and_never_in_a_which_question(text: str, claimed: bool) -> None:
    assert stated_count(text) is claimed
