"""More Chinese phrases ``chinese_wording`` reads in English (outsider30, a Beijing analyst): the
table's therapeutic areas and modalities, the two sides of a licence, listing, a tracker's count, and
the words that point back at deals already named.

"2025年代谢领域交易的首付款总和" kept 代谢领域 as it was and so summed every 2025 deal; 被许可方
became "被 licence 方" and ranked deals; "这几笔的 upfront 合计呢" read 几笔 as "how many deals" and
counted them again. Each area or modality word is written as the English word ``wording.AREAS`` /
``wording.MODALITIES`` reads as one of the table's own values (a test checks every one of them against
``deals.csv``), so a new area needs its Chinese word here and nothing else. Never a company's name.
"""

from __future__ import annotations

# Chinese word → the English word wording.AREAS reads as a deals.csv therapeutic area.
AREA_WORDS: dict[str, str] = {
    "肿瘤": "oncology",
    "癌症": "cancer",
    "抗肿瘤": "oncology",
    "自身免疫": "autoimmune",
    "免疫": "immunology",
    "炎症": "inflammation",
    "代谢": "metabolic",
    "肥胖": "obesity",
    "减重": "weight-loss",
    "减肥": "weight-loss",
    "糖尿病": "diabetes",
    "心血管": "cardiovascular",
    "心脏": "cardiac",
    "神经": "neurology",
    "神经科学": "neurology",
    "阿尔茨海默": "alzheimer",
    "呼吸": "respiratory",
    "哮喘": "asthma",
    "慢阻肺": "copd",
    "纤维化": "fibrosis",
}
# Chinese word → the English word wording.MODALITIES reads as a deals.csv modality.
MODALITY_WORDS: dict[str, str] = {
    "抗体偶联药物": "ADC",
    "抗体药物偶联物": "ADC",
    "双抗ADC": "bispecific ADC",
    "双特异性ADC": "bispecific ADC",
    "三抗": "trispecific",
    "三特异性抗体": "trispecific",
    "T细胞衔接器": "T-cell engager",
    "小核酸": "siRNA",
    "小干扰RNA": "siRNA",
    "小分子": "small molecule",
    "多肽": "peptide",
    "肽类": "peptide",
    "单抗": "monoclonal antibody",
    "单克隆抗体": "monoclonal antibody",
    "细胞疗法": "cell therapy",
    "细胞治疗": "cell therapy",
    "融合蛋白": "fusion protein",
}
# The words said after an area or a modality ("代谢领域", "ADC类", "肿瘤方向"): the area itself.
_KIND_SUFFIXES = ("领域", "方向", "赛道", "板块", "类药物", "类药", "类的", "类", "药物", "疗法")


# A drug's Chinese name ends in these ("依沃西单抗" is ivonescimab): the word is a modality only with a suffix
# ("单抗类", "单抗药物") or in full ("单克隆抗体").
_NAME_ENDINGS = ("单抗",)


def _kind_phrases() -> dict[str, str]:
    phrases: dict[str, str] = {}
    for word, english in (AREA_WORDS | MODALITY_WORDS).items():
        if word not in _NAME_ENDINGS:
            phrases[word] = english
        for suffix in _KIND_SUFFIXES:
            phrases[word + suffix] = english
    return phrases


MORE_PHRASES: dict[str, str] = _kind_phrases() | {
    "领域": "area",  # "哪个领域交易最多": which area
    "类": "",  # "ADC类的交易": the ADC deals
    "数据": "data",  # before 据 (per)
    # the two sides of a licence
    "被许可方": "licensee",
    "被授权方": "licensee",
    "引进方": "licensee",
    "买方": "buyer",
    "许可方": "licensor",
    "授权方": "licensor",
    "转让方": "licensor",
    "卖方": "licensor",
    # listing
    "列一下": "list",
    "列一列": "list",
    "列举": "list",
    "列出来": "list",
    "列出": "list",
    "罗列": "list",
    "做过": "did",
    "引进过": "did in-license",
    "授权过": "did license",
    "合作过": "did partner",
    "签过": "did sign",
    "投资": "investment",
    "年份": "years",
    "里": "",  # "那笔交易里": in that deal
    "做了": "did",
    "有过": "had",
    # the deals already named ("这几笔" are these deals, not "how many")
    "这几笔交易": "these deals",
    "这几笔": "these deals",
    "那几笔": "those deals",
    "这些交易": "these deals",
    "这些": "these",
    "那些": "those",
    "这两笔": "these two deals",
    # counting: "交易数量最多", "deal 数量" (a count, never a value)
    "交易数量最多": "the most deals",
    "数量最多": "the most deals",
    "数量最少": "the fewest deals",
    "数量": "count",
    "笔数": "number of deals",
    # a tracker's own figure ("PharmCube统计的", "据CPHIIC数据")
    "统计的": "reported",
    "统计": "reported",
    "根据": "per",
    "据": "per",
    # a share held ("礼来有没有入股信达"): equity
    "有没有入股": "did take an equity stake in",
    "是否入股": "did take an equity stake in",
    "入股": "equity stake in",
    "参股": "equity stake in",
    "百分之多少": "what percent",
    "多了百分之多少": "how much higher in percent",
    "高了百分之多少": "how much higher in percent",
}
