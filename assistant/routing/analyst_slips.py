"""A sell-side analyst's terse asks, spelt out before the question is split and read (outsider104).

Each rule is a plain record, as in ``pm_shorthand``: a name, the pattern it takes, the words it writes (those
the router's own patterns read), its example and the phrasings it must not take (``tests/test_analyst_slips.py``
runs them). It is applied to the whole question before it is split into parts, so the plan's audit reads the
same words the router did:

- "still live or dead?", "is it dead", "dead or alive": the deal's status ("still active?"), not its article;
- "single biggest headline": the one largest deal by headline value (a bare "headline" after a superlative
  is the measure, not a list of five);
- "headline upfront": the upfront as announced, not the total ("headline" only qualifies it);
- "terr": the territory;
- "upfront/headline ratio", "upfront-to-total ratio": the upfront as a share of the total, which ``rank``
  computes per deal (``upfront_share``);
- a superlative question with a guess, "which was the biggest …? isn't it X?", "… - was it X?": the guess is
  the asker's premise, said as ", X, right?" so the ranking runs over the asked scope and the guess is checked
  against it (``superlative_claims``), never a filter that ranks X's deal alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_I = re.IGNORECASE


@dataclass(frozen=True)
class Slip:
    name: str
    pattern: re.Pattern[str]
    written: str
    example: str
    not_for: tuple[str, ...] = ()


# a superlative said before the guess: only then is "isn't it X?" a guess at the ranking's leader
_SUPERLATIVE = r"(?:biggest|largest|highest|richest|smallest|lowest|most|fewest|top|最大|最高|最多|最少|最低|第一)"

# "upfront/headline ratio", "uf-to-tv ratio", "upfront:total %": one deal's upfront over its total
_RATIO = (
    r"(?:up[\s-]?front|uf|upf)\s*(?:/|-to-|\s+to\s+|:)\s*(?:headline|total|tv|tot|deal value|total value)"
    r"(?:\s+value)?\s+(?:ratio|share|%)"
)

SLIPS: tuple[Slip, ...] = (
    Slip(
        "a deal asked still live is its status",
        re.compile(r"\b(is|are|was)\b([^?.;]{0,60}?)\bstill\s+(?:live|alive)\b", _I),
        r"\1\2still active",
        "is the Hengrui/GSK deal still live?",
        ("is there a live webcast?",),
    ),
    Slip(
        "live or dead is the status",
        re.compile(
            r"\b(?:(?:still\s+)?(?:live|alive)\s+or\s+(?:dead|terminated|killed)|(?:dead|terminated)\s+or\s+(?:alive|live)|"
            r"still\s+(?:live|alive))\b",
            _I,
        ),
        "is it still active",
        "IMM2510 deal w/ Axion - still live or dead?",
        ("is the live webcast archived?", "dead-cat bounce in biotech stocks"),
    ),
    Slip(
        "a deal asked dead is its status",
        re.compile(
            r"\b(is|was)\s+(it|(?:the|that|this)\s+(?:[\w/&-]+\s+){0,3}?(?:deal|licen[cs]e|pact|agreement))\s+(?:now\s+)?dead\b",
            _I,
        ),
        r"\1 \2 still active",
        "is the Curon deal dead?",
        ("the deal is dead simple", "is it a dead end for the field?"),
    ),
    Slip(
        "a bare headline after a superlative is the deal's total",
        re.compile(
            r"\b(single\s+)?(biggest|largest|smallest|highest|lowest)\s+headline\b"
            r"(?!\s*(?:value|number|figure|total|deal|amount|\$|upfront|up-front|uf|tv))",
            _I,
        ),
        r"\1\2 deal by headline value",
        "single biggest headline in the whole dataset?",
        ("biggest headline value of 2025", "largest headline deal"),
    ),
    Slip(
        "headline upfront is the upfront",
        re.compile(r"\bheadline\s+(up[\s-]?front|uf|upf)\b", _I),
        r"\1",
        "IVT/Takeda — headline upfront; how much of it is equity?",
        ("headline value and upfront",),
    ),
    Slip(
        "terr is the territory",
        re.compile(r"\bterrs?\b\.?(?!-)", _I),
        "territory",
        "royalties + terr?",
        ("terrific deal", "terra incognita"),
    ),
    Slip(
        "the lowest upfront-to-headline ratio ranks the deals by their upfront's share of the total",
        re.compile(rf"\b(lowest|highest|smallest|largest|biggest|min|max)\s+{_RATIO}", _I),
        r"deal with the \1 upfront as a share of its total",
        "lowest upfront/headline ratio in the table",
        ("lowest upfront of 2025 in total",),
    ),
    Slip(
        "an upfront-to-headline ratio is the upfront's share of the total",
        re.compile(rf"\b{_RATIO}", _I),
        "upfront as a share of its total",
        "upfront/headline ratio of the Hengrui-GSK deal",
        ("upfront to total value of 2025 deals",),
    ),
)

# "…? isn't it Hengrui-GSK?", "…, wasn't it X?", "… - was it X?", "…？不是恒瑞GSK吗", "…？是不是辉瑞三生?": a guess at the
# leader, closing the question; "was it" must be followed by a name (capital or Chinese), "which drug was it?" asks
_GUESS_RE = re.compile(
    r"\s*(?:[?？,，;；.。]|\s[-–—])\s*(?:(?:isn['’]t|wasn['’]t|is\s+it\s+not)\s+(?:it|that)\s+|was\s+it\s+(?=[A-Z\u3400-\u9fff])|"
    r"(?:难道)?不(?:就)?是|是不是|应该是)(?P<guess>[^?？最]{2,40}?)(?:吗|嘛|么|吧)?\s*[?？]*\s*$"
)


def analyst_read(question: str, names: Callable[[str], bool] | None = None) -> str:
    """``question`` with the analyst's slips spelt out (see the module docstring); unchanged when it has none.
    ``names`` tells whether a text names a company: with it, only a guess naming one is a guess ("…最大的是哪笔?
    是不是已经交割了?" asks whether it closed)."""
    for slip in SLIPS:
        question = slip.pattern.sub(slip.written, question)
    guess = _GUESS_RE.search(question)
    if guess and names is not None and not names(guess.group("guess")):
        return question
    if guess and re.search(_SUPERLATIVE, question[: guess.start()], _I):
        question = f"{question[: guess.start()]}, {guess.group('guess').strip()}, right?"
    return question
