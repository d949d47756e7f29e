"""outsider116 / outsider118 (a journalist's text questions, Chinese text questions and follow-ups), each class in
wordings other than the outsiders': the Chinese words of a deal's story (significance, expansion, the reverse leg,
later payments, the price per new share, why buyers come, warrants) are read in English so the article search finds
the sentence; "<measure>最多多少" of one deal is its ceiling, not a ranking; "their first collaboration" asks the
pair's history; money made "selling" a drug is product sales, which no source holds. Real tables."""

from __future__ import annotations

import pytest

from assistant.answering.asked_synonyms import synonym_words
from assistant.routing.chinese_story_words import ceiling_read
from assistant.routing.chinese_wording import in_english
from assistant.routing.deal_events import FIRST_TOGETHER_RE
from assistant.routing.router import Router
from assistant.routing.wording import UNHELD_MEASURE_RES
from tests.conftest import one_call, route


def _render(router: Router, question: str) -> str:
    return in_english(question, router.entities.cjk, router.corpus_end)


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("舶望和诺华的两笔交易为什么被称为有里程碑意义", "significant"),
        ("和铂与阿斯利康的合作有没有扩大？", "expanded"),
        ("科伦和 Crescent 的交易里，科伦反向引进了什么？", "in-licensed in the reverse direction"),
        ("先声和艾伯维那单后来有新的付款吗", "new payments since signing"),
        ("武田认购信达的新股，每股多少港元？", "price per share in Hong Kong dollars"),
        ("跨国药企为什么这么爱从中国买资产", "so keen to buy assets from China"),
        ("里面权证那部分值多少？", "warrants"),
    ],
)
def test_a_deal_storys_chinese_words_are_read_in_english(router: Router, question: str, written: str) -> None:
    assert written in _render(router, question), _render(router, question)


@pytest.mark.parametrize(
    "question",
    ["和铂与阿斯利康的合作有没有扩大？", "先声和艾伯维那单后来有新的付款吗", "武田认购信达的新股，每股多少港元？"],
)
def test_a_deal_storys_question_goes_to_the_articles(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls, (question, plan.rule, plan.route)


def test_warrants_after_a_deals_upfront_are_its_equity(router: Router) -> None:
    plan = route(router, "里面权证那部分值多少？", ["荣昌和 Vor 的交易首付是多少"])
    call = one_call(plan)
    assert call.tool == "get_deal" and call.args.get("metric") == "equity", call


@pytest.mark.parametrize(
    ("question", "licensor"),
    [
        ("三生制药和辉瑞那单里程碑最多多少？", "3SBio"),
        ("恒瑞和GSK那笔交易里程碑款最多多少", "Jiangsu Hengrui Pharmaceuticals"),
    ],
)
def test_a_deals_measure_at_most_is_its_ceiling_not_a_ranking(router: Router, question: str, licensor: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "get_deal" and call.args.get("licensor") == licensor, call


def test_which_deals_measure_is_most_still_ranks() -> None:
    assert ceiling_read("哪单里程碑最多多少") == "哪单里程碑最多多少"
    assert "up to how much" in ceiling_read("罗氏后续里程碑最多是多少")


@pytest.mark.parametrize(
    "question",
    [
        "Argo's Sept 2025 deal with Novartis - was it their first collaboration?",
        "was that the pair's first partnership?",
        "Innovent/Lilly: their first tie-up?",
    ],
)
def test_their_first_collaboration_asks_the_pairs_history(question: str) -> None:
    assert FIRST_TOGETHER_RE.search(question)


@pytest.mark.parametrize("question", ["what was their first deal?", "their first tie-up of 2025 was which one?"])
def test_their_first_deal_or_a_years_first_is_the_earliest_row(question: str) -> None:
    assert not FIRST_TOGETHER_RE.search(question)


def test_their_first_collaboration_goes_to_the_article(router: Router) -> None:
    plan = route(router, "Was Argo's September 2025 siRNA agreement with Novartis their first collaboration?")
    assert plan.route == "text" and not plan.tool_calls, (plan.rule, plan.route)


@pytest.mark.parametrize(
    "question",
    [
        "how much has Pfizer earned selling SSGJ-707 so far?",
        "How much money did Takeda make selling IBI363 last year?",
        "what did Novo Nordisk bring in selling UBT251 in 2025?",
    ],
)
def test_money_made_selling_a_drug_is_product_sales(router: Router, question: str) -> None:
    assert next(name for name, pattern in UNHELD_MEASURE_RES if pattern.search(question)) == "sales"
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls, (question, plan.rule)


def test_money_made_from_a_deal_is_its_terms(router: Router) -> None:
    assert route(router, "how much did Akeso make from the Summit deal?").route == "table"


@pytest.mark.parametrize(
    "question", ["who's DoveTree linked to?", "who is the newco connected with?", "DoveTree: who's it affiliated with?"]
)
def test_who_a_company_is_linked_to_looks_for_the_article_word(question: str) -> None:
    assert "associated" in synonym_words(question)


def test_milestones_tied_to_sales_are_no_affiliation() -> None:
    assert "associated" not in synonym_words("how much of the milestones are tied to sales?")
