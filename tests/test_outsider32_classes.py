"""The classes of outsider32.jsonl (a Chinese biotech's CFO benchmarking its own deal), each read in other
wordings on the real tables: the speaker's own company and its partner ("we're X", "X here", "we (X)", "our Y
deal", "what Y paid us") are no filter on the peer group asked about; a bare "we" keeps the speaker's deals as
the scope. The examples are not the outsider's words; figures come from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answer import Answer
from assistant.evaluation.metrics import unsupported_numbers
from assistant.routing.router import Router
from assistant.routing.speaker import speaker_mentions
from assistant.tools.quantities import round_significant
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("We're Hengrui. What's the median 2025 ADC upfront?", ["Jiangsu Hengrui Pharmaceuticals"]),
        ("Argo here — what did Novartis pay upfront across its deals?", ["Argo Biopharmaceutical"]),
        ("RemeGen CFO: what's the median 2025 immunology total?", ["RemeGen"]),
        ("Were we (Harbour, $47M from Otsuka) the lowest 2025 immunology upfront?", ["Harbour BioMed", "Otsuka"]),
        ("Rank 2024 oncology deals by upfront; where does our Merck deal land?", ["Merck & Co."]),
        (
            "list 2024 deals whose upfront beat what Merck paid us (Hansoh)",
            ["Merck & Co.", "Hansoh Pharmaceutical Group"],
        ),
    ],
)
def test_the_speaker_and_its_partner_are_read(router: Router, question: str, speaker: list[str]) -> None:
    mentions = router.entities.find_companies(question).mentions
    own, _ = speaker_mentions(question, mentions)
    assert sorted(m.name for m in own) == sorted(speaker)


@pytest.mark.parametrize(
    "question",
    [
        "What's the median 2025 ADC upfront for Hengrui's deals?",  # no speaker: Hengrui is the scope
        "Compare Hengrui's GSK deal with Pfizer's 3SBio deal",
    ],
)
def test_no_speaker_is_read_where_none_speaks(router: Router, question: str) -> None:
    mentions = router.entities.find_companies(question).mentions
    assert speaker_mentions(question, mentions)[0] == []


def test_a_peer_group_median_is_not_the_speakers_deal(router: Router) -> None:
    call = one_call(
        route(router, "We're Kelun-Biotech: our Crescent upfront was $80M. What's the median 2025 ADC upfront?")
    )
    assert call.tool == "aggregate" and call.args["operation"] == "median"
    assert "licensor" not in call.args["filter"] and "licensee" not in call.args["filter"]
    assert call.args["filter"]["modality"] == "ADC" and call.args["filter"]["year"] == 2025


def test_a_buyer_named_in_the_ask_stays_its_scope(router: Router) -> None:
    call = one_call(route(router, "Argo here — how much has Novartis paid upfront across all its deals in your table?"))
    assert call.args["filter"].get("licensee") == "Novartis" and "licensor" not in call.args["filter"]


def test_a_ranking_places_the_speakers_deal_among_its_field(router: Router) -> None:
    call = one_call(
        route(
            router, "Rank the 2024 oncology deals by upfront. We're Curon and want to see where our Merck deal lands."
        )
    )
    assert call.tool == "rank" and call.args["dimension"] == "deal"
    assert set(call.args["filter"]) - {"exclusive"} == {"year", "therapeutic_area"}


def test_beating_the_speakers_deal_is_a_bound_from_its_figure(router: Router) -> None:
    call = one_call(route(router, "list the 2024 deals where the upfront beat what Merck paid us (Hansoh)"))
    assert call.tool == "find_deals"
    assert Decimal(call.args["filter"]["min_upfront_usd"]) == 112_000_000  # Hansoh–Merck 2024's upfront, deals.csv
    assert "min_upfront_usd" in call.args["filter"]["exclusive"] and "licensee" not in call.args["filter"]


def test_a_bare_we_keeps_the_speakers_deals(router: Router) -> None:
    call = one_call(route(router, "Hengrui here — what did we get upfront in 2025 in total?"))
    assert call.args["filter"].get("licensor") == "Jiangsu Hengrui Pharmaceuticals"


def test_the_speakers_own_deal_alone_stays_that_deal(router: Router) -> None:
    # the speaker's deal with nothing else to compute over: its own figure, never every deal
    call = one_call(route(router, "We're Hansoh: what did Regeneron pay us upfront?"))
    assert call.args.get("licensor") == "Hansoh Pharmaceutical Group" or call.args.get("filter", {}).get("licensor")


def test_a_bound_rounded_its_own_way_keeps_the_nearest_reading() -> None:
    # 2025 immunology totals in deals.csv: 614 + 5,300 + 670 + 4,100 + 2,000 + 1,000 = 13,684M over 6
    value, qualifier = round_significant(Decimal(13_684_000_000) / 6, 3, "up_to")
    assert value == Decimal(2_281_000_000) and qualifier == "up_to"  # not "up to $2.29 billion"
    assert round_significant(Decimal(1_736_600_000), 3, "up_to")[0] == Decimal(1_740_000_000)  # nearest already
    assert round_significant(Decimal(184_241_379), 3, "exact") == (Decimal(184_000_000), "approx")


def test_a_threshold_said_in_words_is_the_questions_number() -> None:
    answer = Answer(
        question="How many 2025 deals had an upfront above half a billion dollars?",
        standalone_question="How many 2025 deals had an upfront above half a billion dollars?",
        answer="Two deals had an upfront of more than $500 million in 2025.",
        interpretation="number of deals",
        route="table",
    )
    assert unsupported_numbers(answer)[0] == []
    made_up = answer.model_copy(update={"answer": "Two deals had an upfront of more than $600 million."})
    assert unsupported_numbers(made_up)[0] == [Decimal(600_000_000)]
