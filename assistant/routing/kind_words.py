"""A kind of drug said more broadly than the table's modality label: "T-cell engager" of "Trispecific T-cell engager".

The modality column files a bispecific T-cell engager under "Bispecific antibody", and only the
trispecific ones under the label that says "T-cell engager"; the asset column writes "T-cell engager"
for both. When a question names a kind by a part of a label of several words (never the whole label,
never a bare adjective such as "bispecific"), the filter reads that part in the asset field, which
also holds the modality (``DealFilter.asset``), instead of the narrower label.
"""

from __future__ import annotations

import re

from assistant.routing.wording import MODALITIES
from assistant.tools.schema import ToolCall

_SIDES = ("filter", "left", "right")


def kind_said(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """The calls with each modality filter said only in part re-aimed at the asset field; else ``calls``."""
    for call in calls:
        for side in _SIDES:
            wanted = call.args.get(side)
            if isinstance(wanted, dict) and wanted.get("modality") and not wanted.get("asset"):
                part = broader_part(str(wanted["modality"]), question)
                if part:
                    wanted.pop("modality")
                    wanted["asset"] = part
    return calls


def broader_part(label: str, question: str) -> str | None:
    """The part of ``label`` the question says for it ("T-cell engager"), when it says that part and not the
    whole label, and the part is of two words or more; else None."""
    pattern = next((p for name, p in MODALITIES if name == label), None)
    if pattern is None or _folded(label) in _folded(question):
        return None
    if "/" in label and any(_folded(part.strip()) in _folded(question) for part in label.split("/")):
        return None  # "multi-program deals": a whole name of the label "Platform / multi-program", not a part
    for found in pattern.finditer(question):
        said = re.sub(r"s$", "", _folded(found.group()))
        at = _folded(label).find(said)
        if " " in said and at >= 0 and said != _folded(label):
            return label[at : at + len(said)]  # as the label writes it: hyphen and capitals kept
    return None


def _folded(text: str) -> str:
    """Lower case with a hyphen read as a space: "T-cell engagers" and "t cell engagers" alike."""
    return re.sub(r"\s+", " ", text.lower().replace("-", " "))
