#!/bin/bash
# Score data files filed on PostgreSQL in batches (COPY and set-based
# merges) give what SQLite gives filing row by row: the same summary
# counts, the same import log and the same rows, keys included.  The
# files repeat identities and students within a batch and across the
# 2,000-exam batch boundary, with a newer and changed row, an older
# row, a changed row of the same date and an identical repeat; then a
# re-import in another order, a corrected file, and a file rejected
# for one bad row after its first batch was filed; and three importers
# at once on overlapping files.
#
# It uses the cluster whose socket folder SCOREBOOK_TEST_PG names, or
# starts a private one with tools/pg-cluster.sh; without PostgreSQL
# installed every check is a skip.
set -u
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/pg_batches
rm -rf "$T"
mkdir -p "$T"
IMPORT=$BIN/scorebook-import

if [ ! -x /usr/lib/postgresql/15/bin/initdb ] &&
	! command -v pg_config > /dev/null; then
	echo "ok 1 # skip PostgreSQL is not installed"
	echo "1..1"
	exit 0
fi
pgdir=${SCOREBOOK_TEST_PG:-}
if [ -z "$pgdir" ]; then
	pgdir=$(mktemp -d /tmp/scorebook-batches-pg.XXXXXX)
	trap 'sh "$SRCDIR/tools/pg-cluster.sh" stop "$pgdir" > /dev/null 2>&1;
		rm -rf "$pgdir"' EXIT
	sh "$SRCDIR/tools/pg-cluster.sh" start "$pgdir" > /dev/null ||
		not_ok "tools/pg-cluster.sh starts a cluster"
fi
db="batches_$$_${VARIANT:-alone}"
pg="postgresql:///$db?host=$pgdir"
lite=$T/store.db

# The files.  base: 3,000 rows, two students a row pair, so a batch
# holds both rows of most students and one pair straddles the batch
# boundary.  Fields: 2 SSID, 3 last name, 17 completion date, 36
# opportunity id, 47 standard error.
sh "$SRCDIR/tests/perf/sdf-rows.sh" 3000 > "$T/base.txt"
awk -F '^' -v OFS='^' '
	{ print }
	NR == 11 { $17 = "2024-06-01"; $47 = $47 + 3; print }
	NR == 12 { $17 = "2024-04-01"; $47 = $47 + 5; $3 = "Older"; print }
	NR == 13 { print }
	NR == 14 { $47 = $47 + 1; print }
	NR == 15 { $3 = ""; $17 = "2024-06-15"; print }
	NR == 1999 { held = $0 }
	NR == 2001 { print held; $17 = "2024-06-02"; $47 = $47 + 2; print }
	END {
		$0 = held; $17 = "2024-04-02"; $3 = "Late"; print
		$0 = held; $17 = "2024-06-03"; $47 = $47 + 4; print
	}' "$T/base.txt" > "$T/repeats.txt"
# The same rows in reverse order (the header first): every exam unchanged
# or older.
{ head -1 "$T/repeats.txt"; tail -n +2 "$T/repeats.txt" | tac; } \
	> "$T/reversed.txt"
# A corrected file: some scores changed, some rows newer.
awk -F '^' -v OFS='^' 'NR > 1 && NR % 97 == 0 { $47 = $47 + 1 }
	NR > 1 && NR % 101 == 0 { $17 = "2024-06-10"; $2 = "81000000" }
	{ print }' "$T/base.txt" > "$T/corrected.txt"
# Rejected: a bad value on row 2,600, after the first batch was filed.
awk -F '^' -v OFS='^' 'NR > 1 { $47 = $47 + 7 } NR == 2601 { $47 = "abc" }
	{ print }' "$T/base.txt" > "$T/rejected.txt"

# import_both NAME FILE: the file into both stores; the summary lines
# must match.
import_both() {
	"$IMPORT" -u tester -s "$lite" "$2" > "$T/$1-sqlite.out" 2>&1
	echo "exit $?" >> "$T/$1-sqlite.out"
	"$IMPORT" -u tester -s "$pg" "$2" > "$T/$1-pg.out" 2>&1
	echo "exit $?" >> "$T/$1-pg.out"
	grep -v '^scorebook-import: .*: [0-9.]* s' "$T/$1-sqlite.out" |
		sed "s|$lite|STORE|g" > "$T/$1-sqlite.sum"
	grep -v '^scorebook-import: .*: [0-9.]* s' "$T/$1-pg.out" |
		sed "s|$pg|STORE|g; s|postgresql:///$db?host=[^ ]*|STORE|g" \
			> "$T/$1-pg.sum"
	if diff "$T/$1-sqlite.sum" "$T/$1-pg.sum" > "$T/$1.diff"; then
		ok "$1: the same summary on both engines"
	else
		not_ok "$1: the same summary on both engines"
		sed 's/^/# /' "$T/$1.diff" | head -20
	fi
}

# The rows both stores hold, in one canonical text; reals rounded to
# thousandths, which both engines print alike.
CANON="
SELECT 'import', id, file, format, verdict, inserted, updated, unchanged,
  deleted, rows FROM import_log ORDER BY id;
SELECT 'student', id, ssid, alternate_ssid, first_name, middle_name,
  last_name, alias_name, birthdate, sex, hispanic, american_indian, asian,
  black, white, pacific_islander, filipino, two_or_more_races,
  language_code, elas, elas_start_date, first_entry_us_school,
  lep_entry_date, lep_exit_date, primary_disability, military_connected,
  demographics_date FROM student ORDER BY id;
SELECT 'exam', id, assessment_id, opp_key, student_id, school_id,
  school_year, grade, opportunity, status, status_date, date_completed,
  start_date, session_id, completeness, admin_condition,
  CAST(round(scale_score * 1000) AS INTEGER),
  CAST(round(scale_se * 1000) AS INTEGER), level, level_derived,
  CAST(round(theta * 1000) AS INTEGER),
  CAST(round(theta_se * 1000) AS INTEGER), condition_code, include_code,
  scored, idea, lep, section504, economic_disadvantage, migrant, elas,
  language_code, source, import_id, content_digest, deleted
  FROM exam ORDER BY id;
SELECT 'score', exam_id, kind, code,
  CAST(round(scale_score * 1000) AS INTEGER),
  CAST(round(scale_se * 1000) AS INTEGER), level
  FROM exam_score ORDER BY exam_id, kind, code;
SELECT 'trait', exam_id, genre, trait, score, max_score, condition_code
  FROM exam_trait ORDER BY exam_id, genre, trait;
SELECT 'target', count(*) FROM exam_target;
SELECT 'accommodation', count(*) FROM exam_accommodation;
"

same_rows() {
	sqlite3 -separator '|' "$lite" "$CANON" > "$T/$1-sqlite.canon"
	psql -X -q -A -t -F '|' "$pg" -c "$CANON" > "$T/$1-pg.canon" 2>&1
	if [ -s "$T/$1-sqlite.canon" ] &&
		diff "$T/$1-sqlite.canon" "$T/$1-pg.canon" > "$T/$1.rows.diff"
	then
		ok "$1: the same rows in both stores"
	else
		not_ok "$1: the same rows in both stores"
		sed 's/^/# /' "$T/$1.rows.diff" | head -20
	fi
}

for step in repeats reversed corrected rejected; do
	import_both "$step" "$T/$step.txt"
	same_rows "$step"
done

# The repeats must be what the rules say, not merely alike.
check "repeats: 3,000 new, 5 updated, 2 unchanged, 2 older" \
	grep -q '3000 inserted, 5 updated, 2 unchanged, 0 deleted, 2 older' \
	"$T/repeats-pg.out"
# Reversed, the newest of each exam comes first; only the row of the
# same date as its changed repeat replaces it again.
check "reversed: nothing new, one row of a tied date replaces" \
	grep -q '0 inserted, 1 updated' "$T/reversed-pg.out"
check "rejected: the file is rejected" \
	grep -q '1 rejected' "$T/rejected-pg.out"

# Three importers at once on one store, over files that overlap: every
# exam once, in its newest version, as SQLite filing them in turn has.
# A: the base rows; B: every row a month newer and changed; C: a month
# older and changed.  Each importer gets its own copies (one more blank
# line each, so no file is skipped as one seen before).
awk -F '^' -v OFS='^' 'NR > 1 { sub(/2024-05-/, "2024-06-", $17);
	$47 = $47 + 1 } { print }' "$T/base.txt" > "$T/B.txt"
awk -F '^' -v OFS='^' 'NR > 1 { sub(/2024-05-/, "2024-04-", $17);
	$47 = $47 + 2 } { print }' "$T/base.txt" > "$T/C.txt"
cp "$T/base.txt" "$T/A.txt"
for k in 1 2 3; do
	mkdir -p "$T/w$k"
	for f in A B C; do
		{ cat "$T/$f.txt"; printf "%${k}s" | tr ' ' '\n'; } \
			> "$T/w$k/$f.txt"
	done
done
pg="postgresql:///${db}_race?host=$pgdir"
(cd "$T/w1" && "$IMPORT" -v -s "$pg" C.txt A.txt B.txt > ../w1.out 2>&1) &
(cd "$T/w2" && "$IMPORT" -v -s "$pg" B.txt C.txt A.txt > ../w2.out 2>&1) &
(cd "$T/w3" && "$IMPORT" -v -s "$pg" A.txt B.txt C.txt > ../w3.out 2>&1) &
wait
lite=$T/race.db
"$IMPORT" -q -s "$lite" "$T/A.txt" "$T/B.txt" "$T/C.txt" > /dev/null 2>&1
NEWEST="SELECT opp_key, content_digest, deleted FROM exam ORDER BY opp_key"
sqlite3 -separator '|' "$lite" "$NEWEST" > "$T/race-sqlite.canon"
psql -X -q -A -t -F '|' "$pg" -c "$NEWEST" > "$T/race-pg.canon" 2>&1
check "three importers at once: each exam once, the newest version" \
	cmp "$T/race-sqlite.canon" "$T/race-pg.canon"
echo "# $(cat "$T"/w?.out | grep -c 'lost a race') units redone"

for name in "$db" "${db}_race"; do
	psql -X -q "postgresql:///postgres?host=$pgdir" \
		-c "DROP DATABASE IF EXISTS \"$name\"" > /dev/null 2>&1
done
tap_done
