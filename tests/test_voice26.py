"""outsider124's podcast host on speech-to-text (session 26), each class in wordings of our own, on the real tables,
router and assistant (figures from deals.csv):

* a name heard with "ng" for "n" ("hang sew": Hansoh), one whose first word spells the alias's opening and the
  whole one sound apart ("heng way": Hengrui), a several-word alias with its first word said in two ("wu xi
  biologics": WuXi Biologics); English words ("hang on", "sew up") never;
* a span's years with the century left out ("2024 through twenty six", "twenty four versus twenty five"), never a
  count or an amount ("twenty one to twenty five deals");
* "going back to 2022" before one deal is that deal's year, before deals a span since it;
* an earlier dictated turn is read as the question itself ("hang sew roche ... upfront", then "compare that");
* "the drug they licensed, what does it do" asks how the drug works.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.answering.drug_purpose import PURPOSE_TYPE
from assistant.routing.lower_slips import english_words
from assistant.routing.soundalike import respelt_heard
from assistant.routing.spoken import written
from tests.conftest import DOCUMENTS, bundled_entities, conversation
from tests.test_market11 import _ask, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = {row["deal_id"]: row for row in csv.DictReader(_handle)}


def _usd(deal: str, field: str) -> Decimal:
    return Decimal(_DEALS[deal][f"{field}_usd"])


@pytest.mark.parametrize(
    ("said", "respelt"),
    [
        ("what did hang sew get from merck", "what did Hansoh get from merck"),
        ("compare to hang sews regeneron upfront", "compare to Hansoh regeneron upfront"),
        ("heng way braveheart milestones", "Hengrui braveheart milestones"),
        ("wu xi biologics candid total", "WuXi Biologics candid total"),
    ],
)
def test_names_heard_one_sound_off_are_respelt(said: str, respelt: str) -> None:
    assert respelt_heard(said, bundled_entities(), english_words()) == respelt


@pytest.mark.parametrize(
    "question",
    ["hang on what did pfizer pay", "can they sew up the deal", "which way did hengrui go", "the wu family deal"],
)
def test_english_words_near_a_name_are_left_alone(question: str) -> None:
    assert respelt_heard(question, bundled_entities(), english_words()) == question


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("deals twenty twenty four through twenty six", "deals 2024 through 2026"),
        ("upfronts twenty twenty four and twenty five", "upfronts 2024 and 2025"),
        ("deals twenty four versus twenty five by date", "deals 2024 versus 2025 by date"),
        ("grow from twenty twenty four to twenty five percent wise", "grow from 2024 to 2025 percent wise"),
        ("going back to twenty twenty two the akeso summit deal upfront", "in 2022 the akeso summit deal upfront"),
        ("how many deals going back to twenty twenty two", "how many deals since 2022"),
    ],
)
def test_a_span_said_short_is_written_in_full(said: str, typed: str) -> None:
    assert written(said, bundled_entities()) == typed


@pytest.mark.parametrize(
    "said",
    [
        "between twenty one and twenty five deals",
        "twenty five to twenty six million",
        "in 2024 and twenty five percent of them",
        "twenty four or twenty four",
    ],
)
def test_counts_and_amounts_said_short_stay_numbers(said: str) -> None:
    assert written(said, bundled_entities()) == said


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("brave heart bio what is the heng rui drug they licensed what does it do", True),
        ("what does the molecule in the kelun merck deal do", True),
        ("what does the deal do for pfizer", False),
        ("what does it do to the total", False),
    ],
)
def test_what_a_drug_does_asks_its_purpose(question: str, asks: bool) -> None:
    assert bool(PURPOSE_TYPE[1].search(question)) is asks


def test_heard_names_and_short_spans_get_the_figures(assistant: Assistant) -> None:
    answer = _ask(
        assistant, "hang sew pharma all its deals twenty twenty four and twenty five whats the combined upfront"
    )
    hansoh = ["hansoh-merck-2024", "hansoh-regeneron-2025", "hansoh-roche-2025"]
    assert sum(_usd(deal, "upfront") for deal in hansoh) in _values(answer)
    answer = _ask(assistant, "going back to twenty twenty two the ak eso summit deal what was the upfront")
    assert _usd("akeso-summit-2022", "upfront") in _values(answer)


def test_an_earlier_dictated_turn_names_its_deal(assistant: Assistant) -> None:
    answer = conversation(
        assistant, "hang sew roche deal upfront", "how does that compare to hang sews regeneron upfront"
    )
    assert "Roche" in answer and "Regeneron" in answer and "Innovent" not in answer


def test_what_the_drug_does_is_answered_from_its_article(assistant: Assistant) -> None:
    answer = _ask(assistant, "what does the drug in the hengrui braveheart deal do").answer
    assert "cardiac myosin" in answer
