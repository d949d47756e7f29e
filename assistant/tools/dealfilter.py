"""Which deals a ``DealFilter`` selects, and how to say it in words.

Announced dates come as YYYY, YYYY-MM or YYYY-MM-DD. A deal matches a period or a
date range only when its whole announced span lies inside it: a deal dated just
"2025" cannot be placed in a month, a quarter or a half.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from assistant.corpus.tables import Deal
from assistant.dates import MONTH_NAMES, last_day
from assistant.money import Money, render_money
from assistant.tools.schema import DealFilter

DEFAULT_SCOPES = ["main", "context"]


def date_span(text: str) -> tuple[str, str]:
    """First and last ISO day a partial date can mean: "2025-02" -> ("2025-02-01", "2025-02-28")."""
    year = int(text[:4])
    if len(text) == 4:
        return f"{year}-01-01", f"{year}-12-31"
    month = int(text[5:7])
    if len(text) == 7:
        last = last_day(year, month)
        return f"{text}-01", f"{text}-{last:02d}"
    return text[:10], text[:10]


def canonical(name: str, aliases: Mapping[str, str]) -> str:
    """The canonical company name for a name or alias (case-insensitive); unknown names pass through."""
    return aliases.get(name.strip().lower(), name.strip())


def party_matches(name: str | None, parties: list[str], aliases: Mapping[str, str]) -> bool:
    """``name`` is a party of the deal; "AstraZeneca|GSK" (a group of companies, group_sides) holds for either."""
    if not name:
        return True
    wanted = {canonical(part, aliases).lower() for part in name.split("|") if part.strip()}
    return any(party.lower() in wanted for party in parties)


def _named(name: str, aliases: Mapping[str, str]) -> str:
    """A filter's company in words; a group "A|B|C" is "A, B or C"."""
    names = [canonical(part, aliases) for part in name.split("|") if part.strip()]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _contains(needle: str | None, haystack: str) -> bool:
    return not needle or needle.strip().lower() in haystack.lower()


def _asset_matches(needle: str | None, deal: Deal) -> bool:
    """An asset filter holds when any of its "|"-parts is in the asset field or its modality ("T-cell engager")."""
    return not needle or any(_contains(part, f"{deal.asset} {deal.modality}") for part in needle.split("|") if part)


def _in_period(deal: Deal, wanted: DealFilter) -> bool:
    if wanted.year is not None and deal.year != wanted.year:
        return False
    if wanted.month is None and wanted.quarter is None and wanted.half is None:
        return True
    if len(deal.announced) < 7:
        return False
    month = int(deal.announced[5:7])
    if wanted.month is not None and month != wanted.month:
        return False
    if wanted.quarter is not None and (month - 1) // 3 + 1 != wanted.quarter:
        return False
    return wanted.half is None or (month - 1) // 6 + 1 == wanted.half


def matches(
    deal: Deal, wanted: DealFilter, aliases: Mapping[str, str], countries: Mapping[str, str] | None = None
) -> bool:
    """True when every given field of ``wanted`` holds for ``deal``; ``countries`` maps a company to
    its country (companies.csv), for a filter on the licensee's country."""
    if deal.scope not in wanted.scopes:
        return False
    if (wanted.deal_ids and deal.deal_id not in wanted.deal_ids) or deal.deal_id in wanted.exclude_deal_ids:
        return False
    if wanted.licensee_countries and not any(
        (countries or {}).get(name) in wanted.licensee_countries for name in deal.licensees
    ):
        return False
    if not (
        party_matches(wanted.licensor, deal.licensors, aliases)
        and party_matches(wanted.licensee, deal.licensees, aliases)
        and party_matches(wanted.company, deal.licensors + deal.licensees, aliases)
    ):
        return False
    if any(party_matches(name, deal.licensors + deal.licensees, aliases) for name in wanted.exclude_companies):
        return False
    # a modality left out is matched as the filter matches one: leaving out "ADC" leaves out bispecific ADCs too
    if any(name.strip() and _contains(name, deal.modality) for name in wanted.exclude_modalities):
        return False
    if any(name.strip() and _contains(name, deal.therapeutic_area) for name in wanted.exclude_areas):
        return False
    if deal.year in wanted.exclude_years:
        return False
    if wanted.min_milestones_multiple is not None:
        upfront, milestones = deal.figure("upfront").amount, deal.figure("milestones").amount
        if upfront is None or milestones is None or milestones <= wanted.min_milestones_multiple * upfront:
            return False
    if wanted.max_milestones_multiple is not None:
        upfront, milestones = deal.figure("upfront").amount, deal.figure("milestones").amount
        if upfront is None or milestones is None or milestones >= wanted.max_milestones_multiple * upfront:
            return False
    if not _share_within(deal, wanted):
        return False
    if not (
        _asset_matches(wanted.asset, deal)
        and _contains(wanted.modality, deal.modality)
        and _contains(wanted.therapeutic_area, deal.therapeutic_area)
        and _contains(wanted.territory, deal.territory)
    ):
        return False
    if (wanted.status is not None and deal.status != wanted.status) or deal.status in (wanted.exclude_statuses or ()):
        return False
    if not _in_period(deal, wanted):
        return False
    start, end = date_span(deal.announced)
    if wanted.date_from and start < date_span(wanted.date_from)[0]:
        return False
    if wanted.date_to and end > date_span(wanted.date_to)[1]:
        return False
    if any(deal.figure(metric).amount is not None for metric in wanted.undisclosed):
        return False
    if any(deal.figure(metric).amount is None for metric in wanted.disclosed):
        return False
    if wanted.near_term_upfront and deal.upfront.qualifier != "incl_near_term":
        return False
    return all(_within(deal, metric, wanted) for metric in MONEY_BOUND_METRICS)


MONEY_BOUND_METRICS = ("total", "upfront", "milestones", "equity")


_BOUND_NAMES = {
    "total": "a total",
    "upfront": "an upfront",
    "milestones": "milestones",
    "equity": "an equity investment",
}


def _within(deal: Deal, metric: str, wanted: DealFilter) -> bool:
    """A money bound holds; a deal whose figure was not disclosed meets no bound."""
    low, high = getattr(wanted, f"min_{metric}_usd"), getattr(wanted, f"max_{metric}_usd")
    amount = deal.figure(metric).amount  # type: ignore[arg-type]
    if low is not None and (
        amount is None or amount < low or (amount == low and f"min_{metric}_usd" in wanted.exclusive)
    ):
        return False
    if high is not None and (amount is None or amount > high):
        return False
    return not (high is not None and amount == high and f"max_{metric}_usd" in wanted.exclusive)


def _share_within(deal: Deal, wanted: DealFilter) -> bool:
    """The upfront as a share of the total meets its bounds; a deal missing either figure meets none."""
    low, high = wanted.min_upfront_share, wanted.max_upfront_share
    if low is None and high is None:
        return True
    upfront, total = deal.figure("upfront").amount, deal.figure("total").amount
    if upfront is None or not total:
        return False
    share = upfront / total
    if low is not None and (share < low or (share == low and "min_upfront_share" in wanted.exclusive)):
        return False
    return high is None or share < high or (share == high and "max_upfront_share" not in wanted.exclusive)


def describe(wanted: DealFilter, aliases: Mapping[str, str]) -> str:
    """The filter in words, e.g. "with licensee Merck & Co., announced in 2024"."""
    parts: list[str] = []
    if wanted.deal_ids:
        parts.append(f"deal id {' or '.join(wanted.deal_ids)}")
    if wanted.licensor:
        parts.append(f"licensor {_named(wanted.licensor, aliases)}")
    if wanted.licensee:
        parts.append(f"licensee {_named(wanted.licensee, aliases)}")
    if wanted.company:
        parts.append(f"{_named(wanted.company, aliases)} on either side")
    if wanted.licensee_countries:
        parts.append(f"a licensee based in {' or '.join(wanted.licensee_countries)}")
    if wanted.asset:
        parts.append(f"an asset matching {' or '.join(repr(part) for part in wanted.asset.split('|'))}")
    if wanted.modality:
        parts.append(f"modality {wanted.modality}")
    if wanted.therapeutic_area:
        parts.append(f"therapeutic area {wanted.therapeutic_area}")
    if wanted.status:
        parts.append(f"status {wanted.status}")
    if wanted.exclude_statuses:
        parts.append(f"status not {' or '.join(wanted.exclude_statuses)}")
    if wanted.territory:
        parts.append(f"territory recorded as {wanted.territory!r}")
    for hidden in wanted.undisclosed:
        parts.append(f"the {hidden} undisclosed")
    for shown in wanted.disclosed:
        parts.append(f"a disclosed {shown}")
    if wanted.near_term_upfront:
        parts.append("an upfront figure that includes near-term payments")
    for metric in MONEY_BOUND_METRICS:
        for side, relation in (("min", "at least"), ("max", "at most")):
            bound = getattr(wanted, f"{side}_{metric}_usd")
            if f"{side}_{metric}_usd" in wanted.exclusive:
                relation = "more than" if side == "min" else "less than"
            if bound is not None:
                name = _BOUND_NAMES[metric]
                parts.append(f"{name} of {relation} {render_money(Money(amount=bound))}")
    for side, relation in (("min", "at least"), ("max", "at most")):
        share = getattr(wanted, f"{side}_upfront_share")
        if f"{side}_upfront_share" in wanted.exclusive:
            relation = "more than" if side == "min" else "less than"
        if share is not None:
            parts.append(f"an upfront {relation} {(share * 100).normalize():f}% of the total (both disclosed)")
    if wanted.exclude_companies:
        parts.append(f"no deal of {' or '.join(canonical(n, aliases) for n in wanted.exclude_companies)}")
    if wanted.exclude_deal_ids:
        parts.append(f"no deal {' or '.join(wanted.exclude_deal_ids)}")
    if wanted.min_milestones_multiple is not None:
        parts.append(f"milestones more than {_times(wanted.min_milestones_multiple)} the upfront")
    if wanted.max_milestones_multiple is not None:
        parts.append(f"milestones less than {_times(wanted.max_milestones_multiple)} the upfront")
    if wanted.exclude_modalities:
        parts.append(f"no {' or '.join(wanted.exclude_modalities)} deal")
    if wanted.exclude_areas:
        parts.append(f"therapeutic area other than {' or '.join(wanted.exclude_areas)}")
    if wanted.exclude_years:
        parts.append(f"no deal of {' or '.join(str(year) for year in wanted.exclude_years)}")
    if sorted(wanted.scopes) != sorted(DEFAULT_SCOPES):
        parts.append(f"table sections {', '.join(wanted.scopes)}")
    words = ["with " + ", ".join(parts)] if parts else []
    year = str(wanted.year) if wanted.year is not None else "any year"
    if wanted.month is not None:
        words.append(f"announced in {MONTH_NAMES[wanted.month]} {year}")
    elif wanted.quarter is not None:
        words.append(f"announced in Q{wanted.quarter} {year}")
    elif wanted.half is not None:
        words.append(f"announced in H{wanted.half} {year}")
    elif wanted.year is not None:
        words.append(f"announced in {year}")
    if wanted.date_from and wanted.date_from == wanted.date_to:
        words.append(f"announced on {wanted.date_from}")  # one day: "Oct 16 2025"
    elif wanted.date_from or wanted.date_to:
        words.append(f"announced {wanted.date_from or 'any time'} to {wanted.date_to or 'now'}")
    return ", ".join(words) if words else "of any kind"


_TIMES_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _times(multiple: Decimal) -> str:
    """A multiple as a reader writes it: "ten times" (so a multiple asked in words is not a new figure), "20x"."""
    if multiple == multiple.to_integral_value() and 2 <= multiple <= 10:
        return f"{_TIMES_WORDS[int(multiple) - 2]} times"
    return f"{multiple:f}x"
