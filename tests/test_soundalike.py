"""Company names heard wrongly by speech-to-text (outsider79; the real assistant over the real tables, figures
from deals.csv):

* a run of lower-case words that sounds like one company's alias is that company ("hang row": Hengrui, "in event":
  Innovent, "hen sue"/"han so": Hansoh, "key lun": Kelun, "akey so": Akeso, "remy gen": RemeGen), letters said
  one by one are those letters ("see s p c": CSPC), an alias said in pieces is that alias ("three s bio",
  "astra zeneca"), and a long part of a one-word alias said alone is that company ("glaxo", "zen eca");
* ordinary words that happen to sound like a name never are ("sum it", "book in", "value went"), nor is a name
  already written; no written question of the tuning set changes (checked over all of them when this was built);
* a deal asked between two known companies that never dealt ("when did hang row license that drug to novartis") is
  corrected, each one's deals listed (``answering.unpaired``), and a name no source holds in a party's slot with the
  measure asked between ("how much did beigene get up front from its novartis licensing deal") is refused.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.lower_slips import english_words
from assistant.routing.soundalike import respelt_heard, sound_key
from tests.conftest import DOCUMENTS, bundled_entities
from tests.test_market11 import _ask, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = {row["deal_id"]: row for row in csv.DictReader(_handle)}


def _usd(deal: str, field: str) -> Decimal:
    return Decimal(_DEALS[deal][f"{field}_usd"])


def test_sound_key_is_the_consonant_skeleton() -> None:
    assert sound_key("hangrow") == sound_key("hengrui") == "hngr"
    assert sound_key("inevent") == sound_key("innovent")
    assert sound_key("hensue") == sound_key("hansoh")


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("what was the total on the hang row gsk deal", "what was the total on the Hengrui gsk deal"),
        ("what was the in event takeda up front", "what was the Innovent takeda up front"),
        ("pfizer to three s bio or takeda to 3 s bio", "pfizer to 3SBio or takeda to 3SBio"),
        ("what did hen sue get from gsk and han so from merck", "what did Hansoh get from gsk and Hansoh from merck"),
        ("key lun merck deal", "Kelun merck deal"),
        ("akey so summit deal and remy gen abbvie total", "Akeso summit deal and RemeGen abbvie total"),
        ("see s p c astra zeneca deal", "CSPC AstraZeneca deal"),
        ("zen eca deals and glaxo deals", "AstraZeneca deals and GlaxoSmithKline deals"),
        ("hang row gsk upfront 2025", "Hengrui gsk upfront 2025"),
    ],
)
def test_names_heard_as_other_words_are_respelt(said: str, written: str) -> None:
    assert respelt_heard(said, bundled_entities(), english_words()) == written


@pytest.mark.parametrize(
    "question",
    [
        "Across your table, how much equity did licensees buy? sum it",
        "How many deals did Hengrui sign in FY25 and how much upfront did they book in total?",
        "What share of 2025 deal value went to the top ten Chinese licensors?",
        "How does AbbVie's RC148 upfront to RemeGen compare with Pfizer's upfront to 3SBio?",
        "the one to in and deal pay",
        "how much did they pay for neuro deals",
        "what did merk pay",  # a misspelt single word is lower_slips', not a sound
    ],
)
def test_ordinary_and_written_words_are_left_alone(question: str) -> None:
    assert respelt_heard(question, bundled_entities(), english_words()) == question


def test_heard_names_get_the_deals_figures(assistant: Assistant) -> None:
    answer = _ask(assistant, "hang row gsk upfront 2025")
    assert Decimal(_usd("hengrui-gsk-2025", "upfront")) in _values(answer) and "Hengrui" in answer.answer
    answer = _ask(assistant, "see s p c madrigal upfront")
    assert _usd("cspc-madrigal-2025", "upfront") in _values(answer)
    answer = _ask(assistant, "what did crescent pay key lun up front")
    assert _usd("kelun-crescent-2025", "upfront") in _values(answer) and "Kelun" in answer.answer


def test_two_heard_names_in_one_question(assistant: Assistant) -> None:
    answer = _ask(assistant, "uh the in event lilly deal total and the in event roche deal total what were they")
    values = _values(answer)
    assert _usd("innovent-lilly-2026", "total") in values and _usd("innovent-roche-2025", "total") in values


def test_a_fact_no_source_holds_about_a_heard_name_is_refused(assistant: Assistant) -> None:
    answer = _ask(assistant, "what was three s bio's revenue in 2024")
    assert answer.abstained and not _values(answer)


def test_a_deal_between_two_companies_that_never_dealt_is_corrected(assistant: Assistant) -> None:
    """``answering.unpaired``: no row names both; each one's deals are listed, no other deal's terms given."""
    answer = _ask(assistant, "when did hang row license that drug to novartis and what was the up front")
    assert answer.abstained and "no deal between Jiangsu Hengrui Pharmaceuticals and Novartis;" in answer.answer
    assert not _values(answer) and "Glenmark" in answer.answer  # listed among Hengrui's deals, not quoted as the one
    answer = _ask(assistant, "tell me about the innovent merck licensing deal")
    assert answer.abstained and "no deal between Innovent Biologics and Merck & Co." in answer.answer
    answer = _ask(assistant, "what did pfizer pay 3sbio upfront")  # a pair that did deal is answered
    assert _usd("3sbio-pfizer-2025", "upfront") in _values(answer)


def test_an_unknown_party_with_the_measure_in_its_slot_is_refused(assistant: Assistant) -> None:
    """``unknown_party``: "get up front from its novartis deal" is still the party's slot."""
    answer = _ask(assistant, "how much did beigene get up front from its novartis licensing deal")
    assert answer.abstained and "'beigene'" in answer.answer and not _values(answer)
