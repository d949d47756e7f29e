"""A trial's results asked in a desk's shorthand, with no result verb: "HRS-9821 ph2 COPD data - FEV1 delta vs pbo",
"SSGJ-707 topline readout?", "HbA1c vs placebo for UBT251" (outsider84, a Hong Kong buy-side analyst).

``unheld_facts``' "trial efficacy" reads a result asked with a verb ("what weight loss did UBT251 show in trials") or
an oncology endpoint ("ph3 ORR vs keytruda"); said as a phase's data, an effect against placebo, a lung or sugar
endpoint or a readout, the question fell to the drug's deal terms. ``TRIAL_READOUT`` is that wording, one more way
of asking "trial efficacy", which the articles never report. A stage ("which phase is it in?", "phase 2 assets")
or a deal's own data ("the deal data", "our data") is no readout.
"""

from __future__ import annotations

_PHASE = r"\b(?:phase|ph)\s?(?:[1-4][ab]?|i{1,3}v?|one|two|three)\b"
TRIAL_READOUT = (
    # "ph2 COPD data", "phase 3 results", "phase 2b readout": a phase's results
    rf"{_PHASE}\s+(?:[\w-]+\s+){{0,3}}?(?:data|readouts?|results?|efficacy)\b|"
    # "delta vs pbo", "versus placebo", "placebo-adjusted": an effect set against placebo
    r"\b(?:vs\.?|versus|against|over|relative to)\s+(?:placebo|pbo)\b|\b(?:placebo|pbo)[- ](?:adjusted|controlled|corrected)\b|"
    # endpoints of lung, sugar and weight trials, and a trial's readout
    r"\bFEV1\b|\bHbA1c\b|\bprimary endpoints?\b|\btop[- ]?line (?:data|results?|readouts?)\b|\b(?:trial|clinical|efficacy) readouts?\b"
)
