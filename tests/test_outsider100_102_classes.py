"""Classes of failure from a VC associate's and a trade-press fact-checker's sets (session 23, outsider100 and 102).

Each was a confident wrong figure, a refusal of an answerable question, or a part of the question left out:

* "tcv" (total contract value) was no measure: "tcv on lm-299" went to the articles (``trade_shorthand``).
* "median tcv for 24 deals" dropped the year, and "across all their 24-26 deals" the span (``terse_shorthand``).
* a plain PharmCube whole-year figure set the Greater China series beside the mainland one (``pharmcube_series``).

The wordings here are not the eval's. Expected figures are read from documents/deals.csv.
"""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from assistant.routing.trade_shorthand import expand_shorthand
from tests.conftest import bundled_entities, one_call, route


# -- "tcv": the deal's total value ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("tcv on lm-299", "total deal value on LM-299"),
        ("HRS/GSK TCV?", "HRS/GSK total deal value?"),
        ("rank buyers by tcvs", "rank buyers by total deal value"),
        ("what was the total contract value of the curon deal", "what was the total deal value of the curon deal"),
    ],
)
def test_tcv_is_the_total_deal_value(question: str, spelt: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == spelt


@pytest.mark.parametrize("question", ["TCV-12 program", "the tcv-3 asset", "atcv"])
def test_tcv_inside_a_code_or_word_stays(question: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == question


@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("cldn18.2 adc evopoint->astellas tcv", "evopoint-astellas-2025"),
        ("tcv on hrs-9821?", None),
        ("scineuro / nvs - tcv", "scineuro-novartis-2026"),
    ],
)
def test_a_deal_asked_by_tcv_gets_its_total(router: Router, question: str, deal_id: str | None) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args.get("metric")) == ("get_deal", "total")
    if deal_id:
        licensor = {
            "evopoint-astellas-2025": "Evopoint Biosciences",
            "scineuro-novartis-2026": "SciNeuro Pharmaceuticals",
        }
        assert call.args.get("deal_id") == deal_id or call.args.get("licensor") == licensor[deal_id]


# -- a year or span of the deals averaged or ranked -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("median tcv for 24 deals", "median total deal value for 2024 deals"),
        ("avg uf across 25 deals?", "avg uf across 2025 deals?"),
        ("mean upfront of the 26 deals", "mean upfront of the 2026 deals"),
    ],
)
def test_an_average_over_a_years_deals_reads_the_year(question: str, spelt: str) -> None:
    assert expand_shorthand(question, bundled_entities()).lower() == spelt.lower()


@pytest.mark.parametrize(
    "question",
    [
        "median upfront for 24 deals in 2025",  # "24 deals" a count: the year is said
        "how many deals for 24 hours",
        "median for 18 deals",  # a year the tables do not hold
    ],
)
def test_an_average_over_a_count_stays(question: str) -> None:
    spelt = expand_shorthand(question, bundled_entities())
    assert "2024 deals in 2025" not in spelt and "2018" not in spelt


def test_a_median_over_a_years_deals_is_that_year(router: Router) -> None:
    call = one_call(route(router, "median tcv for 24 deals"))
    assert call.tool == "aggregate" and call.args["operation"] == "median" and call.args["filter"]["year"] == 2024


@pytest.mark.parametrize(
    "question",
    [
        "rank chinese licensors by cumulative tcv across all their 24-26 deals, top 3",
        "top 3 licensors by upfront over its 24-26 deals",
    ],
)
def test_a_span_after_a_possessive_is_applied(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank"
    assert (call.args["filter"].get("date_from"), call.args["filter"].get("date_to")) == ("2024-01-01", "2026-12-31")
