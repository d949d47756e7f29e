"""The tenth session's follow-up classes, tuned on outsider39-43's first-contact failures (never on the held-out
set): a thank-you before the follow-up, a bracketed target ("Lp(a)") picking one of a pair's deals, a new deal
named after a comparison, and a count with a bound over the set summed or averaged before. Expected figures
come from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answer import Answer, Turn
from assistant.corpus.tables import load_tables
from assistant.money import render_amount
from assistant.routing.amounts import read_bounds
from assistant.routing.courtesy import without_courtesy
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _asked(assistant, questions: list[str]) -> Answer:
    """The answer to the last question, asked after the others (with their answers) as history."""
    turns: list[Turn] = []
    for question in questions[:-1]:
        turns.append(Turn(question=question, answer=assistant.ask(question, turns)))
    return assistant.ask(questions[-1], turns)


def _upfront(deal_id: str) -> Decimal:
    amount = _TABLES.deal(deal_id).upfront.amount
    assert amount is not None
    return amount


def _one_call(answer: Answer):
    assert len(answer.tool_calls) == 1, answer.tool_calls
    return answer.tool_calls[0]


def _count(keep) -> int:
    return sum(1 for d in _TABLES.deals if d.scope != "borderline" and d.upfront.amount is not None and keep(d))


# --- a thank-you opening says how the last answer landed, not what is asked
@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("That's helpful, thanks. And in Hansoh's deal with Merck?", "And in Hansoh's deal with Merck?"),
        ("Great, thank you! What about 2024?", "What about 2024?"),
        ("Got it — and LaNova?", "and LaNova?"),
        ("ok, and the milestones?", "and the milestones?"),
    ],
)
def test_a_thank_you_opening_is_dropped(said: str, asked: str) -> None:
    assert without_courtesy(said) == asked


@pytest.mark.parametrize(
    "kept",
    ["Thanks to the milestones, what did Argo get?", "So, how many deals?", "Thanks!", "Great Bay deals, upfront?"],
)
def test_an_opening_with_other_words_or_nothing_after_it_stays(kept: str) -> None:
    assert without_courtesy(kept) == kept


@pytest.mark.parametrize(
    ("history", "follow_up", "deal_id"),
    [
        (
            "What was the upfront in Hansoh's licence to Regeneron?",
            "That's helpful, thanks. And in Hansoh's oral GLP-1 deal with Merck a few months earlier?",
            "hansoh-merck-2024",
        ),
        ("upfront in the Curon-Merck deal?", "Thanks. And LaNova's deal with Merck?", "lanova-merck-2024"),
    ],
)
def test_a_follow_up_after_a_thank_you_keeps_the_measure(assistant, history: str, follow_up: str, deal_id: str) -> None:
    answer = _asked(assistant, [history, follow_up])
    assert answer.route == "table"
    assert _one_call(answer).tool == "get_deal"
    assert render_amount(_upfront(deal_id)) in answer.answer


# --- "Lp(a)" names one of CSPC's three AstraZeneca deals
def test_a_bracketed_target_picks_the_pairs_deal(assistant) -> None:
    answer = assistant.ask("What did AstraZeneca pay CSPC upfront for the Lp(a) program?")
    assert render_amount(_upfront("cspc-astrazeneca-2024")) in answer.answer
    assert "which one" not in answer.answer


def test_a_bracketed_target_picks_the_deal_in_a_follow_up(assistant) -> None:
    answer = _asked(assistant, ["Hengrui/MRK Lp(a) upfront?", "what about CSPC's Lp(a) deal w/ AZ?"])
    assert _one_call(answer).args.get("deal_id") == "cspc-astrazeneca-2024"
    assert render_amount(_upfront("cspc-astrazeneca-2024")) in answer.answer


# --- a new deal named after a comparison asks its figure, not the comparison again
@pytest.mark.parametrize(
    ("history", "follow_up", "deal_id"),
    [
        (
            [
                "What did AbbVie pay 荣昌生物 upfront for RC148?",
                "how does that compare with merck's upfront for LM-299",
            ],
            "and Summit's to Akeso for ivonescimab?",
            "akeso-summit-2022",
        ),
        (
            ["How much did Pfizer pay 3SBio upfront?", "how does that compare with Takeda's upfront to Innovent?"],
            "and Merck's to Hengrui for the Lp(a) drug?",
            "hengrui-merck-2025",
        ),
        (
            ["compare the upfronts of Innovent's Takeda deal and Hengrui's GSK deal"],
            "and what about Akeso's deal with Summit?",
            "akeso-summit-2022",
        ),
    ],
)
def test_a_new_deal_after_a_comparison_is_looked_up(
    assistant, history: list[str], follow_up: str, deal_id: str
) -> None:
    answer = _asked(assistant, [*history, follow_up])
    call = _one_call(answer)
    assert call.tool == "get_deal" and call.args.get("metric") == "upfront"
    assert render_amount(_upfront(deal_id)) in answer.answer


# --- "a bigger upfront than 500m" is a bound; "how many had ..." counts among the set before
def test_a_measure_between_the_comparison_word_and_than_is_bounded() -> None:
    bounds, rest = read_bounds("how many had a bigger upfront than 500m")
    assert bounds.amounts == {"min_upfront_usd": Decimal(500_000_000)}
    assert bounds.exclusive == ["min_upfront_usd"]
    assert "than" not in rest  # no comparison left to read
    assert read_bounds("a smaller upfront than $100 million")[0].amounts == {"max_upfront_usd": Decimal(100_000_000)}


@pytest.mark.parametrize(
    ("history", "follow_up", "keep"),
    [
        (
            "sum of all upfronts on 2024 deals in your table?",
            "how many had a bigger upfront than 500m",
            lambda d: d.year == 2024 and d.scope == "main" and d.upfront.amount > 500_000_000,
        ),
        (
            "sum of Merck's upfronts to Chinese licensors in 2024?",
            "how many were larger than 300m",  # no measure said: the upfront summed before
            lambda d: d.year == 2024 and "Merck & Co." in d.licensees and d.upfront.amount > 300_000_000,
        ),
        (
            "average upfront of Hengrui's deals?",
            "how many were above 100m",
            lambda d: "Jiangsu Hengrui Pharmaceuticals" in d.licensors and d.upfront.amount > 100_000_000,
        ),
    ],
)
def test_a_bounded_count_after_a_sum_counts_among_those_deals(assistant, history: str, follow_up: str, keep) -> None:
    answer = _asked(assistant, [history, follow_up])
    call = _one_call(answer)
    assert call.args.get("operation") == "count"
    expected = _count(keep)
    assert expected >= 2
    assert f"holds {expected} deals" in answer.answer


def test_a_bounded_count_after_one_deal_counts_every_deal(assistant) -> None:
    answer = _asked(
        assistant, ["What was the upfront in the 3SBio-Pfizer deal?", "how many had an upfront above $1bn?"]
    )
    expected = _count(lambda d: d.upfront.amount > 1_000_000_000)
    assert f"holds {expected} deals" in answer.answer
    assert "licensor" not in _one_call(answer).args["filter"]


# --- a follow-up's code letters and "a few months earlier" are no wording of their own
def test_a_described_follow_up_with_a_relative_time_keeps_the_measure(assistant) -> None:
    answer = _asked(
        assistant,
        ["upfront in the Curon-Merck deal?", "And LaNova's PD-1/VEGF deal with Merck a couple of months later?"],
    )
    assert _one_call(answer).tool == "get_deal"
    assert render_amount(_upfront("lanova-merck-2024")) in answer.answer


# --- "which of those was the B7-H4 ADC?" after an average names the deal, it does not average again
@pytest.mark.parametrize(
    ("history", "follow_up", "deal_id"),
    [
        (
            "average upfront over all hansoh deals, incl. the 2023 GSK ones",
            "which of those was the B7-H4 ADC?",
            "hansoh-gsk-2023-10",
        ),
        ("sum of the upfronts of Hengrui's deals", "which of them was the GLP-1 deal?", "hengrui-kailera-2024"),
        (
            "average upfront of AstraZeneca's deals with Chinese companies",
            "which of those was the obesity one?",
            "cspc-astrazeneca-2026",
        ),
    ],
)
def test_which_of_those_lists_the_deal_it_describes(assistant, history: str, follow_up: str, deal_id: str) -> None:
    answer = _asked(assistant, [history, follow_up])
    assert _one_call(answer).tool == "find_deals"
    deal = _TABLES.deal(deal_id)
    assert "holds 1 deal" in answer.answer
    assert deal.asset.split(" (")[0].split(":")[0] in answer.answer and deal.licensees[0] in answer.answer
    assert "average" not in answer.answer


# --- "which of them was earliest" after a total lists them in date order, and "the second one" is the second listed
def test_which_was_earliest_lists_the_set_and_the_ordinal_follows_it(assistant) -> None:
    history = ["信达生物 out-licensing deals - total headline value?", "which of them was earliest"]
    listed = _asked(assistant, history)
    assert _one_call(listed).tool == "find_deals"
    innovent = sorted((d for d in _TABLES.deals if "Innovent Biologics" in d.licensors), key=lambda d: d.announced)
    assert listed.answer.index(innovent[0].licensees[0]) < listed.answer.index(innovent[1].licensees[0])
    second = _asked(assistant, [*history, "the second one's upfront?"])
    assert _one_call(second).args.get("deal_id") == innovent[1].deal_id
    assert render_amount(_upfront(innovent[1].deal_id)) in second.answer
