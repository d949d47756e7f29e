"""The kind of answer "what is the drug for, what does it target" wants: a sentence naming a disease,
a target or how the drug works, which a deal article's opening holds ("LM-299, a bispecific antibody
targeting PD-1 and VEGF"), not the sentences about the deal's money. Its question wording includes
``routing.drug_profile``'s ("what's YL201 being developed for?", "what is LM-299 designed to hit?"); what
it binds or goes after is ``story_kinds``' kind "target".
"""

from __future__ import annotations

import re

from assistant.routing.drug_profile import DEVELOPED_FOR_RE

# (name, what the question says, what a sentence holding it says), as in ``answer_types``
PURPOSE_TYPE: tuple[str, re.Pattern[str], re.Pattern[str]] = (
    # "What is SciNeuro's drug for?", "What does it treat?": the disease and how the drug works.
    "purpose",
    re.compile(
        r"\bwhat is [^?]{0,40}\b(?:drug|asset|molecule|candidate|medicine|antibody|therapy) for\b|"
        r"\bwhat (?:does|did|will) [^?]{0,40}\b(?:treat|target)\b|\bwhat (?:disease|indication|condition)s?\b|"
        # "what's the target?", "the drug's mechanism": what the molecule acts on, which the opening names
        r"\b(?:what|which)(?:'s|’s|s| is| are| was| were)? (?:the |its |their )?(?:drug'?s? |molecular )?targets?\b"
        r"(?! (?:price|date|market|company|companies|buyers?|of (?:the|a|an) (?:deal|acquisition|takeover)))|"
        r"\bmechanisms?\b|\bMoA\b|\bhow does (?:it|the (?:drug|molecule|asset|antibody|candidate)\b[^?]{0,40}?) work\b|"
        # an investor's list: "targets + what it's for", "indication & mechanism"
        r"\bwhat (?:it(?:'s|’s| is)?|they(?:'re| are)) (?:used )?for\b|\b(?:targets?|indications?)\s*(?:\+|&)|"
        # "target and indication of the antibody?", "indication / mechanism": two of them named side by side
        r"\b(?:targets?|indications?|mechanism|MoA)\s*(?:and|,|/)\s*(?:the |its )?(?:targets?|indications?|mechanism|MoA)\b|"
        r"\bspecial about\b|"
        # "the drug they licensed, what does it do", "what does the molecule do": how the drug works
        r"\b(?:drug|asset|molecule|compound|candidate|antibody|therapy|medicine)\b[^?]{0,80}\bwhat (?:does|did|will) "
        r"(?:it|they) do\b|\bwhat (?:does|did|will) (?:the|this|that|its) (?:drug|molecule|asset|compound|candidate|"
        r"antibody|therapy|medicine)\b[^?]{0,40}?\bdo\b|"
        # "what's GSK going after with it?", "what are they taking it into?", "what will Merck use it for?"
        r"\bwhat(?:'s|’s| is| are| was| were)? [^?]{0,40}\b(?:going after|going for|taking (?:it|them|the \w+) into|"
        r"us(?:e|ing) (?:it|them) for|pursuing)\b|"
        # "which tumour types?", "which cancers is it for?", "is it oncology only?", "just a cancer play?"
        r"\b(?:which|what) (?:tumou?r|cancer|disease area|therapeutic area|indication)s?\b|\btumou?r types?\b|"
        r"\b(?:only|just|limited to|solely)\b[^?]{0,25}\b(?:oncology|cancer|tumou?rs?|immunology|autoimmun\w*)\b|"
        # "what's YL201 being developed for?", "designed to hit" (session 11); "what does it bind?" is a target
        r"\b(?:oncology|cancer|immunology) (?:only|alone)\b|" + DEVELOPED_FOR_RE.pattern,
        re.IGNORECASE,
    ),
    re.compile(
        r"\bdisease\b|\balzheimer|\bcancers?\b|\btumou?rs?\b|\bobesity\b|\bdiabetes\b|\btreat(?:s|ing|ment)?\b|"
        r"\btargets?\b|\bblood-brain\b|\bdesigned to\b|\bindications?\b|\bautoimmun\w*|\bcarcinoma\b|\boncology\b",
        re.IGNORECASE,
    ),
)
