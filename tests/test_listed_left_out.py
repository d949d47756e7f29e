"""A list of companies left out is left out, each of them (session 25, outsider114).

"Without the borderline WuXi and Earendil cases: how many deals in 2025?" filtered on Earendil, the one name
of the list the table knows, and counted its one deal: a confident answer to the opposite question. A list of
names between "excluding" / "without" / "not counting" and "ones" / "deals" / "cases" now leaves each named
company out, even when no other company is asked about. One deal named by its two parties ("the
Earendil/Sanofi one") is no list. The wordings here are not the eval's.
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.routing.intents import read_slots
from assistant.routing.orderings import LISTED_LEFT_OUT_RE


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("2025 deal count, excluding the WuXi and Earendil ones", "WuXi and Earendil"),
        ("deals in 2024 without the borderline Earendil and WuXi Biologics cases?", "Earendil and WuXi Biologics"),
        ("top licensors, leaving out the Hengrui, CSPC and Innovent deals", "Hengrui, CSPC and Innovent"),
        ("Excluding the Hengrui and Innovent deals, how many in 2025?", "Hengrui and Innovent"),
    ],
)
def test_a_list_of_names_left_out_is_read(question: str, listed: str) -> None:
    found = LISTED_LEFT_OUT_RE.search(question)
    assert found is not None and found.group(1) == listed


@pytest.mark.parametrize(
    "question",
    [
        "bispecific deals, leaving out the borderline Earendil/Sanofi one",  # one deal, named by its parties
        "exclude the Hengrui deals and re-rank",  # one company: the follow-up readers take it
        "deals with Merck and Pfizer in 2025",
    ],
)
def test_no_list_left_out(question: str) -> None:
    assert LISTED_LEFT_OUT_RE.search(question) is None


def test_every_listed_company_is_excluded_and_none_asked_about(router: Any) -> None:
    question = "How many 2025 deals are there, excluding the Hengrui and Innovent ones?"
    slots = read_slots(question, router.entities, router.corpus_end)
    assert set(slots.excluded) == {"Jiangsu Hengrui Pharmaceuticals", "Innovent Biologics"}
    assert slots.mentions == []


def test_a_lone_company_named_is_still_asked_about(router: Any) -> None:
    slots = read_slots("How many Earendil deals in 2025?", router.entities, router.corpus_end)
    assert slots.excluded == [] and [m.name for m in slots.mentions] == ["Earendil Labs"]
