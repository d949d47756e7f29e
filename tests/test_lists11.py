"""Lists of deals or companies asked in wordings the first reading took for a sum, one deal or the
articles (outsider44-47): "every GSK deal", "upfront on each", "deals worth under $1bn in total",
"..., and what were the assets?", "chinese licensors w at least 3 deals", and the follow-ups on a
list ("add them up" sums the measure the list was bounded on; "which one came first?" is by date).
Expected rows and figures come from deals.csv."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.list_parts import list_kept
from assistant.routing.router import Router
from assistant.tools.dealbook import money
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _rows(predicate: Callable[[Deal], bool]) -> list[Deal]:
    return [d for d in _TABLES.deals if d.scope != "borderline" and predicate(d)]


def _tools(router: Router, question: str, history: list[Turn] | None = None) -> list[str]:
    return [call.tool for call in router.route(question, history).tool_calls]


def _ask(assistant: Assistant, question: str, before: str | None = None) -> str:
    history = [Turn(question=before, answer=assistant.ask(before))] if before else []
    answer = assistant.ask(question, history)
    assert answer.route == "table" and not answer.abstained, answer
    return answer.answer


# -- every / all <company> deals: the deals listed -------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "licensee"),
    [
        ("Every GSK deal with a Chinese company, including the 2023 ones please", "GSK"),
        ("What are all the Roche licensing deals with Chinese drugmakers?", "Roche"),
        ("GSK - every china deal in ur table pls, with upfront", "GSK"),
        ("Every Novartis deal with a Chinese biotech, older ones too", "Novartis"),
        ("abbvie - all its china licensing deals, upfront on each?", "AbbVie"),
    ],
)
def test_every_company_deal_is_listed(assistant: Assistant, router: Router, question: str, licensee: str) -> None:
    assert _tools(router, question) == ["find_deals"]
    text = _ask(assistant, question)
    deals = _rows(lambda d: licensee in d.licensees)
    assert f"Our table holds {len(deals)} deals" in text, text
    for deal in deals:
        assert deal.licensors[0] in text and deal.announced in text, (deal.deal_id, text)
        if deal.upfront.amount is not None:
            assert money(deal.upfront.amount, deal.upfront.qualifier) in text, (deal.deal_id, text)


@pytest.mark.parametrize(
    "question",
    [
        "cardio deals in 2025 — which ones and total value on each?",
        "2025 cardiovascular deals: total value for each one?",
    ],
)
def test_a_figure_on_each_lists_the_deals(assistant: Assistant, router: Router, question: str) -> None:
    assert _tools(router, question) == ["find_deals"]
    text = _ask(assistant, question)
    deals = _rows(lambda d: d.therapeutic_area == "Cardiovascular" and d.announced.startswith("2025"))
    assert len(deals) == 4 and f"Our table holds {len(deals)} deals" in text
    for deal in deals:
        assert money(deal.total.amount, deal.total.qualifier) in text, (deal.deal_id, text)


def test_which_partners_and_what_upfronts_lists_them(assistant: Assistant, router: Router) -> None:
    question = "翰森制药 deals since 2024: which partners and what upfronts?"
    assert _tools(router, question) == ["find_deals"]
    text = _ask(assistant, question)
    for deal in _rows(lambda d: "Hansoh Pharmaceutical Group" in d.licensors and d.announced >= "2024"):
        assert deal.licensees[0] in text and money(deal.upfront.amount, deal.upfront.qualifier) in text


@pytest.mark.parametrize(
    ("question", "year", "below", "above"),
    [
        ("2024 deals worth under $1bn in total?", "2024", Decimal(10**9), None),
        ("which 2025 deals were valued at less than $900 million in total?", "2025", Decimal(9 * 10**8), None),
        ("2025 deals worth over $5bn in total?", "2025", None, Decimal(5 * 10**9)),
    ],
)
def test_a_bound_in_total_lists_the_deals(
    assistant: Assistant, router: Router, question: str, year: str, below: Decimal | None, above: Decimal | None
) -> None:
    assert _tools(router, question) == ["find_deals"]
    text = _ask(assistant, question)
    deals = _rows(
        lambda d: (
            d.announced.startswith(year)
            and d.total.amount is not None
            and (below is None or d.total.amount < below)
            and (above is None or d.total.amount > above)
        )
    )
    assert f"Our table holds {len(deals)} deals" in text, text
    assert all(deal.licensees[0] in text for deal in deals), text


@pytest.mark.parametrize(
    "question",
    [
        "What is the combined upfront of all GSK deals?",
        "How much did 2024 deals under $1bn raise upfront in total?",
        "add up the upfront on each AbbVie deal",
    ],
)
def test_a_plain_sum_word_keeps_the_sum(router: Router, question: str) -> None:
    assert _tools(router, question) == ["aggregate"]


# -- a later part that only shapes the list ----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Since the start of 2024, which Chinese companies have licensed assets to Merck & Co. (MSD), and what were the assets?",
        "Which deals has Harbour BioMed done as licensor? include co-licensed ones",
        "which big pharmas / buyers did more than one china deal since 2024? list w counts",
    ],
)
def test_a_part_that_shapes_the_list_stays_one_question(router: Router, question: str) -> None:
    assert len(split_parts(question, router.company_spans)) == 1
    assert router.route(question).route == "table"


@pytest.mark.parametrize(
    "parts",
    [
        ["Which deals did Merck sign in 2024", "what did Hengrui get upfront"],
        ["Which deals did Merck sign in 2024", "why did it buy them"],
    ],
)
def test_a_second_question_is_not_kept(parts: list[str]) -> None:
    assert list_kept(parts, "?".join(parts)) == parts


def test_assets_part_answers_with_each_asset(assistant: Assistant) -> None:
    question = "Since the start of 2024, which Chinese companies have licensed assets to Merck & Co. (MSD), and what were the assets?"
    text = _ask(assistant, question)
    for deal in _rows(lambda d: "Merck & Co." in d.licensees and d.announced >= "2024"):
        assert deal.licensors[0] in text and deal.asset.split(" (")[0] in text, (deal.deal_id, text)


# -- companies with N or more deals, each with its count -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "side", "since", "least"),
    [
        ("chinese licensors w at least 3 deals since start of 2024?", "licensors", "2024", 3),
        ("chinese licensors with more than 2 deals since the start of 2025?", "licensors", "2025", 3),
        ("which big pharmas / buyers did more than one china deal since 2024? list w counts", "licensees", "2024", 2),
    ],
)
def test_companies_with_n_deals_are_named_with_their_counts(
    assistant: Assistant, question: str, side: str, since: str, least: int
) -> None:
    text = _ask(assistant, question)
    counts = Counter(
        name for d in _rows(lambda d: d.scope == "main" and d.announced >= since) for name in getattr(d, side)
    )
    busy = {name: n for name, n in counts.items() if n >= least}
    assert f"{len(busy)} {side} with at least" in text, text
    for name, n in busy.items():
        assert f"{name} ({n})" in text, (name, text)


# -- follow-ups on a list ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("before", "floor"),
    [
        ("which deals had an upfront of $1bn or more?", Decimal(10**9)),
        ("which deals had an upfront of at least $600 million?", Decimal(6 * 10**8)),
    ],
)
def test_add_them_up_sums_the_measure_the_list_was_bounded_on(
    assistant: Assistant, before: str, floor: Decimal
) -> None:
    history = [Turn(question=before, answer=assistant.ask(before))]
    call = assistant.ask("add them up", history).tool_calls[0]
    assert call.tool == "aggregate" and call.args["metric"] == "upfront", call
    deals = _rows(lambda d: d.upfront.amount is not None and d.upfront.amount >= floor)
    total = sum(d.upfront.amount for d in deals if d.upfront.amount is not None)
    text = _ask(assistant, "add them up", before)
    assert money(total, "exact").split(" ")[0] in text, (total, text)


@pytest.mark.parametrize(
    ("before", "question", "licensee", "earliest"),
    [
        ("What are all the Roche licensing deals with Chinese drugmakers?", "which one came first?", "Roche", True),
        ("Every AbbVie deal with a Chinese drugmaker?", "which was the earliest one, and its upfront?", "AbbVie", True),
        ("List the Novartis deals", "which was the most recent deal?", "Novartis", False),
        ("List the Novartis deals", "which was the most recent?", "Novartis", False),
    ],
)
def test_which_came_first_after_a_list_is_by_date(
    assistant: Assistant, before: str, question: str, licensee: str, earliest: bool
) -> None:
    history = [Turn(question=before, answer=assistant.ask(before))]
    call = assistant.ask(question, history).tool_calls[0]
    assert call.tool == "rank" and call.args["metric"] == "announced", call
    deals = sorted(_rows(lambda d: licensee in d.licensees), key=lambda d: d.announced)
    deal = deals[0] if earliest else deals[-1]
    text = _ask(assistant, question, before)
    assert deal.licensors[0] in text and deal.announced in text, text


def test_which_came_first_after_a_ranking_is_its_first_row(assistant: Assistant) -> None:
    before = "Top 3 deals of 2025 by total value"
    history = [Turn(question=before, answer=assistant.ask(before))]
    answer = assistant.ask("which one came first?", history)
    assert [call.tool for call in answer.tool_calls] == ["get_deal"], answer.tool_calls
    assert answer.tool_calls[0].args["deal_id"] == "genequantum-biohaven-2025"  # the ranking's first row


@pytest.mark.parametrize(
    ("before", "question", "deal_id"),
    [
        ("who licensed out HRS9531?", "how much upfront did they get for it?", "hengrui-kailera-2024"),
        ("Who licensed Hengrui's HRS-1893?", "was that upfront paid entirely in cash?", "hengrui-braveheart-2025"),
    ],
)
def test_a_measure_after_a_drugs_deal_listed_is_that_deals(
    assistant: Assistant, before: str, question: str, deal_id: str
) -> None:
    history = [Turn(question=before, answer=assistant.ask(before))]
    answer = assistant.ask(question, history)
    assert [call.tool for call in answer.tool_calls] == ["get_deal"], answer.tool_calls
    deal = next(d for d in _TABLES.deals if d.deal_id == deal_id)
    assert money(deal.upfront.amount, "exact").split(" ")[0] in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "who took over LaNova after it licensed LM-299 to Merck?",
        "who holds which territory in the Akeso/Summit ivonescimab deal?",
    ],
)
def test_a_company_taken_over_or_a_territory_split_is_no_deal_list(router: Router, question: str) -> None:
    assert "find_deals" not in _tools(router, question)


def test_which_of_them_was_earliest_stays_the_list(assistant: Assistant) -> None:
    """ "which of them was the latest?" lists them in date order: "the second one" after it is the list's second."""
    before = "how many deals did Hengrui sign in 2025?"
    history = [Turn(question=before, answer=assistant.ask(before))]
    middle = "which of them was the latest?"
    history.append(Turn(question=middle, answer=assistant.ask(middle, history)))
    answer = assistant.ask("the second one's upfront?", history)
    assert answer.tool_calls[0].args.get("deal_id") == "hengrui-gsk-2025", answer.tool_calls


@pytest.mark.parametrize(
    "question",
    [
        "How much did Zai Lab make from out-licensing in 2025?",
        "How much did Zai Lab bring in from out-licensing in 2025",
    ],
)
def test_a_company_we_do_not_hold_is_not_the_market_total(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert "market_stat" not in [call.tool for call in answer.tool_calls] and "$135.7 billion" not in answer.answer
