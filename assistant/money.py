"""Money as deal news writes it: parse to ``Decimal`` and render back.

Floats never touch a figure: amounts are ``Decimal`` from the parsed digits to the
rendered string. Currencies are never converted (no rate is ever stated).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.errors import AssistantError
from assistant.text import claim_text, mentions_near_term

Qualifier = Literal["exact", "up_to", "approx", "at_least", "incl_near_term", "undisclosed"]
QUALIFIERS: tuple[Qualifier, ...] = (
    "exact",
    "up_to",
    "approx",
    "at_least",
    "incl_near_term",
    "undisclosed",
)

_SCALES = {
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mm": Decimal(10) ** 6,  # the desk's "300mm"
    "m": Decimal(10) ** 6,
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
}
_PREFIX_CURRENCY = {
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "hk$": "HKD",
    "hkd": "HKD",
    "rmb": "CNY",
    "cny": "CNY",
    "¥": "CNY",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
}
_SUFFIX_CURRENCY = {
    "us dollars": "USD",
    "dollars": "USD",
    "usd": "USD",
    "yuan": "CNY",
    "rmb": "CNY",
    "hong kong dollars": "HKD",
    "euros": "EUR",
}
_RENDER_PREFIX = {"USD": "$", "HKD": "HK$", "CNY": "RMB ", "EUR": "€", "GBP": "£"}

_QUALIFIER_WORDS: list[tuple[Qualifier, str]] = [
    ("up_to", r"up\s+to|as\s+much\s+as"),
    ("approx", r"about|approximately|around|roughly|nearly|almost|some|an\s+estimated|~"),
    ("at_least", r"more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|above|>"),
]
_QUALIFIER_RE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<q>" + "|".join(f"(?P<{name}>{pat})" for name, pat in _QUALIFIER_WORDS) + r")\s*$",
    re.IGNORECASE,
)
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONEY_RE = re.compile(
    r"(?P<cur>US\$|HK\$|USD\s?|HKD\s?|RMB\s?|CNY\s?|EUR\s?|[$¥€£])?"
    r"(?P<num>" + _NUMBER + r")"
    r"(?:\s?(?P<scale>trillion|billion|million|thousand|tn|bn|mln|mm|mn|b|m|k)\b)?"
    r"(?:\s(?P<suffix>US\s+dollars|Hong\s+Kong\s+dollars|dollars|USD|yuan|RMB|euros)\b)?",
    re.IGNORECASE,
)
UNDISCLOSED_RE = re.compile(
    r"\b(not\s+disclosed|undisclosed|not\s+been\s+disclosed|did\s+not\s+disclose)\b", re.IGNORECASE
)
_PLAIN_NUMBER_RE = re.compile(r"(?<![\w.])(?P<num>" + _NUMBER + r")(?P<pct>\s?%|\s?percent\b)?", re.IGNORECASE)


class Money(BaseModel):
    """An amount with its currency and how the source qualified it."""

    model_config = ConfigDict(frozen=True)

    amount: Decimal | None
    currency: str = "USD"
    qualifier: Qualifier = "exact"


class MoneyMention(Money):
    """A money phrase found in text, with where it stands."""

    start: int
    end: int
    text: str


def _to_decimal(digits: str) -> Decimal:
    return Decimal(digits.replace(",", ""))


def _canonical(amount: Decimal) -> Decimal:
    """Whole amounts without exponent (1250000000, not 1.25E+9); fractions trimmed."""
    if amount == amount.to_integral_value():
        return amount.quantize(Decimal(1))
    return amount.normalize()


def qualifier_before(text: str, start: int) -> Qualifier | None:
    window = text[max(0, start - 24) : start]
    match = _QUALIFIER_RE.search(window)
    if not match:
        return None
    for name, _ in _QUALIFIER_WORDS:
        if match.group(name):
            return name
    return None


def find_money(text: str, default_currency: str = "USD") -> list[MoneyMention]:
    """Every money phrase in ``text``: needs a currency marker or a scale word.

    ``"157 deals"`` is not money; ``"1,250 million"`` is (in ``default_currency``).
    """
    mentions: list[MoneyMention] = []
    for match in _MONEY_RE.finditer(text):
        cur, scale, suffix = match.group("cur"), match.group("scale"), match.group("suffix")
        if not cur and not suffix and not (scale and len(scale) > 1):
            continue
        if scale and scale.lower() in {"b", "m", "k"} and not cur:
            continue
        currency = default_currency
        if cur:
            currency = _PREFIX_CURRENCY[cur.strip().lower()]
        elif suffix:
            currency = _SUFFIX_CURRENCY[re.sub(r"\s+", " ", suffix.lower())]
        amount = _to_decimal(match.group("num"))
        if scale:
            amount *= _SCALES[scale.lower()]
        qualifier = qualifier_before(text, match.start()) or "exact"
        mentions.append(
            MoneyMention(
                amount=_canonical(amount),
                currency=currency,
                qualifier=qualifier,
                start=match.start(),
                end=match.end(),
                text=match.group(0).strip(),
            )
        )
    return mentions


def parse_money(text: str, default_currency: str = "USD") -> Money:
    """Parse one money phrase such as ``"up to $4.8 billion"`` or ``"RMB 2 billion"``.

    "not disclosed" parses to an undisclosed amount; "including near-term" after the
    amount marks it ``incl_near_term``. Raises ``AssistantError`` unless the text holds
    exactly one amount.
    """
    if UNDISCLOSED_RE.search(text) and not find_money(text, default_currency):
        return Money(amount=None, currency=default_currency, qualifier="undisclosed")
    mentions = find_money(text, default_currency)
    if len(mentions) != 1:
        raise AssistantError(
            "money_parse",
            f"expected one money amount, found {len(mentions)} in {text!r}",
        )
    mention = mentions[0]
    qualifier = mention.qualifier
    if qualifier == "exact" and mentions_near_term(text[mention.end :]):
        qualifier = "incl_near_term"
    return Money(amount=mention.amount, currency=mention.currency, qualifier=qualifier)


def _plain(amount: Decimal) -> str:
    """Digits with no exponent and no trailing zeros, thousands separated."""
    text = format(amount.normalize(), "f")
    if "." in text:
        whole, frac = text.split(".")
        frac = frac.rstrip("0")
    else:
        whole, frac = text, ""
    whole = f"{int(whole):,}"
    return f"{whole}.{frac}" if frac else whole


def render_amount(amount: Decimal, currency: str = "USD") -> str:
    """``Decimal('1250000000')`` -> ``"$1.25 billion"``; no rounding ever."""
    prefix = _RENDER_PREFIX.get(currency, f"{currency} ")
    sign = "-" if amount < 0 else ""
    magnitude = abs(amount)
    for word, scale in (
        ("trillion", _SCALES["trillion"]),
        ("billion", _SCALES["billion"]),
        ("million", _SCALES["million"]),
    ):
        if magnitude >= scale:
            return f"{sign}{prefix}{_plain(magnitude / scale)} {word}"
    return f"{sign}{prefix}{_plain(magnitude)}"


def render_money(money: Money) -> str:
    """Render the way an analyst writes: "up to $4.8 billion", "$588 million"."""
    if money.amount is None or money.qualifier == "undisclosed":
        return "not disclosed"
    text = render_amount(money.amount, money.currency)
    if money.qualifier == "up_to":
        return f"up to {text}"
    if money.qualifier == "approx":
        return f"about {text}"
    if money.qualifier == "at_least":
        return f"more than {text}"
    if money.qualifier == "incl_near_term":
        return f"{text} including near-term payments"
    return text


def combine_qualifiers(qualifiers: Iterable[Qualifier]) -> Qualifier:
    """The qualifier of a sum: any "up to" part makes the sum "up to", and so on.

    Precedence: up_to > at_least > approx > incl_near_term > exact. Undisclosed parts
    are left out of sums (coverage reports them), so they do not appear here.
    """
    present = set(qualifiers)
    for qualifier in ("up_to", "at_least", "approx", "incl_near_term"):
        if qualifier in present:
            return qualifier  # type: ignore[return-value]
    return "exact"


def find_numbers(text: str) -> list[Decimal]:
    """Every number in ``text`` in base units: money scaled, percents and counts as written.

    Used to check that a figure in an answer appears in its evidence.
    """
    values: list[Decimal] = []
    covered: list[tuple[int, int]] = []
    for mention in find_money(text):
        if mention.amount is not None:
            values.append(mention.amount)
            covered.append((mention.start, mention.end))
    for match in _PLAIN_NUMBER_RE.finditer(text):
        if any(start <= match.start() < end for start, end in covered):
            continue
        values.append(_to_decimal(match.group("num")))
    return values


def numbers_in(text: str) -> list[Decimal]:
    """The figures a sentence states, in base units ("$1.25 billion" == "1,250 million" == 1250000000):
    markers, drug codes, list numbers and the day and month of dates are not figures."""
    return find_numbers(claim_text(text))
