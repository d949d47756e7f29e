"""The semantic backstop (routing/backstop.py) with the real MiniLM and the real router: the question's
shape, the templates, the two forms (fill, disagree), what it leaves alone, the vector cache and the
shipped exemplar bank."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.answer import Turn
from assistant.corpus.tables import load_tables
from assistant.evaluation.exemplar_bank import NEVER_READ
from assistant.routing.backstop import (
    CATCH_ALL,
    EXEMPLARS_FILE,
    RULE_PREFIX,
    TABLE_TOOLS,
    Backstop,
    differ,
    shape,
    template_of,
    with_template,
)
from assistant.routing.intents import read_slots
from assistant.routing.router import Router
from assistant.search.embeddings import load_query_embeddings
from assistant.settings import Settings
from assistant.tools.schema import ToolCall

REPO = Path(__file__).resolve().parent.parent
LEAGUE_TOP = [  # other wordings of "who finished first in the league table": the licensors ranked by value
    "which company came top of the league table in Y",
    "who led the league table in Y",
    "who was top of the league table for Y",
]
FAR_AWAY = [("Why are multinationals licensing drugs from X?", "text"), ("When did the X deal close?", "text")]


class Encoder:
    """The bundled MiniLM (numpy forward pass), counting the texts it embeds."""

    def __init__(self) -> None:
        self.model = load_query_embeddings(Settings().resolved_embedding_model_path())
        self.texts = 0

    def __call__(self, texts: list[str]) -> list[list[float]]:
        self.texts += len(texts)
        return self.model.embed_documents(texts)


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder()


def bank(folder: Path, rows: list[tuple[str, str]]) -> Path:
    path = folder / "exemplars.jsonl"
    path.write_text("".join(json.dumps({"shape": q, "template": t}) + "\n" for q, t in rows), encoding="utf-8")
    return path


def routed(mode: str, rows: list[tuple[str, str]], folder: Path, encoder: Encoder) -> Router:
    backstop = Backstop(mode, encoder, bank(folder, rows), cache_dir=folder / "cache", model_key="minilm")
    return Router(load_tables(REPO / "documents"), backstop=backstop)


def test_the_shape_hides_companies_periods_and_assets(router: Router) -> None:
    question = "How much did Pfizer pay 3SBio upfront for SSGJ-707 in 2025?"
    slots = read_slots(question, router.entities, router.corpus_end)
    assert shape(question, slots) == "How much did X pay X upfront for Z in Y?"


def test_templates_name_the_kind_and_no_parameter() -> None:
    rank = ToolCall(tool="rank", args={"dimension": "licensee", "metric": "count", "filter": {"year": 2025}})
    assert template_of(rank) == "rank/licensee/count"
    assert template_of(ToolCall(tool="aggregate", args={"metric": "upfront", "operation": "sum"})) == "aggregate/sum"
    assert template_of(ToolCall(tool="get_deal", args={"licensor": "3SBio"})) == "get_deal"
    assert differ("rank/licensor/money", "rank/deal/money") and differ("aggregate/sum", "rank/deal/money")
    assert not differ("rank/licensor/money", "rank") and not differ("get_deal", "get_deal")


@pytest.mark.parametrize(
    "template",
    ["rank/deal/money", "rank/licensee/count", "rank/licensor/money", "aggregate/sum", "aggregate/count", "find_deals"],
)
def test_a_template_put_into_the_slots_plans_that_template(router: Router, template: str) -> None:
    slots = read_slots("Merck's deals in 2025", router.entities, router.corpus_end)
    calls = router.args.tool_calls(template.split("/")[0], with_template(template, slots))
    assert template_of(calls[0]) == template
    assert calls[0].args["filter"]["licensee"] == "Merck & Co." and calls[0].args["filter"]["year"] == 2025


def test_fill_takes_the_template_its_nearest_exemplars_agree_on(tmp_path: Path, encoder: Encoder) -> None:
    rows = [*[(q, "rank/licensor/money") for q in LEAGUE_TOP], *FAR_AWAY]
    question = "who finished first in the 2025 league table"
    assert Router(load_tables(REPO / "documents")).route(question).rule == CATCH_ALL  # the rules leave it
    plan = routed("fill", rows, tmp_path, encoder).route(question)
    assert plan.route == "table" and plan.rule.startswith(RULE_PREFIX)
    assert plan.tool_calls[0].tool == "rank"
    assert plan.tool_calls[0].args["dimension"] == "licensor" and plan.tool_calls[0].args["filter"]["year"] == 2025
    assert "read by likeness" in plan.interpretation and "rank/licensor/money" in plan.interpretation


def test_fill_needs_every_neighbour_to_agree(tmp_path: Path, encoder: Encoder) -> None:
    rows = [(LEAGUE_TOP[0], "rank/licensor/money"), (LEAGUE_TOP[1], "text"), (LEAGUE_TOP[2], "rank/licensor/money")]
    plan = routed("fill", rows, tmp_path, encoder).route("who finished first in the 2025 league table")
    assert plan.route == "text" and plan.rule == CATCH_ALL


def test_fill_leaves_a_question_unlike_every_exemplar(tmp_path: Path, encoder: Encoder) -> None:
    rows = [(q, "rank/licensor/money") for q in LEAGUE_TOP]
    plan = routed("fill", rows, tmp_path, encoder).route("Why are multinationals licensing drugs from China?")
    assert plan.route == "text" and plan.rule == CATCH_ALL


def test_disagree_asks_which_reading_when_the_exemplars_say_another_plan(tmp_path: Path, encoder: Encoder) -> None:
    # The rules count licensees' deals; a bank that labels such wordings as licensors ranked by value disagrees
    # (the rules' old misreadings, a market total for "which company topped ...", are fixed, so a contrary bank
    # stands in for them).
    question = "Which licensee signed the most deals in 2025?"
    rules_plan = Router(load_tables(REPO / "documents")).route(question)
    assert rules_plan.tool_calls[0].tool == "rank" and rules_plan.tool_calls[0].args["dimension"] == "licensee"
    wordings = (
        "Which licensee did the most deals in Y?",
        "Who signed most deals in Y?",
        "Which buyer signed the most deals in Y?",
    )
    plan = routed("disagree", [(q, "rank/licensor/money") for q in wordings], tmp_path, encoder).route(question)
    assert plan.route == "none" and not plan.tool_calls
    assert plan.clarification is not None and "two ways" in plan.clarification
    assert "ranking licensees (buyers) by number of deals" in plan.clarification  # the rules' reading
    assert "ranking licensors (Chinese companies) by total deal value" in plan.clarification  # the exemplars'
    assert plan.rule.startswith(RULE_PREFIX) and "rank" in plan.rule


def test_disagree_stays_quiet_when_the_exemplars_agree_with_the_rules(tmp_path: Path, encoder: Encoder) -> None:
    question = "Which licensee signed the most deals in 2025?"
    rows = [
        (q, "rank/licensee/count") for q in ("Which licensee did the most deals in Y?", "Who signed most deals in Y?")
    ]
    rows.append(("Which buyer signed the most deals in Y?", "rank/licensee/count"))
    plan = routed("disagree", rows, tmp_path, encoder).route(question)
    assert plan.route == "table" and plan.tool_calls[0].tool == "rank" and not plan.rule.startswith(RULE_PREFIX)


def test_follow_ups_chinese_questions_and_mode_off_are_not_reviewed(tmp_path: Path, encoder: Encoder) -> None:
    rows = [(q, "rank/licensor/money") for q in LEAGUE_TOP]
    router = routed("fill", rows, tmp_path, encoder)
    history = [Turn(question="How much did Pfizer pay 3SBio upfront?")]
    assert not router.route("who finished first in the 2025 league table", history).rule.startswith(RULE_PREFIX)
    assert not router.route("2025年谁登顶排行榜 league table").rule.startswith(RULE_PREFIX)
    before = encoder.texts
    (tmp_path / "off").mkdir()
    off = routed("off", rows, tmp_path / "off", encoder)
    assert off.route("who finished first in the 2025 league table").rule == CATCH_ALL
    assert encoder.texts == before  # off loads no bank and embeds nothing


def test_the_bank_vectors_are_cached_per_question(tmp_path: Path, encoder: Encoder) -> None:
    rows = [(q, "rank/licensor/money") for q in LEAGUE_TOP]
    path = bank(tmp_path, rows)
    first = Backstop("fill", encoder, path, cache_dir=tmp_path / "cache", model_key="minilm")
    before = encoder.texts
    first.bank()
    assert encoder.texts - before == len(rows)
    path.write_text(path.read_text(encoding="utf-8") + json.dumps({"shape": "new one", "template": "text"}) + "\n")
    second = Backstop("fill", encoder, path, cache_dir=tmp_path / "cache", model_key="minilm")
    before = encoder.texts
    exemplars, vectors = second.bank()
    assert len(exemplars) == len(rows) + 1
    assert encoder.texts - before == 1 and vectors.shape == (len(rows) + 1, 384)  # only the new question embedded
    found: list[Any] = second.nearest("who led the league table in Y", 1)
    assert found[0][2] == "who led the league table in Y" and found[0][0] == pytest.approx(1.0, abs=1e-4)


def test_the_shipped_bank_holds_only_tuning_questions_and_known_templates() -> None:
    tuning_ids = {
        json.loads(line)["id"]
        for path in (REPO / "evals").glob("*.jsonl")
        if path.name not in NEVER_READ
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    rows = [json.loads(line) for line in EXEMPLARS_FILE.read_text(encoding="utf-8").splitlines()]
    assert len(rows) > 500
    assert {row["source"] for row in rows} <= tuning_ids
    assert {row["template"].split("/")[0] for row in rows} <= {*TABLE_TOOLS, "text"}


def test_a_replayed_turn_keeps_the_rules_plan(tmp_path: Path, encoder: Encoder) -> None:
    """A conversation's earlier questions are replayed as the rules read them: the backstop reviews only the question
    asked, so a follow-up after a question it would have asked back about still follows the rules' plan."""
    first = "Which licensee signed the most deals in 2025?"
    wordings = (
        "Which licensee did the most deals in Y?",
        "Who signed most deals in Y?",
        "Which buyer signed the most deals in Y?",
    )
    router = routed("disagree", [(q, "rank/licensor/money") for q in wordings], tmp_path, encoder)
    assert router.route(first).clarification is not None
    plan = router.route("And in 2024?", [Turn(question=first)])
    assert plan.route == "table" and plan.tool_calls[0].tool == "rank"
    assert plan.tool_calls[0].args["dimension"] == "licensee" and plan.tool_calls[0].args["filter"]["year"] == 2024
