"""German words in an English question, read in English before the rules see it.

A Frankfurt fund manager writes English with the German word for the thing he means: "Which
Vorabzahlung has Pfizer paid to 3SBio?", "Combined Gesamtwert of all deals announced in Februar
2026?", "How many Lizenzdeals does your Datenbank contain?" (outsider114). The capitalised German
noun looked like a company no table holds, so a plain lookup was refused or sent to the articles; a
ranking word ("die kleinste upfront") was lost and the question became a tracker's total.

Each German word of a deal question (measures, operations, scope, rankings, months, amounts in "Mio."
and "Mrd.") becomes the English an analyst would type; a German word glossed in brackets ("Vorabzahlung
(upfront payment)") gives way to its gloss. Only whole words are read, and only German ones: an
English word is never changed ("die" and "bis" are left alone). A German word of no listed meaning
stays, and the question is answered or refused as before. A company's name in the German genitive,
"Hansohs Roche deal", "Pfizers upfront", is read as the English possessive. The examples are the tests
(``tests/test_german_wording.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# German → English, longest first when read; "ae"/"oe"/"ue" are accepted for the umlauts.
_WORDS: dict[str, str] = {
    # measures
    "vorabzahlungen": "upfront payments",
    "vorabzahlung": "upfront payment",
    "vorauszahlungen": "upfront payments",
    "vorauszahlung": "upfront payment",
    "upfront-zahlungen": "upfront payments",
    "upfront-zahlung": "upfront payment",
    "meilensteinzahlungen": "milestone payments",
    "meilensteinzahlung": "milestone payment",
    "meilensteine": "milestones",
    "meilensteinen": "milestones",
    "meilenstein": "milestone",
    "gesamtdealwert": "total deal value",
    "gesamtdealvolumen": "total deal value",
    "gesamtvolumen": "total value",
    "gesamtwert": "total value",
    "dealwert": "deal value",
    "transaktionswert": "deal value",
    "eigenkapitalbeteiligung": "equity investment",
    "eigenkapitalinvestition": "equity investment",
    "eigenkapital": "equity",
    "lizenzgebühren": "royalties",
    # operations
    "gesamtsumme": "sum",  # the operation: "What is the Gesamtsumme?" never the total deal value
    "summe": "sum",
    "summiert": "summed",
    "summierter": "summed",
    "summierte": "summed",
    "insgesamt": "in total",
    "anzahl": "number",
    "durchschnitt": "average",
    "durchschnittliche": "average",
    "durchschnittlicher": "average",
    "wachstumsrate": "growth rate",
    "wachstum": "growth",
    "anteil": "share",
    "differenz": "difference",
    "unterschied": "difference",
    # rankings
    "höchste": "highest",
    "höchsten": "highest",
    "größte": "largest",
    "größten": "largest",
    "kleinste": "smallest",
    "kleinsten": "smallest",
    "niedrigste": "lowest",
    "niedrigsten": "lowest",
    # parties, deals and scope
    "lizenzgeber": "licensor",
    "lizenznehmer": "licensee",
    "lizenzdeals": "licensing deals",
    "lizenzdeal": "licensing deal",
    "lizenzvereinbarung": "licensing deal",
    "lizenzvereinbarungen": "licensing deals",
    "lizenzvertrag": "licensing deal",
    "lizenzabkommen": "licensing deal",
    "datenbank": "table",
    "tabelle": "table",
    "therapiegebiet": "therapeutic area",
    "onkologie": "oncology",
    "immunologie": "immunology",
    "indikation": "indication",
    "medikamente": "drugs",
    "medikament": "drug",
    "wirkstoff": "drug",
    "aktien": "shares",
    "aktienkurs": "share price",
    "umsatz": "revenue",
    "mitarbeiter": "employees",
    "risiken": "risks",
    "gründe": "reasons",
    "ergebnisse": "results",
    "zahlungen": "payments",
    "zahlung": "payment",
    "zahlen": "figures",
    "zahl": "figure",
    "preis": "price",
    "sonderbelastung": "charge",
    "und": "and",
    # months
    "januar": "January",
    "februar": "February",
    "märz": "March",
    "juni": "June",
    "juli": "July",
    "oktober": "October",
    "dezember": "December",
}
_UMLAUTS = {"ä": "(?:ä|ae)", "ö": "(?:ö|oe)", "ü": "(?:ü|ue)", "ß": "(?:ß|ss)"}


def _pattern(word: str) -> str:
    return "".join(_UMLAUTS.get(char, re.escape(char)) for char in word)


_ORDER = sorted(_WORDS, key=len, reverse=True)
_WORD_RE = re.compile(r"(?<![\w-])(" + "|".join(_pattern(word) for word in _ORDER) + r")(?![\w-])", re.IGNORECASE)
# "Vorabzahlung (upfront payment)": the gloss in brackets is what was meant, the German word goes
_GLOSSED_RE = re.compile(_WORD_RE.pattern + r"\s*\(([A-Za-z][A-Za-z ,/-]*)\)", re.IGNORECASE)
# "USD 500 Mio.", "1,2 Mrd. USD": German units of an amount
_UNIT_RE = re.compile(r"(?<=\d)\s*(Mio|Mrd)\b\.?", re.IGNORECASE)
# "Gewinn- und Verlustteilung": a split of profits and losses
_PROFIT_SPLIT_RE = re.compile(r"\bGewinn-\s*und\s*Verlust(?:teilung|aufteilung)\b", re.IGNORECASE)


def _folded(word: str) -> str:
    return word.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")


_FOLDED = {_folded(word): english for word, english in _WORDS.items()}


def _english(word: str) -> str:
    return _FOLDED[_folded(word)]


def german_read(question: str) -> str:
    """``question`` with its German words in English (see the module's docstring)."""
    text = _PROFIT_SPLIT_RE.sub("profit and loss split", question)
    text = _GLOSSED_RE.sub(lambda m: m.group(2), text)
    text = _WORD_RE.sub(lambda m: _english(m.group(1)), text)
    return _UNIT_RE.sub(lambda m: " million" if m.group(1).lower() == "mio" else " billion", text)


# "Hansohs Roche ADC deal": a capitalised word that is a company's name with a German genitive "s"
_GENITIVE_RE = re.compile(r"(?<![\w'’-])([A-Z][\w-]{2,})s(?![\w'’-])")


def german_genitives(question: str, is_company: Callable[[str], bool]) -> str:
    """``question`` with "Hansohs" written "Hansoh's" where ``is_company`` takes the name but not the word."""
    return _GENITIVE_RE.sub(
        lambda m: f"{m.group(1)}'s" if is_company(m.group(1)) and not is_company(m.group(0)) else m.group(0), question
    )
