"""Review 2's faults in first_of_count, all_parties and lettered_parts: each near-miss (a follow-up with a company
of its own, "not only X but also Y", a tail or an object shared by lettered items) is no longer answered as
another question, and each rule's own wording still works. Real assistant, real tables."""

from __future__ import annotations

from assistant.answering.assistant import Assistant
from assistant.routing.lettered_parts import lettered_parts
from tests.conftest import conversation

CSPC_AZ = "How many licensing deals has CSPC signed with AstraZeneca?"


# --- first_of_count: a follow-up naming its own company, or asking more than the one deal
def test_the_latest_one_with_another_company_is_not_the_counted_pairs_deal(assistant: Assistant) -> None:
    answer = conversation(
        assistant, "How many deals did Hansoh sign with GSK?", "and the latest one with Merck, what was the upfront?"
    )
    assert "$112 million" in answer  # hansoh-merck-2024, the only Hansoh–Merck deal
    assert "$542 million" not in answer and "$1.07 billion" not in answer and "$1.822 billion" not in answer


def test_the_first_of_them_and_the_total_of_all_of_them_is_not_one_deal(assistant: Assistant) -> None:
    answer = conversation(assistant, CSPC_AZ, "the first of them, and the total upfront of all of them?")
    assert "$1.41 billion" in answer  # not only the first deal's $100 million


def test_the_latest_deal_overall_is_not_the_counted_pairs_deal(assistant: Assistant) -> None:
    answer = conversation(
        assistant,
        "How many deals did Merck sign with Hengrui?",
        "and the latest deal Hengrui signed overall, who was the buyer?",
    )
    assert "$1.77 billion in milestone" not in answer  # not the Hengrui–Merck terms


def test_the_first_one_after_a_pair_count_still_is_the_earliest_deal(assistant: Assistant) -> None:
    first = conversation(assistant, CSPC_AZ, "what did AZ pay upfront in the first one?")
    assert "$100 million" in first and "$1.41 billion" not in first
    latest = conversation(assistant, CSPC_AZ, "upfront of the most recent one?")
    assert "$1.2 billion" in latest and "$1.41 billion" not in latest


# --- all_parties: "not only X but also Y" adds a company; "not just with X" still widens
def test_not_only_merck_but_also_gsk_keeps_both_companies(assistant: Assistant) -> None:
    answer = assistant.ask("Which Chinese licensors have deals with not only Merck but also GSK?").answer
    assert "Merck & Co." in answer and "GSK" in answer
    assert "$16.63 billion" not in answer  # not GSK's summed total value
    answer = assistant.ask("How many deals did Hengrui sign with not just Merck but also GSK?").answer
    assert "Merck & Co." in answer and not answer.startswith("Our table holds 1 deal")


def test_not_just_with_a_company_widens_to_every_partner(assistant: Assistant) -> None:
    answer = assistant.ask("How many 2024 deals did Merck sign, not just with Curon?").answer
    assert "3 deals" in answer and "LaNova Medicines" in answer and "Hansoh Pharmaceutical Group" in answer
    answer = conversation(
        assistant,
        "How many deals has MSD done with chinese biotechs",
        "how many deals in total were in your table for 2024, everyone not just merck",
    )
    assert "13 deals" in answer


# --- lettered_parts: a tail's own ask and a shared object belong to every item
def test_lettered_items_keep_the_measure_asked_after_them(assistant: Assistant) -> None:
    question = (
        "For each of (a) Hengrui's 2025 deals and (b) Hansoh's 2025 deals, what was the total upfront, "
        "and who paid the most?"
    )
    assert lettered_parts(question) == []
    answer = assistant.ask(question).answer
    assert "$783 million" in answer and "$160 million" in answer  # upfront sums, not total values
    assert "$16.669 billion" not in answer


def test_lettered_items_keep_the_deal_named_after_them(assistant: Assistant) -> None:
    question = "What was (a) the upfront and (b) the milestones of the Hengrui GSK deal?"
    assert lettered_parts(question) == []
    answer = assistant.ask(question).answer
    assert "$500 million upfront" in answer and "$12 billion in milestone" in answer
    assert "Which deal do you mean?" not in answer


def test_lettered_items_with_their_own_objects_are_still_asked_one_by_one(assistant: Assistant) -> None:
    question = (
        "Please state the upfront payable by Merck under (a) the Curon CN201 transaction and (b) the LaNova "
        "LM-299 licence, and the combined upfront of the two."
    )
    assert len(lettered_parts(question)) == 3
    answer = assistant.ask(question).answer
    assert answer.index("$700 million") < answer.index("$588 million") < answer.index("$1.288 billion")
    parts = lettered_parts(
        "State (a) the upfront of the Hengrui-GSK deal, (b) the upfront of the 3SBio-Pfizer deal, and (c) their sum."
    )
    assert parts[:2] == ["State the upfront of the Hengrui-GSK deal", "State the upfront of the 3SBio-Pfizer deal"]
