"""Issue 11, round 22b: text about one deal, asked of one deal.

``routing/deal_sides.py``: a comparison of one company's two deals, each side named by its asset, target or
partner, compares those two deals, never a side's sum over every deal of its pair; a side nothing picks a
deal for asks which one. Expected deals are found in deals.csv by their asset column."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route

_DEALS = list(load_tables(DOCUMENTS).deals)


def _deal(licensee: str, asset_word: str) -> Deal:
    """The one deal of ``licensee`` whose asset column holds ``asset_word``."""
    found = [d for d in _DEALS if licensee in " ".join(d.licensees) and asset_word in d.asset]
    assert len(found) == 1, found
    return found[0]


def _pair_deals(licensee: str, licensor: str) -> list[Deal]:
    return [d for d in _DEALS if licensee in " ".join(d.licensees) and licensor in " ".join(d.licensors)]


# --- each side of "X's <asset> with A vs its <asset> with B" is one deal --------------------------------------
@pytest.mark.parametrize(
    ("question", "left", "right"),
    [
        # a side named by its target, the other by its partner only
        (
            "Hansoh's oral GLP-1 with MSD vs its B7-H3 ADC with GSK - which came with more upfront",
            None,
            ("GSK", "B7-H3"),
        ),
        (
            "MediLink's B7-H3 ADC with Roche vs its HER3 ADC with BioNTech: which had the bigger upfront?",
            ("Roche", "B7-H3"),
            ("BioNTech", "HER3"),
        ),
        (
            "Did AstraZeneca pay CSPC more upfront for the oral Lp(a) disruptor than Madrigal paid for SYH2086?",
            ("AstraZeneca", "Lp(a)"),
            None,
        ),
        # a target said in other spelling ("c-Met"), a platform named by its name
        (
            "MediLink's c-Met ADC with Roche versus its TMALIN platform deal with BioNTech - which brought in more?",
            ("Roche", "c-Met"),
            ("BioNTech", "TMALIN"),
        ),
    ],
)
def test_each_side_is_the_deal_its_words_name(
    router: Router, question: str, left: tuple[str, str] | None, right: tuple[str, str] | None
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare", call
    for side, named in (("left", left), ("right", right)):
        if named is not None:
            assert call.args[side]["deal_ids"] == [_deal(*named).deal_id], call.args[side]
        else:
            assert not call.args[side].get("deal_ids"), call.args[side]


def test_the_compared_figures_are_the_two_deals(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Was the upfront bigger for Kelun's TROP2 ADC with Merck or for its integrin beta-6 ADC with Crescent?"
    )
    merck, crescent = _deal("Merck", "TROP2"), _deal("Crescent", "integrin beta-6")
    values = [f.value for f in answer.figures[:2]]
    assert values == [merck.upfront.amount, crescent.upfront.amount], answer.figures
    pair_sum = sum(d.upfront.amount or 0 for d in _pair_deals("Merck", "Kelun"))
    assert pair_sum not in [f.value for f in answer.figures]


# --- a side that still matches several deals asks which one ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "pairs"),
    [
        ("kelun: merck upfront vs crescent upfront, which was bigger?", [("Merck", "Kelun")]),
        (
            "MediLink's ADC with Roche vs its ADC with BioNTech: which had the bigger upfront?",
            [("Roche", "MediLink"), ("BioNTech", "MediLink")],
        ),
    ],
)
def test_a_side_matching_several_deals_asks_which(
    assistant: Assistant, question: str, pairs: list[tuple[str, str]]
) -> None:
    answer = assistant.ask(question)
    assert answer.route == "none" and not answer.abstained and not answer.figures, answer.answer
    for licensee, licensor in pairs:
        for deal in _pair_deals(licensee, licensor):
            code = deal.asset.split(" (")[0].split(" / ")[0].split()[0]
            assert code in answer.answer, (code, answer.answer)
    assert len(answer.citations) == sum(len(_pair_deals(*pair)) for pair in pairs)


def test_a_plural_side_keeps_its_sum(router: Router) -> None:
    call = one_call(route(router, "Compare the upfronts of all of Kelun's Merck deals with its Crescent deal"))
    assert call.tool == "compare", call
    assert not call.args["left"].get("deal_ids") and not call.args["right"].get("deal_ids"), call.args


# --- "how many x the ..." is a multiple; a type said of one side only does not empty the other ------------------
@pytest.mark.parametrize(
    ("question", "left", "right"),
    [
        ("remegen: abbvie upfront how many x the vor upfront", ("AbbVie", "RC148"), ("Vor", "Telitacicept")),
        ("hansoh: gsk B7-H3 adc upfront how many x the regeneron upfront", ("GSK", "B7-H3"), ("Regeneron", "HS-20094")),
    ],
)
def test_how_many_x_the_other_is_a_ratio(
    assistant: Assistant, question: str, left: tuple[str, str], right: tuple[str, str]
) -> None:
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["compare"], answer.tool_calls
    a, b = _deal(*left).upfront.amount, _deal(*right).upfront.amount
    assert a is not None and b is not None
    ratios = [f.value for f in answer.figures if f.unit == "ratio"]
    assert ratios and abs(ratios[0] - a / b) < 0.01, (ratios, a / b)


# --- a text question's non-money ask goes to the deal's article, never its terms template -----------------------
@pytest.mark.parametrize(
    "question",
    [
        "How big a charge did Merck expect to book on the Curon transaction?",
        "What one-off pre-tax hit did MSD say the CN201 deal would cost it?",
        "who ended up acquiring LaNova after the Merck deal, and for how much?",
        "who took over LaNova after it licensed LM-299 to Merck?",
        "what changed in the Harbour BioMed / AstraZeneca tie-up in November 2025",
        "what happened after argo's two novartis licences in january 2024?",
        "what exactly did az get from cspc in jan 2026 - what drugs",
        "innovent-lilly feb 2026, how many collabs does that make between them",
        "cspc-az jan 2026 deal: how many licensing deals does that make between the two?",
    ],
)
def test_a_story_ask_goes_to_the_articles(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls, (plan.rule, plan.tool_calls)


@pytest.mark.parametrize(
    ("question", "tool"),
    [
        ("How much did Merck pay Curon upfront?", "get_deal"),
        ("How many deals did AstraZeneca sign with CSPC?", "aggregate"),
        ("How much did AZ pay CSPC upfront in jun 25?", "get_deal"),  # the month picks the deal; still its terms
        ("Hansoh ADC deals - how many, who bought", "aggregate"),  # "who bought": the licensees, no acquirer
    ],
)
def test_a_deal_question_keeps_its_plan(router: Router, question: str, tool: str) -> None:
    plan = route(router, question)
    assert [c.tool for c in plan.tool_calls][:1] == [tool], (plan.rule, plan.tool_calls)


# --- "sept 25" is September 2025, and that month's deal of the pair leads -------------------------------------
@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("argo/novartis sept 25 - what assets r in it", ("2025-09-01", "2025-09-30")),
        ("cspc az jun 25 - what does that deal cover?", ("2025-06-01", "2025-06-30")),
    ],
)
def test_a_month_with_a_two_digit_year(router: Router, question: str, period: tuple[str, str]) -> None:
    plan = route(router, question)
    assert (plan.passage_filter.get("date_from"), plan.passage_filter.get("date_to")) == period


def test_a_day_of_a_named_year_stays_a_day() -> None:
    from assistant.routing.month_shorthand import with_month_years

    assert with_month_years("deals signed on sept 25, 2025") == "deals signed on sept 25, 2025"
    assert with_month_years("upfront over 25m in jun 25") == "upfront over 25m in June 2025"


def test_the_month_named_picks_the_pair_deal_that_leads(assistant: Assistant) -> None:
    answer = assistant.ask("cspc az jun 25 - what does that deal cover?")
    june = next(d for d in _DEALS if d.announced.startswith("2025-06") and "AstraZeneca" in d.licensees)
    assert answer.citations[0].doc_id == june.doc_id, [c.doc_id for c in answer.citations]
