"""The number guard on hand-made prose, and the LLM writer with a scripted chat model."""

from __future__ import annotations

from decimal import Decimal

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.answer import Answer, AnswerFigure, Citation
from assistant.answering.guard import guard_prose
from assistant.answering.writers import ProseWriter, chat_model_complete

CITATIONS = [
    Citation(n=1, doc_id="d", title="t", paragraph=2, quote="Pfizer agreed to pay 3SBio $1.25 billion upfront."),
    Citation(n=2, doc_id="d", title="t", paragraph=3, quote="3SBio is eligible for up to $4.8 billion in milestones."),
]
FIGURES = [
    AnswerFigure(
        label="upfront", value=Decimal("1250000000"), qualifier="exact", expression="deals[x].upfront", citations=[1]
    )
]


def test_supported_sentences_are_kept_in_any_wording() -> None:
    report = guard_prose(
        "Pfizer paid 1,250 million dollars upfront [1]. Milestones reach $4.8bn [2].", CITATIONS, FIGURES
    )
    assert report.kept == 2 and not report.dropped and not report.fallback


def test_an_invented_number_drops_its_sentence() -> None:
    report = guard_prose(
        "Pfizer paid $1.25 billion [1]. The deal was worth $41.8 billion in 2023 [2].", CITATIONS, FIGURES
    )
    assert report.kept == 1
    assert report.text == "Pfizer paid $1.25 billion [1]."
    assert report.dropped[0]["sentence"].startswith("The deal was worth $41.8 billion")
    assert "not in the evidence" in report.dropped[0]["reason"]


def test_a_number_must_be_in_the_passage_it_cites() -> None:
    # $4.8 billion is real evidence, but passage [1] does not hold it
    report = guard_prose("Milestones are $4.8 billion [1].", CITATIONS, FIGURES)
    assert report.fallback and "not in the evidence" in report.dropped[0]["reason"]


def test_missing_or_unknown_markers_drop_the_sentence() -> None:
    report = guard_prose("Pfizer paid $1.25 billion. It also paid more [7].", CITATIONS, FIGURES)
    assert report.fallback
    assert [d["reason"] for d in report.dropped] == ["no citation marker", "cites [7], which does not exist"]


def _answer() -> Answer:
    return Answer(
        question="q",
        standalone_question="How much did Pfizer pay 3SBio upfront?",
        answer="Pfizer agreed to pay 3SBio $1.25 billion upfront [1].",
        route="table",
        citations=CITATIONS,
        figures=FIGURES,
    )


def test_writer_keeps_guarded_prose_from_a_scripted_model() -> None:
    model = GenericFakeChatModel(
        messages=iter([AIMessage(content="3SBio received $1.25 billion up front from Pfizer [1].")])
    )
    answer = _answer()
    ProseWriter("scripted", chat_model_complete(model)).rewrite(answer, [])
    assert answer.answer == "3SBio received $1.25 billion up front from Pfizer [1]."
    assert answer.guard["kept"] == 1 and not answer.guard["fallback"]


def test_writer_falls_back_to_the_extractive_answer_when_everything_is_invented() -> None:
    model = GenericFakeChatModel(messages=iter([AIMessage(content="Pfizer paid $2 billion [1].")]))
    answer = _answer()
    ProseWriter("scripted", chat_model_complete(model)).rewrite(answer, [])
    assert answer.answer == "Pfizer agreed to pay 3SBio $1.25 billion upfront [1]."
    assert answer.guard["fallback"] is True and answer.guard["dropped"][0]["reason"].startswith("number")


def test_real_local_model_prose_passes_the_guard_or_falls_back(bundled_settings) -> None:  # type: ignore[no-untyped-def]
    """Gemma 3 270M through llama-cpp-python: whatever it writes, no unsupported number survives."""
    pytest.importorskip("llama_cpp", reason="the local-llm extra is not installed")
    from assistant.answering.assistant import build_assistant
    from assistant.answering.guard import guard_prose

    settings = bundled_settings.model_copy(update={"llm": "local"})
    answer = build_assistant(settings).ask("How much did Pfizer pay 3SBio upfront?")
    assert answer.guard["writer"] == "local"
    assert answer.figures[0].value == Decimal("1250000000")
    # the final prose is either the guarded model text or the extractive answer; both pass the guard
    recheck = guard_prose(answer.answer, answer.citations, answer.figures)
    assert not recheck.dropped and recheck.kept >= 1


def test_echoed_evidence_lists_and_prompt_lines_are_dropped() -> None:
    prose = "Evidence:\n[1] Pfizer agreed to pay 3SBio $1.25 billion upfront.\nPfizer paid $1.25 billion upfront [1]."
    report = guard_prose(prose, CITATIONS, FIGURES)
    assert report.text == "Pfizer paid $1.25 billion upfront [1]."
    assert [d["reason"] for d in report.dropped] == ["no citation marker", "markers do not close the sentence"]


def test_figures_display_as_analysts_write_them() -> None:
    def shown(value: str | None, unit: str, qualifier: str = "exact") -> str:
        amount = Decimal(value) if value is not None else None
        return AnswerFigure(label="x", value=amount, unit=unit, qualifier=qualifier, expression="e").display()  # type: ignore[arg-type]

    assert shown("4800000000", "USD", "up_to") == "up to $4.8 billion"
    assert shown("67.0", "percent", "approx") == "67.0%"
    assert shown("2.61", "ratio", "approx") == "2.61 times"
    assert shown("3", "count") == "3"
    assert shown(None, "USD", "undisclosed") == "not disclosed"
