"""A Chinese company name our sources never cover, leading a question read in English: the question is refused.

"百济神州 2025 年有 out-license 给外国公司吗？首付多少" is read "百济神州 2025 out-license to foreign companies? …":
every Chinese word the reading knows became English and every company in ``companies.csv`` its canonical name, so
the run of Chinese characters left at the head of the question, before a year or an English word, is a name no
table and no article holds (BeiGene here). The market's PharmCube sentences had been quoted as if they answered,
and the upfront asked became the market's. A run of three to eight Chinese characters opening the question read in
English, followed by a space, a digit or the end, is such a name: no passage can answer about it.
"""

from __future__ import annotations

import re

# the run left in Chinese at the head of the English reading, before a space, a digit, Latin letters or the end
_LEADING_RUN_RE = re.compile(r"^\s*(?P<run>[\u3400-\u9fff]{3,8})(?=\s|\d|[A-Za-z]|$)")


def unknown_cjk_name(query: str, known: list[str]) -> str | None:
    """The Chinese name no reading accounted for at the head of ``query`` (the English reading), or None; a run
    holding one of the ``known`` Chinese aliases is that company ("恒瑞医药 2025 deal count" is left in Chinese
    when only the name is Chinese)."""
    found = _LEADING_RUN_RE.match(query)
    if found is None or any(alias in found["run"] for alias in known):
        return None
    return found["run"]
