""" "Early 2026", said of the year the corpus ends in, is that year so far: a tracker's year-to-date
figure answers a bare market question about it ("the average deal size in early 2026" is PharmCube's
January-February figure, not an average over the seven 2026 deals of our table); a past year's "early"
stays that year."""

from __future__ import annotations

from assistant.routing.periods import find_periods
from assistant.routing.router import Router
from tests.conftest import one_call, route


def test_early_in_the_last_year_is_that_year_so_far(router: Router) -> None:
    (period,) = find_periods("deals in early 2026", router.corpus_end)
    assert period.running and (period.year, period.month) == (2026, 1)
    (past,) = find_periods("deals in early 2025", router.corpus_end)
    assert not past.running and past.month is None and past.year == 2025


def test_a_bare_average_in_early_2026_is_the_trackers(router: Router) -> None:
    call = one_call(route(router, "What was the average deal size in early 2026?"))
    assert call.tool == "market_stat" and call.args["period"].startswith("2026-01/")


def test_a_company_count_in_early_2026_stays_ours(router: Router) -> None:
    call = one_call(route(router, "How many deals did AbbVie sign in early 2026"))
    assert call.tool == "aggregate" and call.args["filter"]["licensee"] == "AbbVie"
    assert call.args["filter"]["date_from"] == "2026-01-01"
