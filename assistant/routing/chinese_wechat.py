"""A CFO's WeChat Chinese read as the written words ``chinese_wording`` knows (outsider118, a Shenzhen CFO).

She types fast and mixes in English; each shorthand below was an unknown word, and the question went elsewhere:

- **Added up.** 加一起 / 加一块 / 加在一起 is 加起来 (in total): "它所有 deal 的总额加一起多少" had listed each
  deal's total instead of summing them.
- **A bound with 及.** "5亿美金及以上" is "$500 million or more" (及 / 或 kept 以上 from its amount, and the bound was lost).
- **A span of years.** "24-26年", "2024到2026年" are 2024-2026, not 2026 alone.
- **Top N.** "top3", "TOP 3" is 前3 (top 3), and "哪三单" which deals.
- **A thing counted in.** "（双抗ADC也算）" is "(bispecific ADC included)": it widens the filter said before, it is
  no filter of its own (it had replaced ADC by bispecific ADC).
- **The deals' sum.** "恒瑞25年出海几单的总额" is the total of those deals, not how many there were.
- **Rows left out, named.** "borderline 那两个（药明、Earendil）不要算" leaves those rows out (不含), and said
  after the question mark it is still part of that question (``left_out_joined``, run where asks are split); the names in brackets had become the subject, and two
  one-company counts came back.
- **Two deals compared.** "石药AZ 26年那单跟恒瑞GSK比": 跟 and 比 around the other deal's two names were split
  by the names and read as "with … vs", so the other side kept the first deal's names; it is "vs 恒瑞GSK".

``wechat_read`` runs on the whole question before names are read; ``WECHAT_PHRASES`` are read with the other
phrases. The examples are the tests (``tests/test_zh118.py``).
"""

from __future__ import annotations

import re

# "5亿美金及以上", "1亿美元或以下": the bound after an amount, with 及 / 或 between them
_AND_BOUND_RE = re.compile(r"(?<=[万亿])(?P<currency>\s*(?:美元|美金|刀)?)\s*(?:及|或|和)\s*(?P<bound>以上|以下)")
# "24-26年", "2024~2026年", "24到26年": a span of years (not "2-3月", not a count)
_YEAR_SPAN_RE = re.compile(
    r"(?<![\d.])(?P<first>20[12]\d|[12]\d)\s*(?:-|~|～|到|至|—)\s*(?P<last>20[12]\d|[12]\d)\s*年(?![前度]?\d)"
)
# "top3", "TOP 3", "Top5": a top N in a Chinese question
_TOP_N_RE = re.compile(r"(?<![A-Za-z])top\s*(?P<n>\d{1,2})(?!\d)", re.IGNORECASE)
# "（双抗ADC也算）", "(NewCo 也算进去)": a thing counted in, said in brackets after the filter it widens
_COUNTED_IN_RE = re.compile(r"[(（]\s*(?P<thing>[^()（）]+?)\s*(?:也算(?:进去|上|在内)?|也包括|也要算|也计入)\s*[)）]")
# "几单的总额", "几笔交易的首付": the measure of those deals (a sum), not their number
_FEW_DEALS_MEASURE_RE = re.compile(
    r"几(?:单|笔|个)(?:交易|deal)?的\s*(?=总额|总金额|交易总额|首付|里程碑|total|upfront|milestone)", re.IGNORECASE
)
# "那单跟恒瑞GSK比", "这笔和恒瑞 GSK 那单比一下": the other deal named between 跟 / 和 and 比
_DEAL_AGAINST_RE = re.compile(
    r"(?P<this>那单|那笔|这单|这笔)(?:交易)?\s*(?:跟|和|与|同)\s*(?P<other>[^,，?？、跟和与比]{2,24}?)\s*(?:那单|那笔|的)?\s*"
    r"(?:比较|对比|相比|比一下|比)(?!例|重)"
)
# "borderline 那两个（药明、Earendil）不要算": the rows left out, named in brackets after what they are
_LEFT_OUT_NAMED_RE = re.compile(
    r"(?P<thing>[^,，?？()（）:：;；]{0,20}?)\s*[(（](?P<inner>[^()（）]+)[)）]\s*的?(?:先不算|不要算|不算|别算|不用算|不计入)"
)
# the same said as its own sentence after the question: "…一共几单？borderline 那两个（药明、Earendil）不要算"
_TRAILING_LEFT_OUT_RE = re.compile(
    r"^(?P<head>[^?？]+?)\s*[?？]\s*(?P<clause>[^,，?？()（）:：;；]{0,20}?\s*[(（][^()（）]+[)）]\s*的?"
    r"(?:先不算|不要算|不算|别算|不用算|不计入))\s*[?？.。]?\s*$"
)

WECHAT_PHRASES: dict[str, str] = {
    "加一起": "in total",
    "加一块": "in total",
    "加在一起": "in total",
    "加到一起": "in total",
    "主表里": "in your main table",
    "主表": "main table",
    "哪两单": "which deals",
    "哪三单": "which deals",
    "哪几单": "which deals",
    "哪五单": "which deals",
}


def wechat_read(question: str) -> str:
    """``question`` with the CFO's shorthand in the words the phrases know (module docstring)."""
    question = _AND_BOUND_RE.sub(r"\g<currency>\g<bound>", question)
    question = _YEAR_SPAN_RE.sub(lambda m: f" {_full_year(m['first'])}-{_full_year(m['last'])} ", question)
    question = _TOP_N_RE.sub(r"前\g<n>", question)
    question = _COUNTED_IN_RE.sub(r" (\g<thing> included) ", question)
    question = _FEW_DEALS_MEASURE_RE.sub(" deals' ", question)
    question = _LEFT_OUT_NAMED_RE.sub(_each_left_out, question)
    return _DEAL_AGAINST_RE.sub(r"\g<this> vs \g<other> ", question)


def left_out_joined(question: str) -> str:
    """``question`` with a sentence after it that only leaves named rows out joined to it as one ask; unchanged
    otherwise. "…一共几单？borderline 那两个（药明、Earendil）不要算" -> "…一共几单，borderline 那两个（药明、Earendil）不要算？"."""
    found = _TRAILING_LEFT_OUT_RE.match(question.strip())
    return f"{found['head']}，{found['clause']}？" if found else question


def _each_left_out(match: re.Match[str]) -> str:
    """ "（药明、Earendil）不要算" -> "不含药明和不含Earendil": each row left out (one 不含 kept the second as the subject)."""
    names = [name.strip() for name in re.split(r"[、,，/]|和|及|与|\band\b", match["inner"]) if name.strip()]
    return "和".join(f"不含{name}" for name in names)


def _full_year(said: str) -> str:
    return said if len(said) == 4 else f"20{said}"
