"""Deal words and company names typed in pinyin (outsider126): "shoufu" is the upfront, "licheng bei" the milestones,
"xinda" Innovent (信达生物: companies.csv holds "Xinda Shengwu" and, for a name typed short, "Xinda")."""

from __future__ import annotations

import pytest

from assistant.routing.pinyin_words import pinyin_read
from assistant.routing.router import Router
from tests.conftest import bundled_entities, one_call, route


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("top 3 by shoufu in 2025", "top 3 by upfront in 2025"),
        ("xinda takeda li cheng bei up to how much", "xinda takeda milestones up to how much"),
        ("shoufukuan and lichengbei?", "upfront and milestones?"),
        ("shoulder fund", "shoulder fund"),  # syllables inside other words are not read
    ],
)
def test_pinyin_deal_words_read_as_english(typed: str, read: str) -> None:
    assert pinyin_read(typed) == read


@pytest.mark.parametrize(
    ("word", "company"),
    [("xinda", "Innovent Biologics"), ("shiyao", "CSPC Pharmaceutical Group"), ("rongchang", "RemeGen")],
)
def test_a_pinyin_name_without_its_kind_word_names_the_company(word: str, company: str) -> None:
    assert [m.name for m in bundled_entities().find_companies(f"{word} deals").mentions] == [company]


@pytest.mark.parametrize(
    ("question", "tool", "metric"),
    [
        ("top 3 by shoufu in 2025", "rank", "upfront"),
        ("largest shoufu in 2024", "rank", "upfront"),
        ("xinda takeda licheng bei up to how much", "get_deal", "milestones"),
        ("sum of AZ shoufu across all its china deals", "aggregate", "upfront"),
    ],
)
def test_questions_in_pinyin_ask_the_measure_they_name(router: Router, question: str, tool: str, metric: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args.get("metric")) == (tool, metric), call.args
