"""Review fixes of the follow16 / market16 rules (fix16 trkfu): a tracker's figure folded only into a part it
reports, the other trackers' counts kept, a later acquirer asked of a ranked row, a deal's kept territory asked after
any deal, value judgements left out of the drug-kind ask. Expected figures are read from deals.csv and
market_stats.csv, not written by hand."""

from __future__ import annotations

from decimal import Decimal

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.money import render_amount
from tests.conftest import DOCUMENTS, conversation

_TABLES = load_tables(DOCUMENTS)
_DEALS = {deal.deal_id: deal for deal in _TABLES.deals}
_STATS = {stat.stat_id: stat for stat in _TABLES.market_stats}


_ask = conversation  # a follow-up asked after the turns before it


def _hengrui_2025() -> list[str]:
    return [
        d.deal_id
        for d in _TABLES.deals
        if "Jiangsu Hengrui Pharmaceuticals" in d.licensors
        and str(d.announced).startswith("2025")
        and d.scope != "context"
    ]


def _pharmcube_hengrui() -> str:
    stat = _STATS["hengrui-2025-company-total"]
    return render_amount(stat.value)


# --- finding 3: "What number does PharmCube report?" after a company's count keeps our count


def test_company_count_keeps_our_count_and_adds_the_trackers_value(assistant: Assistant) -> None:
    answer = _ask(assistant, "How many deals did Hengrui sign in 2025? What number does PharmCube report?")
    assert f"holds {len(_hengrui_2025())} deals" in answer
    assert _pharmcube_hengrui() in answer and "PharmCube" in answer


def test_company_value_keeps_our_sum_and_the_trackers(assistant: Assistant) -> None:
    answer = _ask(assistant, "How much were Hengrui's 2025 deals worth? What figure did PharmCube give?")
    total = sum((_DEALS[i].figure("total").amount or Decimal(0) for i in _hengrui_2025()), Decimal(0))
    assert render_amount(total) in answer
    assert _pharmcube_hengrui() in answer


def test_market_claim_still_asked_per_pharmcube(assistant: Assistant) -> None:
    question = (
        "Is it true that deals in early 2026 were larger on average than in 2025? What figure did PharmCube give?"
    )
    answer = _ask(assistant, question)
    assert render_amount(_STATS["pharmcube-greater-china-2026ytd-average"].value) in answer
    assert "76%" in answer


# --- finding 7: a bare count of the deals "there are" keeps every tracker's count of the year


def _counts(year: str) -> list[str]:
    return [s.stat_id for s in _TABLES.market_stats if s.metric == "deal_count" and s.period == year and not s.subject]


def test_bare_count_gives_every_trackers_count(assistant: Assistant) -> None:
    for year in ("2024", "2023"):
        answer = _ask(assistant, f"how many deals are there from {year} in total")
        assert "our deal table holds" in answer
        for stat_id in _counts(year):
            stat = _STATS[stat_id]
            assert stat.reporter in answer and f"{int(stat.value)} deals" in answer


def test_named_tracker_against_table_gives_that_tracker_only(assistant: Assistant) -> None:
    answer = _ask(assistant, "PharmCube NextPharma 2024 deal count, and the table's 2024 count?")
    assert "94 deals" in answer and "biotochina" not in answer


# --- low item: others_asked on the commit's own wording, "Goodwin's 2023 count, and does that match other trackers?"


def test_short_count_wording_checks_the_other_trackers(assistant: Assistant) -> None:
    for question in (
        "Goodwin's 2023 count, and does that match other trackers?",
        "Goodwin's 2023 count - does that match other trackers?",
        "How many Chinese out-licensing deals did Goodwin count for 2023, and does that match other trackers?",
    ):
        answer = _ask(assistant, question)
        for stat_id in _counts("2023"):
            assert f"{int(_STATS[stat_id].value)} deals" in answer, question


# --- finding 4: "who bought the no. 2 company later on?" asks the company's later acquirer, not the row's buyer


def test_ranked_row_company_later_bought(assistant: Assistant) -> None:
    answer = _ask(assistant, "rank the 2024 deals by upfront", "who bought the no. 2 company later on?")
    assert "Sino Biopharm" in answer and "95.09%" in answer
    assert render_amount(_DEALS["lanova-merck-2024"].figure("upfront").amount or Decimal(0)) not in answer


def test_ranked_row_buyer_still_the_licensee(assistant: Assistant) -> None:
    answer = _ask(assistant, "rank the 2024 deals by upfront", "who bought the no. 2?")
    assert "Merck" in answer
    assert render_amount(_DEALS["lanova-merck-2024"].figure("upfront").amount or Decimal(0)) in answer


# --- finding 6: "is that a lot for an ADC?" is a value judgement, not an ask of the drug's kind


def test_value_judgement_is_not_a_kind_ask(assistant: Assistant) -> None:
    answer = _ask(assistant, "What did Roche pay Hansoh upfront in 2025?", "is that a lot for an ADC?")
    assert "HS-20110" not in answer and "CDH17" not in answer
    for question in ("is that a record for a bispecific?", "is that a lot for a bispecific?"):
        answer = _ask(assistant, "What did Merck pay Curon upfront?", question)
        assert "CN201" not in answer and "CD19" not in answer, question


def test_kind_ask_still_describes_the_drug(assistant: Assistant) -> None:
    answer = _ask(assistant, "What did Merck pay Curon upfront?", "is that a bispecific?")
    assert "CN201" in answer and "bispecific" in answer
    answer = _ask(assistant, "What did Novo pay United Labs upfront?", "is that one of those GLP-1 things?")
    assert "UBT251" in answer and "GLP-1" in answer


# --- finding 5: "who keeps greater china?" after any deal question answers that deal's territory


def test_who_keeps_after_any_deal_question(assistant: Assistant) -> None:
    for first in ("What did Hengrui get from GSK?", "Tell me about the Hengrui-GSK deal"):
        answer = _ask(assistant, first, "who keeps greater china?")
        assert "GSK's rights cover the world outside mainland China" in answer, first
        assert "No reported market statistic" not in answer, first
    answer = _ask(assistant, "What did Pfizer pay 3SBio upfront?", "and who retains the rights in China?")
    assert "covers the world outside China" in answer and "option on the China rights" in answer
    assert "retained after termination" not in answer
    answer = _ask(assistant, "What did Takeda pay Innovent upfront?", "who keeps greater china?")
    assert "Greater China" in answer and "Takeda" in answer


def test_who_keeps_after_a_drug_question(assistant: Assistant) -> None:
    answer = _ask(assistant, "what is telitacicept?", "who keeps greater china?")
    assert "RemeGen" in answer and "Greater China" in answer


# --- low item: named_terms sums an upfront asked "plus" its near-term payment beside an "upfront less equity" figure


def test_upfront_plus_near_term_summed(assistant: Assistant) -> None:
    upfront = _DEALS["hengrui-braveheart-2025"].figure("upfront").amount or Decimal(0)
    answer = _ask(assistant, "Braveheart - Hengrui upfront plus the near-term payment together?")
    assert f"that is {render_amount(upfront + Decimal(10_000_000))}" in answer
    answer = _ask(assistant, "Earendil Sanofi upfront plus near-term together?")
    assert "that is $175 million" in answer
    answer = _ask(assistant, "Zelgen upfront plus near-term together?")
    assert "that is $160 million" in answer
