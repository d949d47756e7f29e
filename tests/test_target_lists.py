""" "Which PD-1/VEGF deals do you have?" lists the deals whose asset names that target, as "which ADC
deals" lists a modality's: a target written with a slash or a dot is one word of the ask (not brackets: "which Lp(a) deals" has no
target the filter reads, and listed every deal)."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("question", "asset"),
    [
        ("Which PD-1/VEGF bispecific deals do you have on file?", "PD-1/VEGF"),
        ("what CLDN18.2 deals are there", "CLDN18.2"),
    ],
)
def test_which_target_deals_lists_them(router: Router, question: str, asset: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "find_deals" and call.args["filter"]["asset"] == asset
