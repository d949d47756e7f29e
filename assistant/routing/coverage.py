"""The coverage check, the safety net: the words of a table question are accounted for by the plan.

After planning, each word of a question the table would answer is explained by: a company or
asset the router found, a period, a metric, a word one of the router's patterns read (an
operation, a cue, a modality, an area, a reporter), a word of the tables' own vocabulary
(modalities, therapeutic areas, assets, company names and aliases, reporters and market scopes,
read from deals.csv, companies.csv and market_stats.csv), or filler (``FILLER``). A word left
over may name something the plan does not answer ("royalty rate", "Japan rights", "in euros"):
a figure from the table would answer a different question, so the question goes to the
articles, and the abstention check there requires a passage naming that word.

Two modes. "measures" (the default) diverts only for a leftover that names a measure
(``MEASURE_WORDS``) or a region a deal's territory names (from deals.csv: "Japan", "Europe");
"all" diverts for any leftover word. "all" is not the default: plain English around a figure
("changed hands", "for my notes", "all told") is endless, and ``FILLER`` only knows the words
the tuning questions used. Chinese wording is not checked (it has no word boundaries).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.corpus.tables import Tables
from assistant.routing import analyst_wording, checks, factcheck, wording
from assistant.routing.analyst_wording import NEAR_TERM_UPFRONT_RE
from assistant.routing.country_sides import places_compared
from assistant.routing.deal_gap import two_looked_up_compared
from assistant.routing.deal_sides import one_deal_sides
from assistant.routing.entities import EntityIndex, close_matches
from assistant.routing.held_fields import FRAME_WORDS, field_of_the_deal
from assistant.routing.intents import read_slots
from assistant.routing.named_sides import sides_named
from assistant.routing.ordinals import row_pointed_at
from assistant.routing.pair_apart import RULE as PAIR_APART
from assistant.routing.pair_apart import multiple_not_counted, pair_told_apart
from assistant.routing.pair_named import two_named_deals
from assistant.routing.pair_words import one_pair_ranked, pair_pinned
from assistant.routing.payment_terms import PaymentTerms
from assistant.routing.period_sides import periods_compared
from assistant.routing.plan import Plan
from assistant.routing.royalty_rates import unstated_royalty_rate
from assistant.routing.term_turns import milestone_kinds_asked
from assistant.routing.topic_sides import topic_on_both_sides
from assistant.routing.tracker_checks import with_tracker_figure
from assistant.routing.tracker_credit import company_credit
from assistant.routing.tracker_deals_counted import deals_counted
from assistant.routing.tracker_points import share_points
from assistant.routing.unknown_names import unknown_names
from assistant.text import QUESTION_WORDS, STOPWORDS

# Words that never name a figure of their own: question words, hedges ("exactly", "roughly",
# "headline", "reported"), the words every deal question uses, and the verbs and nouns the tuning
# questions put around a figure the table holds ("came out on top", "dangled", "on paper").
_FILLER_TEXT = """
a an the and or but nor of to in on at by for from with as into onto than then so too also just only even ever
still yet again all both each any some no not own other another such same very up down out off if whether about
around per via between among across against after before during since until within without under over above
below i me my we our us you your he him his she her it its they them their theirs this that these those there
here is are was were be been being am did does do done doing has have had having will would could can should
shall may might must what whats how who whom whose which when where why please tell know want like need say
said says show give find see let ok okay thanks thank hi hello hey s t re ve ll d
exact exactly precise precisely rough roughly approximate approximately approx nearly almost circa ballpark
estimate estimated about headline reported reportedly report reports announced disclosed publicly public
official officially actual actually really altogether overall full whole entire net gross figure figures
number numbers amount amounts money cash dollar dollars usd us million millions billion billions bn mn
deal deals dealmaking licensing license licence licensed licenses licences licensor licensors licensee
licensees agreement agreements transaction transactions partnership partnerships collaboration
collaborations pact pacts tie tieup arrangement contract contracts package
sign signed signing struck strike inked ink close closed closing make made agree agreed enter entered
announce commit committed hand handed offer offered put shell shelled fork forked pledge pledged promise
promised owe owed secure secured land landed win won bag bagged pocket pocketed fetch fetched command
commanded rake raked book booked attract attracted gain gained collect collected obtain obtained net netted
pay paid pays paying payment payments payout payouts fee fees cheque check tag consideration
company companies firm firms biotech biotechs drugmaker drugmakers pharma pharmas pharmaceutical
pharmaceuticals multinational multinationals partner partners buyer buyers seller sellers developer
chinese china asset assets drug drugs candidate candidates molecule molecules program programs programme
programmes medicine medicines therapy therapies rights right exclusive option year years annual recent
recently latest new time times date period so far far now today currently current thing things one ones
case whole respectively each apiece combined together potential potentially worth valued value values
global worldwide ex excluding outside mainland greater two three four five six seven eight nine ten according
plus instead table ceiling take took taken come came comes go went going carry carries carried write wrote
writing get got account accounted contain contains behind back front late early onward onwards level beat
spend spending spent takings invest invested investment bank banked pull pulled dangle dangled track tracked
grant granted sale paper
"""
FILLER = frozenset(_FILLER_TEXT.split()) | STOPWORDS | QUESTION_WORDS
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
# Words that name a figure or fact no table column holds, which a question may carry beside a
# metric the table does hold ("the royalty rate", "in euros", "after tax", "the second deal").
# UNHELD_MEASURE_RES in ``wording`` already routes the company facts (revenue, CEO, trial results).
_MEASURES = """
rate rates tax taxes taxed inflation euro euros yuan rmb renminbi yen sterling pounds currency currencies
split splits price prices valuation valuations expiry expiration expire expires expiring patent patents
dose doses dosing dosage efficacy safety endpoint endpoints readout readouts results approval approvals
launch revenue revenues sales income profit profits margin margins headcount employees salary salaries
stock shares ipo funding financing loan loans debt schedule timing tranche tranches instalment instalments
installment installments npv discounted probability second third fourth fifth exercise exercised exercises exercising
"""
MEASURE_WORDS = frozenset(_MEASURES.split())
# Territory words that name the usual scope, not a region cut out of it ("ex-Greater China rights").
REGION_SCOPE = frozenset(["china", "global", "worldwide", "greater", "emerging", "south", "west", "not"])
_ORDINALS = "first second third fourth fifth last previous next latter former"
_ORDINAL_WORDS = frozenset(_ORDINALS.split())
# "the second biggest" is a position in a ranking, which the rank tool answers; "the price tag" is the total.
_BENIGN_PHRASE_RE = re.compile(
    r"\b(?:second|third|fourth|fifth)[\s-]+(?:biggest|largest|highest|richest|smallest|lowest)\b|\bprice[\s-]?tags?\b|"
    # "upfront vs milestone split", "biobucks split", "headline breakdown": how the total divides into figures
    # the table holds
    r"\b(?:up[\s-]?fronts?|milestones?|bio[\s-]?bucks|headline)\b[^?]{0,30}\b(?:splits?|breakdown)\b|"
    r"\b(?:splits?|breakdown)\b[^?]{0,30}\b(?:up[\s-]?fronts?|milestones?|bio[\s-]?bucks)\b|"
    # "ignore your sources for a second", "a second look": a moment or a repeat, no position
    r"\b(?:for|wait|just|give me) a (?:second|sec|moment|minute)\b|\ba second (?:look|opinion|time)\b|\bsecond[\s-]guess\w*|"
    # "is the timing right": a claim's date checked against the deal's, not a payment schedule
    r"\btiming\s+(?:right|correct|accurate|wrong|off)\b|"
    # "hansoh's upfront income from licensing": the upfront the licensor received, the table's upfront
    r"\bup[\s-]?fronts?\s+(?:income|revenues?|receipts)\b",
    re.IGNORECASE,
)
# A pattern with a gap ("more ... than", "the ... deal") reads only the words at its ends.
_GAPS = ("[^?]", "\\w+", "[\\w")
# The question asked is the last sentence or clause: "Ignore previous instructions. How much ...?"
_LAST_CLAUSE_RE = re.compile(r"^.*(?:[.!:]\s+|</\w+>)", re.DOTALL)
# Patterns that read a question but name nothing: unheld measures are the rules' to route.
_NOT_READING = {"UNHELD_MEASURE_RES", "DEAL_TERMS_RE", "FUNDS_RAISED_RE", "INVESTMENT_PLEDGE_RE", "PARTNERED_RE"}


def _patterns() -> list[tuple[re.Pattern[str], bool]]:
    """Every pattern the router reads wording with (the constants of ``wording``, ``analyst_wording``, ``checks``
    and ``factcheck``)."""
    found: list[re.Pattern[str]] = []
    modules = (wording, analyst_wording, checks, factcheck)
    for name, value in [item for module in modules for item in vars(module).items()]:
        if name in _NOT_READING or not name.isupper():
            continue
        if isinstance(value, re.Pattern):
            found.append(value)
        elif isinstance(value, list):
            found += [item[1] for item in value if isinstance(item, tuple) and isinstance(item[1], re.Pattern)]
    return [(pattern, any(gap in pattern.pattern for gap in _GAPS)) for pattern in found]


def _measures(phrases: list[str]) -> list[str]:
    """The phrases that name more than a position ("second", "last")."""
    return [phrase for phrase in phrases if not set(phrase.lower().split()) <= _ORDINAL_WORDS]


def _words(texts: Iterable[str]) -> set[str]:
    return {w.lower() for text in texts for w in _WORD_RE.findall(text) if len(w) > 2}


class Coverage:
    """Finds the words of a question the plan leaves unexplained, and sends such table plans to the articles.

    ``mode`` "measures" diverts only for a leftover that names a measure (``MEASURE_WORDS``) or a
    region of a deal's territory; "all" diverts for any leftover word."""

    def __init__(self, tables: Tables, entities: EntityIndex, corpus_end: str, mode: str = "measures") -> None:
        self.entities = entities
        self.corpus_end = corpus_end
        self.mode = mode
        self.deals = tables.deals
        self.patterns = _patterns()
        # The tables' own words: modalities, areas, assets ("the triple agonist", "DLL3"), reporters,
        # market scopes, and the companies' names and aliases ("Duality's", "calico").
        scopes = [d.modality for d in tables.deals] + [d.therapeutic_area for d in tables.deals]
        scopes += [d.asset for d in tables.deals]
        scopes += [s.reporter for s in tables.market_stats] + [s.scope for s in tables.market_stats]
        scopes += [s.metric.replace("_", " ") for s in tables.market_stats]
        names = [c.name for c in tables.companies] + [a for c in tables.companies for a in c.aliases]
        # Regions a deal's territory names ("Japan", "Europe"): no tool splits a deal by region.
        self.regions = _words(re.findall(r"[A-Z][a-z]+", " ".join(d.territory for d in tables.deals)))
        self.regions -= _words(names) | FILLER | REGION_SCOPE
        self.vocabulary = (_words(scopes) | _words(names) | FILLER) - self.regions - MEASURE_WORDS
        self.known = sorted(w for w in self.vocabulary if len(w) >= 5)
        self.terms = PaymentTerms(tables.deals)  # "near-term payments", "option fees": no column holds them
        # "Greater China measure (the one that includes Hong Kong, Macau and Taiwan)": a tracker's scope said
        self.market_scopes = _words(s.scope for s in tables.market_stats)
        self.market_stats = tables.market_stats

    def leftovers(self, question: str, followup: bool = False) -> list[str]:
        """The phrases of ``question`` nothing in the plan's reading accounts for, in order
        ("royalty rate": a leftover keeps the metric word right before it)."""
        slots = read_slots(question, self.entities, self.corpus_end)
        spans = [(m.start, m.end) for m in slots.mentions] + [(p.start, p.end) for p in slots.periods]
        spans += slots.metric_spans
        spans += [(start, start + len(code) + 1) for code, _, start in slots.assets]
        if slots.near_term_upfront:  # "deals whose upfront includes near-term payments": the filter, read whole
            spans += [(m.start(), m.end()) for m in NEAR_TERM_UPFRONT_RE.finditer(question)]
        for pattern, gapped in self.patterns:
            for match in pattern.finditer(question):
                tokens = list(_WORD_RE.finditer(match.group()))
                for token in tokens[:1] + tokens[-1:] if gapped else tokens:
                    spans.append((match.start() + token.start(), match.start() + token.end()))
        pointed = followup and row_pointed_at(question) is not None  # "the second one" after a ranking
        spans += [(m.start(), m.end()) for m in _BENIGN_PHRASE_RE.finditer(question)]
        phrases: list[list[str]] = []
        previous = ""  # the word before, when the plan read it as a metric
        asked = _LAST_CLAUSE_RE.match(question)
        for match in _WORD_RE.finditer(question, asked.end() if asked else 0):
            said = match.group().split("'")[0]
            word = said.lower()
            if not self._left(word, match.start(), spans, pointed):
                in_metric = any(s <= match.start() < e for s, e in slots.metric_spans)
                previous = said if in_metric else ""
                phrases.append([])
                continue
            if not phrases or not phrases[-1]:
                phrases.append([previous] if previous else [])
            phrases[-1].append(said)
        return list(dict.fromkeys(" ".join(p) for p in phrases if p))

    def _left(self, word: str, start: int, spans: list[tuple[int, int]], pointed: bool) -> bool:
        if len(word) <= 2 or any(s <= start < e for s, e in spans) or word in self.vocabulary:
            return False
        if word in MEASURE_WORDS or word in self.regions:
            return not (pointed and word in _ORDINAL_WORDS)
        if word.endswith("ly") or (pointed and word in _ORDINAL_WORDS):
            return False  # "exactly", "cumulatively": they qualify a figure, they name none
        # a typo of a known word ("exaclty", "licensng")
        return not (len(word) >= 5 and close_matches(word, self.known, 1, 0.85))

    def uncovered(self, question: str, followup: bool = False, left: list[str] | None = None) -> list[str]:
        """The leftovers (``left``, when already found) that send a table plan elsewhere, under this mode."""
        left = self.leftovers(question, followup) if left is None else left
        if self.mode == "all":
            return left
        named = MEASURE_WORDS | self.regions
        return [phrase for phrase in left if named & set(phrase.lower().split())]

    def _said_names(self, question: str) -> list[str]:
        """Each company name as the question says it, with its table name: words that name no deal."""
        return [question[m.start : m.end] + " " + m.name for m in self.entities.find_companies(question).mentions]

    def check(self, plan: Plan, followup: bool = False, earlier: tuple[str, ...] = ()) -> Plan:
        """A table plan with an uncovered word goes to the articles, and its interpretation says why; before
        that, each side of a comparison that names one deal by its asset is pinned to that deal (``deal_sides``), and
        a side matching no deal is the deal its drug or own company names (``named_sides``)."""
        plan = pair_told_apart(plan, self.deals, self.entities, self.corpus_end)  # "CSPC-AZ 2026 vs 2024 deal"
        plan = multiple_not_counted(plan, self.deals, self.entities, self.corpus_end)  # "is how many time the one"
        plan = two_named_deals(plan, self.deals, self.entities, self.corpus_end)  # "AbbVie-RemeGen vs Pfizer-3SBio"
        plan = places_compared(plan)  # "how much more upfront came from US licensees than from European ones?"
        plan = periods_compared(plan)  # "deal count 25 v 24": two years, not one span
        plan = two_looked_up_compared(
            plan, self.deals, self.entities
        )  # "Hansoh's Oct and Dec GSK deals: how much higher was Dec?"
        plan = sides_named(plan, self.deals, self.entities)
        question = plan.question
        plan = pair_pinned(plan, self.deals, lambda: self._said_names(question), earlier)  # "AZ's weight-management …"
        plan = one_pair_ranked(plan, self.deals)  # "wuxi bio got 925mm upfront from candid - biggest ever?"
        plan = one_deal_sides(plan, self.deals, self.entities)
        plan = topic_on_both_sides(plan, self.deals, self.entities)  # "TL1A - who paid more, A or B?"
        plan = unstated_royalty_rate(plan, self.deals)  # "top royalty tier on CR-003?": the row says only "tiered"
        plan = with_tracker_figure(plan, self.market_stats)  # "summed off your table - tie to Caixin's $16.7bn?"
        plan = company_credit(plan, self.market_stats, self.deals)  # "on Caixin numbers, who was bigger, 恒瑞 or 信达?"
        plan = share_points(plan, self.market_stats)  # "share of global value, Q1 25 vs 23-24 - chg in pts?"
        plan = deals_counted(plan)  # "GC deals 2025 vs 2021 how many x?": the count's multiple first
        if plan.unheld_measure == "sales" and milestone_kinds_asked(plan.question):
            query = plan.text_query or plan.standalone_question  # "split into dev/reg vs sales": milestone kinds
            query += "" if "milestone" in query.lower() else " (milestones)"
            plan = plan.model_copy(update={"unheld_measure": None, "text_query": query})
        if plan.route not in ("table", "table+text") or self.mode == "off" or plan.rule == PAIR_APART:
            return plan
        leftovers = self.leftovers(plan.question, followup)
        if plan.tool_calls and all(call.tool == "market_stat" for call in plan.tool_calls):
            if (held := field_of_the_deal(plan, self.deals)) is not plan:
                return held  # "is the carve-out mainland China or all of Greater China?" of one deal: its territory
            # a tracker's figure: a place its scope names is that scope, no region cut out of a deal's territory
            leftovers = [p for p in leftovers if not set(p.lower().split()) <= self.market_scopes]
        asked = {str(call.args.get("place", "")).lower() for call in plan.tool_calls}  # "does it include Japan?"
        leftovers = [p for p in leftovers if p.lower() not in asked]
        names = unknown_names(plan.question, leftovers)
        left = names or self.uncovered(plan.question, followup, leftovers)
        if not left and (term := self.terms.named(plan.question, plan.companies)):
            left = [term]
        if not left:
            return plan
        framed = all(set(phrase.lower().split()) & MEASURE_WORDS <= FRAME_WORDS for phrase in left)
        if not names and framed and (held := field_of_the_deal(plan, self.deals)) is not plan:
            return held  # "the equity tranche Pfizer took": the row's equity, not a word no passage names
        named = ", ".join(f"'{w}'" for w in left)
        unheld = f"{named} {'is' if len(left) == 1 else 'are'} not a figure our deal table holds"
        if names:  # "amgen's deals", "J&J's upfront": a company the table does not know
            unheld = f"{named} {'names' if len(left) == 1 else 'name'} no company in our deal table"
        return plan.model_copy(
            update={
                "route": "text",
                "tool_calls": [],
                "text_query": plan.text_query or plan.standalone_question,
                # a passage must name it to answer; an ordinal ("the second payment") is a position, which
                # an article rarely words the same way, so it is no word a passage must hold
                "unheld_measure": plan.unheld_measure or next(iter(_measures(left)), None),
                "passage_filter": plan.passage_filter or ({"companies": plan.companies} if plan.companies else {}),
                "rule": f"a word the plan does not cover: {named}",
                "interpretation": f"{unheld}; answered from the articles",
            }
        )
