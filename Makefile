# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint typecheck train evaluate bench schemas clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/extractor extract --pretty corpus/seeds/003_a0826c20d7ebd924.txt | head -n 40
	$(BIN)/extractor diff corpus/seeds/000_8be602b854862311.txt corpus/seeds/003_a0826c20d7ebd924.txt --label it --label en

test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2

lint: $(STAMP)
	$(BIN)/ruff check extractor tests training
	$(BIN)/ruff format --check extractor tests training

typecheck: $(STAMP)
	$(BIN)/mypy extractor

train: $(STAMP)
	$(BIN)/python training/train.py --lang it
	$(BIN)/python training/train.py --lang en

schemas: $(STAMP)
	$(BIN)/python -m extractor schema record > schemas/record.schema.json
	$(BIN)/python -m extractor schema diff > schemas/diff.schema.json
	$(BIN)/python -m extractor schema error > schemas/error.schema.json

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
