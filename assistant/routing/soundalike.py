"""Company names heard wrongly by speech-to-text (outsider79, a portfolio manager dictating):
"hang row" for Hengrui, "in event" for Innovent, "three s bio" for 3SBio, "see s p c" for CSPC.

A run of one to three lower-case words is read as a name when its letters, joined, sound like one alias of
the companies table and like no other: the same
consonant skeleton (``sound_key``: "hangrow" and "hengrui" are both "hngr") and letters not too unlike
(rapidfuzz ratio). Spelled letters ("see s p c", "g s k") are read as the letters they name and must match
an alias exactly. Guards, so that a written question never changes: no word of the run is capitalised
(except the question's first), a ticker ("DNTH", five capitals or fewer) is heard only spelt out, not by sound
("done two" is no Dianthus), none is already a name, a single word must not be an English word (the
tokenizer's list) nor a question word, and a run holding a question word ("in event") must match more
closely. ``respelt_names`` writes the name the table uses in place of the run ("hang row gsk upfront":
"Hengrui gsk upfront").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz

_WORD_RE = re.compile(r"[A-Za-z0-9]+")
_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
# the spoken names of letters, read as letters only inside a run of single letters ("see s p c")
_LETTER_NAMES = {
    "ay": "a", "bee": "b", "see": "c", "sea": "c", "cee": "c", "dee": "d", "ee": "e", "eff": "f", "gee": "g",
    "jay": "j", "kay": "k", "el": "l", "em": "m", "en": "n", "oh": "o", "pee": "p", "cue": "q", "ar": "r",
    "ess": "s", "tee": "t", "vee": "v", "ex": "x", "zee": "z", "zed": "z",
}  # fmt: skip
_SOUNDS = [("ph", "f"), ("ck", "k"), ("ch", "x"), ("sh", "x"), ("th", "t"), ("wh", "w"), ("dg", "j"), ("kn", "n")]
_SOUNDS += [("q", "k"), ("x", "ks"), ("z", "s")]
_MIN_KEY, _RATIO, _RATIO_WITH_COMMON, _RATIO_ENDING_COMMON = 3, 50.0, 75.0, 88.0
_NASAL = "~"  # marks a by_key entry made with "ng" read as "n" (``_nasal_key``)
_Name = tuple[str, str, str]  # (as said, alias to write, company)
_Heard = tuple[str, str, str]  # (letters, alias to write, company)


def spelled(text: str) -> str:
    """Letters only, lower case, each digit said as its word ("3SBio": "threesbio")."""
    return "".join(_DIGITS[int(c)] if c.isdigit() else c for c in text.lower() if c.isalnum())


def sound_key(letters: str) -> str:
    """A consonant skeleton: the first sound kept (a vowel as "a"), later vowels and h, w, y dropped, c read
    as s before e, i, y and as k elsewhere, doubles folded ("hengrui", "hangrow": "hngr"; "innovent", "inevent":
    "anvnt")."""
    word = letters
    for written, said in _SOUNDS:
        word = word.replace(written, said)
    word = re.sub(r"c(?=[eiy])", "s", word).replace("c", "k")
    if not word:
        return ""
    head = "a" if word[0] in "aeiouy" else word[0]
    tail = re.sub(r"[aeiouyhw]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", head + tail)


@functools.cache
def _heard_index(names: tuple[_Name, ...]) -> tuple[dict[str, set[tuple[str, str]]], dict[str, set[_Heard]]]:
    """(letters -> (written, company), sound key -> (letters, written, company)) over every alias."""
    by_letters: dict[str, set[tuple[str, str]]] = {}
    by_key: dict[str, set[_Heard]] = {}
    for said, written, name in names:
        letters = spelled(said)
        if len(letters) < 3:
            continue
        by_letters.setdefault(letters, set()).add((written, name))
        key = sound_key(letters)
        ticker = written.isupper() and len(written) <= 5  # "DNTH" is said letter by letter, never as "done two"
        if len(key) >= _MIN_KEY and letters == spelled(written) and not ticker:  # a part ("Zeneca"): letter for letter
            by_key.setdefault(key, set()).add((letters, written, name))
            by_key.setdefault(_NASAL + _nasal_key(letters), set()).add((letters, written, name))
    return by_letters, by_key


def _nasal_key(letters: str) -> str:
    """The sound key with "ng" read as "n": Chinese syllables end in either, and speech-to-text swaps them
    ("hang sew" for Hansoh, "hang row" for Hengrui)."""
    return sound_key(letters.replace("ng", "n"))


def _one_sound_apart(key: str, other: str) -> bool:
    """Two sound keys that differ by one consonant added, dropped or changed ("hn" and "hnr")."""
    if abs(len(key) - len(other)) > 1 or key[:1] != other[:1]:
        return False
    return any(
        key[:at] + key[at + cut :] == other[:at] + other[at + put :]
        for at in range(max(len(key), len(other)) + 1)
        for cut, put in ((1, 0), (0, 1), (1, 1))
    )


def heard_names(companies: Iterable[Any], english: frozenset[str]) -> tuple[_Name, ...]:
    """(alias, alias, company) for each Latin alias of the companies table ("Hengrui", "3SBio"), and (part,
    alias, company) for the first or last part of a one-word alias said alone ("Glaxo", "Zeneca")."""
    names = {(alias, alias, c.name) for c in companies for alias in [c.name, *c.aliases] if alias.isascii()}
    for alias, _, name in list(names):
        parts = re.findall(r"[A-Z][a-z]+", alias) if re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+", alias) else []
        parts = [part for part in parts[:1] if len(part) >= 5] + [part for part in parts[1:][-1:] if len(part) >= 6]
        names |= {(part, alias, name) for part in parts if part.lower() not in english}
    return tuple(sorted(names))


def respelt_heard(question: str, entities: Any, english: frozenset[str]) -> str:
    """``question`` with the company names speech-to-text wrote as other words respelt (``respelt_names``);
    ``english`` is the tokenizer's word list (``lower_slips.english_words``), which no single word may be in."""
    names = getattr(entities, "_heard_names", None)  # built once per entity index, as spoken's vocabulary is
    if names is None:
        names = entities._heard_names = heard_names(entities.companies.values(), english)
    return respelt_names(question, names, entities.known_words, english)


def _letters_of(words: list[str]) -> str | None:
    """The letters a run names: a run of single letters and letter names ("see s p c") as those letters."""
    if len(words) > 1 and all(len(w) == 1 or w in _LETTER_NAMES for w in words) and any(len(w) == 1 for w in words):
        return "".join(_LETTER_NAMES.get(w, w) for w in words)
    return None


def heard(
    words: list[str], names: Iterable[_Name], known: set[str] | frozenset[str], english: frozenset[str] = frozenset()
) -> str | None:
    """The one name the lower-case run ``words`` sounds like, or None ("hang row": "Hengrui").

    One word is read only as a long part of a name, letter for letter ("glaxo", "zeneca"; a misspelt word is
    ``lower_slips``'s). Several words are read letter for letter ("three s bio", "astra zeneca") when none is a
    question word (not "sum it" for Summit), or by sound; a question word may open such a run ("in event") but
    ends one only when the letters are very close ("han so"; not "book in" for Biokin)."""
    by_letters, by_key = _heard_index(tuple(names))
    spelt = _letters_of(words)
    if spelt is not None:
        return _one(by_letters.get(spelt, set()))
    letters = "".join(spelled(w) for w in words)
    if len(letters) < 5 or len(words) > 3:
        return None
    if len(words) == 1:
        part = {(alias, name) for alias, name in by_letters.get(letters, set()) if spelled(alias) != letters}
        return _one(part) if words[0] not in known and words[0] not in english else None
    if letters in by_letters and _split_word(words, by_letters[letters], english):
        return _one(by_letters[letters])  # "wu xi biologics": one word of the alias said in two
    common = [not w.isdigit() and w not in _DIGITS and (w in known or len(w) <= 2) for w in words]
    if all(common):  # "sum it" is no Summit
        return None
    if letters in by_letters:  # an alias said as several words, a letter among them ("three s bio")
        spoken = any(w in _DIGITS or w.isdigit() or len(w) == 1 for w in words)  # not "sum it" for Summit
        return _one(by_letters[letters]) if spoken or not any(w in known for w in words) else None
    floor = _RATIO_WITH_COMMON if common[0] else _RATIO
    floor = _RATIO_ENDING_COMMON if any(common[1:]) else floor
    heard_as = by_key.get(sound_key(letters), set()) or by_key.get(_NASAL + _nasal_key(letters), set())
    found = _one({(alias, name) for said, alias, name in heard_as if fuzz.ratio(letters, said) >= floor})
    return found or _opened(words, letters, by_key, known, english)


def _opened(
    words: list[str],
    letters: str,
    by_key: dict[str, set[_Heard]],
    known: set[str] | frozenset[str],
    english: frozenset[str],
) -> str | None:
    """Two words, the first no English word and spelling the opening of one company's alias, that together sound
    one consonant apart from that alias ("heng way": Hengrui); "hang out" or "hen house" never (English words)."""
    first = words[0]
    if len(words) != 2 or len(first) < 4 or first in english or first in known or words[1] in known:
        return None
    key = _nasal_key(letters)
    hits = {
        (alias, name)
        for entries in by_key.values()
        for said, alias, name in entries
        if said.startswith(first) and said != first and _one_sound_apart(key, _nasal_key(said))
    }
    return _one(hits)


def _split_word(words: list[str], hits: set[tuple[str, str]], english: frozenset[str]) -> bool:
    """``words`` say a several-word alias of ``hits`` with its first word said in pieces, the rest as written
    ("wu xi biologics": "WuXi Biologics"); the first word must be no English word ("sum it" is no Summit)."""
    for alias, _ in hits:
        parts = alias.lower().split()
        if len(parts) < 2 or len(words) <= len(parts) or words[len(words) - len(parts) + 1 :] != parts[1:]:
            continue
        head = words[: len(words) - len(parts) + 1]
        if "".join(head) == spelled(parts[0]) and parts[0] not in english:
            return True
    return False


def _one(hits: set[tuple[str, str]]) -> str | None:
    """The shortest alias written for the hits, when they are all one company's."""
    if len({name for _, name in hits}) != 1:
        return None
    return min((alias for alias, _ in hits), key=len)


def respelt_names(
    question: str, names: Iterable[_Name], known: set[str] | frozenset[str], english: frozenset[str] = frozenset()
) -> str:
    """``question`` with each run of one to three lower-case words that sounds like one company or tracker
    written as the table writes it ("what did hang row get from gsk": "what did Hengrui get from gsk");
    longer runs first, and a run is never part of a name already written."""
    names = tuple(names)
    written = _written(names)
    words = list(_WORD_RE.finditer(question))
    out: list[tuple[int, int, str]] = []
    index = 0
    while index < len(words):
        for size in (4, 3, 2, 1):  # four only for spelled letters ("see s p c")
            run = words[index : index + size]
            if len(run) < size or any(_named(w, written) for w in run):
                continue
            if any(question[a.end() : b.start()].strip() for a, b in itertools.pairwise(run)):
                continue  # "hang, row": a run is words said together
            if size > 1 and _idiom(run, question, known):
                continue  # "in event of termination": English, not Innovent
            name = heard([w.group().lower() for w in run], names, known, english)
            if name is not None:
                out.append((run[0].start(), run[-1].end(), name))
                index += size
                break
        else:
            index += 1
    for start, end, name in reversed(out):
        question = question[:start] + name + question[end:]
    return question


@functools.lru_cache(maxsize=8)
def _written(names: tuple[_Name, ...]) -> frozenset[str]:
    """The letters of each name written as the table writes it (built once per name list, not per question)."""
    return frozenset(spelled(alias) for said, alias, _ in names if said == alias)


def _named(word: re.Match[str], written: frozenset[str]) -> bool:
    """A word that is a name already ("GSK", "gsk", "Pfizer"), or capitalised inside the question."""
    text = word.group()
    return spelled(text) in written or (text[:1].isupper() and word.start() > 0) or (text.isupper() and len(text) > 1)


def _idiom(run: list[re.Match[str]], question: str, known: set[str] | frozenset[str]) -> bool:
    """A run opened by a common word and followed by "of" ("in event of", "In event of"): an English phrase."""
    first = run[0].group().lower()
    return (first in known or len(first) <= 2) and re.match(r"\s+of\b", question[run[-1].end() :], re.I) is not None
