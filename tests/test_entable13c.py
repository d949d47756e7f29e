"""English table asks of the thirteenth session's third wave (outsider62), as classes; the real assistant over the
real tables, figures from the CSVs:

* "what upfront did it pay each?" lists the licensee's deals with their upfronts, no sum (``every_deal``);
* "how many times / by what multiple did X's upfront grow from the 2024 deal to the 2026 one" is a multiple of the
  upfront, not a count of deals (``analyst_wording.TIMES_COUNT_RE``);
* a year said of a pair's deal event ("given the X–Y deal closed in 2025") that the deal does not have is
  corrected and the deal's terms given (``event_years``, ``tools.year_premise``); a deal named by its year ("in its
  2023 deal") that the table does not hold still finds none;
* "does X's licence include Taiwan?" is the deal's territory, answered yes or no (``territory_places``).
"""

from __future__ import annotations

import csv
from decimal import Decimal

from assistant.answering.assistant import Assistant
from assistant.tools.territory_places import place_verdict
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _near, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = {row["deal_id"]: row for row in csv.DictReader(_handle)}


def _upfront(deal_id: str) -> Decimal:
    return Decimal(_DEALS[deal_id]["upfront_usd"])


def _calls(answer) -> list[tuple[str, dict]]:  # type: ignore[no-untyped-def]
    return [(call.tool, call.args) for call in answer.tool_calls]


def test_upfront_paid_to_each_lists_the_deals_not_their_sum(assistant: Assistant) -> None:
    answer = _ask(assistant, "Madrigal has licensed from two Chinese companies — what upfront did it pay each?")
    assert [tool for tool, _ in _calls(answer)] == ["find_deals"], answer.interpretation
    assert "$120 million" in answer.answer and "$60 million" in answer.answer, answer.answer
    total = _upfront("cspc-madrigal-2025") + _upfront("ribo-madrigal-2026")
    assert not _near(_values(answer), total, Decimal("1")), answer.answer  # no $180 million
    bms = _ask(assistant, "Bristol Myers Squibb has two Chinese licensors; what upfront did it pay to each?")
    assert "$800 million" in bms.answer and "$90 million" in bms.answer, bms.answer


def test_by_what_multiple_an_upfront_grew_is_the_upfront_ratio(assistant: Assistant) -> None:
    ratio = _upfront("cspc-astrazeneca-2026") / _upfront("cspc-astrazeneca-2024")
    for question in (
        "By what multiple did AstraZeneca's upfront to CSPC grow from the 2024 deal to the 2026 one?",
        "How many times did AstraZeneca's upfront to CSPC grow from the 2024 deal to the 2026 deal?",
    ):
        answer = _ask(assistant, question)
        assert _calls(answer)[0][1]["metric"] == "upfront", answer.interpretation
        assert f"{ratio:g} times" in answer.answer and "$100 million" in answer.answer, answer.answer
    counted = _ask(assistant, "How many times has CSPC licensed to AstraZeneca?")
    assert _calls(counted)[0][1]["operation"] == "count", counted.interpretation  # still a count of deals


def test_a_wrong_event_year_is_corrected_and_the_deal_given(assistant: Assistant) -> None:
    row = _DEALS["immuneonco-axion-2024"]
    answer = _ask(assistant, "Given the ImmuneOnco–Axion deal closed in 2025, what upfront did Axion pay?")
    assert not answer.abstained, answer.answer
    assert row["announced"] in answer.answer and "terminated" in answer.answer, answer.answer
    assert _near(_values(answer), _upfront("immuneonco-axion-2024"), Decimal("1")), answer.answer
    harbour = _ask(assistant, "Since the Harbour–AstraZeneca deal was signed in 2024, what was its upfront?")
    assert _DEALS["harbour-astrazeneca-2025"]["announced"] in harbour.answer and "$175 million" in harbour.answer
    several = _ask(assistant, "Given the Argo–Novartis deal was signed in 2023, what was the upfront?")
    assert "Which one do you mean?" in several.answer, several.answer  # two deals of other years: asked back
    named_by_year = _ask(assistant, "How much did Novo Nordisk pay United Labs upfront in its 2023 deal?")
    assert not _near(_values(named_by_year), _upfront("unitedlab-novonordisk-2025"), Decimal("1"))


def test_a_place_asked_of_a_deals_territory(assistant: Assistant) -> None:
    answer = _ask(assistant, "Does Regeneron's HS-20094 licence from Hansoh include Taiwan?")
    assert [tool for tool, _ in _calls(answer)] == ["get_deal"], answer.interpretation
    assert answer.answer.startswith("Yes") and "Taiwan" in answer.answer, answer.answer
    gsk = _ask(assistant, "Is Taiwan part of the territory GSK got from Hengrui in 2025?")
    assert gsk.answer.startswith("No: Taiwan"), gsk.answer
    summit = _ask(assistant, "Is Japan covered by Summit's Akeso licence?")
    assert summit.answer.startswith("Yes") and "Japan" in summit.answer, summit.answer
    tracker = _ask(assistant, "How many deals were in Greater China in 2025 per PharmCube?")
    assert [tool for tool, _ in _calls(tracker)] == ["market_stat"], tracker.interpretation


def test_place_verdicts_from_the_territory_column() -> None:
    assert place_verdict(_DEALS["sciwind-verdiva-2025"]["territory"], "Korea", "V").startswith("No")  # South Korea
    assert place_verdict(_DEALS["sciwind-verdiva-2025"]["territory"], "South Korea", "V").startswith("No")
    assert place_verdict(_DEALS["3sbio-pfizer-2025"]["territory"], "Hong Kong", "P").startswith("The table says only")
    assert place_verdict(_DEALS["argo-novartis-2024"]["territory"], "Japan", "N").startswith("The table does not say")
    kelun = _DEALS["kelun-harbour-windward-2025"]["territory"]  # "several Southeast/West Asian countries"
    assert place_verdict(kelun, "Singapore", "W").startswith("The table does not say")
    assert place_verdict(_DEALS["akeso-summit-2022"]["territory"], "India", "S").startswith("No")


def test_add_up_and_tell_me_which_is_two_asks(assistant: Assistant) -> None:
    upfronts = [_upfront(deal_id) for deal_id in ("curon-merck-2024", "lanova-merck-2024", "hansoh-merck-2024")]
    answer = _ask(assistant, "Add up Merck's 2024 upfronts to Chinese licensors and tell me which one was the biggest")
    assert [tool for tool, _ in _calls(answer)] == ["aggregate", "rank"], answer.interpretation
    assert _near(_values(answer), sum(upfronts), Decimal("1")) and "Curon" in answer.answer, answer.answer
