"""The evaluation room: question sets and gates, the runner, baselines, metrics, the
evaluator's claim reading and the reports.

May import: every room below it (kernel, corpus, search, tools, routing, answering); never a front end.
"""
