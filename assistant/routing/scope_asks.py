"""Asks outside what the sources cover, which a deal's terms or a tracker's figures would misanswer
(outsider14's classes).

- **What a drug costs a patient.** "How much does ivonescimab cost patients in the US?" asks a
  price, not the deal that licensed the drug.
- **Patients treated.** "How many patients have been helped by these drugs?" is no count of deals.
- **Trade and government policy.** "How have US tariffs affected these deals?", "What is the Chinese
  government doing to support them?": no tracker's count answers it.
- **What a buyer will end up paying.** "How much will AstraZeneca actually end up paying CSPC by
  2030?": only the ceilings of contingent payments are known, not what will be paid.

Each is named as an unheld measure (``Slots.unheld_measure``): the rule "unheld company fact" sends
the question to the articles, and the abstention check there answers only from a passage that states
it (``SCOPE_STATED``, read by ``answering.measure_words``). ``read_scope_asks`` runs at the end of
``investor_asks.read_investor_asks``; its examples are the tests (``tests/test_outsider14_classes.py``).
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE

# Who bears a drug's price: a patient, an insurer, a course of treatment; "cost Pfizer to license" is a deal.
_PAYER = (
    r"(?:patients?|consumers?|people|insurers?|payers?|medicare|medicaid|the nhs|out[- ]of[- ]pocket|"
    r"per (?:dose|year|month|course|treatment|patient|injection)|a (?:year|month|dose)|at the pharmacy)"
)
_SPAN_OF_USE = r"(?:year|month|course|cycle|dose|week)(?:['’]s)?"
_COST = r"(?:cost|costs|costing|price[sd]?|pricing|charge[sd]?|sell(?:s|ing)? for)"
_DRUG_PRICE = (
    rf"\b{_COST}\b(?![^?]*\b(?:to licen[cs]e|licensing|the deal)\b)(?:(?!\blicen[cs]\w*|\bdeal\b)[^?]){{0,50}}\b{_PAYER}|\b{_PAYER}\b[^?]{{0,30}}\b(?:pay|paying|be charged)\b(?![^?]{{0,30}}\b(?:upfront|milestones?|licen[cs]\w*|royalt\w*)\b)|"
    # "the price tag on the deal", "how expensive was the deal" ask its value: only a drug's own price is here
    r"\b(?:list|drug|retail|launch|treatment|wholesale) prices?\b|\bprices? of (?:the |a |each )?(?:drug|medicine|treatment)s?\b|"
    # "what does a year of telitacicept treatment cost", "the price of a course of ivonescimab"
    rf"\b(?:a|one|each|per)\s+{_SPAN_OF_USE}\s+of\b[^?]{{0,40}}\b{_COST}\b|\b{_COST}\s+(?:of|for)\s+(?:a|one)\s+{_SPAN_OF_USE}\b"
)
_PATIENTS_TREATED = (
    r"\b(?:how many|number of|count of)\s+(?:\w+\s+){0,2}?(?:patients|people|lives|sufferers)\b[^?]{0,40}"
    r"\b(?:helped|treated|saved|benefit\w*|cured|reached|served|taking|took|use[ds]?|using|prescribed|on (?:it|them|these))\b|"
    r"\blives (?:saved|improved|changed)\b|\bpatients (?:helped|treated|reached|served|cured)\b"
)
# "how many patient enrolled in the SSGJ-707 phase 3 trial", "trial size": a trial's count, no deal's
_TRIAL_ENROLMENT = (
    r"\b(?:how many|how much|number of|count of)\s+(?:\w+\s+){0,2}?(?:patients?|subjects?|participants?|people)\b[^?]{0,20}"
    r"\b(?:enrol\w*|recruited|dosed|randomi[sz]ed|in the (?:\w+\s+){0,3}?(?:trial|study))\b|"
    r"\benrol(?:l?ment|led)\b[^?]{0,40}\b(?:trial|study|phase)\b|\b(?:trial|study) size\b|"
    r"\b(?:trial|study)\b[^?]{0,30}\benrol(?:l?ment|led|ls?)\b|"
    r"\bhow (?:big|large) (?:was|is) the (?:\w+\s+){0,3}?(?:trial|study)\b"
)
_TRADE_POLICY = (
    r"\btariffs?\b|\btrade (?:war|wars|tensions?|polic(?:y|ies)|barriers?|restrictions?|disputes?)\b|"
    r"\bexport controls?\b|\bsanctions?\b|\bbiosecure\b|\bde-?coupling\b|\bgeopolitic\w*"
)
# Who makes policy: "What policies has Beijing introduced?", "Washington's new drug policies"
_STATE = (
    r"(?:beijing|washington|governments?|the state|state council|authorities|ministr(?:y|ies)|officials|lawmakers)\b"
)
_GOVERNMENT_POLICY = (
    # "policy" only as the state's: "AbbVie's option policy in the Zelgen deal" asks the deal's terms, and
    # the articles' addresses hold the bare word ("business-policy-funding")
    r"(?<![-/])\bgovernments?\b|(?<![-/])\bpolicymakers?\b|"
    r"\b(?:state|national|industrial|public|health|drug[- ]pricing|pricing|regulatory|economic|beijing(?:'s)?|"
    r"washington(?:'s)?|china(?:'s)?|chinese|us|u\.s\.|american|federal|trade|industry) polic(?:y|ies)\b|"
    rf"(?<![-/])\bpolic(?:y|ies)\b(?![-/])[^?]{{0,40}}\b{_STATE}|\b{_STATE}[^?]{{0,40}}\bpolic(?:y|ies)\b(?![-/])|"
    r"\bsubsid(?:y|ies|ise[sd]?|ize[sd]?|ising|izing)\b|\bregulations?\b|"
    r"\bregulators?\b|\blegislation\b|\bcongress\b|\bfive-year plan\b|\bthe (?:ccp|communist party|state council)\b"
)
# "Did Hengrui's dividend policy change after the GSK deal?": a company's own policy, which no deal term answers
_COMPANY_POLICY = (
    r"\b(?:dividends?|buy-?backs?|share repurchases?|payout|hiring|remuneration|compensation|esg|capital allocation) "
    r"polic(?:y|ies)\b|\b(?:dividends?|buy-?backs?|share repurchases?)\b"
)
_PAY_VERB = r"\b(?:pay|paying|hand over|receive|receiving|get|getting|earn|earning|collect|collecting)\b"
# A future ("will", "going to") and what is finally paid ("end up", "in the end", "by 2030"), in any order:
# "how much is Novartis really going to pay Argo in the end?"; "will pay ... upfront" is the deal's term.
_EVENTUAL_PAYMENT = (
    r"^(?=[^?]*\b(?:will|going to|gonna)\b|[^?]*['’]ll\b)"
    r"(?=[^?]*\b(?:end up|ultimately|eventually|actually|really|in the end|by (?:20[3-9]\d|the end of the decade))\b)"
    rf"(?=[^?]*{_PAY_VERB})(?=[^?]*\b(?:how much|what|amount|sum|money|total)\b)"
    # "how much will Takeda actually pay Innovent upfront?": a fixed term, unless a contingent sum is asked too
    r"(?![^?]*\b(?:upfront|up-front|equity|at signing)\b(?![^?]*\b(?:milestones?|in total|total|overall|all told)\b))"
)
_THESE_RE = re.compile(r"\b(?:these|those)\b", _I)
_IT_RE = re.compile(r"\b(?:it|its|they|them|their)\b", _I)
# The measure's name (as the refusal says it) and the words that ask for it, in order.
SCOPE_RES: list[tuple[str, re.Pattern[str]]] = [
    ("drug prices paid by patients", re.compile(_DRUG_PRICE, _I)),
    ("number of patients treated", re.compile(_PATIENTS_TREATED, _I)),
    ("trial enrolment", re.compile(_TRIAL_ENROLMENT, _I)),
    ("trade policy (tariffs, sanctions)", re.compile(_TRADE_POLICY, _I)),
    ("government policy or regulation", re.compile(_GOVERNMENT_POLICY, _I)),
    ("amount that will actually be paid", re.compile(_EVENTUAL_PAYMENT, _I)),
    ("company policy (dividends, buybacks)", re.compile(_COMPANY_POLICY, _I)),
]
# What a passage says when it answers one: the same words, said as a statement.
SCOPE_STATED: dict[str, re.Pattern[str]] = {
    "drug prices paid by patients": re.compile(_DRUG_PRICE, _I),
    "number of patients treated": re.compile(
        r"\b(?:patients|people|lives)\b[^.]{0,30}\b(?:helped|treated|saved|benefit\w*|cured|reached)\b", _I
    ),
    # "Only 3 patients had been enrolled in the United States": a count of patients beside the enrolment
    "trial enrolment": re.compile(
        r"\b\d[\d,]*\s+(?:\w+\s+){0,2}?(?:patients|subjects|participants)\b[^.]{0,40}\benrol\w*|"
        r"\benrol\w*\b[^.]{0,40}\b\d[\d,]*\s+(?:\w+\s+){0,2}?(?:patients|subjects|participants)\b",
        _I,
    ),
    "trade policy (tariffs, sanctions)": re.compile(_TRADE_POLICY, _I),
    # "Did regulators clear the Hengrui GSK deal?" is answered by "subject to clearance under the HSR Act"
    "government policy or regulation": re.compile(
        rf"{_GOVERNMENT_POLICY}|\bclearances?\b|\bantitrust\b|\bhart-scott|\bhsr\b", _I
    ),
    "company policy (dividends, buybacks)": re.compile(_COMPANY_POLICY, _I),
    # no source can state what is still to be paid; a forecast of it would name the future sum
    "amount that will actually be paid": re.compile(
        r"\b(?:expects?|expected|forecasts?) to (?:pay|receive)\b[^.]{0,40}\bby 20[3-9]\d\b", _I
    ),
}


def read_scope_asks(slots: Any, text: str) -> None:
    """Mark ``slots`` (``intents.Slots``) with the out-of-scope measure ``text`` asks, if any."""
    if slots.unheld_measure:
        return  # a company fact the question names is refused for it already
    slots.unheld_measure = next((name for name, pattern in SCOPE_RES if pattern.search(text)), None)
    if slots.unheld_measure and _THESE_RE.search(text) and not _IT_RE.search(text):
        slots.pronoun = False  # "these drugs", "these deals": the deals the sources cover, not one to ask about
