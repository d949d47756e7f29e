"""The routing room: a question (and its history) to a ``Plan``: entities, periods,
intents and wording rules, tool arguments, the interpretation in plain words.

May import: the kernel, ``corpus`` and ``tools`` (for argument models and the registry).
"""
