"""The class of outsider114.jsonl (a Frankfurt fund manager writing English with German words): the German
word for a measure, an operation, a ranking, the scope or a month is read in English, so a lookup, a sum, a
count or a ranking is answered from the table instead of refused as a company no table holds. A company's
name in the German genitive ("Hansohs Roche deal") is its possessive; a currency instruction after the
question ("In USD please, I convert to EUR myself.") asks nothing. The examples are not the outsider's words."""

from __future__ import annotations

import pytest

from assistant.routing.german_wording import german_genitives, german_read
from assistant.routing.market_split import is_aside
from assistant.routing.router import Router
from tests.conftest import bundled_entities, one_call, route


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("Which Vorabzahlung did Novartis pay Argo?", "Which upfront payment did Novartis pay Argo?"),
        ("How high are the Meilensteinzahlungen for Hansoh?", "How high are the milestone payments for Hansoh?"),
        ("Gesamtwert of the Lilly deal?", "total value of the Lilly deal?"),
        ("What is the Gesamtsumme?", "What is the sum?"),
        ("Which 2025 deal had the kleinste upfront?", "Which 2025 deal had the smallest upfront?"),
        ("the hoechste Vorabzahlung", "the highest upfront payment"),
        ("the größte deal", "the largest deal"),
        ("How many Lizenzdeals does your Datenbank hold?", "How many licensing deals does your table hold?"),
        ("Which Lizenzgeber and which Lizenznehmer?", "Which licensor and which licensee?"),
        ("deals in Februar 2026", "deals in February 2026"),
        ("an upfront of USD 500 Mio. or more", "an upfront of USD 500 million or more"),
        ("Eigenkapitalbeteiligung (equity) of AstraZeneca", "equity of AstraZeneca"),
        ("the Wachstum in percent", "the growth in percent"),
    ],
)
def test_german_words_read_in_english(question: str, read: str) -> None:
    assert german_read(question) == read


@pytest.mark.parametrize(
    "question",
    [
        "What did Pfizer pay 3SBio upfront?",
        "Which deals might die before closing?",  # English "die" and "bis" stay
        "How many bispecific deals in 2025?",
        "What is the total of Hansoh's upfronts?",
    ],
)
def test_an_english_question_comes_back_as_it_was(question: str) -> None:
    assert german_read(question) == question


def test_a_company_in_the_german_genitive_is_its_possessive() -> None:
    entities = bundled_entities()

    def is_company(word: str) -> bool:
        return (word.lower(),) in entities.ngrams

    assert german_genitives("Compare with Hansohs Roche deal", is_company) == "Compare with Hansoh's Roche deal"
    assert german_genitives("What were Pfizers upfronts?", is_company) == "What were Pfizer's upfronts?"
    assert german_genitives("Novartis paid upfront", is_company) == "Novartis paid upfront"  # a name ending in s
    assert german_genitives("Which deals and Hansoh?", is_company) == "Which deals and Hansoh?"


@pytest.mark.parametrize(
    ("question", "tool"),
    [
        ("Which Vorabzahlung did Novartis pay Argo Biopharmaceutical in September 2025?", "get_deal"),
        ("How many Lizenzdeals announced in 2025 does your Datenbank hold?", "aggregate"),
        ("Which 2025 deal had the kleinste Vorabzahlung?", "rank"),
        ("Which Lizenznehmer has the most deals since 2024?", "rank"),
    ],
)
def test_a_german_worded_question_is_a_table_question(router: Router, question: str, tool: str) -> None:
    plan = route(router, question)
    assert plan.route == "table"
    assert one_call(plan).tool == tool


@pytest.mark.parametrize(
    ("part", "aside"),
    [
        ("In USD please, I convert to EUR myself.", True),
        ("amounts in US dollars only", True),
        ("In euros?", False),  # asks a conversion: the coverage check says no column holds it
        ("And in 2024?", False),
    ],
)
def test_a_currency_instruction_asks_nothing(part: str, aside: bool) -> None:
    assert is_aside(part) is aside
