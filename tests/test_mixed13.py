"""Session 13's "a figure plus a part that is no figure" class (outsider55-58), in other words than theirs:

- one deal's upfront or total asked with when it was signed, when it closed, which territories it covers or what
  kind of drug it licensed: the figure, then the other part asked of that deal ("When did that deal close?"),
  answered from that deal's row or article (``routing/deal_facets.py``);
- a status line repeating its note's numbers cites the paragraph stating them ("$250 million milestone paid by
  BMS in 2025", ``DealBook._cite_status``).
"""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.money import find_numbers
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router


@pytest.mark.parametrize(
    ("question", "follow_up"),
    [
        ("pfizer 3sbio upfront & when did it close", "When did that deal close?"),
        ("Mabwell/Calico: total and signing date", "When was that deal announced?"),
        ("mabwell calico total + when signed", "When was that deal announced?"),
        ("what territory did BMS get in the SystImmune deal and what was the upfront", "Which territories"),
        ("Hansoh Regeneron upfront, and what type of drug was it?", "What kind of drug"),
        ("恒瑞 Kailera 交易总额多少，什么时候宣布的？", "When was that deal announced?"),
    ],
)
def test_the_other_part_is_asked_of_the_deal(router: Router, question: str, follow_up: str) -> None:
    parts = split_parts(question, router.company_spans)
    assert len(parts) == 2 and parts[1].startswith(follow_up)


@pytest.mark.parametrize(
    "question",
    [
        "largest 2025 deal: upfront and when did it close",  # a ranking: another reader's
        "pfizer 3sbio vs akeso summit upfront, and when did they close",  # two deals
        "lanova merck upfront and milestones",  # two figures, nothing else
        "when did the lanova merck deal close",  # no figure
        "how much did Pfizer pay 3SBio upfront when it signed the licence",  # "when" opens a clause, asks no date
    ],
)
def test_not_one_deal_and_a_figure_is_left_alone(router: Router, question: str) -> None:
    assert not any("that deal" in part for part in split_parts(question, router.company_spans))


def test_closing_answered_from_the_deal(assistant: Assistant) -> None:
    answer = assistant.ask("pfizer 3sbio upfront & when did it close")
    assert "$1.25 billion" in answer.answer and "July 2025" in answer.answer
    assert all(citation.doc_id == "deal-3sbio-pfizer-2025" for citation in answer.citations)


def test_signing_date_answered_from_the_deal(assistant: Assistant) -> None:
    answer = assistant.ask("mabwell calico total + when signed")
    assert "$596 million" in answer.answer and "26 June 2025" in answer.answer


def test_territory_answered_from_the_row(assistant: Assistant) -> None:
    answer = assistant.ask("what territory did BMS get in the SystImmune deal and what was the upfront")
    assert "$800 million" in answer.answer and "Ex-mainland China" in answer.answer


def test_kind_of_drug_from_the_deals_own_article(assistant: Assistant) -> None:
    answer = assistant.ask("Hansoh Regeneron upfront, and what type of drug was it?")
    assert "$80 million" in answer.answer and "GLP-1" in answer.answer
    assert {citation.doc_id for citation in answer.citations} == {"deal-hansoh-regeneron-2025"}


def test_status_note_numbers_are_in_the_cited_quote(assistant: Assistant) -> None:
    answer = assistant.ask("SystImmune BMS upfront and headline value?")
    status = next(line for line in answer.answer.split("[") if "Status:" in line)
    assert "$250 million" in status
    cited = " ".join(citation.quote for citation in answer.citations)
    assert {250000000, 2025} <= set(find_numbers(cited))
