"""One deal named once and a list of asks about it, figures and facts of its article (outsider83-85): every part
answered, each with its figure or its article's sentence, cited (``routing/deal_asks.py``,
``answering/deal_facts.py``); a drug code dictated in pairs of digits (``routing/spoken_codes.py``); "when'd that
close" after a figure (``routing/contractions.py``)."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.contractions import did_spelt
from assistant.routing.deal_asks import deal_asks, fact_asked
from assistant.routing.router import Router
from assistant.routing.spoken import written
from tests.conftest import bundled_entities


# -- the reading (positive and negative examples) ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("1093.HK/AZN jan-26: UF; MS; when's close", ["1093.HK/AZN jan-26 upfront", "1093.HK/AZN jan-26 milestones"]),
        ("SciNeuro NVS: UF; further $; expected close", ["SciNeuro NVS upfront", "SciNeuro NVS milestones"]),
        ("LaNova Merck - UF, MS, territory", ["LaNova Merck upfront", "LaNova Merck milestones"]),
        (  # not in the eval files: a numbered list
            "Zelgen AbbVie: (1) the upfront (2) near-term payments (3) milestones",
            ["Zelgen AbbVie upfront", "Zelgen AbbVie milestones"],
        ),
        (  # how the upfront was paid brings the upfront it splits
            "Hengrui to Braveheart Bio: how was the upfront paid, and what are the milestones?",
            ["Hengrui to Braveheart Bio upfront", "Hengrui to Braveheart Bio milestones"],
        ),
        (  # two co-licensors said together: the deal is asked by the first and the licensee
            "The Kelun + Harbour co-licence of the TSLP antibody to Windward Bio: what was the upfront, the total?",
            None,  # no fact and no bare term: the router's, as before
        ),
        ("Kelun + Harbour to Windward Bio: UF; how do they split the money", ["Kelun to Windward Bio upfront"]),
        (  # no figure asked: the first fact is asked of the deal, the others stated from its article
            "Hengrui/Kailera: who backed the NewCo, how much did it raise",
            ["Hengrui/Kailera: who backed the NewCo"],
        ),
        # a drug code alone and no figure: part_topics' reading ("HS-20093 - what is it and what did GSK get")
        ("hrs-1893 - what is it, indication; who's behind braveheart", None),
        # figures only, joined by commas and "and": the router's one lookup of the terms
        ("Jacobio AZ deal - upfront, milestones and total pls", None),
        ("cspc: madrigal upfront how many x the az lp(a) upfront", None),
        (  # an ask in words of its own (no shorthand, no semicolons): the router's
            "Regarding the Hansoh–Regeneron licence for HS-20094, please state the upfront consideration, the milestone "
            "ceiling, and the licensed territory.",
            None,
        ),
        (
            "Kailera - Hengrui: upfront+near-term, milestones, total? all three pls",
            ["Kailera - Hengrui upfront", "Kailera - Hengrui milestones", "Kailera - Hengrui total value"],
        ),
        (
            "LaNova/MRK LM-299: UF; close date; who owns LaNova now",
            ["LaNova/MRK LM-299 upfront", "LaNova/MRK LM-299: who owns LaNova now"],
        ),
        # negatives: two figures only, no subject, a comparison of two deals
        ("Merck: upfront and milestones", None),
        ("What did Pfizer pay 3SBio upfront, and what did Madrigal pay Ribo?", None),
        ("UF; MS; when's close", None),
    ],
)
def test_deal_asks(router: Router, question: str, parts: list[str] | None) -> None:
    assert deal_asks(question, router.company_spans) == parts


@pytest.mark.parametrize(
    ("ask", "fact"),
    [
        ("when's close", "closing"),
        ("expected close", "closing"),
        ("what territory did summit get", "territory"),
        ("how is it paid", "payment form"),
        ("how was it split between cash and stock", "payment form"),
        ("LOI vs DA dates", "agreement dates"),
        ("how do Kelun and Harbour split the money", "co-licensor split"),
        ("who backed the NewCo", "backers"),
        ("what did Hengrui get in the NewCo", "party's share"),
        ("indication", "drug"),
        ("UF", None),
        ("who owns LaNova now", None),
    ],
)
def test_fact_asked(ask: str, fact: str | None) -> None:
    assert fact_asked(ask) == fact


def test_code_said_in_pairs() -> None:
    entities = bundled_entities()
    assert written("H R S ninety-eight twenty-one, what sort of drug is it", entities).startswith("HRS-9821,")
    assert written("HRS eighteen ninety-three, what is it", entities) == "HRS-1893, what is it"
    assert "HRS" in written("HRS twenty deals", entities)  # no such code: left as said


def test_did_spelt() -> None:
    assert did_spelt("when'd that close") == "when did that close"
    assert did_spelt("how’d it end") == "how did it end"
    assert did_spelt("I'd like the upfront") == "I'd like the upfront"


# -- the answers (real index, real model) ---------------------------------------------------------------------
def test_figures_and_the_expected_closing(assistant: Assistant) -> None:
    answer = assistant.ask("1093.HK/AZN jan-26: UF; MS; when's close")
    assert "$1.2 billion" in answer.answer and "$17.3 billion" in answer.answer
    assert "second quarter of 2026" in answer.answer
    assert answer.route == "table" and "do not answer" not in answer.answer
    closing = next(c for c in answer.citations if "second quarter" in c.quote)
    assert closing.doc_id == "deal-cspc-astrazeneca-2026"


def test_another_wording_closed_deal(assistant: Assistant) -> None:
    answer = assistant.ask("Innovent/Takeda: upfront; milestones; when did it close")
    assert "$1.2 billion" in answer.answer and "$10.2 billion" in answer.answer
    assert "December 4, 2025" in answer.answer
    lanova = assistant.ask("LM-299 deal: what were the milestones, and when did it close?")
    assert "$2.7 billion" in lanova.answer and "20 December 2024" in lanova.answer


def test_ticker_and_territory(assistant: Assistant) -> None:
    answer = assistant.ask("akeso/SMMT ivonescimab - UF; MS; what territory did summit get")
    assert "$500 million" in answer.answer and "$4.5 billion" in answer.answer and "Japan" in answer.answer
    other = assistant.ask("LaNova Merck - UF, MS, territory")
    assert "$588 million" in other.answer and "$2.7 billion" in other.answer and "global" in other.answer


def test_how_the_upfront_is_paid(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Hengrui to Braveheart Bio (the cardiac myosin inhibitor): how was the upfront paid, is there a near-term "
        "payment, and what are the milestones?"
    )
    assert "$65 million" in answer.answer and "$32.5 million" in answer.answer
    assert "$10 million" in answer.answer and "$1.013 billion" in answer.answer
    assert any(f.value == 65_000_000 for f in answer.figures)
    xtalpi = assistant.ask("xtalpi dovetree 100mm UF - how is it paid; LOI vs DA dates")
    assert "$51 million" in xtalpi.answer and "$49 million" in xtalpi.answer
    assert "23 June 2025" in xtalpi.answer and "5 August 2025" in xtalpi.answer


def test_co_licensors_split(assistant: Assistant) -> None:
    answer = assistant.ask(
        "The Kelun + Harbour co-licence of the TSLP antibody to Windward Bio: what was the upfront, the total, and "
        "how do Kelun and Harbour split the money?"
    )
    assert "$45 million" in answer.answer and "$970 million" in answer.answer and "equally" in answer.answer
    other = assistant.ask("Windward Bio deal with Kelun and Harbour: total; how do they split the money")
    assert "$970 million" in other.answer and "split equally" in other.answer


def test_newco_facts(assistant: Assistant) -> None:
    answer = assistant.ask(
        "The NewCo structure keeps coming up as an option for us. On the Hengrui/Kailera one, who backed the NewCo, "
        "how much did it raise, and what did Hengrui get in the NewCo?"
    )
    assert "Bain" in answer.answer and "$400 million" in answer.answer and "19.9%" in answer.answer
    other = assistant.ask("Hengrui/Kailera: what did Hengrui get in the NewCo, and who backed it")
    assert "19.9%" in other.answer and "Bain" in other.answer


def test_what_the_drug_is(assistant: Assistant) -> None:
    answer = assistant.ask("hrs-1893 - what is it, indication; who's behind braveheart")
    assert "myosin" in answer.answer and "Forbion" in answer.answer and "do not answer" not in answer.answer
    spoken = assistant.ask("H R S ninety-eight twenty-one, what sort of drug is it and what's it for")
    assert "PDE3/4" in spoken.answer and "COPD" in spoken.answer


def test_when_did_that_close_after_a_figure(assistant: Assistant) -> None:
    first = assistant.ask("1801.HK TAK UF")
    answer = assistant.ask("when'd that close", [Turn(question="1801.HK TAK UF", answer=first)])
    assert "4 December 2025" in answer.answer or "December 4, 2025" in answer.answer
