"""Lists of deals, an ordinal follow-up, a bracketed other target and product sales asked with the verb
(outsider52-54's second wave): "novartis chinese partner deals, which?", "What are all of AbbVie's deals with
Chinese biotechs?", "deals announced in october 2025?", "2nd one?" after a ranking, "PD-1 (or PD-L1) x VEGF",
"How much did AbbVie sell in 2025 of drugs it licensed ...". Expected rows and figures come from deals.csv."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.routing.router import Router
from assistant.tools.dealbook import money
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _rows(predicate: Callable[[Deal], bool]) -> list[Deal]:
    return [d for d in _TABLES.deals if d.scope != "borderline" and predicate(d)]


def _ask(assistant: Assistant, question: str, before: str | None = None) -> str:
    history = [Turn(question=before, answer=assistant.ask(before))] if before else []
    answer = assistant.ask(question, history)
    assert answer.route == "table" and not answer.abstained, answer
    return answer.answer


def _listed(assistant: Assistant, router: Router, question: str, deals: list[Deal]) -> None:
    assert [call.tool for call in router.route(question).tool_calls] == ["find_deals"], question
    text = _ask(assistant, question)
    assert f"Our table holds {len(deals)} deals" in text, text
    for deal in deals:
        assert deal.licensors[0] in text and deal.announced in text, (deal.deal_id, text)


# -- a company's deals, the list word last or after a possessive ------------------------------------------
@pytest.mark.parametrize(
    ("question", "licensee"),
    [
        ("What are all of AbbVie's deals with Chinese biotechs?", "AbbVie"),
        ("novartis chinese partner deals, which?", "Novartis"),
        ("GSK deal with china biotech, every one of them?", "GSK"),
        ("astrazeneca china biotech deals, which?", "AstraZeneca"),
        ("Roche deal with chinese drugmakers — all of them?", "Roche"),
    ],
)
def test_a_company_deals_are_listed(assistant: Assistant, router: Router, question: str, licensee: str) -> None:
    _listed(assistant, router, question, _rows(lambda d: licensee in d.licensees))


# -- a month's or an area's deals, with no list word or a trailing one -------------------------------------
@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("deals announced in october 2025?", "2025-10"),
        ("deals signed in january 2026?", "2026-01"),
        ("Feb 2026 deals — name them", "2026-02"),
    ],
)
def test_a_month_deals_are_listed(assistant: Assistant, router: Router, question: str, month: str) -> None:
    _listed(assistant, router, question, _rows(lambda d: d.announced.startswith(month)))


@pytest.mark.parametrize(
    ("question", "area"),
    [
        ("what are all the metabolic (obesity etc) deal signed in 2025?", "Metabolic"),
        ("what are all the immunology (autoimmune etc) deals signed in 2025?", "Immunology"),
    ],
)
def test_an_aside_before_the_deal_word_is_read_past(
    assistant: Assistant, router: Router, question: str, area: str
) -> None:
    _listed(assistant, router, question, _rows(lambda d: d.therapeutic_area == area and d.year == 2025))


@pytest.mark.parametrize("question", ["how many deals were announced in october 2025?", "deals in 2025, how many?"])
def test_a_count_stays_a_count(router: Router, question: str) -> None:
    assert [call.tool for call in router.route(question).tool_calls] != ["find_deals"], question


# -- a bracketed other target: both read ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "list every PD-1 (or PD-L1) x VEGF bispecific licensing deal",
        "which PD-L1 (or PD-1) x VEGF deals are in the table?",
    ],
)
def test_a_bracketed_other_target_is_read_too(assistant: Assistant, router: Router, question: str) -> None:
    deals = _rows(lambda d: "PD-1/VEGF" in d.asset or "PD-L1xVEGF" in d.asset)
    assert len(deals) == 5 and any("ImmuneOnco" in d.licensors[0] for d in deals)
    _listed(assistant, router, question, deals)


# -- an ordinal alone after a ranking: that row -------------------------------------------------------------
@pytest.mark.parametrize(
    ("before", "question", "position"),
    [
        ("biggest 2025 deal by total value?", "2nd one?", 1),
        ("biggest 2025 deal by total value?", "second one?", 1),
        ("largest 2025 deal by total value?", "3rd?", 2),
    ],
)
def test_an_ordinal_alone_is_that_row(assistant: Assistant, before: str, question: str, position: int) -> None:
    ranked = sorted(
        (d for d in _rows(lambda d: d.year == 2025) if d.total.amount is not None),
        key=lambda d: d.total.amount or 0,
        reverse=True,
    )
    deal = ranked[position]
    text = _ask(assistant, question, before)
    assert deal.licensees[0] in text and money(deal.total.amount, deal.total.qualifier) in text, text
    assert ranked[0].licensees[0] not in text, text


# -- product sales asked with the verb: refused --------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "How much did AbbVie sell in 2025 of drugs it licensed from Chinese companies?",
        "how much did Novartis sell of its China-licensed drugs last year?",
    ],
)
def test_product_sales_are_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and not answer.tool_calls, answer


def test_selling_rights_for_a_price_is_the_deal(assistant: Assistant) -> None:
    deal = next(d for d in _TABLES.deals if d.deal_id == "hengrui-gsk-2025")
    text = _ask(assistant, "how much did Hengrui sell the rights to HRS-9821 for?")
    assert deal.upfront.amount is not None and money(deal.upfront.amount, deal.upfront.qualifier) in text, text


def test_brackets_inside_a_name_are_no_aside(router: Router) -> None:
    """'PD-1(L1)' is one name: the 'which ... licences illustrate' question stays the articles'."""
    question = "Which PD-1(L1)/VEGF bispecific licences illustrate the crowding problem?"
    assert [call.tool for call in router.route(question).tool_calls] != ["find_deals"]
