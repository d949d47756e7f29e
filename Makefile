# The two commands of the README. Both create or reuse .venv with pip.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
# llama-cpp-python compiles from source (about 3 minutes). A generic x86-64 build: the
# native one (AVX-512/AMX kernels) crashed on its first token on this machine.
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON

.PHONY: run test

run: $(RUN_STAMP)
	$(BIN)/assistant index
	$(BIN)/assistant chat

test: $(TEST_STAMP)
	$(BIN)/ruff check assistant tests benchmarks
	$(BIN)/ruff format --check assistant tests benchmarks
	$(BIN)/mypy
	$(BIN)/assistant data check
	$(BIN)/assistant eval-extraction
	$(BIN)/pytest -q
	$(BIN)/assistant index
	$(BIN)/assistant eval $(sort $(wildcard evals/*.jsonl)) --out evals/reports/latest

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(RUN_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(VENV)/bin/python
	# --no-cache-dir: pip's wheel cache ignores CMAKE_ARGS and could hand back a native build.
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install -q --no-cache-dir llama-cpp-python
	$(BIN)/pip install -q -e '.[dev,local-llm]'
	touch $@
