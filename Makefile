# Two commands do all the set-up: `make run` (the app on the sample portfolio) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
PYTEST_ARGS ?=
SHARED ?= $(abspath ../shared)

.PHONY: run test eval lint wheel-check bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install -q "setuptools>=77" -e ".[dev]"
	touch $@

run: $(VENV)/.installed
	$(VENV)/bin/streamlit run app.py --server.address localhost --server.port 8501

test: $(VENV)/.installed
	$(PY) -m pytest -q -n 2 --dist loadfile $(PYTEST_ARGS)

# Quality against the shared reference data beside the checkout (../shared, or SHARED=DIR): the eval sets
# scored by their own scorer, and the checks of evals/ (real lists that may not be copied, raw public tables).
eval: $(VENV)/.installed
	@test -f "$(SHARED)/eval/score.py" || { echo "make eval needs the shared reference data at $(SHARED) (eval/score.py, eval/*.jsonl, data/). Put the shared/ folder beside the checkout or run 'make eval SHARED=DIR'." >&2; exit 2; }
	SCREENER_SHARED="$(SHARED)" $(PY) -m pytest -q -p no:cacheprovider evals
	@for set in dev_realdocs dev_real dev_authored; do \
	  echo "== $$set"; $(PY) "$(SHARED)/eval/score.py" "$(SHARED)/eval/$$set.jsonl" --screener $(VENV)/bin/screener || exit 1; \
	done

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check screener app_pages app.py tests evals bench scripts
	$(VENV)/bin/mypy

wheel-check: $(VENV)/.installed
	bash scripts/check_wheel.sh

clean:
	rm -rf $(VENV) .pytest_cache build
