"""Company facts no table column holds, in the words a sentence stating them uses.

"Where is Mabwell headquartered?" is searched for with "based in" and answered by "Mabwell, based
in Shanghai"; "what peak sales does Lilly expect?" only by a sentence stating a sales figure.
"""

from __future__ import annotations

import re

from assistant.routing.scope_asks import SCOPE_STATED
from assistant.routing.unheld_facts import STATED as FACTS_STATED

# A company fact no table column holds is searched for with the words a sentence stating it uses.
MEASURE_SEARCH_WORDS = {
    "share price": "shares bought apiece price per share",
    "market capitalisation": "market value",
    "headquarters": "based in headquartered",
}
# What a passage says when it states a company fact the question words differently: "where is
# Mabwell headquartered?" is answered by "Mabwell, based in Shanghai".
# A sales figure stated: "sales of $2 billion", "$1.2 billion in net sales" (not "sales milestones")
_SALES_FIGURE = (
    r"\bsales (?:of|reached|totall?ed|were|came to|rose|fell|grew|hit) (?:about |around |roughly |over |more than )?"
    r"(?:US)?\$|\$\s?\d[\d.,]*\s*(?:billion|million|bn|m)?\s+(?:in|of)\s+(?:annual |net |product |drug )?sales\b"
    r"(?![- ]milestones?)"
)
MEASURE_STATED = {
    # a pipeline's size is stated as a number of programmes in it, not a deal's "six preclinical programs"
    "pipeline size": re.compile(
        r"\bpipeline (?:of|with|includes|spans) (?:about |around |more than |over )?\d+|"
        r"\b\d+ (?:[\w-]+ )?(?:programmes|programs|candidates|assets|molecules) in (?:its|the|their) pipeline",
        re.IGNORECASE,
    ),
    # "Which licensed drugs have completed Phase 3 trials?": only a sentence saying a trial completed answers
    "trial completion": re.compile(
        r"\bcomplet\w*\b[^.]{0,40}\btrials?\b|\btrials?\b[^.]{0,40}\bcomplet\w*", re.IGNORECASE
    ),
    "headquarters": re.compile(r"\bheadquarter\w*|\bbased in\b|\bhead office\b", re.IGNORECASE),
    # "What peak sales does Lilly expect?" is answered by a sales figure or forecast, not by "royalties
    # on sales" or "$13.8 billion in sales milestones", which are deal terms (outsider11).
    "sales forecast": re.compile(
        rf"\bpeak[- ]sales\b|\bsales (?:forecasts?|projections?|estimates?|expectations?|guidance)\b|{_SALES_FIGURE}",
        re.IGNORECASE,
    ),
    # "How much did Pfizer book in SSGJ-707 sales?": a sales figure, not "royalties apply to sales"
    "sales": re.compile(_SALES_FIGURE, re.IGNORECASE),
    "median": re.compile(r"\bmedian\b", re.IGNORECASE),  # not "media" ("state media"), which its stem would name
    # "px per new share": a price paid per share is stated as "apiece" or "per share"
    "price": re.compile(r"\bprices?\b|\bapiece\b|\bper share\b", re.IGNORECASE),
    # "Is telitacicept approved in China?": "already approved in China" answers it; "an approval" alone does not
    "regulatory approval": re.compile(
        r"\b(?:already|been|was|were|is|are|now|fully) approved\b|\bapproved (?:in|by|for) \w+|获批", re.IGNORECASE
    ),
    **SCOPE_STATED,  # drug prices, patients treated, trade and government policy, eventual payments
    **FACTS_STATED,  # advisers, IPO plans, a drug's stage, trial efficacy (``unheld_facts``)
}
