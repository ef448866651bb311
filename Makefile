# Two commands on a fresh machine: `make run` and `make test`. Both build the venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench score clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/digest summarize samples/

test: $(STAMP)
	$(BIN)/python -m pytest -q

# 1,000, 10,000 and 50,000 synthetic reports; a quicker look: make bench BENCH_SIZES=1000
BENCH_SIZES ?= 1000,10000,50000
bench: $(STAMP)
	$(BIN)/python bench/run.py --sizes $(BENCH_SIZES)

score: $(STAMP)
	$(PYTHON) ../shared/corpus/score.py --corpus ../shared/corpus --cmd $(BIN)/digest --per-report

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
