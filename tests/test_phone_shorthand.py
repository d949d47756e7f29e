"""A portfolio manager's phone shorthand (session 21, outsider90).

* Measures cut to initials or consonants: "kelun crescent ufp?" had been answered with the reverse leg's
  figures, "hansoh / REGN glp1 deal - msts?" with the whole deal's story. "ufp" / "ufps" are the upfront, "msts",
  "mst" and "mlstns" the milestones (``terse_shorthand``).
* The apostrophe dropped: "whats the target" after a deal's upfront had been read as the upfront again; "whats"
  and "hows" are "what's" and "how's" (``contractions``).
Expected figures are read from documents/deals.csv.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.dates import on_dates_worded
from assistant.routing.contractions import apostrophes_restored
from assistant.routing.trade_shorthand import expand_shorthand
from tests.conftest import DOCUMENTS, bundled_entities

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = {row["deal_id"]: row for row in csv.DictReader(_handle)}


def _money(value: str) -> str:
    amount = Decimal(value)
    if amount >= 1_000_000_000:
        return f"{(amount / 1_000_000_000).normalize():f} billion"
    return f"{(amount / 1_000_000).normalize():f} million"


@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("3sbio pfe ufp", "3sbio pfe upfront"),
        ("sum the ufps for roche", "sum the upfronts for roche"),
        ("innovent takeda msts?", "innovent takeda milestones?"),
        ("argo nvs mst", "argo nvs milestones"),
        ("zelgen abbv mlstns", "zelgen abbv milestones"),
        ("UFP-1 program", "UFP-1 program"),  # a code stays a code
        ("MST-101 program", "MST-101 program"),
    ],
)
def test_phone_measures_are_spelt(question: str, spelt: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == spelt


@pytest.mark.parametrize(
    ("question", "restored"),
    [
        ("whats the lead asset", "what's the lead asset"),
        ("argo nvs - whats the disease", "argo nvs - what's the disease"),
        ("hows the 2025 pace vs 24", "how's the 2025 pace vs 24"),
        ("the hows and whys of the deal", "the hows and whys of the deal"),  # a noun stays a noun
        ("whats?", "whats?"),
    ],
)
def test_apostrophes_restored(question: str, restored: str) -> None:
    assert apostrophes_restored(question) == restored


def test_phone_measures_answer_the_measure(assistant: Assistant) -> None:
    innovent = _DEALS["innovent-takeda-2025"]
    answer = assistant.ask("innovent takeda ufp?")
    assert answer.route == "table" and _money(innovent["upfront_usd"]) in answer.answer
    answer = assistant.ask("argo novartis 2025 - msts?")
    assert _money(_DEALS["argo-novartis-2025"]["milestones_usd"]) in answer.answer


def test_whats_after_a_deal_asks_of_that_deal(assistant: Assistant) -> None:
    earlier = [Turn(question="jacobio az upfront", answer="AstraZeneca paid Jacobio $100 million upfront.")]
    answer = assistant.ask("whats the target", history=earlier)
    assert "KRAS" in answer.answer


# -- a day said after "on" (an article's ISO date, said in words beside it) --------------------------------------
@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The deal closed on 2025-07-24.", "The deal closed on 24 July 2025 (2025-07-24)."),
        (
            "It was terminated on 2026-01-06 and rights reverted.",
            "It was terminated on 6 January 2026 (2026-01-06) and rights reverted.",
        ),
        ("Announced 2025-05-20 by the company.", "Announced 2025-05-20 by the company."),  # no "on": left as written
        ("closed on 20 December 2024 (2024-12-20)", "closed on 20 December 2024 (2024-12-20)"),  # said once only
    ],
)
def test_on_dates_worded(sentence: str, said: str) -> None:
    assert on_dates_worded(sentence) == said


def test_a_quoted_closing_is_said_with_its_month(assistant: Assistant) -> None:
    answer = assistant.ask("when did the 3sbio pfizer licence close")
    assert "July 2025" in answer.answer


# -- a span said with "thru" / "through" / "until" ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("oncology deals 2024 thru 2025", "oncology deals in 2024 to 2025"),
        ("sum of upfronts from 2025 through 2026", "sum of upfronts from 2025 to 2026"),
        ("ADC deals thru 2025", "ADC deals thru 2025"),  # a bound alone stays a bound
    ],
)
def test_year_spans_said_with_thru(question: str, spelt: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == spelt


def test_a_thru_span_counts_both_ends(assistant: Assistant) -> None:
    answer = assistant.ask("how many metabolic deals 2025 through 2026?")
    assert "2025-01-01 to 2026-12-31" in answer.answer and "any time" not in answer.answer


def test_a_month_span_without_from_is_the_months_between() -> None:
    # "bispecific deals sep 2024 thru feb 2025" had read as two periods and gone to the articles
    spelt = expand_shorthand("bispecific deals sep 2024 thru feb 2025", bundled_entities())
    assert spelt == "bispecific deals from sep 2024 to feb 2025"
    assert expand_shorthand("deals feb vs may 2025", bundled_entities()) == "deals feb vs may 2025"


def test_a_month_span_lists_the_deals_of_those_months(assistant: Assistant) -> None:
    answer = assistant.ask("Hengrui deals sept 2024 until feb 2026")
    assert answer.route == "table" and "2024-09-01 to 2026-02-28" in answer.answer
    expected = [row for row in _DEALS.values() if "Hengrui" in row["licensor"]]
    expected = [row for row in expected if "2024-09-01" <= row["announced"] <= "2026-02-28"]
    assert f"holds {len(expected)} deals" in answer.answer


# -- "closed yet?" after a deal's answer ----------------------------------------------------------------------------
@pytest.mark.parametrize("question", ["closed yet?", "closed?", "and completed?"])
def test_a_bare_closing_follow_up_asks_the_deals_status(assistant: Assistant, question: str) -> None:
    earlier = [Turn(question="3sbio pfizer upfront", answer="Pfizer pays 3SBio $1.25 billion upfront.")]
    answer = assistant.ask(question, history=earlier)
    assert "closed on 24 July 2025" in answer.answer


def test_closing_words_in_a_question_of_their_own_are_no_status_ask() -> None:
    from assistant.routing.deal_status import asks_status

    assert not asks_status("which deals closed in 2025 and what were their upfronts?")
    assert asks_status("closed yet?")


# -- "2024 and 2025 separately": one figure per year ----------------------------------------------------------------
def test_years_said_separately_are_asked_one_by_one() -> None:
    from assistant.routing.decompose import split_parts

    assert split_parts("oncology deal count 2025 and 2026 individually") == [
        "Oncology deal count 2025?",
        "Oncology deal count 2026?",
    ]
    assert len(split_parts("upfront total and deal count for roche, 2024 and 2025 separately")) == 4
    assert split_parts("oncology deals in 2024 and 2025") == ["oncology deals in 2024 and 2025"]  # one span


def test_each_year_gets_its_own_figure(assistant: Assistant) -> None:
    answer = assistant.ask("number of metabolic deals in your table, 2024 and 2025 separately")
    assert "announced in 2024" in answer.answer and "announced in 2025" in answer.answer
    assert "2024-01-01 to 2025-12-31" not in answer.answer


# -- "list them and total the upfronts": the list with its sum ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("list roche's deals and total the upfronts", "list roche's deals and add up the upfronts"),
        ("total their milestones", "add up their milestones"),
        ("what is the total upfront", "what is the total upfront"),  # the noun stays
    ],
)
def test_total_as_a_verb(question: str, spelt: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == spelt


def test_a_listing_with_its_upfronts_totalled(assistant: Assistant) -> None:
    answer = assistant.ask("Roche's deals - list them and total the upfronts")
    roche = [row for row in _DEALS.values() if row["licensee"] == "Roche" and row["upfront_usd"]]
    total = sum(Decimal(row["upfront_usd"]) for row in roche)
    assert _money(str(total)) in answer.answer
    assert all(row["licensor"].split()[0] in answer.answer for row in roche)


# -- a company's share of its "total": total deal value -------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        (
            "what share of CSPC's total came from the AstraZeneca deals?",
            "what share of CSPC's total value came from the AstraZeneca deals?",
        ),
        (
            "what share of Roche's 2025 total is the Innovent deal?",
            "what share of Roche's 2025 total value is the Innovent deal?",
        ),
        ("what share of CSPC's total upfront came from AZ?", "what share of CSPC's total upfront came from AZ?"),
    ],
)
def test_a_share_of_a_companys_total(question: str, spelt: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == spelt


def test_a_share_of_a_total_weighs_deal_values(assistant: Assistant) -> None:
    answer = assistant.ask("what share of CSPC's total came from the AstraZeneca deals?")
    assert answer.tool_calls and answer.tool_calls[0].args["metric"] == "total"


# -- "what got signed in <period>": the deals announced then ---------------------------------------------------------
def test_what_got_signed_lists_the_deals_of_that_month(assistant: Assistant) -> None:
    answer = assistant.ask("what was inked in sept 2025?")
    september = [row for row in _DEALS.values() if row["announced"].startswith("2025-09")]
    assert f"{len(september)} deals announced in September 2025" in answer.answer
    assert expand_shorthand("what got signed, the licence or an option?", bundled_entities()).startswith("what got")


# -- "%" after two years: the change between them ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("deal value 2024 vs 2025 %", "deal value 2024 vs 2025 % change"),
        ("upfront total 2023 to 2024 %?", "upfront total 2023 to 2024 % change?"),
        ("hengrui's share of 2025 %", "hengrui's share of 2025 %"),  # one year: no change
    ],
)
def test_percent_after_two_years(question: str, spelt: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == spelt


def test_percent_after_two_years_is_the_growth(assistant: Assistant) -> None:
    answer = assistant.ask("pharmcube deal value 2024 vs 2025 %")
    assert "161.5%" in answer.answer


# -- an outlet named alone: the tracker figures it carried ------------------------------------------------------------
def test_an_outlets_ranking_is_its_trackers(assistant: Assistant) -> None:
    answer = assistant.ask("who led 2025 per caixin - top 2 chinese companies by deal value")
    assert "PharmCube NextPharma (via Caixin)" in answer.answer and "16.7 billion" in answer.answer


# -- a total that was never disclosed: the disclosed parts are given ---------------------------------------------------
def test_an_undisclosed_total_gives_the_disclosed_parts(assistant: Assistant) -> None:
    simcere = _DEALS["simcere-abbvie-2025"]
    assert not simcere["total_usd"] and simcere["milestones_usd"]
    answer = assistant.ask("simcere abbvie total deal value?")
    assert "not disclosed" in answer.answer and _money(simcere["milestones_usd"]) in answer.answer


# -- "worth" of a deal's money is that money, not a company's market value ---------------------------------------------
def test_the_worth_of_a_deals_equity_is_its_figure(assistant: Assistant) -> None:
    harbour = _DEALS["harbour-astrazeneca-2025"]
    answer = assistant.ask("harbour az - what was the equity stake worth")
    assert answer.route == "table" and _money(harbour["equity_usd"]) in answer.answer
    assert assistant.ask("what's akeso worth?").route != "table"  # a company's own worth stays unheld


# -- "incl HK / taiwan" after a market figure: the Greater China scope ------------------------------------------------
@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("2024 deal count including Hong Kong and Taiwan?", "2024 deal count Greater China?"),
        ("greater china total incl HK/TW for 2021", "greater china total for 2021"),
        ("does the 3sbio licence include taiwan?", "does the 3sbio licence include taiwan?"),
        ("innovent takeda territory incl HK?", "innovent takeda territory incl HK?"),
    ],
)
def test_places_included_as_the_trackers_scope(question: str, spelt: str) -> None:
    from assistant.routing.inclusive_totals import places_as_scope

    assert places_as_scope(question) == spelt


def test_places_included_answer_the_greater_china_series(assistant: Assistant) -> None:
    answer = assistant.ask("2021 deal value incl HK and taiwan?")
    assert "13.9 billion" in answer.answer


# -- the decomposer reads the phone measures too ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("roche - how many china deals and total ufp", ["Roche - how many china deals?", "Roche - total ufp?"]),
        ("abbvie - how many china deals and total ufps", ["Abbvie - how many china deals?", "Abbvie - total ufps?"]),
    ],
)
def test_count_and_a_phone_measure_are_two_asks(question: str, parts: list[str]) -> None:
    from assistant.routing.decompose import split_parts

    assert split_parts(question) == parts
