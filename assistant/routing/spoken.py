"""A question dictated by voice, written as it would be typed (outsider79, a portfolio manager on speech-to-text).

Speech-to-text writes numbers as words, keeps the speaker's fillers and self-corrections, and splits or spells
out names; the router's patterns read none of these. ``written`` rewrites, in order:

- self-corrections ("last... in 2025 I mean", the marker after the repair, is ``late_repairs``'s): "what did,
  no wait, how much did pfizer pay" -> "how much did pfizer pay"; "merck's
  2023, sorry, 2024 deals" -> "merck's 2024 deals"; "the upfront in the X deal, sorry, the milestones" -> "the
  milestones in the X deal". A repair is taken only when what follows the marker replaces something of its own
  kind (a repeated content word, a year for a year, a company for a company, a measure for a measure); a polite
  "sorry for the typo", an "I mean in total value" that adds something, is left as typed;
- fillers: "um", "uh", "ok so" leading, "like" set off ("like deal wise"), "you know" not asked ("do you know");
- years: "twenty twenty four", "twenty twenty-five", "two thousand twenty three" -> 2024, 2025, 2023; "going
  back to 2022" -> "since 2022";
- amounts before a magnitude: "one point two five billion" -> "1.25 billion", "a hundred million" -> "100 million",
  "a hundred mil" -> "100 million",
  "one and a half billion" -> "1.5 billion"; a range ("between one and two billion", "two to three hundred
  million") is left as said, never added into one amount;
- "phase three" -> "phase 3", "q one" -> "Q1"; a bound "over a billion" -> "over 1 billion";
- the question words said last: "the lanova merck milestones what were those" -> "what were the lanova ...?";
- a drug code's digits: "SSGJ seven oh seven" -> "SSGJ-707" (prefixes the table's asset codes use);
- words split apart or letters spelt out, joined when they make a company alias or a tracker name exactly:
  "up front" -> "upfront", "pharm cube" -> "PharmCube", "bio to china" -> "biotochina", "c p h i i c" -> "CPHIIC",
  "g s k" -> "GSK", "three s bio" -> "3SBio", "a d c" / "s i r n a" -> "ADC" / "siRNA"; lower-case English words ("global data", "a good win", "news
  china") only in a dictated question (something above was rewritten, or it has no capital and no "?").

"twenty" alone, "one" as a pronoun ("the second one"), "like" as a verb or "such as", ordinals, a polite
"sorry" and ordinary typed English come back unchanged. A typed question can still change where it uses a
spoken form itself ("over a billion", "up front", "Global Data"): those rewrites do not ask how it was entered.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from assistant.routing.german_wording import german_genitives, german_read
from assistant.routing.late_repairs import late_repaired
from assistant.routing.lower_slips import english_words
from assistant.routing.spoken_codes import spoken_code
from assistant.routing.wording import REPORTERS

_I = re.IGNORECASE
_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_VALUE = {w: i for i, w in enumerate(_UNITS)} | {w: 10 + i for i, w in enumerate(_TEENS)}
_VALUE |= {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_SMALL = rf"(?:(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_UNITS[1:])}))?|{'|'.join(_TEENS)}|{'|'.join(_UNITS[1:])})"

# "twenty twenty four", "twenty twenty-five", "two thousand (and) twenty three", "twenty nineteen"
_YEAR_RE = re.compile(
    rf"\b(?:twenty|two\s+thousand(?:\s+and)?)[\s-]+(?P<rest>(?:twenty|thirty)(?:[\s-](?:{'|'.join(_UNITS[1:])}))?"
    rf"|{'|'.join(_TEENS)})\b",
    _I,
)
# "2024 through twenty six", "twenty four versus twenty five": a span's second year, or both, said with the century
# left out; never before a magnitude or a counted thing ("twenty one to twenty five deals" are counts)
_SPAN_WORD = r"\s*(?:-|–|to|through|thru|till|until|and|or|versus|vs\.?|against)\s+"
_NOT_COUNTED = (
    r"(?!\s+(?:million|billion|thousand|mil|bn|(?:percent|per\s+cent)(?![\s-]*wise)|deals?|compan|licen|transaction"
    r"|dollars|usd|%))"
)
_SHORT_YEAR = rf"twenty[\s-](?P<{{}}>{'|'.join(_UNITS[1:])})"
_YEAR_THEN_SHORT_RE = re.compile(
    rf"\b(?P<year>20\d\d)(?P<span>{_SPAN_WORD}){_SHORT_YEAR.format('to')}\b{_NOT_COUNTED}", _I
)
_SHORT_PAIR_RE = re.compile(
    rf"\b{_SHORT_YEAR.format('fro')}(?P<span>{_SPAN_WORD}){_SHORT_YEAR.format('to')}\b{_NOT_COUNTED}", _I
)
# a number said in words before a magnitude: "one point two five billion", "a hundred and fifty million"
_NUM_WORD = rf"(?:{_SMALL}|hundred|and|a|point|zero|oh|half)"
_AMOUNT_RE = re.compile(
    rf"\b(?P<words>(?:a|{_SMALL})(?:[\s-]+{_NUM_WORD})*?)\s+(?P<unit>billion|million|mil|thousand|percent|per\s+cent)\b"
    r"(?P<dollars>\s+(?:US\s+)?dollars\b)?",
    _I,
)
# "two to", "one or", "five and": the first end of a range said before the amount ("two to three hundred million")
_RANGE_FROM_RE = re.compile(rf"\b(?:a|{_SMALL}|\d+(?:\.\d+)?)\s+(?:to|or|and|-)\s*$", _I)
# "phase three", "q one": a trial phase or a quarter said in words
_STAGE_RE = re.compile(r"\b(?:(?P<phase>phase)|(?P<q>q))\s+(?P<n>one|two|three|four)\b", _I)
# "going back to 2022", "dating back to 2023": since that year (read after the years are written)
_BACK_TO_RE = re.compile(
    r"\b(?:(?:going|dating|looking)\s+(?:all\s+the\s+way\s+)?back|all\s+the\s+way\s+back)\s+to\s+(?=(?:19|20)\d\d\b)",
    _I,
)
# what follows "going back to 2022" when it names one deal ("..., the akeso summit deal what was the upfront"): that
# deal's year, not a span since it; a span when deals are counted, summed or ranked
_ONE_DEAL_RE = re.compile(r"\bdeal\b|\blicen[cs]e\b|\bagreement\b", _I)
_MANY_RE = re.compile(
    r"\b(?:deals|licen[cs]es|agreements|transactions|how\s+many|total|sum|all|every|each|biggest|largest|smallest|"
    r"top|most|least|first|latest|average|since|through|until)\b",
    _I,
)
# "over a billion", "under one million": a bound said with "a" or "one", read as the figure 1
_BOUND_RE = re.compile(r"\b(?:over|above|under|below|than|least|most|exceeding)\s*$", _I)
_DIGIT = {"oh": "0", "o": "0", **{w: str(i) for i, w in enumerate(_UNITS)}}
_DIGITS = r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)"

_FILLER_RE = re.compile(r"(?:,\s*)?\b(?:um+|uh+|erm|er|hmm+|uh-huh)\b,?\s*", _I)
_LEADING_RE = re.compile(r"^\s*(?:ok(?:ay)?|right|alright|well)\s*,?\s+so\b\s*,?\s*(?=\w)", _I)  # "ok so"
# "like" as a filler: set off by commas or a filler, at the start, before "X wise", "roughly" or "about"
_LIKE_RE = re.compile(
    r"(?:(?<=,)\s*|^\s*)like\b(?!\s+[A-Z]),?\s*|,\s*like\s*,\s*|\s+like\b(?=\s+(?:\w+[\s-]?wise|roughly|about|around|just)\b)",
    _I,
)
_YOU_KNOW_RE = re.compile(
    r"(?<!\bdo )(?<!\bdid )(?<!\bwould )(?<!\bif )(?<!\bdon't )(?:,\s*)?\byou know\b(?!\s+(?:what|how|which|who|when|"
    r"whether|if|about|of|the|any|anything|that|where|why))\s*,?\s*",
    _I,
)
# a self-correction: "no wait", "sorry" (not "I'm sorry"), "I mean", "actually" set off by commas, "scratch that"
_MARKER = (
    r"(?:no,?\s+wait|wait,?\s+no|scratch\s+that|or\s+rather|no,?\s+sorry|(?<!i'm )(?<!i am )sorry|i\s+mean|"
    r"(?<=,)\s*actually(?=,)|actually,?\s+no|no,?\s+actually)"
)
_REPAIR_RE = re.compile(rf"\s*,?\s*\b{_MARKER}\b(?:\s*,?\s*{_MARKER}\b)*\s*,?\s*", _I)  # "sorry, I mean"
_ASKING_RE = re.compile(
    r"^(?:what|how|which|who|whom|whose|when|where|why|did|does|do|is|was|were|are|can|could|list|show|give|tell)\b",
    _I,
)
# "the curon merck milestones ... what were those": the question words said last, written first
_TRAILING_ASK_RE = re.compile(
    r"^(?P<np>the\b.+?)\s*,?\s+(?P<ask>what|how\s+much)\s+(?P<be>were|was|are|is)\s+(?:those|they|these|that|it)\s*\??$",
    _I,
)
_YEAR_WORD_RE = re.compile(r"\b(?:19|20)\d\d\b")
_MIDDLE_ONLY = frozenset(["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "is", "as", "at", "by"])
_PIECE_RE = re.compile(r"[A-Za-z0-9]+")
# the words a speaker repeats in a repair but that say nothing of their own ("sorry, for the ...", "I mean among")
_FUNCTION = frozenset(["among", "with", "from", "than", "into", "about", "only", "just", "all", "those", "these"])
_FUNCTION |= {"that", "this", "one", "ones", "not", "any", "its", "their", "what", "which", "also", "then"}
_LEAD_RE = re.compile(r"(?:(?:the|a|an|in|on|of|for|to|at|by|with|from|its|their)\s+)*", _I)
_MEASURE_ONLY_RE = re.compile(
    r"(?:in\s+|the\s+)*(?:upfront|total|milestones?|royalt(?:y|ies))(?:\s+(?:value|payments?))?\s*[?.!]?$", _I
)
_MEASURES = frozenset(["upfront", "upfronts", "milestone", "milestones", "total", "totals", "royalty", "royalties"])


def _year(match: re.Match[str]) -> str:
    rest = [_VALUE[w.lower()] for w in re.split(r"[\s-]+", match.group("rest"))]
    return str(2000 + sum(rest))


def _short_years(text: str) -> str:
    """ "2024 through twenty six" -> "2024 through 2026", "twenty four versus twenty five" -> "2024 versus 2025": the
    years of a span said without their century; two short years only when they differ."""
    text = _YEAR_THEN_SHORT_RE.sub(lambda m: m["year"] + m["span"] + str(2020 + _VALUE[m["to"].lower()]), text)

    def pair(match: re.Match[str]) -> str:
        start, end = _VALUE[match["fro"].lower()], _VALUE[match["to"].lower()]
        return match.group() if start == end else f"{2020 + start}{match['span']}{2020 + end}"

    return _SHORT_PAIR_RE.sub(pair, text)


def _back_to(match: re.Match[str]) -> str:
    """ "going back to 2022" -> "since 2022", or "in 2022" when the rest of the question asks about one deal."""
    rest = match.string[match.end() :]
    return "in " if _ONE_DEAL_RE.search(rest) and not _MANY_RE.search(rest) else "since "


def _number(words: str) -> str | None:
    """ "one point two five" -> "1.25", "a hundred and fifty" -> "150", "one and a half" -> "1.5"."""
    tokens = [w.lower() for w in re.split(r"[\s-]+", words.strip()) if w]
    decimals = ""
    if "point" in tokens:
        at = tokens.index("point")
        tail = tokens[at + 1 :]
        if not tail or any(t not in _DIGIT for t in tail):
            return None
        decimals, tokens = "".join(_DIGIT[t] for t in tail), tokens[:at]
    half = tokens[-3:] == ["and", "a", "half"]
    tokens = tokens[:-3] if half else tokens
    total, current = 0, 0
    for at, token in enumerate(tokens):
        if token == "a" and at == 0:
            current = 1
        elif token == "and":  # "a hundred and fifty", not "one and two" (a range, left as said)
            if at == 0 or tokens[at - 1] != "hundred":
                return None
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in _VALUE:
            current += _VALUE[token]
        else:
            return None
    total += current
    if decimals:
        return f"{total}.{decimals}"
    return f"{total}.5" if half else str(total)


def _amount(match: re.Match[str]) -> str:
    """The amount in digits; "a billion", "one million", "half a billion" are read as written already, but
    for a bound ("a total over a billion": 1 billion, a deal filter, not the trackers' billion-dollar deals)."""
    if match.group("words").lower() in ("a", "one") and not _BOUND_RE.search(match.string[: match.start()]):
        return match.group()
    if _RANGE_FROM_RE.search(match.string[: match.start()]):
        return match.group()  # "two to three hundred million": the range's first end has no magnitude of its own
    number = _number(match.group("words"))
    unit = "percent" if match.group("unit").lower().startswith("per") else match.group("unit")
    unit = "million" if unit.lower() == "mil" else unit  # "a hundred mil": the desk's million
    if number is None:
        return match.group()
    return f"${number} {unit}" if match.group("dollars") else f"{number} {unit}"  # "five billion dollars": $5 billion


def _same_kind(before: str, after: str, entities: Any) -> tuple[int, int, int, int, bool] | None:
    """Where in ``before`` the thing ``after`` opens with was said (its span), where that thing starts and ends in
    ``after``, and whether it is a repeated word: the repeated content word, a year for a year, a company for a
    company, a measure for a measure; None for anything else."""
    lead = _LEAD_RE.match(after)
    skip = lead.end() if lead else 0
    word = re.match(r"[\w'&.-]+", after[skip:])
    if word is None or not re.search(r"[a-z0-9]", word.group(), _I):
        return None  # "..., sorry?": nothing replaces anything
    first = word.group().rstrip(".?!,").lower()
    repeated = list(re.finditer(rf"\b{re.escape(first)}\b", before, _I))
    if repeated and first not in _MIDDLE_ONLY and first not in _FUNCTION and len(first) >= 3:
        return repeated[-1].start(), repeated[-1].end(), skip, skip + len(first), True
    if _YEAR_WORD_RE.fullmatch(first):
        years = list(_YEAR_WORD_RE.finditer(before))
        return (years[-1].start(), years[-1].end(), skip, skip + 4, False) if years else None
    if first in _MEASURES:
        said = [m for m in re.finditer(r"[\w-]+", before) if m.group().lower() in _MEASURES]
        return (said[-1].start(), said[-1].end(), skip, skip + len(first), False) if said else None
    found = entities.find_companies(after[skip:]).mentions if entities is not None else []
    if found and found[0].start == 0 and not found[0].fuzzy:
        named = [m for m in entities.find_companies(before).mentions if not m.fuzzy]
        return (named[-1].start, named[-1].end, skip, skip + found[0].end, False) if named else None
    return None  # "sorry for the typo", "I mean in total value": nothing of its own kind was said before


def _repaired(text: str, entities: Any = None) -> str:
    """The question as the speaker meant it after each self-correction marker: what follows the marker replaces
    what was said of its own kind (``_same_kind``); a polite "sorry", an "I mean" that adds something new, or a
    repair the rule cannot place leaves the question as typed."""
    start = 0
    for _ in range(4):
        match = _REPAIR_RE.search(text, start)
        if match is None:
            return text
        before, after = text[: match.start()].rstrip(" ,"), text[match.end() :].lstrip(" ,")
        if not before or not after or before[-1] in "?.!;:—-(":
            start = match.end()  # "sorry, I meant ...", "...? i mean the one with ...": a new sentence, as written
            continue
        if _ASKING_RE.match(after):  # the question restarted: what was said before its abandoned start is kept
            opened = [m.start() for m in re.finditer(r"\b(?:what|how|which|who|whose|when|where|why)\b", before, _I)]
            kept = before[: opened[-1]] if opened else ""  # "In 2024 what did, no wait, how much did": "In 2024"
            if re.fullmatch(r"(?:\W*\b(?:so|ok|okay|well|right|and|then|now)\b)*\W*", kept, _I):
                kept = ""  # "so what did, no wait, ...": nothing of the question was said before
            text = kept + after
            continue
        spot = _same_kind(before, after, entities)
        said = {w.lower() for w in re.findall(r"[\w-]+", before)}
        if spot is None and _MEASURE_ONLY_RE.match(after) and not said & _MEASURES:
            return before + " " + after  # "above $1 billion, I mean in total value": the measure it left unsaid
        if spot is None:
            return text  # not a self-correction the rule can read: as typed
        said_from, said_to, item_from, item_to, repeated = spot
        head = before[:said_from]
        said_since = {w.lower() for w in re.findall(r"[\w'-]+", before[said_to:])} - _MIDDLE_ONLY - _FUNCTION
        if repeated or said_since <= {w.lower() for w in re.findall(r"[\w'-]+", after)}:
            if item_from:  # "the Hengrui GSK deal, sorry, the Hengrui Merck deal": "the" said again, once
                head = re.sub(rf"\b{re.escape(after[:item_from].strip())}\s*$", "", head, flags=_I)
            text = head + after  # restarts at the repeated word, or at the thing replaced, saying again what followed
        elif not after[item_to:].strip(" ?.!"):  # "the upfront in the X deal, sorry, the milestones": in its place
            text = head + after[item_from:item_to] + before[said_to:] + after[item_to:].strip()
        else:
            return text  # the repair goes on past what it replaces, and more was said after: as typed
    return text


def _vocabulary(entities: Any) -> tuple[dict[str, str], dict[str, str]]:
    """Joined lower-case key -> written name: company names and aliases, trackers, the table's drug code prefixes;
    then the tables' own long words no dictionary holds ("nextpharma"), joined from two lower-case words only."""
    vocab = getattr(entities, "_spoken_vocabulary", None)
    if vocab is None:
        names = [n for c in entities.companies.values() for n in (c.name, *c.aliases)]
        names += [r for r in REPORTERS if " " not in r] + [p.upper() for p in entities.code_prefixes]
        vocab = {}
        for name in names:
            key = re.sub(r"[^a-z0-9]", "", name.lower())
            if " " not in name.strip() and len(key) >= 3 and not re.search(r"[^\x00-\x7f]", name):
                vocab.setdefault(key, name)
        vocab |= {"upfront": "upfront", "upfronts": "upfronts"}
        vocab |= {"adc": "ADC", "adcs": "ADCs", "sirna": "siRNA", "rnai": "RNAi", "mrna": "mRNA"}  # "a d c deals"
        common = english_words()  # "nextpharma" of the trackers' text joins; "everyone", "sometimes" do not
        joined = {w: w for w in entities.known_words if len(w) >= 8 and w.isalpha() and w not in common}
        entities._spoken_vocabulary = vocab = (vocab, joined)
    return vocab


def _ordinary(words: list[str], span: list[re.Match[str]]) -> bool:
    """Lower-case English words each ("global data", "a good win", "news china"): ordinary words, not a name."""
    common = english_words()
    return all(p.group().islower() for p in span) and all(len(w) >= 2 and w in common for w in words)


def _joined(text: str, vocabularies: tuple[dict[str, str], dict[str, str]], dictated: bool = True) -> str:
    """Words split apart or letters spelt out that join into one name of ``vocab`` ("pharm cube", "g s k");
    lower-case English words ("global data", "good win") only in a dictated question, "up front" always."""
    pieces = list(_PIECE_RE.finditer(text))
    out, at, cursor = [], 0, 0
    while at < len(pieces):
        found = None
        for size in (6, 5, 4, 3, 2):
            span = pieces[at : at + size]
            if len(span) < size or any(text[a.end() : b.start()] != " " for a, b in pairwise(span)):
                continue
            words = [p.group().lower() for p in span]
            key = "".join(_DIGIT.get(w, w) if w in _UNITS else w for w in words)
            vocab, joined = vocabularies
            lower = size == 2 and all(p.group().islower() for p in span)  # "next pharma", not "Life Sciences"
            name = vocab.get(key) or (joined.get(key) if lower else None)
            spelt = size >= 3 and all(len(w) == 1 for w in words)  # "a d c", "s i r n a": letters, not words
            if name is None or ((words[0] in _MIDDLE_ONLY or words[-1] in _MIDDLE_ONLY) and not spelt):
                continue
            if not dictated and vocab.get(key) and key not in ("upfront", "upfronts") and _ordinary(words, span):
                continue  # typed "According to global data, ...": worldwide data, not the GlobalData tracker
            if len(key) < 5 and not spelt:
                continue  # a short name only when spelt out letter by letter: "g s k", not "a z"
            found = (span, name)
            break
        if found is None:
            at += 1
            continue
        span, name = found
        out.append(text[cursor : span[0].start()] + name)
        cursor, at = span[-1].end(), at + len(span)
    return "".join(out) + text[cursor:]


def _code_digits(text: str, entities: Any) -> str:
    """ "SSGJ seven oh seven" -> "SSGJ-707": digits said one by one after a drug code prefix of the table."""
    prefixes = sorted(entities.code_prefixes, key=len, reverse=True)
    if not prefixes:
        return text
    pattern = rf"\b({'|'.join(map(re.escape, prefixes))})[\s-]+({_DIGITS}(?:[\s-]+{_DIGITS})+)\b"
    return re.sub(
        pattern,
        lambda m: m.group(1) + "-" + "".join(_DIGIT[w.lower()] for w in re.split(r"[\s-]+", m.group(2))),
        text,
        flags=_I,
    )


def said_amounts(text: str) -> str:
    """``text`` with its years and amounts said in words written in digits ("more than a hundred million dollars":
    "more than $100 million"), the rest as said: the numbers a dictated question states, for the evaluator."""
    return _AMOUNT_RE.sub(_amount, _YEAR_RE.sub(_year, text))


def written(question: str, entities: Any) -> str:
    """``question`` as typed: see the module docstring; a written question comes back unchanged."""
    question = german_read(german_genitives(question, lambda word: (word.lower(),) in entities.ngrams))  # "Hansohs"
    text = _FILLER_RE.sub(" ", question)
    text = _YOU_KNOW_RE.sub(" ", text)
    text = _LIKE_RE.sub(" ", text)
    text = _LEADING_RE.sub("", text)
    text = _BACK_TO_RE.sub(_back_to, _short_years(_YEAR_RE.sub(_year, text)))
    text = _AMOUNT_RE.sub(_amount, text)
    text = _STAGE_RE.sub(lambda m: ("phase " if m.group("phase") else "Q") + str(_VALUE[m.group("n").lower()]), text)
    # dictated: something said was written above, or no capital and no question mark ("what did global data put")
    dictated = text != question or not re.search(r"[A-Z?]", question)
    text = _joined(text, _vocabulary(entities), dictated)
    text = spoken_code(_code_digits(text, entities), entities)  # "I B I three six three" -> "IBI363"
    text = _TRAILING_ASK_RE.sub(r"\g<ask> \g<be> \g<np>?", _repaired(late_repaired(text), entities).strip())
    if text == question:
        return question
    return re.sub(r"\s{2,}", " ", text).strip()
