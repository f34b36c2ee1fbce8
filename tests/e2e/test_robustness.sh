#!/bin/bash
# The importer against broken and hostile input: truncated and corrupted
# files, huge and sparse files, deep nesting, odd file types, a full disk
# and a locked store.  Each bad file gets a clear error, the good files
# beside it still import, and the store stays consistent.
set -u
. "$(dirname "$0")/../lib/tap.sh"
T=$TEST_TMP/robustness
rm -rf "$T"
mkdir -p "$T"
F=$SRCDIR/tests/fixtures/trt
IMPORT=$BIN/scorebook-import
GEN=$BIN/scorebook-generate
GOOD=$F/valid-02-iab-math.xml

consistent() { # consistent STORE DESCRIPTION
	expect_eq "$2: integrity_check ok" \
		"$(store_check "$1")" ok
}

# A status above 1 means a crash or a store failure, never a bad file.
survived() { # survived STATUS DESCRIPTION
	if [ "$1" -le 1 ]; then ok "$2"; else not_ok "$2 (status $1)"; fi
}

# Truncated at every 1 KB boundary.
src=$F/valid-01-summative-ela.xml
size=$(stat -c %s "$src")
mkdir -p "$T/trunc"
cut=1024
n=0
while [ $cut -lt "$size" ]; do
	head -c $cut "$src" > "$T/trunc/$(printf %06d $cut).xml"
	cut=$((cut + 1024))
	n=$((n + 1))
done
cp "$GOOD" "$T/trunc/zz-good.xml"
TRUNC_S=$(new_store trunc)
"$IMPORT" -q --json -s "$TRUNC_S" "$T/trunc" > "$T/trunc.json" 2> /dev/null
survived $? "truncated files: no crash"
expect_eq "every truncated file is rejected" \
	"$(json "$T/trunc.json" '$.rejected')" "$n"
expect_eq "the good file beside them is accepted" \
	"$(json "$T/trunc.json" '$.accepted')" 1
expect_eq "every rejection names an error" \
	"$(jsonq "$T/trunc.json" "json_array_length(j, '\$.errors') >= $n")" 1
consistent "$TRUNC_S" "truncated files"

# Random byte flips, reproducible: bash's RANDOM with a fixed seed.
mkdir -p "$T/flip"
RANDOM=20261203
i=0
while [ $i -lt 150 ]; do
	out=$T/flip/$(printf %04d $i).xml
	cp "$src" "$out"
	j=0
	while [ $j -lt 4 ]; do
		off=$(( (RANDOM * 32768 + RANDOM) % size ))
		printf "\\$(printf %03o $((RANDOM % 256)))" |
			dd of="$out" bs=1 seek=$off conv=notrunc 2> /dev/null
		j=$((j + 1))
	done
	i=$((i + 1))
done
FLIP_S=$(new_store flip)
"$IMPORT" -q --json -s "$FLIP_S" "$T/flip" > "$T/flip.json" 2> /dev/null
survived $? "byte flips: no crash"
expect_eq "byte flips: every file has a verdict" \
	"$(json "$T/flip.json" '$.files')" 150
consistent "$FLIP_S" "byte flips"

# A corrupt byte in an element's name, with a control character after
# it, reaches the XML parser's message as it is: the file is rejected
# with the message stored as UTF-8 (a PostgreSQL store refuses anything
# else), never a store failure.
tag='ExamineeRelationship context="FINAL" contextDate="2'
bad='Exa\xd6ineeRelationship context="FINAL" contextDate="\x08'
sed "0,/$tag/s//$bad/" "$F/valid-01-summative-ela.xml" > "$T/badbyte.xml"
BADBYTE_S=$(new_store badbyte)
"$IMPORT" -q -s "$BADBYTE_S" "$T/badbyte.xml" 2> "$T/badbyte.err"
expect_eq "a corrupt byte in a name: the file is rejected" "$?" 1
sql "$BADBYTE_S" "SELECT coalesce(field, '') || ' ' || message
	FROM import_error" > "$T/badbyte.stored"
check "its errors are stored as UTF-8, the byte as U+FFFD" \
	grep -q "$(printf '\357\277\275')" "$T/badbyte.stored"
check "no stored error holds bytes that are not UTF-8" \
	iconv -f UTF-8 -t UTF-8 "$T/badbyte.stored" -o /dev/null

# A file whose name is not UTF-8 (a Latin-1 "caf\xe9.xml") is imported
# and logged under its name with U+FFFD for the stray byte.
mkdir -p "$T/latin1"
cp "$GOOD" "$T/latin1/caf$(printf '\351').xml"
LATIN1_S=$(new_store latin1)
"$IMPORT" -q -s "$LATIN1_S" "$T/latin1" 2> "$T/latin1.err"
expect_eq "a file named in Latin-1 is imported" "$?" 0
expect_eq "and logged with U+FFFD for its stray byte" \
	"$(sql "$LATIN1_S" "SELECT file FROM import_log")" \
	"$T/latin1/caf$(printf '\357\277\275').xml"

# A 2 GB sparse file is refused without being read.
truncate -s 2G "$T/sparse.xml"
SPARSE_S=$(new_store sparse)
"$IMPORT" -q --json -s "$SPARSE_S" "$T/sparse.xml" "$GOOD" \
	> "$T/sparse.json" 2> /dev/null
survived $? "a 2 GB sparse file: no crash"
expect_eq "a 2 GB file is rejected, the next one accepted" \
	"$(json "$T/sparse.json" '$.rejected'):$(json "$T/sparse.json" \
		'$.accepted')" "1:1"
check "the 2 GB file's error names the size limit" \
	grep -q "larger than" "$T/sparse.json"

# A zip entry that inflates past the size limit is refused unread.
head -c 1100000000 /dev/zero > "$T/zeros.xml"
(cd "$T" && zip -q -1 bomb.zip zeros.xml && rm zeros.xml)
cp "$GOOD" "$T/good.xml"
(cd "$T" && zip -q bomb.zip good.xml)
BOMB_S=$(new_store bomb)
"$IMPORT" -q --json -s "$BOMB_S" "$T/bomb.zip" > "$T/bomb.json" \
	2> /dev/null
survived $? "a zip bomb: no crash"
expect_eq "the bomb entry is refused, its neighbour accepted" \
	"$(json "$T/bomb.json" '$.rejected'):$(json "$T/bomb.json" \
		'$.accepted')" "1:1"

# A CSV line of 100 MB.
{
	echo "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login"
	head -c 100000000 /dev/zero | tr '\0' 'a'
	echo ",NO-SUCH-SCHOOL,2025,All,,"
} > "$T/longline.csv"
LONG_S=$(new_store long)
"$IMPORT" -q --json -s "$LONG_S" "$T/longline.csv" "$GOOD" \
	> "$T/long.json" 2> /dev/null
survived $? "a 100 MB CSV line: no crash"
expect_eq "the 100 MB line's file is rejected at line 2, the next accepted" \
	"$(jsonq "$T/long.json" "json_extract(j, '\$.rejected') || ':' ||
		json_extract(j, '\$.errors[0].line') || ':' ||
		json_extract(j, '\$.accepted')")" "1:2:1"
consistent "$LONG_S" "a 100 MB line"
rm -f "$T/longline.csv"

# Deeply nested XML.
{
	printf '<TDSReport><Test name="x" subject="ELA" testId="x" grade="3"'
	printf ' assessmentType="summative" academicYear="2025"/><Comment>'
	i=0
	while [ $i -lt 5000 ]; do printf '<a>'; i=$((i + 1)); done
	printf '</Comment></TDSReport>'
} > "$T/deep.xml"
DEEP_S=$(new_store deep)
"$IMPORT" -q --json -s "$DEEP_S" "$T/deep.xml" > "$T/deep.json" 2> /dev/null
survived $? "deeply nested XML: no crash"
expect_eq "deeply nested XML is rejected" "$(json "$T/deep.json" '$.rejected')" 1

# Files that cannot be read as files.  Root reads any permission bits,
# so a FIFO and a dangling link stand in for an unreadable file.
mkfifo "$T/fifo.xml"
ln -s "$T/no-such-target.xml" "$T/dangling.xml"
ODD_S=$(new_store odd)
"$IMPORT" -q --json -s "$ODD_S" "$T/fifo.xml" "$T/dangling.xml" "$GOOD" \
	> "$T/odd.json" 2> /dev/null
survived $? "odd files: no crash"
expect_eq "a FIFO and a dangling link are rejected, the good file accepted" \
	"$(json "$T/odd.json" '$.rejected'):$(json "$T/odd.json" '$.accepted')" \
	"2:1"

# The store refusing a row part-way through a score data file, as a
# full disk or a lost connection would: the import stops with a store
# failure, and no row of the file stays, none is silently left out.  The
# refusal is a trigger on the 21st exam.
sh "$SRCDIR/tests/perf/sdf-rows.sh" 50 > "$T/sdf50.txt"
REFUSE_S=$(new_store refuse)
"$IMPORT" -q -s "$REFUSE_S" "$SRCDIR/tests/fixtures/delimited/org-02-cds-crlf.txt" \
	2> /dev/null
if is_pg "$REFUSE_S"; then
	sql "$REFUSE_S" "CREATE FUNCTION refuse() RETURNS trigger AS \$\$
		BEGIN
			IF (SELECT count(*) FROM exam) >= 20 THEN
				RAISE EXCEPTION 'refused by the test';
			END IF;
			RETURN NEW;
		END \$\$ LANGUAGE plpgsql;
		CREATE TRIGGER refuse BEFORE INSERT ON exam
			FOR EACH ROW EXECUTE FUNCTION refuse()" > /dev/null
else
	sql "$REFUSE_S" "CREATE TRIGGER refuse BEFORE INSERT ON exam
		WHEN (SELECT count(*) FROM exam) >= 20
		BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
fi
"$IMPORT" -q -s "$REFUSE_S" "$T/sdf50.txt" 2> "$T/refuse.err"
expect_eq "a store failure part-way through a file exits 3" "$?" 3
check "the store failure is named" grep -q "refused by the test" \
	"$T/refuse.err"
expect_eq "no exam of the refused file stays, and it is not logged" \
	"$(sql "$REFUSE_S" "SELECT (SELECT count(*) FROM exam) || ':' ||
		(SELECT count(*) FROM import_log WHERE file LIKE '%sdf50%')")" \
	0:0

# A full disk: the store on a small tmpfs.  A PostgreSQL store lives in
# its server's folder, out of the importer's reach, and so does its lock.
if [ "$(test_backend)" = postgresql ]; then
	for what in "a full disk exits 3" "a full disk says so" \
		"after a full disk: integrity_check ok" "a locked store exits 3" \
		"a locked store says it is locked" \
		"the locked attempt changed nothing" \
		"after the lock: integrity_check ok"; do
		skip "$what" "a SQLite file; the store is a PostgreSQL database"
	done
	tap_done
	exit
fi
mkdir -p "$T/full"
if mount -t tmpfs -o size=400k tmpfs "$T/full" 2> /dev/null; then
	mkdir -p "$T/many"
	i=0
	while [ $i -lt 400 ]; do
		sed "s/7000000102/9$(printf %09d $i)/" "$GOOD" \
			> "$T/many/$(printf %04d $i).xml"
		i=$((i + 1))
	done
	"$IMPORT" -q -s "$T/full/s.db" "$T/many" 2> "$T/full.err"
	status=$?
	expect_eq "a full disk exits 3" "$status" 3
	check "a full disk says so" grep -qi "full" "$T/full.err"
	cp "$T/full/s.db" "$T/full-copy.db"
	[ -f "$T/full/s.db-wal" ] && cp "$T/full/s.db-wal" "$T/full-copy.db-wal"
	consistent "$T/full-copy.db" "after a full disk"
	umount "$T/full"
else
	not_ok "a tmpfs for the full-disk case can be mounted (needs root)"
fi

# A score data file filled the disk part-way: the failure stops the
# import, and the rows filed before it are rolled back with the file.
mkdir -p "$T/full-sdf"
if mount -t tmpfs -o size=600k tmpfs "$T/full-sdf" 2> /dev/null; then
	sh "$SRCDIR/tests/perf/sdf-rows.sh" 3000 > "$T/sdf.txt"
	"$IMPORT" -s "$T/full-sdf/s.db" --json "$T/sdf.txt" \
		> "$T/full-sdf.json" 2> "$T/full-sdf.err"
	expect_eq "a score data file on a full disk exits 3" "$?" 3
	check "a score data file on a full disk says so" \
		grep -qi "full" "$T/full-sdf.err"
	cp "$T/full-sdf/s.db" "$T/full-sdf-copy.db"
	[ -f "$T/full-sdf/s.db-wal" ] &&
		cp "$T/full-sdf/s.db-wal" "$T/full-sdf-copy.db-wal"
	expect_eq "no row of the score data file stays, nor its log" \
		"$(sqlite3 "$T/full-sdf-copy.db" "SELECT (SELECT count(*)
			FROM exam) || ':' || (SELECT count(*) FROM import_log)")" \
		0:0
	consistent "$T/full-sdf-copy.db" "after a score data file filled it"
	umount "$T/full-sdf"
else
	not_ok "a tmpfs for the full-disk case can be mounted (needs root)"
fi

# The store locked by another process.
"$IMPORT" -q -s "$T/locked.db" "$GOOD" 2> /dev/null
before=$(sqlite3 "$T/locked.db" "SELECT count(*) FROM exam")
(echo "BEGIN EXCLUSIVE;"; sleep 8; echo "COMMIT;") |
	sqlite3 "$T/locked.db" &
locker=$!
sleep 0.5
"$IMPORT" -q -s "$T/locked.db" "$F/valid-03-ica-math-oppid0.xml" \
	2> "$T/locked.err"
expect_eq "a locked store exits 3" "$?" 3
check "a locked store says it is locked" grep -qi "lock" "$T/locked.err"
wait $locker
expect_eq "the locked attempt changed nothing" \
	"$(sqlite3 "$T/locked.db" "SELECT count(*) FROM exam")" "$before"
consistent "$T/locked.db" "after the lock"

# A PostgreSQL server that is not there: the message names the store
# but never the password its URL carries.
url='postgresql://ann:s3cret@127.0.0.1:1/scores?password=other'
"$IMPORT" -q -s "$url" "$GOOD" 2> "$T/pg.err"
expect_eq "an unreachable server exits 3" "$?" 3
check "the message names the server's store" \
	grep -q 'postgresql://ann:\*\*\*@127.0.0.1:1/scores' "$T/pg.err"
if grep -q "s3cret\|other" "$T/pg.err"; then
	not_ok "the message holds no password"
else
	ok "the message holds no password"
fi
"$GEN" -q -s "$url" -o "$T/pg-out" 2> "$T/pg-gen.err"
check "generation fails on an unreachable server" test -s "$T/pg-gen.err"
if grep -q "s3cret\|other" "$T/pg-gen.err"; then
	not_ok "generation's message holds no password"
else
	ok "generation's message holds no password"
fi

tap_done
