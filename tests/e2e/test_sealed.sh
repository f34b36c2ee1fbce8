#!/bin/bash
# Sealed delivery: --encrypt zip (AES-256 entries, 7z opens them with the
# passphrase and not without) and --encrypt html (opened in chromium by
# tests/browser/check-sealed.mjs); passphrases.csv is private, and no
# passphrase is anywhere else: not in a bundle, the log, the store or
# the audit export.
set -u
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/sealed
rm -rf "$T"
mkdir -p "$T"
GEN=$BIN/scorebook-generate
DG=${DISTRICTGEN:-$BUILD/districtgen}
S=$(new_store store)
D=$T/district

"$DG" --seed 3 --students 120 --schools 2 --years 1 --no-items -o "$D" \
	> /dev/null 2>&1
"$BIN/scorebook-import" -q -s "$S" "$D/organizations.txt" \
	"$D/assessments.csv" "$D/trt" "$D/caaspp.txt" "$D/groups.csv" \
	> /dev/null 2>&1
expect_eq "the district imports" "$?" 0
school=$(sql "$S" "SELECT s.natural_id FROM school s WHERE EXISTS
	(SELECT 1 FROM exam e WHERE e.school_id = s.id) ORDER BY 1 LIMIT 1")

# ---- zip ----
Z=$T/zip
"$GEN" -s "$S" -o "$Z" -u tester --encrypt zip > "$T/zip.out" \
	2> "$T/zip.err"
expect_eq "--encrypt zip exits 0" "$?" 0
P=$Z/passphrases.csv
expect_eq "passphrases.csv is readable by its owner only" \
	"$(stat -c %a "$P")" 600
expect_eq "passphrases.csv starts with its header" \
	"$(head -n 1 "$P" | tr -d '\r')" "login,school,file,passphrase"
line=$(grep ",$school," "$P" | tr -d '\r')
pass=${line##*,}
file=$(echo "$line" | cut -d, -f3)
expect_eq "a line per bundle, login empty without grants" \
	"$(echo "$line" | cut -d, -f1-3)" ",$school,$school.zip"
check "the passphrase is 8 groups of 4 base32 letters (160 bits)" \
	grep -qE '^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$' <<< "$pass"
expect_eq "every bundle has its own passphrase" \
	"$(tail -n +2 "$P" | cut -d, -f4 | sort -u | wc -l)" \
	"$(tail -n +2 "$P" | wc -l)"
mkdir -p "$T/open" "$T/wrong"
(cd "$T/open" && 7z x -y -p"$pass" "$Z/$file" > /dev/null 2>&1)
expect_eq "7z opens the archive with its passphrase" "$?" 0
check "and finds the bundle inside" test -f "$T/open/index.html" -a \
	-f "$T/open/exports/results.csv"
(cd "$T/wrong" && 7z x -y -pWRONG-PASS "$Z/$file" > /dev/null 2>&1)
check "7z fails with a wrong passphrase" test $? -ne 0
check "and extracts nothing readable" test ! -s "$T/wrong/index.html"
check "7z reports AES-256" sh -c "7z l -slt -p'$pass' '$Z/$file' |
	grep -q 'Method = .*AES-256'"
check "no passphrase on stdout or stderr" test ! -s "$T/zip.out" -a \
	-z "$(grep -F "$pass" "$T/zip.err")"
check "no passphrase in the store" test -z \
	"$(store_dump "$S" | grep -F "$pass")"
check "no passphrase in the audit export" test -z \
	"$(grep -F "$pass" "$Z/audit.csv")"
check "no passphrase in the opened bundle" test -z \
	"$(grep -rlF "$pass" "$T/open")"
expect_eq "the bundle log says zip" \
	"$(sql "$S" "SELECT DISTINCT encryption FROM bundle_log
		WHERE operator = 'tester'")" zip

# ---- html ----
H=$T/html
login=$(sql "$S" "SELECT u.login FROM group_user u
	JOIN student_group g ON g.id = u.group_id
	JOIN group_member m ON m.group_id = g.id
	JOIN exam e ON e.student_id = m.student_id AND e.school_id = g.school_id
	ORDER BY 1 LIMIT 1")
"$GEN" -q -s "$S" -o "$H" -u tester --encrypt html --grants "$D/grants.csv" \
	--user "$login" > "$T/html.out" 2> "$T/html.err"
expect_eq "--encrypt html with --user exits 0" "$?" 0
line=$(tail -n +2 "$H/passphrases.csv" | head -n 1 | tr -d '\r')
pass=${line##*,}
file=$H/$(echo "$line" | cut -d, -f3)
expect_eq "only that person's bundles" \
	"$(ls "$H" | grep -v '\.csv$')" "$login"
check "one sealed file per school" test -f "$file"
check "the sealed file holds no passphrase" test -z \
	"$(grep -F "$pass" "$file")"
check "its policy allows its inline script by hash only" \
	grep -q "script-src 'sha256-" "$file"
check "600,000 PBKDF2 rounds or more" grep -q \
	'data-iterations="600000"' "$file"
dir=$(basename "$file" .html)
name=$(sql "$S" "SELECT st.first_name FROM student st
	JOIN group_member m ON m.student_id = st.id
	JOIN student_group g ON g.id = m.group_id
	JOIN group_user u ON u.group_id = g.id AND u.login = '$login'
	JOIN school sc ON sc.id = g.school_id AND sc.natural_id = '$dir'
	WHERE EXISTS (SELECT 1 FROM exam e WHERE e.student_id = st.id
		AND e.school_id = sc.id) ORDER BY 1 LIMIT 1")
# The line after the payload's opening tag is the sealed bundle in
# base64, where a short name turns up by chance now and then (a 4 MB
# file once held "Ethan"): it must be base64 alone, and the rest of the
# file must hold no name.
payload=$(awk '/id="payload"/ { getline; print; exit }' "$file")
check "the payload is base64 alone" test -n "$payload" -a -z \
	"$(printf '%s' "$payload" | tr -d 'A-Za-z0-9+/=')"
check "no student name in the sealed file's bytes" test -z \
	"$(awk '/id="payload"/ { print; getline; next } { print }' \
		"$file" | grep -F "$name")"
if [ "${VARIANT:-plain}" = plain ] &&
	[ -d "$SRCDIR/tests/browser/node_modules/puppeteer-core" ]; then
	node "$SRCDIR/tests/browser/check-sealed.mjs" "$file" "$pass" \
		"$name" > "$T/browser.log" 2>&1
	status=$?
	# Renumbered into this test's own TAP sequence.
	while read -r l; do
		case "$l" in
		"ok "*) ok "browser: ${l#ok * - }" ;;
		"not ok "*) not_ok "browser: ${l#not ok * - }" ;;
		"#"*) echo "$l" ;;
		esac
	done < "$T/browser.log"
	expect_eq "the browser check passes" "$status" 0
fi
tap_done
