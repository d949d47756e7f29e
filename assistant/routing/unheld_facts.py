"""Facts about a deal or a drug that no table column holds and the articles rarely state.

Each rule is a record: a name, the wording that asks the fact, and the wording of a sentence
that states it. A question asking one of them is the articles' (``rules``: "unheld company
fact"), and the abstention check answers it only from a passage that states it; otherwise the
question is refused. Without these, the question's other words were read as a deal's terms:
"who were 3SBio's financial advisers on the Pfizer deal" was answered with the deal's upfront,
"how much weight loss did UBT251 show in trials?" with the list of UBT251 deals.

Examples (tests/test_unanswered10.py):

- deal advisers: "which bank or law firm advised Hansoh on the Roche deal?", "who was legal counsel"
- listing plans: "when's Kailera planning to IPO?", "has Kailera filed to go public?"
- development stage: "what stage of development was CMG1A46 at?", "which clinical phase was HS-20110 in?"
- trial efficacy: "how much weight loss did UBT251 show in trials?", "did the deal pay off clinically?"
- current stake value: "what is Hengrui's stake in Kailera worth today?" (not "what was the stake worth?",
  which asks the deal's equity figure)
- company revenue: "their top line", and the revenue word misspelt ("FY25 revnue")
- trial efficacy asked of a phase (session 11): "what Lp(a) reduction did HRS-5346 show in its phase 2?",
  "what response rate did IBI363 achieve in phase 2?" were answered with the drug's deal row
- trial endpoints (session 12): "What ORR did SSGJ-707 show in its latest lung cancer trial?", "what PFS did
  IBI363 show in the latest colorectal cancer trial" had listed the drug's deal row
- termination terms (session 11): "the termination notice period in the hansoh/regeneron contract", "what are
  the termination terms", "a termination-for-convenience right": a contract's terms, which no article states
  (the word "termination" had filtered the pair's deals on status terminated and listed none)
- future equity investment (session 11): "how much will Novartis invest in Argo's next equity round?", "its
  planned stake": the Argo article states a non-binding intention without an amount; the deal's equity column
  holds what was invested at signing, not a later round
"""

from __future__ import annotations

import re

from assistant.routing.market_facts import MARKET_FACTS
from assistant.routing.trial_readouts import TRIAL_READOUT


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_PHASE = r"\b(?:phase|ph)\s?(?:[1-4][ab]?|i{1,3}v?|one|two|three)\b"
# "in its latest lung cancer trial", "in the most recent NSCLC study": up to four words before the trial word
_IN_TRIALS = r"\bin (?:the |its |their |a |early |late )?(?:[\w-]+ ){0,4}?(?:trials?|studies|study|patients|the clinic|clinic|humans)\b"
# "what ORR did SSGJ-707 show", "what PFS did IBI363 report", "objective response rate": a trial's endpoint
_ENDPOINT = (
    r"\b(?:m?ORR|m?PFS|m?OS|DCR|DoR|pCR)\b(?=[^?]{0,60}\b(?:show|showed|shown|post|posted|report|reported|achiev\w*|"
    r"deliver\w*|demonstrat\w*|trials?|stud(?:y|ies)|data|readouts?)\b)|\bobjective response\b|"
    r"\b(?:overall|progression[- ]free|event[- ]free|disease[- ]free) survival\b|\b(?:response|remission) rates?\b|"
    # "SSGJ-707 ph3 ORR vs keytruda?", "IBI363 ph2 ORR?", "YL201 ORR versus Enhertu": an endpoint by a phase or set
    # against a rival drug (the desk's shorthand, no verb)
    rf"{_PHASE}\s+(?:[\w-]+\s+)?(?:m?ORR|m?PFS|m?OS|DCR|DoR|pCR)\b|"
    r"\b(?:m?ORR|m?PFS|DCR|DoR|pCR)\s+(?:vs\.?|versus|against|compared (?:with|to))\s"
)
# "did telitacicept actually work in the lupus trial?", "did ivonescimab succeed in the lung cancer study?",
# "was the SSGJ-707 trial a success?": an outcome asked of a trial (not "did the deal work out": no trial word)
_WORKED_IN_TRIAL = (
    # (not "has the ImmuneOnco-Axion deal failed because of the trial": the deal's status, which the table holds)
    r"\b(?:did|does|do|has|have)\b(?![^?]{0,40}\b(?:deal|licen[cs]e|agreement|partnership|collaboration|pact)\s+"
    r"(?:work|succeed|pan|fail|been|ended|end)\w*\b)(?:(?!\b(?:terminat\w*|status)\b)[^?]){0,50}"
    r"\b(?:work(?:ed|s)?|succeed(?:ed|s)?|pan(?:ned)? out|fail(?:ed|s)?)\b"
    r"[^?]{0,40}\b(?:trials?|stud(?:y|ies)|clinic)\b|"
    r"\b(?:trials?|study)\b[^?]{0,20}\b(?:a success|a failure|succeed(?:ed)?|fail(?:ed)?|work(?:ed)?)\b"
)
# (name, how a question asks it, how a passage states it)
UNHELD_FACTS: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "deal advisers",
        _re(
            r"\badvis(?:e[rd]s?|ors?|ing|ory)\b|\blaw firms?\b|\b(?:legal )?counsel\b|\binvestment banks?\b|\bbankers?\b"
        ),
        _re(r"\badvis(?:e[rd]s?|ors?|ing|ory)\b|\blaw firm\b|\bcounsel\b|\bbankers?\b"),
    ),
    (
        "listing plans",
        _re(
            r"\bipos?\b|\bgo(?:es|ing)? public\b|\bpublic (?:listing|offering)\b|\blist(?:ing)? (?:its|their) shares\b"
        ),
        _re(r"\bipos?\b|\bpublic offering\b|\bwent public\b|\bstock (?:exchange|market) listing\b"),
    ),
    (
        "development stage",
        _re(
            r"\b(?:stage|phase) of (?:clinical )?development\b|\bdevelopment(?:al)? (?:stage|phase)\b|"
            r"\b(?:what|which) (?:clinical |trial |development )?(?:stage|phase)\b(?! of the deal)|\bhow far along\b"
        ),
        _re(
            r"\bphase\s?(?:[1-4]|i{1,3}v?|one|two|three)\b|\bpre-?clinical\b|\bclinical[- ]stage\b|\bdiscovery\b|"
            r"\bproof of concept\b|\bIND\b|\bfirst-in-human\b|"
            # "YL201 was already in registrational development in China": a stage said without a phase number
            r"\bregistrational\b|\bpivotal\b|\b(?:early|mid|late)[- ]stage\b|\b(?:BLA|NDA)\b|\bon the market\b"
        ),
    ),
    (
        "trial efficacy",
        _re(
            rf"\bhow much (?:body[- ])?weight\b|\bweight[- ](?:loss|reduction)\b[^?]{{0,40}}{_IN_TRIALS}|"
            rf"\b(?:show(?!\s+(?:me|us|all|the|every)\b)|showed|shown|post|posted|achiev\w*|deliver\w*|demonstrat\w*|lose|lost)\b[^?]{{0,40}}{_IN_TRIALS}|"
            r"\bhow (?:well|effective)\b[^?]{0,40}\b(?:work|perform)\w*|\befficacy\b|"
            r"\bclinical(?:ly)? (?:benefit|outcomes?|success|efficacy)\b|\b(?:paid|pay|pays) off clinically\b|"
            r"\bwork(?:ed|s)? clinically\b|" + _ENDPOINT + "|" + _WORKED_IN_TRIAL + "|"
            # "what Lp(a) reduction did HRS-5346 show in its phase 2", "what response rate in phase 2"
            # (a result verb, not "show which assets are in phase 2": a stage, not a result)
            rf"\b(?:showed|shown|posted|achieved|delivered|demonstrated)\b"
            rf"[^?]{{0,40}}\bin (?:its |the |their |a )?(?:\w+ )?{_PHASE}|"
            rf"\b(?:reduction|lowering|improvement|response rate|remission rate)\b[^?]{{0,60}}{_PHASE}|"
            + TRIAL_READOUT  # "ph2 COPD data - FEV1 delta vs pbo" (trial_readouts)
        ),
        _re(
            r"\bweight[- ](?:loss|reduction)\b|\befficacy\b|\bresponse rates?\b|\bsurvival\b|\bplacebo\b|"
            r"\bmet (?:its|the) (?:primary )?endpoint\b"
        ),
    ),
    (
        "current stake value",
        _re(
            r"\b(?:stake|shares|holding|equity)\b[^?]{0,40}\b(?:worth|valued?)\b[^?]{0,30}\b(?:today|now|currently|at present)\b|"
            r"\b(?:current|today's|present[- ]day) (?:value|worth) of\b[^?]{0,30}\b(?:stake|shares|holding|equity)\b"
        ),
        _re(r"\b(?:currently|now|today) worth\b|\bmarket value\b"),
    ),
    (
        "company revenue",
        # "their top line"; "revnue", "reveune": the revenue word misspelt (``wording`` reads it spelt right)
        _re(
            r"\b(?:its|their|his|her|['’]s)\s+top[- ]line\b(?!\s+(?:results?|data|readouts?))|\brev(?:n|en|e?un|ne)(?:ue|eu|u)s?\b(?<!\brevenue)(?<!\brevenues)"
        ),
        _re(r"\brevenues?\b|\bturnover\b|\btop[- ]line\b"),
    ),
    (
        "termination terms",
        _re(
            r"\btermination[- ](?:notice|terms?|clauses?|provisions?|rights?|fees?|for[- ]convenience|period|conditions|"
            r"triggers?)\b|\bnotice period\b|\b(?:days?|weeks?|months?)['’]?\s+(?:of\s+)?notice\b|"
            r"\bexit (?:clauses?|terms|provisions?|rights?)\b|\bbreak[- ]?up fees?\b|\bfor convenience\b"
        ),
        # only a sentence stating a term of ending the contract; "after the termination" tells what happened
        _re(
            r"\bnotice period\b|\b\d+\s+(?:days|months)['’]?\s+(?:of\s+)?notice\b|\btermination (?:fees?|clauses?|provisions?|terms)\b|"
            r"\bterminate for convenience\b"
        ),
    ),
    (
        "future equity investment",
        _re(
            r"\b(?:next|upcoming|future|planned|proposed|forthcoming|coming)\s+(?:(?:equity|financing|funding|fund-?raising)\s+)*"
            r"(?:round|raise|financing|placement|offering)\b|\bplanned (?:stake|equity (?:investment|stake))\b"
        ),
        _re(
            r"\$\s?\d[^.]{0,80}\b(?:next|upcoming|future)\s+(?:equity\s+)?(?:financing\s+|funding\s+)?round\b|"
            r"\b(?:next|upcoming|future)\s+(?:equity\s+)?(?:financing\s+|funding\s+)?round\b[^.]{0,80}\$\s?\d"
        ),
    ),
]
UNHELD_FACTS += MARKET_FACTS  # analysts' target prices, EPS effects, jobs (``market_facts``)
ASKED = [(name, asked) for name, asked, _ in UNHELD_FACTS]
STATED = {name: stated for name, _, stated in UNHELD_FACTS}
