"""The routing classes of outsider7.jsonl and outsider8.jsonl (issue 11), each read in several
wordings on the real tables: a named deal's content or story asked (indications, the molecules in
a package, backers, what came back the other way, what triggers a payment, press releases) goes to
the articles; stock bought is the deal's equity; "the single largest upfront" is one deal's; the
buyer with the most deals "with Chinese biotechs" is a licensee; a ratio of one deal's two
measures; a licensee's equity paid to the licensor is said that way round. The examples are not
the outsiders' words."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import route


@pytest.mark.parametrize(
    "question",
    [
        "What conditions is Summit pursuing with the bispecific it licensed from Akeso?",
        "which indications does the Hengrui GSK pact cover",
        "Name the compounds in the Hengrui Kailera package",
        "what programmes are in the Harbour BioMed AstraZeneca collaboration?",
        "Who is funding Kailera, the Hengrui obesity newco?",
        "which investors are behind Oblenio Bio, the Leads Biolabs partner?",
        "What did Kelun take back from Crescent in the reciprocal leg?",
        "Is the Harbour Windward deal a reverse licence?",
        "What is the near-term payment in the Leads Biolabs Dianthus deal tied to?",
        "what event triggers the milestone in the LaNova Merck deal",
        "Did Sciwind publish a press release about the Verdiva deal?",
        "how many molecules did Kailera get from Hengrui in that package",
        "what exactly did Merck license from Kelun in December 2022?",
        "Why was the Argo Novartis agreement seen as a landmark for Chinese RNAi?",
    ],
)
def test_a_named_deals_content_goes_to_the_articles(router: Router, question: str) -> None:
    plan = route(router, question)
    assert (plan.route, plan.rule) == ("text", "an article's account of one deal"), (question, plan.rule)


@pytest.mark.parametrize(
    "question",
    [
        "What did GSK pay Chimagen upfront?",
        "How many deals did Merck sign with Kelun?",
        "What was the total value of the Hengrui Kailera deal?",
        "Which drugs did Merck license from Chinese companies in 2024?",
        "Why do some reports put LaNova's upfront from Merck at $888 million?",
    ],
)
def test_a_named_deals_terms_stay_with_the_table(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.rule != "an article's account of one deal", question
    assert plan.tool_calls, question


@pytest.mark.parametrize(
    "question",
    [
        "how much Akeso stock did Summit buy?",
        "What did Pfizer spend purchasing 3SBio stock?",
        "how many dollars of Innovent stock did Takeda pick up",
    ],
)
def test_stock_bought_is_the_deals_equity(router: Router, question: str) -> None:
    plan = route(router, question)
    assert [(call.tool, call.args.get("metric")) for call in plan.tool_calls] == [("get_deal", "equity")], question


@pytest.mark.parametrize(
    "question",
    [
        "Which licensee wrote the single biggest upfront cheque of 2024?",
        "Which Chinese company received the largest single upfront payment in 2025?",
    ],
)
def test_the_single_largest_upfront_is_one_deals(router: Router, question: str) -> None:
    (call,) = route(router, question).tool_calls
    assert (call.tool, call.args["dimension"]) == ("rank", "deal"), question


def test_the_largest_upfront_of_a_party_still_ranks_parties(router: Router) -> None:
    (call,) = route(router, "Which licensee paid the largest upfront in 2024?").tool_calls
    assert call.args["dimension"] == "licensee"


@pytest.mark.parametrize(
    "question",
    [
        "which pharma did the most deals with Chinese drugmakers in 2025?",
        "who signed the most agreements with China biotechs in 2024",
        "2024年哪家跨国药企与中国公司的交易最多",
    ],
)
def test_the_buyer_with_most_deals_with_chinese_companies_is_a_licensee(router: Router, question: str) -> None:
    (call,) = route(router, question).tool_calls
    assert (call.tool, call.args["dimension"], call.args["metric"]) == ("rank", "licensee", "count"), question


@pytest.mark.parametrize(
    "question",
    [
        "what fraction of the Hengrui GSK headline is upfront?",
        "upfront-to-total on the Innovent Takeda deal",
        "what's the milestones-to-upfront multiple for the 3SBio Pfizer deal",
    ],
)
def test_a_ratio_of_one_deals_two_measures(router: Router, question: str) -> None:
    (call,) = route(router, question).tool_calls
    assert call.tool == "compare", question
    assert call.args["left"] == call.args["right"], question
    assert {call.args["metric"], call.args["right_metric"]} in ({"upfront", "total"}, {"upfront", "milestones"})


@pytest.mark.parametrize(
    "question",
    ["How big was Oblenio's seed round?", "Who led Braveheart Bio's Series A?"],
)
def test_a_funding_round_is_an_unheld_company_fact(router: Router, question: str) -> None:
    plan = route(router, question)
    assert (plan.route, plan.rule) == ("text", "unheld company fact"), question


@pytest.mark.parametrize(
    "question",
    ["What did Sino Biopharm pay to take over LaNova?", "How much did Sino Biopharm spend buying out LaNova?"],
)
def test_an_acquirer_is_not_the_acquired_companys_alias(router: Router, question: str) -> None:
    plan = route(router, question)
    assert "Sino Biopharm" in plan.companies
    assert (plan.route, plan.rule) == ("text", "a company changing hands"), question


@pytest.mark.parametrize(
    ("licensor", "licensee", "holder", "issuer"),
    [
        ("RemeGen", "Vor Bio", "RemeGen received equity in Vor Bio", "in RemeGen"),
        (
            "Jiangsu Hengrui Pharmaceuticals",
            "Braveheart Bio",
            "Hengrui Pharmaceuticals received equity in",
            "in Jiangsu",
        ),
        ("3SBio", "Pfizer", "Pfizer made an equity investment", "in Pfizer"),
    ],
)
def test_equity_is_said_the_way_round_the_row_holds_it(
    tools: DealTools, licensor: str, licensee: str, holder: str, issuer: str
) -> None:
    result = tools.run(ToolCall(tool="get_deal", args={"licensor": licensor, "licensee": licensee, "metric": "equity"}))
    text = " ".join(line.text for line in result.lines)
    assert holder in text
    assert issuer not in text


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (["How much did Pfizer pay 3SBio upfront?"], "Which PD-1 drug was it?"),
        (["What did Merck pay LaNova upfront?"], "and the molecule itself - what is it derived from?"),
    ],
)
def test_the_drug_itself_after_a_figure_goes_to_the_articles(router: Router, history: list[str], question: str) -> None:
    plan = route(router, question, history)
    assert (plan.route, plan.rule) == ("text", "a text question after a figure"), question


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("What did Merck pay Chinese licensors upfront in 2024, and separately in 2025?", ["in 2024", "in 2025"]),
        ("How many deals did Hengrui sign in 2024, and also in 2025?", ["in 2024", "in 2025"]),
    ],
)
def test_and_separately_asks_each_period(question: str, parts: list[str]) -> None:
    from assistant.routing.decompose import split_parts

    asked = split_parts(question)
    assert len(asked) == 2
    assert all(part in asked[index] and parts[1 - index] not in asked[index] for index, part in enumerate(parts))


@pytest.mark.parametrize(
    ("history", "question", "deal_id", "metric"),
    [
        (
            ["Who licensed Hengrui's HRS-1893?"],
            "was that upfront paid entirely in cash?",
            "hengrui-braveheart-2025",
            "upfront",
        ),
        (
            ["Who licensed a CDH17 ADC to Roche in 2025?"],
            "and what did Roche pay upfront",
            "hansoh-roche-2025",
            "upfront",
        ),
        (["What did Pfizer pay 3SBio upfront?"], "what's the most they could get in milestones", None, "milestones"),
    ],
)
def test_a_follow_up_keeps_the_one_deal_before(
    router: Router, tools: DealTools, history: list[str], question: str, deal_id: str | None, metric: str
) -> None:
    (call,) = route(router, question, history).tool_calls
    assert (call.tool, call.args.get("metric")) == ("get_deal", metric), question
    assert deal_id is None or tools.run(call).deal_ids == [deal_id]


@pytest.mark.parametrize(
    "question",
    [
        "2024 deals with a headline value above $2bn, with their figures",
        "Which Chinese companies did Novartis license from?",
        "which biotechs has AstraZeneca partnered with in 2025",
    ],
)
def test_a_list_is_listed_not_summed(router: Router, question: str) -> None:
    assert [call.tool for call in route(router, question).tool_calls] == ["find_deals"], question


def test_one_deal_against_a_bound_is_that_deals_figure(router: Router) -> None:
    (call,) = route(router, "was the Innovent Takeda deal above $10bn in total value?").tool_calls
    assert call.tool == "get_deal"


@pytest.mark.parametrize(
    "question",
    [
        "Which licensors did deals with the newcos Aditum Bio helped found?",
        "How much did Lilly put into Innovent over their previous five partnerships?",
        "What hazard ratio did SSGJ-707 report?",
    ],
)
def test_what_the_table_cannot_narrow_goes_to_the_articles(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls, (question, plan.rule)


@pytest.mark.parametrize(
    ("history", "question", "expected"),
    [
        (
            ["What did Merck pay Kelun upfront for the TROP2 ADC?", "And for the seven ADCs?"],
            "and the two combined?",
            2,
        ),
        (["How much did GSK pay Hansoh upfront for HS-20093?", "and for HS-20089?"], "both together, then?", 2),
    ],
)
def test_both_together_sums_the_pairs_deals(
    router: Router, tools: DealTools, history: list[str], question: str, expected: int
) -> None:
    (call,) = route(router, question, history).tool_calls
    assert (call.tool, call.args["operation"], call.args["metric"]) == ("aggregate", "sum", "upfront"), question
    assert "asset" not in call.args["filter"]
    assert len(tools.run(call).deal_ids) == expected


@pytest.mark.parametrize(
    ("question", "metric"),
    [("恒瑞 GSK deal headline?", "total"), ("What was the Akeso Summit deal headline", "total")],
)
def test_a_deal_headline_is_its_total(router: Router, question: str, metric: str) -> None:
    (call,) = route(router, question).tool_calls
    assert (call.tool, call.args.get("metric")) == ("get_deal", metric), question


def test_did_anyone_buy_the_company_is_a_company_changing_hands(router: Router) -> None:
    plan = route(router, "Did anybody later acquire LaNova after its Merck licence?")
    assert (plan.route, plan.rule) == ("text", "a company changing hands")
