"""Text questions and their follow-ups (outsider56-60): one deal's territory asked alone, the places a licensor
kept, a figure other outlets quoted, a development stage the articles state without a phase number, and dates
said in words. Expected territories and dates come from deals.csv; quoted sentences from the articles."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.dates import MONTH_NAMES, human_date
from assistant.routing.territory_asks import asks_territory
from assistant.tools.territory import in_words
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _deal(deal_id: str) -> Deal:
    return next(d for d in _TABLES.deals if d.deal_id == deal_id)


def _ask(assistant: Assistant, *questions: str) -> str:
    history: list[Turn] = []
    for question in questions[:-1]:
        history.append(Turn(question=question, answer=assistant.ask(question, history)))
    answer = assistant.ask(questions[-1], history)
    assert not answer.abstained, answer
    return answer.answer


# -- one deal's territory asked alone: the territory leads, "ex-" said as "outside" --------------------------
@pytest.mark.parametrize(
    ("question", "deal_id", "places"),
    [
        ("which territories did GSK get in the hengrui deal", "hengrui-gsk-2025", ["Macau", "Taiwan"]),
        ("what territory does Regeneron have under the hansoh glp-1 licence?", "hansoh-regeneron-2025", ["Macau"]),
        ("which regions did Astellas license from Evopoint?", "evopoint-astellas-2025", ["Taiwan"]),
    ],
)
def test_territory_asked_alone_leads(assistant: Assistant, question: str, deal_id: str, places: list[str]) -> None:
    text = _ask(assistant, question)
    lead = text.split(" [")[0]  # the first sentence: the territory, from the row or the article
    assert "outside mainland China" in lead and all(place in lead for place in places), text
    # not the full terms: they never lead (since absent_facts demoted the "not disclosed" record-keeping sentences,
    # the article's upfront sentence can follow the territory as padding; noted as left in the sixteenth session)
    assert "upfront" not in lead, text
    if lead.startswith("Territory licensed to"):
        assert _deal(deal_id).territory in lead, text  # the table's own words follow


@pytest.mark.parametrize(
    ("earlier", "question", "deal_id", "kept"),
    [
        (
            "Summit's ivonescimab bet - what was the upfront?",
            "and which markets did Akeso keep?",
            "akeso-summit-2022",
            "China",
        ),
        ("what was Roche's upfront for YL201?", "which markets did MediLink keep?", "medilink-roche-2026", "Macau"),
        (
            "How much did Novo Nordisk pay United Laboratories up front?",
            "and what territories did United Labs retain?",
            "unitedlab-novonordisk-2025",
            "Taiwan",
        ),
    ],
)
def test_places_kept_are_the_territory_not_money(
    assistant: Assistant, earlier: str, question: str, deal_id: str, kept: str
) -> None:
    text = _ask(assistant, earlier, question)
    assert "market statistic" not in text and "retained after termination" not in text, text
    assert kept in text, text
    deal = _deal(deal_id)
    others = {
        name for d in _TABLES.deals if d.deal_id != deal_id and deal.licensors[0] in d.licensors for name in d.licensees
    }
    assert not any(name in text for name in others - set(deal.licensees)), text  # that deal, not another of its deals


def test_territory_beside_a_figure_keeps_the_full_terms() -> None:
    assert asks_territory("which territories did GSK get in the hengrui deal")
    assert asks_territory("and which markets did Akeso keep?")
    assert not asks_territory("Hengrui-GSK upfront and territory")
    assert not asks_territory("why did Akeso keep China?")


def test_territory_in_words() -> None:
    assert (
        in_words("Worldwide ex-Greater China")
        == "the world outside Greater China (our table: Worldwide ex-Greater China)"
    )
    assert in_words("Ex-mainland China, HK, Macau").startswith("outside mainland China, Hong Kong, Macau")
    assert in_words("Global (exclusive)") == "Global (exclusive)"


# -- a figure other outlets quoted: the sentence stating it leads --------------------------------------------
@pytest.mark.parametrize(
    "questions",
    [
        (
            "what did astrazeneca pay 石药集团 upfront in the 2026 weight-loss deal?",
            "why do some news articles say that deal is only 4.7 billion?",
        ),
        ("Why did some outlets report the CSPC AstraZeneca obesity deal at $4.7 billion?",),
    ],
)
def test_quoted_figure_sentence_answers(assistant: Assistant, questions: tuple[str, ...]) -> None:
    text = _ask(assistant, *questions)
    first_two = " ".join(text.split(" [")[:3])
    assert "$4.7 billion, which leaves out the sales milestones" in first_two, text


# -- a development stage said without a phase number ----------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "what stage of development was YL201 at when medilink licensed it to roche?",
        "how far along was YL201 when Roche licensed it?",
    ],
)
def test_registrational_is_a_stage(assistant: Assistant, question: str) -> None:
    assert "registrational development in China" in _ask(assistant, question)


def test_stage_no_article_states_is_still_refused(assistant: Assistant) -> None:
    assert assistant.ask("what stage of development was CMG1A46 at?").abstained


# -- closing dates ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("lanova merck upfront & when did it close", "lanova-merck-2024"),
        ("when was Innovent-Takeda closed", "innovent-takeda-2025"),
    ],
)
def test_closing_date_in_words(assistant: Assistant, question: str, deal_id: str) -> None:
    deal = _deal(deal_id)
    text = _ask(assistant, question)
    year, month, day = (int(piece) for piece in deal.status_date.split("-"))
    said = (deal.status_date, human_date(deal.status_date), f"{MONTH_NAMES[month]} {day}, {year}")
    assert any(form in text for form in said), text  # the row's day, or the article's words for it
