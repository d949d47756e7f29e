"""Chinese words of a tracker's figures (``chinese_wording`` renders them with the other phrases).

A tracker's year-to-date figure asked in Chinese, 简体 or 繁體 or Cantonese: "截至2026年2月中,PharmCube統計大中華區
今年已經有幾多宗對外授權?金額呢?" is "as of February 2026, PharmCube reported Greater China 2026 how many deals
out-licensing? value?"; "IQVIA上半年2025嘅…比2024全年多幾多?" asks how much more (a difference, as 多多少).
"""

from __future__ import annotations

TRACKER_PHRASES = {
    # the date a tally runs to: "截至2026年2月中" (as of mid-February 2026)
    "截至": "as of",
    "截止": "as of",
    # "平均单笔呢": the average per deal ("平均每笔" in other words)
    "平均单笔": "average per deal",
    # a tracker's scope
    "大中华区": "Greater China",
    "大中華區": "Greater China",
    "大中华": "Greater China",
    "大中華": "Greater China",
    # 繁體 forms of words the simplified table already has
    "統計": "reported",
    "對外授權": "out-licensing",
    "金額": "value",
    "金额呢": "value?",
    "金額呢": "value?",
    # Cantonese counting and "how much more": 幾多宗 (how many deals), 多幾多 (how much more)
    "幾多宗": "how many deals",
    "几多宗": "how many deals",
    "多幾多": "how much more",
    "高幾多": "how much higher",
}
