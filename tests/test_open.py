"""The opened sets' classes (outsider81, 84, 85), each with a phrasing the eval files do not hold: co-licensors named
with their licensee (``routing/co_licensors.py``), "X's other deal, the Roche ADC" (``other_deal.partner_named``),
"the one before that" (``routing/one_before.py``), a tracker's figure of one kind of drug (``routing/scoped_stats.py``),
deals that disclosed a figure (``routing/disclosed_figures.py``), "what modality" among a deal's asks
(``deal_asks``), IQVIA's "investment in china partnerships", a trailing "total" over two named deals
(``deal_pairs.PAIR_SUMMED_RE``), a pair's two deals told apart by order alone (``pair_apart``), and two kinds set
against each other by "or" / "than" when a gap is asked (``area_sides``)."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.disclosed_figures import _DISCLOSED_RE
from assistant.routing.one_before import _ONE_BEFORE_RE
from assistant.routing.other_deal import another_deal


def _turns(assistant: Assistant, *questions: str) -> list[Turn]:
    history: list[Turn] = []
    for question in questions:
        history.append(Turn(question=question, answer=assistant.ask(question, list(history))))
    return history


# -- the readings (positive and negative examples) --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("and the one before that - what was the total value on it?", True),
        ("the deal before that: milestones?", True),
        ("and the previous one?", False),  # the last turn's deal to some readers
        ("what about the year before?", False),
    ],
)
def test_one_before_reading(text: str, matched: bool) -> None:
    assert bool(_ONE_BEFORE_RE.search(text)) is matched


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("trispecific TCE deals since 2024 that disclosed an upfront?", True),
        ("which 2024 bispecific deals disclosed a total value?", True),
        ("ADC deals with a disclosed upfront", True),
        ("deals where the milestones were disclosed", True),
        ("deals with no disclosed upfront", False),
        ("what did Pfizer pay 3SBio upfront?", False),
    ],
)
def test_disclosed_reading(text: str, matched: bool) -> None:
    assert bool(_DISCLOSED_RE.search(text)) is matched


def test_other_deal_with_its_partner_named(assistant: Assistant) -> None:
    mentions = assistant.snapshot.router.entities.find_companies
    said = "Hansoh's other 2025 deal, the Roche ADC - same upfront?"
    assert not another_deal(mentions(said).mentions, said)
    left_out = "Hansoh's other deal besides Regeneron?"
    assert another_deal(mentions(left_out).mentions, left_out)
    alone = "and its other 2025 deal?"
    assert another_deal(mentions(alone).mentions, alone)


# -- the answers (real index, real model) -------------------------------------------------------------------------
def test_co_licensors_and_their_licensee(assistant: Assistant) -> None:
    answer = assistant.ask("kelun + HBM anti-TSLP to windward, UF")
    assert "$45 million" in answer.answer and answer.route == "table"
    other = assistant.ask("Harbour, Kelun and Windward Bio: milestones?")  # not in the eval files
    assert "$925 million" in other.answer
    assert other.tool_calls[0].args["deal_id"] == "kelun-harbour-windward-2025"


def test_other_deal_named_by_its_partner(assistant: Assistant) -> None:
    history = _turns(assistant, "Hansoh / Regeneron GLP-1/GIP deal, what was the upfront?")
    answer = assistant.ask("what about Hansoh's other 2025 deal, the Roche ADC - same upfront?", history)
    assert "$80 million" in answer.answer and "GLP-1" not in answer.interpretation
    assert answer.tool_calls[0].tool == "get_deal"
    history = _turns(assistant, "What did Regeneron pay Hansoh upfront?")
    other = assistant.ask("and Hansoh's other deal, with Roche: the milestones?", history)
    assert "$1.45 billion" in other.answer


def test_the_one_before_that(assistant: Assistant) -> None:
    history = _turns(
        assistant,
        "What did Merck pay Curon upfront for CN201? we have a CD3 bispecific so it's a comp",
        "and Merck's LaNova deal, LM-299?",
    )
    answer = assistant.ask("and the one before that - what was the total value on it?", history)
    assert "$1.3 billion" in answer.answer and "4.588" not in answer.answer
    history = _turns(assistant, "What did Pfizer pay 3SBio upfront?", "and what did Merck pay LaNova?")
    other = assistant.ask("the deal before that: milestones?", history)
    assert "$4.8 billion" in other.answer and "2.7 billion" not in other.answer


def test_tracker_figure_of_one_kind(assistant: Assistant) -> None:
    answer = assistant.ask("vision lifesciences - china's share of global ADC licensing?")
    assert "about 90%" in answer.answer and "32%" not in answer.answer
    other = assistant.ask("per Vision Lifesciences, what is China's share of ADC licensing worldwide?")
    assert "90%" in other.answer
    plain = assistant.ask("China's share of global licensing value, per Vision Lifesciences?")
    assert "32%" in plain.answer  # no kind named: every row, as before
    history = _turns(
        assistant, "per vision lifesciences, what share of global out-licensing value did china take in q1 2025?"
    )
    followed = assistant.ask("and for antibody-drug conjugates?", history)  # Q1 2025 is not the ADC row's period
    assert "about 90%" in followed.answer and not followed.abstained


def test_deals_that_disclosed_a_figure(assistant: Assistant) -> None:
    answer = assistant.ask("trispecific TCE deals since 2024 that disclosed an upfront?")
    assert "3 deals" in answer.answer and "Simcere" not in answer.answer
    assert answer.tool_calls[0].tool == "find_deals"
    other = assistant.ask("which trispecific T-cell engager deals had a publicly disclosed upfront since 2024?")
    assert "Chimagen" in other.answer and "Zelgen" in other.answer and "Leads" in other.answer


def test_modality_among_a_deals_asks(assistant: Assistant) -> None:
    answer = assistant.ask("科伦博泰 / Crescent deal: upfront, milestones, and what modality?")
    assert "$80 million" in answer.answer and "$1.25 billion" in answer.answer and "ADC" in answer.answer
    other = assistant.ask("Hansoh / Roche deal: upfront, territory, and what kind of molecule?")
    assert "$80 million" in other.answer and "antibody-drug conjugate" in other.answer


def test_investment_in_china_partnerships(assistant: Assistant) -> None:
    answer = assistant.ask("IQVIA: by what % did H1 2025 investment in china partnerships exceed all of 2024?")
    assert "$48.5 billion" in answer.answer and "$44.8 billion" in answer.answer and not answer.abstained
    other = assistant.ask("per IQVIA, how much investment in China partnerships was there in 2024?")
    assert "$44.8 billion" in other.answer
    pledge = assistant.ask("AstraZeneca's investment in China - how much did it pledge?")
    assert pledge.route == "text"  # a pledge is still no deal figure


def test_trailing_total_over_two_named_deals(assistant: Assistant) -> None:
    answer = assistant.ask("BMY UF paid to china names total (systimmune + harbour)")
    assert "$890 million" in answer.answer
    other = assistant.ask("bms upfront to systimmune and harbour biomed, total")
    assert "$890 million" in other.answer


def test_a_pairs_two_deals_by_order(assistant: Assistant) -> None:
    answer = assistant.ask("MediLink's two Roche ADC deals — how much bigger was the second upfront than the first?")
    assert "$520 million more" in answer.answer
    other = assistant.ask("how much bigger was the upfront of MediLink's second Roche deal than its first?")
    assert "$520 million more" in other.answer


def test_two_kinds_and_the_gap(assistant: Assistant) -> None:
    answer = assistant.ask("2025: small molecule vs peptide deals, which drew more upfront in total and by how much?")
    assert "$695 million" in answer.answer and "$280 million" in answer.answer and "$415 million" in answer.answer
    other = assistant.ask("how much more upfront did bispecific deals draw than ADC deals in 2024?")
    assert "$1.313 billion" in other.answer and "$150 million" in other.answer and "$1.163 billion" in other.answer
    both = assistant.ask("did metabolic or immunology deals pull in more upfront cash, and what were the two sums?")
    assert "$1.882 billion" in both.answer and "$920 million" in both.answer  # no gap asked: the two sums
