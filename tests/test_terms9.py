"""Issue 11, deal-structure terms (found by an outsider file of a deal lawyer's questions, never from the
held-out set). A payment term no column of the table holds ("near-term payments", "option payments", "a
tech-transfer fee") was answered with the upfront or the milestones, a confident figure for a different
term: ``payment_terms`` reads the terms from deals.csv's notes and the coverage check sends such a
question to the articles. Expected figures are read from the articles and deals.csv, never typed in."""

from __future__ import annotations

import re

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.payment_terms import PaymentTerms, read_terms
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, article_sentence

_TABLES = load_tables(DOCUMENTS)
_DEALS = {d.deal_id: d for d in _TABLES.deals}


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(_TABLES, coverage_check="measures")


def _parties(deal_id: str) -> list[str]:
    deal = _DEALS[deal_id]
    return [*deal.licensors, *deal.licensees]


def test_the_terms_come_from_the_notes_column() -> None:
    terms = read_terms(_TABLES.deals)
    assert "near-term" in terms and "option" in terms
    # the table's own figures are never a term
    assert not {"upfront", "milestone", "milestones", "equity", "royalties"} & set(terms)
    notes = " ".join(d.notes.lower() for d in _TABLES.deals)
    assert all(term in notes for term in terms)


@pytest.mark.parametrize(
    ("question", "deal_id", "term"),
    [
        ("What near-term money does Astellas owe Evopoint beyond the upfront?", "evopoint-astellas-2025", "near term"),
        ("any near term payments on top of that?", "zelgen-abbvie-2025", "near term"),
        ("Pfizer's China option payments to 3SBio - how much?", "3sbio-pfizer-2025", "option"),
        ("is the tech transfer payment part of the upfront for LaNova?", "lanova-merck-2024", "tech transfer"),
        ("how much of it is sales-based?", "hengrui-ideaya-2024", "sales"),
    ],
)
def test_a_term_the_table_does_not_hold_is_named(question: str, deal_id: str, term: str) -> None:
    assert PaymentTerms(_TABLES.deals).named(question, _parties(deal_id)) == term


@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("Zelgen/AbbVie - upfront plus the near-term payments together?", "zelgen-abbvie-2025"),
        ("evopoint astellas upfront + near term", "evopoint-astellas-2025"),
        # the row's upfront is stated as "upfront and near-term payments": the table holds that sum
        ("Keymed's near-term payments from Belenos", "keymed-belenos-2024"),
        ("What upfront did AbbVie pay for the option deal with Zelgen?", "zelgen-abbvie-2025"),
        ("royalties on sales of alveltamig?", "zelgen-abbvie-2025"),
    ],
)
def test_a_term_the_table_holds_or_no_term_is_left_alone(question: str, deal_id: str) -> None:
    assert PaymentTerms(_TABLES.deals).named(question, _parties(deal_id)) is None


def test_the_near_term_ask_goes_to_the_articles(router: Router) -> None:
    plan = router.route("Astellas / Evopoint XNW27011: what near-term money sits on top of the upfront?")
    assert plan.route == "text" and not plan.tool_calls
    assert plan.unheld_measure == "near term"
    # the upfront plus near-term sum stays a table lookup
    assert router.route("Zelgen/AbbVie - upfront plus the near-term payments together?").route == "table"


def test_the_answer_is_the_term_not_the_upfront(assistant: Assistant) -> None:
    sentence = article_sentence("deal-systimmune-bms-2023", r"near-term contingent payments")
    near_term = re.search(r"\$(\d+) million in near-term", sentence)
    assert near_term is not None
    history = [Turn(question="What did BMS pay SystImmune upfront for BL-B01D1?")]
    answer = assistant.ask("anything near-term on top of that?", history)
    assert answer.route == "text" and not answer.abstained
    assert f"${near_term.group(1)} million" in answer.answer


def test_an_amount_in_the_question_is_no_unknown_name(assistant: Assistant) -> None:
    """ "$130M" read as a name no article knows made the assistant refuse a question its article answers."""
    sentence = article_sentence("deal-evopoint-astellas-2025", r"near-term payments")
    figure = re.search(r"\$(\d+) million in near-term", sentence)
    assert figure is not None
    answer = assistant.ask("Astellas / Evopoint: what near-term money sits on top of the $130M upfront?")
    assert not answer.abstained
    assert f"${figure.group(1)} million" in answer.answer


@pytest.mark.parametrize(
    ("question", "deal_id", "metric"),
    [
        ("Size of the equity tranche AstraZeneca took in Harbour BioMed?", "harbour-astrazeneca-2025", "equity"),
        (
            "Windward / Kelun: what's the split between cash and parent-company equity?",
            "kelun-harbour-windward-2025",
            "equity",
        ),
    ],
)
def test_a_field_the_row_states_is_looked_up(router: Router, question: str, deal_id: str, metric: str | None) -> None:
    """A lookup the coverage check would send to the articles for the words around the field."""
    plan = router.route(question)
    assert plan.route == "table"
    assert [c.tool for c in plan.tool_calls] == ["get_deal"]
    args = plan.tool_calls[0].args
    assert args.get("deal_id", deal_id) == deal_id and args["licensor"] in _DEALS[deal_id].licensors
    assert args.get("metric") == metric


@pytest.mark.parametrize(
    "question",
    [
        "what price did takeda pay per innovent share in the equity piece",  # a price: a measure of its own
        "how was remegen's upfront from vor actually paid - cash or stock?",  # the articles say how
        "What royalty rate does BMS pay SystImmune?",  # the row holds no royalty terms
        "Which deals carry the highest royalty rates?",  # no one deal
    ],
)
def test_other_questions_are_not_a_row(router: Router, question: str) -> None:
    plan = router.route(question)
    assert not (plan.route == "table" and plan.tool_calls and plan.tool_calls[0].tool == "get_deal")


def test_the_royalty_answer_is_the_band_the_row_states(assistant: Assistant) -> None:
    history = [Turn(question="What did Regeneron pay Hansoh upfront for HS-20094?")]
    followup = assistant.ask("and the royalty rate?", history)
    assert followup.route == "table" and not followup.abstained
    assert _DEALS["hansoh-regeneron-2025"].royalties in followup.answer


def test_a_tracker_figure_about_a_deal_is_found_by_either_party() -> None:
    """ "After Axion terminated, how much did ImmuneOnco keep?" asked the statistic with the licensee as its
    subject; the row's subject is the licensor and its scope names the deal, so the licensee finds it too."""
    from assistant.tools.dealbook import DealBook
    from assistant.tools.registry import DealTools
    from assistant.tools.schema import ToolCall

    stat = next(s for s in _TABLES.market_stats if s.metric == "retained_after_termination")
    other = next(name for name in _TABLES.companies if name.name in stat.scope and name.name != stat.subject)
    tools = DealTools(DealBook(_TABLES, DOCUMENTS))
    found = tools.run(ToolCall(tool="market_stat", args={"metric": stat.metric, "subject": other.name}))
    assert [figure.value for figure in found.figures] == [stat.value]


def test_a_breakdown_follow_up_is_about_the_deal_before(router: Router) -> None:
    """ "split the milestone bucket into dev/reg versus sales" after "CSPC AZ 2026 headline value?" names no
    deal: it asks about the one before, not every article that mentions sales milestones."""
    deal = _DEALS["cspc-astrazeneca-2026"]
    plan = router.route(
        "split the milestone bucket into dev/reg versus sales", [Turn(question="CSPC AZ 2026 headline value?")]
    )
    assert set(plan.companies) == {*deal.licensors, *deal.licensees}
    assert "2026" in plan.standalone_question
    # "sales" here is a kind of milestone, which the articles state, not a product-sales figure to refuse
    assert plan.unheld_measure != "sales"
    # a breakdown naming its own deal is not led by the one before
    own = router.route("split Kelun's SKB105 milestones into development and sales", [Turn(question="CSPC AZ 2026?")])
    assert "AstraZeneca" not in own.companies


def test_the_breakdown_answer_is_the_deal_before_s(assistant: Assistant) -> None:
    sentence = article_sentence("deal-kelun-crescent-2025", r"linked to sales")
    history = [Turn(question="Kelun Crescent SKB105 milestones?")]
    answer = assistant.ask("split that into development and sales", history)
    assert not answer.abstained
    assert all(figure in answer.answer for figure in re.findall(r"\$[\d.]+ million", sentence))
