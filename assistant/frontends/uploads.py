"""Adding an article over the HTTP API: the bytes are checked and added the same way the chat adds a file.

``ArticleAdder.add(filename, data)`` writes the bytes under a temporary folder with the
uploaded name, hands the file to ``chatupload.Uploader`` (checks, content-hash de-duplication,
indexing) and returns a JSON-ready record; a refusal is an ``AssistantError`` with code
``upload_rejected``, so the API answers it in its one error shape.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from assistant.answering.assistant import Assistant
from assistant.corpus.documents import doc_id_for
from assistant.errors import AssistantError
from assistant.frontends.chatupload import Uploader


class ArticleAdder:
    """The API's side of uploads; one ``Uploader`` (one lock, one loaded model) per app."""

    def __init__(self, assistant: Assistant, replace: bool = False) -> None:
        self.uploader = Uploader(assistant, assistant.settings.max_file_bytes)
        self.replace = replace

    def add(self, filename: str, data: bytes) -> dict[str, Any]:
        name = Path(filename).name or "upload"
        with tempfile.TemporaryDirectory(prefix="upload-") as folder:
            path = Path(folder) / name
            path.write_bytes(data)
            outcome = self.uploader.add(str(path), self.replace)
        if not outcome.ok:
            raise AssistantError("upload_rejected", outcome.message, name)
        return {"file": f"{doc_id_for(Path(name))}{Path(name).suffix.lower()}", "message": outcome.message}
