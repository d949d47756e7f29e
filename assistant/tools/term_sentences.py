"""A deal's terms said as sentences: one figure of one deal ("Pfizer agreed to pay 3SBio $1.25 billion upfront."),
the asset it is for, and which side holds the equity."""

from __future__ import annotations

import re

from assistant.corpus.tables import Deal
from assistant.tools.dealbook import money, names, short_asset
from assistant.tools.schema import Metric


def term_sentence(deal: Deal, name: Metric, equity_note: str) -> str:
    figure = deal.figure(name)
    licensors, licensees = names(deal.licensors), names(deal.licensees)
    stated = money(figure.amount, figure.qualifier)
    note = f" ({equity_note})" if equity_note else ""
    if figure.amount is None:
        return {
            "upfront": f"The upfront payment from {licensees} to {licensors} was not disclosed.",
            "milestones": f"Milestone payments from {licensees} to {licensors} were not disclosed.",
            "total": f"A total value for the {licensors}–{licensees} deal was not disclosed.",
            "equity": f"Any equity investment by {licensees} in {licensors} was not disclosed{note}.",
        }[name]
    if name == "upfront" and figure.qualifier == "incl_near_term":
        return (
            f"{licensees} agreed to pay {licensors} {money(figure.amount, 'exact')} in upfront and near-term payments."
        )
    if name == "upfront":
        return f"{licensees} agreed to pay {licensors} {stated} upfront."
    if name == "milestones":
        verb = "are" if len(deal.licensors) > 1 else "is"
        return f"{licensors} {verb} eligible for {stated} in milestone payments from {licensees}."
    if name == "total":
        basis = " (our own sum of the stated parts)" if deal.total_basis == "calc" else ""
        return f"The {licensors}–{licensees} deal's total value is {stated}{basis}."
    if licensor_holds_equity(deal):
        return f"{licensors} received equity in {licensees} worth {stated}{note}."
    return f"{licensees} made an equity investment of {stated} in {licensors}{note}."


def asset_said(deal: Deal) -> str:
    """The deal's asset as said mid-sentence: a code as written, a description lower-cased ("two cardiovascular RNAi")."""
    asset = short_asset(deal)
    if " " in asset and re.match(r"[A-Z][a-z]+[\s-]", asset):
        asset = asset[0].lower() + asset[1:]
    return asset


# "Royalties to 3SBio from Pfizer for SSGJ-707: ...", a term asked alone, is "Royalties to 3SBio: ..." of the overview
_DEAL_NAMED_RE = re.compile(r"^((?:Royalties|Territory licensed) to [^:]+?) (?:from|by) [^:]+? for [^:]+:")


def without_deal_named(sentence: str) -> str:
    """``sentence`` as the deal's overview says it: a term asked alone names its deal, the overview does not."""
    return _DEAL_NAMED_RE.sub(r"\1:", sentence)


def with_asset(sentence: str, deal: Deal) -> str:
    """One figure of one deal names what was licensed, so the reader sees which deal the figure is from
    ("... from Regeneron for HS-20094."; "The Mabwell–Calico Life Sciences deal for 9MW3811 has a total value ...")."""
    asset = asset_said(deal)
    if " deal's total value is " in sentence:
        return sentence.replace(" deal's total value is ", f" deal for {asset} has a total value of ", 1)
    return f"{sentence.removesuffix('.')} for {asset}."


def licensor_holds_equity(deal: Deal) -> bool:
    """The row's equity is the licensee's stock paid to the licensor ("gives RemeGen equity in Vor
    Bio", "Hengrui receives Braveheart Bio equity"), not the licensee buying into the licensor."""
    said = f"{deal.equity.quote} {deal.equity_note}"

    def issued_by(parties: list[str], *words: str) -> bool:
        return any(f"in {name}" in said or any(f"{name} {word}" in said for word in words) for name in parties)

    # "gives RemeGen equity in Vor Bio": a name before "equity" may be the holder, so only "in X"
    # and "X shares" name the licensor as the issuer
    return issued_by(deal.licensees, "equity", "shares") and not issued_by(deal.licensors, "shares")
