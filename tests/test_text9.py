"""The text classes of session 9 (issue 11, outsider34-38), each in wordings other than the outsiders', on the
real tables and articles: a follow-up about the deal talked about that asks what became of it, whether anything
happened since, whether it is the pair's first deal, when it closes or what it is built on goes to that deal's
article, not its terms again; an approval or a trial readout asked of "it" is refused when no article reports it."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.answering.answer_types import wanted_type
from assistant.answering.assistant import Assistant
from assistant.routing.router import Router
from tests.conftest import article_sentence, route, says

_PAIRS = {
    "immuneonco axion upfront": ("ImmuneOnco Biopharmaceuticals", "Axion Bio"),
    "harbour astrazeneca upfront": ("Harbour BioMed", "AstraZeneca"),
    "hengrui merck 2025 terms": ("Jiangsu Hengrui Pharmaceuticals", "Merck & Co."),
    "medilink biontech 2024 upfront": ("MediLink Therapeutics", "BioNTech"),
    "3sbio pfizer upfront": ("3SBio", "Pfizer"),
}


@pytest.mark.parametrize(
    ("earlier", "question"),
    [
        ("immuneonco axion upfront", "what happened to that deal later on?"),
        ("immuneonco axion upfront", "any news since then?"),
        ("harbour astrazeneca upfront", "has anything changed since it was signed?"),
        ("harbour astrazeneca upfront", "any developments after that?"),
        ("hengrui merck 2025 terms", "expected closing date?"),
        ("hengrui merck 2025 terms", "when is the deal due to complete?"),
        ("medilink biontech 2024 upfront", "was that the first time those two worked together?"),
        ("medilink biontech 2024 upfront", "had they partnered before?"),
        ("3sbio pfizer upfront", "and what's the drug based on?"),
    ],
)
def test_a_later_event_of_the_deal_talked_about_goes_to_its_article(
    router: Router, earlier: str, question: str
) -> None:
    plan = route(router, question, [earlier])
    assert plan.route == "text" and not plan.tool_calls, (question, plan.rule, plan.route)
    assert set(_PAIRS[earlier]) <= set(plan.companies), (question, plan.companies)


@pytest.mark.parametrize(
    "question", ["did LaNova get bought by anyone after that?", "and what became of LaNova afterwards"]
)
def test_what_became_of_a_named_licensor_is_its_story(router: Router, question: str) -> None:
    plan = route(router, question, ["lanova merck milestones"])
    assert plan.route == "text" and "LaNova Medicines" in plan.companies, (question, plan.rule)


@pytest.mark.parametrize(
    ("earlier", "question"),
    [
        ("harbour astrazeneca upfront", "and the milestones?"),
        ("harbour astrazeneca upfront", "how much has AstraZeneca paid since?"),  # money: the table's row
        ("hengrui merck 2025 terms", "What was the upfront?"),
        (None, "how did Hengrui's total upfront change from 2024 to 2025?"),  # two periods: a comparison
        (None, "any ADC deals in 2025 worth over $1 billion?"),  # "any" lists deals, no update asked
    ],
)
def test_a_figure_or_a_list_stays_the_table(router: Router, earlier: str | None, question: str) -> None:
    plan = route(router, question, [earlier] if earlier else [])
    assert plan.route in ("table", "table+text") and plan.tool_calls, (question, plan.rule, plan.route)


@pytest.mark.parametrize(
    ("earlier", "question", "measure"),
    [
        ("innovent takeda upfront", "has the FDA cleared it yet?", "regulatory approval"),
        ("jacobio astrazeneca terms", "when's it likely to get approved?", "regulatory approval"),
        ("argo novartis 2025 upfront", "how did the phase 2 readout go for it?", "trial results"),
        ("3sbio pfizer drug", "what did the phase 3 show for it", "trial results"),
    ],
)
def test_an_approval_or_a_readout_of_it_is_an_unheld_fact(
    router: Router, earlier: str, question: str, measure: str
) -> None:
    plan = route(router, question, [earlier])
    assert (plan.route, plan.unheld_measure) == ("text", measure), (question, plan.rule, plan.unheld_measure)
    assert not plan.tool_calls and plan.companies, question


def test_a_first_question_about_an_update_names_no_deal(router: Router) -> None:
    assert route(router, "any update?").route == "none"  # nothing before: which deal?


def test_the_follow_up_kinds_want_the_sentence_stating_them() -> None:
    assert wanted_type("Is this their first deal together (Argo Biopharmaceutical–Novartis)?") == "pair_history"
    assert wanted_type("hengrui merck 2025 terms Expected closing date?") == "closing"
    assert wanted_type("What's that one built on (MediLink Therapeutics–BioNTech)?") == "built_on"


@pytest.mark.parametrize(
    ("earlier", "question", "doc_id", "pattern"),
    [
        (
            "argo novartis 2025 upfront",
            "had those two done deals before?",
            "deal-argo-novartis-2025",
            r"third collaboration",
        ),
        ("simcere abbvie terms", "anything new since?", "deal-simcere-abbvie-2025", r"additional \$40 million"),
        ("immuneonco axion terms", "any update after signing?", "deal-immuneonco-axion-2024", r"was terminated"),
    ],
)
def test_the_answer_quotes_the_later_event(
    assistant: Assistant, earlier: str, question: str, doc_id: str, pattern: str
) -> None:
    answer = assistant.ask(question, [Turn(question=earlier)])
    assert not answer.abstained and answer.route == "text", answer.answer
    assert says(answer.answer, article_sentence(doc_id, pattern)), answer.answer


def test_an_approval_no_article_reports_is_refused(assistant: Assistant) -> None:
    answer = assistant.ask("when does the FDA sign off on it?", [Turn(question="hansoh regeneron terms")])
    assert answer.abstained and "regulatory approval" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Has AbbVie paid Simcere anything more since the 2025 licence?",
        "has GSK paid Hengrui any milestones since the 2025 pact?",
        "Did Takeda pay Innovent anything since the Oct 2025 deal?",
    ],
)
def test_a_payment_since_the_deal_named_by_its_year_is_no_period_to_clarify(router: Router, question: str) -> None:
    plan = route(router, question)
    assert (plan.route, plan.rule) == ("text", "a payment already made"), (question, plan.rule, plan.clarification)


def test_a_figure_of_a_year_stays_the_table(router: Router) -> None:
    plan = route(router, "What did Merck pay Kelun upfront in 2022?")
    assert plan.route == "table" and plan.tool_calls[0].args.get("year") == 2022, plan.rule


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("Under which country's law is the Hengrui–GSK agreement governed?", "governing law"),
        ("What efforts obligation does Takeda carry to develop IBI343 - best efforts or less?", "diligence"),
        ("Does the Summit–Akeso licence have any indemnification provisions?", "indemnification"),
        ("who handles patent filings for HRS-9531 under the Kailera deal?", "patent prosecution"),
        ("could a change in control at Hansoh end the GSK licence?", "change of control"),
    ],
)
def test_a_contract_clause_is_an_unheld_fact(router: Router, question: str, clause: str) -> None:
    plan = route(router, question)
    assert (plan.route, plan.unheld_measure) == ("text", clause), (question, plan.rule, plan.unheld_measure)


def test_a_clause_no_article_states_is_refused(assistant: Assistant) -> None:
    answer = assistant.ask("Which jurisdiction's law governs the Kelun–Merck SKB264 licence?")
    assert answer.abstained and "governing law" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["Why do multinationals face patent cliffs?", "How much did AbbVie pay Zelgen upfront?"],
)
def test_patent_cliffs_and_terms_name_no_clause(router: Router, question: str) -> None:
    assert route(router, question).unheld_measure is None, question


@pytest.mark.parametrize(
    ("earlier", "question"),
    [
        ("top 3 deals by headline value in 2025", "when was the third one announced and what drugs were in it"),
        ("top 3 deals by headline value in 2025", "which drugs did the second one include?"),
        ("hengrui gsk 2025 total", "what assets did that one include?"),
        ("jacobio astrazeneca upfront", "when was that one signed?"),
    ],
)
def test_what_the_deal_talked_about_holds_and_its_day_are_its_article(
    replaying: Router, earlier: str, question: str
) -> None:
    plan = route(replaying, question, [earlier])
    assert plan.route == "text" and not plan.tool_calls and len(plan.companies) >= 2, (question, plan.rule)


def test_a_term_asked_beside_the_day_stays_the_table(router: Router) -> None:
    plan = route(router, "when was the deal signed and what was the upfront?", ["3sbio pfizer upfront"])
    assert plan.route in ("table", "table+text") and plan.tool_calls, plan.rule
