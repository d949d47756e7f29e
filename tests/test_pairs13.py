"""Two deals in one question (outsider55-58): each deal named is answered, or the two are compared, each cited.

- **Each of two deals** (``deal_pairs.each_named_deal``): "荣昌生物 upfronts: AbbVie 2026 deal and the Vor Bio deal?",
  "Madrigal paid CSPC how much upfront, and paid Ribo how much upfront?" had answered the first deal only.
- **The measure said after both deals** (``deal_pairs.whole_named_deals``): "Hansoh licensed assets to Merck in 2024
  and to Roche in 2025 - the upfront in each case?" had asked the articles about the Merck deal.
- **Two deals set against each other** (``pair_named`` with ``deal_pairs.PAIR_COMPARED_RE``): "A minus B = ?",
  "2026 upfront: A or B bigger?" had answered one deal; "3sbio upfront vs akeso summit upfront" had refused (3SBio
  said alone names its one deal).
The figures are computed here from the real table."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.money import render_amount
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _deal(deal_id: str) -> Deal:
    return next(d for d in _TABLES.deals if d.deal_id == deal_id)


def _amount(deal_id: str, field: str) -> Decimal:
    amount = getattr(_deal(deal_id), field).amount
    assert amount is not None
    return Decimal(amount)


@pytest.mark.parametrize(
    ("question", "deal_ids", "field"),
    [
        (
            "荣昌生物 upfronts: AbbVie 2026 deal and the Vor Bio deal?",
            ["remegen-abbvie-2026", "remegen-vor-2025"],
            "upfront",
        ),
        (
            "Hansoh upfronts — the Regeneron deal and the Merck one?",
            ["hansoh-regeneron-2025", "hansoh-merck-2024"],
            "upfront",
        ),
        (
            "milestones for kelun crescent and for innovent roche",
            ["kelun-crescent-2025", "innovent-roche-2025"],
            "milestones",
        ),
        (
            "MediLink licensed to Roche in 2024 and again in 2026: upfront each time?",
            ["medilink-roche-2024", "medilink-roche-2026"],
            "upfront",
        ),
        (
            "信达生物 Takeda deal total value and 恒瑞医药 GSK deal total value",
            ["innovent-takeda-2025", "hengrui-gsk-2025"],
            "total",
        ),
        (
            "Madrigal paid CSPC how much upfront, and paid Ribo how much upfront?",
            ["cspc-madrigal-2025", "ribo-madrigal-2026"],
            "upfront",
        ),
        (
            "Hansoh licensed assets to Merck in 2024 and to Roche in 2025 — what was the upfront in each case?",
            ["hansoh-merck-2024", "hansoh-roche-2025"],
            "upfront",
        ),
    ],
)
def test_each_named_deal_is_answered_and_cited(
    assistant: Assistant, question: str, deal_ids: list[str], field: str
) -> None:
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["get_deal", "get_deal"], answer.tool_calls
    figures = [answer.answer.find(render_amount(_amount(deal_id, field))) for deal_id in deal_ids]
    assert all(at >= 0 for at in figures) and figures == sorted(figures), answer.answer
    cited = {c.doc_id for c in answer.citations}
    assert {f"deal-{deal_id}" for deal_id in deal_ids} <= cited, cited


@pytest.mark.parametrize(
    "question",
    [
        "What did Roche pay MediLink upfront?",  # one pair's two deals, nothing said tells them apart: ask
        "Was Regeneron really the buyer of Hansoh's HS-10535 for $112 million upfront?",  # a claim to check
        "Hengrui GSK upfront and Innovent Takeda milestones",  # two measures
        "Merck upfront to Curon minus upfront to LaNova",  # a comparison
        "remegen: abbvie upfront how many x the vor upfront",  # a ratio
    ],
)
def test_what_is_not_two_figures_is_not_split_into_two_deals(router: Router, question: str) -> None:
    assert len(split_parts(question, router.company_spans)) == 1


@pytest.mark.parametrize(
    ("question", "left", "right", "said"),
    [
        ("Merck upfront to Curon minus upfront to LaNova = ?", "curon-merck-2024", "lanova-merck-2024", "difference"),
        (
            "Takeda upfront to Innovent minus GSK upfront to Hengrui = ?",
            "innovent-takeda-2025",
            "hengrui-gsk-2025",
            "difference",
        ),
        (
            "2026 upfront: RemeGen-AbbVie or MediLink-Roche bigger?",
            "remegen-abbvie-2026",
            "medilink-roche-2026",
            "difference",
        ),
        (
            "upfront: MediLink-Roche 2026 or Innovent-Lilly, bigger?",
            "medilink-roche-2026",
            "innovent-lilly-2026",
            "difference",
        ),
        (
            "how many times bigger was 3sbio upfront vs akeso summit upfront",
            "3sbio-pfizer-2025",
            "akeso-summit-2022",
            "ratio",
        ),
    ],
)
def test_two_deals_set_against_each_other_are_compared(
    assistant: Assistant, question: str, left: str, right: str, said: str
) -> None:
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["compare"], answer.tool_calls
    call = answer.tool_calls[0]
    assert (call.args["left"]["deal_ids"], call.args["right"]["deal_ids"]) == ([left], [right])
    a, b = _amount(left, "upfront"), _amount(right, "upfront")
    if said == "difference":
        assert render_amount(a - b) in answer.answer, answer.answer
    else:
        assert f"{a / b:g} times" in answer.answer, answer.answer
    assert {f"deal-{left}", f"deal-{right}"} <= {c.doc_id for c in answer.citations}


@pytest.mark.parametrize(
    ("question", "deal_ids"),
    [
        ("Argo–Novartis: 2024 upfront, 2025 upfront, combined?", ["argo-novartis-2024", "argo-novartis-2025"]),
        ("hansoh: regeneron upfront, roche upfront, together?", ["hansoh-regeneron-2025", "hansoh-roche-2025"]),
        (
            "combined upfront of the Hansoh-Regeneron and Hansoh-Roche deals?",
            ["hansoh-regeneron-2025", "hansoh-roche-2025"],
        ),
    ],
)
def test_two_named_deals_summed_are_the_sum_of_those_two(
    assistant: Assistant, question: str, deal_ids: list[str]
) -> None:
    answer = assistant.ask(question)
    sums = [c for c in answer.tool_calls if c.tool == "aggregate"]
    assert len(sums) == 1 and sums[0].args["filter"]["deal_ids"] == deal_ids, answer.tool_calls
    total = sum(_amount(deal_id, "upfront") for deal_id in deal_ids)
    assert render_amount(total) in answer.answer, answer.answer
    each = [c for c in answer.tool_calls if c.tool == "get_deal"]
    if each:  # each figure first, in the order named, then the sum
        assert [c.args.get("deal_id") for c in each] in (deal_ids, [None, None]), each
        assert answer.answer.find(render_amount(_amount(deal_ids[0], "upfront"))) < answer.answer.find(
            render_amount(total)
        )
