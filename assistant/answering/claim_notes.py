"""What a checked claim got wrong, said before the terms of the deal it is about.

The router aims a claim with a wrong partner or year at the one deal its asset or pair names
(``routing.claim_corrections``); the answer then gives that deal's terms, and first says which part of the
claim they contradict, cited to the opening of the deal's article: "The partner is wrong: Hansoh Pharmaceutical
Group licensed HS-10535 to Merck & Co." or "The date is wrong: the deal was announced on 30 January 2026." The
claim's own partner or year is not repeated: no source states it of this deal, so nothing could cite it.
"""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.answering.composer import citation_for
from assistant.answering.direction_note import direction_notes, looked_up
from assistant.answering.snapshot import Snapshot
from assistant.corpus.tables import Deal
from assistant.dates import human_date
from assistant.routing.claim_corrections import announced_within, corrects, dates_the_signing
from assistant.routing.intents import read_slots
from assistant.routing.plan import Plan


def with_claim_note(snap: Snapshot, question: str, plan: Plan, answer: Answer) -> None:
    """Put the correction of a claim before ``answer``'s terms, cited to the opening of the deal's article."""
    note = claim_notes(snap, question, plan)
    if not note:
        return
    deal = looked_up(snap.tables.deals, plan)
    assert deal is not None  # a note is only written of the one deal looked up
    opening = snap.deal_opening(deal.deal_id, sentences=1)
    same = (opening.doc_id, opening.paragraph, opening.quote)
    n = next((c.n for c in answer.citations if (c.doc_id, c.paragraph, c.quote) == same), len(answer.citations) + 1)
    if n > len(answer.citations):
        answer.citations.append(citation_for(opening, snap.docs, n))
    answer.answer = " ".join(f"{sentence[:-1]} [{n}]." for sentence in note) + f" {answer.answer}"


def claim_notes(snap: Snapshot, question: str, plan: Plan) -> list[str]:
    """The sentences correcting a claim's partner or year against the one deal the plan looks up."""
    deal = looked_up(snap.tables.deals, plan)
    if deal is None:
        return []
    if turned := direction_notes(snap.router.entities, question, deal):
        return turned  # "What did Argo pay Novartis upfront?": Novartis paid Argo
    if kind := kind_note(snap, question, deal):
        return [kind]  # "the GLP-1 3SBio licensed to Pfizer": SSGJ-707 is no GLP-1
    if not plan.tool_calls[0].args.get("deal_id"):
        return []
    slots = read_slots(question, snap.router.entities, snap.router.corpus_end)
    if not corrects(slots, deal, snap.tables.deals, question):
        return []
    parties = [*deal.licensors, *deal.licensees]
    strangers = list(dict.fromkeys(name for name in slots.companies if name not in parties))
    said = [period for period in slots.periods if not period.bound]
    notes = []
    if strangers and slots.asset_deal == deal.deal_id:
        # the claim's partner is not repeated: no source names it beside this deal, so nothing could cite it
        asset = re.split(r"\s*[(;]", deal.asset)[0].strip() or "the asset"
        buyers = " & ".join(deal.licensees).rstrip(".")  # "Merck & Co." ends the sentence once
        notes.append(f"The partner is wrong: {' & '.join(deal.licensors)} licensed {asset} to {buyers}.")
    if said and not announced_within(deal, said) and dates_the_signing(question):
        notes.append(f"The date is wrong: the deal was announced on {human_date(deal.announced)}.")
    return notes


# the drug described just before the company that licensed it: "the GLP-1 3SBio licensed to Pfizer"
_DESCRIBED_RE = re.compile(r"\bthe\s+((?:[\w/-]+\s+){1,3})$", re.IGNORECASE)


def kind_note(snap: Snapshot, question: str, deal: Deal) -> str | None:
    """The correction of a drug's kind said before its licensor that the deal's asset is not: "the GLP-1 3SBio
    licensed to Pfizer" (outsider146) had been answered with SSGJ-707's milestones, the premise left standing."""
    mentions = snap.router.entities.find_companies(question).mentions
    first = next((m for m in mentions if m.name in deal.licensors), None)
    described = _DESCRIBED_RE.search(question[: first.start]) if first else None
    if described is None:
        return None
    said = snap.router.entities.targets.find(described.group(1))
    if not said or first is None:
        return None
    for other in [deal, *(d for d in snap.company_deals(first.name) if d.deal_id != deal.deal_id)]:
        # the deal's own article names the kind ("the GLP-1 Hansoh licensed to Merck" is HS-10535), or another of the
        # licensor's deals does: then the question may mean that one, and no correction is given
        text = snap.resolver.article(other.doc_id)
        held = _plain(" ".join([other.asset, *(text.paragraphs if text else [])]))
        if any(_plain(part) in held for part in re.split(r"[/|]", said)):
            return None
    asset = re.split(r"\s*[(;]", deal.asset)[0].strip() or "the asset"
    return f"Our sources do not describe it as a {said}: {' & '.join(deal.licensors)} licensed {asset} to {' & '.join(deal.licensees)}."


def _plain(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())
