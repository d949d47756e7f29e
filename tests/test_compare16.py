"""Comparisons and growth (outsider72/74; the real assistant over the real tables, figures from deals.csv):

* one pair's two deals told apart by year, drug or order ("CSPC's 2026 deal with AstraZeneca vs its 2024 one",
  "CSPC AZ 26 tot vs 24 tot, how many x", "kelun had two merck deals in 2022 - the second one") are compared,
  the deal asked about first (``pair_apart``);
* licensees of two places set against each other ("US licensees than European ones") are two sides
  (``country_sides``);
* two named deals' one measure asked as a multiple the slots read as a count ("hengrui 2025 upfront from gsk is
  how many time the one from merck") or set "side by side" is one comparison (``pair_apart``, ``deal_gap``);
* two periods set against each other ("deal count 25 v 24", "has 2026-to-date oncology value passed the full 2024
  figure?", "Q2 versus Q1 2025") are two sides, not one span (``period_sides``).
"""

from __future__ import annotations

import csv
from decimal import Decimal

from assistant.answering.assistant import Assistant
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _near, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _ROWS = list(csv.DictReader(_handle))
_DEALS = {row["deal_id"]: row for row in _ROWS}


def _figure(deal_id: str, measure: str) -> Decimal:
    return Decimal(_DEALS[deal_id][f"{measure}_usd"])


def _ratio(first: str, second: str, measure: str) -> Decimal:
    return _figure(first, measure) / _figure(second, measure)


def test_pair_years_multiple_reads_the_two_deals(assistant: Assistant) -> None:
    answer = _ask(
        assistant,
        "By what multiple does the headline value of CSPC's 2026 deal with AstraZeneca exceed that of its 2024 deal?",
    )
    assert [call.tool for call in answer.tool_calls] == ["compare"], answer.answer
    assert _near(_values(answer), _ratio("cspc-astrazeneca-2026", "cspc-astrazeneca-2024", "total")), answer.answer
    assert "$18.5 billion" in answer.answer and "$2.02 billion" in answer.answer, answer.answer


def test_pair_years_the_one_asked_is_the_left_side(assistant: Assistant) -> None:
    answer = _ask(
        assistant, "CSPC and AZ did a deal in 2025 and another in 2026, how many times bigger was the 2026 one?"
    )
    assert _near(_values(answer), _ratio("cspc-astrazeneca-2026", "cspc-astrazeneca-2025", "total")), answer.answer
    assert "$5.3 billion" in answer.answer and "period" not in answer.answer, answer.answer


def test_pair_short_years(assistant: Assistant) -> None:
    answer = _ask(assistant, "CSPC AZ 26 tot vs 24 tot, how many x")
    assert _near(_values(answer), _ratio("cspc-astrazeneca-2026", "cspc-astrazeneca-2024", "total")), answer.answer


def test_pair_second_one_in_one_year(assistant: Assistant) -> None:
    answer = _ask(
        assistant, "kelun had two merck deals back in 2022 - how much more was the upfront on the second one?"
    )
    gap = _figure("kelun-merck-2022-12", "upfront") - _figure("kelun-merck-2022-05", "upfront")
    assert gap in _values(answer) and "$128 million more" in answer.answer, answer.answer


def test_pair_later_one_other_wording(assistant: Assistant) -> None:
    answer = _ask(assistant, "hansoh signed two gsk deals in 2023 - how much bigger was the total on the later one?")
    gap = _figure("hansoh-gsk-2023-12", "total") - _figure("hansoh-gsk-2023-10", "total")
    assert gap in _values(answer) and "$140 million more" in answer.answer, answer.answer


def test_pair_count_in_two_years_stays_a_count(assistant: Assistant) -> None:
    answer = _ask(assistant, "how many deals did CSPC and AstraZeneca sign in 2024 vs 2026?")
    assert all(
        call.args.get("metric") == "count" or call.args.get("operation") == "count" for call in answer.tool_calls
    )


_COUNTRY: dict[str, str] = {}
with open(DOCUMENTS / "companies.csv", encoding="utf-8") as _handle:
    _COUNTRY = {row["name"]: row["country"] for row in csv.DictReader(_handle)}
_EUROPE = {"UK", "Switzerland", "Germany", "Denmark", "France"}


def _placed(year: str, places: set[str], measure: str) -> tuple[int, Decimal]:
    rows = [
        row
        for row in _ROWS
        if row["scope"] == "main"
        and row["announced"][:4] == year
        and any(_COUNTRY.get(name) in places for name in row["licensee"].split(";"))
    ]
    return len(rows), sum((Decimal(row[f"{measure}_usd"]) for row in rows if row[f"{measure}_usd"]), Decimal(0))


def test_us_against_european_licensees_gap(assistant: Assistant) -> None:
    answer = _ask(
        assistant,
        "For my chapter on buyers: in 2024, how much more upfront money came from US licensees than from European ones?",
    )
    us, europe = _placed("2024", {"US"}, "upfront")[1], _placed("2024", _EUROPE, "upfront")[1]
    assert [call.tool for call in answer.tool_calls] == ["compare"], answer.answer
    assert us - europe in _values(answer) and "$660 million" in answer.answer, answer.answer


def test_american_or_japanese_buyers_who_paid_more(assistant: Assistant) -> None:
    answer = _ask(assistant, "did American buyers or Japanese buyers pay more upfront in 2025?")
    us, japan = _placed("2025", {"US"}, "upfront")[1], _placed("2025", {"Japan"}, "upfront")[1]
    assert us - japan in _values(answer), answer.answer


def test_two_places_counted(assistant: Assistant) -> None:
    answer = _ask(assistant, "how many deals did US companies sign compared with European companies in 2025?")
    us, europe = _placed("2025", {"US"}, "total")[0], _placed("2025", _EUROPE, "total")[0]
    assert f"{us} deals" in answer.answer and f"{europe} deals" in answer.answer, answer.answer
    assert Decimal(us - europe) in _values(answer), answer.answer


def _countries_set(args: object) -> bool:
    """True when a licensee place is set anywhere in a call's arguments: a side, a filter, the call itself."""
    if isinstance(args, dict):
        return bool(args.get("licensee_countries")) or any(_countries_set(value) for value in args.values())
    return isinstance(args, list) and any(_countries_set(value) for value in args)


def test_us_rights_is_no_licensee_place(assistant: Assistant) -> None:
    answer = _ask(assistant, "Hengrui GSK deal: upfront for US rights vs European rights?")
    assert answer.tool_calls and not any(_countries_set(call.args) for call in answer.tool_calls), answer.answer
    assert _figure("hengrui-gsk-2025", "upfront") in _values(answer), answer.answer  # the one deal's $500M
    assert "$500 million" in answer.answer and "Worldwide ex-mainland China" in answer.answer, answer.answer


def test_is_how_many_time_the_one_from(assistant: Assistant) -> None:
    answer = _ask(assistant, "hengrui 2025 upfront from gsk is how many time the one from merck")
    assert [call.tool for call in answer.tool_calls] == ["compare"], answer.answer
    assert _near(_values(answer), _ratio("hengrui-gsk-2025", "hengrui-merck-2025", "upfront")), answer.answer


def test_how_many_time_without_the(assistant: Assistant) -> None:
    answer = _ask(assistant, "pfizer 3sbio upfront is how many time abbvie remegen upfront")
    assert _near(_values(answer), _ratio("3sbio-pfizer-2025", "remegen-abbvie-2026", "upfront")), answer.answer


def test_how_many_times_has_stays_a_count(assistant: Assistant) -> None:
    answer = _ask(assistant, "how many times has CSPC licensed to AstraZeneca?")
    assert answer.tool_calls and answer.tool_calls[0].args.get("operation") == "count", answer.answer


def test_two_deals_side_by_side(assistant: Assistant) -> None:
    answer = _ask(assistant, "hansoh's two glp-1 deals (merck 24, regeneron 25) UF side by side")
    gap = _figure("hansoh-merck-2024", "upfront") - _figure("hansoh-regeneron-2025", "upfront")
    assert [call.tool for call in answer.tool_calls] == ["compare"], answer.answer
    assert gap in _values(answer) and "$80 million" in answer.answer, answer.answer


def _main(year: str, **fields: str) -> list[dict[str, str]]:
    return [
        row
        for row in _ROWS
        if row["scope"] == "main" and row["announced"][:4] == year and all(row[k] == v for k, v in fields.items())
    ]


def test_short_years_set_against_are_two_counts(assistant: Assistant) -> None:
    answer = _ask(assistant, "deal count 25 v 24 in the table")
    assert f"{len(_main('2025'))} deals announced in 2025" in answer.answer, answer.answer
    assert f"{len(_main('2024'))} deals announced in 2024" in answer.answer, answer.answer


def test_to_date_passed_the_full_year(assistant: Assistant) -> None:
    answer = _ask(assistant, "has 2026-to-date oncology deal value already passed the full 2024 figure?")
    totals = [
        sum(Decimal(row["total_usd"]) for row in _main(year, therapeutic_area="Oncology") if row["total_usd"])
        for year in ("2026", "2024")
    ]
    assert totals[0] in _values(answer) and totals[1] in _values(answer), answer.answer


def test_a_span_said_as_a_span_stays_one(assistant: Assistant) -> None:
    answer = _ask(assistant, "how many deals from 2024 to 2025 in the table")
    assert [call.tool for call in answer.tool_calls] == ["aggregate"], answer.answer


def test_two_quarters_gap(assistant: Assistant) -> None:
    answer = _ask(assistant, "how many deals in Q2 versus Q1 2025 in your table?")
    assert [call.tool for call in answer.tool_calls] == ["compare"], answer.answer
    assert "1 fewer on the first side" in answer.answer, answer.answer
