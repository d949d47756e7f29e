"""Real servers for the API tests: uvicorn on a free port of 127.0.0.1, and a fake of Slack's
Web API (the one outside service we fake) that records what the bot posted."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import uvicorn

from assistant.settings import Settings
from tests.conftest import DOCUMENTS


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def corpus_copy(root: Path, bundled: Settings, **settings: Any) -> Settings:
    """Settings over a private copy of the bundled corpus and its index, so uploads touch nothing else."""
    shutil.copytree(DOCUMENTS, root / "documents")
    shutil.copytree(bundled.index_dir, root / "index")
    return Settings(documents_dir=root / "documents", index_dir=root / "index", **settings)


@contextmanager
def uvicorn_server(app: Any) -> Iterator[str]:
    """``app`` served by uvicorn on a free port in a thread; stopped (lifespan and all) on exit."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def wait_for(condition: Callable[[], Any], timeout: float = 30.0) -> Any:
    """Poll ``condition`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"condition not met within {timeout} s")


class FakeSlack:
    """Slack's Web API as far as the bot uses it (auth.test, chat.postMessage,
    conversations.replies) plus response_url endpoints, over real HTTP; records every call."""

    BOT_USER = "UBOT"
    BOT_ID = "BBOT"

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.history: dict[str, list[dict[str, Any]]] = {}  # channel -> messages, as Slack stores them
        self.responses: list[tuple[str, dict[str, Any]]] = []  # (response_url path, body)
        self._clock = 1_700_000_000.0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def _reply(self, payload: dict[str, Any]) -> None:
                body = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _arguments(self) -> dict[str, Any]:
                url = urlparse(self.path)
                arguments: dict[str, Any] = {k: v[0] for k, v in parse_qs(url.query).items()}
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                if raw and self.headers.get("Content-Type", "").startswith("application/json"):
                    arguments.update(json.loads(raw))
                elif raw:
                    arguments.update({k: v[0] for k, v in parse_qs(raw.decode()).items()})
                return arguments

            def do_GET(self) -> None:
                self.do_POST()

            def do_POST(self) -> None:
                path = urlparse(self.path).path
                arguments = self._arguments()
                self._reply(fake.handle(path, arguments))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeSlack:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def next_ts(self) -> str:
        with self.lock:
            self._clock += 1
            return f"{self._clock:.6f}"

    def user_message(self, channel: str, text: str, thread_ts: str | None = None) -> dict[str, Any]:
        """A person's message as Slack stores it (the event about it is sent by the test)."""
        ts = self.next_ts()
        message = {"type": "message", "user": "UHUMAN", "text": text, "ts": ts, "channel": channel}
        if thread_ts:
            message["thread_ts"] = thread_ts
        with self.lock:
            self.history.setdefault(channel, []).append(message)
        return message

    def posted(self, channel: str | None = None, thread_ts: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            return [
                args
                for method, args in self.calls
                if method == "chat.postMessage"
                and (channel is None or args.get("channel") == channel)
                and (thread_ts is None or args.get("thread_ts") == thread_ts)
            ]

    def handle(self, path: str, arguments: dict[str, Any]) -> dict[str, Any]:
        if path.startswith("/respond/"):
            with self.lock:
                self.responses.append((path, arguments))
            return {"ok": True}
        method = path.rsplit("/", 1)[-1]
        with self.lock:
            self.calls.append((method, arguments))
        if method == "auth.test":
            return {"ok": True, "user_id": self.BOT_USER, "bot_id": self.BOT_ID, "team_id": "T1", "user": "deals"}
        if method == "chat.postMessage":
            message = {
                "type": "message",
                "bot_id": self.BOT_ID,
                "user": self.BOT_USER,
                "text": arguments.get("text", ""),
                "ts": self.next_ts(),
                "thread_ts": arguments.get("thread_ts"),
            }
            with self.lock:
                self.history.setdefault(str(arguments.get("channel")), []).append(message)
            return {"ok": True, "channel": arguments.get("channel"), "ts": message["ts"], "message": message}
        if method == "conversations.replies":
            root = arguments.get("ts")
            with self.lock:
                thread = [
                    m
                    for m in self.history.get(str(arguments.get("channel")), [])
                    if m["ts"] == root or m.get("thread_ts") == root
                ]
            return {"ok": True, "messages": thread, "has_more": False}
        return {"ok": False, "error": "unknown_method"}
