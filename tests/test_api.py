"""The HTTP API over real HTTP (uvicorn on 127.0.0.1): answers, SSE, deals, uploads, health,
auth, limits, the rate limit and the one error shape."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from assistant.answer import Answer, Turn
from assistant.answering.assistant import Assistant, build_assistant
from assistant.frontends.api import create_app
from assistant.settings import Settings
from tests.conftest import DOCUMENTS
from tests.servers import corpus_copy, free_port, uvicorn_server, wait_for

pytestmark = pytest.mark.slow
TOKEN = "test-token-7f3a"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
UPFRONT = "How much did Pfizer pay 3SBio upfront?"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, bundled_settings: Settings) -> Iterator[tuple[str, Assistant]]:
    """The API with a token, on its own copy of the corpus; uploads may go up to 10 MB."""
    settings = corpus_copy(tmp_path_factory.mktemp("api"), bundled_settings, api_token=TOKEN, max_file_bytes=10_000_000)
    assistant = build_assistant(settings)
    with uvicorn_server(create_app(assistant, settings)) as url:
        yield url, assistant


@pytest.fixture
def client(served: tuple[str, Assistant]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served[0], headers=AUTH, timeout=60) as http:
        yield http


def assert_error_shape(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """Every refusal of the API has the one shape: {"error": {"code", "message", "location"}}."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "location"}
    assert body["error"]["code"] == code and body["error"]["message"]
    return dict(body["error"])


def test_ask_returns_the_answer_the_core_gives(client: httpx.Client, served: tuple[str, Assistant]) -> None:
    response = client.post("/v1/ask", json={"question": UPFRONT})
    assert response.status_code == 200
    answer = Answer.model_validate(response.json())
    core = served[1].ask(UPFRONT)
    assert answer.answer == core.answer and answer.figures == core.figures and answer.citations == core.citations
    assert answer.route == "table" and answer.citations


def test_a_follow_up_uses_the_history(client: httpx.Client, served: tuple[str, Assistant]) -> None:
    response = client.post("/v1/ask", json={"question": "And the milestones?", "history": [{"question": UPFRONT}]})
    answer = Answer.model_validate(response.json())
    core = served[1].ask("And the milestones?", [Turn(question=UPFRONT)])
    assert answer.standalone_question == core.standalone_question != "And the milestones?"
    assert answer.figures == core.figures and answer.figures


def test_stream_sends_pieces_then_the_whole_answer(client: httpx.Client) -> None:
    events: list[tuple[str, str]] = []
    with client.stream("POST", "/v1/ask/stream", json={"question": UPFRONT}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        event = ""
        for line in response.iter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:"):
                events.append((event, line.split(":", 1)[1].strip()))
    kinds = [kind for kind, _ in events]
    assert kinds[-1] == "answer" and set(kinds[:-1]) == {"piece"} and len(kinds) >= 2
    answer = Answer.model_validate_json(events[-1][1])
    streamed = "".join(json.loads(data) for kind, data in events if kind == "piece")
    assert " ".join(streamed.split()) == " ".join(answer.answer.split())


def test_auth_is_required_with_a_token_and_compared_exactly(served: tuple[str, Assistant]) -> None:
    url = served[0]
    missing = httpx.post(f"{url}/v1/ask", json={"question": UPFRONT})
    assert_error_shape(missing, 401, "unauthorized")
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = httpx.post(f"{url}/v1/ask", json={"question": UPFRONT}, headers={"Authorization": f"Bearer {TOKEN}x"})
    assert_error_shape(wrong, 401, "unauthorized")
    assert_error_shape(httpx.get(f"{url}/v1/deals"), 401, "unauthorized")
    assert_error_shape(httpx.post(f"{url}/mcp", json={}), 401, "unauthorized")
    assert httpx.get(f"{url}/healthz").status_code == 200  # health stays open for load balancers


def test_limits_name_themselves(client: httpx.Client) -> None:
    long = assert_error_shape(client.post("/v1/ask", json={"question": "x" * 2001}), 422, "question_too_long")
    assert "2,000" in long["message"] and long["location"] == "question"
    history = [{"question": UPFRONT}] * 21
    many = assert_error_shape(
        client.post("/v1/ask", json={"question": "And the milestones?", "history": history}), 422, "history_too_long"
    )
    assert "20" in many["message"]
    assert client.post("/v1/ask", json={"question": "x" * 2000}).status_code == 200
    assert_error_shape(client.post("/v1/ask", json={"question": "  "}), 422, "empty_question")
    assert_error_shape(client.post("/v1/ask", json={"history": []}), 422, "invalid_request")
    assert_error_shape(
        client.post("/v1/ask", content=b"{not json", headers={"content-type": "application/json"}),
        422,
        "invalid_request",
    )
    assert_error_shape(client.get("/v1/nothing-here"), 404, "not_found")
    assert_error_shape(client.delete("/v1/ask"), 405, "method_not_allowed")


def test_upload_over_the_limit_is_refused_with_413(client: httpx.Client) -> None:
    data = b"a" * (10_000_000 + 1)
    error = assert_error_shape(
        client.post("/v1/documents", files={"file": ("big.md", data, "text/markdown")}), 413, "upload_too_large"
    )
    assert "10,000,000" in error["message"]


def test_an_uploaded_article_is_saved_safely_and_answerable_at_once(
    client: httpx.Client, served: tuple[str, Assistant]
) -> None:
    article = (
        "---\ntitle: Brightwater Bio licenses BWB-101 to Norrland Pharma\npublished: 2026-02-03\n"
        "source: Deal brief\nurl: https://example.org/brightwater\ncompanies: [Brightwater Bio, Norrland Pharma]\n---\n\n"
        "Brightwater Bio granted Norrland Pharma rights to the heron-venom peptide BWB-101 outside Greater China.\n\n"
        "Norrland Pharma chose the heron-venom peptide because it calmed migraine attacks in a small study.\n"
    )
    response = client.post("/v1/documents", files={"file": ("../../Brightwater Deal.md", article, "text/markdown")})
    assert response.status_code == 201, response.text
    added = response.json()
    documents = served[1].settings.documents_dir
    assert added["file"] == "brightwater-deal.md" and (documents / added["file"]).is_file()
    assert "answerable now" in added["message"]
    answer = Answer.model_validate(
        client.post("/v1/ask", json={"question": "Why did Norrland Pharma choose the heron-venom peptide?"}).json()
    )
    assert any(c.doc_id == "brightwater-deal" for c in answer.citations), answer.answer
    again = client.post("/v1/documents", files={"file": ("Copy.md", article, "text/markdown")})
    assert again.status_code == 201 and "already in the corpus" in again.json()["message"]
    assert not (documents / "copy.md").exists()  # the same bytes are not added twice
    changed = client.post(
        "/v1/documents", files={"file": ("Brightwater Deal.md", article + "\nMore.\n", "text/markdown")}
    )
    assert_error_shape(changed, 422, "upload_rejected")  # a different file under a taken name
    refused = client.post("/v1/documents", files={"file": ("run.sh", b"echo hi", "text/x-sh")})
    assert_error_shape(refused, 415, "unsupported_file_type")
    assert not (documents / "run.sh").exists()


def test_deals_filter_as_json_and_csv(client: httpx.Client, served: tuple[str, Assistant]) -> None:
    tables = served[1].tables
    expected = {
        d.deal_id for d in tables.deals if "Pfizer" in d.licensees and d.year == 2025 and d.scope != "borderline"
    }
    body = client.get("/v1/deals", params={"licensee": "Pfizer", "year": 2025}).json()
    assert {d["deal_id"] for d in body["deals"]} == expected and body["count"] == len(expected) > 0
    first = body["deals"][0]
    deal = tables.deal(first["deal_id"])
    assert first["upfront"]["amount"] == (int(deal.upfront.amount) if deal.upfront.amount is not None else None)
    response = client.get("/v1/deals", params={"licensee": "Pfizer", "year": 2025, "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {row["deal_id"] for row in rows} == expected
    assert_error_shape(client.get("/v1/deals", params={"format": "xml"}), 422, "invalid_request")


def test_health_reports_index_tables_and_chroma(served: tuple[str, Assistant]) -> None:
    report = httpx.get(f"{served[0]}/healthz").json()
    assert report["status"] == "ok"
    assert report["index"]["exists"] and report["chroma"]["reachable"] and report["chroma"]["chunks"] > 0
    assert report["tables"]["deals"] == len(served[1].tables.deals)


def test_health_is_degraded_without_an_index(tmp_path: Path) -> None:
    settings = Settings(index_dir=tmp_path / "index", documents_dir=DOCUMENTS)
    with uvicorn_server(create_app(build_assistant(settings), settings)) as url:
        response = httpx.get(f"{url}/healthz")
    assert response.status_code == 503 and response.json()["status"] == "degraded"
    assert not (tmp_path / "index" / "chroma").exists(), "a health check creates no vector store"


def test_rate_limit_answers_429_with_retry_after(served: tuple[str, Assistant]) -> None:
    settings = served[1].settings.model_copy(update={"api_rate_limit": 2})
    with uvicorn_server(create_app(served[1], settings)) as url, httpx.Client(base_url=url, headers=AUTH) as http:
        statuses = [http.get("/v1/models").status_code for _ in range(2)]
        limited = http.get("/v1/models")
        other = http.get("/v1/models", headers={"X-Forwarded-For": "10.9.8.7"})
    assert statuses == [200, 200]
    assert_error_shape(limited, 429, "rate_limited")
    assert int(limited.headers["retry-after"]) >= 1
    assert other.status_code == 429  # the same token is the same client, whatever else the request says


def test_openapi_docs_are_served(served: tuple[str, Assistant]) -> None:
    schema = httpx.get(f"{served[0]}/openapi.json").json()
    assert {"/v1/ask", "/v1/ask/stream", "/v1/deals", "/v1/documents", "/healthz", "/v1/chat/completions"} <= set(
        schema["paths"]
    )
    assert "HTTPBearer" in schema["components"]["securitySchemes"]
    assert httpx.get(f"{served[0]}/docs").status_code == 200


def test_assistant_serve_starts_the_api(bundled_settings: Settings, tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "ASSISTANT_INDEX_DIR": str(bundled_settings.index_dir),
        "ASSISTANT_DOCUMENTS_DIR": str(bundled_settings.documents_dir),
    }
    log = (tmp_path / "serve.log").open("wb")  # a file, not a pipe nobody drains
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant.frontends.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    try:

        def healthy() -> dict[str, Any] | None:
            try:
                return dict(httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).json())
            except httpx.HTTPError:
                return None

        assert wait_for(healthy, timeout=60)["status"] == "ok", (tmp_path / "serve.log").read_text()
        answer = httpx.post(f"http://127.0.0.1:{port}/v1/ask", json={"question": UPFRONT}, timeout=30).json()
        assert answer["figures"] and answer["citations"]
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def test_secrets_never_reach_a_log(served: tuple[str, Assistant], caplog: pytest.LogCaptureFixture) -> None:
    """The token sent with good and bad requests, and a library logging headers, leave no secret in the log."""
    import logging

    from assistant.frontends.redact import MASK, redact

    caplog.set_level(logging.DEBUG)
    url = served[0]
    with httpx.Client(base_url=url, timeout=60) as http:
        assert http.post("/v1/ask", json={"question": UPFRONT}, headers=AUTH).status_code == 200
        assert http.get("/v1/models", headers={"Authorization": f"Bearer {TOKEN}-wrong"}).status_code == 401
    # what a chatty HTTP library does at debug level: print the headers it sent
    logging.getLogger("some.http.library").debug("request headers: %s", {"authorization": f"Bearer {TOKEN}"})
    logging.getLogger("some.http.library").info("Authorization: HMAC c2VjcmV0LWtleS1ieXRlcw==")
    assert TOKEN not in caplog.text and "c2VjcmV0LWtleS1ieXRlcw" not in caplog.text
    assert MASK in caplog.text
    assert redact("nothing secret here, $1.25 billion") == "nothing secret here, $1.25 billion"
