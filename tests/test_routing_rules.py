"""Each routing rule takes its own example and none of the phrasings it must not take."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from assistant.routing.rules import RULES, Rule
from tests.conftest import DOCUMENTS


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(load_tables(DOCUMENTS))


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_a_rule_takes_its_example(router: Router, rule: Rule) -> None:
    plan = router.route(rule.example)
    assert plan.rule == rule.name, f"{rule.example!r} went to rule {plan.rule!r}: {plan.model_dump_json()}"


@pytest.mark.parametrize(
    ("rule", "phrase"), [(r, p) for r in RULES for p in r.not_for], ids=lambda x: getattr(x, "name", x)
)
def test_a_rule_leaves_what_it_must_not_take(router: Router, rule: Rule, phrase: str) -> None:
    assert router.route(phrase).rule != rule.name


def test_the_plan_says_in_words_what_it_computes(router: Router) -> None:
    plan = router.route("What were the three largest deals of 2025 by upfront?")
    assert plan.interpretation.startswith("ranking deals by upfront payment")
    assert "2025" in plan.interpretation and "top 3" in plan.interpretation
    lookup = router.route("How much did Pfizer pay 3SBio upfront?")
    assert lookup.interpretation == "upfront payment of one deal: 3SBio → Pfizer"


# -- classes of outsider phrasings (issue 11): each with its example and a non-example ---------
def _call(router: Router, question: str, history: list[str] | None = None) -> tuple[str, dict[str, object]]:
    plan = router.route(question, [Turn(question=q) for q in history or []])
    assert plan.tool_calls, plan.model_dump_json()
    return plan.tool_calls[0].tool, plan.tool_calls[0].args


def test_growth_measures_the_later_period_against_the_earlier(router: Router) -> None:
    tool, args = _call(router, "By what percentage did Hengrui's upfront take grow between 2024 and 2025?")
    assert tool == "compare" and (args["left"]["year"], args["right"]["year"]) == (2025, 2024)  # type: ignore[index]
    _, kept = _call(router, "Compare Merck's upfronts in 2024 and 2025")  # a compare keeps the asked order
    assert (kept["left"]["year"], kept["right"]["year"]) == (2024, 2025)  # type: ignore[index]


def test_a_gap_within_one_pair_compares_its_two_deals(router: Router) -> None:
    tool, args = _call(router, "gap between the upfronts of Merck's two Kelun deals?")
    assert tool == "compare"
    assert {args["left"]["date_from"], args["right"]["date_from"]} == {"2022-05", "2022-12-22"}  # type: ignore[index]
    assert _call(router, "What was the upfront of the Hengrui GSK deal?")[0] == "get_deal"


@pytest.mark.parametrize(
    "question",
    [
        "How much bigger on paper is CSPC's 2026 AstraZeneca deal than Hengrui's GSK deal?",
        "What is the difference in total value between CSPC's 2026 AstraZeneca deal and Hengrui's GSK deal?",
    ],
)
def test_a_year_said_of_one_deal_stays_on_that_side(router: Router, question: str) -> None:
    _, args = _call(router, question)
    assert args["left"]["year"] == 2026 and "year" not in args["right"]  # type: ignore[index,operator]


def test_a_lone_year_holds_for_both_companies_that_dealt_in_it(router: Router) -> None:
    tool, args = _call(router, "Did Hengrui or Hansoh get more upfront in 2025?")
    assert tool == "compare" and args["left"]["year"] == args["right"]["year"] == 2025  # type: ignore[index]


def test_a_or_b_more_is_a_comparison_and_by_how_much_a_difference(router: Router) -> None:
    tool, args = _call(router, "Did 信达生物 or 恒瑞医药 rake in more upfront money in 2025, and by how much?")
    assert tool == "compare" and args["left"]["licensor"] == "Innovent Biologics"  # type: ignore[index]
    _, market = _call(router, "By how much did IQVIA's first-half 2025 figure beat its full-year 2024 number?")
    assert (market["derive"], market["period"], market["compare_period"]) == ("difference", "2025-H1", "2024")
    _, growth = _call(router, "By how much did the value of Chinese out-licensing deals grow from 2024 to 2025?")
    assert growth["derive"] == "change"  # grew "by how much", no unit said: the rise in money and in percent


def test_a_companys_fattest_deal_is_a_ranking_of_its_deals(router: Router) -> None:
    tool, args = _call(router, "Of Merck's Chinese deals, which one carries the fattest milestone package?")
    assert tool == "rank" and args["n"] == 1 and args["filter"]["licensee"] == "Merck & Co."  # type: ignore[index]
    assert _call(router, "What did Merck pay in milestones across its Chinese deals?")[0] == "aggregate"


def test_how_many_biobucks_is_money_not_a_count(router: Router) -> None:
    tool, args = _call(router, "How many biobucks is AstraZeneca's obesity pact with CSPC worth?")
    assert (tool, args["metric"], args["deal_id"]) == ("get_deal", "milestones", "cspc-astrazeneca-2026")
    assert _call(router, "How many deals did AstraZeneca sign with CSPC?")[1]["operation"] == "count"


def test_a_second_bound_keeps_a_billion_dollar_count_in_our_table(router: Router) -> None:
    tool, args = _call(
        router, "How many 2025 deals had an upfront under $100 million but a headline value over $1 billion?"
    )
    assert tool == "aggregate" and args["filter"]["max_upfront_usd"] == "100000000"  # type: ignore[index]
    tool, args = _call(
        router, "How many 2024 deals paid less than $60 million upfront yet carried a total above $1 billion?"
    )
    assert args["filter"]["max_upfront_usd"] == "60000000"  # type: ignore[index]
    assert _call(router, "How many deals over $1 billion were there in 2025?")[0] == "market_stat"


def test_a_month_is_not_a_company_guess(router: Router) -> None:
    question = "For the UBT251 licence The United Laboratories granted Novo Nordisk in March 2025, what is the milestone ceiling?"
    assert _call(router, question)[1]["deal_id"] == "unitedlab-novonordisk-2025"


def test_ten_biggest_licensors_is_the_top10_share(router: Router) -> None:
    _, args = _call(router, "what share of 2025's china licensing value went to the ten biggest licensors?")
    assert args["metric"] == "top10_share"


def test_a_text_kind_after_a_figure_goes_to_the_articles(router: Router) -> None:
    history = ["What is the total value of 科伦博泰's deal with Crescent?"]
    plan = router.route("What kind of drug is it?", [Turn(question=q) for q in history])
    assert (plan.route, plan.rule) == ("text", "a text question after a figure")
    assert router.route("What was the upfront?", [Turn(question=q) for q in history]).tool_calls[0].tool == "get_deal"


def test_who_else_that_year_lists_the_companys_other_deals_of_that_year(router: Router) -> None:
    history = ["What was the upfront of the Harbour BioMed-Otsuka deal?"]
    tool, args = _call(router, "who else did they license to that year?", history)
    assert (tool, args["filter"]) == ("find_deals", {"licensor": "Harbour BioMed", "year": 2025, "exclusive": []})
    assert _call(router, "and the milestones?", history)[0] == "get_deal"


def test_a_companys_largest_upfront_is_one_payment_and_the_most_upfront_a_sum(router: Router) -> None:
    tool, args = _call(router, "What was Roche's largest upfront to a Chinese biotech?")
    assert (tool, args["dimension"], args["n"]) == ("rank", "deal", 1)
    _, most = _call(router, "Which multinational paid the most upfront to Chinese licensors in 2025?")
    assert most["dimension"] == "licensee"


def test_who_else_with_the_company_named_lists_its_deals(router: Router) -> None:
    history = ["What was the upfront of the Harbour BioMed AstraZeneca deal?"]
    tool, args = _call(router, "Who else did Harbour license to in 2025?", history)
    assert (tool, args["filter"]) == ("find_deals", {"licensor": "Harbour BioMed", "year": 2025, "exclusive": []})
    assert router.route("Who did Harbour license HBM7020 to?").route == "text"


@pytest.mark.parametrize("word", ["fall", "shrink", "decrease", "climb"])
def test_a_change_word_asks_for_growth_not_a_sum_over_both_years(router: Router, word: str) -> None:
    tool, args = _call(router, f"How much did Merck's Chinese upfronts {word} from 2024 to 2025?")
    assert tool == "compare" and (args["left"]["year"], args["right"]["year"]) == (2025, 2024)  # type: ignore[index]


def test_a_billion_dollar_count_with_a_modality_is_counted_in_our_table(router: Router) -> None:
    tool, args = _call(router, "How many ADC deals over $1 billion were signed in 2025?")
    assert tool == "aggregate" and args["filter"]["modality"] == "ADC"  # type: ignore[index]
    assert _call(router, "How many deals over $1 billion were signed in 2025?")[0] == "market_stat"


def test_when_after_a_figure_asks_the_articles(router: Router) -> None:
    history = [Turn(question="What is the upfront of the RemeGen AbbVie deal?")]
    assert router.route("And when was it announced?", history).route == "text"
    assert router.route("And the milestones?", history).tool_calls[0].args["metric"] == "milestones"


def test_a_new_counterpart_drops_a_year_only_the_old_deal_had(router: Router) -> None:
    history = [Turn(question="How much did Lilly pay Innovent upfront in 2026?")]
    assert "year" not in router.route("What about Takeda?", history).tool_calls[0].args
    kept = [Turn(question="How much did Hengrui get upfront in 2025?")]
    assert router.route("What about Hansoh?", kept).tool_calls[0].args["filter"]["year"] == 2025


def test_which_of_a_pairs_deals_was_biggest_asks_for_one(router: Router) -> None:
    tool, args = _call(router, "Which of CSPC's deals with AstraZeneca was the biggest?")
    assert (tool, args["dimension"], args["n"]) == ("rank", "deal", 1)
    assert _call(router, "What were the three largest deals of 2025 by upfront?")[1]["n"] == 3


def test_which_other_partners_of_the_named_company_that_year(router: Router) -> None:
    history = ["How much did Takeda pay Innovent upfront?"]
    tool, args = _call(router, "Which other partners did Innovent sign with that year?", history)
    assert (tool, args["filter"]) == ("find_deals", {"licensor": "Innovent Biologics", "year": 2025, "exclusive": []})
    assert "year" not in _call(router, "Which other partners did Innovent sign with?")[1]["filter"]  # type: ignore[operator]


def test_that_before_than_is_the_previous_deal(router: Router) -> None:
    history = ["What did Pfizer pay 3SBio upfront?"]
    tool, args = _call(router, "How much more was that than Takeda paid Innovent?", history)
    assert tool == "compare" and args["metric"] == "upfront"
    assert (args["left"]["licensor"], args["right"]["licensor"]) == ("3SBio", "Innovent Biologics")  # type: ignore[index]
    _, named = _call(router, "How much more did Pfizer pay 3SBio than Takeda paid Innovent?")
    assert named["left"]["licensor"] == "3SBio"  # type: ignore[index]


def test_a_chinese_comparison_compares(router: Router) -> None:
    tool, args = _call(router, "恒瑞医药和翰森制药2025年谁的首付款更多?")
    assert tool == "compare" and args["right"]["licensor"] == "Hansoh Pharmaceutical Group"  # type: ignore[index]
    assert _call(router, "恒瑞医药2025年的首付款是多少?")[0] == "aggregate"


def test_more_deals_compares_counts(router: Router) -> None:
    calls = router.route("Which year had more deals in our table, 2024 or 2025?").tool_calls
    counted = [(c.tool, c.args.get("operation"), c.args.get("metric")) for c in calls]
    # each year's count, then (``who_more``) the two counts compared
    assert counted == [("aggregate", "count", "total"), ("aggregate", "count", "total"), ("compare", "sum", "count")]
    assert router.route("Which year had the higher deal value, 2024 or 2025?").tool_calls[0].tool != "aggregate"


# -- issue 11, second outsider set: each class in several phrasings, and a phrasing it must leave --
@pytest.mark.parametrize(
    "question",
    [
        "3sbio pfe upfront vs milestones",
        "For 三生制药 / Pfizer, milestones are how many times the upfront?",
        "How do the milestones of the Hengrui–GSK deal compare with its upfront?",
        "Akeso Summit: ratio of biobucks to upfront?",
    ],
)
def test_one_deals_two_measures_are_compared(router: Router, question: str) -> None:
    tool, args = _call(router, question)
    assert tool == "compare" and args["right_metric"] and args["right_metric"] != args["metric"]
    assert args["left"] == args["right"]


def test_two_deals_one_measure_is_not_a_two_measure_compare(router: Router) -> None:
    _, args = _call(router, "Compare the upfronts of the 3SBio–Pfizer and LaNova–Merck deals")
    assert "right_metric" not in args and args["left"] != args["right"]


@pytest.mark.parametrize(
    ("question", "dimension", "metric"),
    [
        ("who was the busiest chinese licensor in 2025 by number of deals?", "licensor", "count"),
        ("Which Chinese drugmaker was the most prolific out-licensor of 2025?", "licensor", "count"),
        ("biggest spender among MNCs on china upfronts in 2025?", "licensee", "upfront"),
        ("Which big pharma paid the most upfront to Chinese biotechs in 2025?", "licensee", "upfront"),
        ("Top buyer by upfront in 2024", "licensee", "upfront"),
        ("What was the top deal by upfront in 2024?", "deal", "upfront"),
    ],
)
def test_companies_are_ranked_by_count_or_money(router: Router, question: str, dimension: str, metric: str) -> None:
    tool, args = _call(router, question)
    assert (tool, args["dimension"], args["metric"]) == ("rank", dimension, metric)


def test_asking_for_a_ranking_shows_more_than_its_winner(router: Router) -> None:
    _, ranked = _call(router, "rank chinese companies by total 2025 deal value — who comes out #1?")
    assert ranked["n"] > 1
    _, winner = _call(router, "Which Chinese company had the highest total deal value in 2025?")
    assert winner["n"] == 1


@pytest.mark.parametrize(
    ("question", "field", "value"),
    [
        ("which deals had no disclosed upfront?", "undisclosed", ["upfront"]),
        ("deals where the upfront was not disclosed", "undisclosed", ["upfront"]),
        ("PD-1xVEGF bsAb deals + upfronts, list them", "asset", "PD-1/VEGF"),
        ("any PD1/VEGF deals?", "asset", "PD-1/VEGF"),
        ("were any of these china licensing deals terminated?", "status", "terminated"),
        ("2025 deals w/ milestones > $5bn?", "min_milestones_usd", "5000000000"),
        ("deals where the UF was $1B or more?", "min_upfront_usd", "1000000000"),
        ("which deals came with an equity investment?", "disclosed", ["equity"]),
        ("which licences were handed back?", "status", "terminated"),
        ("list the B7-H3 ADC deals", "asset", "B7-H3"),
    ],
)
def test_a_list_is_filtered_as_asked(router: Router, question: str, field: str, value: object) -> None:
    tool, args = _call(router, question)
    assert tool == "find_deals" and args["filter"][field] == value  # type: ignore[index]


def test_a_bound_said_after_the_amount_keeps_it_and_an_over_leaves_it_out(router: Router) -> None:
    _, inclusive = _call(router, "deals with an upfront of $1B or more")
    assert "min_upfront_usd" not in inclusive["filter"]["exclusive"]  # type: ignore[index]
    _, exclusive = _call(router, "deals with an upfront over $1B")
    assert "min_upfront_usd" in exclusive["filter"]["exclusive"]  # type: ignore[index]


@pytest.mark.parametrize(
    "question", ["how many deals signed in jan 2026?", "What upfront did Chinese licensors sign for in March 2025?"]
)
def test_a_month_no_tracker_reports_is_counted_in_our_table(router: Router, question: str) -> None:
    plan = router.route(question)
    assert plan.rule == "a month no tracker reports" and plan.tool_calls[0].tool == "aggregate"
    assert router.route("how many deals were signed in 2025?").tool_calls[0].tool == "market_stat"


@pytest.mark.parametrize(
    "question", ["what's the median upfront for 2025 ADC out-licensing?", "median deal size in 2025?"]
)
def test_a_median_is_computed_not_summed(router: Router, question: str) -> None:
    tool, args = _call(router, question)
    assert (tool, args["operation"]) == ("aggregate", "median")


@pytest.mark.parametrize(
    "question",
    ["who ended up buying LaNova and for how much", "LaNova's acquirer?", "Which company acquired LaNova Medicines?"],
)
def test_a_company_changing_hands_goes_to_the_articles(router: Router, question: str) -> None:
    assert router.route(question).route == "text"
    assert router.route("How much did Merck pay LaNova upfront?").route == "table"


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("泽璟", "Zelgen Biopharmaceuticals"),
        ("和铂", "Harbour BioMed"),
        ("三生", "3SBio"),
        ("荣昌", "RemeGen"),
        ("阿斯利康", "AstraZeneca"),
        ("武田", "Takeda"),
    ],
)
def test_a_chinese_name_without_its_kind_word_is_the_company(router: Router, alias: str, name: str) -> None:
    assert name in router.route(f"{alias} 2025 deals?").companies
    assert router.entities.find_companies("联邦 deals").mentions == []  # a common word is no name


def test_who_else_after_a_deal_named_with_a_year_lists_every_year(router: Router) -> None:
    _, args = _call(router, "and who else did AZ partner with?", ["cspc az 2025 upfront?", "when was it announced?"])
    assert args["filter"] == {"licensee": "AstraZeneca", "exclusive": []}
    _, that_year = _call(
        router, "who else did they license to that year?", ["What did Harbour BioMed get from Otsuka?"]
    )
    assert that_year["filter"]["year"] == 2025  # type: ignore[index]


def test_a_new_measure_after_a_comparison_keeps_its_sides(router: Router) -> None:
    history = ["How does the GSK–Hengrui structure compare with Merck–Hengrui?"]
    _, args = _call(router, "how much more upfront did GSK pay?", history)
    assert args["metric"] == "upfront" and args["right"]["licensee"] == "Merck & Co."  # type: ignore[index]
    _, own = _call(router, "how much more upfront did GSK pay than Pfizer?", history)
    assert own["right"].get("licensee") != "Merck & Co."  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("what's the drug(s)?", ["innovent takeda total value"]),
        ("what indication is it for?", ["泽璟 AbbVie upfront?"]),
        ("which drugs?", ["Hengrui GSK upfront"]),
    ],
)
def test_what_drug_after_a_figure_asks_the_articles_about_that_deal(
    router: Router, question: str, history: list[str]
) -> None:
    plan = router.route(question, [Turn(question=q) for q in history])
    assert plan.route == "text" and len(plan.companies) == 2


def test_more_than_the_year_before_compares_the_period_talked_about_with_the_one_before(router: Router) -> None:
    one = ["what's the total value of china out-licensing in 2024?"]
    _, args = _call(router, "how many more deals than the year before?", one)
    assert (args["metric"], args["period"], args["compare_period"]) == ("deal_count", "2024", "2023")
    # after 2025 then "and 2024?", the two years in play are the year and the year before it
    both = ["what's the total value of china out-licensing in 2025?", "and 2024?"]
    _, pair = _call(router, "how many more deals than the year before?", both)
    assert (pair["period"], pair["compare_period"]) == ("2025", "2024")
    _, plain = _call(router, "and the year before?", both)
    assert plain["period"] == "2023" and "compare_period" not in plain  # no comparison asked: just that year


@pytest.mark.parametrize(
    ("question", "operation"),
    [
        ("average upfront for 2025 ADC deals vs 2024?", "average"),
        ("Compare the median deal size of 2024 and 2025", "median"),
        ("How did the average upfront change from 2024 to 2025?", "average"),
    ],
)
def test_averages_or_medians_compared_are_not_sums(router: Router, question: str, operation: str) -> None:
    calls = router.route(question).tool_calls
    # one comparison of the two averages (or medians), which states both and the change between them
    assert [(c.tool, c.args["operation"]) for c in calls] == [("compare", operation)]
    total = router.route("Compare the total deal value of 2024 and 2025").tool_calls[0]
    assert total.tool == "market_stat"


def test_a_deal_is_never_compared_with_itself(router: Router) -> None:
    tool, args = _call(router, "Compare the CSPC–AstraZeneca 2025 deal")
    assert (tool, args["licensee"], args["year"]) == ("get_deal", "AstraZeneca", 2025)
    _, measures = _call(router, "upfront vs total for the CSPC AZ 2025 deal")
    assert (measures["metric"], measures["right_metric"]) == ("upfront", "total")
    tool, two = _call(router, "Compare the upfronts of Argo's two Novartis deals")
    assert tool == "compare" and two["left"] != two["right"]


@pytest.mark.parametrize(
    ("question", "history", "party"),
    [
        ("any other Pfizer deals?", ["Pfizer 3SBio upfront"], ("licensee", "Pfizer")),
        ("what else has AZ done?", ["Harbour AZ upfront"], ("licensee", "AstraZeneca")),
        ("What other deals did Merck sign in 2024?", [], ("licensee", "Merck & Co.")),
    ],
)
def test_other_deals_of_a_company_are_listed(
    router: Router, question: str, history: list[str], party: tuple[str, str]
) -> None:
    tool, args = _call(router, question, history)
    assert tool == "find_deals" and args["filter"][party[0]] == party[1]  # type: ignore[index]
    assert _call(router, "What else did Pfizer pay 3SBio besides the upfront?")[0] != "find_deals"


def test_a_range_between_two_amounts_bounds_both_sides(router: Router) -> None:
    _, args = _call(router, "deals with upfront between $100M and $500M in 2025")
    bounds = {k: args["filter"].get(k) for k in ("min_upfront_usd", "max_upfront_usd")}  # type: ignore[union-attr]
    assert bounds == {"min_upfront_usd": "100000000", "max_upfront_usd": "500000000"}
    tool, count = _call(router, "how many deals had a total between $1 and $2 billion?")
    assert tool == "aggregate" and count["filter"]["max_total_usd"] == "2000000000"  # type: ignore[index]
    assert _call(router, "how many deals over $1 billion in 2025?")[0] == "market_stat"  # a tracker's own count


def test_a_share_of_another_measure_is_not_answered_with_the_deal_value_share(router: Router) -> None:
    _, upfront = _call(router, "Hengrui share of 2025 upfronts?")
    assert (upfront["metric"], upfront["derive"]) == ("upfront_total", "deal_share")  # not the value share
    _, sdw = _call(router, "3SBio's upfront as % of the $2.6bn upfront Sino Drug Watch tallied for Jan–Aug 2025?")
    assert (sdw["period"], sdw["subject"], sdw["reporter"]) == ("2025-01/2025-08", "3SBio", "Sino Drug Watch")
    _, value = _call(router, "what share of 2025's China licensing total came from 恒瑞?")
    assert value["metric"] == "company_total_value"


def test_that_in_dollars_after_a_share_is_the_amount(router: Router) -> None:
    history = ["what share of 2025 deal value did the top ten take?"]
    _, args = _call(router, "what is that in dollars?", history)
    assert args.get("derive") == "top10_amount"
    _, share = _call(router, "and in 2024?", history)
    assert "derive" not in share


def test_an_asset_named_in_a_text_question_brings_both_parties_of_its_deal(router: Router) -> None:
    plan = router.route("Who partnered with Hengrui on HRS-9821?")
    assert plan.route == "text" and set(plan.companies) == {"Jiangsu Hengrui Pharmaceuticals", "GSK"}
    assert router.route("Why are multinationals licensing from Hengrui?").companies == [
        "Jiangsu Hengrui Pharmaceuticals"
    ]
