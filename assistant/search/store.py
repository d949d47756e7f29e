"""The Chroma store: a client (embedded under the index folder, or a server) and paged reads."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

from assistant.errors import AssistantError
from assistant.settings import Settings

log = logging.getLogger(__name__)

CHROMA_DIR = "chroma"
# A Chroma server restarting (or still starting) gets these pauses before the error.
CHROMA_BACKOFF_SECONDS = (0.5, 1.0, 2.0, 4.0)
# Chunks read per ``get``: one read of a whole 100,000-chunk collection fails in Chroma's
# SQLite ("too many SQL variables"), so every full read goes page by page.
PAGE = 5000


def chroma_client(settings: Settings) -> Any:
    """A Chroma client: embedded under ``index_dir``, or a server at ``chroma_url``."""
    import chromadb

    if settings.chroma_url:
        parsed = urlparse(settings.chroma_url)
        for attempt, pause in enumerate((*CHROMA_BACKOFF_SECONDS, None), start=1):
            try:
                return chromadb.HttpClient(
                    host=parsed.hostname or "localhost",
                    port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                    ssl=parsed.scheme == "https",
                )
            except ValueError as exc:  # chromadb's "Could not connect to a Chroma server"
                if pause is None:
                    raise AssistantError(
                        "chroma_unreachable",
                        f"cannot reach the Chroma server after {attempt} attempts ({exc}); start it "
                        "(chroma run --path ... --port ...) or unset ASSISTANT_CHROMA_URL for the embedded index",
                        settings.chroma_url,
                    ) from exc
                log.warning(
                    "Chroma server %s unreachable (attempt %s); retrying in %s s", settings.chroma_url, attempt, pause
                )
                time.sleep(pause)
    else:
        path = settings.index_dir / CHROMA_DIR
        path.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(path=str(path))
    return client


def stored_pages(collection: Any, include: list[str]) -> Iterator[dict[str, Any]]:
    """Every item of ``collection`` (with the ``include`` fields), ``PAGE`` at a time, in store order."""
    offset = 0
    while True:
        got = collection.get(include=include, limit=PAGE, offset=offset)
        if got["ids"]:
            yield got
        if len(got["ids"]) < PAGE:
            return
        offset += PAGE
