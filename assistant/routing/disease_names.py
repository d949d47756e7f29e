"""A disease named after a person, written so that it is never read as a company.

"SciNeuro licensed an Alzheimer's antibody to Novartis in Jan '26, what was the upfront on that?": a capitalised
word with "'s" that no table holds read as an unknown company, and the question was sent to the articles, which
refused it. The eponymous diseases below are written in lower case ("alzheimer's"), which the area readers take
as before (``wording.AREAS``: Neurology) and the name readers pass over. A company of that name in
``companies.csv`` would still be read: the rewrite runs only on a word the entity index does not hold as a name
(a near spelling of one, "Crohn" of "Curon", is no name).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.routing.entities import EntityIndex

# English eponymous disease names (no deal data: the vocabulary of medicine, not of the tables)
_EPONYMS = (
    "Alzheimer|Parkinson|Huntington|Crohn|Hodgkin|Graves|Sj[oö]gren|Cushing|Addison|Hashimoto|Beh[cç]et|Duchenne|"
    "Gaucher|Fabry|Pompe|Kawasaki|Raynaud|Tourette|Wilson|Still|Castleman|Waldenstr[oö]m|Kaposi|Lou Gehrig"
)
_EPONYM_RE = re.compile(
    rf"\b({_EPONYMS})(['’]s|s)?(?=\s+(?:disease|antibod(?:y|ies)|drugs?|therap(?:y|ies)|"
    r"treatments?|candidates?|assets?|programs?|programmes?|deals?|patients|indications?|"
    r"sarcoma|lymphoma|syndrome|dementia|asset)\b|['’]s\b)"
)


def diseases_lowered(question: str, entities: EntityIndex) -> str:
    """ "an Alzheimer's antibody" -> "an alzheimer's antibody"; a question with no such name comes back unchanged."""

    def lowered(match: re.Match[str]) -> str:
        if any(not mention.fuzzy for mention in entities.find_companies(match.group(1)).mentions):
            return match.group()
        return match.group().lower()

    return _EPONYM_RE.sub(lowered, question)
