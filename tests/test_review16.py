"""Regressions the sixteenth session's full eval run found after the second wave's merge, each with the
wording that still works. Figures are read from deals.csv and market_stats.csv as the answers render them."""

from __future__ import annotations

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.money import render_amount
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)
_STATS = {stat.stat_id: stat for stat in _TABLES.market_stats}


def test_which_drugs_were_they_after_two_deals_names_each_deals_drug(assistant: Assistant) -> None:
    # package_words had read "which drugs were they" as a package's several members, and the Vor deal's one drug
    # (telitacicept) gave way to its no-termination and reported-by sentences
    answer = assistant.ask(
        "RemeGen: upfront on the Vor deal and on the AbbVie deal, and which drugs were they?", []
    ).answer
    assert "telitacicept" in answer and "RC148" in answer
    assert "$125 million" in answer and "$650 million" in answer


def test_a_ranking_then_a_trackers_figure_keeps_both_parts(assistant: Assistant) -> None:
    # tracker_credit had joined the ranking with the Caixin part as one sum, and the Caixin figure was dropped
    answer = assistant.ask(
        "Which Chinese licensor had the highest total deal value in 2025 in your table, and how does your figure "
        "square with Caixin's $16.7 billion?",
        [],
    ).answer
    assert "Jiangsu Hengrui" in answer and "$16.669 billion" in answer
    assert render_amount(_STATS["hengrui-2025-company-total"].value) in answer


def test_final_read_near_misses_keep_their_rules() -> None:
    # the last read's near-misses, checked on the rules' own patterns
    from assistant.routing.market_facts import MARKET_FACTS
    from assistant.routing.package_words import MEMBERS_ASKED_RE
    from assistant.routing.tracker_credit import credit_joined

    jobs = next(asked for name, asked, _ in MARKET_FACTS if name == "job numbers")
    assert jobs.search("What's the US job impact of these licensing deals?")
    assert not jobs.search("Which tracker does the best job of counting China out-licensing deals?")
    assert MEMBERS_ASKED_RE.search("which drugs did they license?") and not MEMBERS_ASKED_RE.search(
        "which drugs were they?"
    )
    parts = [
        "What was the combined headline value of the deals which they signed",
        "and how does that compare with the figure Caixin attributed to the company?",
    ]
    assert len(credit_joined(parts)) == 1  # a relative "which" is no ranking asked


def test_a_trial_outcome_beside_a_deal_is_still_refused(assistant: Assistant) -> None:
    answer = assistant.ask("Did ivonescimab, the drug in the Akeso-Summit deal, work in the lung cancer trial?", [])
    assert answer.abstained and "trial efficacy" in answer.answer
