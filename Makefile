# The two set-up commands of the README:  `make run`  and  `make test`.
PY        ?= python3
VENV      := .venv
BIN       := $(VENV)/bin
STORE     ?= vectorstore
REPORTS   ?= samples/reports
HOST      ?= 127.0.0.1
PORT      ?= 7860
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: run test test-fast install install-test system-test-deps ingest serve eval bench screenshots reliability clean-store help

help:
	@echo "make run          install (into .venv), ingest $(REPORTS) into $(STORE), serve the chat UI on http://$(HOST):$(PORT)"
	@echo "                  make run REPORTS=path/to/folder   ingests that folder instead"
	@echo "make test         install with the test extras (and Debian chromium + CJK fonts for browser tests), run the tests"
	@echo "make test-fast    the fast tier only (no store, server, browser or model): the edit-run loop"
	@echo "make ingest       ingest REPORTS into STORE only;  make serve  serve only"
	@echo "make eval         QA evaluation with the naive-RAG baseline (bench/)"
	@echo "make bench        ingest/query/scale benchmarks, docs/benchmarks.md"
	@echo "make screenshots  regenerate docs/screenshots/"
	@echo "make reliability  bad inputs, injected crashes, 20 clients x 60 s: docs/reliability.md"

$(BIN)/python:
	$(PY) -m venv $(VENV)

# torch is pinned in the same pip command as sentence-transformers (local CPU wheel; no CUDA download)
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e . "torch==2.13.0"
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e ".[test,local-llm,bench,ocr]" "torch==2.13.0"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test system-test-deps

# browser tests and the PDF fixtures drive Debian's chromium; .doc/.wps files and the LibreOffice PDF fixtures
# need libreoffice-writer-nogui; skipped (with the reason) where they cannot be installed
system-test-deps:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "noto.*cjk" || ! command -v soffice >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk libreoffice-writer-nogui >/dev/null) \
	      || echo "warning: could not install chromium/fonts-noto-cjk/libreoffice-writer-nogui: those tests will be skipped"; \
	  else echo "note: chromium/libreoffice not installed (needs root + apt-get): those tests will be skipped"; fi; \
	fi

ingest: install
	$(BIN)/python -m ingest $(REPORTS) --store $(STORE)

serve: install
	$(BIN)/python -m assistant serve --store $(STORE) --host $(HOST) --port $(PORT)

run: ingest serve

test: install-test
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q

# the edit-run loop: everything but the slow tiers (stores, servers, browser, model); under a minute
test-fast: $(VENV)/.installed-test
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q -m "not slow"

eval: install-test
	$(BIN)/python -m bench.eval

bench: install-test
	$(BIN)/python -m bench.run

screenshots: install-test
	$(BIN)/python -m bench.screenshots

reliability: install-test
	$(BIN)/python -m bench.reliability

clean-store:
	rm -rf $(STORE)/chroma $(STORE)/*.sqlite*
