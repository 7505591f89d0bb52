# Two commands do all the set-up: `make run` (the app on the sample portfolio) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
PYTEST_ARGS ?=

.PHONY: run test eval bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

run: $(VENV)/.installed
	$(VENV)/bin/streamlit run app.py --server.address localhost --server.port 8501

test: $(VENV)/.installed
	$(PY) -m pytest -q -n 2 --dist loadfile $(PYTEST_ARGS)

eval: $(VENV)/.installed
	$(PY) ../shared/eval/score.py ../shared/eval/dev_real.jsonl ../shared/eval/dev_authored.jsonl --screener $(VENV)/bin/screener

clean:
	rm -rf $(VENV) .pytest_cache
