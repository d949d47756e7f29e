"""Several questions in one: "What did Pfizer pay 3SBio upfront, and what did Madrigal pay Ribo?"
becomes two questions, each planned and answered, then composed into one answer.

Only clear joins split a question: a second question mark, a semicolon, "and" followed by a
wh-word, or ", and" followed by a question word or an auxiliary; each part needs two words or more. "Compare X and Y" or "deals between X and Y" stay whole; two
companies in one clause are the router's to handle (a compare, a sum per company).
"""

from __future__ import annotations

import re

from assistant.routing.bare_measures import bare_measure_parts, is_bare_term
from assistant.routing.both_ends import both_ends
from assistant.routing.chinese_asks import year_again_spelt
from assistant.routing.chinese_count_sum import chinese_count_and_sum
from assistant.routing.chinese_sum_tail import sum_tail_joined
from assistant.routing.chinese_value_count import value_then_count
from assistant.routing.chinese_wechat import left_out_joined
from assistant.routing.claim_corrections import premise_joined
from assistant.routing.claim_pairs import claim_pairs
from assistant.routing.claim_tail import claims_joined
from assistant.routing.company_against import tracker_checks_joined
from assistant.routing.company_asks import company_asks
from assistant.routing.continued_asks import continued
from assistant.routing.contractions import apostrophes_restored, did_spelt
from assistant.routing.count_and_sum import IN_OUR_TABLE, count_and_sum_parts, sum_after_count
from assistant.routing.deal_asks import deal_asks
from assistant.routing.deal_facets import facet_parts
from assistant.routing.deal_gap import gap_of_two_deals
from assistant.routing.deal_pairs import each_named_deal, whole_named_deals
from assistant.routing.distribute import POINTS_BACK_RE, Spans, distribute
from assistant.routing.each_and_combined import each_and_combined
from assistant.routing.elided_asks import elided_asks
from assistant.routing.framing_asks import frame_dropped
from assistant.routing.front_loaded import front_loading_parts
from assistant.routing.group_sides import group_gap_joined
from assistant.routing.lettered_parts import lettered_parts, marks_dropped
from assistant.routing.list_parts import list_kept
from assistant.routing.list_sums import sum_after_list
from assistant.routing.market_split import is_aside, only_a_purpose, split_market_asks
from assistant.routing.measure_by_deal import measure_by_deal
from assistant.routing.measures_each import measures_each
from assistant.routing.narrowing_tail import narrowing_joined
from assistant.routing.own_years import own_years
from assistant.routing.pair_parts import pair_kept
from assistant.routing.paired_asks import closing_period_shared, how_much_spelt, scope_shared, two_periods
from assistant.routing.part_topics import code_carried, pair_carried, with_topic
from assistant.routing.place_gaps import PLACE_GAP_RE
from assistant.routing.ranking_sizes import size_joined
from assistant.routing.research_parts import research_parts
from assistant.routing.research_wording import plain_question
from assistant.routing.runner_up import with_runner_up
from assistant.routing.same_side import each_company, each_pair
from assistant.routing.second_pair import second_pair
from assistant.routing.series_gaps import gap_kept
from assistant.routing.series_told import told_apart_joined
from assistant.routing.shared_scope import noun_asks, shared_scope
from assistant.routing.slashed_phrases import slashes_spelt
from assistant.routing.then_ones import then_ones
from assistant.routing.tracker_asides import other_period_joined, trackers_said_joined
from assistant.routing.tracker_both import second_tracker_joined
from assistant.routing.tracker_derived import change_part_joined, count_and_measure, upfront_ratio_asked
from assistant.routing.tracker_figures import tracker_compared, tracker_parts
from assistant.routing.tracker_more import read_whole, stats_of
from assistant.routing.tracker_periods import change_joined, so_far_compared
from assistant.routing.tracker_table import deal_part_unscoped, tracker_table_joined, tracker_table_split
from assistant.routing.tracker_twos import meaning_split, trackers_part_joined
from assistant.routing.tracker_universe import figure_asker_joined, others_part_joined
from assistant.routing.tracker_which_more import which_tracker_more
from assistant.routing.trade_shorthand import tracker_spelt
from assistant.routing.two_asks import table_count_kept, two_asks
from assistant.routing.two_rankings import two_rankings
from assistant.routing.who_more import gap_joined
from assistant.routing.winner_parts import winner_parts
from assistant.routing.wording import REPORTER_RE

_WH_WORD = r"(?:what|how|who|which|when|where|why)\b"
# After a comma a new question may also open with an auxiliary or an imperative ("..., and did
# it close?", "..., and list ..."); a bare "and" joins conditions ("over $100 million and were
# ADCs") unless a wh-word follows.
_AFTER_COMMA = r"(?:what|how|who|whose|which|when|where|why|did|does|do|is|was|were|list|name|give)\b"
# "PharmCube's 2025 total, and over how many deals?": the tracker's count is its own figure, asked apart (a sum of
# our deals says how many deals it is over, so there the preposition keeps the ask whole)
_OVER_HOW_MANY_RE = re.compile(r"(,\s*and\s+)(?:over|across|from|in)\s+(?=how\s+many\b)", re.IGNORECASE)
# "largest deal of 2026 so far, and its upfront?": ", and its <measure>" asks a second figure of what the first found
_ITS_MEASURE = r"(?:its|their)\s+(?:up[\s-]?fronts?|headline|total|value|milestones?|equity|biobucks)\b"
# "... $2.6bn in upfronts Jan-Aug 2025. And biotochina's 2024 figure?": a capital "And" opening a sentence after
# one that ends on a figure or a year is a new ask ("Thanks. And LaNova's deal?" stays one follow-up)
_YEAR_TOO_RE = re.compile(r"(?:and\s+)?(?:那|那么)?\s*(?:20[12]\d|去|今|前)\s*年(?:度|全年)?\s*(?:的)?\s*呢[?？]?\s*")
_SPLIT_RE = re.compile(
    rf"\?\s+(?=\S)|(?:(?<=\d)|(?<=bn)|(?<=illion))\.\s+(?=(?-i:And)\s)|？\s*(?=[^？]*?(?:多少|几|合计|总|首付|里程碑|排名|最|中位|平均|什么|谁|为何))|[;；]\s*(?:and\s+)?|"
    rf",\s*and\s+(?:also\s+)?(?={_AFTER_COMMA}|{_ITS_MEASURE})|\s+(?:and|&)\s+(?:also\s+)?(?={_WH_WORD})|"
    rf",?\s+and\s+(?:(?:tell|show)\s+(?:me|us)|let\s+(?:me|us)\s+know)\s+(?={_WH_WORD})",  # "add up X and tell me which"
    re.IGNORECASE,
)
# "hansoh total upfront + which one was the biggest?", "largest deal of 2026 + its upfront?": after a figure of our
# deals, a "+" before a question word or "its <measure>" joins two questions as ", and" would. Not after words
# about a drug or a company ("mabwell newco - name + who set it up", "LBL-051 targets + what it's for"), one
# question for the articles, nor between two measures ("upfront + milestones"), one question for the router.
# A bare "+ how many" is left to count_and_sum_parts, which counts the deals the sum was over.
_PLUS_RE = re.compile(rf"\s+\+\s+(?!how many\W*$)(?={_WH_WORD}|{_ITS_MEASURE})", re.IGNORECASE)
_TABLE_FIGURE_RE = re.compile(
    r"\b(?:up[\s-]?fronts?|headline|total|value|milestones?|equity|deals?|largest|biggest|smallest|average|avg|sum)\b",
    re.IGNORECASE,
)


# "did 3sbio pfe actually close + did pfe put equity in": a "+" before a yes/no question after a question (outsider100)
_AUX = r"(?:did|does|do|is|was|were|has|have|are)\b"
_PLUS_AUX_RE = re.compile(rf"\s+\+\s+(?={_AUX})", re.IGNORECASE)
_OPENS_AUX_RE = re.compile(rf"^\s*(?:{_AUX}|{_WH_WORD})", re.IGNORECASE)  # a question before it


def _plus_joined(question: str) -> str:
    """``question`` with a "+" that joins two questions about our deals, or two yes/no questions, written ", and"."""
    for join in reversed(list(_PLUS_RE.finditer(question))):
        if _TABLE_FIGURE_RE.search(question[: join.start()]):
            question = f"{question[: join.start()]}, and {question[join.end() :]}"
    if _OPENS_AUX_RE.match(question):
        question = _PLUS_AUX_RE.sub(", and ", question)
    return question


# a stated figure, then a dash and a question about the same deal: the claim checked, then the question asked
_CLAIM_DASH_RE = re.compile(
    r"^((?![^?—–]*\b(?:where|which|whose|that|deals?|licensors?|licensees?)\b)[^?—–]{2,40}?"
    r"\b(?:paid|pays|got|gets|received|receives)\b[^?—–]{1,40}?\$\s?\d[^?—–]{0,60}?)\s+[—–-]{1,2}\s+"
    r"(?=(?:what|how|who|which|when|where|why)\b)",
    re.IGNORECASE,
)
_HEDGED_RE = re.compile(r"\bI\s+(?:believe|think|thought|understand|heard|read|was told)\b|\bmy understanding\b", re.I)
# "List Roche's licences from Chinese companies – which had the biggest upfront?": the list, then the question
_LIST_DASH_RE = re.compile(
    r"^(\s*(?:list|show(?:\s+me)?|name)\b[^?—–]{3,80}?)\s+[—–-]{1,2}\s+(?=which\b)", re.IGNORECASE
)
MAX_PARTS = 4
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# "How many deals so far in 2026, and what do their upfronts add up to?": a later part sums a deal's
# own measure over the deals an earlier part counted, which only our rows hold, so the count is ours too.
_THOSE_DEALS_RE = re.compile(r"\b(?:their|those|these|them|the same)\b|它们|这些", re.IGNORECASE)
_DEAL_MEASURE_RE = re.compile(
    r"\bup[\s-]?fronts?\b|\bmilestones?\b|\bequity\b|\bbio[\s-]?bucks\b|首付|里程碑", re.IGNORECASE
)
_COUNT_RE = re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b|多少笔|几笔", re.IGNORECASE)
# "what was Hengrui's 2025 total, and how does Hansoh's compare?": the second part names only the other
# side of one comparison, so the question is asked whole (the router sets the two sides side by side)
_OTHER_SIDE_RE = re.compile(
    r"^how (?:does|do|did|would) (?!(?:that|this|it|they|those|these)\b)[^?]{1,60}? "
    r"(?:compare|stack up|measure up|match up)(?: (?:with|to|against) (?:that|this|it|them|those|these))?[?.]?$",
    re.IGNORECASE,
)
# "what did Pfizer pay 3SBio upfront, and how does that stack up vs Takeda's upfront to Innovent?": the later part
# sets another company's figure against the earlier one, which is one comparison: asked whole when it names a company
_THAT_AGAINST_RE = re.compile(
    r"^how (?:does|do|did|would) (?:that|this|it) (?:compare|stack up|measure up|match up) "
    r"(?:with|to|against|vs\.?|versus) (?!(?:that|this|it|them|those|these)\b)",
    re.IGNORECASE,
)
# "Which Chinese drugmaker inked the most deals, and which racked up the biggest value?": the later
# "which" + verb asks about the same kind of company, so it is given the earlier part's subject.
_WHICH_SUBJECT_RE = re.compile(
    r"^(?:which|what)\s+((?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|licensors?|licensees?|drugmakers?|biotechs?|"
    r"pharmas?|buyers?|sellers?|partners?|multinationals?|firms?|developers?))\b",
    re.IGNORECASE,
)
_BARE_WHICH_RE = re.compile(
    r"^(which)\s+(?=(?:\w+ed|has|had|was|is|got|paid|made|won|took|brought|holds|leads|tops|gets|pays)\b)",
    re.IGNORECASE,
)


# "..., and which was the largest deal?": the deal is the subject, and the company kind is not given to it.
_NAMES_DEAL_RE = re.compile(
    r"^which\s+(?:was|is|were|are)\s+the\b[^?]*\b(?:deal|transaction|agreement|pact)\b(?!s)", re.IGNORECASE
)
# The earlier part's period ("in 2025", "the most 2025 deals", "in H1 2025") and the kind of deals it counts
# ("the most ADC deals"): the later "which" part asks within them, as one question would.
_PERIOD_RE = re.compile(
    r"\b(?:(?:q[1-4]|h[12]|[12]h|(?:the\s+)?(?:first|second)\s+half\s+of)\s+)?(?:19|20)\d{2}\b|"
    r"\b(?:last|this)\s+year\b",
    re.IGNORECASE,
)
_KIND_OF_DEALS_RE = re.compile(r"\bmost\s+((?:[\w-]+\s+){1,2}?)deals\b", re.IGNORECASE)
_NOT_A_KIND = re.compile(r"^(?:(?:19|20)\d{2}|licensing|out-?licensing|china|chinese|cross-border|new)$", re.IGNORECASE)


def _other_side_named(parts: list[str], spans: Spans | None) -> bool:
    """The later part names a company the first does not, and no tracker: "vs Takeda's upfront to Innovent"
    after "what did Pfizer pay 3SBio", not "with Caixin's $10bn for Innovent" after "Innovent's 2025 deals"."""
    if spans is None or REPORTER_RE.search(parts[1]) or not spans(parts[0]):
        return False
    first = {parts[0][start:end].lower() for start, end in spans(parts[0])}
    return any(parts[1][start:end].lower() not in first for start, end in spans(parts[1]))


def _with_subject(part: str, first: str, subject: str) -> str:
    """A later bare "which" part ("which paid the most upfront") asked of the first part's subject,
    within the first part's period and kind of deals."""
    names_deal = bool(_NAMES_DEAL_RE.match(part))
    if not names_deal and not _BARE_WHICH_RE.match(part):
        return part
    rewritten = part if names_deal else _BARE_WHICH_RE.sub(rf"\1 {subject} ", part, count=1)
    kind = _KIND_OF_DEALS_RE.search(first)
    words = [word for word in (kind.group(1).split() if kind else []) if not _NOT_A_KIND.match(word)]
    if words and not re.search(rf"\b{re.escape(words[-1])}\b", rewritten, re.IGNORECASE):
        rewritten += f" among {' '.join(words)} deals"
    period = _PERIOD_RE.search(first)
    if period and not _PERIOD_RE.search(rewritten):
        rewritten += f" in {period.group()}"
    return rewritten


def split_parts(question: str, spans: Spans | None = None) -> list[str]:
    """The questions asked, in order; one element when the question asks one thing.

    ``spans`` finds the company names in a text (character spans), so that "what did Merck pay
    Curon and LaNova upfront, respectively?" is asked of Curon and of LaNova."""
    question = slashes_spelt(did_spelt(apostrophes_restored(question)))  # "whats", "when'd that close"; "A / from B"
    if listed := deal_asks(question, spans):  # "1093.HK/AZN jan-26: UF; MS; when's close": each ask of that deal
        return [part.rstrip("?？. ") + "?" for part in listed]
    if listed := company_asks(question, spans):  # "hengrui in the table: # of deals, biggest by tcv, avg uf"
        return listed
    if lettered := lettered_parts(question):  # "the upfront under (a) the Curon deal and (b) the LaNova licence"
        return lettered
    question = marks_dropped(question)  # "…: (i) upfront, (ii) any near-term payment": a plain list of measures
    if claims := claim_pairs(question, spans):  # "says A paid B $80m upfront and C paid D $200m upfront. Both right?"
        return claims
    if terms := bare_measure_parts(question):  # "里程碑 and 总额?" after a deal's upfront: each term
        return terms
    question = tracker_spelt(premise_joined(question))  # "in 2024 right? how much upfront": one ask on a premise
    if not _HEDGED_RE.search(question):  # "I believe Roche paid $1.2 billion … - what were the milestones?": whole
        question = _LIST_DASH_RE.sub(r"\1? ", _CLAIM_DASH_RE.sub(r"\1? ", question))  # "List X – which had …?"
    question = sum_tail_joined(question)  # "首付款分别是多少?加起来呢?": each deal, and combined
    question = left_out_joined(question)  # "…几单？borderline 那两个（药明、Earendil）不要算": one ask
    question = narrowing_joined(question)  # "… 2025 ADC deals? Just plain ADCs, not bispecific ADCs.": one ask
    question = size_joined(question)  # "the smallest upfronts? bottom 3 deals.": one ranking of three
    if apart := told_apart_joined(question):  # "157 deals in one place and 186 in another for 2025? which is right"
        return [apart]
    if gap_ask := which_tracker_more(question):  # "did Goodwin or biotochina.org count more deals in 2023?": the gap
        return [gap_ask]
    if joined := so_far_compared(question):  # "avg deal size so far in 2026 and how it compares with 2025?"
        return [joined]
    if PLACE_GAP_RE.search(question):  # "the second-largest deal of 2025, and how far behind #1 was it?": one ranking
        return [question.strip()]
    if REPORTER_RE.search(question):
        question = _OVER_HOW_MANY_RE.sub(r"\1", question)
    question = year_again_spelt(question)  # "2024年 upfront 最大的是哪笔? 2025年呢?": "…? and 2025年呢?"
    question = with_runner_up(question)  # "which licensee spent the most, and who came second?": a top 2
    question = how_much_spelt(_plus_joined(question))  # "hansoh total upfront + which one …"; "…, and for how much?"
    question = continued(question, spans)  # "what was X in 2024 and then the biggest in 2025" (continued_asks)
    if upfront_ratio_asked(question) and not (spans and spans(question)):
        return meaning_split(question)  # "X's upfronts against its milestones, what %?": one ratio, read whole
    if read_whole(
        question, stats_of(spans)
    ):  # "GlobalData 2024: value, share and YoY?", "top-10 share, and that in bn?"
        return [question]
    if counted := chinese_count_and_sum(question) or value_then_count(question) or count_and_measure(question):
        return counted  # "几笔交易?加起来总额多少?", "总额多少，几笔?", "Informa: how many cos did $1bn+ deals …, and total upfront?"
    if whole := front_loading_parts(question, spans) or gap_of_two_deals(question, spans):
        return whole  # "upfront/total, A vs B: which is more front-loaded?"; "Argo 首付, 2024 那单多还是 2025 那单多?"
    if periods := two_periods(plain_question(question)):  # "… of 2024, and 2025"
        return [part[:1].upper() + part[1:] + "?" for part in periods]
    if periods := own_years(plain_question(question)):  # "count and total value, 2024 and 2025 separately"
        # each year's ask may itself ask two measures: "number of deals and total value …, 2024"
        return [asked for part in periods for asked in split_parts(part[:1].upper() + part[1:] + "?", spans)]
    ends = both_ends(question)  # "largest and smallest 2024 deals"; "median upfront, and the biggest?"
    if ends:
        return [part[:1].upper() + part[1:] + "?" for part in ends]
    if asks := tracker_table_split(question):  # "PharmCube's 2025 count, and the biggest 2025 deal in your table"
        return asks
    research = research_parts(question)  # "the mean and the median", "metabolic or immunology deals"
    if research:
        return research
    pieces = [piece.strip(" ,;") for piece in _SPLIT_RE.split(plain_question(question).strip())]
    worded = [
        piece
        for number, piece in enumerate(pieces)
        if len(piece.split()) >= 2
        or len(_CJK_RE.findall(piece)) >= 4
        or (number and is_bare_term(piece) and _CJK_RE.search(piece))
        or _YEAR_TOO_RE.fullmatch(piece)
    ]  # 首付款合计多少; "…拿了多少股？总额?": a term after other asks; "那2024年呢？交易数多少？": the year asked again
    parts = [piece[:1].upper() + piece[1:] for piece in worded if not is_aside(piece)]
    parts = claims_joined(parts)  # "What were Hengrui's revenues in 2025? A draft says 30 billion yuan.": one ask
    named = bool(parts) and (bool(spans and spans(parts[0])) or bool(REPORTER_RE.search(parts[0])))
    parts = frame_dropped(parts, named)  # "Is 2026 running hotter than 2025? what's the average deal size …"
    asked = parts[:1] + [part for part in parts[1:] if not only_a_purpose(part, bool(spans and spans(part)))]
    purpose_said, parts = len(asked) < len(parts), asked
    if any(_OTHER_SIDE_RE.match(part) for part in parts[1:]):
        return [question.strip()]
    if len(parts) == 2 and _THAT_AGAINST_RE.match(parts[1]) and _other_side_named(parts, spans):
        return [question.strip()]
    if len(parts) > MAX_PARTS:
        return [question.strip()]
    parts = [part.rstrip("?？. ") for part in parts] or [question.strip().rstrip("?？. ")]
    parts = trackers_part_joined(parts, spans)  # "how many $1bn+ deals in H1 2025? vision vs freshfromchina": one ask
    parts = other_period_joined(
        trackers_said_joined(parts, spans), spans
    )  # "…? the numbers of each, vision and freshfromchina"
    parts = change_part_joined(parts)  # "IQVIA H1 2025 already more than full 2024? by how much %": one ask
    parts = then_ones(
        elided_asks(parts)
    )  # "X paid how much to A and how much to B"; "… the 2025 one and then the 2026 one"
    if len(parts) >= 2 and len(kept := list_kept(parts, question)) == 1:
        return kept  # "which deals …, and what were the assets?": the list's rows show them
    parts = tracker_checks_joined(tracker_table_joined(parts))  # "…what % is that", "…#2 and #3?", "…add up same?"
    parts = gap_joined(gap_kept(group_gap_joined(parts)))  # "A and B together more than C? give the gap"; "A vs B: …"
    parts = figure_asker_joined(
        others_part_joined(second_tracker_joined(parts)), spans
    )  # "X's 2023 count, and does that match others?"
    parts = change_joined(parts)  # "pharmcube's ytd 2026 avg deal size and how much bigger vs 2025 avg": one ask
    parts = two_asks(noun_asks(parts, spans), spans)  # "X upfront, and Y total value": one question a deal
    parts = scope_shared(
        closing_period_shared(shared_scope(parts, spans), spans)
    )  # "In 2024, what …, and which …"; "… and … in 2025"
    parts = table_count_kept(parts)  # "how many deals in your table in 2024, and how many in 2025?"
    subject = _WHICH_SUBJECT_RE.match(parts[0])
    if subject:
        parts = parts[:1] + [_with_subject(part, parts[0], subject.group(1)) for part in parts[1:]]
    if any(_THOSE_DEALS_RE.search(part) and _DEAL_MEASURE_RE.search(part) for part in parts[1:]):
        parts = [part + IN_OUR_TABLE if _COUNT_RE.search(part) else part for part in parts]
    # "informa: how many cos signed $1bn+ deals in 2024 & combined value?"; "PharmCube 2025 total? and how much the
    # Innovent Takeda deal is": the deal part keeps the period carried, not the tracker
    parts = deal_part_unscoped(tracker_parts(parts, question))
    parts = tracker_compared(parts)  # "how many 2024 deals in ur table, and how does that compare w pharmcube's?"
    parts = _distributed(parts, spans)
    parts = parts[:1] + [_in_period(part, parts[0], spans) for part in parts[1:]]
    parts = with_topic(parts)  # "YL201 - what is it and how far along when roche took it": both of YL201
    parts = code_carried(parts, lambda text: bool(spans and spans(text)))  # "who bought DB-1418, and the total?"
    parts = pair_carried(parts, spans)  # "ImmuneOnco 同 Axion 嗰單點解會散? 幾時 terminate?": of that deal
    parts = winner_parts(parts, spans)  # "biggest upfront of 2024 - who paid it, and what milestones came on top?"
    parts = [one for part in parts for one in each_and_combined(part)]  # "upfront on each and combined headline"
    # "… freshfromchina vs vision lifesciences?", "…: total $ and deal count": one figure a question
    parts = [one for part in parts for one in split_market_asks(part, bool(spans and spans(part)))]
    parts = [one for part in parts for one in two_rankings(part)]  # "biggest by total, and biggest by upfront"
    parts = sum_after_count([one for part in parts for one in count_and_sum_parts(part)])  # "how many & combined UF"
    parts = sum_after_list(
        parts
    )  # "which companies did Merck license from in 2024, and what did the upfronts add up to?"
    parts = pair_kept(parts, spans)  # "A and B: how many deals, and what did B pay across them?": the pair's deals
    parts = [one for part in parts for one in each_company(part, spans)]  # "how much did Hengrui and Hansoh get"
    parts = [one for part in parts for one in each_pair(part, spans)]  # "the Hengrui-GSK and Hansoh-GSK deals"
    parts = [one for part in parts for one in second_pair(part, spans)]  # "value of A-B and of C-D"
    parts = [one for part in parts for one in each_named_deal(part, spans)]  # "A upfronts: B deal and C deal"
    parts = [one for part in parts for one in measure_by_deal(part, spans)]  # "A: upfront from B, headline on C"
    parts = [one for part in parts for one in measures_each(part, spans)]  # "A 跟 B 和 C 两单, 首付加里程碑各多少"
    parts = whole_named_deals(parts, plain_question(question), spans)  # "to A in 2024 and to B in 2025 - upfront?"
    parts = facet_parts(parts, question, spans)  # "lanova merck upfront & when did it close": then "that deal"
    if len(parts) == 1 and purpose_said:
        return [parts[0] + "?"]  # "What upfront did Novartis pay Argo? I want to compare it with our income"
    if len(parts) < 2 or len(parts) > 2 * MAX_PARTS:
        return [question.strip()]
    return [part + "?" for part in parts]


# a part that asks beyond the first part's period keeps its own reach: "and in total?", "ever", "so far"
_WIDER_RE = re.compile(
    r"\b(?:in total|overall|ever|all[\s-]time|altogether|all told|to date|so far|since|every year|each year|per year|"
    r"by year|any year|other years?|year before|previous year|next year|earlier|later)\b",
    re.IGNORECASE,
)


_BACK_RE = re.compile(
    r"\b(?:they|them|their|those|these|each|it|its|that|this|both|either|respectively|growth|change|differ\w*|"
    r"increase[sd]?|rise|rose|grew|grow|jump\w*|decline[sd]?|drop\w*|fall|fell|"
    r"gap|more|less|fewer|versus|vs)\b",
    re.IGNORECASE,
)


# a first part that asks a figure of its own; one that only sets the scene ("How concentrated was 2025?") does not
_ASKS_A_FIGURE_RE = re.compile(
    r"\b(?:deals?|transactions?|upfronts?|milestones?|values?|totals?|worth|how (?:many|much)|counts?|numbers?|paid|"
    r"pay|sum|average|mean|median|biggest|largest|smallest|most|top|licensors?|licensees?|buyers?)\b",
    re.IGNORECASE,
)


def _in_period(part: str, first: str, spans: Spans | None) -> str:
    """A later part that names no period, company or reach of its own is asked within the first part's
    period: "How concentrated was 2025? Top five deals as a share of all headline value" asks of 2025."""
    period = _PERIOD_RE.search(first)
    if not period or _PERIOD_RE.search(part) or _WIDER_RE.search(part) or len(first.split()) < 4:
        return part
    if _ASKS_A_FIGURE_RE.search(first):
        return part  # "How many deals in 2025, and the biggest deal in the whole table?": each part its own reach
    # a part that points back ("they", "each", "the growth") or a first part about a company or a tracker is
    # read as a follow-up, which keeps the first part's period and its subject together
    if _BACK_RE.search(part) or REPORTER_RE.search(first) or (spans and (spans(part) or spans(first))):
        return part
    return f"{part} in {period.group()}"


def _distributed(parts: list[str], spans: Spans | None) -> list[str]:
    """Each part asked of each thing it names; a later part pointing back at them all ("which drugs
    were they?") is asked after each thing, so that it is answered for every one."""
    out: list[str] = []
    index = 0
    while index < len(parts):
        things = [thing for piece in distribute(parts[index], spans) for thing in distribute(piece, spans)]
        index += 1
        if len(things) == 1:
            out.append(things[0])
            continue
        back: list[str] = []
        while index < len(parts) and POINTS_BACK_RE.search(parts[index]):
            back.append(parts[index])
            index += 1
        out += [question for thing in things for question in (thing, *back)]
    return out
