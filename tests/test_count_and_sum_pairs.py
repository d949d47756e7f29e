"""A count and a sum of one pair's deals in one breath, with words between the two asks ("how many
deals together and total headline value?", "number of deals in the table, and total upfront … across
those?", "how many deals between them, and the upfront across them?"): both are asked, the sum over
the deals counted; and the short Chinese names analysts write (科伦, 康方, 三生) are the companies."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.count_and_sum import IN_OUR_TABLE
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router


@pytest.mark.parametrize(
    ("question", "count_part", "sum_part"),
    [
        (
            "石药集团 x AZ - how many deals together and total headline value?",
            "how many deals together?",
            "combined headline value?",
        ),
        (
            "Argo and Novartis: number of deals in the table, and total upfront Novartis paid across those?",
            "number of deals in the table",
            "total upfront Novartis paid across those?",
        ),
        (
            "科伦 and 默沙东 - how many deals between them, and the upfront across them?",
            "between them?",
            "upfront across them?",
        ),
    ],
)
def test_a_count_and_a_sum_with_words_between(question: str, count_part: str, sum_part: str) -> None:
    parts = [part.replace(IN_OUR_TABLE, "") for part in split_parts(question)]  # "across them": our rows, marked
    assert len(parts) == 2 and count_part in parts[0] and parts[1].endswith(sum_part), parts


@pytest.mark.parametrize(
    ("question", "licensor", "licensee"),
    [
        (
            "石药集团 x AZ - how many deals together and total headline value?",
            "CSPC Pharmaceutical Group",
            "AstraZeneca",
        ),
        ("科伦 and 默沙东 - how many deals between them, and the upfront across them?", "Kelun-Biotech", "Merck & Co."),
    ],
)
def test_both_asks_cover_the_pairs_deals(assistant: Assistant, question: str, licensor: str, licensee: str) -> None:
    calls = assistant.ask(question).tool_calls
    assert [(c.tool, c.args["operation"]) for c in calls] == [("aggregate", "count"), ("aggregate", "sum")]
    assert all(c.args["filter"]["licensor"] == licensor and c.args["filter"]["licensee"] == licensee for c in calls)


@pytest.mark.parametrize(("name", "company"), [("科伦", "Kelun-Biotech"), ("康方", "Akeso"), ("三生", "3SBio")])
def test_short_chinese_names(router: Router, name: str, company: str) -> None:
    assert [m.name for m in router.entities.find_companies(f"{name} deals").mentions] == [company]
