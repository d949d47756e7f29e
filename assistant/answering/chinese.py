"""A text question written in Chinese, read in English for the search and the composer.

The articles are English and so is the embedding model: "恒瑞授权给Braveheart的是什么药？"
scores 0.21 against the passage that answers it, under the refusal threshold, and no answer
kind ("what drug" wants a modality) can be read from it. The question is rendered word by word:
company names (Chinese aliases from companies.csv) become their canonical names, and the
question and deal words of a small glossary become English. Nothing else is translated; a
question whose Chinese words the glossary does not hold keeps them and is judged as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Longest phrases first (the rendering takes the longest match at each position). Each entry is a
# question word or a deal word, never a company's name: names come from companies.csv.
_GLOSSARY: dict[str, str] = {
    # question words
    "为什么": "why",
    "什么时候": "when",
    "何时": "when",
    "在哪里": "where",
    "哪里": "where",
    "在哪": "where",
    "哪些": "which",
    "哪个": "which",
    "哪款": "which",
    "哪家": "which company",
    "是谁": "who is",
    "谁": "who",
    "什么": "what",
    "多少": "how much",
    "如何": "how",
    "怎么": "how",
    "是否": "whether",
    # drugs and what they are for
    "药物": "drug",
    "药品": "drug",
    "新药": "new drug",
    "药": "drug",
    "候选药物": "drug candidate",
    "资产": "asset",
    "靶点": "target",
    "适应症": "indication",
    "疾病": "disease",
    "治疗": "treat",
    "抗体": "antibody",
    "双抗": "bispecific antibody",
    "小分子": "small molecule",
    # deals and companies
    "授权给": "licensed to",
    "授权": "licensed",
    "许可": "licence",
    "引进": "license in",
    "出海": "out-licensing",
    "交易": "deal",
    "合作": "partnership",
    "涉及": "covers",
    "收购": "acquired",
    "买下": "bought",
    "终止": "terminated",
    "地区": "territory",
    "区域": "territory",
    "权利": "rights",
    "投资方": "investors",
    "投资者": "investors",
    "投资人": "investors",
    "背后": "behind",
    "支持": "backed",
    "总部": "headquartered",
    "位于": "based in",
    "公司": "company",
    "跨国药企": "multinational drugmakers",
    "跨国公司": "multinational companies",
    "药企": "drugmakers",
    "中国": "China",
    "原因": "reasons",
    "风险": "risks",
    "首付款": "upfront",
    "里程碑": "milestones",
    "股价": "share price",
    "股份": "shares",
    "给": "to",
    "和": "and",
    "与": "and",
    "从": "from",
}
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")
_LONGEST_FIRST = sorted(_GLOSSARY, key=len, reverse=True)
# The words that join Chinese phrases but say nothing an English question needs.
_PARTICLES = re.compile(r"[的了吗呢吧是在有]")


def mostly_chinese(text: str) -> bool:
    """More than twice as many Chinese characters as Latin words (a character is about a word):
    a Chinese sentence naming "Braveheart", not an English one naming 恒瑞."""
    return len(_CJK_RE.findall(text)) > 2 * len(_LATIN_WORD_RE.findall(text))


def english_reading(text: str, company_spans: Callable[[str], list[tuple[int, int, str]]]) -> str:
    """``text`` with its companies' names canonical and the glossary's words in English, when it
    is mostly Chinese; otherwise ``text`` unchanged. ``company_spans`` gives (start, end, name)."""
    if not mostly_chinese(text):
        return text
    spans = sorted(company_spans(text))
    pieces: list[str] = []
    position = 0
    for start, end, name in spans:
        if start < position:
            continue
        pieces.append(_render(text[position:start]))
        pieces.append(f" {name} ")
        position = end
    pieces.append(_render(text[position:]))
    rendered = " ".join(" ".join(pieces).split())
    return re.sub(r"\s+([?.,!])", r"\1", rendered.replace("？", "?").replace("，", ",").replace("。", "."))


def _render(chunk: str) -> str:
    """The glossary's phrases in English; a Latin word stays whole, an unknown Chinese character
    stays as it is."""
    words: list[str] = []
    latin = ""
    index = 0
    while index < len(chunk):
        phrase = next((p for p in _LONGEST_FIRST if chunk.startswith(p, index)), None)
        character = chunk[index]
        if phrase is None and not _CJK_RE.fullmatch(character):
            latin += character
            index += 1
            continue
        words.append(latin)
        latin = ""
        if phrase is not None:
            words.append(_GLOSSARY[phrase])
            index += len(phrase)
            continue
        if not _PARTICLES.fullmatch(character):
            words.append(character)
        index += 1
    words.append(latin)
    return " ".join(word.strip() for word in words if word.strip())
