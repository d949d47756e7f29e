"""The front ends: CLI, Gradio chat (with its charts). Each translates its transport into
``Assistant.ask`` / ``stream`` and nothing more.

May import: every room below (kernel, corpus, search, tools, routing, answering) and ``evaluation``
(the CLI runs eval sets).
"""
