"""A follow-up that names another deal of the same pair by its drug or kind: "how does that compare with the
B7-H3 one?" after "What did GSK pay Hansoh upfront for the B7-H4 ADC?", "How does that stack up against the
seven-ADC deal?" after Merck's TROP2 ADC upfront from Kelun, "what about the seven ADC deal?".

The articles had been searched for the kind (and answered with the B7-H3 drug's story, no upfront), or the
deal before was looked up again. The pair is the companies the question before named; the deal meant is the
one of the pair's deals whose row (asset, modality, area) holds a word of the follow-up that no other deal
of the pair holds ("B7-H3", "seven"). A follow-up asking a thing of its own ("when did they sign the B7-H3
one?") is asked with the deal named in place of its kind; one asking only a measure, or none, is asked again
naming the deal by its parties and month
("upfront of Kelun-Biotech's December 2022 deal with Merck & Co. (seven preclinical ADCs ...)?", "upfront: Kelun-Biotech's May 2022 deal with Merck & Co. vs Kelun-Biotech's December 2022 deal with Merck &
Co."), the deal before named the same way when the follow-up sets the two side by side. A follow-up naming a
company of its own, words that fit no deal of the pair or more than one, or a deal before that its words do
not pick out, is left as it is.
"""

from __future__ import annotations

import re
from calendar import month_name

from assistant.corpus.tables import Deal
from assistant.routing.entities import EntityIndex
from assistant.routing.intents import read_slots

# a deal pointed at by its kind: "the B7-H3 one", "the seven-ADC deal", "their AI discovery deal"
_KIND_POINTER_RE = re.compile(
    r"\b(?:the|their|its|that)\s+(?P<words>[\w\s/+-]{1,40}?)\s+(?:one|deal|agreement|licen[cs]e|pact|collaboration|partnership)\b",
    re.IGNORECASE,
)
# a follow-up asking a thing of its own of that deal ("when did they sign the B7-H3 one?", "what's the status of
# their B7-H3 deal?", "who is developing the B7-H3 one?"): the deal is named in it, no measure borrowed from before
_ASKS_OWN_RE = re.compile(
    r"\b(?:when|who|whom|why|where|which|status|stage|phase|develop\w*|sign(?:ed)?|target\w*|territor\w*|"
    r"clos\w*|terminat\w*|how\s+many|indications?|trials?)\b",
    re.IGNORECASE,
)
_SIDE_BY_SIDE_RE = re.compile(
    r"\b(?:compare[sd]?|versus|vs\.?|against|stack\s+up|bigger|larger|higher|smaller|lower|more|less|differ\w*)\b",
    re.IGNORECASE,
)
_COMMON = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "for",
        "with",
        "to",
        "in",
        "on",
        "by",
        "its",
        "their",
        "that",
        "this",
        "one",
        "deal",
        "deals",
        "agreement",
        "collaboration",
        "pact",
        "licence",
        "license",
        "licenses",
        "licensed",
        "options",
        "option",
        "plus",
        "program",
        "programs",
        "programme",
        "multi",
        "not",
        "disclosed",
        "details",
    ]
)


def _words(text: str) -> set[str]:
    """Lower-case words and their hyphen parts, a plural 's' dropped: 'seven-ADCs' → seven-adc, seven, adc."""
    found: set[str] = set()
    for word in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower()):
        for part in [word, *word.split("-")]:
            part = part[:-1] if len(part) > 3 and part.endswith("s") else part
            if part and part not in _COMMON:
                found.add(part)
    return found


def _row_words(deal: Deal) -> set[str]:
    return _words(f"{deal.asset} {deal.modality} {deal.therapeutic_area}")


def _picked(words: set[str], deals: list[Deal]) -> Deal | None:
    """The one deal of ``deals`` whose row holds a word of ``words`` no other deal of them holds."""
    hits = []
    for deal in deals:
        others = set().union(*(_row_words(d) for d in deals if d is not deal))
        if words & (_row_words(deal) - others):
            hits.append(deal)
    return hits[0] if len(hits) == 1 else None


def _label(deal: Deal) -> str | None:
    """The deal by its parties and month: "Kelun-Biotech's May 2022 deal with Merck & Co."; None with no month."""
    parts = deal.announced.split("-")
    if len(parts) < 2 or not deal.licensors or not deal.licensees:
        return None
    return f"{deal.licensors[0]}'s {month_name[int(parts[1])]} {parts[0]} deal with {deal.licensees[0]}"


def kind_named(question: str, earlier: tuple[str, ...], entities: EntityIndex, corpus_end: str) -> str:
    """``question`` asked of the pair's deal its kind words name, else ``question``."""
    pointer = _KIND_POINTER_RE.search(question)
    if not earlier or pointer is None:
        return question
    own = read_slots(question, entities, corpus_end)
    before = read_slots(earlier[-1], entities, corpus_end)
    if own.companies or len(before.companies) < 2:
        return question
    pair = set(before.companies)
    deals = [d for d in entities.payment_terms.deals if pair <= {*d.licensors, *d.licensees}]
    if len(deals) < 2:
        return question
    meant = _picked(_words(pointer.group("words")), deals)
    if meant is None or meant.deal_id == before.asset_deal:
        return question
    label = _label(meant)
    if label is None:
        return question
    if not own.metrics and _ASKS_OWN_RE.search(question):  # "when did they sign the B7-H3 one?": its own ask
        return f"{question[: pointer.start()]}{label} ({meant.asset}){question[pointer.end() :]}"
    metric = {"total": "total deal value"}.get(m := (own.metrics or before.metrics or ["terms"])[0], m)
    if not _SIDE_BY_SIDE_RE.search(question):
        return f"{metric} of {label} ({meant.asset})?"  # the asset beside it: the pair's deal before stays unpinned
    first = next((d for d in deals if d.deal_id == before.asset_deal), None)
    first = first or _picked(_words(earlier[-1]), [d for d in deals if d is not meant] + [meant])
    first_label = _label(first) if first is not None and first is not meant else None
    return f"{metric}: {first_label} vs {label}" if first_label else question
