# The two set-up commands of the README:  `make run`  and  `make test`.
PY        ?= python3
VENV      := .venv
BIN       := $(VENV)/bin
STORE     ?= vectorstore
REPORTS   ?= samples/reports
HOST      ?= 127.0.0.1
PORT      ?= 7860
STAMP     := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: run test install ingest serve clean-store help

help:
	@echo "make run     install (into .venv), ingest $(REPORTS) into $(STORE), serve the chat UI on http://$(HOST):$(PORT)"
	@echo "             make run REPORTS=path/to/folder   ingests that folder instead"
	@echo "make test    install with test extras and run the test suite"
	@echo "make ingest  ingest REPORTS into STORE only;  make serve  serve only"

$(BIN)/python:
	$(PY) -m venv $(VENV)

# torch is pinned in the same pip command as sentence-transformers (local CPU wheel; no CUDA download)
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]" "torch==2.13.0"
	touch $(STAMP)

install: $(STAMP)

ingest: install
	$(BIN)/python -m ingest $(REPORTS) --store $(STORE)

serve: install
	$(BIN)/python -m assistant serve --store $(STORE) --host $(HOST) --port $(PORT)

run: ingest serve

test: install
	$(BIN)/python -m pytest -q

clean-store:
	rm -rf $(STORE)/chroma $(STORE)/*.sqlite*
