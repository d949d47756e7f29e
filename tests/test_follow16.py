"""Follow-ups and text sentence choice (follow16): a claimed figure its deal's article explains, a ranking's row asked
by its party, and follow-ups asking another fact of the deal before (the drug's kind, its buyer, the company's later
buyer). Expected figures and names are read from deals.csv and the articles, not written by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.article_claims import bare_amounts
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.money import render_amount
from assistant.routing.entities import EntityIndex
from assistant.routing.followup_asks import kind_asked
from assistant.routing.ordinals import row_pointed_at
from tests.conftest import DOCUMENTS, article_sentence, conversation, says

_TABLES = load_tables(DOCUMENTS)
_DEALS = {deal.deal_id: deal for deal in _TABLES.deals}


_ask = conversation  # a follow-up asked after the turns before it


def _ranked(year: str, field: str) -> list[str]:
    deals = [d for d in _TABLES.deals if d.announced.startswith(year) and d.scope != "context"]
    deals = [d for d in deals if d.figure(field).amount is not None]  # type: ignore[arg-type]
    return [d.deal_id for d in sorted(deals, key=lambda d: -d.figure(field).amount)]  # type: ignore[arg-type, operator]


# --- a claimed figure none of the deal's figures is, which its own article states and explains


@pytest.mark.parametrize(
    "question",
    [
        "I read merck paid lanova $888 million upfront, is that right?",
        "someone told me Merck's upfront for LaNova's LM-299 was $888M - correct?",
        "听说礼新 Merck upfront 有 888M?",
    ],
)
def test_claimed_figure_the_article_explains(assistant: Assistant, question: str) -> None:
    answer = _ask(assistant, question)
    upfront = _DEALS["lanova-merck-2024"].upfront.amount
    assert upfront is not None and render_amount(upfront) in answer  # the table's $588 million
    assert says(answer, article_sentence("deal-lanova-merck-2024", r"\$888 million"))
    assert "$300 million" in answer  # the sentence after it: what the $888 million counted


def test_cspc_headline_gap_quoted(assistant: Assistant) -> None:
    answer = _ask(assistant, "is it true the CSPC AstraZeneca weight-loss deal was worth only $4.7 billion?")
    assert says(answer, article_sentence("deal-cspc-astrazeneca-2026", r"\$4\.7 billion"))
    assert "$18.5 billion" in answer


def test_bare_amounts_are_dollars_but_not_trial_phases() -> None:
    assert bare_amounts("upfront 有 888M?") == [Decimal(888_000_000)]
    assert bare_amounts("was it 4.7bn") == [Decimal(4_700_000_000)]
    assert bare_amounts("the phase 2b trial") == []
    assert bare_amounts("$888M") == []  # ``find_money`` reads that one


def test_a_figure_no_article_states_is_not_repeated(assistant: Assistant) -> None:
    answer = _ask(assistant, "I read merck paid lanova $777 million upfront, is that right?")
    assert "777" not in answer


# --- a ranking's row asked by its party


@pytest.mark.parametrize(
    ("first", "followup", "year", "field", "place", "side"),
    [
        ("biggest deal of 2024 by total value", "who bought the no. 2", "2024", "total", 1, "licensees"),
        ("largest total deal value in 2025?", "who bought no. 3", "2025", "total", 2, "licensees"),
        ("biggest 2024 upfront deal?", "who was the buyer in number 2?", "2024", "upfront", 1, "licensees"),
        ("biggest deal of 2024 by total value", "and who sold the no. 3?", "2024", "total", 2, "licensors"),
    ],
)
def test_row_asked_by_its_party(
    assistant: Assistant, first: str, followup: str, year: str, field: str, place: int, side: str
) -> None:
    deal = _DEALS[_ranked(year, field)[place]]
    answer = _ask(assistant, first, followup)
    assert all(name in answer for name in getattr(deal, side)), answer
    amount = deal.figure(field).amount  # type: ignore[arg-type]
    assert amount is not None and render_amount(amount) in answer


def test_places_read() -> None:
    assert row_pointed_at("who bought in third place") == 2
    assert row_pointed_at("第二名 is who, how much?") == 1
    assert row_pointed_at("who sold the fourth?") == 3
    assert row_pointed_at("who bought LaNova?") is None


# --- follow-ups asking another fact of the deal before


def test_kind_of_drug_after_a_figure(assistant: Assistant) -> None:
    answer = _ask(assistant, "What did Novo pay United Labs upfront?", "is that one of those GLP-1 things?")
    assert all(word in answer for word in ("GLP-1", "GIP", "glucagon")), answer
    answer = _ask(assistant, "What did Merck pay Curon upfront?", "is that one of those bispecifics?")
    assert "CD3" in answer and "CD19" in answer, answer


def test_kind_asked_needs_a_drug_kind() -> None:
    entities = EntityIndex(_TABLES)
    earlier = ("What did Merck pay Curon upfront?",)
    assert kind_asked("is that one of those GLP-1 things?", earlier, entities).startswith("What kind of drug")
    assert kind_asked("is it a bispecific?", earlier, entities).startswith("What kind of drug")
    assert kind_asked("is that a record?", earlier, entities) == "is that a record?"
    assert kind_asked("is it a bispecific?", (), entities) == "is it a bispecific?"  # no deal before


def test_who_bought_a_drug_is_its_licensee(assistant: Assistant) -> None:
    answer = _ask(assistant, "what is telitacicept?", "who bought it and when?")
    assert "Vor Bio" in answer and "June 2025" in answer, answer
    answer = _ask(assistant, "what is UBT251?", "who bought it and when?")
    assert "Novo Nordisk" in answer and "March 2025" in answer, answer


def test_whos_the_buyer_is_the_deal_before(assistant: Assistant) -> None:
    answer = _ask(assistant, "tell me about ivonescimab", "who's the buyer?")
    assert "Summit Therapeutics" in answer and "XtalPi" not in answer, answer


def test_company_bought_later_with_its_price(assistant: Assistant) -> None:
    answer = _ask(
        assistant,
        "Who licensed the PD-1/VEGF bispecific LM-299 to Merck?",
        "who bought that company afterwards, and for how much?",
    )
    assert says(answer, article_sentence("deal-lanova-merck-2024", r"acquired by Sino Biopharm"))


# --- text sentence choice: the reader's words for a fact, searched for and scored


@pytest.mark.parametrize(
    ("question", "doc_id", "pattern"),
    [
        ("where can glenmark sell hengrui's HER2 drug?", "deal-hengrui-glenmark-2025", r"covers emerging markets"),
        (
            "where is Glenmark allowed to commercialise trastuzumab rezetecan?",
            "deal-hengrui-glenmark-2025",
            r"emerging",
        ),
        ("why was the argo novartis deal in 2024 such a big deal?", "deal-argo-novartis-2024", r"first significant"),
        ("why did the Argo Novartis 2024 deal matter?", "deal-argo-novartis-2024", r"first significant"),
    ],
)
def test_sentence_for_the_fact_asked(assistant: Assistant, question: str, doc_id: str, pattern: str) -> None:
    assert says(_ask(assistant, question), article_sentence(doc_id, pattern))


def test_who_keeps_a_territory_points_back(assistant: Assistant) -> None:
    answer = _ask(assistant, "what is telitacicept?", "who keeps greater china?")
    assert "RemeGen" in answer and "Greater China" in answer, answer
    answer = _ask(assistant, "What did Novo pay United Labs upfront?", "who retains the rights in China?")
    assert says(answer, article_sentence("deal-unitedlab-novonordisk-2025", r"covers the world excluding"))
    entities = EntityIndex(_TABLES)
    assert kind_asked("who keeps greater china?", (), entities) == "who keeps greater china?"  # nothing before
