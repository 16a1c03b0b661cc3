# Tabled: `make demo` renders the Examples; `make test` runs every test.
# Both install what is missing first (Debian packages; run as root or with sudo).

SWIFT      ?= swift
PREFIX     ?= /usr/local
OUT        ?= out
APT_PACKAGES = pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN         = .build/debug/tabled

# Every Example that must render; as-published.yaml files must be refused.
EXAMPLES    = $(filter-out %/as-published.yaml,$(wildcard Examples/*/*.yaml))
REFUSED     = $(wildcard Examples/*/as-published.yaml)

.PHONY: all deps build demo test install templates clean

all: build

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

templates:
	@python3 scripts/embed-templates

build: deps templates
	$(SWIFT) build

demo: build
	@mkdir -p $(OUT)
	@for f in $(EXAMPLES); do \
	  d=$(OUT)/$$(basename $$(dirname $$f)); \
	  $(BIN) render "$$f" -o "$$d" || exit 1; \
	  echo "rendered $$f -> $$d/"; \
	done
	@for f in $(REFUSED); do \
	  echo; echo "$$f is the paper as published; Tabled refuses it:"; \
	  if $(BIN) render "$$f" -o $(OUT)/refused; then echo "ERROR: $$f was not refused"; exit 1; fi; \
	done
	@echo; echo "Open $(OUT)/*/ to read the papers."

test: build
	TABLED_BIN=$(CURDIR)/$(BIN) $(SWIFT) test

install: deps templates
	$(SWIFT) build -c release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 .build/release/tabled $(DESTDIR)$(PREFIX)/bin/tabled

clean:
	rm -rf .build $(OUT)
