"""The Gradio app over real HTTP on 127.0.0.1: gradio_client, uploads, and a real browser."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from gradio_client import Client, handle_file

from assistant.answering.assistant import build_assistant
from assistant.frontends.webchat import launch
from assistant.settings import Settings
from tests.conftest import DOCUMENTS

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, bundled_settings: Settings) -> Iterator[tuple[str, Settings]]:
    """The app on its own copy of the corpus and index, so uploads touch nothing else."""
    root = tmp_path_factory.mktemp("served")
    shutil.copytree(DOCUMENTS, root / "documents")
    shutil.copytree(bundled_settings.index_dir, root / "index")
    settings = Settings(documents_dir=root / "documents", index_dir=root / "index")
    port = _free_port()
    app = launch(build_assistant(settings), "127.0.0.1", port, root / "feedback.jsonl", block=False)
    try:
        yield f"http://127.0.0.1:{port}/", settings
    finally:
        app.close()


def test_ask_endpoint_answers_with_figure_and_citations(served: tuple[str, Settings]) -> None:
    client = Client(served[0], verbose=False)
    markdown = client.predict("How much did Pfizer pay 3SBio upfront?", api_name="/ask")
    assert "$1.25 billion" in markdown
    assert "[1]" in markdown and "paragraph" in markdown


def test_upload_makes_a_new_article_answerable(served: tuple[str, Settings], tmp_path: Path) -> None:
    url, settings = served
    note = tmp_path / "Quillfeather Note.md"
    note.write_text(
        "---\ntitle: Quillfeather consortium meeting\npublished: 2026-03-01\n---\n\n"
        "The Quillfeather consortium of licensing lawyers met in Lisbon to compare how option-to-license clauses are drafted.\n",
        encoding="utf-8",
    )
    client = Client(url, verbose=False)
    status = client.predict(handle_file(str(note)), api_name="/upload")
    assert "Added quillfeather-note.md" in status
    assert (settings.documents_dir / "quillfeather-note.md").is_file()
    markdown = client.predict("Where did the Quillfeather consortium meet?", api_name="/ask")
    assert "Lisbon" in markdown and "Quillfeather consortium meeting" in markdown


def test_a_bad_upload_is_refused_and_changes_nothing(served: tuple[str, Settings], tmp_path: Path) -> None:
    url, settings = served
    before = sorted(p.name for p in settings.documents_dir.iterdir())
    blob = tmp_path / "scan.txt"
    blob.write_bytes(b"\x00\x01\x02\x03binary")
    status = Client(url, verbose=False).predict(handle_file(str(blob)), api_name="/upload")
    assert "binary" in status and "Nothing was changed" in status
    assert sorted(p.name for p in settings.documents_dir.iterdir()) == before


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed (.ci/run installs it)")
def test_browser_question_shows_answer_and_source_card(served: tuple[str, Settings]) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.goto(served[0])
            box = page.locator("#question textarea")
            box.fill("How much did Pfizer pay 3SBio upfront?")
            box.press("Enter")
            card = page.locator("#chat .source-card").first
            card.wait_for(timeout=60_000)
            assert "1.25 billion" in page.locator("#chat").inner_text()
            assert "3SBio" in card.inner_text()
            page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)
        finally:
            browser.close()
    assert (ARTIFACTS / "chat.png").stat().st_size > 10_000
