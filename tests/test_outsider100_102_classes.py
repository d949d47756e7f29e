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


# -- the core (main) table named: the 2024-26 rows only -------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Which buyer shows up most often as licensee in the core table?",
        "total upfront in the main table",
        "how many deals in the primary table, main only",
        "sum of milestones in our table, excluding the context deals",
    ],
)
def test_the_main_table_named_keeps_the_main_rows(router: Router, question: str) -> None:
    plan = route(router, question)
    filters = [call.args.get("filter") for call in plan.tool_calls]
    assert filters and all(isinstance(f, dict) and f.get("scopes") == ["main"] for f in filters), plan.tool_calls


@pytest.mark.parametrize(
    "question", ["Which buyer shows up most often as licensee in the table?", "the main deals of 2025"]
)
def test_no_main_table_named_keeps_the_default_rows(router: Router, question: str) -> None:
    plan = route(router, question)
    assert all("scopes" not in (call.args.get("filter") or {}) for call in plan.tool_calls)


def test_a_later_part_keeps_the_core_table_and_counts_the_deals_having_the_measure(router: Router) -> None:
    before = "Across the core table, what is the total of disclosed equity investments"
    call = one_call(route(router, "how many deals have one?", [before]))
    assert call.tool == "aggregate" and call.args["operation"] == "count"
    assert call.args["filter"]["disclosed"] == ["equity"] and call.args["filter"]["scopes"] == ["main"]


# -- whether a deal still stands: its status -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Is the ImmuneOnco / Axion Bio licence for IMM2510 still in force?",
        "is the lanova merck deal still active?",
        "Is the 3SBio-Pfizer licence still on?",
    ],
)
def test_still_in_force_asks_the_status(router: Router, question: str) -> None:
    calls = route(router, question).tool_calls
    assert calls and calls[0].tool == "get_deal" and calls[0].args.get("metric") == "status"


@pytest.mark.parametrize("question", ["is the 3sbio pfizer trial still on track?", "is Merck still the biggest buyer?"])
def test_still_said_of_other_things_is_no_status(router: Router, question: str) -> None:
    assert all(call.args.get("metric") != "status" for call in route(router, question).tool_calls)


# -- how an upfront is paid out: the article's sentence splitting it ------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "xtalpi dovetree uf - and is it all at signing",
        "Is all of that paid at signing?",
        "how is the dianthus upfront paid out?",
        "was the upfront all paid on closing?",
    ],
)
def test_paid_at_signing_asks_how_it_is_paid(question: str) -> None:
    from assistant.routing.paid_after import PAID_HOW_RE

    assert PAID_HOW_RE.search(question)


@pytest.mark.parametrize(
    "question", ["how is the upfront compared with 2024?", "all deals signed in 2025", "how big is the upfront?"]
)
def test_other_payment_words_are_no_split(question: str) -> None:
    from assistant.routing.paid_after import PAID_HOW_RE

    assert not PAID_HOW_RE.search(question)


# -- items marked (i), (ii) that share their words: a plain list ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "plain"),
    [
        (
            "X to Y: (i) upfront, (ii) any near-term payment, (iii) total deal value.",
            "X to Y: upfront, any near-term payment, total deal value.",
        ),
        ("Pfizer paid (a) upfront and (b) milestones?", "Pfizer paid upfront and milestones?"),
    ],
)
def test_marks_of_shared_items_are_dropped(question: str, plain: str) -> None:
    from assistant.routing.lettered_parts import marks_dropped

    assert marks_dropped(question) == plain


@pytest.mark.parametrize("question", ["phase (ii) trial of the drug", "see note (b) and (a)"])
def test_a_lone_or_unordered_mark_stays(question: str) -> None:
    from assistant.routing.lettered_parts import marks_dropped

    assert marks_dropped(question) == question


def test_marked_measures_of_one_deal_ask_its_terms(router: Router) -> None:
    plan = route(router, "HRS-1893 to Braveheart Bio: (i) upfront, (ii) any near-term payment, (iii) total deal value.")
    assert plan.tool_calls and plan.tool_calls[0].tool == "get_deal"


# -- a later sentence's capitalised opening word is no unknown company ---------------------------------------------
def test_a_sentence_opening_word_is_no_company(router: Router) -> None:
    plan = route(
        router, 'HRS-1893 to Braveheart Bio: upfront and total deal value. Draft claims total "$1.013 billion".'
    )
    assert plan.rule != "a company the table does not know" and plan.tool_calls


# -- "china cos": companies ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("rank china cos by upfront", "rank china companies by upfront"),
        ("which pharma cos paid most", "which pharma companies paid most"),
    ],
)
def test_cos_after_whose_is_companies(question: str, spelt: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == spelt


@pytest.mark.parametrize("question", ["cos it was big", "the cos similarity of two deals"])
def test_cos_alone_stays(question: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == question


def test_china_cos_ranked_are_licensors(router: Router) -> None:
    call = one_call(route(router, "2025 only - rank china cos by tcv using the table"))
    assert call.tool == "rank" and call.args["dimension"] == "licensor"


# -- "+" between two yes/no questions: two asks -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("did lanova merck actually close + did merck put equity in", 2),
        ("is the curon deal an asset purchase + was there equity", 2),
        ("upfront + milestones for lanova merck", 1),  # two measures, one ask
        ("what did merck pay lanova + did it close", 2),
    ],
)
def test_a_plus_between_yes_no_questions_splits(question: str, count: int) -> None:
    from assistant.routing.decompose import split_parts

    assert len(split_parts(question)) == count


# -- which deals make up a tracker's company figure: our rows, beside the tracker's figure --------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Caixin credits Innovent with more than $10bn of deals in 2025. Which deals make that up?",
        "PharmCube puts Hengrui at $16.7bn for 2025 - what deals account for it?",
    ],
)
def test_which_deals_make_up_a_company_figure_lists_our_rows(router: Router, question: str) -> None:
    calls = route(router, question).tool_calls
    assert [call.tool for call in calls] == ["market_stat", "find_deals"]
    assert calls[0].args["metric"] == "company_total_value" and calls[1].args["filter"]["year"] == 2025


def test_a_follow_up_over_the_deals_making_up_keeps_the_company(router: Router) -> None:
    first = "Caixin credits Hengrui with $16.7bn of cross-border deals in 2025. Which deals make that up?"
    call = one_call(route(router, "Of those deals, which carried the biggest upfront?", [first]))
    assert call.tool == "rank" and call.args["filter"]["licensor"] == "Jiangsu Hengrui Pharmaceuticals"


@pytest.mark.parametrize("question", ["How much do Hengrui's 2025 deals add up to?", "which deals closed in 2025?"])
def test_a_sum_or_other_list_is_no_making_up(question: str) -> None:
    from assistant.routing.made_up import _MADE_UP_RE

    assert not _MADE_UP_RE.search(question)


# -- one deal's list of asks: "warrant piece" is how the upfront is paid -------------------------------------------
@pytest.mark.parametrize("ask", ["warrant piece", "the stock part", "warrants", "share portion"])
def test_the_warrant_piece_is_the_payment_form(ask: str) -> None:
    from assistant.routing.deal_asks import fact_asked

    assert fact_asked(ask) == "payment form"


def test_a_deal_asked_upfront_warrant_piece_and_territory_asks_the_upfront(router: Router) -> None:
    from assistant.routing.decompose import split_parts

    assert split_parts("telitacicept / vor: uf, warrant piece, territory", router.company_spans) == [
        "telitacicept / vor upfront?"
    ]


# -- one company, then figures over its deals: each asked of the company -------------------------------------------
@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "hengrui in the table: # of deals, biggest by tcv, avg uf",
            [
                "hengrui in the table # of deals?",
                "hengrui in the table biggest by tcv?",
                "hengrui in the table avg uf?",
            ],
        ),
        ("Merck - number of deals and average upfront", ["Merck number of deals?", "Merck average upfront?"]),
    ],
)
def test_figures_over_one_companys_deals_are_each_asked_of_it(router: Router, question: str, parts: list[str]) -> None:
    from assistant.routing.company_asks import company_asks

    assert company_asks(question, router.company_spans) == parts


@pytest.mark.parametrize(
    "question",
    [
        "lanova merck: upfront, milestones",  # one deal's terms (two companies)
        "hengrui: upfront, territory",  # not figures over deals
        "2025 deals: count, average upfront",  # no company
    ],
)
def test_other_lists_are_no_company_asks(router: Router, question: str) -> None:
    from assistant.routing.company_asks import company_asks

    assert company_asks(question, router.company_spans) is None


def test_each_figure_over_the_company_keeps_its_licensor(router: Router) -> None:
    for part in ("hengrui in the table biggest by tcv?", "hengrui in the table avg uf?"):
        call = one_call(route(router, part))
        assert call.args["filter"]["licensor"] == "Jiangsu Hengrui Pharmaceuticals"


# -- where a tracker's figure comes from: a quoted count, a misattribution, two figures -------------------------------
def test_a_quoted_count_asks_the_series_holding_it(router: Router) -> None:
    plan = route(
        router, "Where does the 186-deal figure for 2025 come from? A draft says PharmCube: 186 deals, $135.7bn."
    )
    assert plan.tool_calls and all(call.args.get("reporter") == "PharmCube (via Reuters)" for call in plan.tool_calls)


def test_a_figure_credited_to_the_wrong_tracker_asks_every_tracker(router: Router) -> None:
    question = "A draft says $135.7 billion of 2025 deals per NMPA data. Whose figure is it, properly attributed?"
    plan = route(router, question)
    assert plan.tool_calls and all("reporter" not in call.args for call in plan.tool_calls)


def test_two_quoted_figures_ask_each_ones_tracker(router: Router) -> None:
    question = (
        "One article says $55.4bn for China's 2024 out-licensing total, another $51.9bn. Which trackers are these?"
    )
    reporters = [call.args.get("reporter") for call in route(router, question).tool_calls]
    assert reporters[:2] == ["CPHIIC (via NewsChina)", "PharmCube NextPharma (via Caixin)"]


@pytest.mark.parametrize(
    "question",
    ["PharmCube 2025 deal count?", "how many deals did PharmCube count in 2025 - 157 or 186?"],
)
def test_no_source_asked_leaves_the_tracker(router: Router, question: str) -> None:
    from assistant.routing.source_asks import count_sourced, credit_checked, figures_sourced

    calls = route(router, question).tool_calls
    stats = router.args.tables.market_stats
    assert (
        figures_sourced(count_sourced(credit_checked(calls, question, stats), question, stats), question, stats)
        == calls
    )


# -- a bracketed gloss on an ask, and the drug's kind in its article -------------------------------------------------
def test_a_glossed_ask_is_read_without_its_gloss(router: Router) -> None:
    from assistant.routing.deal_asks import asked_facts

    assert asked_facts("pregene / kite - modality (in vivo or ex vivo car-t) + uf", router.company_spans) == ["drug"]


# -- the upfront net of its equity ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "innovent takeda - uf, how much of it is equity, cash uf net",
        "3sbio pfizer upfront, how much of that was equity?",
        "pfizer 3sbio upfront net of the share purchase",
        "upfront ex-equity for the takeda deal",
    ],
)
def test_the_upfront_net_of_equity_asks_its_split(question: str) -> None:
    from assistant.routing.upfront_split import _UPFRONT_SPLIT_RE

    assert _UPFRONT_SPLIT_RE.search(question)


@pytest.mark.parametrize(
    "question", ["upfront and equity?", "upfront net income impact", "total equity across 2025 deals"]
)
def test_other_upfront_words_are_no_split(question: str) -> None:
    from assistant.routing.upfront_split import _UPFRONT_SPLIT_RE

    assert not _UPFRONT_SPLIT_RE.search(question)


# -- "% ownership": the equity stake ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("keymed belenos newco - keymed % ownership", "keymed belenos newco - keymed equity stake"),
        ("hengrui kailera ownership stake?", "hengrui kailera equity stake?"),
        ("percent ownership of vor after the warrants", "equity stake of vor after the warrants"),
    ],
)
def test_ownership_is_the_equity_stake(question: str, spelt: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == spelt


def test_ownership_of_rights_stays(router: Router) -> None:
    assert expand_shorthand("who has ownership of the IP", bundled_entities()) == "who has ownership of the IP"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pregene agreed to license its in vivo CAR-T technology to Kite",
        "an mRNA vaccine",
        "a fusion protein against TACI",
    ],
)
def test_a_sentence_naming_the_drugs_kind_states_what_it_is(sentence: str) -> None:
    from assistant.answering.deal_facts import STATED

    assert STATED["drug"][0].search(sentence)


def test_a_period_said_in_one_ask_keeps_the_question_whole(router: Router) -> None:
    from assistant.routing.company_asks import company_asks

    assert company_asks("Merck: how many China deals since 2024, and total upfront?", router.company_spans) is None


def test_what_happened_and_still_live_asks_the_story(router: Router) -> None:
    from assistant.routing.deal_status import asks_status

    assert not asks_status("What happened with ImmuneOnco / Axion — is it still live?")
    assert asks_status("Is the ImmuneOnco / Axion licence still live?")


def test_a_gloss_naming_the_split_is_kept(router: Router) -> None:
    from assistant.routing.deal_asks import asked_facts

    question = (
        "Telitacicept deal with Vor Bio: how was the upfront consideration structured (cash vs. warrants), "
        "what % of Vor do the warrants represent, and what are the milestones?"
    )
    assert "payment form" in asked_facts(question, router.company_spans)
