"""Classes of failure from a sell-side analyst's and a hedge-fund intern's sets (session 22, outsider96 and 98).

Each was a confident answer to a different question than asked:

* "24-26" (a span of years said with a hyphen) was dropped, and rankings and comparisons ran over every deal
  (``terse_shorthand``: "span of years with a hyphen", "the deals of a span of years").
* "who paid the most cash day one" ranked the buyers by total deal value (``pm_shorthand``: "day-one cash").
* "headline value incl. upfront" answered the upfront (``inclusive_totals``).
* "top 5 China out-licensing deals by upfront" ranked the licensors (``wording.DIMENSION_RES``).
* "A's upfront is how many x B's?" counted the two companies' deals (``trade_shorthand``: "how many times").
* "how much $ of equity ... across the deals, total" answered the trackers' market totals (``desk_shorthand``:
  "dollars of a measure"; ``trade_shorthand``: "in total").
* an average of upfronts that count near-term payments dropped the near-term note (``tools/aggregates``).
* "(table, main only)", "table deals", "mean headline total for 2025 deals" went to a tracker (``table_notes``).

The wordings and deals here are not the eval's. Expected figures are read from documents/deals.csv.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.router import Router
from assistant.routing.trade_shorthand import expand_shorthand
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import DOCUMENTS, bundled_entities, one_call, route

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = {row["deal_id"]: row for row in csv.DictReader(_handle)}


# -- a span of years with a hyphen ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("licensors by milestones 24-25, top 2", "licensors by milestones 2024 to 2025, top 2"),
        ("ADC deal count '25–'26?", "ADC deal count 2025 to 2026?"),
        ("sum of upfronts 2024-25 for Hansoh", "sum of upfronts 2024 to 2025 for Hansoh"),
        ("equity across the 25-26 deals", "equity across the 2025 to 2026 deals"),
    ],
)
def test_a_hyphenated_span_of_years_is_spelt(question: str, spelt: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == spelt


@pytest.mark.parametrize(
    "question",
    [
        "a 24-26 month trial",
        "$24-26m upfront",
        "25-24 deals",
        "IBI-24-26 program",
        "deals signed 2025-01-15",
        "2024-2026 ADC deals",
        "Vision share Q1 25 vs 23-24?",
    ],
)
def test_a_hyphen_that_is_no_span_stays(question: str) -> None:
    assert "to 20" not in expand_shorthand(question, bundled_entities())


def test_a_hyphenated_span_narrows_a_ranking(router: Router) -> None:
    call = one_call(route(router, "rank licensors by total milestones 24-25, top 2"))
    assert call.tool == "rank" and call.args["filter"]["date_from"] == "2024-01-01"
    assert call.args["filter"]["date_to"] == "2025-12-31"


# -- the money paid on day one ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question", ["which buyer handed over the most cash on day one in 2025?", "biggest day-one payment in 2024"]
)
def test_day_one_cash_is_the_upfront(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.args.get("metric") == "upfront", call


def test_day_one_of_something_else_is_no_upfront() -> None:
    assert "upfront" not in expand_shorthand("what happened on day one of the phase 3 trial?", bundled_entities())


# -- a total said with the upfront it includes -------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Innovent/Takeda headline value incl. the upfront?",
        "3SBio-Pfizer: total deal value including upfront and milestones",
    ],
)
def test_a_total_including_the_upfront_is_the_total(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "get_deal" and call.args.get("metric") == "total", call


# -- deals ranked, not their licensors ------------------------------------------------------------------------------
def test_out_licensing_deals_ranked_are_deals(router: Router) -> None:
    call = one_call(route(router, "top 3 chinese out-licensing deals by milestones, 2025"))
    assert call.tool == "rank" and call.args["dimension"] == "deal"
    who = one_call(route(router, "which chinese company out-licensed the most in 2025?"))
    assert who.args["dimension"] == "licensor"


# -- a multiple of another company's figure ------------------------------------------------------------------------
def test_how_many_x_before_a_possessive_is_a_multiple(assistant: Assistant) -> None:
    answer = assistant.ask("3sbio's upfront is how many x zelgen's?")
    upfront = Decimal(_DEALS["3sbio-pfizer-2025"]["upfront_usd"]) / Decimal(_DEALS["zelgen-abbvie-2025"]["upfront_usd"])
    assert f"{upfront.normalize():f} times" in answer.answer, answer.answer


# -- the dollars of a measure, summed over deals -----------------------------------------------------------------------
def test_dollars_of_a_measure_across_deals_total_is_our_sum(router: Router) -> None:
    call = one_call(route(router, "how much $ of upfront got paid across the 2026 deals, total"))
    assert call.tool == "aggregate" and call.args["metric"] == "upfront" and call.args["operation"] == "sum"


def test_a_single_deals_two_measures_stay_apart() -> None:
    assert expand_shorthand("innovent takeda deal: UF, total", bundled_entities()) == "innovent takeda deal: UF, total"


# -- our table said in shorthand, or a year's deals averaged -----------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "ADC deal count growth 2024 to 2025 (table, main only)",
        "total milestones 2024 vs 2025 - table deals",
        "median milestones for 2025 deals?",
        "average headline value across the 2024 deals",
    ],
)
def test_our_table_said_in_shorthand_is_our_rows(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.tool_calls and all(call.tool != "market_stat" for call in plan.tool_calls), plan.tool_calls


def test_a_market_average_stays_the_trackers(router: Router) -> None:
    plan = route(router, "average deal size in 2025 per PharmCube")
    assert any(call.tool == "market_stat" for call in plan.tool_calls)


# -- a share said "as % of" (no "a"), over a span in brackets ------------------------------------------------------
def test_upfront_as_percent_of_headline_ranks_deals_by_the_share(router: Router) -> None:
    call = one_call(route(router, "which 2025 deal had the lowest upfront as % of total value?"))
    assert call.tool == "rank" and call.args["metric"] == "upfront_share" and call.args["ascending"] is True
    spanned = one_call(route(router, "Which deal has the highest upfront as % of headline (24-25)?"))
    assert spanned.args["metric"] == "upfront_share" and spanned.args["filter"]["date_to"] == "2025-12-31"
    both = one_call(route(router, "which deal had the biggest upfront as well as total value in 2025?"))
    assert both.args["metric"] == "upfront"


# -- an average of figures that count near-term payments says so -----------------------------------------------------
def test_an_average_of_near_term_upfronts_keeps_the_near_term(tools: DealTools) -> None:
    medilink = [row for row in _DEALS.values() if row["licensor"].startswith("MediLink")]
    assert any(row["upfront_qualifier"] == "incl_near_term" for row in medilink)
    call = ToolCall(
        tool="aggregate",
        args={"metric": "upfront", "operation": "average", "filter": {"licensor": "MediLink Therapeutics"}},
    )
    result = tools.run(call)
    assert result.figures[0].qualifier == "incl_near_term"
    assert "including near-term payments" in result.lines[0].text


# -- a year's deals added up "across" them -------------------------------------------------------------------------
def test_a_sum_across_a_years_deals_is_our_sum(router: Router) -> None:
    call = one_call(route(router, "total milestones over the 2025 deals?"))
    assert call.tool == "aggregate" and call.args["operation"] == "sum" and call.args["metric"] == "milestones"


def test_no_tracker_figure_beside_ours_reads_without_a_double_negative(tools: DealTools) -> None:
    args = {"metric": "milestones_total", "period": "2024", "derive": "table_against"}
    text = " ".join(line.text for line in tools.run(ToolCall(tool="market_stat", args=args)).lines)
    assert text.startswith("No tracker reported total") and "reported no" not in text, text


# -- one deal, several asks: none dropped ------------------------------------------------------------------------------
def test_an_announcement_date_asked_beside_the_figures_is_stated(assistant: Assistant) -> None:
    answer = assistant.ask("Kelun/Crescent: upfront, milestones, announcement date?")
    assert "December 4, 2025" in answer.answer and "upfront" in answer.answer and "milestone" in answer.answer


def test_which_collaboration_between_the_pair_is_stated(assistant: Assistant) -> None:
    answer = assistant.ask("Argo/Novartis 2025: upfront? and which number collab is it between them?")
    assert "third collaboration" in answer.answer and "$160 million" in answer.answer


def test_how_the_upfront_is_paid_beside_the_total(assistant: Assistant) -> None:
    answer = assistant.ask("Vor/RemeGen — upfront and how it's paid, plus total")
    assert "$45 million" in answer.answer and "total value" in answer.answer, answer.answer


def test_a_lead_drug_ask_after_n_keeps_the_total_before_it(assistant: Assistant) -> None:
    answer = assistant.ask("innovent takeda: upfront? total? n whats the lead drug")
    metrics = [call.args.get("metric") for call in answer.tool_calls]
    assert metrics == ["upfront", "total"] and "total value of up to $11.4 billion" in answer.answer, answer.answer


# -- what part of an upfront was equity or cash ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("history", "question"),
    [
        (["innovent takeda headline number?"], "how much of that upfront is equity tho"),
        ([], "how was the vor bio upfront to remegen split cash vs paper?"),
        ([], "3sbio pfizer upfront: cash or shares?"),
    ],
)
def test_an_upfronts_make_up_asks_the_upfront(router: Router, history: list[str], question: str) -> None:
    call = one_call(route(router, question, history))
    assert call.tool == "get_deal" and call.args.get("metric") == "upfront", call


def test_an_upfront_and_equity_stay_two_figures(router: Router) -> None:
    call = one_call(route(router, "3sbio pfizer upfront and equity?"))
    assert call.args.get("metric") != "upfront", call


def test_the_equity_part_of_an_upfront_is_a_figure(assistant: Assistant) -> None:
    answer = assistant.ask("how much of the innovent takeda upfront was equity?")
    equity = Decimal(_DEALS["innovent-takeda-2025"]["equity_usd"])
    assert any(figure.value == equity for figure in answer.figures), answer.figures


# -- two deals set side by side on the upfront and the total ---------------------------------------------------------
def test_two_deals_compared_on_upfront_and_total_get_both(router: Router) -> None:
    plan = route(router, "Hansoh/Roche vs Innovent/Roche — upfront and total side by side")
    assert [call.args["metric"] for call in plan.tool_calls if call.tool == "compare"] == ["upfront", "total"]
    one = route(router, "Hansoh/Roche vs Innovent/Roche: upfront?")
    assert [call.args["metric"] for call in one.tool_calls if call.tool == "compare"] == ["upfront"]


# -- a count and the sum of the headline, and a tie-out to a tracker's company figure --------------------------------
def test_a_count_beside_the_sum_of_headline_keeps_the_sum(assistant: Assistant) -> None:
    answer = assistant.ask("Innovent 2025: # deals in your table, sum of headline")
    assert [call.args.get("operation") for call in answer.tool_calls] == ["count", "sum"], answer.tool_calls


def test_does_it_reconcile_with_a_trackers_company_figure_sets_both_side_by_side(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Innovent 2025: # deals in your table, sum of headline, and does it reconcile with PharmCube's figure?"
    )
    assert any(call.args.get("derive") == "table_against" for call in answer.tool_calls), answer.tool_calls
