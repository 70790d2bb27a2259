# One command surface for people and CI. Every target sets up what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared
CORPUS := corpus
BENCH_CORPUS ?= $(SHARED)/corpora/fakebr/true.jsonl
# Corpora that the read-only $(SHARED) cannot hold (ptpt-news) are rebuilt here by make corpora,
# from local git mirrors of their public repositories; claimx searches CLAIMX_CORPORA (a list of
# such roots) after $(SHARED)/corpora, and make eval and make test point it here unless it is set.
CORPORA_CACHE ?= $(HOME)/.cache/claimx/corpora
CLAIMX_CORPORA ?= $(CORPORA_CACHE)
MIRROR ?= /work/.mirror

.PHONY: install demo test lint bench eval fuzz clean chromium corpora

# pip passes on the build backend's warnings. setuptools' editable install of a package whose
# package-dir maps a folder into it (rules/, data edited by people, ships as claimx.rules) always
# adds an information note ("Editable installation. Please be careful with folders ... same name
# as your package"); it is silenced by its message alone, so every other warning still shows.
# (The wheel builds without any.)
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/claimx extract $(CORPUS)/ -o claims/
	$(BIN)/claimx show claims/000_c5cf9ba5d14aea33.json

# pytest's exit 5 means no test was collected: say so plainly and pass it on to .ci/run.
test: install chromium
	$(BIN)/ruff check claimx tests
	@CLAIMX_CORPORA='$(CLAIMX_CORPORA)' $(BIN)/pytest; status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests" > .pytest-no-tests; fi; \
	exit $$status

# The fuzz properties for minutes, and every kill of the fault test (make test runs both briefly);
# then atheris (coverage-guided) where it installs, else a note and hypothesis alone.
FUZZ_EXAMPLES ?= 3000
ATHERIS_SECONDS ?= 300
fuzz: install
	CLAIMX_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) CLAIMX_FAULTS=all $(BIN)/pytest tests/test_fuzz.py tests/test_faults.py
	@if $(BIN)/python -c "import atheris" 2>/dev/null || $(BIN)/pip install --quiet atheris; then \
		$(BIN)/python scripts/fuzz_atheris.py -max_total_time=$(ATHERIS_SECONDS); \
	else echo "make fuzz: atheris does not install here; hypothesis alone"; fi

lint: install
	$(BIN)/ruff check claimx tests

bench: install
	$(BIN)/python -m claimx.engines.bench --long-sentence
	$(BIN)/python -m claimx.engines.bench $(BENCH_CORPUS)
	$(BIN)/python -m claimx.review.bench $(BENCH_CORPUS)

# The browser tests drive Debian's Chromium through Playwright (never its own browser download).
# As root with apt-get (CI), install it when absent; elsewhere say why the tests will skip.
chromium:
	@if [ -x /usr/bin/chromium ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	    || echo "make chromium: apt-get could not install chromium: browser tests will be skipped"; \
	else \
	  echo "make chromium: /usr/bin/chromium is absent and cannot be installed here (needs root and apt-get): browser tests will be skipped"; \
	fi

# make eval MODEL=../shared/models/pt_ud_sm scores a trained pipeline the same way.
eval: install
	CLAIMX_CORPORA='$(CLAIMX_CORPORA)' $(BIN)/python scripts/eval_tables.py --shared $(SHARED) $(if $(MODEL),--model $(MODEL))

# ptpt-news (dev10's 22 pt-PT articles among 389): see scripts/ptpt_news.py.
corpora: install
	$(BIN)/python scripts/ptpt_news.py --out $(CORPORA_CACHE) --mirror $(MIRROR)

clean:
	rm -rf $(VENV) claims build dist *.egg-info .pytest_cache .ruff_cache
