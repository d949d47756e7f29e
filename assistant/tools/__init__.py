"""The tools room: exact Decimal arithmetic over the deal and market tables (get_deal,
find_deals, aggregate, rank, compare, market_stat), their typed arguments and results, and the
registry every consumer (LangChain, the router, the evaluator) reads tool names from.

May import: the kernel and ``corpus``.
"""
