# Giveback: `make run` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# `make run` installs only what the app needs (APP); the tests, linters, benchmarks and
# the bundle add the test and packaging tools (DEV). pip prints errors only (-q -q).
APP := $(VENV)/.installed-app
DEV := $(VENV)/.installed-dev
PIP := $(PY) -m pip install --quiet --quiet --disable-pip-version-check

.PHONY: run test translations bench bench-quick mutate coverage lint bundle smoke bundle-smoke deb clean

$(PY):
	@echo "Creating $(VENV) (once)…"
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) --upgrade pip

$(APP): pyproject.toml | $(PY)
	@echo "Installing Giveback into $(VENV)…"
	@$(PIP) -e .
	@touch $@

$(DEV): $(APP)
	@echo "Installing the test and packaging tools into $(VENV)…"
	@$(PIP) -e '.[dev,bundle]'
	@touch $@

run: $(APP)
	$(VENV)/bin/giveback

test: $(DEV)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The window's translations: pyside6-lupdate gathers every tr()/translate() string of the
# window and the prep sheets into the .ts files (German, and English for its plural forms
# only), which Qt Linguist edits; pyside6-lrelease compiles them to the .qm files the app
# loads. Both are committed, so `make run` from a fresh clone needs no extra step; a test
# checks the .qm files match their .ts.
I18N_SOURCES := crm_desktop/ui crm_desktop/printing crm_desktop/services
TRANSLATIONS := resources/translations
LUPDATE := $(VENV)/bin/pyside6-lupdate -extensions py -locations relative -no-obsolete -silent
translations: $(APP)
	$(LUPDATE) $(I18N_SOURCES) -ts $(TRANSLATIONS)/giveback_de.ts
	$(LUPDATE) -pluralonly $(I18N_SOURCES) -ts $(TRANSLATIONS)/giveback_en.ts
	$(VENV)/bin/pyside6-lrelease -silent $(TRANSLATIONS)/giveback_de.ts $(TRANSLATIONS)/giveback_en.ts

# Contacts at scale: N = 1,000 / 10,000 / 100,000 (several minutes); `make bench-quick`
# (N = 1,000) is what CI runs. A table on stdout, the figures in build/bench/contacts.json.
# Then prep sheets, and importing 10,000 LinkedIn rows (1,000 with --quick; build/bench/import.json).
# Then the referral graph: layout against networkx and panning frame rates at 1,000 / 5,000 /
# 20,000 people (1,000 with --quick; build/bench/graph.json).
# bench_contacts also runs each size on an encrypted database (ratios to the plain one);
# bench_encrypted_insert takes the bulk insert plain and encrypted in turns (fairer on a
# busy machine): 100,000 contacts, 3 rounds each.
# Last, sync against a Radicale the benchmark starts on loopback: the first sync of 5,000
# contacts and 2,000 meetings (500 and 200 with --quick), nothing changed, 10 changed, with
# vdirsyncer on the same address book as the yardstick (build/bench/sync.json).
BENCH_ARGS ?=
bench: $(DEV)
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_contacts.py $(BENCH_ARGS)
	$(PY) tests/benchmarks/bench_encrypted_insert.py 100000 --rounds 3
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_prep.py
	$(PY) tests/benchmarks/bench_import.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_graph.py
	$(PY) tests/benchmarks/bench_sync.py

bench-quick: $(DEV)
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_contacts.py --quick $(BENCH_ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_prep.py
	$(PY) tests/benchmarks/bench_import.py --quick
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_graph.py --quick
	$(PY) tests/benchmarks/bench_sync.py --quick

# Mutation testing (mutmut) of the modules where a silent bug hurts most, each against the
# tests that exercise it, on one worker; `make mutate MODULE=referrals` for one module.
# Slow, so not in CI. Figures in build/mutation/ (summary.md, a JSON per module); the
# equivalent mutants and the last figures are in docs/MUTATION.md.
MODULE ?=
mutate: $(DEV)
	$(PY) tests/mutation/mutate.py $(MODULE)

# Branch coverage of services and store over the tests that drive no widgets (and not the
# SIGKILL crash harness): a table per module on stdout, the HTML report in build/coverage/.
coverage: $(DEV)
	@mkdir -p build/coverage
	QT_QPA_PLATFORM=offscreen $(PY) -m coverage run -m pytest -q -p no:cacheprovider \
		-m "not gui and not crash"
	$(PY) -m coverage report
	$(PY) -m coverage html --quiet
	@echo "HTML report: build/coverage/index.html"

# The layering contract (pyproject's [tool.importlinter]), ruff's rules and its formatting.
LINTED := crm_desktop tests packaging docs
lint: $(DEV)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)

# The frozen app (PyInstaller onedir): dist/giveback/giveback. See packaging/giveback.spec.
BUNDLE := dist/giveback/giveback
BUNDLE_INPUTS := pyproject.toml $(shell find crm_desktop resources packaging -type f \
	-not -name '*.pyc' 2>/dev/null)

bundle: $(DEV)
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/giveback.spec
	$(PY) packaging/report_size.py dist/giveback --top 8 $(if $(BUNDLE_MAX_MB),--max-mb $(BUNDLE_MAX_MB))

# `make smoke` rebuilds the bundle only when it is missing or older than its sources.
$(BUNDLE): $(DEV) $(BUNDLE_INPUTS)
	$(MAKE) bundle

smoke: $(BUNDLE)
	QT_QPA_PLATFORM=offscreen dist/giveback/giveback --smoke-test
	$(PY) packaging/check_bundle.py dist/giveback
	$(PY) packaging/check_icu.py dist/giveback

bundle-smoke: bundle
	$(MAKE) smoke

# Linux: dist/giveback_<version>_<arch>.deb (checked with lintian) and the portable
# dist/giveback-<version>-linux-<arch>.tar.gz. See packaging/linux/build_deb.py.
deb: $(BUNDLE)
	$(PY) packaging/linux/build_deb.py

clean:
	rm -rf build dist $(VENV)
