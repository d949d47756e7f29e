"""Payment terms the deal table holds no figure for: "near-term payments", "option payments", "a tech-transfer fee".

A deal row holds an upfront, milestones, a total and an equity figure. Other kinds of payment a deal
may carry (near-term money, option payments or fees, a payment on technology transfer, sales-based
milestones, a payment made later) are written in the row's ``notes`` when a source gave them, and in
the deal's article. A question about one of them planned as a table lookup would answer with the
upfront or the milestones, a confident figure for a different term; the coverage check sends it to the
articles instead, where a passage must name the term.

The terms are read from deals.csv's ``notes``: the word before "payments", "fees" or "milestones"
("China option payments", "tech-transfer milestone") and a compound after an amount ("$70M near-term",
"$3.5B dev/reg"). A term is a figure the table holds when the question pairs it with the upfront
("upfront plus near-term"), or when the deal's upfront figure itself is stated as including it
("$15 million in upfront and near-term payments"). A plain term asked as where money comes from ("how much could
come from the China option?") is named too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.corpus.tables import Deal
from assistant.routing.analyst_wording import NEAR_TERM_UPFRONT_RE
from assistant.text import STOPWORDS

_PAYMENT_NOUNS = r"(?:payments?|fees?|milestones?)"
# What a question asks the term of: a payment noun, or the money itself ("near-term money", "option cash").
_ASKED_NOUNS = r"(?:payments?|fees?|milestones?|money|cash|amounts?|sums?|consideration|tranches?)"
# The table's own figures and the forms an upfront is paid in: a term that is one of them is held.
_HELD_TEXT = """upfront upfronts up-front milestone milestones total totals equity royalty royalties cash shares stock warrants
further other stated remaining"""
_HELD = frozenset(_HELD_TEXT.split())
# the money's source, said after "how much": "how much could come from the China option", "how much under the option";
# not "for": "how much did AbbVie pay at signing for the SIM0500 option" asks the upfront paid for it
_FROM = r"(?:from|under|via|through)\s+(?:the|its|their|an?|that|this)"
_BEFORE_NOUN_RE = re.compile(rf"\b([A-Za-z][\w/-]*)\s+{_PAYMENT_NOUNS}\b")
_AFTER_AMOUNT_RE = re.compile(r"\$[\d.,]+\s*(?:[MBmb]\w*|million|billion)?\s+([a-z]+[-/][a-z]+)\b")


def _spelled(term: str) -> str:
    """A compound's words with any joiner between them: "near-term" is also "near term" and "near-termed"."""
    return r"[\s/-]*".join(re.escape(part) for part in re.split(r"[-/]", term))


def read_terms(deals: Iterable[Deal]) -> list[str]:
    """The payment terms the rows' notes name, longest first."""
    found: set[str] = set()
    for deal in deals:
        found.update(m.group(1).lower() for m in _BEFORE_NOUN_RE.finditer(deal.notes))
        found.update(m.group(1).lower() for m in _AFTER_AMOUNT_RE.finditer(deal.notes))
    kept = {t for t in found if len(t) > 3 and t not in STOPWORDS and t not in _HELD and not re.search(r"\d", t)}
    return sorted(kept, key=lambda t: (-len(t), t))


# "(as reported, near-term included where bundled)", "counting the cases where the upfront is reported together with
# near-term payments as a single figure": how the upfronts of many deals are counted (the rows whose upfront figure
# includes near-term money, qualifier incl_near_term), said as a condition; no near-term figure is asked for
_BUNDLED_RE = re.compile(r"\b(?:includ\w*|incl\.?|bundled|together with|lumped|combined with|folded into)(?!\w)", re.I)
_WHERE_RE = re.compile(r"\b(?:where|wherever|when|cases?|as reported)\b", re.I)


def _bundled_where_reported(question: str, match: re.Match[str]) -> bool:
    """The term said as bundled into the upfront where a source reports it so: "upfront (near-term included where
    bundled)"; "upfront including near-term payments" of one deal stays an ask for the article."""
    near = question[max(0, match.start() - 60) : match.end() + 40]
    upfront_before = re.search(r"\bup[\s-]?fronts?\b", question[max(0, match.start() - 120) : match.start()], re.I)
    return bool(upfront_before and _BUNDLED_RE.search(near) and _WHERE_RE.search(near))


class PaymentTerms:
    """Finds a payment term a question asks about that no figure of the table holds."""

    def __init__(self, deals: list[Deal]) -> None:
        self.deals = deals
        self.terms = read_terms(deals)
        self.patterns = []
        for term in self.terms:
            spelled = _spelled(term)
            if re.search(r"[-/]", term):  # a compound names a term alone: "anything near-term on top?"
                pattern = rf"\b{spelled}\b"
            else:  # a plain word names one beside the money it qualifies: "option payments", "sales-based"
                pattern = rf"\b{spelled}(?:\s+(?:[\w-]+\s+)?{_ASKED_NOUNS}\b|-(?:based|linked|related|driven)\b)"
                # or as where money comes from: "how much could come from the China option?"
                pattern += rf"|\bhow\s+much\b[^?.;]{{0,50}}?\b{_FROM}\s+(?:[\w-]+\s+)?{spelled}\b"
            self.patterns.append((term, re.compile(pattern, re.IGNORECASE)))

    def named(self, question: str, companies: list[str]) -> str | None:
        """The term ``question`` asks about that the table does not hold for the deal of ``companies``, if any."""
        for term, pattern in self.patterns:
            match = pattern.search(question)
            if match is None or self._with_upfront(question, match) or _bundled_where_reported(question, match):
                continue
            if NEAR_TERM_UPFRONT_RE.search(question) and not companies:
                continue  # "deals whose upfront includes near-term payments": the table's qualifier, a filter
            if any(self._in_upfront(deal, term) for deal in self._deals_of(companies)):
                continue  # "$15 million in upfront and near-term payments": the upfront figure is that sum
            return re.sub(r"[-/]", " ", term)
        return None

    @staticmethod
    def _with_upfront(question: str, match: re.Match[str]) -> bool:
        """ "upfront plus the near-term payments", "upfront + near term", "upfront/near-term": a sum with the upfront."""
        before = question[max(0, match.start() - 30) : match.start()]
        after = question[match.end() : match.end() + 30]
        joined = r"(?:and|plus|\+|&|/|,|with)"
        return bool(
            re.search(rf"\bup[\s-]?fronts?\s*{joined}\s*(?:the\s+|any\s+)?$", before, re.IGNORECASE)
            or re.match(rf"\s*(?:{_ASKED_NOUNS}\s*)?{joined}\s*(?:the\s+)?up[\s-]?fronts?\b", after, re.IGNORECASE)
        )

    def _deals_of(self, companies: list[str]) -> list[Deal]:
        named = set(companies)
        if not named:
            return []
        return [deal for deal in self.deals if named <= {*deal.licensors, *deal.licensees}]

    @staticmethod
    def _in_upfront(deal: Deal, term: str) -> bool:
        return re.search(rf"\b{_spelled(term)}\b", deal.upfront.quote, re.IGNORECASE) is not None
