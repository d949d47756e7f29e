"""A claimed figure that none of a deal's table figures is, but its own article explains (follow16).

"I read Merck paid LaNova $888 million upfront, is that right?": the table's upfront is $588 million, and the $888
million is no other figure of the deal or of its parties' other deals, so ``claimed_values`` said nothing of it and
the reader could not tell where the claim came from. The deal's article says: "One Chinese report described a
LaNova–Merck upfront of $888 million, counting the technology-transfer milestone together with the upfront. The
table keeps the $588 million upfront and leaves the $300 million technology-transfer payment within the
milestones." Likewise "was the CSPC–AstraZeneca deal only $4.7 billion?": "Some outlets gave a figure of $4.7
billion, which leaves out the sales milestones; ...". The sentence of the deal's own article that states the
claimed figure is quoted, with the sentence after it in its paragraph when that one states a figure too (the
explanation often goes on there). A figure the article does not state is still not repeated.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.answering.snapshot import Snapshot
from assistant.corpus.provenance import Provenance
from assistant.corpus.tables import Deal
from assistant.money import find_money
from assistant.text import split_sentences

# "听说礼新 Merck upfront 有 888M?" ("I heard ..."), "据说", "有人说", "报道说": a claim put to us in Chinese
HEARSAY_RE = re.compile(r"听说|据说|听人说|有人说|(?:报道|新闻|媒体)(?:说|称)")
# "upfront 有 888M", "was it 4.7bn": an amount with a scale letter but no currency sign, which ``find_money`` leaves
# alone ("888M" could be anything elsewhere); in a claim about a deal's payment it is dollars
_BARE_AMOUNT_RE = re.compile(r"(?<![$\w.,])(\d+(?:\.\d+)?)\s?(m|mn|mln|bn)\b", re.IGNORECASE)  # not "b": "phase 2b"
_SCALE = {"m": Decimal(10**6), "mn": Decimal(10**6), "mln": Decimal(10**6), "bn": Decimal(10**9)}


def bare_amounts(question: str) -> list[Decimal]:
    """The dollar amounts a claim states with a scale letter and no sign: "888M" is 888000000."""
    return [Decimal(m.group(1)) * _SCALE[m.group(2).lower()] for m in _BARE_AMOUNT_RE.finditer(question)]


# A stated figure is the article's when it rounds to it ("$888M" for "$888 million")
_ROUNDING = Decimal("0.005")


def states_figure(sentence: str, value: Decimal) -> bool:
    """Whether ``sentence`` states ``value`` (rounded as said: "$888M" for "$888 million")."""
    amounts = [mention.amount for mention in find_money(sentence) if mention.amount is not None]
    return any(abs(value - amount) <= _ROUNDING * abs(amount) for amount in amounts if amount)


def article_on_figure(snap: Snapshot, deal: Deal, value: Decimal) -> list[tuple[str, Provenance]]:
    """The deal's article sentences that state ``value`` and explain it, each with its provenance, or []."""
    article = snap.resolver.article(deal.doc_id)
    if article is None:
        return []
    for number, paragraph in enumerate(article.paragraphs, start=1):
        sentences = split_sentences(paragraph)
        for position, sentence in enumerate(sentences):
            if not states_figure(sentence, value):
                continue
            said = [sentence]
            following = sentences[position + 1] if position + 1 < len(sentences) else ""
            if following and find_money(following):
                said.append(following)  # "The table keeps the $588 million upfront and leaves the $300 million ..."
            return [(text, Provenance(doc_id=deal.doc_id, paragraph=number, quote=text)) for text in said]
    return []
