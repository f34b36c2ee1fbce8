#!/bin/bash
# make install and uninstall honour PREFIX and DESTDIR, and the installed
# generator finds its installed site templates.
set -u
# The sanitizer pass adds nothing here; the PostgreSQL pass checks that
# the installed importer and generator reach a PostgreSQL store.
case ${VARIANT:-plain} in plain | pg) ;; *) exit 0 ;; esac
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/install
rm -rf "$T"
mkdir -p "$T"
D=$T/root
make -s -C "$SRCDIR" install DESTDIR="$D" PREFIX=/opt/sb > "$T/install.log" 2>&1
check "make install succeeds" test $? = 0
check "the importer is installed" test -x "$D/opt/sb/bin/scorebook-import"
check "the generator is installed" test -x "$D/opt/sb/bin/scorebook-generate"
check "the man pages are installed" \
	test -f "$D/opt/sb/share/man/man1/scorebook-import.1"
check "the site templates are installed" \
	test -f "$D/opt/sb/share/scorebook/site-templates/assets/app.js"
S=$(new_store s)
"$D/opt/sb/bin/scorebook-import" -q -s "$S" \
	"$SRCDIR/tests/fixtures/trt/valid-02-iab-math.xml" > /dev/null 2>&1
(cd / && "$D/opt/sb/bin/scorebook-generate" -q -s "$S" -o "$T/out") \
	> "$T/gen.log" 2>&1
check "the installed generator finds its templates" \
	test -f "$T/out/99123456000002/index.html"
make -s -C "$SRCDIR" uninstall DESTDIR="$D" PREFIX=/opt/sb > /dev/null 2>&1
expect_eq "make uninstall removes every installed file" \
	"$(find "$D" -type f | wc -l)" 0
tap_done
