"""Claims with a wrong partner or a wrong year (``routing/claim_corrections.py``, ``answering/claim_notes.py``).

Other wordings than the outsider and phrasing files'; the deal each claim is about is found in deals.csv by
its asset or its pair, never written here."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.dates import human_date
from assistant.routing.claim_corrections import is_claim
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route

_DEALS = load_tables(DOCUMENTS).deals


def _by_asset(code: str) -> Deal:
    held = [deal for deal in _DEALS if code.lower() in deal.asset.lower()]
    assert len(held) == 1, held
    return held[0]


def _by_pair(first: str, second: str) -> Deal:
    held = [deal for deal in _DEALS if {first, second} <= {*deal.licensors, *deal.licensees}]
    assert len(held) == 1, held
    return held[0]


# --- a claim's partner is wrong: the asset names the deal, whose partner is another company
@pytest.mark.parametrize(
    ("question", "code", "stranger"),
    [
        ("Did Novartis license Hengrui's HRS-1893, as the newsletter says?", "HRS-1893", "Novartis"),
        ("Was it AbbVie that took Evopoint's XNW27011?", "XNW27011", "AbbVie"),
        (
            "Check this: GSK paid Mabwell $25 million upfront for 9MW3811. Was GSK really the licensee?",
            "9MW3811",
            "GSK",
        ),
    ],
)
def test_a_claimed_partner_the_asset_contradicts_looks_up_the_assets_deal(
    router: Router, question: str, code: str, stranger: str
) -> None:
    deal = _by_asset(code)
    call = one_call(route(router, question))
    assert call.tool == "get_deal" and call.args["deal_id"] == deal.deal_id
    assert stranger not in (call.args.get("licensor"), call.args.get("licensee"))


# --- a claim's year is wrong: the asset or the pair names one deal, announced in another year
@pytest.mark.parametrize(
    ("question", "deal"),
    [
        ("Did Glenmark license SHR-A1811 from Hengrui back in 2023, as we wrote?", _by_asset("SHR-A1811")),
        (
            "My piece says Zenas and InnoCare signed in early 2024 - right year?",
            _by_pair("Zenas BioPharma", "InnoCare Pharma"),
        ),
        ("Was the Jacobio-AstraZeneca pact signed in 2024?", _by_pair("Jacobio Pharmaceuticals", "AstraZeneca")),
    ],
)
def test_a_claimed_year_no_deal_matches_is_dropped_for_the_one_deal_named(
    router: Router, question: str, deal: Deal
) -> None:
    plan = route(router, question)
    call = one_call(plan)
    assert plan.route == "table" and call.tool == "get_deal" and call.args["deal_id"] == deal.deal_id
    assert "year" not in call.args and not call.args.get("date_from")


# --- no claim, or no one deal: the question is read as before
@pytest.mark.parametrize(
    "question",
    [
        "How much did Novo Nordisk pay United Labs upfront in its 2023 deal?",  # a wh-question: still refused
        "lilly UF to innovent in 2024?",
        "Did AstraZeneca sign a deal with CSPC in 2023?",  # the pair's three deals, none named by kind or asset
        "Did Merck pay LaNova a milestone in 2025?",  # the year dates a payment, not the signing
    ],
)
def test_a_question_that_checks_no_claim_keeps_its_year(router: Router, question: str) -> None:
    plan = route(router, question)
    years = [call.args.get("year") for call in plan.tool_calls]
    assert plan.route != "table" or any(years), plan


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("Did Merck sign it in 2023?", True),
        ("Check: Hengrui licensed HRS-5346 to Pfizer.", True),
        ("Is the timing right?", True),
        ("How much did Merck pay Hengrui upfront?", False),
        ("What did Pfizer pay 3SBio in 2024?", False),
    ],
)
def test_a_claim_is_worded_as_one(question: str, claim: bool) -> None:
    assert is_claim(question) is claim


# --- the answer says what the claim got wrong, cited, before the deal's terms
def test_the_answer_corrects_the_partner_and_the_year_with_a_citation(assistant: Assistant) -> None:
    deal = _by_asset("HRS-1893")
    answer = assistant.ask("Our draft says Novartis licensed Hengrui's HRS-1893 in 2023. Is that right?")
    assert answer.route == "table" and not answer.abstained
    buyer = deal.licensees[0]
    assert answer.answer.startswith(f"The partner is wrong: {deal.licensors[0]} licensed HRS-1893 to {buyer}")
    assert f"announced on {human_date(deal.announced)}" in answer.answer
    first = answer.answer.split("]")[0].rsplit("[", 1)[1]  # the first sentence's marker
    opening = next(c for c in answer.citations if str(c.n) == first)
    assert opening.doc_id == deal.doc_id and opening.paragraph == 1
    assert any(figure.value == deal.upfront.amount for figure in answer.figures)


# --- a text question about one of a pair's deals, named by its drug code (``routing/part_topics.py``)
@pytest.mark.parametrize(
    ("question", "carried"),
    [
        ("HS-20089 - what is it and when did GSK license it", "When did GSK license it (HS-20089)?"),
        ("SKB264: what kind of drug is it, and what did Merck get for it", "What did Merck get for it (SKB264)?"),
    ],
)
def test_a_drug_code_before_a_dash_is_carried_into_the_parts_that_point_back(question: str, carried: str) -> None:
    assert split_parts(question)[-1] == carried


def test_a_part_with_its_own_code_or_no_lead_keeps_its_words() -> None:
    assert split_parts("What is HS-20089, and what is HS-20093?")[-1] == "What is HS-20093?"
    assert split_parts("Who licensed YL201 and what did Roche pay for it")[-1] == "What did Roche pay for it?"


def test_the_code_picks_the_deal_of_a_pair_whose_opening_leads(assistant: Assistant) -> None:
    deal = _by_asset("HS-20089")
    answer = assistant.ask("HS-20089 - what is it and how far along was it when GSK took it")
    assert answer.citations[0].doc_id == deal.doc_id
    assert "B7-H4" in answer.answer.split("[1]")[0]
