"""The corpus room: articles (load, clean, paragraphs), the deal/market/company tables,
provenance (a quote to its paragraph) and the data check.

May import: the kernel (``assistant.errors``, ``settings``, ``answer``, ``money``, ``text``, ``dates``).
"""
