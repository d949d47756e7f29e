"""The classes of outsider30.jsonl (a Beijing analyst writing Chinese and Chinese-order English) that
``routing/chinese_turns.py``, the trial-enrolment scope and the approval statement read, each in other
wordings than the outsider's: a pair's first deal (第一笔), a row of an earlier top three (第二笔的),
a ceiling asked after a deal (最多能拿), a pointer back at a pair (他们第几次合作), a name taken back
(……不对，是 / "sorry, I mean"), a later acquirer asked with a slip ("acquire by who"), a charge booked
(计提…税前费用), a trial's enrolment (refused) and an approval an article states (answered)."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.chinese_turns import self_corrected
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, article_sentence, one_call, route, says

TABLES = load_tables(DOCUMENTS)


def _deals_of(licensor: str, licensee: str) -> list[str]:
    """The pair's deal ids, earliest first (from deals.csv)."""
    rows = [d for d in TABLES.deals if licensor in d.licensors and licensee in d.licensees]
    return [d.deal_id for d in sorted(rows, key=lambda d: d.announced)]


@pytest.mark.parametrize(
    ("question", "licensor", "licensee"),
    [
        ("翰森和GSK的第一笔交易首付款是多少？", "Hansoh Pharmaceutical Group", "GSK"),
        ("宜联 和 BioNTech 第一笔 deal 的 upfront 多少", "MediLink Therapeutics", "BioNTech"),
        ("科伦第一笔 Merck deal 的首付款呢", "Kelun-Biotech", "Merck & Co."),
    ],
)
def test_a_pairs_first_deal_is_its_earliest(router: Router, question: str, licensor: str, licensee: str) -> None:
    deals = _deals_of(licensor, licensee)
    assert len(deals) >= 2  # a pair with several deals, so "the first" has something to pick
    assert one_call(route(router, question)).args["deal_id"] == deals[0]


def test_a_row_of_an_earlier_top_three_is_that_row(replaying: Router) -> None:
    ranked = sorted(
        (d for d in TABLES.deals if d.year == 2024 and d.scope == "main" and d.figure("upfront").amount),
        key=lambda d: d.figure("upfront").amount or 0,
        reverse=True,
    )
    call = one_call(route(replaying, "第二笔的总额是多少？", ["2024年首付款最高的三笔交易是哪些？"]))
    assert (call.tool, call.args["deal_id"], call.args["metric"]) == ("get_deal", ranked[1].deal_id, "total")


@pytest.mark.parametrize(
    ("history", "question", "metric"),
    [
        ("恒瑞和默沙东那笔Lp(a)抑制剂的交易是什么时候宣布的？", "那里程碑付款最高可以拿多少？", "milestones"),
        ("百利天恒和BMS的交易首付款多少？", "那里程碑最多能拿到多少？", "milestones"),
    ],
)
def test_a_ceiling_after_a_deal_is_its_up_to_figure(router: Router, history: str, question: str, metric: str) -> None:
    call = one_call(route(router, question, [history]))
    assert call.tool == "get_deal" and call.args["metric"] == metric  # that deal's figure, no ranking of all deals


def test_they_after_a_pairs_deal_keeps_the_pair(router: Router) -> None:
    plan = route(router, "这是他们第几次合作？", ["舶望和诺华2025年那笔交易首付款多少？"])
    assert plan.route == "text" and {"Argo Biopharmaceutical", "Novartis"} <= set(plan.companies)


@pytest.mark.parametrize(
    ("question", "kept", "gone"),
    [
        ("阿斯利康和石药……不对，是和加科思的交易首付款多少？", "加科思", "石药"),
        ("What did Pfizer pay Hengrui, sorry, I mean 3SBio, upfront?", "3SBio", "Hengrui"),
        ("What did Eli Lilly, sorry, I mean Merck, pay Hansoh?", "Merck", "Lilly"),
    ],
)
def test_a_name_taken_back_is_dropped(question: str, kept: str, gone: str) -> None:
    text = self_corrected(question, ["Eli Lilly"])
    assert kept in text and gone not in text


def test_a_question_without_a_correction_is_unchanged() -> None:
    for question in (
        "恒瑞和默沙东的交易，首付款和里程碑分别是多少？",
        "Is that right, or not?",
        "不是ADC的交易有几笔？",
    ):
        assert self_corrected(question, []) == question


def test_the_corrected_pair_is_the_one_asked(router: Router) -> None:
    call = one_call(route(router, "阿斯利康和石药……不对，是和加科思的交易首付款多少？"))
    assert (call.args["licensor"], call.args["licensee"]) == ("Jacobio Pharmaceuticals", "AstraZeneca")


@pytest.mark.parametrize(
    "question",
    ["Hansoh later got acquire by who?", "LaNova later get acquired by who, and pay how much"],
)
def test_a_later_acquirer_with_a_slip_asks_the_articles(router: Router, question: str) -> None:
    assert route(router, question).route == "text"


def test_a_charge_booked_in_chinese_asks_the_article(router: Router) -> None:
    plan = route(router, "默沙东因为和Curon的交易计提了多少税前费用？")
    assert plan.route == "text" and "charge" in plan.standalone_question


@pytest.mark.parametrize(
    "question",
    [
        "how many patient enrolled in the HRS-9821 phase 3 trial",
        "SKB264的三期临床入组了多少病人？",
        "How big was the ivonescimab phase 3 trial, number of patients?",
    ],
)
def test_a_trials_enrolment_is_no_count_of_deals(router: Router, question: str) -> None:
    plan = route(router, question)
    assert not plan.tool_calls and plan.unheld_measure == "trial enrolment"


def test_enrolment_refused_and_approval_answered(assistant: Assistant) -> None:
    refused = assistant.ask("how many patients enrolled in the SKB264 phase 3 study?")
    assert refused.abstained and "trial enrolment" in refused.answer
    # the one enrolment an article states is still answered
    stated = article_sentence("deal-immuneonco-axion-2024", r"enrolled")
    assert says(
        assistant.ask("How many US patients had been enrolled before ImmuneOnco's Axion deal ended?").answer, stated
    )
    approved = assistant.ask("SHR-A1811在中国已经获批了吗？")
    assert not approved.abstained and says(
        approved.answer, article_sentence("deal-hengrui-glenmark-2025", r"already approved")
    )


def test_a_history_turn_is_read_the_same_way(router: Router) -> None:
    # the replayed turn's pair carries into the ceiling asked after it
    plan = router.route("那总额最多能拿到多少？", [Turn(question="翰森和Regeneron的交易是什么时候宣布的？")])
    assert plan.tool_calls and plan.tool_calls[0].args.get("metric") == "total"


def test_a_percent_of_a_change_is_a_growth_and_a_trials_results_stay_refused(router: Router) -> None:
    grown = route(router, "按CPHIIC的口径，2025年的交易额比2024年增加了百分之多少？")
    call = one_call(grown)
    assert call.tool == "market_stat" and call.args.get("derive") == "growth"
    # "三期临床" reads "phase 3 trial"; the results asked of it are a measure no table holds
    assert route(router, "依沃西单抗三期临床的无进展生存期数据怎么样？").unheld_measure == "trial results"
