"""Claims, sources and chained deal asks (outsider76/79's classes): each claimed figure of a two-claim check is checked
against its own deal, a quoted market figure is traced to the tracker whose row holds it, a third deal chained by
"and then" is asked too, and a territory's short forms are spelt as the articles spell them. Expected figures are
read from deals.csv and market_stats.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.money import render_amount
from assistant.routing.claim_pairs import claim_pairs
from assistant.routing.then_ones import then_ones
from assistant.tools.territory import in_words
from tests.conftest import DOCUMENTS, conversation

_TABLES = load_tables(DOCUMENTS)
_DEALS = {deal.deal_id: deal for deal in _TABLES.deals}


def _upfront(deal_id: str) -> str:
    amount = _DEALS[deal_id].upfront.amount
    assert amount is not None
    return render_amount(amount)


# --- a third deal chained by "and then" is asked too


def test_then_ones_splits_a_chained_part() -> None:
    parts = then_ones(["how much in the twenty twenty five one and then the january twenty twenty six one"])
    assert parts == ["how much in the twenty twenty five one", "how much in the january twenty twenty six one"]
    # set against each other: left whole, for the comparison to read
    assert len(then_ones(["which was bigger, the 2025 one and then the 2026 one"])) == 1


@pytest.mark.parametrize(
    "question",
    [
        "how much did astrazeneca pay 石药集团 up front in the twenty twenty four deal and how much in the twenty "
        "twenty five one and then the january twenty twenty six one",
        "upfront astrazeneca paid 石药 in 2024, and how much in the 2025 deal, then the 2026 deal?",
    ],
)
def test_three_chained_deals_are_each_answered(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question).answer
    for deal_id in ("cspc-astrazeneca-2024", "cspc-astrazeneca-2025", "cspc-astrazeneca-2026"):
        assert _upfront(deal_id) in answer, (deal_id, answer)


# --- two claimed figures: each checked against its own deal


def test_claim_pairs_keeps_one_deal_claims_whole() -> None:
    assert claim_pairs("Regeneron paid Hansoh $80m upfront and $1.93bn in milestones, right?", lambda _: [(0, 1)]) == []
    assert claim_pairs("What did Regeneron pay Hansoh and Novo pay United Labs, $80m and $200m?") == []


@pytest.mark.parametrize(
    ("question", "deals", "names"),
    [
        (
            "A release I'm checking says Regeneron paid 翰森制药 $80m upfront and Novo Nordisk paid 联邦制药 $200m "
            "upfront. Are both of those right?",
            ("hansoh-regeneron-2025", "unitedlab-novonordisk-2025"),
            ("Regeneron", "Novo Nordisk"),
        ),
        (
            "My notes say Merck paid Hansoh $150m upfront and Madrigal paid CSPC $120m upfront - correct?",
            ("hansoh-merck-2024", "cspc-madrigal-2025"),
            ("Merck", "Madrigal"),
        ),
    ],
)
def test_each_claim_is_checked_against_its_deal(
    assistant: Assistant, question: str, deals: tuple[str, str], names: tuple[str, str]
) -> None:
    answer = assistant.ask(question).answer
    for deal_id in deals:
        assert _upfront(deal_id) in answer, (deal_id, answer)
    for name in names:
        assert name in answer
    assert "$150 million" not in answer  # the wrong claimed figure is not repeated as the table's


# --- a quoted figure's source: the tracker whose row holds it


@pytest.mark.parametrize(
    ("question", "stat_id"),
    [
        ("Where does the '$2.6 billion in upfronts' figure for 2025 come from?", "sinodrugwatch-2025-ytd-upfront"),
        ("where does the $31 billion in milestones number for 2025 come from?", None),
        ("what is the source of the $44.8bn deal value figure for 2024?", None),
    ],
)
def test_a_quoted_figure_is_traced_to_its_tracker(assistant: Assistant, question: str, stat_id: str | None) -> None:
    quoted = Decimal(question.split("$")[1].split()[0].rstrip("bn").replace("'", "")) * 10**9
    rows = [
        stat for stat in _TABLES.market_stats if stat.value == quoted and (stat_id is None or stat.stat_id == stat_id)
    ]
    assert len({row.reporter for row in rows}) == 1
    answer = assistant.ask(question)
    assert not answer.abstained
    assert rows[0].reporter in answer.answer
    assert render_amount(quoted) in answer.answer


def test_a_figure_no_tracker_holds_is_not_traced(assistant: Assistant) -> None:
    answer = assistant.ask("where does the $9 billion upfront number for 2025 come from?")
    assert "$9 billion" not in answer.answer or answer.abstained
    assert "Sino Drug Watch reported" not in answer.answer


# --- a territory spelt as the articles spell it


def test_short_forms_of_places_are_spelt_out() -> None:
    said = in_words(_DEALS["akeso-summit-2022"].territory)
    assert said.startswith("United States, Canada, Europe, Japan")
    assert "Hong Kong" in in_words("Ex-mainland China, HK, Macau")
    assert in_words("Global") == "Global"


def test_summit_territory_says_united_states(assistant: Assistant) -> None:
    answer = assistant.ask("which territories did summit actually get for ivonescimab from akeso").answer
    for place in ("United States", "Canada", "Europe", "Japan"):
        assert place in answer


# --- deals listed by an asset keyword said with "assets"


@pytest.mark.parametrize(
    "question",
    [
        "glp-1 assets out-licensed since 2024 - who were the buyers?",
        "glp-1 candidates since 2024: who were the licensees?",
    ],
)
def test_asset_keyword_lists_name_every_buyer(assistant: Assistant, question: str) -> None:
    rows = [
        deal
        for deal in _TABLES.deals
        if deal.scope == "main" and "glp-1" in deal.asset.lower() and deal.announced >= "2024"
    ]
    answer = assistant.ask(question)
    assert len(rows) == 7
    assert f"{len(rows)} deals" in answer.answer
    for deal in rows:
        assert deal.licensees[0].split()[0] in answer.answer, deal.deal_id


def test_who_bought_them_after_plural_assets_lists_the_buyers(assistant: Assistant) -> None:
    """ "who bought them?" is the plural assets' party asked (it had quoted Takeda buying Innovent's shares)."""
    glp1 = [d for d in _TABLES.deals if d.scope == "main" and "glp-1" in d.asset.lower() and d.announced[:4] == "2025"]
    answer = assistant.ask("GLP-1 molecules licensed out in 2025 - who bought them?")
    assert f"{len(glp1)} deals" in answer.answer and "Takeda" not in answer.answer
    for deal in glp1:
        assert deal.licensees[0].split()[0] in answer.answer, deal.deal_id
    adc = [d for d in _TABLES.deals if d.scope == "main" and d.modality == "ADC" and d.announced[:4] == "2024"]
    answer = assistant.ask("ADC drugs licensed in 2024 - who bought them?")
    assert f"{len(adc)} deals with modality ADC" in answer.answer
    for deal in adc:
        assert deal.licensees[0].split()[0] in answer.answer, deal.deal_id


def test_who_licensed_those_after_a_list_keeps_the_list(assistant: Assistant) -> None:
    over = [
        d
        for d in _TABLES.deals
        if d.scope == "main" and d.announced[:4] == "2025" and d.total.amount and d.total.amount > Decimal("5e9")
    ]
    answer = conversation(assistant, "Which deals were over 5 billion in 2025?", "who licensed those?")
    assert f"{len(over)} deals with a total of more than $5 billion, announced in 2025" in answer
    for deal in over:
        assert deal.licensors[0].split()[0] in answer, deal.deal_id
