"""The filters a lead-in sets, and where it says them: "I'm writing a note on ADC out-licensing deals
from China in 2024 and need one number. What was the total upfront?" asks about 2024's ADC deals.

``leadin.focused`` routes the question sentence with only what the scene before it names; a scene's
type, area, target, bounds, status, licensee country, exclusions and reporter narrow the question
as its companies and periods do, so their words go on with them. Each rule names the reading it
carries and finds the words that said it; ``lost_filters`` tells what a focused question failed to
keep, so that a reading no rule finds words for keeps the whole question rather than dropping it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.routing.amounts import bound_phrases
from assistant.routing.analyst_wording import FELL_APART_RE, LICENSEE_COUNTRY_RE, LICENSEE_PLACE_RE, UNDER_WRAPS_RE
from assistant.routing.entities import EntityIndex
from assistant.routing.intents import Slots
from assistant.routing.orderings import EXCLUDED_NEXT_RE
from assistant.routing.table_asks import CLOSED_RE, without_names
from assistant.routing.wording import (
    AREAS,
    GREATER_CHINA_RE,
    MODALITIES,
    REPORTER_RE,
    STATUS_RE,
    TABLE_RE,
    UNDISCLOSED_RE,
)

Span = tuple[int, int]
# The filter readings of ``Slots`` a scene passes on (the companies, assets and periods go on already).
FILTER_FIELDS = (
    "modality",
    "therapeutic_area",
    "target",
    "status",
    "min_total",
    "max_total",
    "bounds",
    "undisclosed",
    "licensee_countries",
    "excluded",
    "reporter",
    "in_table",
)
# "the LaNova deal": the deal word after an excluded company goes with it
_DEAL_AFTER_RE = re.compile(r"(?:'s)?\s+(?:deals?|licen[cs]es?|tie-?ups?|agreements?)\b", re.IGNORECASE)


def _matches(*patterns: re.Pattern[str]) -> Callable[[str, Slots, str, EntityIndex], list[Span]]:
    def find(text: str, scene: Slots, lead: str, entities: EntityIndex) -> list[Span]:
        return [(m.start(), m.end()) for pattern in patterns for m in pattern.finditer(text)]

    return find


def _named(
    table: list[tuple[str, re.Pattern[str]]], field: str
) -> Callable[[str, Slots, str, EntityIndex], list[Span]]:
    def find(text: str, scene: Slots, lead: str, entities: EntityIndex) -> list[Span]:
        said = getattr(scene, field)
        return [(m.start(), m.end()) for name, pattern in table if name == said for m in pattern.finditer(text)]

    return find


def _bounds(text: str, scene: Slots, lead: str, entities: EntityIndex) -> list[Span]:
    return bound_phrases(text)


def _target(text: str, scene: Slots, lead: str, entities: EntityIndex) -> list[Span]:
    tokens = re.finditer(r"[^\s,;:()]+", lead)
    return [(m.start(), m.end()) for m in tokens if entities.find_target(m.group().rstrip(".?!")) == scene.target]


def _excluded(text: str, scene: Slots, lead: str, entities: EntityIndex) -> list[Span]:
    found = []
    for mention in entities.find_companies(lead).mentions:
        before = EXCLUDED_NEXT_RE.search(lead[max(0, mention.start - 40) : mention.start])
        if before and mention.name in scene.excluded:
            after = _DEAL_AFTER_RE.match(lead, mention.end)
            found.append((max(0, mention.start - 40) + before.start(), after.end() if after else mention.end))
    return found


# (reading, the words that say it): one rule per filter of ``Slots``, in the order read_slots reads them
RULES: list[tuple[str, Callable[[str, Slots, str, EntityIndex], list[Span]]]] = [
    ("modality", _named(MODALITIES, "modality")),  # "ADC deals", "bispecific antibodies"
    ("therapeutic_area", _named(AREAS, "therapeutic_area")),  # "metabolic and obesity deals"
    ("target", _target),  # "the PD-1/VEGF deals"
    ("status", _matches(STATUS_RE, FELL_APART_RE, CLOSED_RE)),  # "deals that have closed", "terminated ones"
    ("min_total", _bounds),  # "more than $1 billion in headline value"
    ("max_total", _bounds),
    ("bounds", _bounds),  # "an upfront above $500 million"
    ("undisclosed", _matches(UNDISCLOSED_RE, UNDER_WRAPS_RE)),  # "deals with no disclosed upfront"
    ("licensee_countries", _matches(LICENSEE_COUNTRY_RE, LICENSEE_PLACE_RE)),  # "Japanese buyers"
    ("excluded", _excluded),  # "excluding the LaNova deal"
    ("reporter", _matches(REPORTER_RE, GREATER_CHINA_RE)),  # "PharmCube's count"
    ("in_table", _matches(TABLE_RE)),  # "the deals you track"
]


def filter_spans(lead: str, scene: Slots, own: Slots, entities: EntityIndex) -> list[Span]:
    """Where ``lead`` says each filter it sets that the question sentence (``own``) does not set itself."""
    text = without_names(lead, [(m.start, m.end) for m in scene.mentions])
    spans: list[Span] = []
    for field, find in RULES:
        if getattr(scene, field) and not getattr(own, field):
            spans += find(text, scene, lead, entities)
    return spans


def lost_filters(scene: Slots, own: Slots, focused: Slots) -> list[str]:
    """The scene's filters the focused question no longer reads (the question sentence's own win)."""
    return [
        field
        for field in FILTER_FIELDS
        if getattr(scene, field) and not getattr(own, field) and getattr(focused, field) != getattr(scene, field)
    ]
