"""Money bounds in a question: "an upfront under $100 million", "topped $5B", "at least half a
billion dollars upfront", "between $100M and $500M", each on the money field it is said of.

``read_bounds`` reads them out of the question's text and returns that text with the amounts
blanked (same length, so every later span still points into the question): amounts are filters,
never the figure asked for nor a comparison.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from assistant.routing.wording import METRIC_RES


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


MONEY_RE = _re(
    r"(?<![A-Za-z])(at most|no more than|not more than|no less than|not less than|more than|greater than|larger than|bigger than|higher than|(?<!handed )(?<!hand )(?<!hands )(?<!forked )(?<!shelled )(?<!turned )over|above|exceeding|at least|less than|smaller than|lower than|"
    r"to (?:top|cross|pass|break|beat|crack|breach)|cross(?:ed|es|ing)|topp(?:ed|ing)|tops|top(?=\s*(?:us)?\$|\s*\d[\d.]*\s?(?:billion|bn|b)\b(?!-))|beat(?:s|ing)?|broke|exceed(?:ed|s)?|clear(?:ed|s|ing)?|surpass(?:ed|es|ing)?|north of|upwards of|in excess of|beyond|"
    r"south of|shy of|(?:fell |falls |fall |came in )?short of|not exceeding|"
    r"under|below|>=|≥|>|<=|≤|<)\s*(?:us)?\$?\s?(\d+(?:\.\d+)?)\s?(billion|bn|b|million|mil|mln|mn|m)\b"
)
# ("handed over $800m or more": "over" is the verb's, the bound is "or more".)
# "$1B or more", "$500M+", "$100 million or less", "UF of 1bn+": the bound is said after the amount.
MONEY_AFTER_RE = _re(
    r"(?:(?:us)?\$|(?<![\w.$-]))\s?(\d+(?:\.\d+)?)\s?(billion|bn|b|million|mil|mln|mn|m)\b\s*"
    r"(\+|-?\s?plus\b|or (?:more|above|higher|greater|larger|over)|and (?:above|up|over)|or (?:less|below|lower|smaller|under)|and (?:below|under))"
    r"(?!\s*(?:us)?\$?\s?\d)"  # "above $50 million and below $200 million": a band, not "$50 million and below"
)
# "between $100M and $500M": both bounds, each keeping its amount in; "between 140 and 180 million $": the unit
# (and the dollar sign) said once, after the second amount (a bare first number is never a year: "between 2023 and");
# "an upfront of 20 to 30 million dollars": the same band said with "of ... to", never "of ... and" ("an upfront of
# $50 million and $1 billion in milestones" is two measures, not a band), nor with a measure after the second amount
_BAND_AMOUNT = (
    r"(?:(?:us)?\$\s?|(?!(?:19|20)\d\d\b))(?P<lo>\d+(?:\.\d+)?)\s?(?P<lo_unit>billion|bn|b|million|mil|mln|mn|m)?"
)
_MEASURE_AFTER = (
    r"\s*(?:(?:us\s+)?dollars?|usd)?\s*(?:(?:in|of|for|as)\s+)?(?:(?:the|its|their)\s+)?"
    r"(?:up[\s-]?fronts?|milestones?|bio[\s-]?bucks|equity|royalt\w*|total|deal values?|payments?)\b"
)
MONEY_BETWEEN_RE = _re(
    rf"\b(?:between|(?P<of>of))\s+{_BAND_AMOUNT}\s+(?(of)to|(?:and|to))\s+(?:us)?\$?\s?(?P<hi>\d+(?:\.\d+)?)\s?"
    rf"(?P<hi_unit>billion|bn|b|million|mil|mln|mn|m)\b(?(of)(?!{_MEASURE_AFTER}))"
)
# "a bigger upfront than 500m", "milestones larger than $1bn": the comparison word before the measure, "than" after it
_SPLIT_THAN_RE = _re(r"(?<![A-Za-z])than\s*(?:us)?\$?\s?(\d+(?:\.\d+)?)\s?(billion|bn|b|million|mil|mln|mn|m)\b")
_COMPARATIVE_BEFORE_RE = _re(r"\b(bigger|larger|higher|greater|more|smaller|lower|less)\s+((?:[\w-]+\s+){1,3})$")
# Comparison words that keep their amount in ("at least $1 billion", "≥ $1B"); "below" words bound from above.
INCLUSIVE_BOUNDS = frozenset(
    ["at least", "at most", "no more than", "not more than", "no less than", "not less than", ">=", "≥", "<=", "≤"]
)
UPPER_BOUNDS = frozenset(
    [
        *(
            "less than",
            "smaller than",
            "lower than",
            "under",
            "below",
            "at most",
            "no more than",
            "not more than",
            "<",
            "<=",
            "≤",
        ),
        *("south of", "shy of", "short of", "fell short of", "falls short of", "fall short of", "came in short of"),
        "not exceeding",
    ]
)
# "half a billion dollars", "a quarter-billion", "two billion": amounts in words, read as digits.
_SPELT_AMOUNTS = {"half a": "0.5", "a half": "0.5", "half": "0.5", "a quarter of a": "0.25", "quarter of a": "0.25"}
_SPELT_AMOUNTS |= {"a quarter": "0.25", "quarter": "0.25", "a": "1", "one": "1", "two": "2", "three": "3"}
_SPELT_AMOUNTS |= {"four": "4", "five": "5", "ten": "10"}
SPELT_AMOUNT_RE = _re(
    r"\b(half a|a half|half|a quarter of a|quarter of a|a quarter|quarter|a|one|two|three|four|five|ten)[\s-]+"
    r"(billion|million)(?:\s+(?:us\s+)?dollars|\s+usd)?\b"
)


def spelt_amounts_as_digits(text: str) -> str:
    """ "at least half a billion dollars upfront" -> "at least 0.5 billion ... upfront", keeping every
    position (the spans read later point into the question); "less then 1 billion" -> "less than 1 billion";
    "under 100mm" -> "under $100m"."""

    def digits(match: re.Match[str]) -> str:
        said = f"{_SPELT_AMOUNTS[match.group(1).lower()]} {match.group(2).lower()}"
        # "$" when it fits: "half a billion dollars or more" then reads as "$0.5 billion or more"
        for digits in (f"${said}", said):
            if len(digits) <= len(match.group()):
                return digits.ljust(len(match.group()))
        return match.group()

    return _MM_RE.sub(
        lambda m: f"${m.group(2)}m{m.group(1) and ' '}", _THEN_RE.sub(_than, SPELT_AMOUNT_RE.sub(digits, text))
    )


# "upfront under 100mm", "at least 300MM upfront": the desk's "mm" for million, read as "$300m" (same length)
_MM_RE = _re(r"(?<![\d.])(\$?)(\d+(?:\.\d+)?)mm\b")


# "total less then 1 billion", "upfront more then $100m": "then" typed for "than" after a comparison word
_THEN_RE = _re(r"\b(?:less|more|greater|larger|bigger|higher|smaller|lower)\s+(then)(?=\s*(?:us)?\$?\s?\d)")


def _than(match: re.Match[str]) -> str:
    said = match.group()
    return said[: match.start(1) - match.start()] + "than"


# "billion-dollar deals", "billion-dollar-plus deals", "$1bn+ deals", and with up to three words of kind between ("billion-dollar China
# out-licensing deals", "$1B+ Chinese licensing deals"); a payment word between ("billion-dollar upfront deals")
# bounds that payment, not the deal's total, and is left to the money bounds
_KIND_WORDS = r"(?:\s+(?!(?:up[\s-]?fronts?|milestones?|equity|royalt\w*|payments?)\b)[\w-]+){0,3}?"
BILLION_DOLLAR_RE = _re(
    rf"\bbillion[- ]dollar(?:[- ]?(?:plus|\+))?{_KIND_WORDS}\s+deals?\b|\b(?:\$\s?1|one)[- ]?(?:billion|bn|b)\+?{_KIND_WORDS}\s+deals?\b"
)


def money_bounds(text: str) -> list[tuple[re.Match[str], str, str, str]]:
    """Each money bound (match, comparison word, number, unit): "over $1 billion", "> $5bn", "$1B or more"."""
    found = [(m, m.group(1).lower(), m.group(2), m.group(3)) for m in MONEY_RE.finditer(text)]
    found += [(m, m.group(3).lower(), m.group(1), m.group(2)) for m in MONEY_AFTER_RE.finditer(text)]
    for m in MONEY_BETWEEN_RE.finditer(text):
        low, high = (m, "at least", m["lo"], m["lo_unit"] or m["hi_unit"]), (m, "at most", m["hi"], m["hi_unit"])
        found += [low, high]
    for m in _SPLIT_THAN_RE.finditer(text):
        before = _COMPARATIVE_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()])
        if before and any(pattern.search(before.group(2)) for _, pattern in METRIC_RES):
            word = "less than" if before.group(1).lower() in ("smaller", "lower", "less") else "more than"
            found.append((m, word, m.group(1), m.group(2)))
    return found


@dataclass
class Bounds:
    """The bounds read: DealFilter field -> amount, the exclusive ones, the metric words they used."""

    amounts: dict[str, Decimal] = field(default_factory=dict)
    exclusive: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    billion_dollar: bool = False  # "billion-dollar deals": a total of $1 billion or more


# Only a joining word between two bounds: the second bound is on the first one's field.
_BAND_JOIN_RE = _re(r"\s*,?\s*(?:and|but|yet|while)?\s*(?:also\s+|still\s+)?")


def read_bounds(text: str) -> tuple[Bounds, str]:
    """The bounds in ``text``, and ``text`` with them blanked."""
    text = spelt_amounts_as_digits(text)
    found = Bounds()
    previous: tuple[int, str] | None = None  # where the last bound ended, and its field
    said = [(*found_bound, _amount(found_bound[2], found_bound[3])) for found_bound in money_bounds(text)]
    for index, (bound, word, _, _, amount) in enumerate(said):
        side = _side(word)
        metric, span = _bound_metric(text, bound.start(), bound.end())
        if span is None and previous and _BAND_JOIN_RE.fullmatch(text[previous[0] : bound.start()]):
            metric = previous[1]  # "an upfront more than $110m and less than $200m": a band on one field
        elif span is None and index + 1 < len(said):
            metric = _band_named_after(text, said[index], said[index + 1]) or metric
        previous = (bound.end(), metric)
        if word not in INCLUSIVE_BOUNDS and bound.re in (MONEY_RE, _SPLIT_THAN_RE):
            found.exclusive.append(f"{side}_{metric}_usd")  # "over $1 billion" leaves out exactly $1 billion
        if span:
            found.spans += [*_words_before(text, span), span]
        found.amounts[f"{side}_{metric}_usd"] = amount
    found.billion_dollar = bool(BILLION_DOLLAR_RE.search(text))
    text = MONEY_BETWEEN_RE.sub(_blank, text)
    for bound, _, _, _ in money_bounds(text):  # "a bigger upfront than 500m": its "than 500m" blanked
        if bound.re is _SPLIT_THAN_RE:
            text = text[: bound.start()] + _blank(bound) + text[bound.end() :]
    return found, BILLION_DOLLAR_RE.sub(_blank, MONEY_AFTER_RE.sub(_blank, MONEY_RE.sub(_blank, text)))


def _amount(digits: str, unit: str) -> Decimal:
    return (Decimal(digits) * (Decimal(10) ** (9 if unit.lower().startswith("b") else 6))).quantize(Decimal(1))


def _side(word: str) -> str:
    upper = word in UPPER_BOUNDS or word.startswith(("or l", "or b", "or s", "or u", "and b", "and u"))
    return "max" if upper else "min"


def _band_named_after(text: str, first: tuple, second: tuple) -> str | None:  # type: ignore[type-arg]
    """The field of a band whose measure is said once, after its second amount: "more than $150m but
    less than $500m upfront" is one band on the upfront (150m < upfront < 500m), not a total over
    $150m and an upfront under $500m. Only a lower and an upper bound that leave room between them."""
    bound, word, amount = first[0], first[1], first[4]
    later, later_word, later_amount = second[0], second[1], second[4]
    if later.re is not MONEY_RE or not _BAND_JOIN_RE.fullmatch(text[bound.end() : later.start()]):
        return None
    sides = (_side(word), _side(later_word))
    if sorted(sides) != ["max", "min"] or (amount < later_amount) != (sides[0] == "min"):
        return None
    metric, span = _bound_metric(text, later.start(), later.end())
    return metric if span is not None and span[0] >= later.end() else None


def bound_phrases(text: str) -> list[tuple[int, int]]:
    """Where each bound is said, with the metric word it is on: "an upfront above $500 million",
    "more than $1 billion in headline value", "billion-dollar deals" (a lead-in passes them on)."""
    text = spelt_amounts_as_digits(text)
    found = [(m.start(), m.end()) for m in BILLION_DOLLAR_RE.finditer(text)]
    for bound, _, _, _ in money_bounds(text):
        _, span = _bound_metric(text, bound.start(), bound.end())
        words = [*_words_before(text, span), span] if span else []
        found.append((min([bound.start()] + [s for s, _ in words]), max([bound.end()] + [e for _, e in words])))
    return found


def _words_before(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Metric words right before a bound's metric word name the same filter: "the headline total
    cleared $1 billion" reads "the headline" as the total too, and neither is the figure asked for."""
    return [
        (match.start(), match.end())
        for _, pattern in METRIC_RES
        for match in pattern.finditer(text, max(0, span[0] - 40), span[0])
        if not text[match.end() : span[0]].strip()
    ]


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


_DEALS_BETWEEN_RE = _re(r"\b(?:deals?|transactions?|agreements?|licens\w*|partnerships?|pacts?)\b")
# "total upfront on the $1bn+ partnerships": the amount says the deals' size, before their noun (outsider156)
_SIZED_DEALS_RE = _re(
    r"\+?(?:\s+(?!(?:up[\s-]?fronts?|ufs?|upf|milestones?|ms|equity|royalt\w*|payments?|cash|biobucks)\b)[\w-]+){0,3}?"
    r"\s+(?:deals?|transactions?|agreements?|licen[cs]es|partnerships?|pacts?)\b"
)


def _bound_metric(text: str, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    """The money field a bound at ``start`` is on: the metric word nearest before it in the same
    clause ("an upfront under $100 million", "a total over $1 billion"), else one right after the
    amount ("less than $60 million upfront"); total when none is named."""
    best: tuple[str, tuple[int, int] | None] = ("total", None)
    # a measure said before the amount bounds it ("upfronts of $100m+ among ADC deals", "upfront payment $100m+
    # deals") unless a preposition sets the deals apart from it ("total upfront on the $1bn+ partnerships")
    before = re.search(
        r"\b(?:up[\s-]?fronts?|ufs?|upf|milestones?|ms|equity)\b(?P<link>[^$\d]{0,30})$", text[:start], re.I
    )
    apart = before is None or re.fullmatch(
        r"\s+(?:on|across|for|from|in)\s+(?:the|all|those|these)?\s*", before["link"]
    )
    if "+" in text[start : end + 1] and _SIZED_DEALS_RE.match(text, end) and apart:
        return best  # "$1bn+ partnerships"; not "upfront over $100m deals", a bound on the upfront
    for metric, pattern in METRIC_RES:
        if metric not in ("upfront", "milestones", "total", "equity"):
            continue
        for match in pattern.finditer(text, max(0, start - 40), start):
            # "paid less than $50M upfront yet carried more than $1B": the second bound is no longer on the upfront
            same_clause = not re.search(r"\b(?:but|and|while|with|yet|whereas)\b", text[match.end() : start])
            if metric == "equity" and _DEALS_BETWEEN_RE.search(text[match.end() : start]):
                continue  # "how much equity was invested in deals over $1bn": the bound is on the deals (their total)
            if same_clause and (best[1] is None or match.start() > best[1][0]):
                best = (metric, (match.start(), match.end()))
    # "$600 million paid upfront", "over $500 million was paid up front", "$1 billion in milestone payments",
    # "put more than $50 million of equity into the deal", "$1bn or more in cash up front", "$1bn+ of money paid at signing"
    after = re.match(
        r"\s+(?:(?:was|were|is|are|been|being|paid|payable|received|in|as|of|cash|money)\s+){0,4}"
        r"(up[\s-]?fronts?|ufs?|milestones?|ms|equity|(?:at|on) signing)\b",
        text[end:],
        re.IGNORECASE,
    )
    if best[1] is None and after:
        said = after.group(1).lower()
        metric = (
            "upfront" if said.startswith(("up", "uf", "at", "on")) else "equity" if said == "equity" else "milestones"
        )
        best = (metric, (end + after.start(1), end + after.end(1)))
    return best
