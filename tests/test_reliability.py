"""Faults and attacks from issue 14: each test names the finding it covers.

Bad input is skipped with a reason, nothing already indexed is lost, and nothing is read
from outside ``documents/``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.answer import Answer, Turn
from assistant.answering.assistant import build_assistant
from assistant.corpus.documents import SkippedFile, load_article, scan_documents
from assistant.corpus.tables import load_tables
from assistant.errors import AssistantError
from assistant.search.indexer import LEXICAL_DIR, build_index, load_manifest, open_collection
from assistant.search.lexical import LexicalIndex
from assistant.settings import Settings
from tests.conftest import DOCUMENTS, CountingEmbeddings, edit_deal

LIMIT = 1_000_000


def _front_matter(path: Path, yaml_text: str) -> Path:
    path.write_text(f"---\ntitle: A title\n{yaml_text}\n---\n\nOne paragraph of text.\n", encoding="utf-8")
    return path


# -- 2: one bad front-matter value must not take the assistant down ------------------------
@pytest.mark.parametrize(
    ("yaml_text", "reason"),
    [
        ("published: 2025-13-45", "published"),
        ("published: 2025-02-30", "published"),
        ("companies: 5", "companies"),
        ("companies: true", "companies"),
        ("companies: [[1, 2]]", "companies"),
        ("title: [a, b]", "title"),
        ("published: [2025]", "published"),
        ("companies: " + "[" * 5000 + "]" * 5000, "nested"),
    ],
)
def test_bad_front_matter_is_skipped_with_its_reason(tmp_path: Path, yaml_text: str, reason: str) -> None:
    path = _front_matter(tmp_path / "bad.md", yaml_text)
    with pytest.raises(SkippedFile) as raised:
        load_article(path, LIMIT)
    assert reason in raised.value.reason
    assert raised.value.path == path


def test_good_front_matter_values_still_load(tmp_path: Path) -> None:
    path = _front_matter(tmp_path / "good.md", "published: 2025-02-28\ncompanies: Pfizer; 3SBio\nsource: 12")
    article = load_article(path, LIMIT)
    assert (article.published, article.companies, article.source) == ("2025-02-28", ["Pfizer", "3SBio"], "12")


# -- 3: nothing is read from outside documents/ --------------------------------------------
def test_symlinks_leaving_the_documents_folder_are_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.md"
    secret.write_text("---\ntitle: Secret\n---\n\nThe root password is hunter2.\n", encoding="utf-8")
    (outside / "more.txt").write_text("Also secret.\n", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(DOCUMENTS / "deal-3sbio-pfizer-2025.md", docs)
    (docs / "evil.md").symlink_to(secret)
    (docs / "passwd.txt").symlink_to("/etc/passwd")
    (docs / "linked-folder").symlink_to(outside, target_is_directory=True)
    (docs / "inside.md").symlink_to(docs / "deal-3sbio-pfizer-2025.md")  # stays inside: allowed

    from assistant.corpus.documents import scan_corpus

    scan = scan_corpus(docs)
    assert set(scan.files) == {"deal-3sbio-pfizer-2025", "inside"}
    refused = {path.name: reason for path, reason in scan.refused}
    assert {"evil.md", "passwd.txt", "linked-folder"} <= set(refused)
    assert all("outside the documents folder" in reason for reason in refused.values())
    assert set(scan_documents(docs)) == set(scan.files)


# -- 4: an upload never takes a curated article's id ---------------------------------------
def test_a_colliding_file_gets_its_own_id_and_the_curated_article_keeps_its_own(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(DOCUMENTS / "deal-3sbio-pfizer-2025.md", docs)
    before = scan_documents(docs)
    for name in ("deal-3sbio-pfizer-2025.html", "deal-3sbio-pfizer-2025.txt", "Deal 3SBio Pfizer 2025.md"):
        (docs / name).write_text("<p>An uploaded page about Pfizer.</p>", encoding="utf-8")
    after = scan_documents(docs)
    assert after["deal-3sbio-pfizer-2025"] == before["deal-3sbio-pfizer-2025"] == docs / "deal-3sbio-pfizer-2025.md"
    assert len(after) == 4 and len(set(after.values())) == 4
    # the ids of the newcomers are stable: adding one more file does not move them
    (docs / "deal-3sbio-pfizer-2025.pdf").write_bytes(b"%PDF-1.4")
    again = scan_documents(docs)
    assert {k: v for k, v in again.items() if v.suffix != ".pdf"} == after


def test_an_uploaded_namesake_leaves_the_pfizer_answer_and_data_check_alone(tmp_path: Path) -> None:
    from assistant.corpus.datacheck import run_data_check

    docs = tmp_path / "docs"
    shutil.copytree(DOCUMENTS, docs)
    (docs / "deal-3sbio-pfizer-2025.html").write_text(
        "<html><body><p>Pfizer paid nothing upfront, says this page.</p></body></html>", encoding="utf-8"
    )
    report = run_data_check(docs)
    assert report.ok, [str(p) for p in report.problems]


# -- 5: non-ASCII names never lose a file ----------------------------------------------------
def test_non_ascii_names_get_distinct_stable_ids(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    names = ["交易.md", "报告.md", "数据.md", "Café.md", "Cafe.md", "交易 deal.md"]
    for name in names:
        (docs / name).write_text(f"---\ntitle: {name}\n---\n\nText of {name}.\n", encoding="utf-8")
    first = scan_documents(docs)
    assert sorted(p.name for p in first.values()) == sorted(names)
    assert all(doc_id and doc_id.isascii() for doc_id in first)
    assert "document" not in first
    assert scan_documents(docs) == first
    assert first["cafe"].name == "Cafe.md" or first["cafe"].name == "Café.md"


# -- 1: index --rebuild and a store that lost its vectors ----------------------------------
def _index_settings(docs: Path, tmp_path: Path, **extra: object) -> Settings:
    return Settings(documents_dir=docs, index_dir=tmp_path / "index", **extra)  # type: ignore[arg-type]


def _store_ids(settings: Settings) -> set[str]:
    return set(open_collection(settings).get(include=[])["ids"])


def _listed_ids(settings: Settings) -> set[str]:
    return {i for entry in load_manifest(settings.index_dir).documents.values() for i in entry.chunk_ids}


@pytest.mark.slow
def test_every_run_checks_the_manifest_against_the_store_and_repairs_it(
    small_corpus: Path, tmp_path: Path, counting: CountingEmbeddings
) -> None:
    settings = _index_settings(small_corpus, tmp_path)
    build_index(settings, lambda: counting)
    collection = open_collection(settings)
    everything = collection.get(include=[])["ids"]
    collection.delete(ids=everything)  # what a kill -9 after emptying the store left behind
    lanova = [i for i in everything if i.startswith("deal-lanova-merck-2024#")]
    summary = build_index(settings, lambda: counting)
    assert sorted(summary.repaired) == sorted(p.stem for p in small_corpus.iterdir())
    assert summary.unchanged == 0
    assert _store_ids(settings) == _listed_ids(settings) == set(everything)
    # one document short of a chunk: only that one is embedded again
    open_collection(settings).delete(ids=lanova[:1])
    texts = counting.texts
    again = build_index(settings, lambda: counting)
    assert again.repaired == ["deal-lanova-merck-2024"] and again.unchanged == 2
    assert counting.texts - texts == len(lanova)
    lexical = {c.id for c in LexicalIndex.load(settings.index_dir / LEXICAL_DIR).chunks}
    assert _store_ids(settings) == _listed_ids(settings) == lexical


@pytest.mark.slow
def test_a_rebuild_fills_a_new_collection_while_the_live_one_keeps_answering(
    small_corpus: Path, tmp_path: Path, embeddings: Embeddings
) -> None:
    settings = _index_settings(small_corpus, tmp_path)
    build_index(settings, lambda: embeddings)
    before = _store_ids(settings)
    seen_live: list[set[str]] = []

    class Watching(CountingEmbeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            seen_live.append(_store_ids(settings))  # what a query would see right now
            return super().embed_documents(texts)

    summary = build_index(settings, lambda: Watching(embeddings), rebuild=True)
    assert seen_live and all(ids == before for ids in seen_live)
    assert summary.chunks_embedded == len(before)
    assert _store_ids(settings) == before == _listed_ids(settings)
    # two generations at most: the live collection and the one before it
    build_index(settings, lambda: embeddings, rebuild=True)
    from assistant.search.store import chroma_client

    names = {getattr(c, "name", c) for c in chroma_client(settings).list_collections()}
    manifest = load_manifest(settings.index_dir)
    assert names == {manifest.collection, manifest.previous_collection}
    assert _store_ids(settings) == before == _listed_ids(settings)


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant.frontends.cli", *args], env=env, capture_output=True, text=True, timeout=300
    )


@pytest.mark.slow
def test_kill_9_during_rebuild_leaves_the_old_index_answering_and_nothing_to_repair(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in [*sorted(DOCUMENTS.glob("deal-*.md"))[:12], *DOCUMENTS.glob("*.csv")]:
        shutil.copy(path, docs / path.name)
    index_dir = tmp_path / "index"
    env = {
        **os.environ,
        "ASSISTANT_DOCUMENTS_DIR": str(docs),
        "ASSISTANT_INDEX_DIR": str(index_dir),
        "ASSISTANT_EMBEDDING_BATCH_SIZE": "1",
    }
    assert _cli("index", env=env).returncode == 0
    listed = len(load_manifest(index_dir).documents)
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant.frontends.cli", "index", "--rebuild"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:
        staging = list(index_dir.glob("manifest.*.json"))
        staged = len(json.loads(staging[0].read_text())["documents"]) if staging else 0
        live = len(json.loads((index_dir / "manifest.json").read_text())["documents"])
        if staged >= 2 or live < listed:  # midway through, whichever way the rebuild works
            break
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()

    search = _cli("search", "Pfizer upfront payment", "--json", "-k", "3", env=env)
    assert search.returncode == 0, search.stderr
    assert len(json.loads(search.stdout)) == 3
    settings = Settings(documents_dir=docs, index_dir=index_dir)
    assert _store_ids(settings) == _listed_ids(settings) and len(load_manifest(index_dir).documents) == listed
    again = _cli("index", env=env)
    assert again.returncode == 0, again.stderr
    assert f"{listed} unchanged" in again.stderr
    assert _store_ids(settings) == _listed_ids(settings)


# -- 6 and 7: the tables -------------------------------------------------------------------
def _corpus_copy(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    shutil.copytree(DOCUMENTS, docs)
    return docs


PFIZER = "How much did Pfizer pay 3SBio upfront?"


def _values(answer: Answer) -> set[str]:
    return {str(figure.value) for figure in answer.figures}


@pytest.mark.slow
@pytest.mark.parametrize(
    "edit",
    [{"upfront_usd": "1350000000"}, {"doc_id": "no-such-article"}],
    ids=["figure-no-longer-matches-its-quote", "unknown-doc-id"],
)
def test_a_row_failing_its_quote_check_is_not_served(
    bundled_settings: Settings, tmp_path: Path, edit: dict[str, str]
) -> None:
    docs = _corpus_copy(tmp_path)
    edit_deal(docs, "3sbio-pfizer-2025", **edit)
    assistant = build_assistant(bundled_settings.model_copy(update={"documents_dir": docs}))
    answer = assistant.ask(PFIZER)
    assert "1350000000" not in _values(answer) and "1.35" not in answer.answer
    assert "failed verification" in answer.answer
    assert all(citation.paragraph > 0 and citation.doc_id for citation in answer.citations)
    assert not any(citation.doc_id == "no-such-article" for citation in [*answer.citations, *answer.closest])
    other = assistant.ask("How much did Merck pay LaNova upfront?")
    assert other.figures and "failed verification" not in other.answer


@pytest.mark.slow
def test_a_running_assistant_keeps_the_last_good_table(bundled_settings: Settings, tmp_path: Path) -> None:
    docs = _corpus_copy(tmp_path)
    assistant = build_assistant(bundled_settings.model_copy(update={"documents_dir": docs}))
    assert "1250000000" in _values(assistant.ask(PFIZER))
    edit_deal(docs, "3sbio-pfizer-2025", upfront_usd="1350000000")
    assistant.reload()
    assert "1250000000" in _values(assistant.ask(PFIZER))
    (docs / "deals.csv").write_text("deal_id,announced\nbroken,2025-01-01\n", encoding="utf-8")
    with pytest.raises(AssistantError):
        assistant.reload()
    assert "1250000000" in _values(assistant.ask(PFIZER))


def _deals_lines(docs: Path) -> list[str]:
    return (docs / "deals.csv").read_text(encoding="utf-8").splitlines(keepends=True)


def test_an_empty_announced_date_is_refused_at_load(tmp_path: Path) -> None:
    docs = _corpus_copy(tmp_path)
    edit_deal(docs, "3sbio-pfizer-2025", announced="")
    with pytest.raises(AssistantError) as raised:
        load_tables(docs)
    assert "announced" in raised.value.message and raised.value.location.endswith(":25")


def test_a_byte_order_mark_is_read_as_text(tmp_path: Path) -> None:
    docs = _corpus_copy(tmp_path)
    for name in ("deals.csv", "market_stats.csv", "companies.csv"):
        (docs / name).write_bytes(b"\xef\xbb\xbf" + (docs / name).read_bytes())
    assert len(load_tables(docs).deals) == len(load_tables(DOCUMENTS).deals)


def test_an_unclosed_quote_is_reported_where_it_opens(tmp_path: Path) -> None:
    docs = _corpus_copy(tmp_path)
    lines = _deals_lines(docs)
    lines[9] = lines[9].replace(",", ',"', 1)  # line 10 opens a quote that never closes
    (docs / "deals.csv").write_text("".join(lines), encoding="utf-8")
    with pytest.raises(AssistantError) as raised:
        load_tables(docs)
    assert "quote" in raised.value.message and raised.value.location.endswith("deals.csv:10")


def test_invalid_utf8_names_the_line_and_byte(tmp_path: Path) -> None:
    docs = _corpus_copy(tmp_path)
    data = (docs / "deals.csv").read_bytes().replace(b"Pfizer", b"Pf\xffzer", 1)
    (docs / "deals.csv").write_bytes(data)
    with pytest.raises(AssistantError) as raised:
        load_tables(docs)
    assert "UTF-8" in raised.value.message and raised.value.code == "table_encoding"
    line = data[: data.index(b"\xff")].count(b"\n") + 1
    assert raised.value.location.endswith(f"deals.csv:{line}")


# -- 8: `assistant ask --json -` answers every good line whatever the bad ones hold -------------
BAD_LINES = [
    b"[1,2,3]",
    b'"text"',
    b"1e999999",
    b"null",
    b'{"question": 42}',
    b'{"question": "\\ud800 lone surrogate"}',
    b'{"question": "What?", "history": "not a list"}',
    b'{"question": "What?", "history": [{"question": 5}]}',
    b"\xff\xfe not UTF-8 at all",
    b"{not json",
]


def test_ask_json_lines_gives_one_error_line_per_bad_line_and_goes_on(bundled_settings: Settings) -> None:
    from click.testing import CliRunner

    from assistant.frontends.cli import cli

    good = json.dumps({"question": PFIZER}).encode()
    stdin = b"\n".join([good, *BAD_LINES, b"", good]) + b"\n"
    result = CliRunner().invoke(
        cli, ["ask", "--json", "-"], input=stdin, env={"ASSISTANT_INDEX_DIR": str(bundled_settings.index_dir)}
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(BAD_LINES) + 2
    assert [bool(line.get("figures")) for line in lines] == [True] + [False] * len(BAD_LINES) + [True]
    errors = lines[1:-1]
    assert all(set(e) == {"error"} and e["error"]["code"] == "bad_request" for e in errors), errors
    assert [e["error"]["location"] for e in errors] == [f"stdin:{n}" for n in range(2, len(BAD_LINES) + 2)]


# -- 10: `ask ""` and markup in user text --------------------------------------------------------
def test_ask_with_an_empty_argument_is_an_error_not_a_prompt(bundled_settings: Settings) -> None:
    from click.testing import CliRunner

    from assistant.frontends.cli import cli

    env = {"ASSISTANT_INDEX_DIR": str(bundled_settings.index_dir)}
    for question in ("", "   "):
        result = CliRunner().invoke(cli, ["ask", question], input="How much did Pfizer pay 3SBio upfront?\n", env=env)
        assert result.exit_code != 0 and "empty" in result.output
        assert "Ask about" not in result.output


@pytest.mark.slow
def test_markup_in_a_file_name_is_printed_as_text(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from assistant.frontends.cli import cli

    docs = tmp_path / "docs"
    docs.mkdir()
    for path in [DOCUMENTS / "deal-3sbio-pfizer-2025.md", *DOCUMENTS.glob("*.csv")]:
        shutil.copy(path, docs / path.name)
    _front_matter(docs / "[bold]x.md", 'published: "[/red]"')  # its name and its skip reason hold markup
    env = {"ASSISTANT_DOCUMENTS_DIR": str(docs), "ASSISTANT_INDEX_DIR": str(tmp_path / "index")}
    result = CliRunner().invoke(cli, ["index"], env=env)
    assert result.exit_code == 0, result.output
    assert "[bold]x.md" in result.output and "'[/red]'" in result.output


# -- 9: long histories -----------------------------------------------------------------------
def test_the_router_replays_ten_thousand_turns_without_recursion() -> None:
    from assistant.routing.router import Router

    router = Router(load_tables(DOCUMENTS))
    history = [Turn(question=q) for q in ("How much did Pfizer pay 3SBio upfront?", "And Merck?") * 5_000]
    started = time.perf_counter()
    plan = router.route("And the milestones?", history)
    assert plan.tool_calls and time.perf_counter() - started < 5
    # only the newest turns count: the answer follows the last one, not the first
    assert "Merck" in plan.standalone_question


def test_the_assistant_answers_with_a_ten_thousand_turn_history(bundled_settings: Settings) -> None:
    assistant = build_assistant(bundled_settings)
    history = [Turn(question=f"How much did Pfizer pay 3SBio upfront? ({n})") for n in range(10_000)]
    answer = assistant.ask("And the milestones?", history)
    assert "4800000000" in _values(answer)
    assert Settings().max_history_turns < 10_000


# -- 11: uploads over the limit stop at the server's door ---------------------------------------
@pytest.mark.slow
def test_the_chat_server_refuses_an_oversize_upload_before_storing_it(bundled_settings: Settings) -> None:
    import httpx

    from assistant.frontends.webchat import ChatApp

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    chat = ChatApp(build_assistant(bundled_settings), bundled_settings.index_dir / "feedback.jsonl")
    app = chat.launch("127.0.0.1", port, block=False)
    try:
        url = f"http://127.0.0.1:{port}/gradio_api/upload"
        small = httpx.post(url, files={"files": ("a.md", b"# A\n\nText.\n")}, timeout=30)
        assert small.status_code == 200
        big = httpx.post(url, files={"files": ("big.md", b"x" * (chat.max_upload_bytes + 1))}, timeout=30)
        assert big.status_code == 413, big.text
    finally:
        app.close()


# -- 2 (start-up): parsed articles are cached by path, size and modification time ------------------
def test_a_cold_start_reads_parsed_articles_from_the_cache(tmp_path: Path) -> None:
    from assistant.corpus.provenance import ProvenanceResolver

    docs = tmp_path / "docs"
    docs.mkdir()
    words = "".join(f'<span class="w{n}"><a href="/t/{n}">deal</a> <b>news</b> {n}</span> ' for n in range(8))
    page = docs / "big-page.html"
    page.write_text(f"<html><body><article>{f'<div><p>{words}</p></div>' * 600}</article></body></html>")
    (docs / "bad.md").write_text("---\npublished: 2025-13-45\n---\n\nText.\n", encoding="utf-8")
    cache = tmp_path / "index" / "articles"

    def resolve() -> tuple[float, ProvenanceResolver]:
        started = time.perf_counter()
        resolver = ProvenanceResolver(docs, LIMIT, cache_dir=cache)
        assert resolver.article("big-page") is not None and resolver.article("bad") is None
        return time.perf_counter() - started, resolver

    parsed, first = resolve()
    cached, second = resolve()
    assert second.article("big-page") == first.article("big-page")
    assert second.unreadable["bad"] == first.unreadable["bad"] and "published" in second.unreadable["bad"]
    assert cached < parsed / 4, (cached, parsed)
    page.write_text("<html><body><p>Edited: a new first paragraph.</p></body></html>")
    _, third = resolve()
    edited = third.article("big-page")
    assert edited is not None and edited.paragraphs == ["Edited: a new first paragraph."]


# -- Chroma server unreachable --------------------------------------------------------------------
def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_chroma_server_is_a_clear_error_after_retries(tmp_path: Path) -> None:
    from assistant.search.store import CHROMA_BACKOFF_SECONDS, chroma_client

    url = f"http://127.0.0.1:{_closed_port()}"
    started = time.perf_counter()
    with pytest.raises(AssistantError) as raised:
        chroma_client(Settings(chroma_url=url, index_dir=tmp_path))
    assert raised.value.code == "chroma_unreachable" and raised.value.location == url
    assert "chroma run" in raised.value.message
    assert time.perf_counter() - started >= sum(CHROMA_BACKOFF_SECONDS)


@pytest.mark.slow
def test_a_chroma_server_that_comes_up_during_the_backoff_is_used(tmp_path: Path) -> None:
    from assistant.search.store import chroma_client

    port = _closed_port()
    server: list[subprocess.Popen[bytes]] = []

    def start_late() -> None:
        time.sleep(1.0)
        chroma = Path(sys.executable).parent / "chroma"
        server.append(
            subprocess.Popen(
                [str(chroma), "run", "--path", str(tmp_path / "chroma"), "--port", str(port), "--host", "127.0.0.1"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )

    import threading

    starter = threading.Thread(target=start_late)
    starter.start()
    try:
        client = chroma_client(Settings(chroma_url=f"http://127.0.0.1:{port}", index_dir=tmp_path))
        assert client.heartbeat() > 0
    finally:
        starter.join()
        for process in server:
            process.terminate()
            process.wait(timeout=30)


# -- indexing while questions are answered (in process: threads on one Assistant) ---------------
@pytest.mark.slow
def test_answers_during_index_and_reload_come_from_one_snapshot(
    bundled_settings: Settings, tmp_path: Path, embeddings: Embeddings
) -> None:
    import threading

    docs = _corpus_copy(tmp_path)
    shutil.copytree(bundled_settings.index_dir, tmp_path / "index")
    settings = bundled_settings.model_copy(update={"documents_dir": docs, "index_dir": tmp_path / "index"})
    assistant = build_assistant(settings)
    old = {(c.metadata["doc_id"], c.metadata["paragraph"]) for c in assistant.snapshot.lexical.chunks}
    questions = ["Why did Pfizer license SSGJ-707 from 3SBio?", PFIZER, "What did Merck pay LaNova upfront?"]
    answers: list[Answer] = []
    failures: list[BaseException] = []
    stop = threading.Event()

    def ask_until_stopped(n: int) -> None:
        while not stop.is_set():
            try:
                answers.append(assistant.ask(questions[n % len(questions)]))
            except BaseException as exc:
                failures.append(exc)
            n += 1

    threads = [threading.Thread(target=ask_until_stopped, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(0.5)
        (docs / "deal-3sbio-pfizer-2025.md").unlink()
        # and one added, so the new snapshot holds chunks the old one lacks: a mixed answer is caught
        (docs / "test-added-note.md").write_text(
            '---\ntitle: Added test note\npublished: 2026-02-01\ncompanies: ["Pfizer", "3SBio"]\n---\n\n'
            "Fictional test note: Pfizer and 3SBio discussed SSGJ-707 again in February 2026.\n",
            encoding="utf-8",
        )
        summary = build_index(settings, lambda: embeddings)
        assistant.reload()
        time.sleep(0.5)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert summary.removed == ["deal-3sbio-pfizer-2025"] and summary.added == ["test-added-note"]
    new = {(c.metadata["doc_id"], c.metadata["paragraph"]) for c in assistant.snapshot.lexical.chunks}
    assert new - old and old - new, "each snapshot holds chunks the other lacks"
    assert not failures, failures[:3]
    assert len(answers) > 20
    for answer in answers:
        cited = {(c.doc_id, c.paragraph) for c in answer.citations}
        assert cited <= old or cited <= new, cited - new
    after = assistant.ask(questions[0])
    assert not any(c.doc_id == "deal-3sbio-pfizer-2025" for c in after.citations)
