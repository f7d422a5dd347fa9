# Giveback: `make run` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bundle smoke clean

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

bundle: $(STAMP)
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/giveback.spec

smoke: bundle
	QT_QPA_PLATFORM=offscreen dist/giveback/giveback --smoke-test

clean:
	rm -rf build dist $(VENV)
