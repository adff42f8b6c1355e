# Rounds — developer entry points. `make run` and `make test` work on a fresh machine.
SHELL := /bin/bash
PY_SYS ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/rounds_test
export QT_QPA_PLATFORM ?= offscreen

.PHONY: help venv system-deps postgres run test test-stress test-fast bench screenshots lint translations clean \
	package test-package

help:
	@echo "make run          set up and open Rounds on an embedded local server with demo data"
	@echo "make test         set up and run every test (SQLite and PostgreSQL), in random order, then each file alone"
	@echo "make test-stress  the Qt and end-to-end tests 20 times under CPU load (STRESS_RUNS=N)"
	@echo "make bench        run the benchmarks (JSON lines on stdout, also bench/results.jsonl)"
	@echo "make screenshots  write PNGs of every screen in both languages (needs Xvfb)"
	@echo "make lint         ruff"
	@echo "make package      PyInstaller bundle (dist/rounds/) and .deb (dist/) for IT"
	@echo "make test-package build, install the .deb with apt-get, smoke it under Xvfb, purge"

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PY_SYS) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

# Shared libraries Qt needs even offscreen; installed only when missing.
system-deps:
	@bash .ci/ensure-system-deps.sh qt

postgres:
	@bash .ci/ensure-postgres.sh

translations: venv
	$(PY) -m tools.i18n_build

# Tests run Qt offscreen (exported above); a person at a display wants to see the window.
# AS=manager (or rep2, rep3, qa: the complaint handler, pv: the pharmacovigilance desk)
# signs in as another demo user: `make run AS=manager`, `make run AS=pv`.
AS ?= rep1
run: venv system-deps translations
	$(if $(DISPLAY)$(WAYLAND_DISPLAY),env -u QT_QPA_PLATFORM) $(PY) -m tools.devrun --user $(AS)

# Every test in a random order (pytest-randomly; the seed is printed: `make test SEED=N`
# repeats the order), shared among one worker process per CPU (pytest-xdist; JOBS=1 runs
# them in one process), then each test file alone in its own process.
ifndef SEED
SEED := $(shell od -An -N4 -tu4 /dev/urandom | tr -d ' ')
endif
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
test: venv system-deps postgres translations
	@echo "random test order: make test SEED=$(SEED) repeats it"
	ROUNDS_TEST_PG_URL=$(PG_URL) $(PY) -m pytest -q -p no:cacheprovider -p randomly --randomly-seed=$(SEED) \
		$(if $(filter-out 1,$(JOBS)),-n $(JOBS))
	ROUNDS_TEST_PG_URL=$(PG_URL) PY=$(PY) SEED=$(SEED) bash tools/each_test_file.sh

# Qt and end-to-end tests N times under CPU load (stress-ng, installed when missing).
STRESS_RUNS ?= 20
test-stress: venv system-deps postgres translations
	PY=$(PY) bash tools/stress_tests.sh $(STRESS_RUNS)

test-fast: venv
	$(PY) -m pytest -q -x -m "not slow and not postgres"

bench: venv postgres
	ROUNDS_TEST_PG_URL=$(PG_URL) $(PY) -m bench

screenshots: venv translations
	@bash .ci/ensure-system-deps.sh screenshots
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) -m tools.screenshots --out screenshots
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) -m tools.screenshots --out screenshots \
		--theme dark --lang zh_CN

# Packaging for IT (docs/install-client.md). test-package installs the .deb on this
# machine (root), so it is not part of `make test`; 4-6 min on an idle 2-core machine.
PKG_STAMP := $(VENV)/.installed-package
$(PKG_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[package]'
	@touch $(PKG_STAMP)

package: venv system-deps translations $(PKG_STAMP)
	PY=$(PY) bash installer/build.sh

test-package: package
	bash tests/package/test_deb.sh

lint: venv
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) build dist *.egg-info screenshots
