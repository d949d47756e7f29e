"""Each routing rule takes its own example and none of the phrasings it must not take."""

from __future__ import annotations

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from assistant.routing.rules import RULES, Rule
from tests.conftest import DOCUMENTS


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(load_tables(DOCUMENTS))


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_a_rule_takes_its_example(router: Router, rule: Rule) -> None:
    plan = router.route(rule.example)
    assert plan.rule == rule.name, f"{rule.example!r} went to rule {plan.rule!r}: {plan.model_dump_json()}"


@pytest.mark.parametrize(
    ("rule", "phrase"), [(r, p) for r in RULES for p in r.not_for], ids=lambda x: getattr(x, "name", x)
)
def test_a_rule_leaves_what_it_must_not_take(router: Router, rule: Rule, phrase: str) -> None:
    assert router.route(phrase).rule != rule.name


def test_the_plan_says_in_words_what_it_computes(router: Router) -> None:
    plan = router.route("What were the three largest deals of 2025 by upfront?")
    assert plan.interpretation.startswith("ranking deals by upfront payment")
    assert "2025" in plan.interpretation and "top 3" in plan.interpretation
    lookup = router.route("How much did Pfizer pay 3SBio upfront?")
    assert lookup.interpretation == "upfront payment of one deal: 3SBio → Pfizer"
