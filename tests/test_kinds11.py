"""Session 11's lists by kind of deal (outsider44-47), each class with other wordings than the outsider files':

- a kind list asked without a list verb ("every cardio deal from 2025", "what are all the siRNA deals"), the
  table's "Platform / multi-program" modality, and companies named as members ("incl Akeso/Summit");
- a kind or company left out read as the one asked ("... rather than cancer", "leave out the borderline
  WuXi Biologics/Candid one");
- a list of our rows by period after a purpose clause or with "signed before <year>".

Expected rows come from documents/deals.csv (scopes main and context, as the lists default to).
"""

from __future__ import annotations

import re

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.entities import EntityIndex
from assistant.routing.intents import read_slots
from assistant.routing.kind_members import read_kind_members
from assistant.routing.purpose_clause import without_purpose
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS

_DEALS = [deal for deal in load_tables(DOCUMENTS).deals if deal.scope in ("main", "context")]


def _ids(**wanted: object) -> set[str]:
    """The deal ids of ``_DEALS`` whose fields equal ``wanted`` (``year`` the announced year)."""
    return {
        deal.deal_id
        for deal in _DEALS
        if all((deal.year if field == "year" else getattr(deal, field)) == value for field, value in wanted.items())
    }


def _listed(assistant: Assistant, question: str) -> tuple[int, str]:
    """The count the list states and the whole answer."""
    answer = assistant.ask(question)
    assert answer.route == "table", (question, answer.route, answer.answer[:300])
    assert answer.tool_calls and answer.tool_calls[0].tool == "find_deals", answer.tool_calls
    found = re.match(r"Our table holds (\d+|one|two|three|four|five|six|seven|eight|nine) deals?", answer.answer)
    assert found, answer.answer[:200]
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
    raw = found.group(1)
    return (int(raw) if raw.isdigit() else words[raw]), answer.answer


# --- class A: a kind list without a list verb; the platform modality; companies as members
@pytest.mark.parametrize(
    ("question", "wanted", "names"),
    [
        (
            "every cardio deal from 2025?",
            {"therapeutic_area": "Cardiovascular", "year": 2025},
            ["Braveheart", "Kalexo"],
        ),
        ("what are all the siRNA deals you hold?", {"modality": "siRNA"}, ["Argo", "Kalexo", "Ribo"]),
        (
            "what are all the metabolic deals (obesity, MASH etc) from 2025?",
            {"therapeutic_area": "Metabolic", "year": 2025},
            ["Verdiva", "Novo Nordisk", "Regeneron", "Madrigal"],
        ),
        (
            "all the platform / multi-program deals please",
            {"modality": "Platform / multi-program"},
            ["XtalPi", "Lilly"],
        ),
        (
            "Which deals are multi-program collaborations rather than single-asset licences?",
            {"modality": "Platform / multi-program"},
            ["Takeda", "GSK"],
        ),
    ],
)
def test_a_kind_is_listed(assistant: Assistant, question: str, wanted: dict[str, object], names: list[str]) -> None:
    count, text = _listed(assistant, question)
    assert count == len(_ids(**wanted)), (count, text[:200])
    for name in names:
        assert name in text, (name, text[:400])


def test_companies_after_including_are_members_not_the_filter(assistant: Assistant) -> None:
    count, text = _listed(
        assistant, "every PD-1xVEGF bispecific deal in the table incl akeso/summit (not the pd-l1 one)"
    )
    assert count == 4, text[:200]
    for name in ("Summit", "LaNova", "3SBio", "RemeGen"):
        assert name in text
    assert "ImmuneOnco" not in text  # its IMM2510 is PD-L1xVEGF
    count, text = _listed(assistant, "every DLL3 deal in the data, including the Innovent one")
    assert count == 3 and "IDEAYA" in text and "Zelgen" in text, text[:300]


# --- class B: what a list leaves out
@pytest.mark.parametrize(
    ("question", "wanted", "absent"),
    [
        (
            "which 2024 deals were mainly immunology / inflammatory disease rather than cancer?",
            {"therapeutic_area": "Immunology", "year": 2024},
            "MediLink",
        ),
        (
            "which 2024 deals were metabolic rather than oncology or cardio?",
            {"therapeutic_area": "Metabolic", "year": 2024},
            "Argo",
        ),
    ],
)
def test_the_kind_after_rather_than_is_left_out(
    assistant: Assistant, question: str, wanted: dict[str, object], absent: str
) -> None:
    count, text = _listed(assistant, question)
    assert count == len(_ids(**wanted)), text[:200]
    assert absent not in text


def test_companies_after_leave_out_are_left_out_with_their_sources(assistant: Assistant) -> None:
    count, text = _listed(
        assistant,
        "Name every trispecific T-cell engager deal by a Chinese developer — leave out the borderline WuXi Biologics/Candid one.",
    )
    assert count == len(_ids(modality="Trispecific T-cell engager")) == 4, text[:200]
    for name in ("Chimagen", "Leads Biolabs", "Simcere", "Zelgen"):
        assert name in text
    assert text.index("Left out as asked: WuXi Biologics") > text.index("Zelgen")  # named last, with its source
    count, text = _listed(
        assistant, "Name the bispecific antibody deals but leave out the borderline Earendil/Sanofi one"
    )
    assert count == len(_ids(modality="Bispecific antibody")) == 8, text[:200]


def test_joined_names_after_a_leave_out_word(router: Router) -> None:
    entities: EntityIndex = router.entities
    slots = read_slots(
        "ADC deals — skip the borderline WuXi Biologics/Candid one, and Pfizer's", entities, router.corpus_end
    )
    assert {"WuXi Biologics", "Candid Therapeutics"} <= set(slots.excluded), slots.excluded
    kept = read_slots("Is it not true that Pfizer paid 3SBio $1.25 billion?", entities, router.corpus_end)
    read_kind_members(kept, "Is it not true that Pfizer paid 3SBio $1.25 billion?")
    assert kept.mentions and not kept.excluded  # "not true that": no company left out


# --- class C: our rows by period, after a purpose clause or "signed before <year>"
@pytest.mark.parametrize(
    ("question", "years", "names"),
    [
        (
            "For the historical background section, which deals signed before 2024 does your table hold?",
            (2022, 2023),
            ["Kelun", "SystImmune"],
        ),
        ("which deals signed before 2023 does the table hold?", (2022,), ["Kelun", "Akeso"]),
        ("For the appendix table, what 2022 deals do you hold?", (2022,), ["Kelun", "Akeso"]),
    ],
)
def test_our_rows_by_period(assistant: Assistant, question: str, years: tuple[int, ...], names: list[str]) -> None:
    stated, text = _listed(assistant, question)
    assert stated == len([deal for deal in _DEALS if deal.year in years]), text[:200]
    assert "[" in text and "Kailera" not in text  # no 2024 row
    for name in names:
        assert name in text


def test_a_purpose_clause_that_narrows_stays(router: Router) -> None:
    def read(text: str) -> object:
        return read_slots(text, router.entities, router.corpus_end)

    assert without_purpose("For my memo, which deals are ADCs?", read) == "Which deals are ADCs?"
    kept = "For the 2024 section, which deals are ADCs?"
    assert without_purpose(kept, read) == kept
    assert without_purpose("For Hengrui, what did GSK pay?", read) == "For Hengrui, what did GSK pay?"
