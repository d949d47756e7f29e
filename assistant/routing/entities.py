"""Companies and assets named in a question, resolved against the tables.

Built once per ``EntityIndex`` (alias n-grams, fuzzy vocabulary, asset codes): a question's entities are dict look-ups.
"""

from __future__ import annotations

import difflib
import heapq
import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from pydantic import BaseModel
from rapidfuzz import fuzz, process

from assistant.corpus.tables import Company, Deal, Tables
from assistant.dates import MONTHS
from assistant.routing.code_prefixes import capitals_only_tickers, licensor_code_prefixes, said_as_company
from assistant.routing.lower_slips import deal_named_by, slipped_assets, slipped_companies
from assistant.routing.memo import copied_cache
from assistant.routing.name_prefixes import Finding, nicknamed
from assistant.routing.payment_terms import PaymentTerms
from assistant.routing.targets import TargetIndex
from assistant.routing.traditional_characters import alias_places
from assistant.routing.wording import NUMBER_WORDS

_WORD_RE = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+|&")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_ASSET_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_DRUG_NAME_RE = re.compile(r"\b[A-Za-z]{4,}(?:mab|cept|tide|tinib|brutinib|tecan|tamig)\b|\biza-bren\b", re.IGNORECASE)
# Aliases that are also ordinary English words count only when capitalised as a name.
_NAME_ONLY_WHEN_CAPITALISED_TEXT = "leads summit coherent candid crescent kite calico alphabet hercules novo"
_NAME_ONLY_WHEN_CAPITALISED = frozenset(_NAME_ONLY_WHEN_CAPITALISED_TEXT.split())
# Words a question uses that must never be "corrected" into a company name.
_QUESTION_WORDS_TEXT = """
    about above across after again against agreement among amount another answer asset assets average based
    before being below between bigger billion biggest biobucks breakdown bring buyer buyers chinese combined
    companies company compare compared comparison count deals details difference down during earlier earned
    equity explain first fourth greater growth happened headline higher highest include including increase
    initial largest later latest leading licence license licensed licensee licensees licenses licensing
    licensor licensors larger lower lowest market medicine million milestone milestones money month months
    multinational multinationals number option other overall payment payments percent period pharma pharmas
    price quarter quarters ranked ranking receive received record reported royalties royalty second share
    shares signed since smaller smallest stake start structure terms their there these third those three
    through top-10 total tracker trackers under upfront value valued versus which while whose worth years
    total_value average_deal_size right rights china global western drugmaker drugmakers biotech biotechs """
_QUESTION_WORDS = frozenset(_QUESTION_WORDS_TEXT.split())
_COMMON_WORDS_TEXT = """
    a about after all also am an and any are as at be been before both but by can could did do does during each
    for from had has have how if in into is it its just many may me more most much my no not now of off on once
    only or other our out over own same she should so some such than that the their them then there these they
    this those through to too under until up very was we were what when where which while who whom why will
    with would you your please tell give show list explain compare describe american european japanese korean
    asian western global chinese china world worldwide pharma pharmaceutical biotech drugmaker drugmakers
    firm firms deal deals dollars billion million upfront milestones royalties equity value total average
    january february march april june july august september october november december
    """
_COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())
_CAPITALISED_STARTERS_TEXT = "what which who why how when where did does do is are was were and or can could"
_CAPITALISED_STARTERS = frozenset(_CAPITALISED_STARTERS_TEXT.split())
_GENERIC_NAME_WORDS_TEXT = "the pharma pharmaceutical pharmaceuticals biosciences bioscience biologics therapeutics bio group holdings medicines labs life sciences inc ltd co and of company limited biopharma biopharmaceutical biotech"
_GENERIC_NAME_WORDS = frozenset(_GENERIC_NAME_WORDS_TEXT.split())


def close_matches(word: str, vocabulary: list[str], n: int, cutoff: float) -> list[str]:
    """``difflib.get_close_matches(word, vocabulary, n, cutoff)``, fast over thousands of names.

    rapidfuzz's ratio (from the longest common subsequence) is never below difflib's (from
    matching blocks), so it keeps every name difflib would; difflib then scores the few kept,
    and the answer is exactly difflib's, at a fraction of the time with 10,000 deals' companies.
    """
    kept = process.extract(word, vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff * 100 - 1e-6, limit=None)
    scored = []
    for candidate, _, _ in kept:
        ratio = difflib.SequenceMatcher(None, candidate, word).ratio()  # difflib's own order
        if ratio >= cutoff:
            scored.append((ratio, candidate))
    return [candidate for _, candidate in heapq.nlargest(n, scored)]


def normalize(text: str) -> str:
    """Lower case, NFKC, punctuation folded to single spaces; '&' reads as 'and'."""
    return " ".join(token.norm for token in tokenize(text))


class Token(NamedTuple):
    norm: str
    start: int
    end: int
    capitalised: bool
    shouted: bool = False  # "HRS", "IVT" in capitals, not followed by a mixed-case word ("IVT mRNA")


def tokenize(text: str) -> list[Token]:
    text = unicodedata.normalize("NFKC", text)
    return [
        Token("and" if m.group() == "&" else m.group().lower(), m.start(), m.end(), m.group()[:1].isupper(), _shout(m))
        for m in _WORD_RE.finditer(text)
    ]


def _shout(match: re.Match[str]) -> bool:
    """A word in capitals ("HRS") not run into a mixed-case term ("IVT mRNA": in-vitro-transcribed mRNA)."""
    return match.group().isupper() and not re.match(r"\s+[a-z]+[A-Z]", match.string[match.end() :])


class Mention(BaseModel):
    """A company named in the question, and where (character span of the original text)."""

    name: str
    start: int
    end: int
    fuzzy: bool = False


def _fuzzy_mention(name: str, start: int, end: int) -> Mention:
    return Mention(name=name, start=start, end=end, fuzzy=True)


class CompanyFinding(BaseModel):
    mentions: list[Mention]
    ambiguous: list[str] = []  # candidates when a name could be several companies, or is a poor match
    unknown: list[str] = []  # capitalised words that look like a company name but match none
    guesses: dict[str, list[str]] = {}  # a capitalised word only a little like these companies


class EntityIndex:
    """Company aliases (Latin n-grams, Chinese substrings, fuzzy single words) and asset codes."""

    def __init__(self, tables: Tables) -> None:
        self.companies: dict[str, Company] = {c.name: c for c in tables.companies}
        self.ngrams: dict[tuple[str, ...], set[str]] = {}
        self.cjk: list[tuple[str, str]] = []
        fuzzy: dict[str, set[str]] = {}
        for company in tables.companies:
            for alias in [company.name, *company.aliases]:
                if _CJK_RE.search(alias):
                    self.cjk.append((alias, company.name))
                    continue
                key = tuple(t.norm for t in tokenize(alias))
                if key:
                    self.ngrams.setdefault(key, set()).add(company.name)
                    word = key[0]
                    if len(word) >= 5 and word not in _GENERIC_NAME_WORDS and word not in _NAME_ONLY_WHEN_CAPITALISED:
                        fuzzy.setdefault(word, set()).add(company.name)
        prefixes = licensor_code_prefixes(tables.deals, tables.companies)  # "HRS", "SSGJ"
        for prefix, name in prefixes.items():
            self.ngrams.setdefault((prefix.lower(),), {name})
        self.code_prefixes = {p.lower() for p in prefixes}
        dated = " ".join([*(deal.announced for deal in tables.deals), *(stat.period for stat in tables.market_stats)])
        self.held_years = frozenset(re.findall(r"\b20\d\d\b", dated))  # "2021" ... "2026": the years read as years
        self.capitals_only = capitals_only_tickers(tables.companies) | self.code_prefixes
        self.cjk += _short_cjk_aliases(self.cjk)
        self.cjk.sort(key=lambda pair: len(pair[0]), reverse=True)
        self.max_ngram = max(len(key) for key in self.ngrams)
        self.fuzzy_words = {word: names for word, names in fuzzy.items() if len(names) == 1}
        self.fuzzy_vocabulary = sorted(self.fuzzy_words)
        self.known_words = set(_QUESTION_WORDS) | _COMMON_WORDS | _table_words(tables)
        self._fuzzy_cache: dict[str, list[tuple[float, str]]] = {}
        self.assets: dict[str, tuple[str, str]] = {}
        for deal in tables.deals:
            for code in _asset_codes(deal.asset):
                self.assets.setdefault(code.lower().replace("-", ""), (code, deal.deal_id))
        self.deal_parties = {d.deal_id: [*d.licensors, *d.licensees] for d in tables.deals}
        self.targets = TargetIndex(deal.asset for deal in tables.deals)
        self.payment_terms = PaymentTerms(tables.deals)  # "the China option": terms no column holds (term_carried)

    def role(self, name: str) -> str:
        return self.companies[name].role

    @copied_cache(maxsize=128)  # one question is read by a dozen stages; each gets its own copy
    def find_companies(self, question: str) -> CompanyFinding:
        mentions: list[Mention] = []
        ambiguous: list[str] = []
        unknown: list[str] = []
        guesses: dict[str, list[str]] = {}
        for alias, name in self.cjk:  # "輝瑞" is found as its alias "辉瑞", at the same place
            for position in alias_places(question, alias):
                if not any(m.start < position + len(alias) and position < m.end for m in mentions):
                    mentions.append(Mention(name=name, start=position, end=position + len(alias)))
        tokens = tokenize(question)
        target_words = self.targets.name_words(question)  # "Claudin 18.2": a target, not an unknown company
        index = 0
        while index < len(tokens):
            matched = self._match_at(tokens, index)
            if matched and re.match(r"-?\d", question[tokens[index + matched[0] - 1].end :]):  # "HRS-9821": a code
                index += matched[0]
                continue
            if matched:
                size, names = matched
                if len(names) > 1:
                    ambiguous.extend(sorted(names))
                else:
                    mentions.append(
                        Mention(name=next(iter(names)), start=tokens[index].start, end=tokens[index + size - 1].end)
                    )
                index += size
                continue
            token = tokens[index]
            raw = question[token.start : token.end]
            if raw in target_words:
                index += 1
                continue
            guess = self._fuzzy(token, first=index == 0, shouted=len(raw) > 3 and raw.isupper())
            if guess is not None:
                guessed, exact_enough = guess
                if exact_enough and len(guessed) == 1:
                    mentions.append(Mention(name=guessed[0], start=token.start, end=token.end, fuzzy=True))
                elif exact_enough:
                    ambiguous.extend(guessed)
                elif guessed:
                    guesses[raw] = guessed
            elif self._looks_like_name(token, first=index == 0 and not _name_shaped(question, raw, token.end)) and not (
                _acronym(raw)
            ):
                unknown.append(question[token.start : token.end])
            index += 1
        found = Finding(mentions=mentions, unknown=unknown, guesses=guesses)
        spans = [(t.start, t.end, t.norm) for t in tokens if t.norm not in self.known_words]
        nicknamed(question, spans, found, self.fuzzy_words, self.deal_parties.values(), _fuzzy_mention)
        slipped_companies(question, found, self, _fuzzy_mention)  # "hengry", "merk" (lower_slips)
        mentions.sort(key=lambda m: m.start)
        return CompanyFinding(
            mentions=mentions, ambiguous=list(dict.fromkeys(ambiguous)), unknown=unknown, guesses=guesses
        )

    def _match_at(self, tokens: list[Token], index: int) -> tuple[int, set[str]] | None:
        for size in range(min(self.max_ngram, len(tokens) - index), 0, -1):
            key = tuple(t.norm for t in tokens[index : index + size])
            names = self.ngrams.get(key)
            if not names:
                continue
            lower = size == 1 and key[0] in _NAME_ONLY_WHEN_CAPITALISED and not tokens[index].capitalised
            if lower and not deal_named_by([t.norm for t in tokens], index):  # "the summit one": Summit's deal
                continue
            if size == 1 and key[0] in self.capitals_only and not tokens[index].shouted:  # "48 hrs", "IVT mRNA"
                continue
            after = tokens[index + 1].norm if index + 1 < len(tokens) else None  # "CBP inhibitor", "SIM card"
            if size == 1 and key[0] in self.code_prefixes and not said_as_company(after, (after,) in self.ngrams):
                continue
            return size, names
        return None

    def _fuzzy(self, token: Token, first: bool, shouted: bool = False) -> tuple[list[str], bool] | None:
        """A misspelt name: (candidates, confident). None when the word is no name at all.

        A four-letter word counts only capitalised inside the sentence and very close ("Merk");
        a word in capitals ("OVERRIDE") is shouting, not a name, unless it is very close.
        """
        word = token.norm
        short = len(word) == 4 and token.capitalised and not first
        if (len(word) < 5 and not short) or not word.isalpha() or word in self.known_words:
            return None
        if word.endswith("s") and word[:-1] in self.known_words and word[:-1] not in self.fuzzy_words:
            return None
        scored = self._fuzzy_cache.get(word)
        if scored is None:
            scored = []
            for candidate in close_matches(word, self.fuzzy_vocabulary, 4, 0.6):
                ratio = difflib.SequenceMatcher(None, word, candidate).ratio()
                if candidate[0] != word[0]:
                    ratio -= 0.1
                scored.append((ratio, candidate))
            scored.sort(reverse=True)
            if len(self._fuzzy_cache) > 50_000:  # bounded: a long-running server sees endless new words
                self._fuzzy_cache.clear()
            self._fuzzy_cache[word] = scored
        if not scored:
            return None
        best_ratio = scored[0][0]
        names = list(dict.fromkeys(next(iter(self.fuzzy_words[c])) for r, c in scored if r >= best_ratio - 0.04))
        if best_ratio >= (0.85 if short else 0.8):
            return names, True
        if short or shouted:
            return None
        # A poor match counts only for a capitalised word that looks like a name.
        # (The first word is capitalised by sentence case, so it is no evidence of a name.)
        if token.capitalised and not first:
            return list(dict.fromkeys(next(iter(self.fuzzy_words[c])) for _, c in scored[:3])), False
        return None

    def _looks_like_name(self, token: Token, first: bool) -> bool:
        word = token.norm
        if first or not token.capitalised or len(word) < 4 or not word.isalpha() or word.upper() == word:
            return False
        return word not in self.known_words and word.rstrip("s") not in self.known_words and word not in MONTHS

    def suggest(self, word: str, limit: int = 3, cutoff: float = 0.6) -> list[str]:
        """Companies whose names look a little like ``word``."""
        close = close_matches(word.lower(), self.fuzzy_vocabulary, limit, cutoff)
        return list(dict.fromkeys(next(iter(self.fuzzy_words[c])) for c in close))

    def find_target(self, question: str) -> str | None:
        """The drug targets the table's assets name ("PD-1xVEGF", "DLL3"), as the table writes them (``targets``)."""
        return self.targets.find(question)

    def find_assets(self, question: str) -> list[tuple[str, str, int]]:
        """(asset code as the table writes it, deal id, position) for each asset code or drug name named."""
        found: list[tuple[str, str, int]] = []
        for match in _ASSET_TOKEN_RE.finditer(question):
            hit = self.assets.get(match.group().lower().replace("-", ""))
            if hit and all(hit[1] != deal for _, deal, _ in found):
                found.append((*hit, match.start()))
        return found or slipped_assets(question, self.assets)  # "telitacicpet" (lower_slips)


# A Chinese company name is often said without its kind ("泽璟" for 泽璟制药, "石药" for 石药集团).
_CJK_SUFFIXES = (
    "生物科技",
    "生物医药",
    "医药集团",
    "生物制药",
    "制药",
    "医药",
    "生物",
    "集团",
    "药业",
    "科技",
    "股份",
    "控股",
)
_CJK_PLACES = ("江苏", "苏州", "上海", "北京", "浙江", "广州", "深圳", "杭州", "成都", "南京")
_CJK_NOT_NAMES = frozenset(["联邦", "中国", "国际", "医药", "生物"])


def _short_cjk_aliases(aliases: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each Chinese alias without its place and kind words, where that names one company only."""
    known = {alias for alias, _ in aliases}
    short: dict[str, set[str]] = {}
    for alias, name in aliases:
        stem = alias
        for place in _CJK_PLACES:
            stem = stem.removeprefix(place)
        changed = True
        while changed:
            changed = False
            for suffix in _CJK_SUFFIXES:
                if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                    stem, changed = stem[: -len(suffix)], True
        if stem != alias and stem not in known and stem not in _CJK_NOT_NAMES:
            short.setdefault(stem, set()).add(name)
    return [(stem, next(iter(names))) for stem, names in short.items() if len(names) == 1]


def _name_shaped(question: str, raw: str, end: int) -> bool:
    """A first word shaped like a company name, not a capitalised opening: "BeiGene" (a capital
    inside the word) or "Hutchmed's" (a possessive)."""
    inner_capital = any(c.isupper() for c in raw[1:]) and not raw.isupper()
    return inner_capital or question[end : end + 2] in ("'s", "’s")


def _acronym(raw: str) -> bool:
    """ "MNC", "MNCs", "ADCs": an acronym (or its plural), not a company name."""
    return raw.isupper() or (len(raw) > 2 and raw.endswith("s") and raw[:-1].isupper())


def _asset_codes(asset: str) -> list[str]:
    codes = [
        m.group()
        for m in _ASSET_TOKEN_RE.finditer(asset)
        if sum(ch.isdigit() for ch in m.group()) >= 3 and any(ch.isalpha() for ch in m.group())
    ]
    codes += [m.group() for m in _DRUG_NAME_RE.finditer(asset)]
    return codes


def _table_words(tables: Tables) -> set[str]:
    """Ordinary words of the tables' own text, so they are never read as misspelt names."""
    texts: list[str] = []
    for deal in tables.deals:
        texts += [
            deal.asset,
            deal.territory,
            deal.royalties,
            deal.status_note,
            deal.notes,
            deal.equity_note,
            deal.modality,
            deal.therapeutic_area,
        ]
        texts += [deal.figure(name).quote for name in ("upfront", "milestones", "total", "equity")]
    for stat in tables.market_stats:
        texts += [stat.quote, stat.note, stat.scope, stat.metric.replace("_", " "), stat.reporter, stat.doc_id]
    return {t.norm for text in texts for t in tokenize(text)}


_COUNT_WORDS = set(NUMBER_WORDS) - {"one"}  # "seven ADCs"; "one" is too common a word to name anything


def described_deal(deals: list[Deal], words: set[str]) -> str | None:
    """The one deal whose asset has a naming word the question uses and no other candidate's has.

    Naming words are codes and targets (SKB264, TROP2, YS2302018, the "Lp" of "Lp(a)") and counts ("seven ADCs"),
    never ordinary words ("platform", "rights", "China"), which any question may use.
    """
    vocabularies = [_singular(_naming_words(deal.asset)) for deal in deals]
    words = _singular(words)
    hits = []
    for position, (deal, own) in enumerate(zip(deals, vocabularies, strict=True)):
        others = set().union(*(v for i, v in enumerate(vocabularies) if i != position))
        if (own - others) & words:
            hits.append(deal)
    return hits[0].deal_id if len(hits) == 1 else None


def _naming_words(asset: str) -> list[str]:
    # "Lp(a)": a target written with a bracketed letter names its deal by the word before the bracket ("lp")
    words = [m.group(1).lower() for m in re.finditer(r"\b([A-Za-z]{1,4})\([a-z0-9]\)", asset)]
    for token in re.findall(r"[A-Za-z0-9]+", asset):
        stem = token[:-1] if len(token) > 3 and token.endswith("s") else token  # "ADCs"
        if any(c.isdigit() for c in token) or (len(stem) >= 3 and stem.isupper()) or token.lower() in _COUNT_WORDS:
            words.append(token.lower())
    return words


def _singular(words: Iterable[str]) -> set[str]:
    """ "ADCs" and "ADC" are one word here."""
    return {word[:-1] if len(word) > 3 and word.endswith("s") else word for word in words}
