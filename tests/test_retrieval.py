"""Hybrid retrieval on the real bundled index."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.embeddings import Embeddings
from langchain_tests.integration_tests import RetrieversIntegrationTests

from assistant.search import retrieval
from assistant.search.retrieval import HybridRetriever, build_retriever
from assistant.settings import Settings


@pytest.fixture(scope="module")
def retriever(bundled_settings: Settings, embeddings: Embeddings) -> HybridRetriever:
    return build_retriever(bundled_settings, embeddings)


@pytest.mark.parametrize(
    ("query", "doc_id"),
    [
        ("Pfizer 3SBio SSGJ-707 upfront payment", "deal-3sbio-pfizer-2025"),
        ("ImmuneOnco Axion termination rights reverted", "deal-immuneonco-axion-2024"),
        ("why do multinationals license drugs from Chinese companies", "market-why-multinationals-license-from-china"),
        ("LM-299 PD-1/VEGF bispecific Merck", "deal-lanova-merck-2024"),
        ("pace of deals in early 2026 by mid-February", "market-greater-china-outlicensing-and-2026-pace"),
    ],
)
def test_the_right_article_comes_first(retriever: HybridRetriever, query: str, doc_id: str) -> None:
    hits = retriever.search(query, k=5)
    assert hits[0].metadata["doc_id"] == doc_id
    assert hits[0].metadata["chunk_id"].startswith(doc_id + "#p")


def test_results_are_distinct_paragraphs_with_scores(retriever: HybridRetriever) -> None:
    hits = retriever.search("GLP-1 obesity licensing deals", k=8)
    keys = [(h.metadata["doc_id"], h.metadata["paragraph"]) for h in hits]
    assert len(keys) == len(set(keys)) == 8
    scores = [h.metadata["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_company_and_date_filters(retriever: HybridRetriever) -> None:
    hits = retriever.search("upfront payment", k=5, passage_filter={"companies": ["Hansoh Pharmaceutical Group"]})
    assert hits and all("Hansoh Pharmaceutical Group" in h.metadata["companies"] for h in hits)
    dated = retriever.search("licensing deal", k=5, passage_filter={"date_from": "2026-01-01"})
    assert dated and all(h.metadata["published"] >= "2026-01-01" for h in dated)


@pytest.mark.parametrize(
    "passage_filter",
    [
        {"doc_ids": ["deal-3sbio-pfizer-2025"]},
        {"companies": ["Jiangsu Hengrui Pharmaceuticals"]},
        {"companies": ["Merck & Co.", "Hansoh Pharmaceutical Group"], "all_companies": True},
        {"date_from": "2026-01-01"},
    ],
)
def test_a_small_filter_is_searched_exactly_with_chromas_own_ranking(
    retriever: HybridRetriever, passage_filter: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Vectors read by id and ranked here give what Chroma's filtered search gives, only faster."""
    query = "upfront payment and milestones for the licence"
    exact = retriever.search_first(query, [passage_filter], k=5)
    monkeypatch.setattr(retrieval, "EXACT_LIMIT", 0)  # every filter through Chroma's where
    through_chroma = retriever.search_first(query, [passage_filter], k=5)
    assert exact
    assert [h.id for h in exact] == [h.id for h in through_chroma]
    for mine, chromas in zip(exact, through_chroma, strict=True):
        assert mine.metadata["dense_similarity"] == pytest.approx(chromas.metadata["dense_similarity"], abs=1e-3)


def test_a_filter_too_wide_for_one_chroma_query_searches_a_wider_pool(
    retriever: HybridRetriever, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past MAX_IN articles a `$in` would overflow SQLite: unfiltered, a wider pool, filtered after."""
    passage_filter = {"companies": ["Jiangsu Hengrui Pharmaceuticals"]}
    monkeypatch.setattr(retrieval, "EXACT_LIMIT", 0)
    with_in = retriever.search_first("upfront payment", [passage_filter], k=5)
    monkeypatch.setattr(retrieval, "MAX_IN", 0)
    widened = retriever.search_first("upfront payment", [passage_filter], k=5)
    assert widened and all("Jiangsu Hengrui Pharmaceuticals" in h.metadata["companies"] for h in widened)
    assert [h.id for h in widened] == [h.id for h in with_in]


def test_search_first_takes_the_first_filter_that_admits_passages(retriever: HybridRetriever) -> None:
    hits = retriever.search_first("upfront", [{"doc_ids": ["no-such-article"]}, {"companies": ["Pfizer"]}, None], k=3)
    assert hits and all("Pfizer" in h.metadata["companies"] for h in hits)


class TestStandardRetriever(RetrieversIntegrationTests):
    """langchain-tests' standard retriever checks against the real index."""

    @pytest.fixture(autouse=True)
    def _index(self, bundled_settings: Settings, embeddings: Embeddings) -> None:
        built = build_retriever(bundled_settings, embeddings)
        self._params = {"vectorstore": built.vectorstore, "lexical": built.lexical}

    @property
    def retriever_constructor(self) -> type[HybridRetriever]:
        return HybridRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return self._params

    @property
    def retriever_query_example(self) -> str:
        return "Which company licensed a PD-1/VEGF bispecific to Pfizer?"
