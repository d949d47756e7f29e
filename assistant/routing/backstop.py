"""The semantic backstop: a question's MiniLM vector set beside a bank of exemplar questions,
each labelled with the parameter-free plan template that answered it ("rank/licensee/count",
"aggregate/sum", "get_deal", "text").

Two forms, each behind ``Settings.semantic_backstop`` (off by default: see the README's
measurement):

- **fill**: when no rule took the question (the last rule, "everything else: the articles"),
  the nearest exemplars, all of one table template and all at least ``FILL_SIMILARITY`` alike,
  give their template; the companies, periods and filters still come from the rule slots, and
  the plan's interpretation says it was read by likeness.
- **disagree**: when the rules chose a table tool but the nearest exemplars, all of one other
  template and all at least ``DISAGREE_SIMILARITY`` alike, say the question is another kind
  (a ranking where the rules sum, deals where the rules rank licensors, the articles where the
  rules give a figure), the reply names both readings and asks which is meant: a clarifying
  question is acceptable, a confident figure for a different question is not.

The question is compared by its shape: company names, periods and asset codes are replaced
by placeholders first, so that two questions about the same deal do not look alike for that
reason alone. Only a first question is read (a follow-up's words lean on the turns before it),
and only an English one (the bundled MiniLM is an English model).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.routing.intents import Slots
from assistant.routing.interpretation import interpret_call
from assistant.routing.rules import Facts, Rule
from assistant.tools.schema import ToolCall

EXEMPLARS_FILE = Path(__file__).with_name("exemplars.jsonl")
CATCH_ALL = "everything else: the articles"  # the last rule of ``rules.RULES``
RULE_PREFIX = "semantic backstop"
TABLE_TOOLS = ("get_deal", "find_deals", "aggregate", "rank", "compare", "market_stat")
# Calibrated on the tuning eval files, leave-one-file-out (README, "Semantic backstop"): how many
# nearest exemplars must agree, and how alike each must be (cosine of the shapes' vectors).
NEIGHBOURS = 3
FILL_SIMILARITY = 0.80
DISAGREE_SIMILARITY = 0.75
CJK_RE = re.compile(r"[\u3400-\u9fff]")
_CUT_RE = re.compile(r", (?:top \d+|place \d+ only|all, (?:largest|smallest) first)$")

Encode = Callable[[list[str]], Any]  # texts to unit vectors, one row each
ToolCalls = Callable[[str, Slots], list[ToolCall]]


@dataclass(frozen=True)
class Exemplar:
    question: str
    template: str  # "rank/licensee/count": the tool, then the kinds that matter, no parameters


def template_of(call: ToolCall) -> str:
    """The parameter-free template of one tool call: its tool and the kinds that matter."""
    args = call.args
    if call.tool == "rank":
        by = "count" if args.get("metric") == "count" else "money"
        return f"rank/{args.get('dimension', 'deal')}/{by}"
    if call.tool == "aggregate":
        return f"aggregate/{args.get('operation', 'sum')}" + ("/distinct" if args.get("distinct") else "")
    if call.tool == "market_stat":
        return "market_stat/count" if args.get("metric") == "deal_count" else "market_stat"
    return call.tool


def differ(ours: str, theirs: str) -> bool:
    """Whether two templates are different plans: another tool, or the same tool with another kind
    ("rank/licensor/money" against "rank/deal/money"); a bare tool ("rank") differs in tool only."""
    mine, other = ours.split("/"), theirs.split("/")
    return mine[0] != other[0] or (len(mine) > 1 and len(other) > 1 and mine != other)


def with_template(template: str, s: Slots) -> Slots:
    """The slots with the template's kind put in: the operation, a ranking's dimension, a count."""
    tool, *kinds = template.split("/")
    update: dict[str, Any] = {}
    if tool == "rank":
        update = {"op": "rank", "count": False}
        if kinds:
            update |= {"dimension": kinds[0], "rank_by_count": kinds[1:] == ["count"]}
    elif tool == "aggregate":
        operation = kinds[0] if kinds else "sum"
        update = {"count": operation == "count", "op": None if operation == "count" else operation}
        if "distinct" in kinds:
            update["distinct"] = s.distinct or "other"
    elif tool == "find_deals":
        update = {"op": "find"}
    elif tool == "get_deal":
        update = {"op": None}
    elif tool == "market_stat":
        update = {"count": kinds == ["count"]}
    return s.model_copy(update=update)


def shape(question: str, s: Slots) -> str:
    """The question with its companies, periods and asset codes replaced by placeholders."""
    spans = [(m.start, m.end, "X") for m in s.mentions]
    spans += [(p.start, p.end, "Y") for p in s.periods if p.start >= 0]
    spans += [(start, start + len(code), "Z") for code, _, start in s.assets]
    text, taken = question, len(question) + 1
    for start, end, placeholder in sorted(set(spans), reverse=True):
        if end <= taken:  # overlapping spans: the later one is already replaced
            text, taken = text[:start] + placeholder + text[end:], start
    return text


def load_exemplars(path: Path) -> list[Exemplar]:
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [Exemplar(question=row["shape"], template=row["template"]) for row in rows]


class Backstop:
    """The exemplar bank and its two checks; ``mode`` is off, fill, disagree or both.

    Nothing is loaded until a question needs the bank: then the exemplars' vectors are read from
    ``cache_dir`` (computed once per model and question, by ``encode``) and kept."""

    def __init__(
        self,
        mode: str = "off",
        encode: Encode | None = None,
        exemplars: Path | None = None,
        cache_dir: Path | None = None,
        model_key: str = "",
    ) -> None:
        self.mode = mode if encode is not None else "off"
        self.encode = encode
        self.exemplars_path = exemplars or EXEMPLARS_FILE
        self.cache_dir = cache_dir
        self.model_key = model_key
        self._bank: tuple[list[Exemplar], np.ndarray] | None = None
        self._lock = threading.Lock()
        self.tool_calls: ToolCalls | None = None

    def planning_with(self, tool_calls: ToolCalls) -> Backstop:
        """This backstop, building the plans it weighs with the router's ``tool_calls``."""
        self.tool_calls = tool_calls
        return self

    def review(self, question: str, s: Slots, rule: Rule, first: bool) -> tuple[Rule, Slots, str | None]:
        """The rule (and slots) to plan with, and a clarifying question when the readings disagree."""
        tool_calls = self.tool_calls
        if self.mode == "off" or tool_calls is None or not first or CJK_RE.search(question):
            return rule, s, None
        fill = self.mode in ("fill", "both") and rule.name == CATCH_ALL
        disagree = self.mode in ("disagree", "both") and rule.decides in TABLE_TOOLS
        if not (fill or disagree):
            return rule, s, None
        agreed = self.agreed(shape(question, s), FILL_SIMILARITY if fill else DISAGREE_SIMILARITY)
        if agreed is None:
            return rule, s, None
        template, like = agreed
        if fill:
            return self._filled(template, like, s, rule, tool_calls)
        ours = _calls(tool_calls, rule.decides, s)
        if not ours or not differ(template_of(ours[0]), template):
            return rule, s, None
        asked = _two_readings(ours, template, s, tool_calls)
        if asked is None:
            return rule, s, None
        name = f"{RULE_PREFIX}: the rules' {template_of(ours[0])} against exemplars' {template} (like '{like}')"
        return Rule(name, "clarify", rule.when, rule.example), s, asked

    def agreed(self, text: str, similarity: float) -> tuple[str, str] | None:
        """The template the nearest exemplars all carry, and the nearest one's question, when each
        of ``NEIGHBOURS`` is at least ``similarity`` alike; else None."""
        found = self.nearest(text, NEIGHBOURS)
        templates = {template for _, template, _ in found}
        if len(found) < NEIGHBOURS or len(templates) != 1 or found[-1][0] < similarity:
            return None
        return found[0][1], found[0][2]

    def nearest(self, text: str, k: int) -> list[tuple[float, str, str]]:
        """The ``k`` exemplars most alike ``text`` (a shape): similarity, template, question."""
        exemplars, vectors = self.bank()
        if not exemplars or self.encode is None:
            return []
        query = np.asarray(self.encode([text]), dtype=np.float32)[0]
        similarities = vectors @ query
        order = np.argsort(-similarities, kind="stable")[:k]
        return [(float(similarities[n]), exemplars[n].template, exemplars[n].question) for n in order]

    def bank(self) -> tuple[list[Exemplar], np.ndarray]:
        with self._lock:
            if self._bank is None:
                exemplars = load_exemplars(self.exemplars_path)
                self._bank = exemplars, self._vectors([e.question for e in exemplars])
            return self._bank

    def _filled(
        self, template: str, like: str, s: Slots, rule: Rule, tool_calls: ToolCalls
    ) -> tuple[Rule, Slots, str | None]:
        tool = template.split("/")[0]
        if tool not in TABLE_TOOLS or (tool in ("get_deal", "compare") and not Facts.party(s)):
            return rule, s, None
        filled = with_template(template, s)
        if not _calls(tool_calls, tool, filled):
            return rule, s, None
        return Rule(f"{RULE_PREFIX}: read like '{like}' ({template})", tool, rule.when, rule.example), filled, None

    def _vectors(self, texts: list[str]) -> np.ndarray:
        """The texts' vectors, from the cache where it has them; the rest encoded and added to it."""
        if self.encode is None:
            return np.zeros((0, 0), dtype=np.float32)
        cache = None
        known: dict[str, np.ndarray] = {}
        if self.cache_dir is not None:
            key = hashlib.sha256(self.model_key.encode()).hexdigest()[:16]
            cache = self.cache_dir / f"exemplars-{key}.npz"
            if cache.is_file():
                with np.load(cache) as stored:
                    known = dict(zip(stored["texts"].tolist(), stored["vectors"], strict=True))
        missing = [text for text in dict.fromkeys(texts) if text not in known]
        if missing:
            known.update(zip(missing, np.asarray(self.encode(missing), dtype=np.float32), strict=True))
            if cache is not None:
                cache.parent.mkdir(parents=True, exist_ok=True)
                partial = cache.with_suffix(".tmp.npz")
                np.savez(partial, texts=np.array(list(known)), vectors=np.stack(list(known.values())))
                partial.replace(cache)
        return np.stack([known[text] for text in texts]) if texts else np.zeros((0, 0), dtype=np.float32)


def _calls(tool_calls: ToolCalls, kind: str, s: Slots) -> list[ToolCall]:
    """The tool calls a kind would make, or none when its arguments cannot be built from these slots."""
    try:
        return tool_calls(kind, s)
    except (ValueError, KeyError, TypeError, IndexError):
        return []


def _two_readings(ours: Sequence[ToolCall], template: str, s: Slots, tool_calls: ToolCalls) -> str | None:
    """The clarifying question naming both readings; None when they come out the same in words."""
    tool = template.split("/")[0]
    theirs = _calls(tool_calls, tool, with_template(template, s)) if tool in TABLE_TOOLS else []
    if tool in TABLE_TOOLS and not theirs:
        return None  # the other reading cannot be planned with what the question names
    mine = _reading(ours[0])
    other = _reading(theirs[0]) if theirs else "an account from the articles, with no figure from the table"
    return None if other == mine else f"I can read this question two ways: {mine}, or {other}. Which do you mean?"


def _reading(call: ToolCall) -> str:
    """A plan in words without a ranking's cut ("top 1"): a number the question did not say is no part of a question back."""
    return _CUT_RE.sub("", interpret_call(call))


def noted(rule: str, interpretation: str) -> str:
    """The interpretation, saying so when the backstop read the question by likeness."""
    if rule.startswith(f"{RULE_PREFIX}: read like"):
        return f"{interpretation} (read by likeness to earlier questions: {rule.split(': ', 1)[1]})"
    return interpretation
