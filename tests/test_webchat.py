"""The Gradio app over real HTTP on 127.0.0.1: gradio_client, uploads, evals, and a real browser.

One server for the module (its own copy of the corpus and index), one chromium for the
browser tests. Each defect of issue 12 has a test here that failed before its fix.
"""

from __future__ import annotations

import json
import shutil
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from gradio_client import Client, handle_file

from assistant.answering.assistant import build_assistant
from assistant.frontends.webchat import ChatApp
from assistant.settings import Settings
from tests.conftest import DOCUMENTS

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
RANKING = "Which were the largest deals of 2025?"
pytestmark = pytest.mark.slow


class Served(NamedTuple):
    url: str
    settings: Settings
    chat: ChatApp
    feedback: Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, bundled_settings: Settings) -> Iterator[Served]:
    """The app on its own copy of the corpus and index, so uploads touch nothing else."""
    root = tmp_path_factory.mktemp("served")
    shutil.copytree(DOCUMENTS, root / "documents")
    shutil.copytree(bundled_settings.index_dir, root / "index")
    settings = Settings(documents_dir=root / "documents", index_dir=root / "index")
    port = _free_port()
    chat = ChatApp(build_assistant(settings), root / "feedback.jsonl", evals_dir=REPO / "evals", runs_dir=root / "runs")
    app = chat.launch("127.0.0.1", port, block=False)
    try:
        yield Served(f"http://127.0.0.1:{port}/", settings, chat, root / "feedback.jsonl")
    finally:
        app.close()


@pytest.fixture(scope="module")
def client(served: Served) -> Client:
    return Client(served.url, verbose=False)


def _article(folder: Path, name: str, front: dict[str, str], body: str) -> Path:
    path = folder / name
    header = "".join(f"{key}: {json.dumps(value)}\n" for key, value in front.items())
    path.write_text(f"---\n{header}---\n\n{body}\n", encoding="utf-8")
    return path


# -- HTTP -----------------------------------------------------------------------------
def test_ask_endpoint_answers_with_figure_and_citations(client: Client) -> None:
    markdown = client.predict("How much did Pfizer pay 3SBio upfront?", [], api_name="/ask")
    assert "$1.25 billion" in markdown
    assert "[1]" in markdown and "paragraph" in markdown and "20 May 2025" in markdown


def test_first_upload_does_not_wait_for_the_model(served: Served, client: Client, tmp_path: Path) -> None:
    assert served.chat.uploader.ready.wait(120), "the model was not warmed up at start"
    note = _article(
        tmp_path,
        "Quillfeather Note.md",
        {"title": "Quillfeather consortium meeting", "published": "2026-03-01"},
        "The Quillfeather consortium of licensing lawyers met in Lisbon to compare how option-to-license clauses are drafted.",
    )
    started = time.perf_counter()
    status = client.predict(handle_file(str(note)), False, api_name="/upload")
    took = time.perf_counter() - started
    assert "Added quillfeather-note.md" in status
    assert took < 10, f"first upload took {took:.1f} s"
    markdown = client.predict("Where did the Quillfeather consortium meet?", [], api_name="/ask")
    assert "Lisbon" in markdown and "Quillfeather consortium meeting" in markdown


def test_bad_uploads_are_refused_in_plain_words(served: Served, client: Client, tmp_path: Path) -> None:
    before = sorted(p.name for p in served.settings.documents_dir.iterdir())
    blob = tmp_path / "scan.txt"
    blob.write_bytes(b"\x00\x01\x02\x03binary")
    broken = tmp_path / "report.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Length 999 >> stream\nnot really\n")
    for path, words in ((blob, "binary file"), (broken, "PDF could not be read")):
        status = client.predict(handle_file(str(path)), False, api_name="/upload")
        assert words in status and "was not added" in status
        assert "Error" not in status and "PdfStreamError" not in status
    assert sorted(p.name for p in served.settings.documents_dir.iterdir()) == before


def test_the_same_file_twice_is_recognised_and_a_changed_one_replaces_on_request(
    served: Served, client: Client, tmp_path: Path
) -> None:
    front = {"title": "Brindlewick licensing round-up", "published": "2026-02-02"}
    first = _article(tmp_path, "brindlewick.md", front, "Brindlewick Labs signed three option deals in Porto.")
    assert "Added brindlewick.md" in client.predict(handle_file(str(first)), False, api_name="/upload")
    again = client.predict(handle_file(str(first)), False, api_name="/upload")
    assert "already in the corpus as brindlewick.md" in again
    assert not list(served.settings.documents_dir.glob("brindlewick-*"))
    changed_dir = tmp_path / "changed"
    changed_dir.mkdir()
    changed = _article(changed_dir, "brindlewick.md", front, "Brindlewick Labs signed three option deals in Valencia.")
    refused = client.predict(handle_file(str(changed)), False, api_name="/upload")
    assert "Replace the existing file" in refused
    assert "Porto" in (served.settings.documents_dir / "brindlewick.md").read_text(encoding="utf-8")
    assert "Replaced brindlewick.md" in client.predict(handle_file(str(changed)), True, api_name="/upload")
    markdown = client.predict("Where did Brindlewick Labs sign its option deals?", [], api_name="/ask")
    assert "Valencia" in markdown and "Porto" not in markdown
    sources = [line for line in markdown.splitlines() if line.startswith("[") and "Brindlewick Labs" in line]
    assert len(sources) == 1, markdown  # cited once, not once per copy


def test_a_javascript_url_is_not_a_link(client: Client, tmp_path: Path) -> None:
    hostile = _article(
        tmp_path,
        "tarnwell.md",
        {"title": "Tarnwell update", "published": "2026-01-05", "url": "javascript:alert(document.cookie)"},
        "Tarnwell Therapeutics opened a research site in Gdansk for peptide work.",
    )
    status = client.predict(handle_file(str(hostile)), False, api_name="/upload")
    assert "Added tarnwell.md" in status and "not an http(s) web address" in status
    markdown = client.predict("Where did Tarnwell Therapeutics open a research site?", [], api_name="/ask")
    assert "Gdansk" in markdown and "javascript:" not in markdown


def test_an_uploaded_article_about_a_new_deal_answers_a_direct_question(client: Client, tmp_path: Path) -> None:
    deal = _article(
        tmp_path,
        "sample-example.md",
        {"title": "Sample Pharma licenses EB-101 from Example Bio", "published": "2026-02-10"},
        "Sample Pharma agreed to pay Example Bio $120 million upfront for global rights to EB-101, a bispecific "
        "antibody, with up to $900 million in milestones.",
    )
    assert "Added" in client.predict(handle_file(str(deal)), False, api_name="/upload")
    markdown = client.predict("How much did Sample Pharma pay Example Bio upfront?", [], api_name="/ask")
    assert "Which deal do you mean" not in markdown
    assert "$120 million" in markdown.split("\n")[0] and "Sample Pharma licenses EB-101" in markdown


def test_ordinal_follow_ups_mean_that_row_of_the_ranking(client: Client) -> None:
    ranking = client.predict(RANKING, [], api_name="/ask")
    second = client.predict("the second one", [RANKING], api_name="/ask")
    last = client.predict("the last of those", [RANKING], api_name="/ask")
    rows = [line for line in ranking.split("\n")[0].split(". ") if line.startswith(("Second, ", "Fifth, "))]
    assert len(rows) == 2, ranking
    second_licensor = rows[0].removeprefix("Second, ").split(" licensed ")[0]
    last_licensor = rows[1].removeprefix("Fifth, ").split(" licensed ")[0]
    assert second_licensor in second and "upfront" in second and "Top" not in second
    assert last_licensor in last and second_licensor not in last
    compared = client.predict("Compare that with the LaNova deal", [RANKING, "the second one"], api_name="/ask")
    assert second_licensor in compared and "LaNova" in compared and "more" in compared


def test_other_deals_are_answered_from_the_table(client: Client) -> None:
    markdown = client.predict(
        "Which other deals did Pfizer do with Chinese companies?",
        ["How much did Pfizer pay 3SBio upfront?"],
        api_name="/ask",
    )
    assert markdown.startswith("Our table holds 1 deal with licensee Pfizer")


def test_evals_tab_runs_a_set_reports_failures_and_compares(served: Served, client: Client, tmp_path: Path) -> None:
    lines = (REPO / "evals" / "core.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    wrong = json.loads(lines[0]) | {"id": "deliberately-wrong-reference", "reference_value": 1}
    path = tmp_path / "mini.jsonl"
    path.write_text("\n".join([*lines, json.dumps(wrong)]) + "\n", encoding="utf-8")
    report, files = client.predict(None, handle_file(str(path)), api_name="/run_eval")
    assert "Numeric accuracy" in report and "Failures (1 of 4 questions)" in report
    assert "deliberately-wrong-reference" in report and "Reference:" in report and "[1]" in report
    assert "First run of this set" in report  # the next one will be compared with it
    again, files = client.predict(None, handle_file(str(path)), api_name="/run_eval")
    assert "Compared with the previous run" in again and "Newly failing: none." in again
    assert any(str(f).endswith(".md") for f in files)


# -- browser --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            yield launched
        finally:
            launched.close()


def _ask(page: Any, question: str) -> None:
    asked = page.locator("#chat .user-row").count()
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    # Done when the new question is shown and every question has its answer's route badge.
    page.wait_for_function(
        f"document.querySelectorAll('#chat .user-row').length > {asked} && "
        "document.querySelectorAll('#chat .route-badge').length >= "
        "document.querySelectorAll('#chat .user-row').length",
        timeout=60_000,
    )
    page.wait_for_timeout(300)  # the browser store is written with the last update


def _feedback_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


@pytest.mark.browser
def test_browser_answer_cards_feedback_clear_and_screenshots(served: Served, browser: Any) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served.url)
    intro = page.locator(".prose.intro").inner_text()
    assert " deals from " in intro and " articles" in intro and "not found" in intro
    page.locator(".example", has_text="Which Chinese licensors had the largest deals in 2025?").click()
    page.locator("#chat ol.ranking li").first.wait_for(timeout=60_000)
    assert page.locator("#chat ol.ranking li").count() >= 3
    _ask(page, "How much did Pfizer pay 3SBio upfront?")
    page.locator("#chat .source-card").last.wait_for(timeout=60_000)
    text = page.locator("#chat").inner_text()
    assert "1.25 billion" in text and "up_to" not in text and "2025-05-20" not in text
    page.screenshot(path=str(ARTIFACTS / "chat-desktop.png"))
    # The newest question stays in view, not the last source card.
    top = page.evaluate(
        "(() => { const rows = document.querySelectorAll('#chat .user-row'); const row = rows[rows.length-1];"
        " const box = document.querySelector('#chat .bubble-wrap').getBoundingClientRect();"
        " const r = row.getBoundingClientRect(); return r.top >= box.top - 2 && r.top < box.bottom; })()"
    )
    assert top, "the newest question scrolled out of view"

    served.feedback.unlink(missing_ok=True)
    page.locator("#chat button[aria-label=Feedback]").last.click()
    page.locator("#chat .extra-feedback-option", has_text="wrong").last.click()
    page.wait_for_timeout(1500)
    recorded = _feedback_lines(served.feedback)
    assert [(r["verdict"], r["question"]) for r in recorded] == [("wrong", "How much did Pfizer pay 3SBio upfront?")]

    # Clear forgets the conversation: a follow-up no longer resolves against it.
    page.locator("#chat button[aria-label=Clear]").click()
    page.wait_for_timeout(500)
    _ask(page, "And the milestones?")
    assert "4.8 billion" not in page.locator("#chat").inner_text()
    page.close()


@pytest.mark.browser
def test_browser_escapes_hostile_text_and_keeps_the_conversation(served: Served, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(served.url)
    hostile = '<img src=x onerror="window.__xss=1"> Who licensed to Pfizer?'
    _ask(page, hostile)
    assert page.evaluate("window.__xss") is None
    assert '<img src=x onerror="window.__xss=1">' in page.locator("#chat .user-row").first.inner_text()
    _ask(page, "How much did Pfizer pay 3SBio upfront?")
    page.locator("#chat .source-card").first.wait_for(timeout=60_000)
    page.reload()
    page.locator("#chat .source-card").first.wait_for(timeout=30_000)
    assert "1.25 billion" in page.locator("#chat").inner_text()
    assert page.evaluate("window.__xss") is None
    # The restored conversation is live: a follow-up resolves against it, and it exports with citations.
    _ask(page, "And the milestones?")
    assert "4.8 billion" in page.locator("#chat .bot-row").last.inner_text()
    page.locator("#export").click()
    link = page.locator("#exported a").first
    link.wait_for(timeout=30_000)
    exported = page.request.get(link.get_attribute("href")).text()
    assert "## 2. How much did Pfizer pay 3SBio upfront?" in exported and "[1] " in exported
    context.close()


@pytest.mark.browser
def test_browser_phone_layout_and_tabs(served: Served, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    page.goto(served.url)
    _ask(page, "What was the total value of Chinese out-licensing deals in 2025?")
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    title_size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('#app-title h2')).fontSize)")
    assert title_size <= 20
    page.screenshot(path=str(ARTIFACTS / "chat-phone.png"))
    page.get_by_role("tab", name="Deals").click()
    count = page.locator(".deals-count").first
    count.wait_for(timeout=30_000)
    assert " deals" in count.inner_text()
    assert (
        "All" in page.locator("#deals-company").inner_text()
        or page.locator("#deals-company input").input_value() == "All"
    )
    page.get_by_role("tab", name="Charts").click()
    page.wait_for_timeout(2500)
    page.screenshot(path=str(ARTIFACTS / "charts-phone.png"), full_page=True)
    assert "deals in our table" in page.locator("body").inner_text()
    page.close()
    for name in ("chat-desktop.png", "chat-phone.png", "charts-phone.png"):
        assert (ARTIFACTS / name).stat().st_size > 10_000
