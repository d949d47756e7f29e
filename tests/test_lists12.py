"""Lists of deals asked in wordings that had gone to the articles, a tracker total or a refusal (outsider48-51):
a closing "list them" after the question part, one company's deals asked by "who were the buyers" / "what are
all of them" / "licensed which Chinese assets", the columns a list should show, the status "recorded as
closed", and a trial endpoint (ORR, PFS) that no source holds. Expected rows come from deals.csv."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _rows(predicate: Callable[[Deal], bool]) -> list[Deal]:
    return [d for d in _TABLES.deals if d.scope != "borderline" and predicate(d)]


def _listed(assistant: Assistant, question: str, deals: list[Deal]) -> str:
    answer = assistant.ask(question)
    assert answer.route == "table" and not answer.abstained, answer
    assert [call.tool for call in answer.tool_calls] == ["find_deals"], answer.tool_calls
    text = answer.answer
    assert f"Our table holds {len(deals)} deal" in text, text
    for deal in deals:
        assert deal.licensors[0] in text and deal.licensees[0] in text and deal.announced in text, (deal.deal_id, text)
    return text


# -- a closing part that only asks for the list: one question, listed --------------------------------------
@pytest.mark.parametrize(
    ("question", "predicate"),
    [
        ("any deals where the buyer also took an equity stake (股权投资)? list them", lambda d: d.equity.amount),
        (
            "were there deals where the pharma partner also bought an equity stake? show them all",
            lambda d: d.equity.amount,
        ),
        (
            "Which deals came with an equity investment in the Chinese licensor? show me the list",
            lambda d: d.equity.amount,
        ),
        ("罗氏 licensed which Chinese assets? all deals pls", lambda d: "Roche" in d.licensees),
        ("诺华 took which Chinese assets? list the deals", lambda d: "Novartis" in d.licensees),
        (
            "恒瑞医药 - who have they out-licensed to? list the deals",
            lambda d: "Jiangsu Hengrui Pharmaceuticals" in d.licensors,
        ),
    ],
)
def test_list_tail_makes_one_list(assistant: Assistant, router: Router, question: str, predicate: Callable) -> None:
    assert len(split_parts(question, router.company_spans)) == 1, "the list tail is part of the question"
    text = _listed(assistant, question, _rows(predicate))
    assert "reported a total deal value" not in text  # not a tracker's market total


def test_list_tail_is_no_company_name(assistant: Assistant) -> None:
    # "Name them." as its own sentence had read as an unknown company once the question was kept whole
    _listed(
        assistant,
        "Have any of these licensing deals been terminated? Name them.",
        _rows(lambda d: d.status == "terminated"),
    )


def test_list_tail_needs_a_first_part_about_deals(router: Router) -> None:
    # a tail after a question about something else is not joined to it
    assert len(split_parts("What does Caixin say about the market? list them", router.company_spans)) == 2


# -- one company's deals asked by their other side, "all of them", or the assets it took ------------------
@pytest.mark.parametrize(
    ("question", "predicate"),
    [
        (
            "恒瑞医药 2025 licensing deals: who were the buyers?",
            lambda d: "Jiangsu Hengrui Pharmaceuticals" in d.licensors and d.announced.startswith("2025"),
        ),
        (
            "Hansoh licensing deals since 2024: who were the licensees?",
            lambda d: "Hansoh Pharmaceutical Group" in d.licensors and d.announced >= "2024",
        ),
        (
            "翰森制药 licensing deals — what are all of them, incl. the older GSK ones?",
            lambda d: "Hansoh Pharmaceutical Group" in d.licensors,
        ),
        ("every Hansoh deal incl. the older GSK ones", lambda d: "Hansoh Pharmaceutical Group" in d.licensors),
        ("Argo's out-licensing deals - what are all of them?", lambda d: "Argo Biopharmaceutical" in d.licensors),
        ("Roche licensed which Chinese assets?", lambda d: "Roche" in d.licensees),
        ("再生元 licensed which Chinese assets?", lambda d: "Regeneron" in d.licensees),  # alias from companies.csv
    ],
)
def test_company_deals_are_listed(assistant: Assistant, question: str, predicate: Callable) -> None:
    _listed(assistant, question, _rows(predicate))


def test_list_with_its_columns_is_listed(assistant: Assistant) -> None:
    question = (
        "For a sector note I need every Chinese out-licensing deal AbbVie has signed - "
        "can you table licensor, asset and announcement date?"
    )
    text = _listed(assistant, question, _rows(lambda d: "AbbVie" in d.licensees))
    assert all(name in text for name in ("FutureGen", "Simcere", "Zelgen", "RemeGen")), text


@pytest.mark.parametrize(
    "question",
    ["which assets did Kailera get from Hengrui?", "list the molecules in the Hengrui Kailera package"],
)
def test_one_deals_contents_still_go_to_the_articles(router: Router, question: str) -> None:
    assert router.route(question).route == "text"


# -- the status the table records --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("which transactions are recorded as closed already", "closed"),
        ("which agreements are recorded as terminated?", "terminated"),
        ("what transactions does your table mark as closed", "closed"),
        ("which deals are recorded as having actually closed?", "closed"),
        ("which licences are marked as having been terminated?", "terminated"),
    ],
)
def test_recorded_status_is_listed(assistant: Assistant, router: Router, question: str, status: str) -> None:
    calls = router.route(question).tool_calls
    assert calls and calls[0].args["filter"]["status"] == status, calls
    _listed(assistant, question, _rows(lambda d: d.status == status))


# -- a trial endpoint no source holds: refused, not the drug's deal row ----------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "What ORR did SSGJ-707 show in its latest lung cancer trial?",
        "What objective response rate did ivonescimab post in its most recent NSCLC study?",
        "what PFS did IBI363 show in the latest colorectal cancer trial",
    ],
)
def test_trial_endpoint_is_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and not answer.tool_calls, answer
    assert "upfront" not in answer.answer


def test_deal_terms_of_the_drug_still_answered(assistant: Assistant) -> None:
    answer = assistant.ask("What did Pfizer pay for SSGJ-707?")
    assert not answer.abstained and "$1.25 billion" in answer.answer


# -- asset acquisitions: the territory column ----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Which deals were structured as outright asset acquisitions rather than licences with China rights retained?",
        "which China deals were straight asset purchases",
    ],
)
def test_asset_acquisitions_are_listed(assistant: Assistant, question: str) -> None:
    text = _listed(assistant, question, _rows(lambda d: "asset acquisition" in d.territory.lower()))
    assert "Curon" in text and "Chimagen" in text and "retained after termination" not in text


def test_asset_acquisitions_counted(assistant: Assistant) -> None:
    answer = assistant.ask("how many of the deals were asset acquisitions, not licences?")
    assert [call.tool for call in answer.tool_calls] == ["aggregate"], answer.tool_calls
    assert "Our table holds 2 deals" in answer.answer and "157" not in answer.answer, answer.answer


def test_one_deal_bought_outright_stays_with_its_article(router: Router) -> None:
    assert router.route("Did Merck buy CN201 outright?").route == "text"
