"""A list asked for companies ("which Chinese companies did Merck license from?") counts and names the different
companies of the side asked, beside the deals: six Merck deals are five licensors. A company named on one side
that dealt twice with one partner gets the same sentence unasked. Expected companies come from deals.csv."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _partners(licensee: str, year: str = "") -> list[str]:
    found = [
        name
        for d in _TABLES.deals
        if licensee in d.licensees and d.scope != "borderline" and d.announced.startswith(year)
        for name in d.licensors
    ]
    return list(dict.fromkeys(found))


@pytest.mark.parametrize(
    ("question", "licensee", "year"),
    [
        ("which chinese companies did merck license from?", "Merck & Co.", ""),
        ("who has AstraZeneca done deals with?", "AstraZeneca", ""),
        ("Name every Chinese partner AstraZeneca signed with in 2025", "AstraZeneca", "2025"),
    ],
)
def test_the_partners_are_counted_and_named(
    assistant: Assistant, router: Router, question: str, licensee: str, year: str
) -> None:
    call = router.route(question).tool_calls[0]
    assert (call.tool, call.args.get("companies")) == ("find_deals", "licensor")
    partners = _partners(licensee, year)
    answer = assistant.ask(question)
    if len(partners) > 1:
        assert f"{len(partners)} different licensors" in answer.answer, answer.answer
    assert all(name in answer.answer for name in partners)
    sentence = next(s for s in answer.answer.split(". ") if "different licensors" in s or "The licensor" in s)
    assert "[" in sentence


def test_a_list_of_deals_of_one_kind_names_no_side_unasked(router: Router) -> None:
    call = router.route("list every ADC deal from 2025").tool_calls[0]
    assert call.args.get("companies") is None
    assert router.route("which partners signed ADC deals?").tool_calls[0].args.get("companies") is None  # no side
