"""A question that letters its parts: "(a) ..., (b) ..., and (c) ...", as a lawyer drafts a request.

"Please state the upfront payable by Merck under (a) the Curon CN201 transaction and (b) the LaNova LM-299
licence, and the combined upfront of the two." (outsider82) was read as one sum, which put the combined
$1.288 billion first and never answered (a) and (b) as asked; "Give the upfront for (a) the Curon deal and
(b) the LaNova deal." read "Curon and LaNova" as one deal between them and found none. Each lettered item
is asked with the words before the first letter ("the upfront payable by Merck under" + "the Curon CN201
transaction"), in the order lettered; a closing part that refers back to the items ("the combined upfront
of the two", "(c) their sum") is asked as the items combined, any other ("the difference") as the whole
question without its letters:

    "State (a) the upfront of the Hengrui-GSK deal, (b) the upfront of the 3SBio-Pfizer deal, and (c) their
    sum." -> "State the upfront of the Hengrui-GSK deal", "State the upfront of the 3SBio-Pfizer deal",
    "State the upfront of the Hengrui-GSK deal and the upfront of the 3SBio-Pfizer deal combined"

Items are read only when lettered in order from (a), (i) or (1), at least two of them, each of two words or
more; anything else ("What did Pfizer pay (i) upfront and (ii) in milestones to 3SBio?", whose closing words
belong to both) is left to the other splitters. So is a question whose words after the items belong to every
item (review2): a closing part that asks a question of its own ("(a) Hengrui's 2025 deals and (b) Hansoh's
2025 deals, what was the total upfront, and who paid the most?": the upfront is every item's measure), or a last
item that holds the object the others share ("(a) the upfront and (b) the milestones of the Hengrui GSK deal").
"""

from __future__ import annotations

import re

_MARK_RE = re.compile(r"(?:(?<=\s)|^)\(?([a-f]|i{1,3}|iv|v|[1-6])\)\s+", re.IGNORECASE)
_ORDERS = ("abcdef", ["i", "ii", "iii", "iv", "v"], "123456")
# a closing part that refers back to the lettered items: "the combined upfront of the two", "their sum"
_BACK_RE = re.compile(
    r"\b(?:combined|together|sum(?:med)?|total(?:led)?|aggregate|difference|gap|ratio|both|the two|their|them|"
    r"those|these|all three|each other)\b",
    re.IGNORECASE,
)
_SUM_RE = re.compile(r"\b(?:combined|together|sum(?:med)?|total(?:led)?|aggregate|in all|altogether)\b", re.IGNORECASE)
# where a closing, unlettered part starts after the last item: ", and the combined ...", "; and their sum"
_TAIL_RE = re.compile(r"\s*(?:,|;)\s*(?:and|plus|as well as)?\s*(?=\S)", re.IGNORECASE)
# a closing part asking its own question: a wh-word or a measure ("what was the total upfront")
_OWN_ASK_RE = re.compile(
    r"\b(?:what|which|who|whom|whose|how|when|where|why|upfronts?|milestones?|royalt(?:y|ies)|equity|value|"
    r"worth|paid|pay|payments?|counts?|number|many|much)\b",
    re.IGNORECASE,
)
# a closing part that points back at the items ("the combined upfront of the two", "what is their sum")
_REFER_RE = re.compile(r"\b(?:their|them|the two|both|those|these|all three|each other|combined|together)\b", re.I)
# an item that hangs an object on its measure: "the milestones of the Hengrui GSK deal"
_OBJECT_RE = re.compile(r"\s(?:of|for|in|under|from|on|to)\s+\S", re.IGNORECASE)
_JOIN_END_RE = re.compile(r"\s*(?:,|;)?\s*(?:and|or|plus|as well as)?\s*$", re.IGNORECASE)


def _in_order(labels: list[str]) -> bool:
    lowered = [label.lower() for label in labels]
    return any(lowered == list(order[: len(lowered)]) for order in _ORDERS)


def lettered_parts(question: str) -> list[str]:
    """The lettered items of ``question`` asked one by one (then a closing part that refers back to them, asked
    whole without the letters); ``[]`` when the question letters no parts."""
    text = question.strip()
    marks = list(_MARK_RE.finditer(text))
    if len(marks) < 2 or not _in_order([mark.group(1) for mark in marks]):
        return []
    lead = text[: marks[0].start()].strip()
    if not lead or _BACK_RE.search(lead) or re.search(r"\b(?:between|vs\.?|versus|compared?)\b", lead, re.IGNORECASE):
        return []  # "the gap between the upfront of (a) ... and (b) ...": one ask over both, read whole
    items: list[str] = []
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        items.append(text[mark.end() : after.start() if after else len(text)])
    last = items[-1].rstrip(" ?.")
    tail = ""
    if found := _TAIL_RE.search(last):
        last, tail = last[: found.start()], last[found.end() :]
    items = [_JOIN_END_RE.sub("", item).strip() for item in [*items[:-1], last]]
    if _OWN_ASK_RE.search(tail) and not _REFER_RE.search(tail):
        return []  # ", what was the total upfront, and who paid the most?": the tail's ask belongs to every item
    if _OBJECT_RE.search(items[-1]) and any(not _OBJECT_RE.search(item) for item in items[:-1]):
        return []  # "(a) the upfront and (b) the milestones of the Hengrui GSK deal": the deal is shared
    closing = [item for item in items if _BACK_RE.search(item)]
    asked = [item for item in items if not _BACK_RE.search(item)]
    if len(asked) < 2 or any(len(item.split()) < 2 for item in items):  # "(i) upfront and (ii) ...": shared words
        return []
    parts = [f"{lead} {item}" for item in asked]
    back = " ".join([tail, *closing])
    if back.strip() and _SUM_RE.search(back):  # "and the total of the two": the items' measure summed
        parts.append(f"{lead} {' and '.join(asked)} combined")
    elif back.strip():
        parts.append(_MARK_RE.sub("", text).rstrip(" ?."))
    return [part[:1].upper() + part[1:] for part in parts]


def marks_dropped(question: str) -> str:
    """``question`` without the marks of items that share their words ("HRS-1893 to Braveheart Bio: (i) upfront,
    (ii) any near-term payment, (iii) total deal value": outsider102, read as a name the table does not know and
    refused), so the measures are read as a plain list; a question lettering no items comes back unchanged."""
    marks = list(_MARK_RE.finditer(question))
    if len(marks) < 2 or not _in_order([mark.group(1) for mark in marks]):
        return question
    return _MARK_RE.sub("", question)
