"""Other people's clients against the running API: the official ``openai`` client, the MCP SDK's
client (streamable HTTP and ``assistant mcp`` over stdio), and schemathesis on the OpenAPI schema."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx2
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from openai import OpenAI

from assistant.answer import Answer, Turn
from assistant.answering.assistant import Assistant, build_assistant
from assistant.frontends.api import create_app
from assistant.settings import Settings
from assistant.tools.registry import TOOL_NAMES
from tests.servers import corpus_copy, uvicorn_server

pytestmark = pytest.mark.slow
TOKEN = "clients-token-51c2"
UPFRONT = "How much did Pfizer pay 3SBio upfront?"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, bundled_settings: Settings) -> Iterator[tuple[str, Assistant]]:
    """The API behind a token, on its own copy of the corpus (schemathesis may upload)."""
    api_settings = corpus_copy(tmp_path_factory.mktemp("clients"), bundled_settings, api_token=TOKEN, api_rate_limit=0)
    assistant = build_assistant(api_settings)
    with uvicorn_server(create_app(assistant, api_settings)) as url:
        yield url, assistant


# -- OpenAI-compatible ------------------------------------------------------------------
def test_openai_client_gets_the_answer_with_cited_links(served: tuple[str, Assistant]) -> None:
    url, assistant = served
    client = OpenAI(base_url=f"{url}/v1", api_key=TOKEN)
    assert "deal-assistant" in [model.id for model in client.models.list()]
    completion = client.chat.completions.create(model="deal-assistant", messages=[{"role": "user", "content": UPFRONT}])
    content = completion.choices[0].message.content or ""
    answer = Answer.model_validate((completion.model_extra or {})["answer"])
    core = assistant.ask(UPFRONT)
    assert answer.answer == core.answer and answer.figures == core.figures
    assert content.startswith(core.answer)
    for citation in core.citations:
        assert f"[{citation.n}] [{citation.title}]({citation.url})" in content
    assert completion.choices[0].finish_reason == "stop"


def test_openai_client_streams_and_sends_history(served: tuple[str, Assistant]) -> None:
    url, assistant = served
    client = OpenAI(base_url=f"{url}/v1", api_key=TOKEN)
    first = assistant.ask(UPFRONT)
    messages: list[Any] = [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": UPFRONT},
        {"role": "assistant", "content": first.answer},
        {"role": "user", "content": [{"type": "text", "text": "And the milestones?"}]},
    ]
    pieces: list[str] = []
    extra: dict[str, Any] = {}
    finish = None
    for chunk in client.chat.completions.create(model="deal-assistant", messages=messages, stream=True):
        if chunk.choices and chunk.choices[0].delta.content:
            pieces.append(chunk.choices[0].delta.content)
        if chunk.choices and chunk.choices[0].finish_reason:
            finish = chunk.choices[0].finish_reason
            extra = chunk.model_extra or {}
    answer = Answer.model_validate(extra["answer"])
    core = assistant.ask("And the milestones?", [Turn(question=UPFRONT, answer=first.answer)])
    assert finish == "stop" and answer.standalone_question == core.standalone_question
    assert answer.figures == core.figures and answer.figures
    assert " ".join("".join(pieces).split()).startswith(" ".join(core.answer.split()))


def test_openai_client_is_refused_without_the_token(served: tuple[str, Assistant]) -> None:
    import openai

    client = OpenAI(base_url=f"{served[0]}/v1", api_key="wrong")
    with pytest.raises(openai.AuthenticationError) as refused:
        client.chat.completions.create(model="deal-assistant", messages=[{"role": "user", "content": UPFRONT}])
    assert refused.value.status_code == 401 and "Bearer" in str(refused.value)


# -- MCP ----------------------------------------------------------------------------------
async def test_mcp_client_lists_the_tools_and_calls_ask_and_get_deal(served: tuple[str, Assistant]) -> None:
    url, assistant = served
    http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
    async with http, Client(streamable_http_client(f"{url}/mcp", http_client=http)) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        assert set(tools) == {"ask", *TOOL_NAMES}
        get_deal = tools["get_deal"].input_schema
        assert {"deal_id", "licensor", "licensee", "metric"} <= set(get_deal["properties"])
        assert "upfront" in str(get_deal["properties"]["metric"])
        assert "market" in (tools["market_stat"].description or "")

        asked = await client.call_tool("ask", {"question": UPFRONT})
        assert not asked.is_error
        answer = Answer.model_validate(asked.structured_content)
        assert answer.figures == assistant.ask(UPFRONT).figures

        result = await client.call_tool("get_deal", {"licensor": "3SBio", "licensee": "Pfizer", "metric": "upfront"})
        assert not result.is_error
        figure = result.structured_content["figures"][0]
        deal = assistant.tables.deal(result.structured_content["deal_ids"][0])
        assert Decimal(str(figure["value"])) == deal.upfront.amount
        assert figure["provenance"][0]["quote"] == deal.upfront.quote

        bad = await client.call_tool("ask", {"question": "x" * 2001})
        assert bad.is_error and "2,000" in str(bad.content)


async def test_assistant_mcp_serves_the_same_tools_over_stdio(bundled_settings: Settings) -> None:
    server = StdioServerParameters(
        command=sys.executable,
        args=["-m", "assistant.frontends.cli", "mcp"],
        env={
            **os.environ,
            "ASSISTANT_INDEX_DIR": str(bundled_settings.index_dir),
            "ASSISTANT_DOCUMENTS_DIR": str(bundled_settings.documents_dir),
        },
    )
    async with Client(server, read_timeout_seconds=120) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        assert names == {"ask", *TOOL_NAMES}
        result = await client.call_tool("get_deal", {"licensor": "3SBio", "licensee": "Pfizer", "metric": "upfront"})
        assert not result.is_error and result.structured_content["figures"]


# -- schemathesis -------------------------------------------------------------------------
def test_no_generated_request_gets_a_5xx(served: tuple[str, Assistant]) -> None:
    """Every operation of the OpenAPI schema, fed generated valid and invalid requests."""
    url = served[0]
    schema = schemathesis.openapi.from_url(f"{url}/openapi.json")
    failures: list[str] = []
    called: Counter[str] = Counter()
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=12,
                deadline=None,
                phases=[Phase.generate],
                suppress_health_check=list(HealthCheck),
                database=None,
            )
            def check(case: Any) -> None:
                response = case.call(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
                called[f"{case.method} {case.path}"] += 1
                if response.status_code >= 500:
                    failures.append(f"{case.method} {case.path}: {response.status_code} {response.text[:300]}")

            try:
                check()
            except Unsatisfiable:
                # an operation without parameters or body has no invalid request to generate
                assert mode == schemathesis.GenerationMode.NEGATIVE, operation.label
    assert not failures, "\n".join(failures[:10])
    assert len(called) >= 7 and min(called.values()) >= 1, called
