"""Two companies on one side of the table asked one figure ("how much did Hengrui and Hansoh license out?") are
asked once each; a company's "how much did X license out?" sums its deals. Both had been read as one deal (a
Hengrui → Hansoh deal, refused; "which Hengrui deal?"). A comparison, a sum over both or a deal that joins the two
stays one question. The real assistant over the real tables; expected sums come from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.evaluation.metrics import unsupported_numbers
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from assistant.tools.quantities import render_quantity
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _sum(side: str, company: str, measure: str, year: str = "") -> Decimal:
    return sum(
        (
            getattr(d, measure).amount
            for d in _TABLES.deals
            if company in getattr(d, side + "s")
            and d.scope != "borderline"
            and d.announced.startswith(year)
            and getattr(d, measure).amount is not None
        ),
        Decimal(0),
    )


@pytest.mark.parametrize(
    ("question", "side", "companies", "measure", "year"),
    [
        (
            "how much did Hengrui and Hansoh license out?",
            "licensor",
            ["Jiangsu Hengrui Pharmaceuticals", "Hansoh Pharmaceutical Group"],
            "total",
            "",
        ),
        (
            "what did Hengrui and Hansoh get upfront in 2025?",
            "licensor",
            ["Jiangsu Hengrui Pharmaceuticals", "Hansoh Pharmaceutical Group"],
            "upfront",
            "2025",
        ),
        ("how much did Merck & Pfizer pay upfront in 2025?", "licensee", ["Merck & Co.", "Pfizer"], "upfront", "2025"),
    ],
)
def test_each_company_gets_its_sum(
    assistant: Assistant, question: str, side: str, companies: list[str], measure: str, year: str
) -> None:
    answer = assistant.ask(question)
    assert len(answer.tool_calls) == 2, answer.interpretation
    for company in companies:
        assert render_quantity(_sum(side, company, measure, year), "USD", "exact") in answer.answer, answer.answer


def test_a_company_licensing_out_is_its_sum(assistant: Assistant) -> None:
    answer = assistant.ask("how much did Hengrui license out?")
    ours = _sum("licensor", "Jiangsu Hengrui Pharmaceuticals", "total")
    assert render_quantity(ours, "USD", "exact") in answer.answer, answer.answer
    assert assistant.ask("how much did Zai Lab license out?").abstained  # a company the table does not hold


def test_comparisons_sums_over_both_and_joint_deals_stay_whole(router: Router) -> None:
    spans = router.company_spans
    for question in (
        "Hengrui vs Hansoh total deal value",
        "did Hengrui and Hansoh get more upfront than Innovent?",
        "how much did Kelun and Harbour get from Windward?",  # one deal has both licensors
        "how much did Hengrui and Hansoh license out combined?",
        "艾伯维和罗氏谁付的首付款更多?",  # who paid more: a comparison, in Chinese
        "which of Hengrui and Hansoh got more upfront?",
    ):
        assert len(split_parts(question, spans)) == 1, question


def _pair_deals(licensor: str, licensee: str) -> list:
    return sorted(
        (d for d in _TABLES.deals if licensor in d.licensors and licensee in d.licensees and d.scope != "borderline"),
        key=lambda d: d.announced,
    )


def test_one_measure_of_a_pairs_several_deals_is_given_for_each(assistant: Assistant) -> None:
    # "What did Novartis pay Argo upfront?" had asked which of the two deals was meant
    deals = _pair_deals("Argo Biopharmaceutical", "Novartis")
    assert len(deals) == 2
    answer = assistant.ask("What did Novartis pay Argo upfront?")
    assert answer.route == "table" and not answer.abstained
    for deal in deals:
        assert render_quantity(deal.upfront.amount, "USD", "exact") in answer.answer, answer.answer
    assert unsupported_numbers(answer)[0] == []  # the months and years said are held by the cited openings
    both = assistant.ask("What did Novartis pay Argo upfront, and what did Madrigal pay Ribo?")
    assert all(render_quantity(d.upfront.amount, "USD", "exact") in both.answer for d in deals)


def test_two_pairs_side_by_side_are_each_answered(assistant: Assistant) -> None:
    answer = assistant.ask("What were the upfronts in the Hengrui-GSK and Hansoh-GSK deals?")
    for licensor in ("Jiangsu Hengrui Pharmaceuticals", "Hansoh Pharmaceutical Group"):
        for deal in _pair_deals(licensor, "GSK"):
            assert render_quantity(deal.upfront.amount, "USD", "exact") in answer.answer, answer.answer


def test_a_compared_side_with_several_deals_still_asks_which(assistant: Assistant) -> None:
    answer = assistant.ask("Hengrui-GSK vs Hansoh-GSK upfront")
    assert answer.route == "none" and "which one" in answer.answer  # not Hansoh's deals alone, as if compared
