"""What the chat shows a reader: escaped text, human words, one date format, safe links, CSV as numbers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from assistant.answer import Answer, AnswerFigure, Citation
from assistant.corpus.tables import load_tables
from assistant.frontends.charts import deals_csv_frame, select_deals
from assistant.frontends.chatrender import conversation_markdown, human_text, render_answer, safe_url
from assistant.frontends.dealstab import deals_html
from tests.conftest import DOCUMENTS

HOSTILE = '<img src=x onerror="window.__xss=1">'


def _answer(**fields: object) -> Answer:
    base: dict[str, object] = {"question": "q", "standalone_question": "q", "answer": "a", "route": "text"}
    return Answer.model_validate(base | fields)


def test_field_names_and_iso_dates_become_words() -> None:
    text = human_text(
        "sum of total, X, 2025-05-20; up_to; total_value; Unnamed public page (not identified in fact sheet)"
    )
    assert text == "sum of total deal values, X, 20 May 2025; up to; total value; an unnamed public source"


def test_only_http_addresses_are_links() -> None:
    assert safe_url("https://example.com/a") == "https://example.com/a"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//x.org"):
        assert safe_url(bad) is None
    card = _answer(
        citations=[Citation(n=1, doc_id="d", title=HOSTILE, url="javascript:alert(1)", paragraph=1, quote=HOSTILE)]
    )
    shown = render_answer(card, 1, {("d", 1): f"Before {HOSTILE} after"})
    assert "<img" not in shown and "&lt;img" in shown
    assert 'href="javascript' not in shown and "source given as text" in shown


def test_a_ranking_is_a_numbered_list_and_figures_read_as_words() -> None:
    answer = _answer(
        route="table",
        answer="Top licensors, in order: First, A: $1 billion [1]. Second, B: $2 billion [2]. These are our rows.",
        figures=[
            AnswerFigure(
                label="sum of total, A, announced 2025-05-20",
                value=Decimal(10**9),
                qualifier="up_to",
                expression="x",
                citations=[1],
            )
        ],
    )
    shown = render_answer(answer, 3, {})
    assert '<ol class="ranking"><li>A: $1 billion' in shown and "<li>B: $2 billion" in shown
    assert "up_to" not in shown and "20 May 2025" in shown and "2025-05-20" not in shown
    assert 'href="#cite-3-1"' in shown


def test_a_refusal_lists_related_articles_without_numbers() -> None:
    related = Citation(n=1, doc_id="d", title="Near article", published="2025-01-02", paragraph=2, quote="Close.")
    shown = render_answer(_answer(abstained=True, answer="Not found.", closest=[related]), 1, {})
    assert "Related articles" in shown and "Near article" in shown and "2 January 2025" in shown
    assert "[1]" not in shown and "<mark>" not in shown and "source-card" not in shown


def test_conversation_export_keeps_citations() -> None:
    cited = Citation(n=1, doc_id="d", title="T", published="2025-05-20", url="https://x.org", paragraph=2, quote="Q.")
    turns = [{"question": "How much?", "answer": _answer(answer="It was $1 [1].", citations=[cited]).model_dump()}]
    markdown = conversation_markdown(turns)
    assert "## 1. How much?" in markdown
    assert '[1] T (20 May 2025), paragraph 2: "Q." <https://x.org>' in markdown


def test_deals_csv_holds_numbers_and_qualifiers(tmp_path: Path) -> None:
    tables = load_tables(DOCUMENTS)
    deals = select_deals(tables, company="Pfizer")
    frame = deals_csv_frame(deals)
    assert list(frame["Upfront (USD)"]) == [int(d.upfront.amount or 0) for d in deals]
    assert "Upfront stated as" in frame and "Scope" in frame
    path = tmp_path / "deals.csv"
    frame.to_csv(path, index=False)
    assert f",{int(deals[0].upfront.amount or 0)}," in path.read_text(encoding="utf-8")
    assert "No deal in our table matches" in deals_html([])
    assert "1 deal<" in deals_html(deals[:1])


def test_one_source_card_per_paragraph_with_every_cited_sentence_marked() -> None:
    first, second = "Pfizer agreed to pay $1.25 billion upfront.", "3SBio may earn up to $4.8 billion in milestones."
    paragraph = f"{first} {second} Royalties are tiered."
    answer = _answer(
        answer="Upfront [1]. Milestones [2]. Both [3]. Equity [4].",
        citations=[
            Citation(n=1, doc_id="d", title="T", paragraph=3, quote=first),
            Citation(n=2, doc_id="d", title="T", paragraph=3, quote=second),
            Citation(n=3, doc_id="d", title="T", paragraph=3, quote=f"{first} {second}"),  # overlaps both
            Citation(n=4, doc_id="d", title="T", paragraph=5, quote="Pfizer bought $100 million of shares."),
        ],
    )
    shown = render_answer(answer, 2, {("d", 3): paragraph, ("d", 5): "Pfizer bought $100 million of shares."})
    assert shown.count('class="source-card"') == 2
    for n in (1, 2, 3, 4):
        assert f'id="cite-2-{n}"' in shown and f'href="#cite-2-{n}"' in shown
    assert "[1][2][3] T" in shown
    assert shown.count("<mark>") == 2  # the three quotes of paragraph 3 are one marked span
    assert f"<mark>{first} {second}</mark> Royalties are tiered." in shown.replace("&#x27;", "'")
