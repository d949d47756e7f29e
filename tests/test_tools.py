"""The deal tools on the real tables, against values computed by hand from the CSV files."""

from __future__ import annotations

import ast
import csv
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.corpus.documents import load_article
from assistant.corpus.tables import load_tables
from assistant.errors import AssistantError
from assistant.money import find_numbers
from assistant.tools.dealbook import DealBook
from assistant.tools.registry import TOOL_NAMES, DealTools
from assistant.tools.schema import (
    AggregateArgs,
    CompareArgs,
    DealFilter,
    FigureOut,
    FindDealsArgs,
    GetDealArgs,
    MarketStatArgs,
    RankArgs,
    ResultLine,
    ToolCall,
    ToolResult,
)
from tests.conftest import DOCUMENTS, REPO

MERCK_2024 = DealFilter(licensee="Merck & Co.", year=2024)
PHARMCUBE = "PharmCube NextPharma (via Caixin)"


@pytest.fixture(scope="module")
def tools() -> DealTools:
    return DealTools(DealBook(load_tables(DOCUMENTS), DOCUMENTS))


def _figure(result: ToolResult, label_start: str) -> FigureOut:
    found = [figure for figure in result.figures if figure.label.startswith(label_start)]
    assert len(found) == 1, [figure.label for figure in result.figures]
    return found[0]


def _money(result: ToolResult, *units: str) -> list[FigureOut]:
    """The result's figures other than the counts its lines state (deals matched, undisclosed)."""
    return [figure for figure in result.figures if figure.unit in (units or ("USD",))]


def _text(result: ToolResult) -> str:
    return " ".join(line.text for line in result.lines)


def _paragraph(doc_id: str, number: int) -> str:
    return load_article(DOCUMENTS / f"{doc_id}.md", 5_000_000).paragraphs[number - 1]


# -- get_deal -----------------------------------------------------------------------------
def test_get_deal_reads_every_term_of_3sbio_pfizer(tools: DealTools) -> None:
    result = tools.invoke(GetDealArgs(licensor="3SBio", licensee="Pfizer"))
    assert result.message is None and result.deal_ids == ["3sbio-pfizer-2025"]
    upfront = _figure(result, "upfront")
    assert upfront.label == "upfront, 3SBio → Pfizer, 2025-05-20"
    assert upfront.expression == "deals[3sbio-pfizer-2025].upfront"
    assert (upfront.value, upfront.qualifier) == (Decimal("1250000000"), "exact")
    milestones = _figure(result, "milestones")
    assert (milestones.value, milestones.qualifier) == (Decimal("4800000000"), "up_to")
    total = _figure(result, "total")
    assert (total.value, total.qualifier) == (Decimal("6050000000"), "approx")
    equity = _figure(result, "equity")
    assert (equity.value, equity.qualifier) == (Decimal("100000000"), "exact")
    first = result.lines[0]
    assert (
        first.text == "Pfizer agreed to pay 3SBio $1.25 billion upfront for SSGJ-707."
    )  # the first figure names the asset
    [provenance] = first.provenance
    assert provenance.doc_id == "deal-3sbio-pfizer-2025" and provenance.paragraph == 3
    assert provenance.quote == "Pfizer agreed to an upfront payment of $1.25 billion to 3SBio."
    assert "up to $4.8 billion" in _text(result)
    assert "Royalties to 3SBio: tiered double-digit." in _text(result)


def test_get_deal_with_a_metric_gives_that_figure(tools: DealTools) -> None:
    result = tools.invoke(GetDealArgs(licensor="3SBio", licensee="Pfizer", metric="milestones"))
    assert [figure.label for figure in result.figures] == ["milestones, 3SBio → Pfizer, 2025-05-20"]
    assert [line.text for line in result.lines] == [
        "3SBio is eligible for up to $4.8 billion in milestone payments from Pfizer for SSGJ-707."
    ]
    royalties = tools.invoke(GetDealArgs(deal_id="3sbio-pfizer-2025", metric="royalties"))
    assert [line.text for line in royalties.lines] == [
        "Royalties to 3SBio from Pfizer for SSGJ-707: tiered double-digit."
    ]
    assert royalties.lines[0].provenance[0].paragraph == 3
    # A terminated deal's status comes with any figure.
    upfront = tools.invoke(GetDealArgs(deal_id="immuneonco-axion-2024", metric="upfront"))
    assert "terminated on 2026-01-06" in _text(upfront)


def test_get_deal_accepts_aliases_and_a_year(tools: DealTools) -> None:
    result = tools.invoke(GetDealArgs(licensee="Merck", year=2025))
    assert result.deal_ids == ["hengrui-merck-2025"]
    assert _figure(result, "upfront").value == Decimal("200000000")


def test_get_deal_with_several_matches_asks_which_one(tools: DealTools) -> None:
    result = tools.invoke(GetDealArgs(licensee="Merck & Co."))
    assert not result.figures and not result.lines
    assert set(result.candidates) == {
        "kelun-merck-2022-05",
        "kelun-merck-2022-12",
        "curon-merck-2024",
        "lanova-merck-2024",
        "hansoh-merck-2024",
        "hengrui-merck-2025",
    }
    assert result.message is not None
    assert result.message.startswith("Merck & Co. licensed from Jiangsu Hengrui Pharmaceuticals in 2025; Hansoh")
    assert "Kelun-Biotech for SKB264 / MK-2870 and for seven preclinical ADCs in 2022" in result.message
    assert result.message.endswith("— which one?")


def test_several_matches_for_one_pair_name_each_asset(tools: DealTools) -> None:
    # one measure of one pair's deals is given for each deal, oldest first; asked which, each is named
    each = tools.invoke(GetDealArgs(licensor="MediLink", licensee="Roche", metric="upfront"))
    assert each.message is None and each.rows == ["medilink-roche-2024", "medilink-roche-2026"]
    assert each.lines[1].text.startswith("January 2024 (YL211): ") and each.lines[2].text.startswith("January 2026")
    result = tools.invoke(GetDealArgs(licensor="MediLink", licensee="Roche", metric="upfront", ask_which=True))
    assert result.message == (
        "Several deals in our table match: MediLink Therapeutics → Roche, January 2024 (YL211); "
        "MediLink Therapeutics → Roche, January 2026 (YL201) — which one?"
    )


def test_get_deal_without_match_or_terms_explains(tools: DealTools) -> None:
    assert tools.invoke(GetDealArgs(licensor="3SBio", licensee="Merck & Co.")).message
    assert tools.invoke(GetDealArgs()).message


def test_terminated_deal_shows_date_and_money_kept(tools: DealTools) -> None:
    result = tools.invoke(GetDealArgs(deal_id="immuneonco-axion-2024"))
    status = next(line for line in result.lines if line.text.startswith("Status:"))
    assert "terminated on 2026-01-06" in status.text and "$35 million" in status.text
    assert ("deal-immuneonco-axion-2024", 5) in {(p.doc_id, p.paragraph) for p in status.provenance}
    kept = _figure(result, "retained_after_termination")
    assert (kept.value, kept.qualifier) == (Decimal("35000000"), "exact")
    assert kept.provenance[0].doc_id == "market-china-outlicensing-risks-and-innovation"


def test_undisclosed_figures_are_none_and_said_as_not_disclosed(tools: DealTools) -> None:
    result = tools.invoke(GetDealArgs(deal_id="simcere-abbvie-2025"))
    upfront = _figure(result, "upfront")
    assert upfront.value is None and upfront.qualifier == "undisclosed"
    assert result.lines[0].text == "The upfront payment from AbbVie to Simcere Zaiming was not disclosed."
    assert result.lines[0].provenance, "even 'not disclosed' is backed by its sentence"
    assert _figure(result, "milestones").value == Decimal("1055000000")


def test_every_figure_quote_stands_in_its_cited_paragraph(tools: DealTools) -> None:
    for deal in tools.book.tables.deals:
        result = tools.invoke(GetDealArgs(deal_id=deal.deal_id))
        for line in result.lines:
            for provenance in line.provenance:
                paragraph = re.sub(r"\s+", " ", _paragraph(provenance.doc_id, provenance.paragraph))
                assert re.sub(r"\s+", " ", provenance.quote) in paragraph, (deal.deal_id, line.text)


# -- find_deals ---------------------------------------------------------------------------
def test_month_and_quarter_filters_skip_dates_without_a_month(tools: DealTools) -> None:
    q1 = tools.invoke(FindDealsArgs(filter=DealFilter(year=2025, quarter=1)))
    assert "genequantum-biohaven-2025" in q1.deal_ids  # announced "2025-01"
    assert "leads-oblenio-2025" not in q1.deal_ids  # announced "2025" only
    assert len(q1.deal_ids) == 9
    january = tools.invoke(FindDealsArgs(filter=DealFilter(year=2025, month=1)))
    assert "genequantum-biohaven-2025" in january.deal_ids and "leads-oblenio-2025" not in january.deal_ids
    # A month-only date cannot be placed after the 5th of that month.
    later = tools.invoke(FindDealsArgs(filter=DealFilter(date_from="2025-01-05", date_to="2025-01-31")))
    assert set(later.deal_ids) == {
        "dualitybio-avenzo-2025",
        "sciwind-verdiva-2025",
        "kelun-harbour-windward-2025",
        "simcere-abbvie-2025",
    }


def test_find_deals_filters_by_modality_status_company_and_scope(tools: DealTools) -> None:
    terminated = tools.invoke(FindDealsArgs(filter=DealFilter(status="terminated")))
    assert terminated.deal_ids == ["immuneonco-axion-2024"]
    sirna = tools.invoke(FindDealsArgs(filter=DealFilter(modality="sirna", company="Novartis")))
    assert sirna.deal_ids == ["argo-novartis-2024", "argo-novartis-2025"]
    borderline = tools.invoke(FindDealsArgs(filter=DealFilter(licensee="Sanofi")))
    assert borderline.message and not borderline.deal_ids
    included = tools.invoke(FindDealsArgs(filter=DealFilter(licensee="Sanofi", scopes=["borderline"])))
    assert included.deal_ids == ["earendil-sanofi-2025"]
    big = tools.invoke(FindDealsArgs(filter=DealFilter(min_total_usd=Decimal("12000000000"))))
    assert set(big.deal_ids) == {"genequantum-biohaven-2025", "hengrui-gsk-2025", "cspc-astrazeneca-2026"}


# -- aggregate ----------------------------------------------------------------------------
def test_merck_2024_upfronts_sum_to_1_4_billion(tools: DealTools) -> None:
    result = tools.invoke(AggregateArgs(metric="upfront", operation="sum", filter=MERCK_2024))
    [figure] = _money(result)
    # LaNova $588M + Curon $700M + Hansoh $112M
    assert figure.value == Decimal("1400000000") and figure.qualifier == "exact"
    assert set(result.deal_ids) == {"lanova-merck-2024", "curon-merck-2024", "hansoh-merck-2024"}
    assert {p.doc_id for p in figure.provenance} == {
        "deal-lanova-merck-2024",
        "deal-curon-merck-2024",
        "deal-hansoh-merck-2024",
    }
    text = _text(result)
    assert "Across the 3 deals in our table" in text and "$1.4 billion" in text
    assert "over 3 deals; none had the figure undisclosed" in text
    assert "not a reported market total" in text


def test_count_of_2025_deals_in_our_table(tools: DealTools) -> None:
    result = tools.invoke(AggregateArgs(operation="count", filter=DealFilter(year=2025)))
    assert result.figures[0].value == Decimal("33") and result.figures[0].unit == "count"
    assert "in our table" in _text(result)


def test_coverage_counts_undisclosed_figures(tools: DealTools) -> None:
    result = tools.invoke(AggregateArgs(metric="upfront", filter=DealFilter(year=2025)))
    assert "over 33 deals; 4 had the figure undisclosed" in _text(result)


def test_a_sum_of_up_to_figures_is_up_to(tools: DealTools) -> None:
    result = tools.invoke(AggregateArgs(metric="total", filter=DealFilter(licensor="Hengrui", year=2025)))
    [figure] = _money(result)
    # 1,970M (up to) + 12,500M (approx) + 1,088M (approx) + 1,111M (up to)
    assert figure.value == Decimal("16669000000") and figure.qualifier == "up_to"
    assert "up to $16.669 billion" in _text(result)


def test_average_min_max_and_group_by(tools: DealTools) -> None:
    average = tools.invoke(AggregateArgs(metric="upfront", operation="average", filter=MERCK_2024))
    assert (average.figures[0].value, average.figures[0].qualifier) == (Decimal("467000000"), "approx")
    largest = tools.invoke(AggregateArgs(metric="upfront", operation="max", filter=MERCK_2024))
    assert largest.figures[0].value == Decimal("700000000") and "Curon" in _text(largest)
    smallest = tools.invoke(AggregateArgs(metric="upfront", operation="min", filter=MERCK_2024))
    assert smallest.figures[0].value == Decimal("112000000")
    by_year = tools.invoke(AggregateArgs(metric="upfront", filter=DealFilter(licensee="Merck & Co."), group_by="year"))
    values = {figure.label: figure.value for figure in _money(by_year)}
    assert values == {
        "sum of upfront, with licensee Merck & Co., announced in 2022": Decimal("222000000"),
        "sum of upfront, with licensee Merck & Co., announced in 2024": Decimal("1400000000"),
        "sum of upfront, with licensee Merck & Co., announced in 2025": Decimal("200000000"),
    }


def _csv_sum(year: int, metric: str) -> Decimal:
    """The oracle: the csv module and Decimal, no assistant code."""
    with open(DOCUMENTS / "deals.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return sum(
        (
            Decimal(row[f"{metric}_usd"])
            for row in rows
            if row["announced"].startswith(str(year)) and row["scope"] != "borderline" and row[f"{metric}_usd"]
        ),
        Decimal(0),
    )


@settings(max_examples=25, deadline=None)
@given(
    year=st.integers(min_value=2021, max_value=2026),
    metric=st.sampled_from(["upfront", "milestones", "total", "equity"]),
)
def test_sums_match_the_csv(tools: DealTools, year: int, metric: str) -> None:
    result = tools.invoke(AggregateArgs(metric=metric, filter=DealFilter(year=year)))  # type: ignore[arg-type]
    expected = _csv_sum(year, metric)
    if result.message:
        assert expected == 0
    else:
        assert (result.figures[0].value or Decimal(0)) == expected


# -- rank and compare ----------------------------------------------------------------------
def test_top_licensor_by_total_in_2025(tools: DealTools) -> None:
    result = tools.invoke(RankArgs(dimension="licensor", metric="total", filter=DealFilter(year=2025), n=3))
    top = [(figure.label.split(", ")[1], figure.value, figure.qualifier) for figure in _money(result)]
    assert top == [
        ("Jiangsu Hengrui Pharmaceuticals", Decimal("16669000000"), "up_to"),
        ("GeneQuantum Healthcare", Decimal("13000000000"), "approx"),
        ("Innovent Biologics", Decimal("12480000000"), "up_to"),  # 1,080M + 11,400M
    ]
    assert result.lines[1].text.startswith(
        "First, Jiangsu Hengrui Pharmaceuticals: up to $16.669 billion across 4 deals"
    )


def test_rank_deals_and_counts(tools: DealTools) -> None:
    deals = tools.invoke(RankArgs(dimension="deal", metric="upfront", filter=DealFilter(year=2025), n=2))
    assert deals.deal_ids == ["3sbio-pfizer-2025", "innovent-takeda-2025"]
    counts = tools.invoke(RankArgs(dimension="licensee", metric="count", n=1))
    assert counts.figures[1].label.startswith("deals matched: Merck & Co.") and counts.figures[1].value == Decimal("6")
    assert tools.invoke(RankArgs(dimension="deal", metric="count")).message


def test_compare_merck_upfronts_2024_and_2025(tools: DealTools) -> None:
    result = tools.invoke(
        CompareArgs(metric="upfront", left=MERCK_2024, right=DealFilter(licensee="Merck & Co.", year=2025))
    )
    left, right, difference, ratio, change = _money(result, "USD", "ratio", "percent")
    assert (left.value, right.value) == (Decimal("1400000000"), Decimal("200000000"))
    assert (difference.value, difference.qualifier) == (Decimal("1200000000"), "exact")
    assert ratio.value == Decimal("7") and ratio.unit == "ratio"
    assert change.value == Decimal("600") and change.unit == "percent"
    assert all(figure.provenance for figure in _money(result, "USD", "ratio", "percent"))
    assert len(difference.provenance) == 4
    assert "$1.2 billion above" in _text(result)


def test_compare_with_an_empty_side_explains(tools: DealTools) -> None:
    result = tools.invoke(CompareArgs(left=MERCK_2024, right=DealFilter(licensee="Pfizer", year=2019)))
    assert result.message and not result.figures


# -- market_stat ---------------------------------------------------------------------------
def test_market_total_prefers_pharmcube_and_names_the_others(tools: DealTools) -> None:
    result = tools.invoke(MarketStatArgs(metric="total_value", period="2024"))
    [figure] = [f for f in result.figures if f.unit == "USD"]  # one total; beside it, its own series' deal count
    assert {f.value for f in result.figures if f.unit == "count"} == {Decimal(94)}  # PharmCube and SCMP both say 94
    assert figure.value == Decimal("51900000000") and PHARMCUBE in figure.label
    text = _text(result)
    assert text.startswith(PHARMCUBE) and "CPHIIC" in text and "$55.4 billion" in text
    assert "not sums over the deals in our table" in text


def test_growth_2025_over_2024_from_one_reporter(tools: DealTools) -> None:
    result = tools.invoke(MarketStatArgs(metric="total_value", period="2025", derive="growth", compare_period="2024"))
    growth = _figure(result, "growth")
    # (135.7 - 51.9) / 51.9 = 161.464...%
    assert (growth.value, growth.unit, growth.qualifier) == (Decimal("161.5"), "percent", "approx")
    assert {p.quote for p in growth.provenance} == {
        "the year's deals carried a combined value of $135.7 billion",
        "For 2024 the same database recorded 94 deals worth $51.9 billion.",
    }
    assert PHARMCUBE in result.lines[0].text and "about 161.5%" in result.lines[0].text
    # The compare period defaults to the year before.
    assert _figure(tools.invoke(MarketStatArgs(period="2025", derive="growth")), "growth").value == Decimal("161.5")


def test_growth_never_mixes_reporters(tools: DealTools) -> None:
    result = tools.invoke(MarketStatArgs(period="2025", derive="growth", reporter="CPHIIC"))
    assert result.message and not result.figures


def test_average_deal_size(tools: DealTools) -> None:
    result = tools.invoke(MarketStatArgs(period="2025", derive="average_deal_size"))
    average = _figure(result, "average deal size")
    # 135,700,000,000 / 157 = 864,331,210.19...
    assert (average.value, average.qualifier) == (Decimal("864000000"), "approx")
    assert "about $864 million" in result.lines[0].text and PHARMCUBE in result.lines[0].text
    assert len(average.provenance) == 2


def test_top10_amount_and_share(tools: DealTools) -> None:
    top10 = _figure(tools.invoke(MarketStatArgs(period="2025", derive="top10_amount")), "deal value of the top ten")
    assert (top10.value, top10.qualifier) == (Decimal("81420000000"), "approx")  # 60% × $135.7B
    share = tools.invoke(MarketStatArgs(period="2025", derive="share", subject="Hengrui"))
    figure = _figure(share, "share of total_value")
    assert (figure.value, figure.qualifier) == (Decimal("12.3"), "approx")  # 16.7 / 135.7 = 12.306...%
    innovent = tools.invoke(MarketStatArgs(period="2025", derive="share", subject="Innovent Biologics"))
    # "more than $10 billion" / $135.7 billion = more than 7.369...%: rounded down to stay true
    assert (_figure(innovent, "share of total_value").value, _figure(innovent, "share of total_value").qualifier) == (
        Decimal("7.3"),
        "at_least",
    )


def test_unknown_market_metric_lists_known_ones(tools: DealTools) -> None:
    result = tools.invoke(MarketStatArgs(metric="gdp"))
    assert result.message and "total deal value" in result.message


# -- naming the deals behind a count or a sum, ranking deals, one-deal comparisons ------------
def test_a_count_names_each_deal_by_counterparty_and_date(tools: DealTools) -> None:
    result = tools.invoke(AggregateArgs(operation="count", filter=DealFilter(licensee="AstraZeneca", year=2025)))
    assert result.lines[0].text == (
        "Our table holds 3 deals with licensee AstraZeneca, announced in 2025: Jacobio Pharmaceuticals for JAB-23E73 "
        "(2025-12-21), "
        "CSPC Pharmaceutical Group (2025-06-13) and Harbour BioMed (2025-03-21); that counts the deals in our table, "
        "not a tracker's market count."
    )
    assert result.figures[0].value == Decimal("3")
    cited = {p.doc_id for p in result.lines[0].provenance}
    assert cited == {"deal-jacobio-astrazeneca-2025", "deal-cspc-astrazeneca-2025", "deal-harbour-astrazeneca-2025"}
    # A licensor filter names the licensees: Hengrui's 2025 deals.
    hengrui = tools.invoke(AggregateArgs(operation="count", filter=DealFilter(licensor="Hengrui", year=2025)))
    assert (
        "Glenmark Pharmaceuticals (2025-09-24), Braveheart Bio for HRS-1893 (2025-09-04), GSK for HRS-9821 (2025-07-28) "
        "and Merck & Co. for HRS-5346 (2025-03-25)" in _text(hengrui)
    )


def test_a_count_with_a_metric_names_the_deals_that_disclosed_it(tools: DealTools) -> None:
    result = tools.invoke(AggregateArgs(metric="equity", operation="count"))
    disclosed = _figure(result, "count of deals with the equity disclosed")
    # Harbour–AstraZeneca, 3SBio–Pfizer, RemeGen–Vor, Hengrui–Braveheart, Innovent–Takeda.
    assert disclosed.value == Decimal("5")
    assert result.lines[1].text == (
        "Of these, 5 (8.2%) disclosed the equity investment: Innovent Biologics–Takeda for IBI363 $100 million, "
        "Jiangsu Hengrui Pharmaceuticals–Braveheart Bio for HRS-1893 $32.5 million, RemeGen–Vor Bio for Telitacicept "
        "$80 million, 3SBio–Pfizer for SSGJ-707 $100 million and Harbour BioMed–AstraZeneca $105 million."
    )


def test_a_count_by_modality_separates_exact_and_wider_matches(tools: DealTools) -> None:
    result = tools.invoke(AggregateArgs(operation="count", filter=DealFilter(modality="ADC", year=2025)))
    values = [figure.value for figure in result.figures]
    # Six rows say "ADC"; DualityBio–Avenzo says "Bispecific ADC".
    assert values == [Decimal("7"), Decimal("6"), Decimal("1")]
    text = _text(result)
    assert (
        "GeneQuantum Healthcare–Biohaven & AimedBio (January 2025)" in text
        and "Evopoint Biosciences–Astellas Pharma" in text
    )
    assert "6 deals recorded as ADC and 1 deal recorded as Bispecific ADC" in text


def test_a_sum_names_the_deals_it_adds(tools: DealTools) -> None:
    result = tools.invoke(AggregateArgs(metric="upfront", filter=MERCK_2024))
    assert result.lines[0].text.endswith(
        ": Hansoh Pharmaceutical Group for HS-10535 $112 million, LaNova Medicines for LM-299 $588 million and "
        "Curon Biopharmaceutical for CN201 $700 million."
    )
    # Hengrui 2025: Glenmark $18M + Braveheart $65M + GSK $500M + Merck $200M = $783M.
    hengrui = tools.invoke(AggregateArgs(metric="upfront", filter=DealFilter(licensor="Hengrui", year=2025)))
    assert hengrui.figures[0].value == Decimal("783000000")
    assert (
        "Glenmark Pharmaceuticals $18 million, Braveheart Bio for HRS-1893 $65 million, GSK for HRS-9821 $500 million and "
        "Merck & Co. for HRS-5346 $200 million" in (_text(hengrui))
    )


def test_rank_single_deals_since_a_date_names_both_parties(tools: DealTools) -> None:
    result = tools.invoke(
        RankArgs(dimension="deal", metric="upfront", filter=DealFilter(modality="ADC", date_from="2024-01-01"), n=2)
    )
    # MediLink–Roche YL201 $570M (incl. near-term) beats Evopoint–Astellas $130M; SystImmune–BMS ($800M) is 2023.
    assert result.deal_ids == ["medilink-roche-2026", "evopoint-astellas-2025"]
    assert result.lines[1].text == (
        "First, MediLink Therapeutics licensed YL201 to Roche (2026-01-08): upfront payment of $570 million "
        "including near-term payments."
    )
    assert (result.figures[0].value, result.figures[0].qualifier) == (Decimal("570000000"), "incl_near_term")


def test_compare_two_single_deals_names_both(tools: DealTools) -> None:
    result = tools.invoke(
        CompareArgs(
            metric="upfront",
            left=DealFilter(licensor="Curon", licensee="Merck"),
            right=DealFilter(licensor="LaNova", licensee="Merck"),
        )
    )
    assert result.lines[0].text.startswith(
        "Merck & Co. paid Curon Biopharmaceutical $700 million upfront for CN201 versus $588 million to "
        "LaNova Medicines for LM-299: $112 million more"
    )
    difference = _figure(result, "difference")
    assert (difference.value, difference.qualifier) == (Decimal("112000000"), "exact")  # 700M - 588M


def test_compare_ratio_is_larger_over_smaller_in_either_order(tools: DealTools) -> None:
    later = DealFilter(licensor="CSPC", licensee="AstraZeneca", year=2026)
    earlier = DealFilter(licensor="CSPC", licensee="AstraZeneca", year=2024)
    for left, right in ((later, earlier), (earlier, later)):
        result = tools.invoke(CompareArgs(metric="upfront", left=left, right=right))
        ratio = _figure(result, "ratio")
        # $1.2 billion / $100 million = 12, exactly.
        assert (ratio.value, ratio.unit, ratio.qualifier) == (Decimal("12"), "ratio", "exact")
        assert _figure(result, "difference").value == Decimal("1100000000")
        assert "12 times" in _text(result)
    assert "$1.1 billion less" in _text(result)


def test_compare_sides_given_as_licensee_and_year_sum_and_name_their_deals(tools: DealTools) -> None:
    result = tools.invoke(
        CompareArgs(metric="upfront", left=DealFilter(licensee="AstraZeneca", year=2025), right=MERCK_2024)
    )
    left, right = result.figures[:2]
    # Harbour $175M (incl. near-term) + CSPC $110M + Jacobio $100M = $385M, against Merck's $1.4B.
    assert (left.value, left.qualifier) == (Decimal("385000000"), "incl_near_term")
    assert right.value == Decimal("1400000000")
    gap = _figure(result, "difference")
    # a gap taken from a sum that counted near-term payments keeps that qualifier
    assert (gap.value, gap.qualifier) == (Decimal("1015000000"), "incl_near_term")
    text = _text(result)
    assert all(name in text for name in ("Harbour BioMed", "CSPC", "Jacobio", "LaNova", "Curon", "Hansoh"))
    assert "$1.015 billion below" in text and "the gap counts near-term payments." in text


def test_upfront_that_includes_equity_is_explained(tools: DealTools) -> None:
    result = tools.invoke(GetDealArgs(licensor="Innovent", licensee="Takeda", metric="upfront"))
    [_, parts] = result.lines
    assert parts.text.startswith("The $1.2 billion upfront includes $100 million paid in equity")
    assert "The equity element is a $100 million purchase of newly issued Innovent Biologics shares by Takeda." in {
        p.quote for p in parts.provenance
    }
    # 3SBio–Pfizer's $100 million equity came on top of the upfront.
    pfizer = tools.invoke(GetDealArgs(deal_id="3sbio-pfizer-2025", metric="upfront"))
    assert (
        pfizer.lines[1].text
        == "Separately from the upfront, Pfizer made an equity investment of $100 million in 3SBio."
    )
    # A plain upfront gets no extra line.
    assert len(tools.invoke(GetDealArgs(deal_id="lanova-merck-2024", metric="upfront")).lines) == 1


# -- market_stat: difference, ratio, reversed periods, part-year rows ---------------------
def test_market_difference_and_ratio(tools: DealTools) -> None:
    ratio = tools.invoke(MarketStatArgs(period="2025", derive="ratio", compare_period="2024"))
    figure = _figure(ratio, "ratio")
    # 135.7 / 51.9 = 2.6146...
    assert (figure.value, figure.unit, figure.qualifier) == (Decimal("2.61"), "ratio", "approx")
    assert "about 2.61 times the 2024 level" in ratio.lines[0].text
    difference = tools.invoke(MarketStatArgs(period="2025", derive="difference", compare_period="2024"))
    # $135.7B - $51.9B = $83.8B
    assert (_figure(difference, "difference").value, _figure(difference, "difference").unit) == (
        Decimal("83800000000"),
        "USD",
    )
    deals = tools.invoke(MarketStatArgs(metric="deal_count", period="2025", derive="difference"))
    # 157 - 94 = 63
    assert (_figure(deals, "difference").value, _figure(deals, "difference").unit) == (Decimal("63"), "count")
    assert "a rise of 63 deals" in deals.lines[0].text


def test_market_change_with_periods_reversed_runs_earlier_to_later(tools: DealTools) -> None:
    greater_china = tools.invoke(
        MarketStatArgs(period="2021", compare_period="2025", derive="ratio", reporter="PharmCube (via Reuters)")
    )
    figure = _figure(greater_china, "ratio")
    # 137.7 / 13.9 = 9.906...
    assert (figure.value, figure.qualifier) == (Decimal("9.91"), "approx")
    assert figure.label.startswith("ratio in total_value, 2021 to 2025")
    growth = tools.invoke(MarketStatArgs(metric="deal_count", period="2024", compare_period="2025", derive="growth"))
    # (157 - 94) / 94 = 67.02...%
    assert (_figure(growth, "growth").value, _figure(growth, "growth").qualifier) == (Decimal("67.0"), "approx")
    assert "from 94 in 2024 to 157 in 2025: a rise of about 67.0%" in growth.lines[0].text


def test_market_cagr_between_two_whole_years(tools: DealTools) -> None:
    """Session 24: the compound annual growth rate, said beside the growth over the span and as our arithmetic."""
    cagr = tools.invoke(
        MarketStatArgs(period="2025", compare_period="2021", derive="cagr", reporter="PharmCube (via Reuters)")
    )
    figure = _figure(cagr, "cagr")
    # (137.7 / 13.9) ** (1/4) - 1 = 77.41...%
    assert (figure.value, figure.unit, figure.qualifier) == (Decimal("77.4"), "percent", "approx")
    assert "a compound annual growth rate of about 77.4% a year" in cagr.lines[0].text
    assert "our arithmetic" in cagr.lines[0].text and "over four years" in cagr.lines[0].text
    part_year = tools.invoke(MarketStatArgs(period="2025", compare_period="2024", derive="cagr", reporter="CPHIIC"))
    assert not part_year.figures or not any(f.label.startswith("cagr") for f in part_year.figures)


def test_company_figure_and_part_year_rows(tools: DealTools) -> None:
    hengrui = tools.invoke(MarketStatArgs(metric="company_total_value", period="2025", subject="Hengrui"))
    assert [figure.value for figure in hengrui.figures] == [Decimal("16700000000")]
    assert "$16.7 billion" in hengrui.lines[0].text
    cphiic = tools.invoke(MarketStatArgs(metric="total_value", period="2025", reporter="CPHIIC"))
    [figure] = cphiic.figures
    assert figure.value == Decimal("87400000000") and "2025-01/2025-08" in figure.label
    assert "$87.4 billion for January to August 2025" in cphiic.lines[0].text
    assert "No full-year 2025 figure is reported" in _text(cphiic)
    # Without a named tracker, a year with no full-year figure (2026 is under way) has no answer.
    assert tools.invoke(MarketStatArgs(metric="total_value", period="2026")).message


# -- dispatch and LangChain ----------------------------------------------------------------
def test_run_validates_and_dispatches(tools: DealTools) -> None:
    result = tools.run(ToolCall(tool="get_deal", args={"licensor": "3SBio", "licensee": "Pfizer"}))
    assert result.tool == "get_deal" and result.args == {"licensor": "3SBio", "licensee": "Pfizer"}
    with pytest.raises(AssistantError) as unknown:
        tools.run(ToolCall(tool="sql", args={}))
    assert unknown.value.code == "unknown_tool"
    with pytest.raises(AssistantError) as bad:
        tools.run(ToolCall(tool="rank", args={"n": 0}))
    assert bad.value.code == "tool_args"


def test_langchain_tools_wrap_every_tool(tools: DealTools) -> None:
    wrapped = {tool.name: tool for tool in tools.as_langchain_tools()}
    assert tuple(wrapped) == TOOL_NAMES
    assert all(tool.description for tool in wrapped.values())
    answer = wrapped["aggregate"].invoke({"metric": "upfront", "filter": {"licensee": "Merck & Co.", "year": 2024}})
    assert answer["figures"][0]["value"] == "1400000000"
    ambiguous = wrapped["get_deal"].invoke({"licensee": "Merck & Co."})
    assert ambiguous["message"].endswith("which one?") and ambiguous["candidates"]
    invalid = wrapped["rank"].invoke({"n": 0})
    assert isinstance(invalid, str) and "Invalid arguments" in invalid


# -- no floats near a figure ----------------------------------------------------------------
FIGURE_MODULES = [
    "money.py",
    "tools/registry.py",
    "tools/lookup.py",
    "tools/aggregates.py",
    "tools/comparison.py",
    "tools/dealbook.py",
    "tools/dealfilter.py",
    "tools/market.py",
    "tools/quantities.py",
    "corpus/provenance.py",
]


def _float_uses(source: str) -> list[int]:
    """Lines that call float(), name float, or hold a float literal."""
    return [
        getattr(node, "lineno", 0)
        for node in ast.walk(ast.parse(source))
        if (isinstance(node, ast.Name) and node.id == "float")
        or (isinstance(node, ast.Constant) and isinstance(node.value, float))
    ]


@pytest.mark.parametrize("name", FIGURE_MODULES)
def test_no_float_in_figure_code(name: str) -> None:
    offences = _float_uses((REPO / "assistant" / name).read_text(encoding="utf-8"))
    assert not offences, f"float used in assistant/{name} at lines {offences}"


def test_the_float_scan_sees_calls_and_literals() -> None:
    assert _float_uses("a = 1\nb = float(a)\nc = a * 0.5\n") == [2, 3]
    assert _float_uses("from decimal import Decimal\nx = Decimal('0.5')\n") == []


# -- every number a line states is a figure or in its quotes --------------------------------
_MARKER = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]")
_ISO_DATE = re.compile(r"\b((?:19|20)\d{2})-\d{2}-\d{2}\b")
_DRUG_CODE = re.compile(r"\b[A-Za-z]+-\d[\w-]*")  # "SSGJ-707" is a name, not a figure


def unsupported(result: ToolResult) -> list[tuple[str, Decimal]]:
    """(line, number) for each number of a line that is neither a figure value nor in the line's quotes.

    A year is supported by a figure label naming it (a deal's label carries its date).
    """
    allowed = {figure.value for figure in result.figures if figure.value is not None}
    for figure in result.figures:
        allowed |= {Decimal(year) for year in re.findall(r"\b(?:19|20)\d{2}\b", figure.label)}
    missing = []
    for line in result.lines:
        quoted = {n for p in line.provenance for n in find_numbers(p.quote)}
        text = _DRUG_CODE.sub(" ", _ISO_DATE.sub(r"\1", _MARKER.sub(" ", line.text)))
        missing += [(line.text, n) for n in find_numbers(text) if n not in allowed | quoted]
    return missing


def test_the_support_check_catches_a_stray_number(tools: DealTools) -> None:
    result = tools.invoke(AggregateArgs(metric="upfront", filter=MERCK_2024))
    assert unsupported(result) == []
    stray = result.model_copy(update={"lines": [*result.lines, ResultLine(text="Merck signed 17 deals.")]})
    assert unsupported(stray) == [("Merck signed 17 deals.", Decimal(17))]


@pytest.mark.parametrize(
    "call",
    [
        lambda t: t.invoke(AggregateArgs(metric="upfront", filter=DealFilter(year=2024))),
        lambda t: t.invoke(AggregateArgs(metric="equity", filter=DealFilter(year=2025))),
        lambda t: t.invoke(AggregateArgs(metric="upfront", operation="average", filter=MERCK_2024)),
        lambda t: t.invoke(AggregateArgs(operation="count", filter=DealFilter(year=2025))),
        lambda t: t.invoke(AggregateArgs(metric="upfront", filter=DealFilter(year=2025), group_by="licensor")),
        lambda t: t.invoke(RankArgs(dimension="licensor", metric="upfront", filter=DealFilter(year=2025))),
        lambda t: t.invoke(RankArgs(dimension="licensee", metric="count")),
        lambda t: t.invoke(RankArgs(dimension="deal", metric="upfront", filter=DealFilter(year=2025))),
        lambda t: t.invoke(
            CompareArgs(
                metric="upfront",
                left=DealFilter(licensor="Hengrui", year=2024),
                right=DealFilter(licensor="Hengrui", year=2025),
            )
        ),
        lambda t: t.invoke(MarketStatArgs(period="2025", derive="growth")),
        lambda t: t.invoke(MarketStatArgs(period="2025", derive="average_deal_size")),
        lambda t: t.invoke(GetDealArgs(licensor="Harbour BioMed", licensee="AstraZeneca", metric="equity")),
    ],
)
def test_every_number_stated_is_a_figure_or_quoted(tools: DealTools, call: object) -> None:
    result = call(tools)  # type: ignore[operator]
    assert result.lines and unsupported(result) == []


@pytest.mark.parametrize(
    ("first", "second", "gap"),
    [
        ("exact", "exact", "exact"),
        ("exact", "incl_near_term", "incl_near_term"),
        ("up_to", "exact", "approx"),
        ("approx", "approx", "approx"),
        ("at_least", "up_to", "approx"),
    ],
)
def test_one_rule_for_the_qualifier_of_a_difference(first: str, second: str, gap: str) -> None:
    from assistant.tools.quantities import difference_qualifier

    assert difference_qualifier(first, second) == gap  # type: ignore[arg-type]


def test_a_ranking_names_every_row_tied_with_the_last(tools: DealTools) -> None:
    """Harbour BioMed and Hengrui each did 4 deals in 2025: "which company did the most" names both."""
    result = tools.invoke(RankArgs(dimension="licensor", metric="count", filter=DealFilter(year=2025), n=1))
    assert result.rows == ["Harbour BioMed", "Jiangsu Hengrui Pharmaceuticals"]
    assert "Joint first, Harbour BioMed: 4 deals." in _text(result)
    untied = tools.invoke(RankArgs(dimension="licensee", metric="count", filter=DealFilter(year=2025), n=1))
    assert untied.rows == ["AstraZeneca"] and "Joint" not in _text(untied)


def test_many_rows_tied_at_the_cut_share_one_line(tools: DealTools) -> None:
    result = tools.invoke(RankArgs(dimension="licensor", metric="count", filter=DealFilter(year=2024), n=5))
    assert len(result.rows) == 11  # 2 with 2 deals, 9 tied with 1
    tied = [line.text for line in result.lines if "each:" in line.text]
    assert tied and tied[0].startswith("Joint third, with 1 deal each: Argo Biopharmaceutical")


def test_the_smallest_names_every_deal_with_that_amount(tools: DealTools) -> None:
    result = tools.invoke(AggregateArgs(metric="upfront", operation="min", filter=DealFilter(licensee="AstraZeneca")))
    text = _text(result)
    assert "$100 million, a tie between CSPC Pharmaceutical Group" in text and "Jacobio" in text
    one = tools.invoke(AggregateArgs(metric="upfront", operation="min", filter=DealFilter(year=2025)))
    assert "tie" not in _text(one)


# -- issue 11, outsider phrasings: a median, figures (un)disclosed, targets, one deal's two measures --
def _rows() -> list[dict[str, str]]:
    with (DOCUMENTS / "deals.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_median_is_the_middle_disclosed_amount(tools: DealTools) -> None:
    rows = [
        r
        for r in _rows()
        if r["announced"][:4] == "2025" and "adc" in r["modality"].lower() and r["scope"] != "borderline"
    ]
    amounts = sorted(Decimal(r["upfront_usd"]) for r in rows if r["upfront_usd"])
    middle = len(amounts) // 2
    expected = (amounts[middle - 1] + amounts[middle]) / 2 if len(amounts) % 2 == 0 else amounts[middle]
    args = {"metric": "upfront", "operation": "median", "filter": {"year": 2025, "modality": "ADC"}}
    result = tools.run(ToolCall(tool="aggregate", args=args))
    assert _figure(result, "median of upfront").value == expected
    assert "the median upfront payment is" in _text(result)
    mean = tools.run(ToolCall(tool="aggregate", args={**args, "operation": "average"}))
    assert _figure(mean, "average of upfront").value != expected  # not the mean


def test_a_filter_on_an_undisclosed_or_a_disclosed_figure(tools: DealTools) -> None:
    hidden = {r["deal_id"] for r in _rows() if r["upfront_qualifier"] == "undisclosed" and r["scope"] != "borderline"}
    result = tools.run(ToolCall(tool="find_deals", args={"filter": {"undisclosed": ["upfront"]}}))
    assert set(result.deal_ids) == hidden and len(hidden) >= 2
    with_equity = {r["deal_id"] for r in _rows() if r["equity_usd"] and r["scope"] != "borderline"}
    shown = tools.run(ToolCall(tool="find_deals", args={"filter": {"disclosed": ["equity"]}}))
    assert set(shown.deal_ids) == with_equity and "a disclosed equity" in _text(shown)


def test_one_deals_two_measures_are_compared_with_each_other(tools: DealTools) -> None:
    row = next(r for r in _rows() if r["deal_id"] == "3sbio-pfizer-2025")
    one = {"licensor": "3SBio", "licensee": "Pfizer"}
    args = {"metric": "milestones", "right_metric": "upfront", "left": one, "right": one}
    result = tools.run(ToolCall(tool="compare", args=args))
    ratio = _figure(result, "ratio of milestones and upfront")
    assert ratio.value == round(Decimal(row["milestones_usd"]) / Decimal(row["upfront_usd"]), 2)
    assert "versus an upfront payment of" in _text(result)
    same = tools.run(ToolCall(tool="compare", args={**args, "right_metric": None}))
    assert "the same amount" in _text(same)  # without a second measure it is the deal against itself


def test_two_deals_of_one_pair_are_named_by_their_assets(tools: DealTools) -> None:
    args = {"metric": "upfront", "operation": "sum", "filter": {"licensor": "Hansoh", "licensee": "GSK", "year": 2023}}
    text = _text(tools.run(ToolCall(tool="aggregate", args=args)))
    assert "for HS-20089" in text and "for HS-20093" in text


def test_a_status_line_cites_the_paragraph_stating_its_date(tools: DealTools) -> None:
    result = tools.run(ToolCall(tool="get_deal", args={"licensor": "Akeso", "licensee": "Summit Therapeutics"}))
    status = next(line for line in result.lines if line.text.startswith("Status:"))
    assert "2023-01-17" in status.text and any("2023-01-17" in p.quote for p in status.provenance)


def test_a_comparison_with_an_undisclosed_side_says_so_and_cites_it(tools: DealTools) -> None:
    args = {"metric": "upfront", "left": {"licensor": "Sciwind"}, "right": {"licensor": "3SBio", "licensee": "Pfizer"}}
    result = tools.run(ToolCall(tool="compare", args=args))
    assert "was not disclosed" in _text(result) and result.lines[0].provenance
    assert all(figure.value is None for figure in result.figures)  # no gap is made up
    both = tools.run(ToolCall(tool="compare", args={**args, "left": {"licensor": "Akeso"}}))
    assert _figure(both, "difference in upfront").value == 750_000_000


def test_a_companys_deals_as_a_percent_of_a_trackers_total(tools: DealTools) -> None:
    rows = [r for r in _rows() if r["licensor"] == "3SBio" and "2025-01" <= r["announced"][:7] <= "2025-08"]
    stat = next(
        r
        for r in csv.DictReader((DOCUMENTS / "market_stats.csv").open(encoding="utf-8"))
        if r["metric"] == "upfront_total" and r["period"] == "2025-01/2025-08"
    )
    expected = round(sum(Decimal(r["upfront_usd"]) for r in rows) / Decimal(stat["value"]) * 100, 1)
    args = {"metric": "upfront_total", "subject": "3SBio", "period": "2025-01/2025-08", "derive": "deal_share"}
    result = tools.run(ToolCall(tool="market_stat", args=args))
    assert _figure(result, "upfront in our table").value == expected
    assert "the tracker reported no such share" in _text(result)
    unreported = tools.run(ToolCall(tool="market_stat", args={**args, "period": "2025"}))
    assert unreported.message and not unreported.figures  # no 2025 upfront total reported: said, not guessed


def test_a_deal_share_uses_one_trackers_total_and_names_the_others(tools: DealTools) -> None:
    args = {"metric": "upfront_total", "subject": "Merck & Co.", "period": "2024", "derive": "deal_share"}
    text = _text(tools.run(ToolCall(tool="market_stat", args=args)))
    assert "biotochina.org" in text and "Informa Connect also reported a total" in text
    named = _text(tools.run(ToolCall(tool="market_stat", args={**args, "reporter": "Informa"})))
    assert "Informa Connect reported for 2024" in named and "$1 billion or more" not in named  # amounts stay cited
