"""Two deals named in one ask of several measures each: each deal is asked on its own, all its terms.

"翰森 2025 跟 Regeneron 和 Roche 两单, 首付加里程碑 (upfront + milestones) 各多少" (Hansoh's two 2025 deals,
the upfront plus the milestones of each) had answered the Regeneron deal only: ``deal_pairs.each_named_deal``
splits one measure over two deals, and reads the "+" between two measures as the two deals added. Here the
"+" (加, plus, and) joins measures, and 各 / 分别 / each / respectively asks them of every deal: each deal's
terms are asked ("What were the upfront and milestones of the Hansoh Pharmaceutical Group–Roche deal"), whose
answer states the upfront, the milestones and their sum. A comparison of the two ("更多", "vs", "which") or
their sum ("合计", "combined") is left to the other readings.
"""

from __future__ import annotations

import re

from assistant.corpus.tables import Deal
from assistant.routing.deal_pairs import PAIR_SUMMED_RE, SET_AGAINST, named_deals
from assistant.routing.same_side import Spans

# each deal's own figures: "各多少", "分别是多少", "for each", "respectively", "each"
_EACH_RE = re.compile(r"各|分别|\b(?:each|respectively|apiece)\b", re.IGNORECASE)
# the two deals set against each other or picked between
_PICKED_RE = re.compile(r"\b(?:which|who|whose|vs\.?|versus|than)\b|更|谁|哪", re.IGNORECASE)
# a deal's own measures, in words: "upfront", "首付", "milestones", "里程碑", "biobucks", "total", "总额", "equity"
_KINDS = (
    ("upfront", re.compile(r"\bup[\s-]?fronts?\b|首付", re.IGNORECASE)),
    ("milestones", re.compile(r"\bmilestones?\b|\bbio[\s-]?bucks\b|里程碑", re.IGNORECASE)),
    ("total", re.compile(r"\btotal\b|\bheadline\b|总额|总价", re.IGNORECASE)),
    ("equity", re.compile(r"\bequity\b|股权", re.IGNORECASE)),
)
_WORDS = {"upfront": "upfront", "milestones": "milestones", "total": "total value", "equity": "equity"}


def measures_each(part: str, spans: Spans | None) -> list[str]:
    """``part`` asked once for each of the two deals it names when it asks two or more measures of each
    ("恒瑞 2025 跟 GSK 和 Merck 两笔, upfront 和里程碑各多少?"); else ``[part]``."""
    router = getattr(spans, "__self__", None)
    entities, coverage = getattr(router, "entities", None), getattr(router, "coverage", None)
    deals = getattr(coverage, "deals", None)
    kinds = {kind for kind, said in _KINDS if said.search(part)}
    if entities is None or deals is None or len(kinds) < 2 or not _EACH_RE.search(part):
        return [part]
    if _PICKED_RE.search(part) or PAIR_SUMMED_RE.search(part) or any(p.search(part) for p in SET_AGAINST):
        return [part]
    named = named_deals(part, deals, entities)
    if len(named) != 2:
        return [part]
    asked = " and ".join(_WORDS[kind] for kind in sorted(kinds, key=list(_WORDS).index))
    said = [mention.name for mention in entities.find_companies(part).mentions]
    return [_asked(deal, said, asked, deals) for deal in named]


def _asked(deal: Deal, said: list[str], asked: str, deals: list[Deal]) -> str:
    """ "What were the upfront and milestones of the Hansoh Pharmaceutical Group–Roche deal"."""
    licensor = next((name for name in deal.licensors if name in said), deal.licensors[0])
    licensee = next((name for name in deal.licensees if name in said), deal.licensees[0])
    siblings = [d for d in deals if licensor in d.licensors and licensee in d.licensees]
    when = f" announced {deal.announced}" if len(siblings) > 1 else ""
    return f"What were the {asked} of the {licensor}–{licensee} deal{when}"
