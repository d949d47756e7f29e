"""The failure classes of questions phrased by people who never read the router: each asks
what was asked, or says what it did instead, never a confident answer to a different question."""

from __future__ import annotations

from decimal import Decimal

import pytest
from langchain_core.documents import Document

from assistant.answer import Answer, AnswerFigure, Citation
from assistant.answering.answer_types import missing, search_words, wanted_type
from assistant.answering.assistant import Assistant, build_assistant
from assistant.answering.composer import select_sentences
from assistant.answering.multipart import combine
from assistant.corpus.documents import load_article
from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from assistant.settings import Settings
from tests.conftest import DOCUMENTS


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(load_tables(DOCUMENTS))


@pytest.fixture(scope="module")
def assistant(bundled_settings: Settings) -> Assistant:
    return build_assistant(bundled_settings)


SPLITS = [
    ("What did Pfizer pay 3SBio upfront, and what did Madrigal pay Ribo?", 2),
    ("How much did Pfizer pay upfront and how much in milestones?", 2),
    ("Who licensed SSGJ-707? When did it close?", 2),
    ("Compare Merck and Roche", 1),
    ("What were the deals between Hengrui and GSK and Merck?", 1),
    ("How much did Pfizer pay 3SBio upfront?", 1),
    ("Which 2024 deals had an upfront over $100 million and were ADCs?", 1),  # two conditions, one question
    ("How much did Pfizer pay 3SBio upfront, and did the deal close?", 2),
]


@pytest.mark.parametrize(("question", "parts"), SPLITS, ids=[s[0] for s in SPLITS])
def test_a_question_splits_only_at_clear_joins(question: str, parts: int) -> None:
    assert len(split_parts(question)) == parts


def test_every_part_of_a_two_part_question_is_answered_and_cited(assistant: Assistant) -> None:
    answer = assistant.ask("What did Pfizer pay 3SBio upfront, and what did Madrigal pay Ribo?")
    values = {f.value for f in answer.figures}
    assert {Decimal("1250000000"), Decimal("60000000")} <= values
    assert "$1.25 billion" in answer.answer and "$60 million" in answer.answer
    assert answer.interpretation.startswith("2 questions:")
    numbers = {c.n for c in answer.citations}
    assert numbers == set(range(1, len(answer.citations) + 1)), "citations renumbered 1..n"
    assert {f"[{n}]" in answer.answer for n in numbers} == {True}


def test_a_follow_up_part_inherits_the_first_part(assistant: Assistant) -> None:
    answer = assistant.ask("How much did Pfizer pay 3SBio upfront, and what were the milestones?")
    assert {Decimal("1250000000"), Decimal("4800000000")} <= {f.value for f in answer.figures}


def test_combine_shares_a_passage_cited_by_two_parts() -> None:
    quote = Citation(n=1, doc_id="d", title="t", paragraph=2, quote="Same sentence.")
    first = Answer(question="a", standalone_question="a", answer="A [1].", route="table", citations=[quote])
    other = Citation(n=1, doc_id="e", title="t", paragraph=1, quote="Other sentence.")
    second = Answer(
        question="b",
        standalone_question="b",
        answer="B [1][2].",
        route="text",
        citations=[other, quote.model_copy(update={"n": 2})],
        figures=[AnswerFigure(label="x", value=Decimal(1), expression="x", citations=[2])],
    )
    combined = combine("a and b", [first, second])
    assert combined.answer == "A [1].\n\nB [2][1]."
    assert [c.doc_id for c in combined.citations] == ["d", "e"]
    assert combined.figures[0].citations == [1]
    assert combined.route == "table+text"


def test_each_of_a_pairs_deals_is_answered_not_asked_about(assistant: Assistant) -> None:
    answer = assistant.ask("What was the upfront of each of Argo's Novartis deals?")
    assert {Decimal("185000000"), Decimal("160000000")} <= {f.value for f in answer.figures}
    assert answer.route == "table"


def test_bounds_on_two_money_fields_list_the_deals_within_both(router: Router, assistant: Assistant) -> None:
    question = "2025 deals with an upfront under $100 million but a total over $1 billion"
    args = router.route(question).tool_calls[0].args["filter"]
    assert args["max_upfront_usd"] == "100000000" and args["min_total_usd"] == "1000000000"
    assert sorted(args["exclusive"]) == ["max_upfront_usd", "min_total_usd"]
    answer = assistant.ask(question)
    assert answer.tool_calls[0].tool == "find_deals"
    count = next(f for f in answer.figures if f.unit == "count")
    assert count.value == 9  # XtalPi ($100 million upfront) and Leads–Dianthus ($1 billion total) are out
    assert "more than $1 billion" in answer.interpretation and "less than $100 million" in answer.interpretation


@pytest.mark.parametrize(
    ("question", "dimension", "metric"),
    [
        ("Which buyer signed the most agreements with Chinese companies in 2025?", "licensee", "count"),
        ("Which Chinese company closed the most transactions in 2024?", "licensor", "count"),
        ("which licensor came out on top in 2024 by total deal value?", "licensor", "total"),
        ("the two largest 2024 deals by upfront", "deal", "upfront"),
    ],
)
def test_a_ranking_ranks_what_was_asked_by_what_was_asked(
    router: Router, question: str, dimension: str, metric: str
) -> None:
    call = router.route(question).tool_calls[0]
    assert (call.tool, call.args["dimension"], call.args["metric"]) == ("rank", dimension, metric)


@pytest.mark.parametrize(
    "question", ["What is 3SBio's market value?", "What were Hengrui's sales in 2024?", "What were the trial results?"]
)
def test_company_facts_the_table_does_not_hold_never_get_deal_money(router: Router, question: str) -> None:
    plan = router.route(question)
    assert plan.route == "text" and plan.unheld_measure


def test_a_name_every_partner_question_is_the_tables_list(router: Router) -> None:
    plan = router.route("Name every Chinese partner AstraZeneca signed with in 2025")
    assert plan.tool_calls[0].tool == "find_deals"


def test_a_what_kind_of_drug_question_quotes_the_sentence_naming_it(assistant: Assistant) -> None:
    answer = assistant.ask("What type of drug did Pfizer license from 3SBio?")
    assert not answer.abstained and "bispecific antibody" in answer.answer


def test_a_when_question_quotes_a_sentence_with_a_date(assistant: Assistant) -> None:
    answer = assistant.ask("When did the Pfizer–3SBio deal close?")
    assert not answer.abstained and "24 July 2025" in answer.answer


def test_an_announced_list_comes_whole() -> None:
    """ "gave two main reasons" brings both reasons from its paragraph, even past the sentence limit."""
    article = load_article(DOCUMENTS / "market-why-multinationals-license-from-china.md", 5_000_000)
    paragraph = next(p for p in article.paragraphs if "two main reasons" in p)
    passage = Document(page_content=paragraph, metadata={"doc_id": article.doc_id, "paragraph": 2})
    chosen = [sentence for sentence, _ in select_sentences("What main reasons did Caixin give?", [passage], limit=1)]
    assert chosen[0].startswith("Caixin's January 14, 2026 report")
    assert any(s.startswith("First,") for s in chosen) and any(s.startswith("Second,") for s in chosen)


@pytest.mark.parametrize(
    ("question", "tool"),
    [
        ("Which ADC deals did Chinese companies sign in 2024?", "find_deals"),
        ("信达生物 2025年最大的交易是哪个?", "rank"),
        ("How many licensing pacts did AstraZeneca ink with Chinese biotechs in 2025?", "aggregate"),
    ],
)
def test_plain_wordings_reach_the_right_tool(router: Router, question: str, tool: str) -> None:
    assert router.route(question).tool_calls[0].tool == tool


def test_a_chinese_which_one_ranking_names_one_deal(router: Router) -> None:
    assert router.route("信达生物 2025年最大的交易是哪个?").tool_calls[0].args["n"] == 1


def test_a_semicolon_splits_two_questions() -> None:
    assert split_parts("Upfront for Curon–Merck; upfront for LaNova–Merck?") == [
        "Upfront for Curon–Merck?",
        "Upfront for LaNova–Merck?",
    ]


def test_a_future_approval_is_not_a_deal_figure(router: Router) -> None:
    plan = router.route("When will SSGJ-707 get FDA approval?")
    assert plan.route == "text" and plan.unheld_measure == "regulatory approval"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What happened to ImmuneOnco's licensing deal with Axion?", "event"),
        ("What became of the ImmuneOnco–Axion licence?", "event"),
        ("Why did ImmuneOnco's deal with Axion end?", "event"),
        ("Who ended up buying LaNova after its Merck deal?", "acquirer"),
        ("What is SciNeuro's drug for?", "purpose"),
        ("What is the drug for?", "purpose"),
        ("Has BMS paid SystImmune any milestones yet?", "payment"),
        ("What kind of drug is it?", "modality"),
        ("How much did Merck pay LaNova upfront?", None),
        ("Who licensed LM-299 to Merck?", None),  # a licensee, not a buyer of the company
    ],
)
def test_the_kind_of_answer_a_text_question_wants(question: str, kind: str | None) -> None:
    assert wanted_type(question) == kind
    assert bool(search_words(question)) == (kind in ("event", "acquirer", "purpose", "payment"))


def _lanova_passages() -> list[Document]:
    article = load_article(DOCUMENTS / "deal-lanova-merck-2024.md", 5_000_000)
    paragraphs = list(enumerate(article.paragraphs, start=1))
    # the acquisition paragraph ranked fourth, after three paragraphs of deal terms
    later = [p for p in paragraphs if "Sino Biopharm" in p[1]]
    terms = [p for p in paragraphs if "Sino Biopharm" not in p[1]][:3]
    return [
        Document(page_content=text, metadata={"doc_id": article.doc_id, "paragraph": n}) for n, text in terms + later
    ]


def test_an_event_after_signing_is_found_in_a_later_passage() -> None:
    passages = _lanova_passages()
    chosen = [s for s, _ in select_sentences("Who ended up buying LaNova after its Merck deal?", passages)]
    assert any("acquired by Sino Biopharm" in s for s in chosen)
    terms = [s for s, _ in select_sentences("What did Merck pay LaNova upfront?", passages)]
    assert not any("Sino Biopharm" in s for s in terms)  # a question about the terms stays with the terms


def test_a_buyer_or_a_payment_made_that_no_passage_reports_is_missing() -> None:
    terms = ["GSK agreed to an upfront payment of $500 million to Jiangsu Hengrui Pharmaceuticals."]
    assert missing("Who bought it (Jiangsu Hengrui–GSK)?", terms)
    assert missing(
        "Has Novartis paid Argo any milestones yet?", ["Novartis agreed to an upfront payment of $160 million."]
    )
    paid = ["AInvest reported that Bristol Myers Squibb paid SystImmune a $250 million milestone in 2025."]
    assert not missing("Has BMS paid SystImmune any milestones yet?", paid)
    assert not missing("What happened to the Hansoh–GSK deals?", terms)  # an event question may be answered by terms


# -- issue 11, second outsider set ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("LaNova's acquirer?", "acquirer"),
        ("Which company bought LaNova in the end?", "acquirer"),
        ("who is Kailera, the company that took Hengrui GLP-1s?", "identity"),
        ("Calico — is that the Google one?", "identity"),
        ("Who is behind Verdiva Bio?", "identity"),
        ("Who was the licensee of LM-299?", None),  # a party to the deal, not what a company is
    ],
)
def test_who_a_company_is_or_who_bought_it_wants_a_sentence_saying_so(question: str, kind: str | None) -> None:
    assert wanted_type(question) == kind


def test_a_part_that_repeats_an_earlier_answer_is_said_once() -> None:
    first = Answer(question="a", standalone_question="a", answer="A gap of $50 million.", route="table")
    again = first.model_copy(update={"question": "b", "standalone_question": "b"})
    other = first.model_copy(update={"answer": "Something else."})
    assert combine("a, b", [first, again]).answer == "A gap of $50 million."
    assert combine("a, c", [first, other]).answer == "A gap of $50 million.\n\nSomething else."


@pytest.mark.parametrize(
    ("question", "metric", "derive"),
    [
        ("top 10 licensors = 60% of 2025 value. in dollars thats how much?", "top10_share", "top10_amount"),
        ("Greater China licensing value 2021 vs 2025 — % growth?", "total_value", "growth"),
        ("did total upfronts go up from 2023 to 2024?", "upfront_total", "growth"),
    ],
)
def test_a_rate_or_an_amount_is_derived_from_reported_figures(
    router: Router, question: str, metric: str, derive: str
) -> None:
    call = router.route(question).tool_calls[0]
    assert (call.tool, call.args["metric"], call.args["derive"]) == ("market_stat", metric, derive)
    share = router.route("What share of 2025 deal value did the top 10 licensors take?").tool_calls[0]
    assert "derive" not in share.args  # the share itself, not an amount


def test_a_share_price_is_found_where_an_article_states_it(assistant: Assistant) -> None:
    answer = assistant.ask("what price per share did takeda pay for the innovent stock?")
    assert not answer.abstained and "112.56" in answer.answer
    refused = assistant.ask("how did Vor Bio stock react to the RemeGen licence?")
    assert refused.abstained  # no article reports a share-price move


def test_a_plural_acronym_is_no_unknown_company(router: Router) -> None:
    assert router.entities.find_companies("biggest spender among MNCs in 2025").unknown == []
    assert router.entities.find_companies("did Genentechs pay more").unknown == ["Genentechs"]


def test_a_pace_question_wants_a_year_to_date_sentence() -> None:
    assert wanted_type("is 2026 on track to beat 2025 for china licensing?") == "pace"
    assert wanted_type("What was the total deal value in 2025?") is None
    assert search_words("Is 2026 on pace for a record?")


def test_who_a_company_is_leads_with_the_deal_opening_that_says_so(assistant: Assistant) -> None:
    answer = assistant.ask("who is Kailera, the company that took Hengrui GLP-1s?")
    assert "Hercules CM NewCo" in answer.answer and "Bain" in answer.answer
    terms = assistant.ask("How much did Kailera pay Hengrui upfront?")
    assert "Hercules CM NewCo, a newly created company" not in terms.answer  # a figure question keeps to figures
