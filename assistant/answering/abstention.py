"""When not to answer, and how to say so: abstention, clarification and the closest articles.

A confident answer to a different question is the worst failure, so a question the
passages do not support (too far from every passage, naming something the corpus never
mentions, asking for a company fact no table holds) abstains and lists the closest
articles; a question that matches several deals asks which one, citing each.
"""

from __future__ import annotations

import functools
import re

from langchain_core.documents import Document

from assistant.answer import Citation
from assistant.answering.answer_types import measure_words, wanted_type
from assistant.answering.asset_premise import CODE_RE
from assistant.answering.cjk_names import unknown_cjk_name
from assistant.answering.composer import CitationBook, DocMeta, with_markers
from assistant.answering.measure_words import MEASURE_STATED
from assistant.answering.near_words import english_form, name_parts, near_one_company
from assistant.answering.payer_slot import unknown_payer
from assistant.answering.snapshot import Snapshot
from assistant.dates import MONTH_PATTERN, names_year
from assistant.routing.analyst_wording import ADJECTIVES, PLACES, SALES_VERB_RE
from assistant.routing.entities import Mention, close_matches
from assistant.routing.wording import DEAL_TERMS_RE, UNHELD_MEASURE_RES
from assistant.text import QUESTION_WORDS, split_sentences
from assistant.tools.schema import ToolResult

# Recomputed by benchmarks/abstention_calibration.py on the eval files' text-route questions:
# answerable ones score 0.44-0.80 top cosine similarity, so any threshold from 0.26 to 0.42 keeps
# them all; most unanswerable ones (0.24-0.63) are refused by the other checks below, not by this.
MIN_DENSE_SIMILARITY = 0.28
ABSTAIN_TEXT = "The indexed articles do not answer this question."
# A name: capitalised ("Pfizer", "Kelun-Merck", "J&J"), digits then a capital ("3SBio"), or a code ("SSGJ-707").
# "$130M", "$1.2B": an amount, no name (a name never follows a dollar sign or a decimal point)
_NAME_RE = re.compile(
    r"(?<![\w$.-])([A-Z][A-Za-z0-9]*(?:[-'&][A-Za-z0-9]+)*|\d+[A-Z][A-Za-z0-9]*|[A-Z0-9]{2,}(?:-[A-Z0-9]+)*)"
)
_UNHELD = dict(UNHELD_MEASURE_RES)
_BARE_AMOUNT_RE = re.compile(r"\d+(?:\.\d+)?(?:M|MM|MN|B|BN|K)")
# "I'm writing a piece", "they've", "Let's": a contraction is the word before it.
_CONTRACTION_RE = re.compile(r"['’](?:s|m|re|ve|d|ll|t)$", re.IGNORECASE)
# Capitalised words that are not names though the articles never use them: a reader's asides
# ("Hey", "Quick question", "Thanks", "the gist", "in a nutshell") and the trade's abbreviations ("which VCs back it", "HQ",
# "M&A"). Questions asking for one of these facts (a CEO, an IPO) are judged by what they ask.
# A regulator (FDA, NMPA) is not here: no article names one, so a question about it is refused.
_ORDINARY_WORDS_TEXT = """
    hey hi hello okay ok thanks thank sorry please quick just also yes no true false wait honestly
    basically actually really btw fyi summarize summarise remind big small
    gist tldr nutshell rundown lowdown recap
    vc vcs pe hq hqs ceo cfo cto ipo ipos bd m&a r&d mnc mncs kol kols biotech biotechs pharma moa newco newcos
    eu uk us usa usd rmb cny hkd loi lois mou mous jv jvs rofn rofr rofo cvr cvrs
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
_ORDINARY_WORDS = frozenset(_ORDINARY_WORDS_TEXT.split())
# "Nov-25", "Feb-26", "Sept-2025": a month and its year in a desk's shorthand, no name
_MONTH_SHORTHAND_RE = re.compile(rf"{MONTH_PATTERN}[-'’]?(?:\d{{2}}|\d{{4}})", re.IGNORECASE)
_PLACE_WORDS = frozenset(word for key in (*ADJECTIVES, *PLACES) for word in key.split() if word != "the")


@functools.lru_cache(maxsize=256)
def _naming(unheld_measure: str) -> re.Pattern[str]:
    """What a passage must say to answer ``unheld_measure``: a measure the rules know has its
    pattern; a phrase the coverage check left over is named word by word, each by its stem
    ("territories" is named by "territory")."""
    # "equity price": a phrase the coverage check left over is named by its last word's statement
    last = unheld_measure.split()[-1] if unheld_measure.strip() else unheld_measure
    known = MEASURE_STATED.get(unheld_measure) or _UNHELD.get(unheld_measure) or MEASURE_STATED.get(last)
    if known is not None:
        return known
    stems = [re.escape(word[: max(4, len(word) - 3)]) + r"\w*" for word in unheld_measure.split()]
    return re.compile(r"\b" + r"\W+".join(stems), re.IGNORECASE)


def naming_the_measure(question: str, measure: str | None) -> str:
    """The question as read for its sentences: a follow-up whose measure came from the turn before
    ("How much did they put into it?" after "Who backed Kailera?" asks the money raised) names it."""
    return f"{question} {measure_words(measure)}" if measure and not _naming(measure).search(question) else question


def unsupported(snap: Snapshot, query: str, passages: list[Document], unheld_measure: str | None = None) -> bool:
    """No passage close enough, the question names something the corpus never mentions, or it
    asks for a company fact (revenue, CEO) that no retrieved passage names."""
    if not passages:
        return True
    if unheld_measure == "sales" and DEAL_TERMS_RE.search(query) and not SALES_VERB_RE.search(query):
        unheld_measure = "sale"  # "royalties on sales": the word named is enough, no sales figure is asked
    # "how much did AbbVie sell of drugs it licensed": a sales figure, however licensing is worded beside it
    if unheld_measure and not any(_naming(unheld_measure).search(p.page_content) for p in passages):
        return True
    words = query.split()
    mentions = [m for m in snap.router.entities.find_companies(query).mentions if not m.fuzzy]
    if max(float(p.metadata.get("dense_similarity", 0.0)) for p in passages) < MIN_DENSE_SIMILARITY and not (
        _names_a_quoted_code(query, passages) or _pair_article_first(snap, mentions, passages)
    ):
        return True
    if (
        unknown_lowercase_name(snap, query, bool(mentions))
        or unknown_payer(snap, query)
        or unknown_cjk_name(query, cjk_aliases(snap))
    ):
        return True
    for position, match in enumerate(_NAME_RE.finditer(query)):
        name = _CONTRACTION_RE.sub("", match.group(1))
        if position == 0 and words and name == words[0] and name.lower() in QUESTION_WORDS:
            continue
        if sentence_capital(snap, query, match):
            continue
        # "Random one: after the Merck deal, ...": a lead-in of common words before a question about companies we know
        aside = _ASIDE_RE.match(query) if mentions else None
        if aside and match.end(1) <= aside.end() and name.lower() in snap.common_words:
            continue
        if name.lower() in QUESTION_WORDS or len(name) < 3:
            continue
        if _BARE_AMOUNT_RE.fullmatch(name):  # "50M", "888M": an amount without its dollar sign, no name
            continue
        if name.lower().removesuffix("s") in QUESTION_WORDS:  # "Whats the lead asset": "what's" typed fast
            continue
        listing = re.match(r"\.(?:HK|SH|SZ)\b", query[match.end(1) :], re.IGNORECASE)
        if listing and known_company(snap, name + listing.group()):  # "1801.HK": a ticker with its exchange
            continue
        if name.lower() in _SENTENCE_OPENERS:  # "… terms Anything happen since?": a follow-up put after its figure
            continue
        # "GLP-1s", "ADCs": a plural of a name the corpus knows
        plural_of = (
            name[:-1].lower()
            if len(name) > 3 and name.endswith("s") and name[-2].isupper() | name[-2].isdigit()
            else ""
        )
        if name.lower() in snap.vocabulary or plural_of in snap.vocabulary or known_pair(snap, name):
            continue
        if pair_of_mentions(snap, match.start(1), name, mentions):
            continue
        if ordinary_word(name) or ordinary_word(plural_of):
            continue
        if not known_company(snap, name) and not near_one_company(snap.router.entities, name):
            return True
    return False


def _names_a_quoted_code(query: str, passages: list[Document]) -> bool:
    """A drug code the question names ("What is HRS-9821") is quoted by a passage: short questions
    about one score low on meaning alone."""
    codes = CODE_RE.findall(query)
    return any(re.search(rf"\b{re.escape(code)}\b", p.page_content) for code in codes for p in passages)


def _pair_article_first(snap: Snapshot, mentions: list[Mention], passages: list[Document]) -> bool:
    """ "HBM/AZ - what changed in Nov-25?": two companies named, by tickers and short names that score low on
    meaning, whose deal's own article leads the passages found."""
    deals = snap.pair_deals(list(dict.fromkeys(mention.name for mention in mentions)))
    return bool(deals) and passages[0].metadata.get("doc_id") in {deal.doc_id for deal in deals}


_NEXT_LOWER_RE = re.compile(r"\s+[a-z]")
# a lead-in of up to three words before a colon opening the question ("Random one:", "Quick q:")
_ASIDE_RE = re.compile(r"^\s*[A-Za-z]+(?:\s+[A-Za-z]+){0,2}\s*:(?!\S)")
# "Forgive the basic question", "Pardon my ignorance", "Bear with me": an English verb before its object is
# capitalised by the sentence; a name is not followed so
_OBJECT_NEXT_RE = re.compile(r"\s+(?:the|my|me|this|a|an|our|us|with)\b")


# Words a question opens with that are no name: pronouns, asides and their like. The tokenizer's
# vocabulary alone will not do, as it holds names too ("everest", "apollo").
_OPENERS = """someone somebody anyone anybody everyone everybody people they we you he she it my our your their
    i me us them this that these those there here also and but so now then well yes no maybe perhaps quick
    curious just please hey hi hello okay ok sorry thanks wait any anything something nothing both either
    neither each every all some many most few last next still even only sure rumour rumor word heard
    thinking wondering suppose say assuming given tell show give remind help quote correct reconcile explain
    clarify confirm verify check compare"""
_SENTENCE_OPENERS = frozenset(_OPENERS.split())


def sentence_capital(snap: Snapshot, query: str, match: re.Match[str]) -> bool:
    """ "Someone told me ...", "Apparently ...": the question's first word, an ordinary English word
    followed by a lower-case one, is capitalised by the sentence, not a name ("Everest Medicines'
    deal" or "Everest's deal" stays a name). Ordinary: one of the openers above, a word in -ly, -ed or
    -ing, or a word the articles write in lower case; "Everest paid how much?" or "Apollo licensed what?" is a name."""
    word = match.group(1)
    lower = word.lower()
    # the first word of the question or of a later sentence: "Some outlets are running $4.7bn for it. Reconcile pls."
    later = bool(re.search(r"[.?!]\s+$", query[: match.start(1)]))
    if (match.start(1) != len(query) - len(query.lstrip()) and not later) or lower not in snap.common_words:
        return False
    inflected = len(lower) > 4 and lower.endswith(("ly", "ed", "ing"))  # "Apparently", "Guaranteed money in ..."
    ordinary = lower in _SENTENCE_OPENERS or lower in snap.lower_case_words or inflected
    if _OBJECT_NEXT_RE.match(query, match.end(1)):
        return True  # "Forgive the basic question": a word of the language before its object
    return ordinary and bool(_NEXT_LOWER_RE.match(query, match.end(1)))


def ordinary_word(word: str) -> bool:
    """An aside, a trade abbreviation or a country's adjective ("American"): not a company name."""
    lower = word.lower()
    return bool(word) and (
        lower in _ORDINARY_WORDS or lower in _PLACE_WORDS or bool(_MONTH_SHORTHAND_RE.fullmatch(word))
    )


def cjk_aliases(snap: Snapshot) -> list[str]:
    """The companies' Chinese names and their short forms ("恒瑞医药", "恒瑞")."""
    return [alias for alias, _ in snap.router.entities.cjk]


def known_company(snap: Snapshot, name: str) -> bool:
    """A ticker or alias of a company in the table ("PFE"), though no article spells it so."""
    mentions = snap.router.entities.find_companies(name).mentions
    return len(mentions) == 1 and not mentions[0].fuzzy and (mentions[0].end - mentions[0].start) == len(name)


def known_pair(snap: Snapshot, name: str) -> bool:
    """ "Kelun-Merck": two companies, each named by a part, with a deal together in the table."""
    parts = name.split("-")
    if len(parts) < 2:
        return False
    companies = []
    for part in parts:
        mentions = snap.router.entities.find_companies(part).mentions
        if len(mentions) != 1 or mentions[0].fuzzy:
            return False
        companies.append(mentions[0].name)
    return bool(snap.pair_deals(companies))


def pair_of_mentions(snap: Snapshot, start: int, name: str, mentions: list[Mention]) -> bool:
    """ "Harbour BioMed-AstraZeneca", "WuXi Biologics-Candid": each hyphenated part lies in a company
    the question names (a two-word name split by the space), and the companies have a deal together."""
    companies: list[str] = []
    offset = start
    for part in name.split("-"):
        inside = [m.name for m in mentions if m.start <= offset and offset + len(part) <= m.end]
        if not inside:
            return False
        companies.append(inside[0])
        offset += len(part) + 1
    distinct = list(dict.fromkeys(companies))
    return len(distinct) >= 2 and bool(snap.pair_deals(distinct))


_LOWER_WORD_RE = re.compile(r"(?<![\w-])([a-z]{3,})(?![\w-])")


def unknown_lowercase_name(snap: Snapshot, query: str, names_company: bool) -> bool:
    """ "beigene latest outlicensing terms": a question naming no known company, with a lower-case
    word that is neither in the articles nor an ordinary English word (the embedding model's
    tokenizer holds ~20,000), names something the corpus never mentions. A typo of a company
    ("pfizr") is found by the router's fuzzy match and passes."""
    common = snap.common_words
    if names_company or not common:
        return False
    for match in _LOWER_WORD_RE.finditer(query):
        word = match.group(1)
        forms = {word, word.rstrip("s"), re.sub(r"(?:es|ed|ing|ly)$", "", word)}
        if forms & snap.vocabulary or forms & common or ordinary_word(word) or word in QUESTION_WORDS:
            continue
        if english_form(word, (snap.vocabulary, common), name_parts(snap.router.entities)):  # "pitfalls"
            continue
        if snap.router.entities.find_companies(word).mentions or _typo_of_known(snap, word):
            continue
        return True
    return False


def _typo_of_known(snap: Snapshot, word: str) -> bool:
    """ "multinationls", "outlicensng", "upfrnt": one slip from a word of the articles or the tokenizer
    (difflib ratio 0.85, as the router's coverage check reads typos); "beigene" is not ("beige", 0.83)."""
    if len(word) < 5:
        return False
    candidates = snap.typo_candidates  # built once per snapshot, not on each call
    known = [w for length in range(len(word) - 2, len(word) + 3) for w in candidates.get(length, ())]
    return bool(close_matches(word, known, 1, 0.85))


def naming_all(snap: Snapshot, passages: list[Document], companies: list[str], years: list[str]) -> list[Document]:
    """The passages cut down to their sentences that name every company and year given."""
    if not companies:
        return []  # a year alone is in too many sentences to answer anything
    kept: list[Document] = []
    for passage in passages:
        sentences = [
            sentence
            for sentence in split_sentences(passage.page_content)
            if all(names_year(sentence, year) for year in years)
            and set(companies) <= {m.name for m in snap.router.entities.find_companies(sentence).mentions}
        ]
        if sentences:
            kept.append(Document(page_content=" ".join(sentences), metadata=passage.metadata))
    return kept


def on_topic(snap: Snapshot, passages: list[Document], companies: list[str], partners: bool = False) -> list[Document]:
    """The passages without their sentences that name only other companies: an answer about one
    deal is not padded with a sentence about another. Sentences naming no company stay.

    ``partners``: "mabwell sirna newco - who set it up?" asks about one company's partner, whose own
    sentences ("Kalexo Bio is a new company formed with Aditum Bio") answer it."""
    if not companies:
        return passages
    asked = set(companies)
    if partners and len(companies) == 1:
        asked |= {name for deal in snap.company_deals(companies[0]) for name in (*deal.licensors, *deal.licensees)}
    kept: list[Document] = []
    for passage in passages:
        sentences = [
            sentence
            for sentence in split_sentences(passage.page_content)
            # an article spells its companies right: a fuzzy match ("aimed" for AimedBio) names none
            if not (named := {m.name for m in snap.router.entities.find_companies(sentence).mentions if not m.fuzzy})
            or named & asked
        ]
        if sentences:
            kept.append(Document(page_content=" ".join(sentences), metadata=passage.metadata))
    return kept


def closest(snap: Snapshot, passages: list[Document]) -> list[Citation]:
    """The (at most three) articles nearest the question, one entry each, for a refusal."""
    seen: set[str] = set()
    found: list[Citation] = []
    for passage in passages:
        doc_id = str(passage.metadata.get("doc_id"))
        if doc_id in seen:
            continue
        seen.add(doc_id)
        meta = snap.docs.get(doc_id, DocMeta(title=doc_id))
        found.append(
            Citation(
                n=len(found) + 1,
                doc_id=doc_id,
                title=meta.title,
                published=meta.published,
                url=meta.url,
                paragraph=int(passage.metadata.get("paragraph", 0)),
                quote=passage.page_content,
            )
        )
    return found[:3]


def clarification(snap: Snapshot, results: list[ToolResult]) -> tuple[str, list[Citation]]:
    """A tool found several deals: ask which one, each candidate cited to its article's opening."""
    book = CitationBook(snap.docs)
    # each look-up's question cites its own candidates: "which one?" asked of two sides cites both
    asked = [
        with_markers(r.message, [book.cite(snap.deal_opening(deal_id)) for deal_id in r.candidates])
        for r in results
        if r.message
    ]
    return " ".join(asked), book.citations


# What an abstention adds when no passage holds the required kind: the articles report what was
# agreed and done, not what a company will do, nor what has actually been paid since signing.
UNREPORTED = {
    "forecast": "They report what was agreed and what has happened; none we found says whether or when this will happen.",
    "payment": "They report the agreed terms; none we found says how much has actually been paid so far.",
    "ending_terms": "They report the agreed terms; none we found says what happens if the deal is ended.",
}


def unreported(query: str) -> str:
    """The sentence an abstention adds for a required kind of fact ("" for other questions)."""
    return UNREPORTED.get(wanted_type(query) or "", "")
