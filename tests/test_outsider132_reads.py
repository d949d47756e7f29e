"""What a health-economics PhD student and a wire reporter asked (outsider132, outsider134), read as asked.

One figure of one deal names the asset it is for; "what % of the headline is upfront" says the share first; a median
over more deals than are listed names its middle deal; "the largest ..., and which come closest to it?" ranks a
few places; "how was the deal structured?" is the article's account of that deal; "no. of ADC deals" counts; a
term one edit off is spelt right; "who bought it" after one company's deal is its buyer, and after a pair's is not.
"""

from __future__ import annotations

import re

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.market_split import is_aside
from assistant.routing.router import Router
from assistant.routing.term_spelling import spelt_terms
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, article_sentence, conversation, one_call, route, says


@pytest.mark.parametrize(
    ("question", "asset"),
    [
        ("How much could Hansoh earn in milestones from Regeneron?", "HS-20094"),
        ("upfront for Kelun's deal with crescent", "SKB105"),
        ("total potential value of Mabwell's licence to Calico?", "9MW3811"),
    ],
)
def test_one_figure_names_the_asset(assistant: Assistant, question: str, asset: str) -> None:
    answer = assistant.ask(question)
    assert answer.route == "table" and f"for {asset}" in answer.answer


def test_a_share_asked_is_said_first(assistant: Assistant) -> None:
    text = assistant.ask("what % of the 3sbio pfizer headline is upfront").answer
    assert text.index("20.7%") < text.index("79.3%")
    assert "the upfront payment is about 20.7% of the total deal value" in text


def test_a_median_names_its_middle_deal(assistant: Assistant) -> None:
    text = assistant.ask("median upfront 2024 deals").answer
    assert "$110 million" in text and "the middle deal: Jiangsu Hengrui Pharmaceuticals → Kailera" in text


def test_an_even_median_names_both_middle_deals(assistant: Assistant) -> None:
    text = assistant.ask("median headline of oncology deals, main scope").answer
    assert re.search(
        r"midway between Evopoint Biosciences → Astellas Pharma.*Hansoh Pharmaceutical Group → Roche", text
    )


@pytest.mark.parametrize(
    ("question", "n"),
    [
        ("Which deal in your table carries the single largest upfront payment, and which come closest to it?", 3),
        ("biggest 2025 deal by total and the next two", 3),
    ],
)
def test_the_leader_and_those_closest(router: Router, question: str, n: int) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["dimension"] == "deal" and call.args["n"] == n


def test_how_the_deal_was_structured_is_its_articles_account(assistant: Assistant) -> None:
    said = conversation(
        assistant,
        "Which 2024 deal had the largest upfront payment?",
        "how big were the milestones in that one, and how was the deal structured?",
    )
    assert "$600 million" in said
    assert says(said, article_sentence("deal-curon-merck-2024", r"structured as an acquisition"))


@pytest.mark.parametrize("question", ["no. of ADC deals in 2024?", "num of ADC deals in 2024"])
def test_no_dot_of_counts(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["operation"] == "count"
    assert call.args["filter"]["modality"] == "ADC" and call.args["filter"]["year"] == 2024


@pytest.mark.parametrize(
    "question",
    ["list every deal where the upfront wasn't disclosed", "deals where the upfront was kept confidential"],
)
def test_wasnt_disclosed_lists_the_undisclosed(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "find_deals" and call.args["filter"]["undisclosed"] == ["upfront"]


def test_a_list_names_the_borderline_row_it_leaves_out(assistant: Assistant) -> None:
    text = assistant.ask("which deals in the table have no disclosed upfront?").answer
    assert "Our table holds 4 deals" in text
    assert "Not counted: one borderline row (licensor arguably not Chinese)" in text and "Candid" not in text


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("innocare zenas roylaty rate", "innocare zenas royalty rate"),
        ("hengrui upfront haul 2025 vs 2024 - % chnage?", "hengrui upfront haul 2025 vs 2024 - % change?"),
        ("date curon merck cn201 deal annouced?", "date curon merck cn201 deal announced?"),
        ("Roylaty for Hengrui?", "Royalty for Hengrui?"),
        ("hengry merk deal", "hengry merk deal"),  # names are lower_slips' to read, not terms
    ],
)
def test_a_term_one_edit_off_is_spelt_right(typed: str, read: str) -> None:
    assert spelt_terms(typed) == read


def test_a_misspelt_royalty_is_answered(assistant: Assistant) -> None:
    answer = assistant.ask("innocare zenas roylaty rate")
    assert not answer.abstained and "high teens" in answer.answer


def test_who_bought_it_after_a_deals_terms_is_its_buyer(assistant: Assistant) -> None:
    said = conversation(assistant, "total value of the jacobio pan-kras deal?", "who bought it")
    assert "AstraZeneca" in said and "indexed articles do not answer" not in said


def test_who_bought_it_after_both_parties_named_asks_after_the_company(assistant: Assistant) -> None:
    said = conversation(assistant, "How much did GSK pay Hengrui upfront?", "Who bought it?")
    assert "$500 million" not in said


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("deals whose upfront figure includes near-term payments", None),
        (
            "How many deals in the table report an 'upfront' figure that actually bundles near-term (or option) payments "
            "rather than a pure signing payment?",
            None,
        ),
        ("2025 deals where the upfront counts near-term money", 2025),
    ],
)
def test_upfronts_including_near_term_payments_are_a_filter(
    router: Router, tools: DealTools, question: str, year: int | None
) -> None:
    call = one_call(route(router, question))
    assert call.tool in ("find_deals", "aggregate") and call.args["filter"]["near_term_upfront"] is True
    assert call.args["filter"].get("year") == year
    deals = load_tables(DOCUMENTS).deals
    expected = [d for d in deals if d.upfront.qualifier == "incl_near_term" and (year is None or d.year == year)]
    assert expected and len(tools.run(call).deal_ids) == len(expected)


def test_one_deals_near_term_upfront_is_its_own_terms(router: Router) -> None:
    call = one_call(route(router, "did the Kailera upfront include near-term payments?"))
    assert call.tool == "get_deal"


def test_a_deal_pair_asked_of_each_year_is_each_years_deal(router: Router) -> None:
    parts = split_parts("Argo and Novartis, 2024 and 2025 deals: upfront and total of each?", router.company_spans)
    assert parts == [
        "Argo and Novartis, 2024 deals: upfront and total of?",
        "Argo and Novartis, 2025 deals: upfront and total of?",
    ]
    assert split_parts("what did Merck pay Curon and LaNova upfront, respectively?", router.company_spans) == [
        "What did Merck pay Curon upfront?",
        "What did Merck pay LaNova upfront?",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "舶望(Argo)跟諾華 2024 和 2025 兩次合作,頭期款各多少、總額各多少?",
        "what did Novartis pay Argo upfront in 2024 and 2025?",
    ],
)
def test_two_years_of_a_pair_are_both_its_deals(router: Router, question: str) -> None:
    calls = route(router, question).tool_calls
    assert [call.args["deal_id"] for call in calls] == ["argo-novartis-2024", "argo-novartis-2025"]
    assert all("year" not in call.args for call in calls)


def test_a_claimed_upfront_that_is_the_total_is_said_to_be_the_total(assistant: Assistant) -> None:
    text = assistant.ask("wuxi bio got 925m upfront from candid? thats huge for a cdmo").answer
    assert "not disclosed" in text and "The $925 million in the claim is this deal's total deal value" in text
    assert "second part" not in text  # "thats huge for a cdmo" is a reaction, not a question


def test_a_full_terms_answer_names_the_asset_once(assistant: Assistant) -> None:
    text = assistant.ask("did PFE really pay 3sbio 1.25b upfront??").answer
    assert "upfront for SSGJ-707" in text and text.count("SSGJ-707") == 1


def test_the_lower_case_company_one_is_its_deal(router: Router) -> None:
    call = one_call(route(router, "is the 3sbio pfizer deal bigger than the summit one?"))
    assert call.tool == "compare" and call.args["right"]["deal_ids"] == ["akeso-summit-2022"]


def test_a_targets_deals_grow_between_years(router: Router) -> None:
    call = one_call(route(router, "how much did upfronts on glp-1 deals grow 2024 to 2025"))
    assert call.tool == "compare" and call.args["metric"] == "upfront"
    assert {call.args["left"]["year"], call.args["right"]["year"]} == {2024, 2025}
    assert call.args["left"]["asset"] == "GLP-1"


def test_a_share_of_one_deals_headline_is_that_deal(router: Router) -> None:
    call = one_call(route(router, "What share of Curon's CN201 headline did Merck pay upfront?"))
    assert call.tool == "compare" and call.args["metric"] == "upfront" and call.args["right_metric"] == "total"
    assert call.args["left"] == call.args["right"]


def test_a_deals_carve_out_is_its_territory_not_a_trackers_series(assistant: Assistant) -> None:
    answer = assistant.ask(
        "On Zelgen's alveltamig option to AbbVie, is the carve-out mainland China or all of Greater China?"
    )
    assert "mainland China or all of Greater China" in answer.answer and "market statistic" not in answer.answer


def test_the_stake_a_licensor_holds_is_the_articles_sentence(assistant: Assistant) -> None:
    answer = assistant.ask(
        "What percentage of Belenos Biosciences does Keymed end up holding under the CM512/CM536 NewCo licence?"
    )
    assert "30.01%" in answer.answer and "No reported market statistic" not in answer.answer


def test_share_of_that_is_upfront_puts_the_upfront_first(router: Router) -> None:
    call = one_call(
        route(router, "what share of that is upfront?", ["Which deal in your table has the largest headline value?"])
    )
    assert call.tool == "compare" and call.args["metric"] == "upfront" and call.args["right_metric"] == "total"


@pytest.mark.parametrize(
    ("part", "aside"),
    [
        ("thats huge for a cdmo", True),
        ("that's insane", True),
        ("lol", True),
        ("big pharma buyers only", False),
        ("high upfronts only", False),
        ("so big deals in 2025", False),
    ],
)
def test_a_reaction_is_an_aside_and_a_narrowing_is_not(part: str, aside: bool) -> None:
    assert is_aside(part) is aside
