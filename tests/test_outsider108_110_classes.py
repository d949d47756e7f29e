"""Classes of failure from an equity salesperson's chat shorthand and a licensing lawyer's phrasing (session 24,
outsider108 and outsider110).

* a deal named to be left out ("the Jan 2026 one, not YL211") was asked as a second deal (``deal_pairs``);
* our table named in other words ("the curated table", "tabled deals", "the 24-26 set") went to a tracker
  (``wording.TABLE_RE``), and a trailing "Exclude the context and borderline rows." was searched in the articles
  (``trailing_context``);
* "top three 2025 deals by headline value - licensor, licensee and value for each" ranked the licensees
  (``analyst_wording.SIDES_AS_FIELDS_RE``);
* "aggregate headline exposure across all its deals" listed the deals instead of summing them (``wording``: the
  total's words);
* "the PD-1xVEGF licences in the table (LaNova, 3SBio, RemeGen RC148)" looked up RC148's deal alone
  (``kind_members.codes_bracketed``), and "pd-1xvegf" typed in lower case was no target (``targets``);
* "cn201 (cd3xcd19 tce) - who bought it" wanted a company's acquirer and was refused (``DRUG_BOUGHT_RE``);
* "Has Novartis's licence of SciNeuro's ... antibody actually closed", "remegen/abbv rc148 - closed yet?" were
  not read as the deal's status (``deal_status``), and a status note saying what the closing waits for
  ("takes effect upon regulatory approvals") was not said (``tools.lookup.status_sentence``);
* "ok and who's top by headline $" after a ranking of buyers ranked deals ("headline $" had become "headline value
  value", ``desk_shorthand``); "AZ's weight-management deal with CSPC" gave the pair's three deals (``pair_words``);
  "... for it. Reconcile pls." was refused, "Reconcile" read as an unknown name (``abstention.sentence_capital``);
* "innovent lly - how many collabs is that now w/ lilly" counted our rows (``article_asks.PAIR_TALLY_RE``);
* "wuxi bio got 925mm upfront from candid - biggest cdmo upfront ever?" ranked the pair's one deal and said nothing
  (``pair_words.one_pair_ranked``), and the claim's figure was not named as the total (``claimed_values``);
* "kelun/crescent - upfront to kelun & what's kelun paying the other way" answered the upfront alone: "&" before a
  question word now splits (``decompose``), and the later part naming Kelun alone keeps the pair's one deal
  (``pair_parts``);
* "Early 2026 pace per PharmCube: deal count, value YTD and average deal size?" was split and gave the average
  alone (``tracker_more``: the report's three figures named are read whole and each asked).

The wordings here are not the eval's. Expected figures are read from documents/deals.csv.
"""

from __future__ import annotations

import csv

import pytest

from assistant.answering.answer_types import wanted_type
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.analyst_wording import DRUG_BOUGHT_RE
from assistant.routing.article_asks import PAIR_TALLY_RE
from assistant.routing.deal_pairs import each_named_deal
from assistant.routing.deal_status import asks_status
from assistant.routing.decompose import split_parts
from assistant.routing.desk_shorthand import desk_spelt
from assistant.routing.entities import EntityIndex
from assistant.routing.pair_parts import pair_kept
from assistant.routing.pair_words import pinned_by_words
from assistant.routing.router import Router
from assistant.routing.trailing_context import context_joined
from assistant.routing.wording import STRONG_TEXT_RE, TABLE_RE
from assistant.tools.lookup import status_sentence
from tests.conftest import DOCUMENTS, bundled_entities, conversation, one_call, route

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = {row["deal_id"]: row for row in csv.DictReader(_handle)}


def _main_count(year: str) -> int:
    return sum(1 for row in _DEALS.values() if row["scope"] == "main" and row["announced"].startswith(year))


# -- a deal named to be left out ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("MediLink-Roche YL211 deal, not YL201 - what was the upfront?", "medilink-roche-2024"),
        ("upfront on roche/medilink for YL201 rather than YL211?", "medilink-roche-2026"),
        ("Roche's MediLink upfront, the YL201 licence other than the YL211 one?", "medilink-roche-2026"),
    ],
)
def test_a_deal_said_after_not_is_left_out(router: Router, question: str, deal_id: str) -> None:
    assert each_named_deal(question, router.company_spans) == [question]
    call = one_call(route(router, question))
    assert call.args.get("deal_id", deal_id) == deal_id


@pytest.mark.parametrize(
    "question",
    ["Upfronts of MediLink's Roche deals for YL201 and YL211?", "Roche upfront for YL211 and for YL201 from MediLink"],
)
def test_two_codes_said_plainly_stay_two_deals(router: Router, question: str) -> None:
    assert len(each_named_deal(question, router.company_spans)) == 2


# -- our table in other words ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "the curated table",
        "how many tabled deals",
        "in the 24-26 set",
        "across the 2024-2026 sample",
        "in the compiled table",
    ],
)
def test_our_table_in_other_words(text: str) -> None:
    assert TABLE_RE.search(text)


@pytest.mark.parametrize("text", ["a 24-26 month trial", "a table tennis sponsor", "set 24-26 aside"])
def test_not_our_table(text: str) -> None:
    assert not TABLE_RE.search(text)


def test_tabled_deals_growth_is_our_rows(router: Router) -> None:
    plan = route(router, "% growth in tabled deals, 2024 to 2025?")
    assert all(call.tool != "market_stat" for call in plan.tool_calls)


@pytest.mark.parametrize(
    ("parts", "joined"),
    [
        (
            ["How many 2024 deals are in the compiled table?", "Leave out the borderline rows."],
            "How many 2024 deals are in the compiled table, leave out the borderline rows?",
        ),
        (
            ["Sum of 2025 upfronts in the table?", "Exclude the context and borderline deals"],
            "Sum of 2025 upfronts in the table, excluding the context and borderline deals?",
        ),
        (["Count of our 2026 rows?", "main rows only."], "Count of our 2026 rows, main rows only?"),
    ],
)
def test_a_sections_instruction_joins_the_question(parts: list[str], joined: str) -> None:
    assert context_joined(parts, lambda part: False) == [joined]


def test_a_sections_instruction_is_counted_not_searched(router: Router) -> None:
    plan = route(router, "How many 2024 deals in the curated table, excluding the context and borderline rows?")
    call = one_call(plan)
    assert plan.route == "table" and call.tool == "aggregate" and call.args["filter"]["scopes"] == ["main"]
    assert _main_count("2024") == 13


def test_context_rows_are_no_story_but_context_is() -> None:
    assert not STRONG_TEXT_RE.search("excluding the context and borderline rows")
    assert not STRONG_TEXT_RE.search("without the context deals")
    assert STRONG_TEXT_RE.search("what's the context for the deal?")


# -- the parties of the top deals shown as fields ----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Top 3 2024 deals by upfront: licensor, licensee, upfront for each",
        "largest five deals of 2025 by total value, with buyer and seller",
        "top two 2026 licences by headline - licensee for each",
    ],
)
def test_the_top_deals_with_their_parties_rank_deals(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["dimension"] == "deal"


@pytest.mark.parametrize("question", ["top 3 buyers by total value in 2025", "which licensee paid the most in 2024?"])
def test_a_ranking_of_companies_stays_one(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["dimension"] == "licensee"


# -- a company's aggregate headline exposure is a sum --------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "licensee"),
    [
        ("Novartis's total headline commitment to Chinese biotechs across its deals?", "Novartis"),
        ("What's Merck's aggregate headline exposure to Chinese licensors in the table?", "Merck & Co."),
        ("GSK combined headline across all its China deals?", "GSK"),
    ],
)
def test_an_aggregate_headline_is_a_sum(router: Router, question: str, licensee: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["operation"] == "sum" and call.args["metric"] == "total"
    assert call.args["filter"]["licensee"] == licensee


# -- a bracket naming the deals of a kind --------------------------------------------------------------------------
def _pd1_vegf_main_upfronts() -> int:
    rows = [r for r in _DEALS.values() if r["scope"] == "main" and "PD-1/VEGF" in r["asset"]]
    return sum(int(r["upfront_usd"]) for r in rows)


@pytest.mark.parametrize(
    "question",
    [
        "Sum of upfronts on the PD-1/VEGF bispecific deals in the table (3SBio, LaNova and RemeGen RC148), 2024-26?",
        "upfronts added up for the pd-1xvegf licences (SSGJ-707, LM-299, RC148) in 2024-2026",
    ],
)
def test_a_bracket_after_the_deals_names_members(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["operation"] == "sum"
    assert call.args["filter"]["asset"] == "PD-1/VEGF" and "licensor" not in call.args["filter"]
    assert _pd1_vegf_main_upfronts() == 2_488_000_000


def test_the_kinds_deals_the_bracket_leaves_unnamed_are_left_out(router: Router) -> None:
    call = one_call(route(router, "Total upfront on the PD-1/VEGF bispecific licences (LaNova, 3SBio, RemeGen RC148)?"))
    assert call.args["filter"]["exclude_companies"] == ["Akeso"]


def test_codes_in_a_bracket_without_a_kind_stay_the_filter(router: Router) -> None:
    plan = route(router, "the two Merck deals (CN201, LM-299): upfronts?")
    assert all(call.tool == "get_deal" for call in plan.tool_calls)


@pytest.mark.parametrize(("text", "target"), [("pd-1xvegf deals", "PD-1/VEGF"), ("cd3xcd19 tce", "CD3xCD19")])
def test_a_two_target_name_in_lower_case(text: str, target: str) -> None:
    entities: EntityIndex = bundled_entities()
    assert entities.targets.find(text) == target


@pytest.mark.parametrize("text", ["small/large deals", "q1/q2 deals", "ab/cd"])
def test_lower_case_words_are_no_target(text: str) -> None:
    assert bundled_entities().targets.find(text) is None


# -- a drug bought, said in lower case or before "who bought it" ----------------------------------------------------
@pytest.mark.parametrize(
    "question", ["who bought cn201", "lm-299 (pd-1xvegf) - who bought it?", "CN201 - who acquired it"]
)
def test_a_drug_code_bought_is_a_licence(question: str) -> None:
    assert DRUG_BOUGHT_RE.search(question)
    assert wanted_type(question) != "acquirer"


@pytest.mark.parametrize("question", ["who bought LaNova", "LaNova - who bought it?", "who bought in 2024"])
def test_a_company_bought_stays_an_acquisition(question: str) -> None:
    assert not DRUG_BOUGHT_RE.search(question)


def test_the_drug_code_buyer_is_named(assistant: Assistant) -> None:
    answer = assistant.ask("curon's cn201 (cd3xcd19 bispecific) - who bought it?")
    assert not answer.abstained and "Merck" in answer.answer


# -- whether a deal closed, said in other words ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Has Novartis's licence of SciNeuro's antibody actually closed, or is it still pending?",
        "cspc/az weight loss - closed yet?",
        "Did AbbVie's agreement with RemeGen for the PD-1/VEGF bispecific close?",
        "Is Zenas's licence from InnoCare still pending?",
    ],
)
def test_a_closing_asked_is_the_status(question: str) -> None:
    assert asks_status(question)


@pytest.mark.parametrize(
    "question", ["did the deal complete the technology transfer?", "when is the CSPC AZ licence expected to close?"]
)
def test_not_a_closing_asked(question: str) -> None:
    assert not asks_status(question)


def test_what_a_closing_waits_for_is_said() -> None:
    deals = {deal.deal_id: deal for deal in load_tables(DOCUMENTS).deals}
    assert "regulatory approvals" in status_sentence(deals["remegen-abbvie-2026"])
    assert "HSR clearance" in status_sentence(deals["hengrui-gsk-2025"])
    assert "records no closing" in status_sentence(deals["kelun-crescent-2025"])


# -- follow-ups: "who's top by headline $", a pair's deal named by its own words, "Reconcile pls." --------------------
def test_headline_dollars_is_the_headline_value() -> None:
    assert desk_spelt("and who's top by headline $") == "and who's top by headline value"
    assert desk_spelt("headline $12.5bn right?") == "headline $12.5bn right?"


def test_a_reranking_by_headline_dollars_keeps_the_buyers(router: Router) -> None:
    plan = route(router, "ok and who's top by headline $?", ["which licensee did the most deals in the table?"])
    call = one_call(plan)
    assert call.tool == "rank" and call.args["dimension"] == "licensee" and call.args["metric"] == "total"


@pytest.mark.parametrize(
    ("question", "history", "deal_id"),
    [
        ("Upfront on CSPC's weight-management licence to AstraZeneca?", [], "cspc-astrazeneca-2026"),
        ("What did Merck pay Kelun upfront for the seven ADCs?", [], "kelun-merck-2022-12"),
        (
            "and the milestones?",
            ["What was the upfront on AZ's weight-management deal with CSPC?"],
            "cspc-astrazeneca-2026",
        ),
    ],
)
def test_a_pair_deal_named_by_its_own_words(router: Router, question: str, history: list[str], deal_id: str) -> None:
    call = one_call(route(router, question, history))
    assert call.tool == "get_deal" and call.args.get("deal_id") == deal_id


def test_words_two_deals_share_pin_nothing(router: Router) -> None:
    call = one_call(route(router, "CSPC AZ small molecule deal upfront?"))
    assert "deal_id" not in call.args


def test_pinned_by_words_needs_a_word_of_one_row() -> None:
    deals = [
        d
        for d in load_tables(DOCUMENTS).deals
        if "CSPC Pharmaceutical Group" in d.licensors and "AstraZeneca" in d.licensees
    ]
    assert len(deals) == 3
    picked = pinned_by_words({"weight", "management"}, deals)
    assert picked is not None and picked.deal_id == "cspc-astrazeneca-2026"
    assert pinned_by_words({"upfront", "value"}, deals) is None


def test_reconcile_said_alone_asks_the_articles(assistant: Assistant) -> None:
    assert STRONG_TEXT_RE.search("Some outlets are running $4.7bn for it. Reconcile pls.")
    assert not STRONG_TEXT_RE.search("Does the sum in your table reconcile with Caixin's $16.7bn?")
    answer = conversation(
        assistant, "Total value of AZ's weight-management deal with CSPC?", "Some say $4.7bn. Reconcile please."
    )
    assert "4.7 billion" in answer and "18.5 billion" in answer


# -- "how many collabs is that now": the article's ordinal ------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    ["hengrui/merck - how many collabs is that now?", "number of collabs between Innovent and Lilly so far?"],
)
def test_a_pair_tally_in_chat_words(question: str) -> None:
    assert PAIR_TALLY_RE.search(question)


def test_the_collab_tally_quotes_the_article(assistant: Assistant) -> None:
    answer = assistant.ask("innovent/lilly - how many collabs is that now?")
    assert answer.route == "text" and "seventh" in answer.answer


# -- a total quoted as an upfront, with a superlative ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("Candid paid WuXi Biologics $925m upfront - the biggest CDMO upfront on record?", "wuxibio-candid-2025"),
        ("verdiva's 2.4bn upfront to sciwind - largest obesity upfront?", "sciwind-verdiva-2025"),
    ],
)
def test_a_pair_that_did_one_deal_ranked_is_its_lookup(router: Router, question: str, deal_id: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "get_deal" and call.args["deal_id"] == deal_id


def test_a_pair_with_two_deals_stays_ranked(router: Router) -> None:
    call = one_call(route(router, "biggest upfront between Merck and Kelun?"))
    assert call.tool == "rank"


def test_the_claimed_upfront_is_named_as_the_total(assistant: Assistant) -> None:
    answer = assistant.ask("Candid paid WuXi Biologics $925m upfront - the biggest CDMO upfront on record?").answer
    assert "not disclosed" in answer and "$925 million in the claim is this deal's total deal value" in answer


# -- the reverse leg asked after "&", of a pair that signed one deal --------------------------------------------
def test_an_ampersand_before_a_question_word_splits(router: Router) -> None:
    parts = split_parts("harbour/az - upfront to harbour & what did az pay for equity", router.company_spans)
    assert len(parts) == 2


def test_a_later_part_naming_one_side_keeps_the_pair_of_one_deal(router: Router) -> None:
    parts = pair_kept(["Kelun/crescent - upfront to kelun", "What's kelun paying the other way"], router.company_spans)
    assert parts[1].endswith("in the Kelun-Biotech Crescent Biopharma deal")


def test_the_reverse_leg_is_answered(assistant: Assistant) -> None:
    answer = assistant.ask("crescent/kelun - upfront to kelun & what's kelun paying crescent the other way?").answer
    assert "$80 million" in answer and "$20 million" in answer and "$30 million" in answer


# -- a tracker's year-to-date pace with its count, value and average each named ---------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "PharmCube early 2026: number of deals, total value so far and avg deal size?",
        "2026 YTD per PharmCube - deal count, $ value, average deal?",
    ],
)
def test_a_pace_with_three_figures_is_read_whole(router: Router, question: str) -> None:
    assert split_parts(question, router.company_spans) == [question]
    calls = route(router, question).tool_calls
    assert any(call.args["metric"] == "total_value" for call in calls)  # the count is said with the total
    assert any("average" in str(call.args.get("derive", call.args["metric"])) for call in calls)


def test_the_pace_answer_gives_all_three(assistant: Assistant) -> None:
    answer = assistant.ask("PharmCube early 2026: number of deals, total value so far and avg deal size?").answer
    assert "38 deals" in answer and "$49 billion" in answer and "$1.3 billion" in answer


# -- found by the lead's regression run over every tuning file (session 24) -------------------------------------
def test_a_headline_in_dollar_units_is_the_deals_total(assistant: Assistant) -> None:
    assert desk_spelt("hengrui gsk headline value $bn") == "hengrui gsk headline value"  # not "valuebn"
    answer = assistant.ask("hengrui gsk headline value $bn")
    assert answer.route == "table" and "12.5 billion" in answer.answer  # deals.csv hengrui-gsk-2025


def test_royalties_a_licensor_did_receive_are_no_royalty_band(assistant: Assistant) -> None:
    answer = assistant.ask("Summit's ivonescimab sales in 2025, and what royalties did Akeso receive from them?")
    assert answer.abstained, answer.answer  # receipts are in no source; the band is no answer to them
    assert not assistant.ask("what royalties does Akeso get from Summit?").abstained  # the band answers this
