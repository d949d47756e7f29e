"""Tenth-session scope classes (outsider39-43): years said only to bring deals in ("all years include
2023", "whole table incl pre-2024", "..., the 2022 Kelun deals too") are no period; "from 2024 until now"
is 2024 onward; pinyin and long company names, misspelt superlatives, a modality said in passing beside a
named deal and a follow-up naming another company keep or drop their filters as the question means.
Expected figures come from deals.csv (main and context rows: "deals of any kind")."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.routing.period_scope import added_rows
from assistant.routing.periods import find_periods
from assistant.routing.router import Router
from assistant.routing.superlative_spelling import spelt_superlatives
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)
_ANY = [d for d in _TABLES.deals if d.scope != "borderline"]


def _upfronts(deals: list[Deal]) -> Decimal:
    return sum((d.figure("upfront").amount or Decimal(0) for d in deals), Decimal(0))


def _money(amount: Decimal) -> str:
    """How the answer writes a sum: "$1.822 billion", "$265 million"."""
    if amount >= 1_000_000_000:
        return f"${amount / 1_000_000_000:.3f}".rstrip("0").rstrip(".") + " billion"
    return f"${amount / 1_000_000:.0f} million"


# -- A year that only brings rows in is no period ----------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "GSK upfront paid to chinese companies, all years include 2023, total how much?",
        "BioNTech's total upfront to Chinese licensors over all years, incl. the 2023 ones?",
        "# of deals w/ upfront >= $500m, whole table incl pre-2024",
        "add up everything merck paid upfront to chinese companies, the 2022 kelun deals too",
        "How many deals does the table hold with Merck as licensee, the 2022 Kelun-Biotech ones included?",
    ],
)
def test_a_year_of_rows_added_is_no_period(question: str) -> None:
    assert find_periods(question, "2026-02-28") == [], question


@pytest.mark.parametrize(
    "question",
    ["How many deals including an equity stake were signed in 2024?", "deals in 2025, including ADCs: how many?"],
)
def test_a_year_that_bounds_the_deals_stays(question: str) -> None:
    assert [p.year for p in find_periods(question, "2026-02-28")] == [int(question.split("20")[1][:2]) + 2000]


def test_counting_the_years_deals_adds_them(assistant: Assistant) -> None:
    kelun = [d for d in _ANY if "Kelun-Biotech" in d.licensors]
    answer = assistant.ask("科伦博泰 - number of deals in your data, counting the 2022 Merck ones")
    assert f"Our table holds {len(kelun)} deals with licensor Kelun-Biotech" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["How much did Takeda pay Innovent upfront, and what did that include?", "counting deals in 2024, who led?"],
)
def test_no_rows_added_without_a_year_or_deals(question: str) -> None:
    assert added_rows(question) == []


@pytest.mark.parametrize(
    ("question", "licensee"),
    [
        ("GSK 葛兰素史克 upfront paid to chinese companies, all years include 2023, total how much?", "GSK"),
        ("add up everything merck paid upfront to chinese companies, the 2022 kelun deals too", "Merck & Co."),
        ("BioNTech's total upfront to Chinese licensors over all years, incl. the 2023 ones?", "BioNTech"),
    ],
)
def test_every_years_upfronts_are_summed(assistant: Assistant, question: str, licensee: str) -> None:
    deals = [d for d in _ANY if licensee in d.licensees]
    assert {d.scope for d in deals} == {"main", "context"}
    answer = assistant.ask(question)
    assert f"Across the {len(deals)} deals" in answer.answer and _money(_upfronts(deals)) in answer.answer, (
        answer.answer
    )


def test_names_and_words_inside_the_added_clause_are_no_filter(assistant: Assistant) -> None:
    hansoh = [d for d in _ANY if "Hansoh Pharmaceutical Group" in d.licensors]
    answer = assistant.ask(
        "I'm curious about Hansoh Pharma. Counting all five of its out-licensing deals in the data — including "
        "the two GSK ADC deals from 2023 that I understand are kept as background — what is the combined upfront?"
    )
    assert answer.route == "table" and [c.args["filter"].get("modality") for c in answer.tool_calls] == [None]
    assert f"Across the {len(hansoh)} deals" in answer.answer and _money(_upfronts(hansoh)) in answer.answer


def test_the_whole_table_counts_context_rows(assistant: Assistant) -> None:
    big = [d for d in _ANY if (d.figure("upfront").amount or 0) >= 500_000_000]
    assert any(d.scope == "context" for d in big) and any(d.scope == "main" for d in big)
    answer = assistant.ask("# of deals w/ upfront >= $500m, whole table incl pre-2024")
    assert f"Our table holds {len(big)} deals" in answer.answer, answer.answer


def test_the_top_buyer_over_all_years_is_the_tables(assistant: Assistant) -> None:
    per_buyer = Counter[str]()
    for d in _ANY:
        for name in d.licensees:
            per_buyer[name] += int(d.figure("upfront").amount or 0)
    (top, amount), (_, second) = per_buyer.most_common(2)
    assert amount > second
    answer = assistant.ask(
        "which big pharma has paid Chinese licensors the most upfront in total - all years incl the 2022-23 context deals?"
    )
    assert answer.route == "table" and f"First, {top}: {_money(Decimal(amount))}" in answer.answer, answer.answer


# -- "from 2024 until now" is 2024 onward ------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    ["from 2024 until now, which pharma took the most licences?", "GSK deals from 2024 till today", "2024 up to now"],
)
def test_until_now_opens_the_year(question: str) -> None:
    (period,) = find_periods(question, "2026-02-28")
    assert (period.year, period.bound) == (2024, "since")


def test_the_top_buyer_since_a_year_counts_every_later_year(assistant: Assistant) -> None:
    counts = Counter(name for d in _ANY if d.year >= 2024 for name in d.licensees)
    (top, deals), (_, second) = counts.most_common(2)
    assert deals > second
    answer = assistant.ask("from 2024 until now, which big pharma take the most licenses from Chinese companies?")
    assert f"First, {top}: {deals} deals" in answer.answer, answer.answer


def test_a_sum_since_a_year(assistant: Assistant) -> None:
    merck = [d for d in _ANY if "Merck & Co." in d.licensees and d.year >= 2024]
    answer = assistant.ask("Merck's upfront payments from 2024 up to now, summed")
    assert _money(_upfronts(merck)) in answer.answer, answer.answer


# -- A company's pinyin name is one of its names (companies.csv) --------------------------------
@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("Hengrui Yiyao and GSK the july 2025 deal, upfront is how much?", "hengrui-gsk-2025"),
        ("What upfront did Hansen Zhiyao get from Regeneron?", "hansoh-regeneron-2025"),
        ("Kelun Botai and Crescent Biopharma: how much upfront?", "kelun-crescent-2025"),
    ],
)
def test_a_pinyin_name_finds_the_deal(assistant: Assistant, question: str, deal_id: str) -> None:
    deal = next(d for d in _TABLES.deals if d.deal_id == deal_id)
    answer = assistant.ask(question)
    assert not answer.abstained and _money(deal.figure("upfront").amount or Decimal(0)) in answer.answer, answer.answer


def test_a_pinyin_name_counts_its_deals(assistant: Assistant) -> None:
    hengrui = [d for d in _ANY if "Jiangsu Hengrui Pharmaceuticals" in d.licensors and d.year == 2025]
    answer = assistant.ask("2025 year Hengrui Yiyao did how many out-license deals?")
    assert f"Our table holds {len(hengrui)} deals" in answer.answer, answer.answer


def test_pinyin_aliases_are_the_chinese_names(router: Router) -> None:
    """Every pinyin alias added stands beside the Chinese name it spells (no invented nickname)."""
    hansoh = next(c for c in _TABLES.companies if c.name == "Hansoh Pharmaceutical Group")
    assert {"翰森制药", "Hansen Zhiyao"} <= set(hansoh.aliases)
    assert router.entities.find_companies("Hansen Zhiyao").mentions[0].name == hansoh.name


# -- A superlative misspelt by one letter ------------------------------------------------------
@pytest.mark.parametrize(
    ("word", "spelt"),
    [
        ("bigest", "biggest"),
        ("higest", "highest"),
        ("largst", "largest"),
        ("Biggets", "biggest"),
        ("smalest", "smallest"),
    ],
)
def test_a_misspelt_superlative_is_spelt(word: str, spelt: str) -> None:
    assert spelt_superlatives(f"{word} upfront in the table") == f"{spelt} upfront in the table"


@pytest.mark.parametrize("word", ["latest", "oldest", "fastest", "targets", "interest", "modest", "honest"])
def test_real_words_stay(word: str) -> None:
    assert spelt_superlatives(f"the {word} deal") == f"the {word} deal"


def test_the_biggest_upfront_misspelt_is_ranked(assistant: Assistant) -> None:
    top = max(_ANY, key=lambda d: d.figure("upfront").amount or 0)
    answer = assistant.ask("bigest single upfront cheque in the whole table - who, how much")
    assert answer.tool_calls[0].tool == "rank", answer.tool_calls
    assert top.licensors[0] in answer.answer and _money(top.figure("upfront").amount or Decimal(0)) in answer.answer


def test_the_largest_total_misspelt_is_no_sum(assistant: Assistant) -> None:
    top = max(_ANY, key=lambda d: d.figure("total").amount or 0)
    answer = assistant.ask("largst total deal value in the table, who signed it?")
    assert [c.tool for c in answer.tool_calls] == ["rank"] and top.licensees[0] in answer.answer, answer.answer


# -- "comps for a kind." then a named deal's terms: that deal, no comparables -----------------
@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        (
            "Pulling comps for a PD-1xVEGF bispecific. On 3SBio/Pfizer (SSGJ-707), what was paid at signing, "
            "and what's the headline?",
            "3sbio-pfizer-2025",
        ),
        (
            "Looking for comps on a GLP-1 peptide. For Hansoh/Regeneron (HS-20094), what was paid upfront?",
            "hansoh-regeneron-2025",
        ),
    ],
)
def test_comps_of_a_kind_then_a_named_deal(assistant: Assistant, question: str, deal_id: str) -> None:
    deal = next(d for d in _TABLES.deals if d.deal_id == deal_id)
    answer = assistant.ask(question)
    assert {c.tool for c in answer.tool_calls} == {"get_deal"}, answer.tool_calls
    assert _money(deal.figure("upfront").amount or Decimal(0)) in answer.answer, answer.answer


def test_comps_for_a_named_deal_still_leave_it_out(router: Router) -> None:
    (call,) = router.route("comps for Hengrui-Merck: who else bought a Lp(a) asset?").tool_calls
    assert call.tool == "find_deals" and call.args["filter"]["exclude_companies"] == ["Merck & Co."]


# -- A company's upfront into a plural kind: its deals of that kind summed ------------------------
def test_a_plural_kind_is_a_sum_and_a_follow_up_keeps_it(assistant: Assistant) -> None:
    question = "how much has Roche put upfront into chinese ADCs"
    roche = [d for d in _ANY if "Roche" in d.licensees and d.modality == "ADC"]
    first = assistant.ask(question)
    assert f"Across the {len(roche)} deals" in first.answer and _money(_upfronts(roche)) in first.answer, first.answer
    gsk = [d for d in _ANY if "GSK" in d.licensees and d.modality == "ADC"]
    then = assistant.ask("what about GSK?", [Turn(question=question, answer=first)])
    assert then.tool_calls[0].args["filter"]["modality"] == "ADC"
    assert _money(_upfronts(gsk)) in then.answer and "Hansoh" in then.answer, then.answer


def test_one_named_deal_of_a_kind_stays_one_deal(router: Router) -> None:
    (call,) = router.route("how much did Roche pay upfront for the MediLink ADC?").tool_calls
    assert call.tool == "get_deal"


@pytest.mark.parametrize(
    "question",
    [
        "What did Merck pay 科伦博泰 upfront for the seven preclinical ADCs back in late 2022?",
        "How much did Merck pay Kelun upfront for new ADCs in 2024?",
    ],
)
def test_a_pair_or_a_named_asset_of_a_kind_stays_one_deal(router: Router, question: str) -> None:
    assert [c.tool for c in router.route(question).tool_calls] == ["get_deal"]
