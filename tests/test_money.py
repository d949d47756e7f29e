"""Money parsing and rendering: round trips and the qualifier of a sum."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from assistant.money import Money, combine_qualifiers, parse_money, render_amount, render_money

QUALIFIERS = st.sampled_from(["exact", "up_to", "approx", "at_least", "incl_near_term"])
WHOLE_DOLLARS = st.integers(min_value=0, max_value=10**14).map(Decimal)
# Millions with up to three decimals, as deal news writes them ("$1.055 billion", "$12.5 million").
MILLIONS = st.integers(min_value=1, max_value=10**9).map(lambda thousandths: Decimal(thousandths) / 1000 * 10**6)


@given(amount=st.one_of(WHOLE_DOLLARS, MILLIONS), qualifier=QUALIFIERS)
def test_render_then_parse_round_trips(amount: Decimal, qualifier: str) -> None:
    money = Money(amount=amount, qualifier=qualifier)  # type: ignore[arg-type]
    assert parse_money(render_money(money)) == money


def test_undisclosed_round_trips_as_undisclosed() -> None:
    text = render_money(Money(amount=None, qualifier="undisclosed"))
    assert text == "not disclosed"
    assert parse_money(text) == Money(amount=None, qualifier="undisclosed")


def test_rendering_examples() -> None:
    assert render_money(Money(amount=Decimal("1250000000"))) == "$1.25 billion"
    assert render_money(Money(amount=Decimal("4800000000"), qualifier="up_to")) == "up to $4.8 billion"
    assert render_amount(Decimal("588000000")) == "$588 million"
    assert render_amount(Decimal("1400000000")) == "$1.4 billion"


def test_hand_computed_sums() -> None:
    # Merck & Co.'s 2024 upfronts: LaNova $588M + Curon $700M + Hansoh $112M.
    parts = [parse_money("$588 million"), parse_money("$700 million"), parse_money("$112 million")]
    total = sum((part.amount for part in parts if part.amount is not None), Decimal(0))
    assert total == Decimal("1400000000")
    assert render_money(Money(amount=total, qualifier=combine_qualifiers(p.qualifier for p in parts))) == "$1.4 billion"
    # Hengrui's 2025 totals: $1.97B (up to) + $12.5B (about) + $1.088B (about) + $1.111B (up to).
    stated = ["up to $1.97 billion", "about $12.5 billion", "about $1.088 billion", "up to $1.111 billion"]
    hengrui = [parse_money(text) for text in stated]
    assert sum((m.amount for m in hengrui if m.amount is not None), Decimal(0)) == Decimal("16669000000")
    assert combine_qualifiers(m.qualifier for m in hengrui) == "up_to"


@given(st.lists(QUALIFIERS, min_size=1))
def test_a_sum_with_an_up_to_part_is_up_to(qualifiers: list[str]) -> None:
    combined = combine_qualifiers(qualifiers)  # type: ignore[arg-type]
    assert (combined == "up_to") == ("up_to" in qualifiers)
    assert (combined == "exact") == all(q == "exact" for q in qualifiers)
