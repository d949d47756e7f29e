"""A company named as an example of a kind, not as the subject: "why would a hengrui-type co out-license to an MNC
instead of going global alone", "companies like Hengrui", "a firm such as Akeso" (text16b). The question asks about
Chinese licensors in general, which the article on why multinationals license from China answers ("Chinese
licensors also have their own reasons to prefer multinational partners ... clinical-trial and sales
infrastructure"); read as Hengrui's question, it had quoted Hengrui's IDEAYA deal. ``drop_example_names``
takes such a name out of the question's companies.
"""

from __future__ import annotations

import re
from typing import Any

# "hengrui-type", "Hengrui-like", "Hengrui style"
# ("Hengrui-type", "Hengrui style co"; never "Hengrui kind of dominated 2025", a hedge, nor "is Hengrui like Akeso")
_KIND = r"(?:compan(?:y|ies)|firms?|cos?|players?|biotechs?|drugmakers?|developers?|licensors?|groups?|deals?)\b"
_AFTER_RE = re.compile(
    rf"^(?:\s?-\s?(?:type|like|style|esque)\b|\s(?:type|style)\s+(?:of\s+)?{_KIND}|\s?-?\s?kind\s+of\s+{_KIND})",
    re.IGNORECASE,
)
# "companies like", "a firm such as", "the likes of" (not a singular "a company like Hengrui - how many deals did it
# sign?": an aside naming the one company asked, ``test_review_round6``)
_BEFORE_RE = re.compile(
    r"\b(?:(?:companies|firms|cos|players|biotechs|drugmakers|developers|groups)\s+(?:like|such as)|"
    r"(?:company|firm|co|biotech|drugmaker|developer|group)\s+such as|the likes of)\s*$",
    re.IGNORECASE,
)


def drop_example_names(slots: Any, text: str) -> None:
    """Take out of ``slots.mentions`` each company ``text`` (names blanked, same length) names as an example."""
    kept = [m for m in slots.mentions if not (_AFTER_RE.search(text[m.end :]) or _BEFORE_RE.search(text[: m.start]))]
    if len(kept) < len(slots.mentions):
        slots.mentions = kept
