"""Classes of failure from a sell-side analyst's and a mainland journalist's sets (session 24, outsider104 and 106).

Each was a confident wrong figure, a refusal of an answerable question, or a part of the question left out:

* Chinese: a pinyin slip of a measure word (首富款), royalty 几个点 counted as deals, 同比 read "vs", 计提 / NewCo asks
  given the deal's terms, 双抗ADC 单独说 counted only the bispecific ADCs, "总额和笔数" kept the count, "首付合计、总额
  合计分别" asked each year (``chinese_reporter``);
* a guess after a superlative ("不是恒瑞GSK吗", "isn't it X?") ranked the guessed deal alone (``analyst_slips``), and
  a claim's misread figure on a ranking was never placed (``answering/ranked_claims``);
* "still live or dead?" went to the article, "single biggest headline" listed five, "headline upfront" was read as the
  total, "terr" was no word, "royalties + terr?" dropped the territory (``territory_asks``), "anti-Abeta" was an
  unknown company (``targets``), "ex terminated" kept only the terminated deal (``live_deals``).

The wordings here are not the eval's. Expected figures are read from documents/deals.csv and market_stats.csv.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.money import render_amount
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route

TABLES = load_tables(DOCUMENTS)
MAIN = [deal for deal in TABLES.deals if deal.scope == "main"]


def _leader(year: int, metric: str):
    ranked = [d for d in MAIN if d.year == year and d.figure(metric).amount is not None]
    return max(ranked, key=lambda deal: deal.figure(metric).amount)


def test_a_chinese_guess_is_checked_against_the_years_ranking(assistant: Assistant) -> None:
    leader = _leader(2024, "upfront")
    answer = assistant.ask("2024年首付最高的是哪笔？不是翰森默沙东吗")
    assert answer.route == "table"
    assert leader.licensors[0] in answer.answer
    assert render_amount(leader.figure("upfront").amount) in answer.answer


def test_a_claimed_figure_of_another_measure_is_placed_on_its_deal(assistant: Assistant) -> None:
    deal = next(d for d in MAIN if d.deal_id == "3sbio-pfizer-2025")
    total = render_amount(deal.figure("total").amount)
    answer = assistant.ask(f"Pfizer's {total} upfront to 3SBio was the largest upfront of 2025, right?")
    assert f"The {total} in the claim is the 3SBio–Pfizer deal's total deal value, not its upfront payment" in (
        answer.answer
    )


def test_live_or_dead_gives_the_status(assistant: Assistant) -> None:
    ended = next(d for d in TABLES.deals if d.status == "terminated")
    answer = assistant.ask(f"{ended.licensors[0]} / {ended.licensees[0]} - still live or dead?")
    assert "terminated" in answer.answer


def test_royalties_and_territory_after_a_deal_give_both(assistant: Assistant) -> None:
    deal = next(d for d in MAIN if d.deal_id == "hansoh-regeneron-2025")
    answer = assistant.ask("royalties + terr?", history=[Turn(question="Hansoh Regeneron headline")])
    assert deal.territory in answer.answer
    assert deal.royalties in answer.answer


@pytest.mark.parametrize("question", ["Hengrui/GSK: upfront and territory?", "Curon Merck royalties & territory"])
def test_a_term_beside_the_territory_asks_the_full_terms(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "get_deal" and "metric" not in call.args


def test_a_drug_named_by_what_it_targets_is_no_unknown_company(router: Router) -> None:
    call = one_call(route(router, "Hansoh / Regeneron anti-GLP1R - upfront?"))
    assert (call.tool, call.args.get("metric")) == ("get_deal", "upfront")


def test_a_kind_counted_apart_in_chinese(assistant: Assistant) -> None:
    answer = assistant.ask("2025年以来 ADC 授权一共几笔？双抗ADC 单独说")
    adc = sum(1 for d in MAIN if d.modality == "ADC" and d.announced >= "2025")
    bispecific = sum(1 for d in MAIN if d.modality == "Bispecific ADC" and d.announced >= "2025")
    assert f"Our table holds {adc} deals with modality ADC" in answer.answer
    assert f"{bispecific} deal" in answer.answer


def test_a_trackers_value_and_count_in_chinese(assistant: Assistant) -> None:
    stats = {s.metric: s.value for s in TABLES.market_stats if s.period == "2024" and "NextPharma" in s.reporter}
    answer = assistant.ask("医药魔方统计2024年中国出海笔数和金额是多少？")
    assert render_amount(Decimal(stats["total_value"])) in answer.answer
    assert str(int(stats["deal_count"])) in answer.answer


def test_a_deals_own_possessive_is_placed_in_its_years_ranking(router: Router) -> None:
    call = one_call(route(router, "was the Hansoh-Merck deal's upfront the highest of 2024?"))
    assert call.tool == "rank" and "through" in call.args
    assert not {"licensor", "licensee"} & set(call.args["filter"])


def test_a_chinese_yes_no_about_a_superlative_is_a_claim(assistant: Assistant) -> None:
    leader = _leader(2024, "upfront")
    answer = assistant.ask("翰森和辉瑞那笔，首付1亿美元，是不是2024年最高的首付？")
    assert leader.licensors[0] in answer.answer
    assert "Our table holds no deal between Hansoh Pharmaceutical Group and Pfizer." in answer.answer


def test_our_count_and_value_in_chinese(assistant: Assistant) -> None:
    rows = [d for d in MAIN if d.year == 2024]
    total = sum(d.figure("total").amount for d in rows if d.figure("total").amount is not None)
    answer = assistant.ask("我们表里2024年多少笔多少钱？")
    assert f"{len(rows)} deals" in answer.answer
    assert render_amount(total) in answer.answer
