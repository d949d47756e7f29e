"""Names as outsiders write them (outsider74; the real assistant over the real tables, figures from deals.csv):

* a lower-case slip of a company's name ("hengry", "merk", "roch") is that company when close to it alone, and an
  English word ("mark") or a word of the question vocabulary never is (``lower_slips.slipped_companies``);
* a slip of a drug name the asset column writes ("telitacicpet", "ivonescimb") is that deal's asset
  (``lower_slips.slipped_assets``), respelt so the articles are searched for it (``respelt_drugs``);
* a name no source holds in a party's slot beside a known company ("what did beigene get from novartis",
  "what did LLY pay for verve") corrects the premise instead of giving the known company's other deal
  (``unknown_party``);
* a fact no source holds about a misspelt company ("how much profit did hengry make") is refused, as it is
  for the company spelt right.
"""

from __future__ import annotations

import csv
from decimal import Decimal

from assistant.answering.assistant import Assistant
from assistant.routing.lower_slips import respelt_drugs
from tests.conftest import DOCUMENTS, bundled_entities
from tests.test_market11 import _ask, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _ROWS = list(csv.DictReader(_handle))
_DEALS = {row["deal_id"]: row for row in _ROWS}


def _names(question: str) -> list[str]:
    return [mention.name for mention in bundled_entities().find_companies(question).mentions]


def test_lower_case_slips_name_the_one_close_company() -> None:
    assert _names("how much profit did hengry make last year") == ["Jiangsu Hengrui Pharmaceuticals"]
    assert _names("what kind of drug did curon sell to merk?") == ["Curon Biopharmaceutical", "Merck & Co."]
    assert _names("was Hengry bigger in 2024 or 2025") == ["Jiangsu Hengrui Pharmaceuticals"]
    assert _names("what did roch pay innovent upfront") == ["Roche", "Innovent Biologics"]


def test_english_and_question_words_are_no_slips() -> None:
    assert _names("did they mark the deal as closed") == []
    assert _names("what were the terms of the merger") == []
    assert _names("how much cash did the licensor receive") == []


def test_slipped_drug_names_are_the_deals_asset() -> None:
    entities = bundled_entities()
    assert [deal for _, deal, _ in entities.find_assets("who bought telitacicpet")] == ["remegen-vor-2025"]
    assert [deal for _, deal, _ in entities.find_assets("upfront paid for ivonescimb")] == ["akeso-summit-2022"]
    assert respelt_drugs("who bought telitacicpet?", entities) == "who bought Telitacicept?"
    assert respelt_drugs("who bought telitacicept?", entities) == "who bought telitacicept?"


def test_misspelt_company_list_is_the_companys_deals(assistant: Assistant) -> None:
    answer = _ask(assistant, "list all the chinese companies merk has licensed drugs from")
    licensors = {row["licensor"] for row in _ROWS if row["licensee"] == "Merck & Co."}
    assert not answer.abstained
    assert all(name in answer.answer for name in licensors), answer.answer
    assert f"{len(licensors)} different licensors" in answer.answer


def test_misspelt_company_sum(assistant: Assistant) -> None:
    rows = [r for r in _ROWS if "Hengrui" in r["licensor"] and r["announced"].startswith("2025")]
    answer = _ask(assistant, "add up the upfronts hengry got in 2025")
    assert Decimal(sum(int(r["upfront_usd"]) for r in rows)) in _values(answer), answer.answer


def test_misspelt_drug_buyer_and_upfront(assistant: Assistant) -> None:
    answer = _ask(assistant, "who bought telitacicpet and what was the upfront? also what kind of drug even is it")
    assert Decimal(_DEALS["remegen-vor-2025"]["upfront_usd"]) in _values(answer), answer.answer
    assert "Vor Bio" in answer.answer and "fusion protein" in answer.answer
    assert "Takeda" not in answer.answer


def test_unknown_party_beside_known_company_is_no_other_deal(assistant: Assistant) -> None:
    for question, unknown, known in [
        ("what did beigene get from novartis for its drug?", "beigene", "Novartis"),
        ("how much did hutchmed receive from takeda", "hutchmed", "Takeda"),
        ("what did LLY pay for verve", "verve", "Eli Lilly"),
    ]:
        answer = _ask(assistant, question)
        assert answer.abstained, answer.answer
        assert f"never name '{unknown}'" in answer.answer and known in answer.answer
        assert "upfront" not in answer.answer, answer.answer  # no other deal's terms


def test_known_pair_paid_for_is_still_answered(assistant: Assistant) -> None:
    answer = _ask(assistant, "how much did merck pay for lanova")
    assert not answer.abstained
    assert Decimal(_DEALS["lanova-merck-2024"]["upfront_usd"]) in _values(answer), answer.answer


def test_unheld_fact_of_misspelt_company_is_refused(assistant: Assistant) -> None:
    for question in ("how much profit did hengry make last year", "what was hengry's net income in 2025"):
        answer = _ask(assistant, question)
        assert answer.abstained, answer.answer
        assert "$" not in answer.answer
