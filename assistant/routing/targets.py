"""Drug targets the table's assets name ("PD-1/VEGF", "DLL3", "CLDN18.2"), found in a question.

The table writes a target one way; a question writes it in others:
- with a hyphenated word after it: "DLL3-targeting", "GLP-1-based" (the target ends at the hyphen);
- with a letter in brackets for two targets at once: "PD-(L)1 x VEGF" is PD-1xVEGF and PD-L1xVEGF;
- in lower case, when two targets are named ("pd-1xvegf"), one with a digit;
- by its protein name where the table writes the gene symbol: "Claudin 18.2" for "CLDN18.2" (a symbol
  is the name's consonants: c-l-d-n of claudin), as the articles write it, "claudin 18.2 (CLDN18.2)".
Several targets found at once are one filter value, "A|B": an asset matching either (``DealFilter.asset``).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

# A drug target as an asset field writes it: "PD-1/VEGF", "CD3xCD19", "DLL3 ADC" (a lone target before its kind).
_PART = r"[A-Za-z0-9][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*?"
MULTI_TARGET_RE = re.compile(rf"(?<![\w-])({_PART}(?:\s?(?:x|×|/)\s?{_PART})+)(?![\w])")
_LONE_TARGET_RE = re.compile(
    r"(?<![\w-])([A-Za-z0-9][A-Za-z0-9.-]*)\s+(?:bispecific\s+)?(?:ADC|T-cell|mAb|antibody|siRNA|inhibitor|agonist)\b"
)
_ONE_TARGET_RE = re.compile(r"^[A-Za-z]{2,5}(?:-[A-Za-z])?-?\d{1,2}[A-Za-z]{0,2}$")
_CODED_RE = re.compile(r"(?<![\w-])[A-Za-z0-9][A-Za-z0-9.-]*[0-9][A-Za-z0-9.-]*(?![\w-])")
_SPLIT_RE = re.compile(r"\s?(?:x|×|/)\s?")
# "DLL3-targeting", "GLP-1-based": a word in lower case after a target's last capital or digit
_HYPHENED_WORD_RE = re.compile(r"(?<=[0-9A-Z])-(?=[a-z]{3,})")
# "PD-(L)1": the bracketed letters may be there or not
_OPTIONAL_RE = re.compile(r"\(([A-Za-z]{1,2})\)")
# "PD-1 (or PD-L1) x VEGF": another target in brackets, asked beside the one before it
_ALTERNATIVE_RE = re.compile(rf"(?<![\w-])({_PART})\s*\(\s*(?:or|and|/)\s+({_PART})\s*\)")
# "Claudin 18.2", "claudin18.2": a protein's name and its number
# "anti-Abeta", "anti-TSLP": the word after "anti-" names what the drug acts against
_ANTI_RE = re.compile(r"(?i)(?<![\w-])anti-([A-Za-z][\w.]*)")
_NAMED_RE = re.compile(r"(?<![\w-])([A-Za-z]{5,})\s?(\d{1,2}(?:\.\d)?)(?![\w.])")

_ASSET_WORDS = r"(?:assets?|programmes?|programs?|drugs?|molecules?|candidates?|compounds?)"
# "which B7-H3 assets were licensed out, and to whom?", "who licensed the DLL3-targeted assets?": the deals listed
WHOSE_ASSETS_RE = re.compile(
    rf"\bwhich\b[^?]*?\b{_ASSET_WORDS}\b[^?]*?\blicen[cs]\w*|\bwho\b[^?]*?\blicen[cs]\w*\b[^?]*?\b{_ASSET_WORDS}\b|"
    r"\bto whom\b",
    re.IGNORECASE,
)


class TargetIndex:
    """Each target the assets name, by its spelling-free key ("pd1", "vegf")."""

    def __init__(self, assets: Iterable[str]) -> None:
        self.targets: dict[tuple[str, ...], str] = {}
        for asset in assets:
            for written in targets_in(asset):
                self.targets.setdefault(target_key(written), written)

    def find(self, question: str) -> str | None:
        """The targets named, as the table writes them ("PD-1/VEGF|PD-L1xVEGF" for two), or None."""
        found: list[str] = []
        for text in _variants(_HYPHENED_WORD_RE.sub(" ", unicodedata.normalize("NFKC", question))):
            candidates = [m.group(1) for m in MULTI_TARGET_RE.finditer(text)]
            candidates += [m.group() for m in _CODED_RE.finditer(text)]
            candidates += [_symbol(m.group(1)) + m.group(2) for m in _NAMED_RE.finditer(text)]
            written = next(
                (w for c in candidates if (w := self.targets.get(target_key(c))) and (target_like(c) or _typed_low(c))),
                None,
            )
            if written and written not in found:
                found.append(written)
            found += [other for other in self._or_named(text) if other not in found]
        return "|".join(found) or None

    def _or_named(self, text: str) -> list[str]:
        """Two-target names said one or the other: "every PD-1/VEGF or PD-L1/VEGF bispecific deal" (the table
        writes the second "PD-L1xVEGF"): each, as the table writes it."""
        matches = list(MULTI_TARGET_RE.finditer(text))
        said = []
        for first, second in itertools.pairwise(matches):
            if re.fullmatch(r"\s*(?:,|or|and|,\s*or|/)\s*", text[first.end() : second.start()], re.IGNORECASE):
                for match in (first, second):
                    written = self.targets.get(target_key(match.group(1)))
                    if written and target_like(match.group(1)) and written not in said:
                        said.append(written)
        return said

    def name_words(self, question: str) -> set[str]:
        """The words that name a target by its protein name ("Claudin" of "Claudin 18.2"), or after "anti-" ("an
        anti-Abeta antibody", outsider104): no company's name."""
        text = unicodedata.normalize("NFKC", question)
        return {
            m.group(1) for m in _NAMED_RE.finditer(text) if target_key(_symbol(m.group(1)) + m.group(2)) in self.targets
        } | set(_ANTI_RE.findall(text))


def _variants(text: str) -> list[str]:
    """The question with each bracketed letter left out and kept: "PD-(L)1" -> "PD-1", "PD-L1"; with a
    bracketed other target read in either place: "PD-1 (or PD-L1) x VEGF" -> "PD-1 x VEGF", "PD-L1 x VEGF"."""
    other = _ALTERNATIVE_RE.search(text)
    if other:
        before, after = text[: other.start()], text[other.end() :]
        return [f"{before}{other.group(1)}{after}", f"{before}{other.group(2)}{after}"]
    if not _OPTIONAL_RE.search(text):
        return [text]
    return [_OPTIONAL_RE.sub("", text).replace("--", "-"), _OPTIONAL_RE.sub(r"\1", text)]


def _symbol(name: str) -> str:
    """A gene symbol from a protein's name: its first letter and its consonants ("claudin" -> "CLDN")."""
    return (name[0] + re.sub(r"[aeiouy]", "", name[1:].lower())).upper()


def targets_in(asset: str) -> list[str]:
    """The targets an asset field names: multi-target ones ("PD-1/VEGF") and lone ones ("DLL3 ADC")."""
    found = [m.group(1) for m in MULTI_TARGET_RE.finditer(asset) if target_like(m.group(1))]
    lone = [m.group(1) for m in _LONE_TARGET_RE.finditer(asset)]
    found += [t for t in lone if target_like(t) and not any(t in multi for multi in found)]
    # each coded part of a multi-target ("GLP-1" of "GLP-1/GIP") is a target a question names alone
    return found + [p for t in found for p in _SPLIT_RE.split(t) if _ONE_TARGET_RE.match(p)]


def target_like(written: str) -> bool:
    """Each part has a capital letter or a digit: "PD-1/VEGF", "DLL3", not "small/large"."""
    parts = _SPLIT_RE.split(written)
    return all(len(p) >= 2 and any(ch.isupper() or ch.isdigit() for ch in p) for p in parts)


def _typed_low(written: str) -> bool:
    """A two-target name typed in lower case ("pd-1xvegf", "cd3/cd19"): two parts or more, one with a digit; it
    counts only when it is one of the table's own targets."""
    parts = _SPLIT_RE.split(written)
    return len(parts) >= 2 and all(len(p) >= 2 for p in parts) and any(ch.isdigit() for ch in written)


def target_key(written: str) -> tuple[str, ...]:
    """ "PD-1/VEGF", "PD1xVEGF", "pd-1 x vegf" all read as ("pd1", "vegf")."""
    parts = _SPLIT_RE.split(unicodedata.normalize("NFKC", written))
    return tuple(re.sub(r"[^0-9a-z.]", "", p.lower()) for p in parts)
