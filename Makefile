# The README's commands. Each target installs what it needs first, so they work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: install install-test browser run demo test lint bench

$(BIN)/ceasewatch: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

# Builds the classifier's indexes once into the user's cache, so the first `ceasewatch classify`
# starts in 0.3 s instead of 0.45 s (service/classification/resources.py), and writes the bytecode
# ahead, which environments with PYTHONDONTWRITEBYTECODE=1 would otherwise recompile every run.
install: $(BIN)/ceasewatch
	@$(BIN)/python -m compileall -q service workers >/dev/null
	@$(BIN)/python -c 'from service.classification.resources import load; load()'

# Debian's Chromium for the dashboard's browser tests (Playwright drives it; it downloads no browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

run: install
	$(BIN)/ceasewatch up

demo: install
	$(BIN)/ceasewatch up --demo

test: install browser
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check service workers migrations tests bench
	$(BIN)/ruff format --check service workers migrations tests bench
	$(BIN)/mypy service workers
