"""A question after a lead-in: "I'm on deadline for a piece on Hengrui's licensing spree and I keep
seeing different numbers for the GSK tie-up. Can you confirm how much GSK paid up front?"

The sentences before the question set the scene and the question sentence asks. The scene's own
words ("keep seeing", "different numbers", "spree") are no operation, market statistic or filter,
so the question sentence is routed with only what the scene names: its companies, assets, periods,
every filter it sets (type, area, target, bounds, status, licensee country, exclusions, reporter:
``scene``) and, when the question sentence names none, its money measure. A scene filter the
focused question would lose keeps the whole question.

A headline before a colon that holds nothing but names the question names again ("Takeda versus
Pfizer: whose upfront was bigger, Takeda's to Innovent or Pfizer's to 3SBio?") is dropped the same
way: its 'versus' would otherwise split the sides before the question has named them. A headline
with more than names ("Merck 2024: ...", "Merck ADC deals — ...") stays: its period or type narrows.
"""

from __future__ import annotations

import re

from assistant.routing.all_parties import without_only_named
from assistant.routing.carry_over import carried
from assistant.routing.claimed_figures import claimed_figures
from assistant.routing.courtesy import without_courtesy
from assistant.routing.deal_glosses import without_deal_gloss
from assistant.routing.deal_versus import versus_deal
from assistant.routing.entities import EntityIndex
from assistant.routing.first_of_count import first_of_count
from assistant.routing.followup_asks import kind_asked
from assistant.routing.included_deal import without_included_deal
from assistant.routing.intents import Slots, read_slots
from assistant.routing.kind_glosses import without_kind_gloss
from assistant.routing.kind_named import kind_named
from assistant.routing.main_scope import main_only_again
from assistant.routing.on_top import in_addition_spelt
from assistant.routing.own_context import without_own_context
from assistant.routing.pair_party import party_of_pair_before
from assistant.routing.period_turns import asked_again
from assistant.routing.pm_shorthand import pm_spelt
from assistant.routing.purpose_clause import without_purpose
from assistant.routing.scene import filter_spans, lost_filters
from assistant.routing.set_counts import counted_among_those
from assistant.routing.set_without import without_one
from assistant.routing.table_asks import without_names
from assistant.routing.term_carried import term_of_deal_before
from assistant.routing.term_turns import breakdown_carried
from assistant.routing.territory_turns import territory_of_the_deal_before
from assistant.routing.them_named import them_named
from assistant.routing.this_drug import this_drug
from assistant.routing.topic_measure import measure_after_more
from assistant.routing.tracker_turns import tracker_followed
from assistant.routing.year_corrected import year_corrected
from assistant.routing.year_pointers import years_pointed
from assistant.text import split_sentences

# Fewer words than this before the question is a short preamble ("Quick one. ..."), read whole.
MIN_LEAD_WORDS = 8
# "Takeda versus Pfizer: ...", "GSK or Pfizer — ...": a short headline, then the question
_HEADLINE_RE = re.compile(r"^([^:?—–]{3,80}?)(?::|\s[—–]\s)\s*(?=\S)")
# a lead that itself asks ("For deals from 2024 onward, add up every equity investment …. Which deals make up the
# number?", outsider156): no scene, the question is read whole
_LEAD_ASKS_RE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:please|pls)\s+)(?:add up|sum up|sum|total up|tally|list|count|calculate|compute|work out)\b",
    re.IGNORECASE,
)
# The words a headline of names only holds beside them: "Takeda versus Pfizer", "GSK or Pfizer"
_JOINERS = frozenset({"versus", "vs", "vs.", "v", "v.", "or", "and", "against", "&"})


def focused(question: str, entities: EntityIndex, corpus_end: str, earlier: tuple[str, ...] = ()) -> str:
    """The question sentence, led by what the lead-in names; ``question`` itself when it has no lead-in. After
    ``earlier`` questions, a follow-up carrying the sum before to a new company is asked whole first."""
    question = without_own_context(question, entities)  # "our term sheet", "our asset is a ...", "not the total"
    question = years_pointed(
        year_corrected(question, earlier), corpus_end
    )  # "…, 2024 against 2025, … in the second year"
    question = without_courtesy(question)  # "That's helpful, thanks. And ...?"
    question = without_only_named(question, entities, earlier)  # "2024, everyone not just merck": Merck is no filter
    question = without_included_deal(question, entities)  # "Including the 2022 Akeso/Summit deal, sum every …"
    question = main_only_again(question, earlier)  # "main scope only" after a list: that list, main rows
    question = in_addition_spelt(question)  # "any equity on top?": as well, no ranking
    question = without_kind_gloss(question, entities)  # "metabolic disease (obesity/diabetes type) deals"
    question = without_deal_gloss(question, entities)  # "two China deals (CSPC's GLP-1 and the Ribo siRNA one)"
    question = without_purpose(question, lambda clause: read_slots(clause, entities, corpus_end))  # "For the memo, ..."
    question = without_one(question, earlier, entities, corpus_end)  # "ex-Curon, mean?" after a median
    question = counted_among_those(question, earlier, entities, corpus_end)  # "how many had ... than 500m" after a sum
    question = measure_after_more(question, entities, corpus_end)  # "2025 upfronts: did A or B bring in more?"
    question = first_of_count(question, earlier, entities, corpus_end)  # "…in the first one?" after a count
    question = versus_deal(question, earlier, entities, corpus_end)  # "vs the regeneron-hansoh upfront?"
    question = carried(_without_headline(question, entities), earlier, entities)  # "vs AZ?" after a sum
    question = asked_again(pm_spelt(question), earlier)  # "vs 2025?", "same tracker, year before?"; "vs 24 yoy %"
    question = breakdown_carried(question, earlier, entities)  # "split the milestones into dev/reg vs sales"
    question = kind_named(question, earlier, entities, corpus_end)  # "vs the B7-H3 one?": the pair's other deal
    question = this_drug(question, earlier, entities, corpus_end)  # "这个 ADC 打什么靶点?": the deal before's drug
    question = kind_asked(question, earlier, entities)  # "is that one of those GLP-1 things?": the drug's kind
    question = party_of_pair_before(question, earlier, entities, corpus_end)  # "AZ's equity cheque?" after A / AZ
    question = them_named(question, earlier, entities, corpus_end)  # "what did AbbVie pay them?": them = RemeGen
    question = territory_of_the_deal_before(question, earlier, entities, corpus_end)  # "which markets did X keep?"
    question = term_of_deal_before(question, earlier, entities, corpus_end)  # "and the China option?" after 3SBio's
    if earlier and not entities.find_companies(question).mentions:  # "and Hengrui per deal?" is its own question
        question = tracker_followed(question, earlier)  # "so average each deal is how much?" after a tracker's total
    sentences = split_sentences(question.strip())
    if len(sentences) < 2 or not sentences[-1].rstrip().endswith("?"):
        return question
    lead, asked = " ".join(sentences[:-1]), sentences[-1]
    if "?" in lead or len(lead.split()) < MIN_LEAD_WORDS or claimed_figures(lead) or _LEAD_ASKS_RE.search(lead):
        return question  # two questions, no scene worth setting aside, or a claim's figure to check whole
    own = read_slots(asked, entities, corpus_end)
    if not _asks_a_figure(own):
        return question  # "Why did they do it?": the scene's words are what the articles are searched for
    scene = read_slots(lead, entities, corpus_end)
    spans = [(m.start, m.end) for m in scene.mentions] + [(p.start, p.end) for p in scene.periods]
    spans += [(start, start + len(code)) for code, _, start in scene.assets if lead[start : start + len(code)] == code]
    spans += filter_spans(lead, scene, own, entities)  # "ADC deals", "above $500 million", "excluding LaNova"
    if not own.metrics:
        spans += scene.metric_spans  # "I need the milestones of the GSK deal. How much were they?"
    named = list(dict.fromkeys(lead[start:end] for start, end in _merged(spans)))
    focus = f"{', '.join(named)}: {_lowered(asked, entities, corpus_end)}" if named else asked
    if lost_filters(scene, own, read_slots(focus, entities, corpus_end)):
        return question  # a filter of the scene no rule carries over: the whole question keeps it
    return focus


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, overlapping ones made one ("an upfront above $500 million" and its "upfront")."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _without_headline(question: str, entities: EntityIndex) -> str:
    """The question after a headline whose companies it names again; ``question`` otherwise."""
    head = _HEADLINE_RE.match(question.strip())
    if head is None or len(head.group(1).split()) > 6:
        return question
    body = question.strip()[head.end() :]
    found = entities.find_companies(head.group(1)).mentions
    named = {m.name for m in found}
    if not named or len(body.split()) < 4 or not named <= {m.name for m in entities.find_companies(body).mentions}:
        return question
    # "Merck 2024: ...", "Merck ADC deals — ...": a headline that says more than names narrows the question
    rest = without_names(head.group(1), [(m.start, m.end) for m in found])
    if not set(re.findall(r"[\w$.]+", rest.lower())) <= _JOINERS:
        return question
    return body[:1].upper() + body[1:]


def _lowered(asked: str, entities: EntityIndex, corpus_end: str) -> str:
    """``asked`` with its first word in lower case when that word names nothing: after "2025 deals: " a
    capital "Strictly" would read as a name the table does not know."""
    first = asked.split(maxsplit=1)[0] if asked.split() else ""
    if not first[:1].isupper() or first.isupper():
        return asked
    said = read_slots(first, entities, corpus_end)
    if said.mentions or said.assets or said.periods:
        return asked
    return asked[:1].lower() + asked[1:]


def _asks_a_figure(s: Slots) -> bool:
    return bool(s.metrics or s.op or s.count or s.figure_cue or s.pay_cue) and not s.strong_text
