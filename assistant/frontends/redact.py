"""Secrets never reach a log: API tokens, Slack and Teams secrets, webhook tokens and any
``Authorization`` or ``Bearer`` value are replaced in every log record as it is made.

Installed by ``create_app``: it wraps the log-record factory, so records from uvicorn, Bolt,
httpx and our own code alike are redacted, whatever handler later prints them.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable

from pydantic import SecretStr

from assistant.settings import Settings

MASK = "[redacted]"
_HEADER_RE = re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)(?:bearer|hmac|basic)?\s*[^\s'\",}]+")
_BEARER_RE = re.compile(r"(?i)\b(bearer|hmac)\s+[A-Za-z0-9._~+/=-]{6,}")
_lock = threading.Lock()
_secrets: set[str] = set()
_installed = False


def secret_values(settings: Settings) -> list[str]:
    """The configured secrets, as plain strings (the fields are ``SecretStr``)."""
    fields = ("api_token", "slack_signing_secret", "slack_bot_token", "teams_secret", "webhook_token", "llm_api_key")
    values = []
    for name in fields:
        value = getattr(settings, name, None)
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        if isinstance(value, str) and len(value) >= 4:
            values.append(value)
    return values


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every secret and every Authorization / Bearer value masked."""
    for secret in sorted(set(secrets) | _secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    text = _HEADER_RE.sub(lambda m: m.group(1) + MASK, text)
    return _BEARER_RE.sub(lambda m: f"{m.group(1)} {MASK}", text)


def install_redaction(settings: Settings) -> None:
    """Redact ``settings``' secrets (and any Authorization value) in every log record from now on."""
    global _installed
    with _lock:
        _secrets.update(secret_values(settings))
        if _installed:
            return
        make_record = logging.getLogRecordFactory()

        def redacting_record(*args: object, **kwargs: object) -> logging.LogRecord:
            record = make_record(*args, **kwargs)
            try:
                message = record.getMessage()
            except Exception:  # a broken format string is the caller's bug; leave the record as is
                return record
            cleaned = redact(message)
            if cleaned != message:
                record.msg, record.args = cleaned, None
            return record

        logging.setLogRecordFactory(redacting_record)
        _installed = True
