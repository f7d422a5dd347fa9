# Giveback: `make run` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bundle smoke bundle-smoke clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,bundle]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/giveback

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check crm_desktop tests

# The frozen app (PyInstaller onedir): dist/giveback/giveback. See packaging/giveback.spec.
BUNDLE := dist/giveback/giveback
BUNDLE_INPUTS := pyproject.toml $(shell find crm_desktop resources packaging -type f \
	-not -name '*.pyc' 2>/dev/null)

bundle: $(STAMP)
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/giveback.spec
	$(PY) packaging/report_size.py dist/giveback --top 8

# `make smoke` rebuilds the bundle only when it is missing or older than its sources.
$(BUNDLE): $(STAMP) $(BUNDLE_INPUTS)
	$(MAKE) bundle

smoke: $(BUNDLE)
	QT_QPA_PLATFORM=offscreen dist/giveback/giveback --smoke-test
	$(PY) packaging/check_bundle.py dist/giveback

bundle-smoke: bundle
	$(MAKE) smoke

clean:
	rm -rf build dist $(VENV)
