"""Short names the first reading leaves as words: a ticker typed with two letters swapped ("henrgui gks
deal UF??" asks about Hengrui and GSK), a name written in lower case that is also an English word
beside a partner ("科伦博泰 crescent upfront": Crescent Biopharma), a possessive without its
apostrophe ("whats cspcs most recent deal")."""

from __future__ import annotations

from assistant.routing.entities import CompanyFinding, EntityIndex, Mention, tokenize


def swapped_tickers(question: str, found: CompanyFinding, entities: EntityIndex) -> CompanyFinding:
    """A three- or four-letter word that is a short alias with two neighbouring letters swapped
    ("gks": GSK, "mds": MSD, "bsm": BMS) names that company when it did a deal with a company
    named beside it, and no other such alias fits. A word alone, or a swap fitting no partner,
    stays a word: too short to guess from."""
    found = _lower_case_names(question, _possessives(question, found, entities), entities)
    named = {m.name for m in found.mentions}
    if not named:
        return found
    partners = {n for parties in entities.deal_parties.values() if named & set(parties) for n in parties} - named
    taken = [(m.start, m.end) for m in found.mentions]
    added: list[Mention] = []
    for token in tokenize(question):
        word = token.norm
        if not (3 <= len(word) <= 4 and word.isalpha()) or word in entities.known_words:
            continue
        if any(s < token.end and token.start < e for s, e in taken):
            continue
        names = {
            name for swapped in _swaps(word) for name in entities.ngrams.get((swapped,), set()) if name in partners
        }
        if len(names) == 1:
            added.append(Mention(name=names.pop(), start=token.start, end=token.end, fuzzy=True))
    if not added:
        return found
    mentions = sorted([*found.mentions, *added], key=lambda m: m.start)
    return found.model_copy(update={"mentions": mentions})


def _swaps(word: str) -> set[str]:
    """The word with each pair of neighbouring letters swapped (the word itself left out)."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)} - {word}


def _possessives(question: str, found: CompanyFinding, entities: EntityIndex) -> CompanyFinding:
    """ "cspcs", "gsks": a one-word name of one company with an "s" and no apostrophe is that company's."""
    taken = [(m.start, m.end) for m in found.mentions]
    added: list[Mention] = []
    for token in tokenize(question):
        word = token.norm
        if len(word) < 4 or not word.endswith("s") or not word.isalpha() or word in entities.known_words:
            continue
        if any(s < token.end and token.start < e for s, e in taken):
            continue
        names = entities.ngrams.get((word[:-1],), set())
        if len(names) == 1:
            added.append(Mention(name=next(iter(names)), start=token.start, end=token.end, fuzzy=True))
    return _with(found, added)


def _lower_case_names(question: str, found: CompanyFinding, entities: EntityIndex) -> CompanyFinding:
    """A name that is also an English word ("crescent", "summit", "kite") counts written in lower case
    when a company it did a deal with is named beside it ("kelun crescent upfront")."""
    named = {m.name for m in found.mentions}
    partners = {n for parties in entities.deal_parties.values() if named & set(parties) for n in parties} - named
    taken = [(m.start, m.end) for m in found.mentions]
    added: list[Mention] = []
    for token in tokenize(question):
        if any(s < token.end and token.start < e for s, e in taken):
            continue
        names = entities.ngrams.get((token.norm,), set())
        if len(names) == 1 and next(iter(names)) in partners:
            added.append(Mention(name=next(iter(names)), start=token.start, end=token.end))
    return _with(found, added)


def _with(found: CompanyFinding, added: list[Mention]) -> CompanyFinding:
    if not added:
        return found
    mentions = sorted([*found.mentions, *added], key=lambda m: m.start)
    return found.model_copy(update={"mentions": mentions})
