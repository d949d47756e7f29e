"""The eval metrics on hand-made Answers: every metric passes a good answer and fails a bad one."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from assistant.answer import Answer, AnswerFigure, Citation, ToolCallRecord
from assistant.errors import AssistantError
from assistant.evaluation.claims import extract_values
from assistant.evaluation.metrics import (
    EvalQuestion,
    check_includes,
    check_numeric,
    citation_counts,
    percentile,
    ranked_doc_ids,
    retrieval_scores,
    score_answer,
    summarize,
    unsupported_numbers,
)
from assistant.evaluation.questions import (
    Gate,
    check_gates,
    load_question_files,
    load_questions,
    load_thresholds,
)
from assistant.evaluation.runner import compare_reports
from assistant.frontends.cli import cli
from assistant.money import numbers_in
from assistant.settings import Settings

DOC = "deal-3sbio-pfizer-2025"
UPFRONT_QUOTE = "Pfizer agreed to an upfront payment of $1.25 billion to 3SBio."
MILESTONE_QUOTE = "3SBio is also eligible for milestone payments of up to $4.8 billion."
COMPANIES = [["Pfizer", "Pfizer Inc."], ["3SBio", "三生制药"], ["Merck & Co.", "Merck", "MSD"]]


def cite(
    n: int, quote: str, doc_id: str = DOC, title: str = "3SBio licenses SSGJ-707", published: str = ""
) -> Citation:
    return Citation(n=n, doc_id=doc_id, title=title, paragraph=n, quote=quote, published=published)


def figure(value: str, qualifier: Any = "exact", unit: str = "USD", citations: tuple[int, ...] = (1,)) -> AnswerFigure:
    return AnswerFigure(
        label="upfront, 3SBio → Pfizer",
        value=Decimal(value),
        unit=unit,
        qualifier=qualifier,
        expression="deals[3sbio-pfizer-2025].upfront",
        citations=list(citations),
    )


def answer(text: str, **fields: Any) -> Answer:
    fields.setdefault("route", "table")
    return Answer(question="q", standalone_question="q", answer=text, **fields)


def question(**fields: Any) -> EvalQuestion:
    base: dict[str, Any] = {"id": "q1", "question": "How much did Pfizer pay 3SBio upfront?", "category": "lookup"}
    base.setdefault("answerable", True)
    return EvalQuestion.model_validate(base | fields)


def numeric_result(q: EvalQuestion, a: Answer) -> tuple[bool, Any]:
    result = check_numeric(q, a)
    assert result is not None
    return result


def numeric_ok(q: EvalQuestion, a: Answer) -> bool:
    return numeric_result(q, a)[0]


UPFRONT_Q = question(reference_value=1250000000, unit="USD", qualifier="exact")
GOOD = answer(
    "Pfizer agreed to pay 3SBio $1.25 billion upfront [1].",
    figures=[figure("1250000000")],
    citations=[cite(1, UPFRONT_QUOTE)],
    tool_calls=[ToolCallRecord(tool="get_deal")],
    timings_ms={"total": 12.0},
)


# -- numeric accuracy ------------------------------------------------------------------
def test_numeric_right_value_from_figures_passes() -> None:
    assert check_numeric(UPFRONT_Q, GOOD) == (True, None)


def test_numeric_wrong_value_fails() -> None:
    wrong = answer("Pfizer paid $1.5 billion [1].", figures=[figure("1500000000")])
    correct, failure = numeric_result(UPFRONT_Q, wrong)
    assert not correct and failure is not None and failure.check == "numeric"
    assert "1500000000" in failure.got


def test_numeric_wrong_scale_fails_in_text_and_in_figures() -> None:
    text_only = answer("Pfizer paid 3SBio $1.25 million upfront.")
    assert numeric_ok(UPFRONT_Q, text_only) is False
    assert numeric_ok(UPFRONT_Q, answer("x", figures=[figure("1250000")])) is False


def test_numeric_reads_text_in_any_scale_when_there_are_no_figures() -> None:
    assert check_numeric(UPFRONT_Q, answer("Pfizer paid 1,250 million dollars upfront [1].")) == (True, None)
    assert check_numeric(UPFRONT_Q, answer("Pfizer paid US$1.25bn upfront.")) == (True, None)


def test_numeric_wrong_qualifier_fails() -> None:
    milestones = question(reference_value=4800000000, unit="USD", qualifier="up_to")
    exact = answer("3SBio can receive $4.8 billion [1].", figures=[figure("4800000000", "exact")])
    correct, failure = numeric_result(milestones, exact)
    assert not correct and failure is not None and failure.check == "qualifier"
    assert check_numeric(milestones, answer("x", figures=[figure("4800000000", "up_to")])) == (True, None)
    assert check_numeric(milestones, answer("3SBio can receive up to $4.8 billion.")) == (True, None)
    assert numeric_ok(milestones, answer("3SBio can receive $4.8 billion.")) is False


def test_numeric_respects_the_unit() -> None:
    count = question(reference_value=157, unit="count")
    assert check_numeric(count, answer("There were 157 deals in 2025 [1].")) == (True, None)
    # $157 million is money, not a count of 157; 2025 is a year, not a count.
    assert numeric_ok(count, answer("They paid $157 million in 2025.")) is False
    percent = question(reference_value="52.3", unit="percent", tolerance="0.01")
    assert check_numeric(percent, answer("Deal value grew 52.5% in 2025.")) == (True, None)
    assert numeric_ok(percent, answer("Deal value grew 52.5 billion in 2025.")) is False
    assert numeric_ok(percent, answer("x", figures=[figure("60", unit="percent")])) is False


def test_numeric_tolerance_is_relative() -> None:
    loose = question(reference_value=1000, unit="USD", tolerance="0.01")
    assert check_numeric(loose, answer("x", figures=[figure("1009")])) == (True, None)
    assert numeric_ok(loose, answer("x", figures=[figure("1011")])) is False


def test_numeric_does_not_apply_to_questions_without_a_reference_value() -> None:
    assert check_numeric(question(), GOOD) is None
    assert check_numeric(question(answerable=False, reference_value=5), GOOD) is None


def test_extract_values_prefers_figures_over_text() -> None:
    mixed = answer("It was $9 billion.", figures=[figure("1250000000")])
    assert [v.value for v in extract_values(mixed, "USD")] == [Decimal("1250000000")]


# -- unsupported numbers ---------------------------------------------------------------
def test_numbers_ignore_markers_codes_and_normalise_scale() -> None:
    assert numbers_in("Pfizer paid 3SBio $1.25 billion [1] for SSGJ-707, a PD-1 drug.") == [Decimal("1250000000")]
    assert numbers_in("1,250 million dollars") == [Decimal("1250000000")]
    assert numbers_in("announced on 2025-05-20 [3]") == [Decimal(2025)]


def test_supported_numbers_in_other_wording_pass() -> None:
    reworded = answer("Pfizer paid 1,250 million dollars upfront [1].", citations=[cite(1, UPFRONT_QUOTE)])
    assert unsupported_numbers(reworded) == ([], 1)
    assert unsupported_numbers(GOOD) == ([], 1)


def test_an_invented_number_is_unsupported() -> None:
    invented = answer(
        "Pfizer paid $1.25 billion [1] and up to $5 billion in milestones [1].", citations=[cite(1, UPFRONT_QUOTE)]
    )
    assert unsupported_numbers(invented) == ([Decimal("5000000000")], 2)


def test_years_need_a_quote_or_a_cited_date() -> None:
    year = answer("Pfizer paid $1.25 billion in 2023 [1].", citations=[cite(1, UPFRONT_QUOTE)])
    assert unsupported_numbers(year)[0] == [Decimal(2023)]
    dated = answer("Pfizer paid $1.25 billion in 2025 [1].", citations=[cite(1, UPFRONT_QUOTE, published="2025-05-20")])
    assert unsupported_numbers(dated)[0] == []
    quoted = answer("It closed in 2025 [1].", citations=[cite(1, "The licence closed on 24 July 2025.")])
    assert unsupported_numbers(quoted)[0] == []


def test_a_figure_value_supports_a_computed_number() -> None:
    total = answer("Merck paid $1.4 billion upfront in total [1].", figures=[figure("1400000000")])
    assert unsupported_numbers(total)[0] == []
    share = answer("Their share was 52% [1].", figures=[figure("0.52", unit="ratio")])
    assert unsupported_numbers(share)[0] == []


# -- citations -------------------------------------------------------------------------
def test_citations_of_a_good_answer_are_precise_and_complete() -> None:
    counts = citation_counts(GOOD, COMPANIES)
    assert (counts.markers, counts.markers_supported) == (1, 1)
    assert (counts.claim_sentences, counts.claim_sentences_supported) == (1, 1)
    assert counts.problems == []


def test_an_uncited_claim_counts_against_recall() -> None:
    uncited = answer(
        "Pfizer paid 3SBio $1.25 billion upfront [1]. Merck signed a similar deal.",
        citations=[cite(1, UPFRONT_QUOTE)],
    )
    counts = citation_counts(uncited, COMPANIES)
    assert (counts.claim_sentences, counts.claim_sentences_supported) == (2, 1)
    assert counts.problems == ["uncited claim: Merck signed a similar deal."]


def test_a_bound_the_question_gave_said_back_is_no_claim() -> None:
    listed = answer(
        "Pfizer is among the licensees with an upfront of at least $1 billion [1].", citations=[cite(1, UPFRONT_QUOTE)]
    ).model_copy(update={"question": "which deals had an upfront of at least $1 billion?"})
    assert citation_counts(listed, COMPANIES).problems == []
    claimed = answer("Pfizer paid 3SBio $1 billion upfront [1].", citations=[cite(1, MILESTONE_QUOTE)])
    claimed = claimed.model_copy(update={"question": "did Pfizer pay $1 billion upfront?"})
    assert "1000000000" in citation_counts(claimed, COMPANIES).problems[0]  # our figure, not a bound: a claim


def test_a_citation_whose_quote_lacks_the_number_is_unsupported() -> None:
    wrong_quote = answer("Pfizer paid 3SBio $1.25 billion upfront [1].", citations=[cite(1, MILESTONE_QUOTE)])
    counts = citation_counts(wrong_quote, COMPANIES)
    assert (counts.markers, counts.markers_supported) == (1, 0)
    assert counts.claim_sentences_supported == 0
    assert "1250000000" in counts.problems[0]


def test_a_citation_that_adds_nothing_is_unsupported() -> None:
    padded = answer(
        "Pfizer paid 3SBio $1.25 billion upfront [1][2].",
        citations=[cite(1, UPFRONT_QUOTE), cite(2, "Multinationals keep shopping for assets in China.", title="x")],
    )
    counts = citation_counts(padded, COMPANIES)
    assert (counts.markers, counts.markers_supported) == (2, 1)


def test_a_marker_without_a_citation_is_unsupported() -> None:
    dangling = answer("Pfizer paid 3SBio $1.25 billion upfront [2].", citations=[cite(1, UPFRONT_QUOTE)])
    counts = citation_counts(dangling, COMPANIES)
    assert counts.markers_supported == 0 and "[2] does not exist" in counts.problems[-1]


def test_a_company_name_is_a_claim_the_quote_or_title_must_hold() -> None:
    named = answer("Merck licensed the asset [1].", citations=[cite(1, "The asset was licensed.", title="A deal")])
    counts = citation_counts(named, COMPANIES)
    assert counts.claim_sentences == 1 and counts.markers_supported == 0
    titled = answer("Merck licensed the asset [1].", citations=[cite(1, "The asset was licensed.", title="Merck deal")])
    assert citation_counts(titled, COMPANIES).markers_supported == 1


def test_abbreviations_do_not_split_a_cited_sentence() -> None:
    text = "PharmCube counted 186 deals (incl. Hong Kong and Taiwan) in 2025 [1]."
    counts = citation_counts(answer(text, citations=[cite(1, "PharmCube counted 186 deals in 2025.")]), COMPANIES)
    assert counts.claim_sentences == 1 and counts.problems == []


def test_list_numbers_are_neither_figures_nor_sentences() -> None:
    ranked = answer(
        "Top licensees by upfront: 1. Pfizer: $1.25 billion [1]. 2. Merck & Co.: $4.8 billion [2].",
        citations=[cite(1, UPFRONT_QUOTE), cite(2, "Merck & Co. can pay up to $4.8 billion.")],
    )
    assert unsupported_numbers(ranked) == ([], 2)
    counts = citation_counts(ranked, COMPANIES)
    assert counts.problems == [] and counts.claim_sentences == 2


# -- retrieval -------------------------------------------------------------------------
def test_recall_at_k_and_mrr_on_ranked_lists() -> None:
    ranked = ["a", "b", "c", "d", "e", "f"]
    scores = retrieval_scores(ranked, ["c", "f"])
    assert scores == {
        "recall@1": 0.0,
        "recall@3": 0.5,
        "recall@5": 0.5,
        "recall@10": 1.0,
        "mrr@10": pytest.approx(1 / 3),
    }
    assert retrieval_scores(["x", "y"], ["c"]) == {
        "recall@1": 0.0,
        "recall@3": 0.0,
        "recall@5": 0.0,
        "recall@10": 0.0,
        "mrr@10": 0.0,
    }
    assert retrieval_scores(ranked, []) is None


def test_duplicates_do_not_push_a_document_down() -> None:
    scores = retrieval_scores(["a", "a", "a", "b"], ["b"])
    assert scores is not None and scores["recall@1"] == 0.0 and scores["mrr@10"] == 0.5


def test_a_relevant_document_past_ten_does_not_count() -> None:
    scores = retrieval_scores([f"d{i}" for i in range(12)], ["d11"])
    assert scores is not None and scores["recall@10"] == 0.0 and scores["mrr@10"] == 0.0


def test_table_answers_count_their_cited_documents() -> None:
    assert ranked_doc_ids(["x", "y"], GOOD) == [DOC, "x", "y"]
    text_answer = answer("t", route="text", citations=[cite(1, UPFRONT_QUOTE)])
    assert ranked_doc_ids(["x", "x", "y"], text_answer) == ["x", "y"]


# -- abstention, routing, tools, phrases, latency ----------------------------------------
def test_wrong_abstention_fails_both_ways() -> None:
    unanswerable = question(answerable=False)
    answered = score_answer(unanswerable, GOOD)
    assert [f.check for f in answered.failures] == ["abstention"]
    abstained = answer("The indexed articles do not answer this question.", route="none", abstained=True)
    refused = score_answer(UPFRONT_Q, abstained)
    assert {"abstention", "numeric"} <= {f.check for f in refused.failures}
    assert score_answer(unanswerable, abstained).failures == []


def test_abstention_precision_recall_and_accuracy() -> None:
    abstained = answer("No.", route="none", abstained=True)
    scores = [
        score_answer(question(id="a", answerable=False), abstained),  # true positive
        score_answer(question(id="b", answerable=True), abstained),  # false positive
        score_answer(question(id="c", answerable=False), GOOD),  # false negative
        score_answer(question(id="d", answerable=True), GOOD),  # true negative
    ]
    summary = summarize(scores)
    assert summary["abstention_precision"] == 0.5
    assert summary["abstention_recall"] == 0.5
    assert summary["abstention_accuracy"] == 0.5


def test_wrong_route_and_wrong_tool_fail() -> None:
    expecting = question(expected_route="text", expected_tool="aggregate")
    score = score_answer(expecting, GOOD)
    assert score.route_correct is False and score.tool_correct is False
    assert {(f.check, f.expected, f.got) for f in score.failures} == {
        ("route", "text", "table"),
        ("tool", "aggregate", "get_deal"),
    }
    right = score_answer(question(expected_route="table", expected_tool="get_deal"), GOOD)
    assert right.route_correct and right.tool_correct
    no_tool = score_answer(question(expected_tool="none"), GOOD)
    assert no_tool.tool_correct is False
    assert score_answer(question(), GOOD).route_correct is None


def test_must_include_and_must_not_include_are_case_insensitive() -> None:
    assert check_includes(question(must_include=["PFIZER"], must_not_include=["merck"]), GOOD) == ([], [])
    missing, present = check_includes(question(must_include=["Merck"], must_not_include=["3sbio"]), GOOD)
    assert missing == ["Merck"] and present == ["3sbio"]
    assert score_answer(question(must_include=["Merck"]), GOOD).includes_ok is False


def test_latency_percentiles() -> None:
    assert percentile([], 50) is None
    assert percentile([10.0], 95) == 10.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile([float(v) for v in range(1, 101)], 95) == pytest.approx(95.05)
    slow = answer("x", timings_ms={"total": 900.0})
    summary = summarize([score_answer(question(id=str(i)), GOOD if i < 9 else slow) for i in range(10)])
    assert summary["latency_p50_ms"] == 12.0 and summary["latency_p95_ms"] > 400


def test_a_good_answer_passes_every_check() -> None:
    full = question(
        reference_value=1250000000,
        unit="USD",
        qualifier="exact",
        expected_route="table",
        expected_tool="get_deal",
        must_include=["3SBio"],
        reference_doc_ids=[DOC],
    )
    score = score_answer(full, GOOD, ranked=ranked_doc_ids([], GOOD), companies=COMPANIES)
    assert score.failures == []
    summary = summarize([score])
    assert summary["numeric_accuracy"] == 1.0 and summary["unsupported_numbers"] == 0
    assert summary["recall@5"] == 1.0 and summary["citation_precision"] == 1.0 and summary["citation_recall"] == 1.0


# -- loading, gates, compare -----------------------------------------------------------
def write_lines(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD_LINE = json.dumps({"id": "a", "question": "Q?", "category": "lookup", "answerable": True})


def test_loader_reads_history_as_turns(tmp_path: Path) -> None:
    line = json.dumps(
        {
            "id": "f",
            "question": "And the milestones?",
            "history": [{"question": "How much did Pfizer pay 3SBio upfront?", "answer": "$1.25 billion"}],
            "category": "followup",
            "answerable": True,
            "reference_value": 4800000000,
        }
    )
    items = load_questions(write_lines(tmp_path / "f.jsonl", GOOD_LINE, "", line))
    assert [(i.file, i.line) for i in items] == [("f.jsonl", 1), ("f.jsonl", 3)]
    assert items[1].question.history[0].answer == "$1.25 billion"
    assert items[1].question.reference_value == Decimal(4800000000)


def test_loader_names_file_and_line_of_bad_json(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "core.jsonl", GOOD_LINE, '{"id": "b", "question": ')
    with pytest.raises(AssistantError) as error:
        load_questions(path)
    assert error.value.location == f"{path}:2"
    assert "bad JSON" in str(error.value)


def test_loader_names_file_line_and_missing_key(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "core.jsonl", GOOD_LINE, GOOD_LINE, json.dumps({"id": "c", "question": "Q?"}))
    with pytest.raises(AssistantError) as error:
        load_questions(path)
    assert str(error.value).startswith(f"{path}:3: ")
    assert "category: missing key" in str(error.value) and "answerable: missing key" in str(error.value)


def test_loader_rejects_unknown_keys_and_duplicate_ids(tmp_path: Path) -> None:
    typo = json.dumps({"id": "a", "question": "Q?", "category": "x", "answerable": True, "refrence_value": 1})
    with pytest.raises(AssistantError, match="refrence_value"):
        load_questions(write_lines(tmp_path / "typo.jsonl", typo))
    first = write_lines(tmp_path / "one.jsonl", GOOD_LINE)
    second = write_lines(tmp_path / "two.jsonl", GOOD_LINE)
    with pytest.raises(AssistantError) as error:
        load_question_files([first, second])
    assert error.value.location == f"{second}:1" and "duplicate id 'a'" in str(error.value)


def test_gates_fail_below_threshold_and_when_not_measured(tmp_path: Path) -> None:
    path = tmp_path / "thresholds.json"
    path.write_text(
        json.dumps(
            {"_comment": "x", "core.jsonl": {"numeric_accuracy": {"min": 0.98}, "unsupported_numbers": {"max": 0}}}
        )
    )
    thresholds = load_thresholds(path)
    assert thresholds == {
        "core.jsonl": [Gate(metric="numeric_accuracy", min=0.98), Gate(metric="unsupported_numbers", max=0)]
    }
    results = check_gates(thresholds, {"core.jsonl": {"numeric_accuracy": 0.97, "unsupported_numbers": 0}})
    assert [r.passed for r in results] == [False, True]
    assert not check_gates(thresholds, {"core.jsonl": {"numeric_accuracy": None, "unsupported_numbers": 0}})[0].passed
    assert check_gates(thresholds, {"other.jsonl": {"numeric_accuracy": 0.0}}) == []


def test_the_repository_thresholds_file_loads() -> None:
    thresholds = load_thresholds(Path(__file__).resolve().parent.parent / "evals" / "thresholds.json")
    assert {g.metric for g in thresholds["core.jsonl"]} == {
        "numeric_accuracy",
        "unsupported_numbers",
        "recall@5",
        "abstention_accuracy",
        "wrong_answer_rate",
    }
    assert {g.metric for g in thresholds["heldout.jsonl"]} >= {"numeric_accuracy", "wrong_answer_rate"}


def test_compare_reports_shows_deltas_and_changed_questions() -> None:
    before = {"summary": {"numeric_accuracy": 0.9}, "questions": [{"id": "a", "failures": [1]}, {"id": "b"}]}
    after = {
        "summary": {"numeric_accuracy": 1.0},
        "questions": [{"id": "a", "failures": []}, {"id": "b", "failures": [1]}, {"id": "c"}],
    }
    diff = compare_reports(before, after)
    assert diff["metrics"] == [{"metric": "numeric_accuracy", "before": 0.9, "after": 1.0, "delta": pytest.approx(0.1)}]
    assert diff["newly_failing"] == ["b"] and diff["newly_passing"] == ["a"] and diff["new_questions"] == ["c"]


# -- the runner end to end (real assistant, real index) ---------------------------------
@pytest.mark.slow
def test_eval_command_writes_reports_and_gates(
    bundled_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSISTANT_DOCUMENTS_DIR", str(bundled_settings.documents_dir))
    questions = write_lines(
        tmp_path / "core.jsonl",
        json.dumps(
            {
                "id": "lookup",
                "question": "How much did Pfizer pay 3SBio upfront?",
                "category": "lookup",
                "answerable": True,
                "reference_answer": "$1.25 billion",
                "reference_value": 1250000000,
                "unit": "USD",
                "reference_doc_ids": [DOC],
            }
        ),
        json.dumps(
            {"id": "weather", "question": "Will it rain in Paris tomorrow?", "category": "x", "answerable": False}
        ),
    )
    (tmp_path / "thresholds.json").write_text(json.dumps({"core.jsonl": {"questions": {"min": 2}}}))
    runner = CliRunner()
    index = ["--index-dir", str(bundled_settings.index_dir)]
    first = runner.invoke(cli, ["eval", str(questions), "--out", str(tmp_path / "r1"), "--baseline", "bm25", *index])
    assert first.exit_code == 0, first.output
    report = json.loads((tmp_path / "r1" / "report.json").read_text())
    assert report["gates_passed"] and report["summary"]["questions"] == 2
    assert report["by_file"]["core.jsonl"]["questions"] == 2 and set(report["by_category"]) == {"lookup", "x"}
    assert report["baselines"]["bm25"]["summary"]["recall@10"] is not None
    assert [q["id"] for q in report["questions"]] == ["lookup", "weather"]
    ragas = [json.loads(line) for line in (tmp_path / "r1" / "ragas.jsonl").read_text().splitlines()]
    assert set(ragas[0]) == {"user_input", "retrieved_contexts", "response", "reference"}
    assert "## By category" in (tmp_path / "r1" / "report.md").read_text()

    (tmp_path / "thresholds.json").write_text(json.dumps({"core.jsonl": {"numeric_accuracy": {"min": 1.01}}}))
    second = runner.invoke(
        cli,
        [
            "eval",
            str(questions),
            "--out",
            str(tmp_path / "r2"),
            "--compare",
            str(tmp_path / "r1" / "report.json"),
            *index,
        ],
    )
    assert second.exit_code == 1
    report = json.loads((tmp_path / "r2" / "report.json").read_text())
    assert report["gates"][0]["passed"] is False and report["compare"]["against"].endswith("report.json")


class ScriptedLlama:
    """Stands in for llama_cpp.Llama (an outside model): always gives the same reply."""

    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.prompts: list[str] = []

    def create_chat_completion(self, messages: list[dict[str, str]], **_: Any) -> dict[str, Any]:
        self.prompts.append(messages[0]["content"])
        return {"choices": [{"message": {"content": self.reply}}]}


@pytest.mark.slow
def test_baselines_score_on_the_real_index(bundled_settings: Settings, embeddings: Any) -> None:
    from assistant.evaluation.questions import EvalItem
    from assistant.evaluation.runner import run_naive_rag, run_retrieval_baseline
    from assistant.search.retrieval import build_retriever

    retriever = build_retriever(bundled_settings, embeddings)
    item = EvalItem(
        file="core.jsonl",
        line=1,
        question=question(reference_value=1250000000, unit="USD", reference_doc_ids=[DOC]),
    )
    for name in ("bm25", "dense"):
        [score] = run_retrieval_baseline(name, retriever, [item], {})
        assert score.retrieval is not None and score.retrieval["recall@10"] == 1.0
    llama = ScriptedLlama("Pfizer paid $1.25 billion upfront, and $9 billion later.")
    [score] = run_naive_rag(llama, retriever, [item])
    assert llama.prompts[0].startswith("Answer the question from the context.")
    assert score.numeric_correct is True and score.unsupported_numbers == ["9000000000"]
    [refusal] = run_naive_rag(ScriptedLlama("The context does not mention this."), retriever, [item])
    assert refusal.abstained and refusal.numeric_correct is False


def test_an_eval_question_with_an_unknown_tool_label_is_refused_on_load() -> None:
    from pydantic import ValidationError

    from assistant.evaluation.questions import EvalQuestion

    with pytest.raises(ValidationError, match="unknown tool 'get_deals'"):
        EvalQuestion.model_validate(
            {"id": "x", "question": "q?", "category": "lookup", "answerable": True, "expected_tool": "get_deals"}
        )


def test_a_wrong_figure_is_a_wrong_answer_and_an_abstention_or_a_clarification_is_not() -> None:
    question = EvalQuestion(
        id="w",
        question="How much did Pfizer pay 3SBio upfront?",
        category="lookup",
        answerable=True,
        reference_value=Decimal("1250000000"),
        unit="USD",
    )
    wrong = Answer(
        question=question.question,
        standalone_question=question.question,
        route="table",
        answer="Pfizer paid $100 million [1].",
        citations=[Citation(n=1, doc_id="d", title="t", paragraph=1, quote="Pfizer paid $100 million.")],
    )
    assert score_answer(question, wrong).wrong_answer is True
    refused = wrong.model_copy(update={"abstained": True, "answer": "The deal table does not hold this figure."})
    assert score_answer(question, refused).wrong_answer is False
    asked = wrong.model_copy(update={"route": "none", "answer": "Which deal do you mean?", "citations": []})
    assert score_answer(question, asked).wrong_answer is False
    right = wrong.model_copy(
        update={
            "answer": "Pfizer paid $1.25 billion [1].",
            "citations": [Citation(n=1, doc_id="d", title="t", paragraph=1, quote="Pfizer paid $1.25 billion.")],
        }
    )
    assert score_answer(question, right).wrong_answer is False
    dropped_part = question.model_copy(update={"must_include": ["$60 million"]})
    assert score_answer(dropped_part, right).wrong_answer is True  # one half of a two-part question dropped
