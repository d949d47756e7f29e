"""The search room: chunking, embeddings (sentence-transformers for articles, the numpy
MiniLM for questions), the BM25 side index, the incremental indexer and the hybrid retriever.

May import: the kernel and ``corpus``.
"""
