# The two commands of the README. Both create or reuse .venv with pip.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON

.PHONY: run test install lint check

run: $(STAMP)
	$(BIN)/assistant index
	$(BIN)/assistant chat

test: $(STAMP)
	$(BIN)/ruff check assistant tests benchmarks
	$(BIN)/ruff format --check assistant tests benchmarks
	$(BIN)/mypy
	$(BIN)/assistant data check
	$(BIN)/pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# llama-cpp-python compiles here (about 3 minutes); a generic x86-64 build, because
	# the native one (AVX-512/AMX kernels) crashed on the first token on this machine.
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install -q -e '.[dev,local-llm]'
	touch $(STAMP)
