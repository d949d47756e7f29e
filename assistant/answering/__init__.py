"""The answering room: the ``Assistant`` (router → tools/retriever → composer → guard), its
snapshot of loaded state, abstention and clarification, the extractive composer, the number
guard and the prose writers.

May import: the kernel, ``corpus``, ``search``, ``tools`` and ``routing``.
"""
