"""Router cases: a question (with earlier questions) and what the plan must hold.

Keys: ``q`` the question; ``history`` earlier questions (their answers left empty,
so follow-ups must be resolved by replaying the questions); ``route``; ``tool`` the
first tool call's name; ``args`` a subset the first call's args must contain (nested
dicts as subsets too); ``absent`` arg names the first call must not have; ``calls``
the number of tool calls; ``companies`` Plan.companies exactly; ``clarify`` True when
a clarification is expected; ``standalone`` a substring of the standalone question;
``passage`` a subset of passage_filter.
"""

from __future__ import annotations

from typing import Any

from tests.router_cases_review import REVIEW_CASES

HENGRUI = "Jiangsu Hengrui Pharmaceuticals"
HANSOH = "Hansoh Pharmaceutical Group"
MERCK = "Merck & Co."
INNOVENT = "Innovent Biologics"
CSPC = "CSPC Pharmaceutical Group"

LOOKUP: list[dict[str, Any]] = [
    {
        "q": "How much did Pfizer pay 3SBio upfront?",
        "route": "table",
        "tool": "get_deal",
        "args": {"licensor": "3SBio", "licensee": "Pfizer", "metric": "upfront"},
        "companies": ["Pfizer", "3SBio"],
    },
    {
        "q": "What are the terms of the Hengrui GSK deal?",
        "route": "table",
        "tool": "get_deal",
        "args": {"licensor": HENGRUI, "licensee": "GSK"},
        "absent": ["metric", "year"],
    },
    {
        "q": "What milestones can 3SBio receive from Pfizer?",
        "tool": "get_deal",
        "args": {"licensor": "3SBio", "metric": "milestones"},
    },
    {"q": "How much is the SSGJ-707 deal worth?", "tool": "get_deal", "args": {"asset": "SSGJ-707", "metric": "total"}},
    {
        "q": "What was the up-front in the Zelgen AbbVie deal?",
        "tool": "get_deal",
        "args": {"licensor": "Zelgen Biopharmaceuticals", "licensee": "AbbVie", "metric": "upfront"},
    },
    {
        "q": "How much is the down payment from Novartis to Argo in 2025?",
        "tool": "get_deal",
        "args": {"licensor": "Argo Biopharmaceutical", "licensee": "Novartis", "year": 2025, "metric": "upfront"},
    },
    {
        "q": "What initial payment did Madrigal make to Ribo?",
        "tool": "get_deal",
        "args": {"licensor": "Suzhou Ribo Life Science", "licensee": "Madrigal Pharmaceuticals", "metric": "upfront"},
    },
    {
        "q": "What is the biobucks figure for Innovent Takeda?",
        "tool": "get_deal",
        "args": {"licensor": INNOVENT, "licensee": "Takeda", "metric": "milestones"},
    },
    {
        "q": "What's the headline value of the Hansoh Roche deal?",
        "tool": "get_deal",
        "args": {"licensor": HANSOH, "licensee": "Roche", "metric": "total"},
    },
    {
        "q": "How big was the Chimagen GSK deal?",
        "tool": "get_deal",
        "args": {"licensor": "Chimagen Biosciences", "metric": "total"},
    },
    {
        "q": "What equity stake did Pfizer take in 3SBio?",
        "tool": "get_deal",
        "args": {"licensor": "3SBio", "metric": "equity"},
    },
    {
        "q": "What royalties does Pfizer pay 3SBio?",
        "tool": "get_deal",
        "args": {"licensor": "3SBio", "metric": "royalties"},
    },
    {"q": "What did MSD pay for LM-299?", "tool": "get_deal", "args": {"licensee": MERCK, "asset": "LM-299"}},
    {
        "q": "What did Merck & Co pay Kelun in May 2022?",
        "tool": "get_deal",
        "args": {"deal_id": "kelun-merck-2022-05", "licensor": "Kelun-Biotech", "licensee": MERCK, "year": 2022},
    },
    {
        # a word only one of the pair's deals has in its asset picks that deal
        "q": "What was the total value of Kelun-Biotech's seven-ADC pact with Merck?",
        "tool": "get_deal",
        "args": {"deal_id": "kelun-merck-2022-12", "metric": "total"},
    },
    {"q": "How much did Merck pay Kelun for the TROP2 ADC?", "args": {"deal_id": "kelun-merck-2022-05"}},
    {"q": "How much did AstraZeneca pay CSPC upfront?", "tool": "get_deal", "absent": ["deal_id"]},
    # ordinary words ("platform", "by", "China") and a different year never pin one deal
    {"q": "What did BioNTech pay upfront in 2023 for ADC platform rights?", "tool": "aggregate"},
    {"q": "What did AstraZeneca pay CSPC by way of upfront?", "tool": "get_deal", "absent": ["deal_id"]},
    {"q": "How much did Roche pay MediLink for its China rights?", "tool": "get_deal", "absent": ["deal_id"]},
    {
        "q": "And for the seven ADCs?",
        "history": ["What did Merck pay Kelun-Biotech for the TROP2 ADC?"],
        "tool": "get_deal",
        "args": {"deal_id": "kelun-merck-2022-12"},
    },
    # revenue or earnings next to deal terms are the deals' money, not the company's accounts
    {"q": "How much licensing revenue did Hengrui get upfront in 2025?", "tool": "aggregate"},
    {"q": "What are Hengrui's total earnings from its 2025 licensing deals?", "tool": "aggregate"},
    {"q": "What royalties on net revenue does Summit pay Akeso?", "tool": "get_deal"},
    # a company fact no table column holds goes to the articles, never to a deal count or sum
    {"q": "How many employees does Hansoh have?", "route": "text", "calls": 0},
    {"q": "What was Hengrui's revenue in 2024?", "route": "text", "calls": 0},
    {
        "q": "How big was the CSPC AstraZeneca deal in January 2026?",
        "tool": "get_deal",
        "args": {"deal_id": "cspc-astrazeneca-2026", "metric": "total"},
    },
    {
        # One company and a period: a sum over its deals (was get_deal, which asked "which one?").
        "q": "How much did Merck pay upfront in 2024?",
        "route": "table",
        "tool": "aggregate",
        "args": {"metric": "upfront", "operation": "sum", "filter": {"licensee": MERCK, "year": 2024}},
    },
    {
        "q": "How much was the Hengrui GSK deal worth in total?",
        "tool": "get_deal",
        "args": {"licensor": HENGRUI, "metric": "total"},
    },
    {
        "q": "What did Summit pay Akeso?",
        "tool": "get_deal",
        "args": {"licensor": "Akeso", "licensee": "Summit Therapeutics"},
    },
    {
        "q": "What did Leads Biolabs get from Dianthus?",
        "tool": "get_deal",
        "args": {"licensor": "Leads Biolabs", "licensee": "Dianthus Therapeutics"},
    },
    {
        "q": "What did Bristol-Myers Squibb pay SystImmune?",
        "tool": "get_deal",
        "args": {"licensor": "SystImmune", "licensee": "Bristol Myers Squibb"},
    },
    {
        "q": "Upfront for the Kelun-Biotech Crescent deal?",
        "tool": "get_deal",
        "args": {"licensor": "Kelun-Biotech", "licensee": "Crescent Biopharma", "metric": "upfront"},
    },
]

CASE_AND_PUNCTUATION: list[dict[str, Any]] = [
    {
        "q": "how much did pfizer pay 3sbio upfront",
        "tool": "get_deal",
        "args": {"licensor": "3SBio", "licensee": "Pfizer"},
    },
    {"q": "WHAT DID MSD PAY HANSOH UPFRONT?", "tool": "get_deal", "args": {"licensor": HANSOH, "licensee": MERCK}},
    {
        "q": "what did merck pay lanova up front",
        "tool": "get_deal",
        "args": {"licensor": "LaNova Medicines", "licensee": MERCK},
    },
    {
        "q": "What did Merck and Co. pay Curon?",
        "tool": "get_deal",
        "args": {"licensor": "Curon Biopharmaceutical", "licensee": MERCK},
    },
    {"q": "3SBio's upfront from Pfizer?", "tool": "get_deal", "args": {"licensor": "3SBio", "licensee": "Pfizer"}},
    {
        "q": "upfront bms harbour biomed",
        "tool": "get_deal",
        "args": {"licensor": "Harbour BioMed", "licensee": "Bristol Myers Squibb"},
    },
    {
        "q": "What did GlaxoSmithKline pay Hansoh in October 2023?",
        "tool": "get_deal",
        "args": {"deal_id": "hansoh-gsk-2023-10"},
    },
]

TYPOS: list[dict[str, Any]] = [
    {
        "q": "how much did hengriu get upfront from gsk",
        "tool": "get_deal",
        "args": {"licensor": HENGRUI, "licensee": "GSK", "metric": "upfront"},
        "companies": [HENGRUI, "GSK"],
    },
    {
        "q": "What did Innovnet get from Takeda?",
        "tool": "get_deal",
        "args": {"licensor": INNOVENT, "licensee": "Takeda"},
    },
    {"q": "What did Regneron pay Hansoh?", "tool": "get_deal", "args": {"licensor": HANSOH, "licensee": "Regeneron"}},
    {"q": "Upfront in the Hansho Roche deal?", "tool": "get_deal", "args": {"licensor": HANSOH, "licensee": "Roche"}},
    {
        "q": "What did Astrazenca pay Jacobio?",
        "tool": "get_deal",
        "args": {"licensor": "Jacobio Pharmaceuticals", "licensee": "AstraZeneca"},
    },
    {"q": "How much did Sansbio get from Pfizer?", "route": "none", "clarify": True},
    # A name nothing like a known company: no tool call, the answer chain abstains (was a clarification).
    {"q": "What did Pfizr pay Zuvrex upfront?", "route": "text", "calls": 0},
    {"q": "How much did Moderna pay upfront for its Chinese asset?", "route": "text", "calls": 0},
    {"q": "What Did Pfizer Pay 3SBio Upfront?", "tool": "get_deal", "args": {"licensor": "3SBio", "metric": "upfront"}},
]

CHINESE: list[dict[str, Any]] = [
    {
        "q": "恒瑞医药和GSK的交易首付款是多少?",
        "route": "table",
        "tool": "get_deal",
        "args": {"licensor": HENGRUI, "licensee": "GSK", "metric": "upfront"},
    },
    {"q": "信达生物和礼来的交易总额是多少?", "tool": "get_deal", "args": {"licensor": INNOVENT, "metric": "total"}},
    {"q": "为什么跨国药企从恒瑞医药引进药物?", "route": "text", "passage": {"companies": [HENGRUI]}},
    {"q": "What did Merck pay 翰森制药 upfront?", "tool": "get_deal", "args": {"licensor": HANSOH, "licensee": MERCK}},
    {"q": "石药集团 AstraZeneca 2025 upfront", "tool": "get_deal", "args": {"licensor": CSPC, "year": 2025}},
]

PERIODS: list[dict[str, Any]] = [
    {
        "q": "How many deals did Hengrui sign in the first half of 2025?",
        "tool": "aggregate",
        "args": {"operation": "count", "filter": {"licensor": HENGRUI, "year": 2025, "half": 1}},
    },
    {
        "q": "Total upfront paid by AbbVie in H1 2025?",
        "tool": "aggregate",
        "args": {"operation": "sum", "metric": "upfront", "filter": {"licensee": "AbbVie", "year": 2025, "half": 1}},
    },
    {
        "q": "What did AstraZeneca pay in total upfront in Q4 2025?",
        "tool": "aggregate",
        "args": {"metric": "upfront", "filter": {"licensee": "AstraZeneca", "year": 2025, "quarter": 4}},
    },
    {
        "q": "Combined value of Roche's deals in the first quarter of 2024?",
        "tool": "aggregate",
        "args": {"metric": "total", "operation": "sum", "filter": {"licensee": "Roche", "year": 2024, "quarter": 1}},
    },
    {
        "q": "How many deals did Roche sign in January 2026?",
        "tool": "aggregate",
        "args": {"operation": "count", "filter": {"licensee": "Roche", "year": 2026, "month": 1}},
    },
    {
        "q": "How many deals did AbbVie sign last year?",
        "tool": "aggregate",
        "args": {"filter": {"licensee": "AbbVie", "year": 2025}},
    },
    {
        "q": "How many deals has AstraZeneca signed this year?",
        "tool": "aggregate",
        "args": {"filter": {"licensee": "AstraZeneca", "year": 2026}},
    },
    {
        "q": "Total upfront paid by AbbVie in 2025 and 2026",
        "tool": "aggregate",
        "args": {
            "metric": "upfront",
            "filter": {"licensee": "AbbVie", "date_from": "2025-01-01", "date_to": "2026-12-31"},
        },
    },
    {
        "q": "Largest deal in H1 2025?",
        "tool": "rank",
        "args": {"dimension": "deal", "n": 1, "filter": {"year": 2025, "half": 1}},
    },
    {
        "q": "What was the total value of Chinese out-licensing from January to August 2025 according to CPHIIC?",
        "tool": "market_stat",
        "args": {"metric": "total_value", "period": "2025-01/2025-08", "reporter": "CPHIIC"},
    },
    {
        "q": "How many deals so far this year?",
        "tool": "market_stat",
        "args": {"metric": "deal_count", "period": "2026-01/2026-02"},
    },
]

AGGREGATE_RANK_COMPARE: list[dict[str, Any]] = [
    {
        "q": "What did Merck pay Chinese companies upfront in 2024, in total?",
        "route": "table",
        "tool": "aggregate",
        "args": {"metric": "upfront", "operation": "sum", "filter": {"licensee": MERCK, "year": 2024}},
    },
    {
        "q": "What was the average upfront of ADC deals?",
        "tool": "aggregate",
        "args": {"metric": "upfront", "operation": "average", "filter": {"modality": "ADC"}},
    },
    {
        "q": "What was the mean upfront payment in oncology deals in 2025?",
        "tool": "aggregate",
        "args": {"operation": "average", "filter": {"therapeutic_area": "Oncology", "year": 2025}},
    },
    {
        "q": "How many ADC deals were signed in 2025?",
        "tool": "aggregate",
        "args": {"operation": "count", "filter": {"modality": "ADC", "year": 2025}},
    },
    {
        "q": "How many deals did Merck sign with Chinese companies?",
        "tool": "aggregate",
        "args": {"operation": "count", "filter": {"licensee": MERCK}},
    },
    {
        "q": "What was the smallest upfront in 2025?",  # the deal at the bottom, named (multipart11)
        "tool": "rank",
        "args": {"ascending": True, "metric": "upfront", "n": 1, "dimension": "deal"},
    },
    {
        "q": "Sum of milestones in Hengrui's deals altogether",
        "tool": "aggregate",
        "args": {"metric": "milestones", "operation": "sum", "filter": {"licensor": HENGRUI}},
    },
    {"q": "Total deal value of Hengrui's deals by year", "tool": "aggregate", "args": {"group_by": "year"}},
    {
        "q": "How many deals worth more than $1 billion did AbbVie sign?",
        "tool": "aggregate",
        "args": {"operation": "count", "filter": {"licensee": "AbbVie", "min_total_usd": "1000000000"}},
    },
    {
        "q": "Which company licensed the most?",
        "tool": "rank",
        "args": {"dimension": "licensor", "metric": "count", "n": 1},
    },
    {
        "q": "What were the top 3 deals by upfront in 2025?",
        "tool": "rank",
        "args": {"dimension": "deal", "metric": "upfront", "n": 3, "filter": {"year": 2025}},
    },
    {
        "q": "Who paid the most upfront in 2025?",
        "tool": "rank",
        "args": {"dimension": "licensee", "metric": "upfront", "n": 1},
    },
    {"q": "Which multinational spent the most on Chinese assets?", "tool": "rank", "args": {"dimension": "licensee"}},
    {
        "q": "Which Chinese drugmakers signed the most deals in 2025?",
        "tool": "rank",
        "args": {"dimension": "licensor", "metric": "count", "filter": {"year": 2025}},
    },
    {
        "q": "Rank the therapeutic areas by total deal value",
        "tool": "rank",
        "args": {"dimension": "therapeutic_area", "metric": "total"},
    },
    {
        "q": "What was Merck's biggest deal?",
        "tool": "rank",
        "args": {"dimension": "deal", "n": 1, "filter": {"licensee": MERCK}},
    },
    {
        "q": "Top five modalities by upfront",
        "tool": "rank",
        "args": {"dimension": "modality", "metric": "upfront", "n": 5},
    },
    {
        "q": "Compare Merck and AstraZeneca upfront payments in 2025",
        "tool": "compare",
        "args": {
            "metric": "upfront",
            "left": {"licensee": MERCK, "year": 2025},
            "right": {"licensee": "AstraZeneca", "year": 2025},
        },
    },
    {
        "q": "How much more did Pfizer pay 3SBio upfront than Merck paid Hengrui?",
        "tool": "compare",
        "args": {
            "metric": "upfront",
            "left": {"licensor": "3SBio", "licensee": "Pfizer"},
            "right": {"licensor": HENGRUI, "licensee": MERCK},
        },
    },
    {
        "q": "Was the 3SBio Pfizer deal bigger than the Hengrui GSK deal?",
        "tool": "compare",
        "args": {"metric": "total", "left": {"licensor": "3SBio"}, "right": {"licensor": HENGRUI, "licensee": "GSK"}},
    },
    {
        "q": "Hengrui vs Hansoh total deal value in 2025",
        "tool": "compare",
        "args": {"left": {"licensor": HENGRUI, "year": 2025}, "right": {"licensor": HANSOH, "year": 2025}},
    },
    {
        # growth measures the later year against the earlier: 2025 is the first side, so the
        # compare tool's "percent more" is the growth from 2024 (not the fall from 2025 to 2024)
        "q": "Did Hengrui's deal value increase from 2024 to 2025?",
        "tool": "compare",
        "args": {"left": {"licensor": HENGRUI, "year": 2025}, "right": {"licensor": HENGRUI, "year": 2024}},
    },
    {
        "q": "Difference between AbbVie's upfront payments in 2025 and 2026",
        "tool": "compare",
        "args": {"metric": "upfront", "left": {"year": 2025}, "right": {"year": 2026}},
    },
    {
        "q": "Which deals did AbbVie sign in 2025?",
        "tool": "find_deals",
        "args": {"filter": {"licensee": "AbbVie", "year": 2025}},
    },
    {"q": "List the ADC deals of 2024", "tool": "find_deals", "args": {"filter": {"modality": "ADC", "year": 2024}}},
    {
        "q": "Did Roche pay more upfront to Innovent or to Hansoh?",
        "tool": "compare",
        "args": {
            "left": {"licensor": INNOVENT, "licensee": "Roche"},
            "right": {"licensor": HANSOH, "licensee": "Roche"},
        },
    },
    {
        # one sum over the two buyers' deals, "combined" (group_sides: a group filter "A|B"), the deals each named
        "q": "Combined upfront of Merck and AstraZeneca deals in 2025",
        "tool": "aggregate",
        "calls": 1,
        "args": {"filter": {"licensee": f"{MERCK}|AstraZeneca", "year": 2025}},
    },
]

MARKET: list[dict[str, Any]] = [
    {
        "q": "What was the total value of deals in 2025?",
        "route": "table",
        "tool": "market_stat",
        "args": {"metric": "total_value", "period": "2025"},
        "absent": ["derive", "subject"],
    },
    {"q": "How many deals in 2025?", "tool": "market_stat", "args": {"metric": "deal_count", "period": "2025"}},
    {
        "q": "How many out-licensing deals did Chinese drugmakers sign in 2024?",
        "tool": "market_stat",
        "args": {"metric": "deal_count", "period": "2024"},
    },
    {"q": "How many deals last year?", "tool": "market_stat", "args": {"metric": "deal_count", "period": "2025"}},
    {
        "q": "How much did deal value grow from 2024 to 2025?",  # "how much", no unit: the rise and the percent
        "tool": "market_stat",
        "args": {"metric": "total_value", "derive": "change", "period": "2025", "compare_period": "2024"},
    },
    {
        "q": "What was the growth in Chinese out-licensing deal value in 2025?",
        "tool": "market_stat",
        "args": {"derive": "growth", "period": "2025", "compare_period": "2024"},
    },
    {
        "q": "How much did deal count grow in 2025?",
        "tool": "market_stat",
        "args": {"metric": "deal_count", "derive": "change", "compare_period": "2024"},
    },
    {"q": "Compare deal value in 2024 vs 2025", "tool": "market_stat", "args": {"derive": "growth", "period": "2025"}},
    {
        "q": "What was the average deal size in 2025?",
        "tool": "market_stat",
        "args": {"metric": "total_value", "derive": "average_deal_size", "period": "2025"},
    },
    {
        "q": "What share of 2025 deal value did Hengrui account for?",
        "tool": "market_stat",
        "args": {"metric": "company_total_value", "subject": HENGRUI, "derive": "share", "period": "2025"},
    },
    {
        "q": "What share did the top 10 licensors take in 2025?",
        "tool": "market_stat",
        "args": {"metric": "top10_share", "period": "2025"},
        "absent": ["derive"],
    },
    {
        "q": "How much did the top 10 licensors account for in 2025?",
        "tool": "market_stat",
        "args": {"metric": "top10_share", "derive": "top10_amount"},
    },
    {
        "q": "How many Chinese companies out-licensed drugs in 2025?",
        "tool": "market_stat",
        "args": {"metric": "licensor_count"},
    },
    {
        "q": "How many deals over $1 billion were there in H1 2025?",
        "tool": "market_stat",
        "args": {"metric": "deals_over_1b_count", "period": "2025-H1"},
    },
    {
        "q": "What was China's share of global out-licensing deal value in Q1 2025?",
        "tool": "market_stat",
        "args": {"metric": "share_of_global_value", "period": "2025-Q1"},
    },
    {
        "q": "What did Chinese companies receive in upfront payments in 2024?",
        "tool": "market_stat",
        "args": {"metric": "upfront_total", "period": "2024"},
    },
    {
        "q": "How much were Greater China deals worth in 2025?",
        "tool": "market_stat",
        "args": {"metric": "total_value", "reporter": "PharmCube (via Reuters)"},
    },
    {
        "q": "What was Hengrui's 2025 deal value according to PharmCube?",
        "tool": "market_stat",
        "args": {"metric": "company_total_value", "subject": HENGRUI, "reporter": "PharmCube"},
    },
]

TEXT: list[dict[str, Any]] = [
    {
        "q": "Why are multinationals shopping in China?",
        "route": "text",
        "calls": 0,
        "standalone": "Why are multinationals",
    },
    {"q": "What are the risks of licensing from China?", "route": "text"},
    {"q": "Why did Pfizer license SSGJ-707?", "route": "text", "passage": {"companies": ["Pfizer", "3SBio"]}},
    {"q": "What is SSGJ-707?", "route": "text", "passage": {"companies": ["3SBio", "Pfizer"]}},
    {"q": "Who are the trackers that count Chinese out-licensing deals?", "route": "text"},
    {"q": "How do trackers define the universe of deals differently?", "route": "text"},
    {"q": "What does incl_near_term mean?", "route": "text"},
    {"q": "Explain the trend in PD-1/VEGF bispecific deals", "route": "text"},
    {
        "q": "Why did Hengrui sign so many deals in 2025?",
        "route": "text",
        "passage": {"companies": [HENGRUI], "date_from": "2025-01-01", "date_to": "2025-12-31"},
    },
    {
        "q": "Why did Chinese out-licensing hit a record in 2025?",
        "route": "text",
        "passage": {"date_from": "2025-01-01"},
        "absent_passage": ["date_to", "companies"],
    },
    {"q": "Was the ImmuneOnco deal terminated?", "route": "text", "companies": ["ImmuneOnco Biopharmaceuticals"]},
    {"q": "What is the capital of France?", "route": "text"},
    {"q": "Who won the 2022 World Cup?", "route": "text"},
    {
        "q": "How much did Pfizer pay 3SBio and why?",
        "route": "table+text",
        "tool": "get_deal",
        "args": {"licensor": "3SBio", "licensee": "Pfizer"},
        "passage": {"companies": ["Pfizer", "3SBio"]},
    },
    {
        "q": "Why did Pfizer pay $1.25 billion upfront to 3SBio?",
        "route": "table+text",
        "tool": "get_deal",
        "args": {"metric": "upfront"},
    },
    {
        "q": "Tell me about the Hansoh Roche deal",
        "route": "table+text",
        "tool": "get_deal",
        "args": {"licensor": HANSOH},
    },
    {
        "q": "How much did deal value grow in 2025 and what drove it?",
        "route": "table+text",
        "tool": "market_stat",
        "args": {"derive": "change"},
    },
]

CLARIFY: list[dict[str, Any]] = [
    {"q": "", "route": "none", "clarify": True},
    {"q": "   ", "route": "none", "clarify": True},
    {"q": "What was the upfront payment?", "route": "none", "clarify": True},
]

FOLLOWUPS: list[dict[str, Any]] = [
    {
        "history": ["How much did Pfizer pay 3SBio upfront?"],
        "q": "And the milestones?",
        "route": "table",
        "tool": "get_deal",
        "args": {"licensor": "3SBio", "licensee": "Pfizer", "metric": "milestones"},
        "standalone": "milestones of the 3SBio–Pfizer deal",
    },
    {
        "history": ["How much did Pfizer pay 3SBio upfront?"],
        "q": "What about Hansoh?",
        "tool": "get_deal",
        "args": {"licensor": HANSOH, "metric": "upfront"},
        "absent": ["licensee"],
        "companies": [HANSOH],
    },
    {
        "history": ["How much did Pfizer pay 3SBio upfront?", "And the milestones?"],
        "q": "And the royalties?",
        "tool": "get_deal",
        "args": {"licensor": "3SBio", "metric": "royalties"},
    },
    {
        "history": ["What did Merck pay Chinese companies upfront in 2024, in total?"],
        "q": "What about AstraZeneca?",
        "tool": "aggregate",
        "args": {"metric": "upfront", "filter": {"licensee": "AstraZeneca", "year": 2024}},
        "standalone": "AstraZeneca",
    },
    {
        "history": ["What did Merck pay Chinese companies upfront in 2024, in total?"],
        "q": "And in 2025?",
        "tool": "aggregate",
        "args": {"filter": {"licensee": MERCK, "year": 2025}},
        "standalone": "2025",
    },
    {
        "history": ["How much did AstraZeneca pay CSPC upfront in 2025?"],
        "q": "What about Jacobio?",
        "tool": "get_deal",
        "args": {"licensor": "Jacobio Pharmaceuticals", "licensee": "AstraZeneca", "year": 2025},
    },
    {
        "history": ["What was the total value of deals in 2025?"],
        "q": "And in 2024?",
        "tool": "market_stat",
        "args": {"metric": "total_value", "period": "2024"},
        "standalone": "2024",
    },
    {
        "history": ["What was the total value of deals in 2025?", "And in 2024?"],
        "q": "and the number of deals?",
        "tool": "market_stat",
        "args": {"metric": "deal_count", "period": "2024"},
    },
    {
        "history": ["How many deals did Hengrui sign in 2025?"],
        "q": "What about Innovent?",
        "tool": "aggregate",
        "args": {"operation": "count", "filter": {"licensor": INNOVENT, "year": 2025}},
    },
    {
        "history": ["How many deals did Hengrui sign in 2025?"],
        "q": "and their total value?",
        "tool": "aggregate",
        "args": {"operation": "sum", "metric": "total", "filter": {"licensor": HENGRUI, "year": 2025}},
    },
    {
        "history": ["Which company licensed the most?"],
        "q": "And in 2024?",
        "tool": "rank",
        "args": {"dimension": "licensor", "filter": {"year": 2024}},
    },
    {
        "history": ["What share of 2025 deal value did Hengrui account for?"],
        "q": "What about Innovent?",
        "tool": "market_stat",
        "args": {"subject": INNOVENT, "derive": "share", "period": "2025"},
    },
    {
        "history": ["Compare Merck and AstraZeneca upfront payments in 2025"],
        "q": "what about milestones?",
        "tool": "compare",
        "args": {"metric": "milestones", "left": {"licensee": MERCK, "year": 2025}},
    },
    {
        "history": ["What are the terms of the Hansoh GSK deal?"],
        "q": "the one in October 2023",
        "tool": "get_deal",
        "args": {"deal_id": "hansoh-gsk-2023-10"},
    },
    {
        "history": ["Why are multinationals shopping in China?"],
        "q": "And in 2024?",
        "route": "text",
        "standalone": "Why are multinationals shopping in China in 2024?",
    },
    {
        "history": ["Why did AbbVie license so many Chinese assets?"],
        "q": "What about Novartis?",
        "route": "text",
        "standalone": "Why did Novartis license so many Chinese assets?",
        "passage": {"companies": ["Novartis"]},
    },
    {
        "history": ["Why did Pfizer license SSGJ-707?"],
        "q": "How much did it pay upfront?",
        "route": "table",
        "tool": "get_deal",
        "args": {"licensee": "Pfizer", "asset": "SSGJ-707", "metric": "upfront"},
    },
    {
        "history": ["How much did Pfizer pay 3SBio upfront?"],
        "q": "And why did they do it?",
        "route": "text",
        "passage": {"companies": ["Pfizer", "3SBio"]},
        "standalone": "3SBio–Pfizer",
    },
    {
        "history": ["How many deals did Hengrui sign in 2025?", "and their total value?"],
        "q": "Why?",
        "route": "text",
        "standalone": "Why?",
    },
    {
        "history": ["How much did Pfizer pay 3SBio upfront?"],
        "q": "How many deals did Hengrui sign in 2025?",
        "tool": "aggregate",
        "args": {"filter": {"licensor": HENGRUI, "year": 2025}},
        "companies": [HENGRUI],
        "standalone": "How many deals did Hengrui sign in 2025?",
    },
    {
        "history": ["", "How much did Pfizer pay 3SBio upfront?"],
        "q": "And the equity?",
        "tool": "get_deal",
        "args": {"licensor": "3SBio", "metric": "equity"},
    },
    {
        "history": ["恒瑞医药和GSK的交易首付款是多少?"],
        "q": "And the milestones?",
        "tool": "get_deal",
        "args": {"licensor": HENGRUI, "licensee": "GSK", "metric": "milestones"},
    },
]

CASES: list[dict[str, Any]] = [
    *LOOKUP,
    *CASE_AND_PUNCTUATION,
    *TYPOS,
    *CHINESE,
    *PERIODS,
    *AGGREGATE_RANK_COMPARE,
    *MARKET,
    *TEXT,
    *CLARIFY,
    *FOLLOWUPS,
    *REVIEW_CASES,
]
