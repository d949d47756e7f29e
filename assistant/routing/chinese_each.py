"""Chinese words of "each" and "which ones" ``chinese_wording`` reads in English (outsider80, a Shanghai
reporter): 各 before a verb or a measure asks the thing of every item named, never one figure over all
of them, and 哪两笔 / 哪几笔 ask which deals.

"恒瑞2024年和2025年各签了几笔对外授权?" had kept 各 as it was and counted the two years as one (6
deals); read "each signed how many deals" it asks one count a year (2 in 2024, 4 in 2025).
"2024年按首付款最大的两笔交易是哪两笔?各自的买方是谁?" kept 哪两笔 and 各自: read "which two deals",
"each" it ranks the deals. 各家 (the sources, "each outlet") is not read here: it is no item asked."""

from __future__ import annotations

# Phrase → English (longest first, merged into ``chinese_wording``'s phrases). Never 各 alone: "各家",
# "各方" name sources or parties, not an ask of each item.
EACH_PHRASES: dict[str, str] = {
    "各签了": "each signed",
    "各签": "each signed",
    "各有": "each had",
    "各是": "each is",
    "各为": "each is",
    "各自的": "each",
    "各自": "each",
    "哪两笔": "which two deals",
    "哪三笔": "which three deals",
    "哪几笔": "which deals",
    "哪几家": "which companies",
}
