"""Growth between years and follow-ups that point back (the thirteenth session's growth family).

growth_order.py: a change between one pair's deals runs from the earlier deal to the later, whatever the sides'
periods are (dates, not only years), and a pair split across the two sides is rejoined. growth_words.py: "grow how
much %" is a growth rate. followups.side_of: a comparison back to the deal before takes the follow-up's own period.
other_deal.py: "its other 2025 deal" leaves the deal before out. them_named.py: "what did AbbVie pay them" names
the company of the turn before that dealt with AbbVie.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answer import Answer, Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.money import render_amount
from assistant.routing.other_deal import OTHER_DEAL_RE
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _deals(licensor: str, year: int, licensee: str = "") -> list[Deal]:
    return [
        d
        for d in _TABLES.deals
        if any(licensor in name for name in d.licensors)
        and any(licensee in name for name in d.licensees)
        and d.year == year
    ]


def _one(licensor: str, licensee: str, year: int) -> Deal:
    found = _deals(licensor, year, licensee)
    assert len(found) == 1, found
    return found[0]


def _upfront(deals: list[Deal]) -> Decimal:
    return sum((d.upfront.amount for d in deals if d.upfront.amount is not None), Decimal(0))


def _percent(value: Decimal) -> str:
    return f"{abs(value):.1f}%"


def _ask(assistant: Assistant, *questions: str) -> Answer:
    history: list[Turn] = []
    for question in questions[:-1]:
        history.append(Turn(question=question, answer=assistant.ask(question, history)))
    return assistant.ask(questions[-1], history)


# --- growth_order.py: the change runs from the earlier deal (or year) to the later one
@pytest.mark.parametrize(
    ("question", "licensor", "licensee", "years"),
    [
        ("argo novartis upfront change 24->25 %", "Argo", "Novartis", (2024, 2025)),
        ("medilink biontech upfront % change from 2023 to 2024", "MediLink", "BioNTech", (2023, 2024)),
        ("MediLink/Roche upfront, 2024 deal to 2026 deal: growth in %?", "MediLink", "Roche", (2024, 2026)),
        # each side pinned to one of the pair's deals (pair_apart): the order said was kept, "91.7% less"
        (
            "石药's shoufu from az, first deal 2024 vs the 2026 obesity one, growth %",
            "CSPC",
            "AstraZeneca",
            (2024, 2026),
        ),
    ],
)
def test_a_pairs_change_runs_from_the_earlier_deal(
    assistant: Assistant, question: str, licensor: str, licensee: str, years: tuple[int, int]
) -> None:
    before, after = (_one(licensor, licensee, year).upfront.amount for year in years)
    assert before is not None and after is not None
    answer = assistant.ask(question).answer
    change = (after / before - 1) * 100
    assert _percent(change) in answer.replace(",", ""), answer
    assert ("less" if change < 0 else "more") in answer, answer
    assert answer.index(render_amount(after)) < answer.index(render_amount(before)), answer  # the later side first


# --- growth_words.py: "grow how much %" between two years is a company's growth, not its share of a tracker
@pytest.mark.parametrize(
    ("question", "company", "years"),
    [
        ("恒瑞 upfront 2025 vs 2024 grow how much %?", "Hengrui", (2024, 2025)),
        ("Hansoh upfront 2025 vs 2024, up how much %?", "Hansoh", (2024, 2025)),
        ("innovent upfront 2026 vs 2025 change how much %", "Innovent", (2025, 2026)),
    ],
)
def test_a_companys_growth_asked_how_much_percent(
    assistant: Assistant, question: str, company: str, years: tuple[int, int]
) -> None:
    before, after = (_upfront(_deals(company, year)) for year in years)
    answer = assistant.ask(question)
    assert answer.tool_calls[0].tool == "compare", answer.tool_calls
    assert render_amount(before) in answer.answer and render_amount(after) in answer.answer, answer.answer
    assert _percent((after / before - 1) * 100) in answer.answer.replace(",", ""), answer.answer


# --- followups.side_of: "how does that compare w their 2024 one" is the 2024 deal alone
@pytest.mark.parametrize(
    ("first", "licensor", "licensee", "years"),
    [
        ("cspc az jan 2026 upfront", "CSPC", "AstraZeneca", (2026, 2024)),
        ("medilink roche 2026 upfront?", "MediLink", "Roche", (2026, 2024)),
    ],
)
def test_a_comparison_back_takes_the_follow_ups_own_year(
    assistant: Assistant, first: str, licensor: str, licensee: str, years: tuple[int, int]
) -> None:
    now, then = (_one(licensor, licensee, year).upfront.amount for year in years)
    assert now is not None and then is not None
    answer = _ask(assistant, first, "how does that compare w their 2024 one")
    right = answer.tool_calls[0].args["right"]
    assert right.get("year") == years[1] and "date_from" not in right, answer.tool_calls
    assert f"{now / then:g} times" in answer.answer and render_amount(then) in answer.answer, answer.answer


# --- other_deal.py: "its other 2025 deal" is the company's 2025 deal besides the one before
@pytest.mark.parametrize(
    ("first", "follow_up", "licensor", "before"),
    [
        (
            "石药集团 2025 AZ deal total?",
            "its other 2025 deal, who was partner and the upfront?",
            "CSPC",
            "AstraZeneca",
        ),
        (
            "Hansoh Regeneron 2025 deal upfront?",
            "and its other 2025 deal - partner and upfront?",
            "Hansoh",
            "Regeneron",
        ),
        (
            "innovent takeda 2025 upfront",
            "what about innovent's other 2025 deal, who was it with and what upfront?",
            "Innovent",
            "Takeda",
        ),
    ],
)
def test_its_other_deal_leaves_the_one_before_out(
    assistant: Assistant, first: str, follow_up: str, licensor: str, before: str
) -> None:
    (other,) = [d for d in _deals(licensor, 2025) if before not in d.licensees]
    answer = _ask(assistant, first, follow_up)
    assert answer.tool_calls[0].args["filter"]["exclude_companies"] == [before], answer.tool_calls
    listed = answer.answer.split("Left out as asked")[0]
    assert other.licensees[0] in listed and render_amount(other.upfront.amount or Decimal(0)) in listed, answer.answer


def test_other_deal_wording() -> None:
    assert OTHER_DEAL_RE.search("its other 2025 deal") and OTHER_DEAL_RE.search("Innovent's other licence")
    assert not OTHER_DEAL_RE.search("its other assets") and not OTHER_DEAL_RE.search("any other deals?")


# --- them_named.py: "pay them" after a turn about a deal is its party that dealt with the company named
@pytest.mark.parametrize(
    ("first", "follow_up", "licensor", "licensee", "year"),
    [
        (
            "who licensed telitacicept to Vor Bio",
            "what did AbbVie pay them upfront in the jan 2026 deal?",
            "RemeGen",
            "AbbVie",
            2026,
        ),
        (
            "which company licensed HRS-9821 to GSK?",
            "and how much did Merck pay them upfront?",
            "Hengrui",
            "Merck",
            2025,
        ),
        ("Takeda innovent 2025 deal upfront", "how much did Lilly pay them up front?", "Innovent", "Lilly", 2026),
    ],
)
def test_them_is_the_counterpart_of_the_turn_before(
    assistant: Assistant, first: str, follow_up: str, licensor: str, licensee: str, year: int
) -> None:
    deal = _one(licensor, licensee, year)
    answer = _ask(assistant, first, follow_up)
    assert [c.tool for c in answer.tool_calls] == ["get_deal"], answer.tool_calls
    assert licensor in answer.answer and render_amount(deal.upfront.amount or Decimal(0)) in answer.answer


def test_both_deals_combined_after_its_other_deal_takes_the_deal_left_out_back(assistant: Assistant) -> None:
    deals = [d for d in _TABLES.deals if "Madrigal Pharmaceuticals" in d.licensees]
    answer = _ask(
        assistant,
        "cspc madrigal upfront",
        "madrigal's other china deal - upfront?",
        "and combined, both deals' headline values?",
    )
    assert "exclude_companies" not in answer.tool_calls[0].args["filter"], answer.tool_calls
    total = sum((d.total.amount for d in deals if d.total.amount is not None), Decimal(0))
    assert len(deals) == 2 and render_amount(total) in answer.answer, answer.answer
