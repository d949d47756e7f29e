"""Session-21 Chinese/English asks of a Shanghai banker (outsider93's classes, probed with our own wordings
and other deals): a pointing 几单 summed (``chinese_few_deals``), spoken
Mandarin (啥, 来着, "territory 呢?", 它, 总包: ``chinese_colloquial``), a bare
term after other asks kept as a part ("…拿了多少股？总额?"), the facts a Chinese one-deal question lists (closing,
agreement dates: ``deal_facts``) and a list by deal structure (NewCo) sent to the articles. Expected sums come from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.money import render_amount
from assistant.routing.bare_measures import is_bare_term
from assistant.routing.chinese_colloquial import colloquial_read
from assistant.routing.chinese_few_deals import few_deals_read
from assistant.routing.chinese_wording import in_english
from assistant.routing.claim_corrections import is_claim
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS

_DEALS = load_tables(DOCUMENTS).deals


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [
        ("2025年几单出海的总额加起来多少", "2025年 the deals 出海的总额加起来多少"),
        ("在那几笔交易里里程碑合计是多少钱", "在 those deals 交易里里程碑合计是多少钱"),
    ],
)
def test_a_pointing_few_deals_reads_the_deals(chunk: str, expected: str) -> None:
    assert few_deals_read(chunk) == expected


@pytest.mark.parametrize(
    "chunk",
    [
        "一共签了几笔交易?加起来总额多少?",  # the count, then its sum: chinese_count_sum
        "签了几单交易加起来总额多少",  # a count with its verb
        "诺华一共几单",  # a count, no sum
        "几单是ADC?首付合计多少",  # the count's own sentence
    ],
)
def test_a_counting_few_deals_is_left_alone(chunk: str) -> None:
    assert few_deals_read(chunk) == chunk


@pytest.mark.parametrize(
    ("question", "side", "company", "year", "measure"),
    [
        ("信达生物2025年几单出海的总额加起来是多少?", "licensors", "Innovent Biologics", "2025", "total"),
        ("罗氏在这几笔中国交易里首付一共付了多少", "licensees", "Roche", "", "upfront"),
        ("诺华那几单 licence-in 的里程碑合计多少钱?", "licensees", "Novartis", "", "milestones"),
    ],
)
def test_the_few_deals_summed_give_the_sum(
    assistant: Assistant, question: str, side: str, company: str, year: str, measure: str
) -> None:
    deals = [d for d in _DEALS if company in getattr(d, side) and d.announced.startswith(year)]
    total = sum(a for d in deals if (a := d.figure(measure).amount) is not None)  # type: ignore[arg-type]
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["aggregate"], answer.tool_calls
    assert render_amount(Decimal(total)) in answer.answer, (render_amount(Decimal(total)), answer.answer)
    assert "sum to" in answer.answer, answer.answer


# -- spoken Mandarin (chinese_colloquial) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("翰森 Regeneron 那单首付多少来着", "翰森 Regeneron 那单首付多少"),
        ("Roche 那单啥时候交割", "Roche 那单什么时候交割"),
        ("Caixin 咋看", "Caixin 怎么看"),
        ("统计了多少单、多少钱", "统计了多少单和多少钱"),
        ("royalty 呢?还有吗", " and royalty?还有吗"),
        ("首付多少? 那 milestone 呢", "首付多少? and milestone"),
    ],
)
def test_spoken_words_read_as_written(spoken: str, written: str) -> None:
    assert colloquial_read(spoken) == written


@pytest.mark.parametrize(
    ("question", "reads"),
    [
        ("territory 呢？啥时候 close？", "when does it close"),
        ("那 23 年呢?", "2023"),
        ("那它一共付了多少首付?", "it in total"),
        ("其它 deal 呢", "other"),
        ("那笔交易怎么样了?", "what happened to the deal"),
        ("宜联 YL211 给 Roche，首付和总价多少", "total value"),
    ],
)
def test_spoken_questions_read_in_english(router: Router, question: str, reads: str) -> None:
    english = in_english(question, router.entities.cjk, router.corpus_end)
    assert reads in english, english


def test_it_after_a_buyer_list_sums_that_buyers_upfronts(assistant: Assistant) -> None:
    deals = [d for d in _DEALS if "AbbVie" in d.licensees]
    total = sum(a for d in deals if (a := d.upfront.amount) is not None)
    first = "AbbVie 从中国拿了哪些 deal"
    answer = assistant.ask("那它一共付了多少首付?", [Turn(question=first, answer=assistant.ask(first))])
    assert render_amount(Decimal(total)) in answer.answer, answer.answer
    assert "sum to" in answer.answer, answer.answer


def test_an_english_topic_and_ni_follows_the_deal_before(assistant: Assistant) -> None:
    first = "恒瑞 MSD 2025 那单条款"
    answer = assistant.ask("territory 呢？啥时候 close？", [Turn(question=first, answer=assistant.ask(first))])
    assert "Greater China" in answer.answer, answer.answer
    assert "HRS-5346" in answer.answer, answer.answer


def test_a_spoken_total_asks_the_total(assistant: Assistant) -> None:
    answer = assistant.ask("宜联 YL211 给 Roche，首付和总包多少")
    assert "total value is up to $1.05 billion" in answer.answer, answer.answer


def test_spoken_phase_3_data_is_refused(assistant: Assistant) -> None:
    answer = assistant.ask("IBI363 三期数据 PFS 多少?")
    assert answer.abstained, answer.answer
    assert not answer.figures, answer.figures


# -- parts and facts of one deal asked in Chinese ---------------------------------------------------------------


def test_a_bare_term_after_other_asks_is_a_part() -> None:
    assert split_parts("荣昌 AbbVie RC148：首付多少？里程碑?") == ["荣昌 AbbVie RC148：首付多少?", "里程碑?"]
    assert not is_bare_term("总额多少钱")  # a whole ask
    assert is_bare_term("milestones?")


def test_a_drug_name_holding_ta_keeps_it() -> None:
    assert " it " not in colloquial_read("荣昌泰它西普给 Vor 的首付")
    assert colloquial_read("它一共付了多少") == " it 一共付了多少"


def test_a_remegen_vor_question_in_spoken_chinese_gives_stake_and_total(assistant: Assistant) -> None:
    deal = next(d for d in _DEALS if d.deal_id == "remegen-vor-2025")
    answer = assistant.ask("荣昌给 Vor 那单：拿了多少股？总额?")
    assert render_amount(deal.equity.amount) in answer.answer, answer.answer  # type: ignore[arg-type]
    assert "4.1 billion" in answer.answer, answer.answer


def test_closing_asked_in_chinese_beside_terms_is_stated(assistant: Assistant) -> None:
    answer = assistant.ask("三生辉瑞：upfront 多少，royalty 怎么算，几号 closing？")
    assert "$1.25 billion" in answer.answer, answer.answer
    assert "July 2025" in answer.answer or "2025-07-24" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Which deals were set up as NewCos?", "哪些交易是 NewCo 结构?"])
def test_a_list_by_structure_goes_to_the_articles(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.route == "text", (answer.route, answer.answer[:200])
    assert "of any kind" not in answer.answer, answer.answer[:200]


# -- a law-firm associate's wording (outsider92's classes) -------------------------------------------------------


def test_a_span_said_from_through_keeps_its_start(assistant: Assistant) -> None:
    deals = [d for d in _DEALS if "AbbVie" in d.licensees and "2024" <= d.announced[:4] <= "2025"]
    answer = assistant.ask("How many deals did AbbVie sign with Chinese licensors from 2024 through 2025?")
    assert f"{len(deals)} deal" in answer.answer, answer.answer
    assert "2024-01-01 to 2025-12-31" in answer.answer, answer.answer


def test_through_alone_is_still_an_open_end(router: Router) -> None:
    plan = router.route("How many deals did Merck sign through 2025?")
    assert "any time to 2025-12-31" in plan.interpretation, plan.interpretation


@pytest.mark.parametrize(
    ("question", "total"),
    [
        (
            "What is the aggregate potential consideration from Novo Nordisk to United Laboratories for UBT251?",
            "$2 billion",
        ),
        ("total potential consideration under the Keymed licence to Belenos?", "$185 million"),
    ],
)
def test_a_lawyers_consideration_is_the_total(assistant: Assistant, question: str, total: str) -> None:
    answer = assistant.ask(question)
    assert "total value" in answer.answer and total in answer.answer, answer.answer


def test_a_spaced_dash_between_asks_keeps_each(assistant: Assistant) -> None:
    answer = assistant.ask("YL211 licence to Roche: upfront, milestones — and what is the territory?")
    assert "$50 million" in answer.answer and "$1 billion" in answer.answer, answer.answer


def test_a_percentage_of_the_company_is_the_partys_share(assistant: Assistant) -> None:
    answer = assistant.ask("Vor Bio / RemeGen: upfront, what % of Vor do the warrants represent, and the milestones?")
    assert "23%" in answer.answer, answer.answer


def test_the_co_licensors_point_back_at_the_deal_before(assistant: Assistant) -> None:
    first = "What are the terms of the anti-TSLP licence to Windward Bio?"
    answer = assistant.ask(
        "What did the two co-licensors get upfront?", [Turn(question=first, answer=assistant.ask(first))]
    )
    assert "Windward" in answer.answer and "Mabwell" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["Evopoint / Astellas XNW27011: was the total 1.34bn or 1.53bn?", "荣昌 Vor 那单首付是125m 还是 45m？"],
)
def test_two_figures_offered_are_a_claim(question: str) -> None:
    assert is_claim(question)


def test_the_figure_not_answered_is_explained_from_the_article(assistant: Assistant) -> None:
    answer = assistant.ask("Merck paid LaNova for LM-299 - was the upfront 588m or 888m?")
    assert "$588 million upfront" in answer.answer, answer.answer
    assert "$888 million" in answer.answer and "$300 million" in answer.answer, answer.answer


def test_a_bracketed_second_target_is_kept(assistant: Assistant) -> None:
    expected = [d for d in _DEALS if d.announced >= "2024" and ("PD-1/VEGF" in d.asset or "PD-L1xVEGF" in d.asset)]
    answer = assistant.ask("Please list every PD-1 (or PD-L1) x VEGF licence announced since 2024 in your table.")
    assert f"{len(expected)} deals" in answer.answer, answer.answer
    assert "ImmuneOnco" in answer.answer, answer.answer
