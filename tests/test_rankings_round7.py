"""Rankings and figures of the outsider21 round's second pass (issue 11, phrasing22a): the places behind a
named company, one deal's upfront plus its equity, the gap between two trackers' figures, and "most
frequent" / "fewest deals" read as counts of deals.

Routing runs over the bundled tables and the real deal tools compute the figures asserted.
"""

from __future__ import annotations

import pytest

from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import one_call, route


# -- 1. the places behind a named company: no filter on it, the ranking down to the place after it ----------
@pytest.mark.parametrize(
    ("question", "dimension", "metric", "after", "rows"),
    [
        (
            "After AZ, who are the next busiest licensees since 2024 and how many deals does each have?",
            "licensee",
            "count",
            "AstraZeneca",
            ["AstraZeneca", "AbbVie", "Merck & Co.", "Roche"],  # a three-way tie at 4 deals, all named
        ),
        ("Behind Pfizer, which licensee paid the most upfront in 2025?", "licensee", "upfront", "Pfizer", None),
        (
            "Which licensors trail Hengrui by number of deals since 2024, and with how many?",
            "licensor",
            "count",
            "Jiangsu Hengrui Pharmaceuticals",
            ["Jiangsu Hengrui Pharmaceuticals", "CSPC Pharmaceutical Group", "Harbour BioMed"],
        ),
        ("Who ranks just below Merck among buyers by number of deals?", "licensee", "count", "Merck & Co.", None),
        (
            "Which Chinese licensor was second only to Hengrui in total deal value in 2025?",
            "licensor",
            "total",
            "Jiangsu Hengrui Pharmaceuticals",
            ["Jiangsu Hengrui Pharmaceuticals", "GeneQuantum Healthcare"],
        ),
        (
            "Who's the runner-up to AstraZeneca on total deal value among licensees since 2024?",
            "licensee",
            "total",
            "AstraZeneca",
            ["AstraZeneca", "GSK"],
        ),
    ],
)
def test_a_company_named_behind_is_the_place_ranked_from(
    router: Router, tools: DealTools, question: str, dimension: str, metric: str, after: str, rows: list[str] | None
) -> None:
    assert len(split_parts(question)) == 1  # "and how many deals does each have" is said by the ranking
    call = one_call(route(router, question))
    assert (call.tool, call.args["dimension"], call.args["metric"], call.args["after"]) == (
        "rank",
        dimension,
        metric,
        after,
    )
    assert not call.args["filter"].get(dimension)  # the company named is no filter
    result = tools.run(call)
    assert after in result.rows and result.rows.index(after) < len(result.rows) - 1  # a place after it is given
    if rows is not None:
        assert result.rows == rows


def test_the_places_after_a_company_that_does_not_lead(tools: DealTools) -> None:
    call = ToolCall(
        tool="rank",
        args={"dimension": "licensee", "metric": "upfront", "filter": {"year": 2025}, "n": 2, "after": "GSK"},
    )
    result = tools.run(call)
    assert result.rows == ["Pfizer", "Takeda", "GSK", "AstraZeneca"]  # the leader down to the place after GSK
    assert "after GSK" in result.lines[0].text


def test_a_company_ranked_last_or_not_at_all_is_said(tools: DealTools) -> None:
    last = tools.run(
        ToolCall(tool="rank", args={"dimension": "licensor", "metric": "count", "filter": {"licensee": "Pfizer"}})
    ).rows[-1]
    ending = tools.run(
        ToolCall(
            tool="rank",
            args={"dimension": "licensor", "metric": "count", "filter": {"licensee": "Pfizer"}, "after": last},
        )
    )
    assert ending.lines[0].text.startswith(f"No company ranks after {last}")
    absent = tools.run(
        ToolCall(
            tool="rank", args={"dimension": "licensee", "metric": "count", "filter": {"year": 2025}, "after": "Pfizer"}
        )
    )
    assert "Pfizer" in absent.rows  # Pfizer has a 2025 deal: ranked
    nowhere = tools.run(
        ToolCall(
            tool="rank", args={"dimension": "licensee", "metric": "count", "filter": {"year": 2023}, "after": "Pfizer"}
        )
    )
    assert nowhere.lines[0].text.startswith("Pfizer has no deal in this ranking")


@pytest.mark.parametrize(
    "question",
    [
        "which licensee paid the most upfront after 2024",  # a period
        "After Pfizer, which deal had the biggest upfront in 2025?",  # deals asked: Pfizer's own
        "Which licensee paid Hengrui the most after excluding Merck?",  # an exclusion
        "what was the biggest upfront Merck paid after Hengrui's deal",  # two companies
        "Which licensee paid the most upfront in 2025?",
    ],
)
def test_no_place_behind_without_a_company_behind(router: Router, question: str) -> None:
    for call in route(router, question).tool_calls:
        assert not call.args.get("after")


def test_a_ranking_says_each_company_count_without_a_second_question() -> None:
    assert split_parts("Who are the busiest licensees since 2024 and how many deals does each have?") == [
        "Who are the busiest licensees since 2024?"
    ]
    assert len(split_parts("What did Pfizer pay 3SBio upfront, and how many deals does each have?")) == 2


# -- 2. one deal's upfront plus its equity: both parts cited and their sum, or why there is none --------------
@pytest.mark.parametrize(
    ("question", "deal_id", "total"),
    [
        ("pfe's upfront plus its equity check in 3SBio, combined?", "3sbio-pfizer-2025", 1_350_000_000),
        (
            "AZ's total commitment to Harbour BioMed at signing including the share purchase",
            "harbour-astrazeneca-2025",
            280_000_000,
        ),
        ("What did Pfizer hand 3SBio on day one, including the stock purchase?", "3sbio-pfizer-2025", 1_350_000_000),
        # the sources say the equity is part of the upfront: nothing is added twice
        (
            "Takeda's upfront and its equity investment in Innovent, added together?",
            "innovent-takeda-2025",
            1_200_000_000,
        ),
        (
            "How much did Vor Bio commit to RemeGen at signing, counting both the upfront and the shares it bought?",
            "remegen-vor-2025",
            125_000_000,
        ),
        ("Hengrui–Braveheart: upfront plus equity, combined?", "hengrui-braveheart-2025", 65_000_000),
    ],
)
def test_upfront_plus_equity_is_one_sum(
    router: Router, tools: DealTools, question: str, deal_id: str, total: int
) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["metric"], call.args["plus"]) == ("get_deal", "upfront", "equity")
    result = tools.run(call)
    assert result.deal_ids == [deal_id]
    summed = [figure for figure in result.figures if "upfront" in figure.label and "equity" in figure.label]
    assert [figure.value for figure in summed] == [total]
    assert {"upfront", "equity"} <= {
        span for line in result.lines for span in ("upfront", "equity") if span in line.text
    }
    assert len(summed[0].provenance) >= 2  # both parts' sentences cited


def test_an_undisclosed_part_gives_no_sum(router: Router, tools: DealTools) -> None:
    call = one_call(route(router, "Merck's upfront plus its equity investment in Hengrui, combined?"))
    result = tools.run(call)
    assert "not disclosed" in result.lines[-1].text and "no sum" in result.lines[-1].text
    assert all("plus" not in figure.label for figure in result.figures)


@pytest.mark.parametrize(
    "question",
    [
        "What was Pfizer's upfront to 3SBio, excluding the equity?",
        "Did Takeda's upfront to Innovent include equity?",
        "How much equity did Pfizer buy in 3SBio?",
        "What did Pfizer pay 3SBio upfront?",
        "Did 3SBio's stock jump after the Pfizer upfront?",
    ],
)
def test_no_sum_without_both_parts_added(router: Router, question: str) -> None:
    assert all(not call.args.get("plus") for call in route(router, question).tool_calls)


# -- 3. the gap between two trackers' figures: both figures cited and their difference --------------------------
@pytest.mark.parametrize(
    ("question", "period", "gap", "figures"),
    [
        ("CPHIIC and PharmCube disagree on 2024 - what's the gap between their figures?", "2024", 3_500_000_000, None),
        ("How far apart are IQVIA and PharmCube on 2024 total deal value?", "2024", 7_100_000_000, None),
        ("By how much does GlobalData's 2024 total trail CPHIIC's?", "2024", 13_900_000_000, None),
        (
            "what's the difference between freshfromchina's and IQVIA's H1 2025 totals",
            "2025-H1",
            15_050_000_000,
            [63_550_000_000, 48_500_000_000],
        ),
        ("IQVIA vs PharmCube 2024 total deal value - what's the gap?", "2024", 7_100_000_000, None),
    ],
)
def test_two_trackers_gap_is_stated_with_both_figures(
    router: Router, tools: DealTools, question: str, period: str, gap: int, figures: list[int] | None
) -> None:
    assert len(split_parts(question)) == 1  # "A vs B ... gap" is no pair of questions
    call = one_call(route(router, question))
    assert call.tool == "market_stat" and call.args["period"] == period and call.args.get("compare_reporter")
    assert not call.args.get("derive")  # no change over time within one tracker
    result = tools.run(call)
    values = [figure.value for figure in result.figures]
    assert values[-1] == gap and all(figure.provenance for figure in result.figures)
    if figures:
        assert values[:2] == figures
    assert "different trackers" in result.lines[-1].text


def test_a_tracker_without_the_figure_gives_no_gap(tools: DealTools) -> None:
    call = ToolCall(
        tool="market_stat",
        args={"metric": "deal_count", "period": "2023", "reporter": "Goodwin", "compare_reporter": "IQVIA"},
    )
    result = tools.run(call)
    # the one tracker's figure, and that the other reports none for the year (since the eleventh session)
    assert [figure.value for figure in result.figures] == [70]
    assert "IQVIA reports no deal count for any period" in result.lines[-1].text and "no gap" in result.lines[-1].text


@pytest.mark.parametrize(
    "question",
    [
        "What did PharmCube report for 2025?",
        "How much higher was PharmCube's 2025 total than its 2024 total?",  # one tracker over time
    ],
)
def test_no_gap_without_two_trackers_and_a_gap(router: Router, question: str) -> None:
    assert all(not call.args.get("compare_reporter") for call in route(router, question).tool_calls)


# -- 4. "most frequent", "most often", "fewest deals": companies ranked by their number of deals ---------------
@pytest.mark.parametrize(
    ("question", "dimension", "ascending", "first"),
    [
        ("Who's the most frequent buyer of Chinese drug assets in your data?", "licensee", False, "Merck & Co."),
        ("Which licensee is the most frequent partner of Chinese drugmakers in your table?", "licensee", False, None),
        ("Who is Hengrui's most frequent partner?", "licensee", False, None),
        ("Which licensors had the fewest deals with AstraZeneca?", "licensor", True, None),
        ("which licensor had the fewest deals", "licensor", True, None),
        ("which licensee had the fewest deals in 2024", "licensee", True, None),
    ],
)
def test_how_often_is_a_count_of_deals(
    router: Router, tools: DealTools, question: str, dimension: str, ascending: bool, first: str | None
) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["dimension"], call.args["metric"]) == ("rank", dimension, "count")
    assert bool(call.args.get("ascending")) is ascending
    result = tools.run(call)
    counts = [figure.value for figure in result.figures[1:] if figure.unit == "count"]
    if ascending:  # every company tied at the lowest count is named, as a tie
        assert len(result.rows) >= 2 and len(set(counts)) == 1
    if first:
        assert result.rows[0] == first


@pytest.mark.parametrize(
    "question",
    [
        "Who's the most frequent buyer by upfront paid?",  # money named: a ranking of money
        "Which licensee paid the most upfront in 2025?",
    ],
)
def test_no_count_when_money_is_ranked(router: Router, question: str) -> None:
    assert all(call.args.get("metric") != "count" for call in route(router, question).tool_calls)


def test_the_fewest_deals_of_another_kind_ranks_that_kind(router: Router) -> None:
    # periods, not companies: the years ranked from the bottom by their number of deals (eighth session)
    call = route(router, "which year had the fewest deals").tool_calls[0]
    assert call.args["dimension"] == "year" and call.args["metric"] == "count" and call.args["ascending"]


def test_plural_places_behind_name_at_least_two_companies(router: Router, tools: DealTools) -> None:
    call = one_call(route(router, "Following Merck, who were the biggest upfront payers of 2024?"))
    assert tools.run(call).rows == ["Merck & Co.", "GSK", "Novartis"]  # two places after Merck, not one


def test_review_probes_keep_their_readings(router: Router) -> None:
    bound = one_call(route(router, "Which Chinese drugmakers did at least three deals in 2025?"))
    assert (bound.tool, bound.args.get("min_deals")) == ("aggregate", 3)  # "at least three deals": a bound
    lead = one_call(route(router, "Different question: how many deals did PharmCube count for Greater China in 2025?"))
    assert lead.tool == "market_stat" and not lead.args.get("compare_reporter")  # "different" asks no gap


@pytest.mark.parametrize(
    "question",
    [
        # one series named twice ("Reuters' PharmCube"), and a change between two years: no gap between trackers
        "Reuters' PharmCube Greater China series - how many times larger was the 2025 deal value than 2021's?",
        "By how much did PharmCube's 2025 total exceed its 2024 total, per Caixin?",
    ],
)
def test_one_tracker_over_two_years_is_no_gap_between_trackers(router: Router, question: str) -> None:
    calls = route(router, question).tool_calls
    assert calls and all("compare_reporter" not in call.args for call in calls)
