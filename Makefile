# scorebook: build, test and demo with make alone.
#
#   make            both programs into bin/
#   make demo       synthesize a district, import it, generate bundles
#   make check      every test, closing with "N passed, M failed, K skipped"
#   make deps       install the Debian packages the build and tests need

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
DATADIR  = $(PREFIX)/share/scorebook
MANDIR   = $(PREFIX)/share/man/man1

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN     = -std=c11 -Wall -Wextra -Werror -Wshadow -Wvla
PKGS     = libxml-2.0 libzip libcmark sqlite3 libpq libcrypto
# Deferred with '=' so that pkg-config runs after 'make deps' installed it.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS)) -lcsv -lm -pthread
CPPFLAGS += -D_GNU_SOURCE -Icommon -Ibuild
ALL_CFLAGS = $(WARN) $(CFLAGS) $(CPPFLAGS) $(PKG_CFLAGS)

# Debian packages: build, tests, demo.  The fonts let the browser tests
# draw Vietnamese and Traditional Chinese reports without missing glyphs.
# The PostgreSQL server runs the tests' private clusters (tools/pg-cluster.sh).
DEB_PACKAGES = gcc make pkg-config libxml2-dev libxml2-utils libcsv-dev \
	libcmark-dev cmark libzip-dev libsqlite3-dev sqlite3 libssl-dev \
	libpq-dev postgresql \
	p7zip-full unzip zip clang-format clang libclang-rt-14-dev chromium \
	nodejs fonts-noto-core fonts-noto-cjk
BENCH_PACKAGES = hugo time bc

# Build and program folders; the sanitizer build sets both elsewhere.
B   = build
OUT = bin
COMMON_SRC    = $(sort $(wildcard common/*.c))
IMPORTER_SRC  = $(sort $(filter-out importer/main.c,$(wildcard importer/*.c)))
GENERATOR_SRC = $(sort $(filter-out generator/main.c,$(wildcard generator/*.c)))
UNIT_SRC      = $(sort $(wildcard tests/unit/test_*.c))
DISTRICTGEN_SRC = $(sort $(wildcard tests/districtgen/*.c))
EMBEDDED = store_sql=schemas/store.sql \
	migration_002=schemas/migrations/002.sql \
	migration_003=schemas/migrations/003.sql \
	trt_xsd=schemas/trt.xsd scales_csv=schemas/scales.csv \
	claims_csv=schemas/claims.csv
EMBEDDED_FILES = $(foreach p,$(EMBEDDED),$(word 2,$(subst =, ,$(p))))

obj = $(patsubst %.c,$(B)/%.o,$(1))
COMMON_OBJ    = $(call obj,$(COMMON_SRC)) $(B)/embedded.o
IMPORTER_OBJ  = $(call obj,$(IMPORTER_SRC))
GENERATOR_OBJ = $(call obj,$(GENERATOR_SRC))
UNIT_BIN      = $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRC))
MAN_PAGES     = $(B)/man/scorebook-import.1 $(B)/man/scorebook-generate.1

PROGRAMS = $(OUT)/scorebook-import $(OUT)/scorebook-generate

.PHONY: all check test deps demo bench install uninstall lint format clean \
	tools fuzz fuzz-build valgrind
.DEFAULT_GOAL := all

all: $(PROGRAMS) $(MAN_PAGES)

tools: $(if $(DISTRICTGEN_SRC),$(B)/districtgen) $(UNIT_BIN)

# V=1 shows every command; by default a line per file.
Q = $(if $(V),,@)

$(B)/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  CC      $@")
	$(Q)$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(B)/embedded.c: tools/embed.sh $(EMBEDDED_FILES)
	@mkdir -p $(B)
	$(Q)sh tools/embed.sh $(addprefix embedded_,$(EMBEDDED)) > $@.tmp
	$(Q)mv $@.tmp $@

$(B)/embedded.o: $(B)/embedded.c
	$(Q)$(CC) $(ALL_CFLAGS) -c $< -o $@

$(B)/libcommon.a: $(COMMON_OBJ)
	$(Q)rm -f $@ && $(AR) rcs $@ $^
$(B)/libimporter.a: $(IMPORTER_OBJ)
	$(Q)rm -f $@ && $(AR) rcs $@ $^
$(B)/libgenerator.a: $(GENERATOR_OBJ)
	$(Q)rm -f $@ && $(AR) rcs $@ $^

$(OUT)/scorebook-import: $(B)/importer/main.o $(B)/libimporter.a \
		$(B)/libcommon.a
	@mkdir -p $(OUT)
	@$(if $(V),,echo "  LINK    $@")
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(OUT)/scorebook-generate: $(B)/generator/main.o $(B)/libgenerator.a \
		$(B)/libcommon.a
	@mkdir -p $(OUT)
	@$(if $(V),,echo "  LINK    $@")
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(B)/districtgen: $(DISTRICTGEN_SRC)
	@mkdir -p $(B)
	@$(if $(V),,echo "  LINK    $@")
	$(Q)$(CC) $(WARN) $(CFLAGS) -D_POSIX_C_SOURCE=200809L $(LDFLAGS) \
		-o $@ $^ -lm

$(B)/tests/%: tests/unit/%.c tests/unit/unit.h $(B)/libimporter.a \
		$(B)/libgenerator.a $(B)/libcommon.a
	@mkdir -p $(dir $@)
	@$(if $(V),,echo "  LINK    $@")
	$(Q)$(CC) $(ALL_CFLAGS) -Itests/unit -Iimporter -Igenerator $(LDFLAGS) \
		-o $@ $< \
		$(B)/libimporter.a $(B)/libgenerator.a $(B)/libcommon.a \
		$(PKG_LIBS)

# Man pages are written in Markdown and turned into roff by cmark.
$(B)/man/%.1: man/%.1.md
	@mkdir -p $(dir $@)
	$(Q)printf '.TH %s 1 "" "scorebook" "User Commands"\n' \
		"$$(echo $* | tr a-z A-Z)" > $@.tmp
	$(Q)cmark -t man $< >> $@.tmp
	$(Q)mv $@.tmp $@

# Fuzz targets: libFuzzer with clang, every object built with ASan and
# UBSan.  'make fuzz FUZZ_SECONDS=N' runs each target for N seconds on a
# seed corpus made from the fixtures; crashes found are kept in
# tests/fuzz/regressions/<target>/ and replayed first on every run.
FUZZ_SECONDS ?= 60
FUZZ_SRC = $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_FLAGS = -O1 -g -fsanitize=address,undefined,fuzzer-no-link \
	-fno-sanitize-recover=undefined
FUZZ_MAKE = $(MAKE) --no-print-directory CC=clang B=build/fuzz \
	OUT=build/fuzz/bin CFLAGS="$(FUZZ_FLAGS)"

fuzz-build:
	@$(FUZZ_MAKE) build/fuzz/libimporter.a build/fuzz/libgenerator.a \
		build/fuzz/libcommon.a
	@mkdir -p build/fuzz/targets
	@echo "  FUZZ    build/fuzz/targets"
	@for src in $(FUZZ_SRC); do \
		name=$$(basename $$src .c); \
		clang $(WARN) $(FUZZ_FLAGS) -fsanitize=fuzzer $(CPPFLAGS) \
			$(PKG_CFLAGS) -Iimporter -Igenerator \
			-o build/fuzz/targets/$$name $$src \
			build/fuzz/libimporter.a build/fuzz/libgenerator.a \
			build/fuzz/libcommon.a $(PKG_LIBS) || exit 1; \
	done

# A slower leak check: the end-to-end tests with both programs run under
# valgrind; any error or definite leak makes a program exit 99.
VALGRIND_TESTS ?= test_import_trt test_delimited test_generate
valgrind: all tools
	@sh tools/deps.sh valgrind
	@mkdir -p build/valgrind/bin
	@for p in scorebook-import scorebook-generate; do \
		printf '#!/bin/sh\nexec valgrind -q --leak-check=full \
--errors-for-leak-kinds=definite --error-exitcode=99 \
--trace-children=no "%s" "$$@"\n' "$(CURDIR)/bin/$$p" \
			> build/valgrind/bin/$$p; \
		chmod +x build/valgrind/bin/$$p; \
	done
	@VALGRIND=1 TESTS="$(VALGRIND_TESTS)" sh tests/run.sh

fuzz: deps fuzz-build
	@FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz/run.sh

deps:
	@sh tools/deps.sh $(DEB_PACKAGES)
	@sh tools/npm-deps.sh tests/browser

# The suite runs twice: on the normal build, and on a build with
# AddressSanitizer and UndefinedBehaviorSanitizer, where any report fails.
SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined
SAN_MAKE = $(MAKE) --no-print-directory B=build/san OUT=build/san/bin \
	CFLAGS="$(SAN_FLAGS)" LDFLAGS="-fsanitize=address,undefined"

# The importer files rows on a second thread: tests/e2e/test_threads.sh
# runs this build of it under ThreadSanitizer.
TSAN_MAKE = $(MAKE) --no-print-directory B=build/tsan OUT=build/tsan/bin \
	CFLAGS="-O1 -g -fsanitize=thread" LDFLAGS="-fsanitize=thread"

check: deps
	@$(MAKE) --no-print-directory test

test: all tools
	@$(SAN_MAKE) all tools
	@$(TSAN_MAKE) build/tsan/bin/scorebook-import
	@$(MAKE) --no-print-directory fuzz-build
	@sh tests/run.sh

demo: deps
	@$(MAKE) --no-print-directory all $(B)/districtgen
	@sh tools/demo.sh

bench: deps
	@sh tools/deps.sh $(BENCH_PACKAGES)
	@$(MAKE) --no-print-directory all $(B)/districtgen
	@sh tools/bench.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(DATADIR)
	install -m 755 $(PROGRAMS) $(DESTDIR)$(BINDIR)
	install -m 644 $(MAN_PAGES) $(DESTDIR)$(MANDIR)
	cp -R site-templates $(DESTDIR)$(DATADIR)/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/scorebook-import
	rm -f $(DESTDIR)$(BINDIR)/scorebook-generate
	rm -f $(DESTDIR)$(MANDIR)/scorebook-import.1
	rm -f $(DESTDIR)$(MANDIR)/scorebook-generate.1
	rm -rf $(DESTDIR)$(DATADIR)

C_FILES = $(wildcard common/*.[ch] importer/*.[ch] generator/*.[ch] \
	tests/unit/*.[ch] tests/districtgen/*.[ch] tests/fuzz/*.c)

lint:
	@sh tools/lint.sh $(C_FILES)

format:
	clang-format -i $(C_FILES)

clean:
	rm -rf build bin tests/out

-include $(shell find $(B) -name '*.d' 2>/dev/null)
