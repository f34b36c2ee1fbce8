#!/bin/bash
# make bench: measure import and generation against floors measured in
# the same run, at 1x, 2x and 4x of BENCH_SCALE, and write the results to
# bench/results.json.  Nothing here asserts a time: it reports ratios.
#
# One scale unit is 20,000 TRT exams with items, 100,000 student score
# data rows and 40 schools.  BENCH_SCALE=0.1 makes a quick run;
# BENCH_GROWTH="1" skips the growth runs.
#
# The same imports and generation run against PostgreSQL too, in a
# private cluster (tools/pg-cluster.sh) with the durable settings of
# PG_SETTINGS below, beside a COPY floor: psql's \copy of the same exam
# and item rows into tables without keys.  At the first scale, the TRT
# files are also imported by 1, 2 and 4 workers at once, each its share
# of the files, into one store of each backend (BENCH_WORKERS).
# BENCH_PG=0 leaves PostgreSQL out.
set -eu
cd "$(dirname "$0")/.."
SCALE=${BENCH_SCALE:-1}
GROWTH=${BENCH_GROWTH:-1 2 4}
WORKERS=${BENCH_WORKERS:-1 2 4}
SCRATCH=bench/scratch
mkdir -p bench "$SCRATCH"
TIME=/usr/bin/time

# Settings of the benchmark's cluster: durable (every commit flushed)
# and sized for a bulk load; see docs/scaling.md.
PG_SETTINGS="fsync=on full_page_writes=on synchronous_commit=on
shared_buffers=2GB max_wal_size=8GB checkpoint_timeout=15min
wal_compression=on work_mem=64MB maintenance_work_mem=512MB"

# timed NAME COMMAND...: run, keep wall seconds, peak RSS (KB) and the
# exit status.
timed() {
	name=$1
	shift
	start=$(date +%s.%N)
	status=0
	"$TIME" -f "%M" -o "$SCRATCH/$name.rss" "$@" > "$SCRATCH/$name.out" \
		2> "$SCRATCH/$name.err" || status=$?
	end=$(date +%s.%N)
	wall=$(echo "$end - $start" | bc -l)
	rss=$(tail -n 1 "$SCRATCH/$name.rss")
}

# Numbers for JSON and tables: bc writes .5 where JSON needs 0.5.
num() { printf '%.3f' "$1"; }
div() { num "$(echo "scale=4; $1 / $2" | bc -l)"; }
mb() { num "$(echo "scale=4; $1 / 1048576" | bc -l)"; }

json_rows=""
add_json() { json_rows="$json_rows${json_rows:+,}
    $1"; }
workers_json=""

# ---- PostgreSQL ----
PG=
PGDIR=
pg_stop() {
	[ -n "$PGDIR" ] || return 0
	sh tools/pg-cluster.sh stop "$PGDIR" > /dev/null 2>&1 || true
	cp "$PGDIR/server.log" "$SCRATCH/pg-server.log" 2> /dev/null || true
	rm -rf "$PGDIR"
	PGDIR=
}

# pg_start: a private cluster with PG_SETTINGS, or PG left empty when
# BENCH_PG=0 or the importer has no PostgreSQL backend.
pg_start() {
	[ "${BENCH_PG:-1}" != 0 ] || return 0
	if ! nm -D --undefined-only bin/scorebook-import 2> /dev/null |
		grep -q ' PQconnect'; then
		echo "postgresql: not measured (no backend in bin/scorebook-import)"
		return 0
	fi
	PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/scorebook-bench-pg.XXXXXX")
	trap pg_stop EXIT
	trap 'pg_stop; exit 130' INT TERM
	sh tools/pg-cluster.sh start "$PGDIR" > /dev/null
	for setting in $PG_SETTINGS; do
		psql -X -q -h "$PGDIR" -d postgres -c \
			"ALTER SYSTEM SET ${setting%%=*} = '${setting#*=}'"
	done
	# shared_buffers takes a restart.
	sh tools/pg-cluster.sh stop "$PGDIR" > /dev/null
	sh tools/pg-cluster.sh start "$PGDIR" > /dev/null
	PG=$PGDIR
	PG_VERSION=$(psql -X -A -t -h "$PG" -d postgres -c "SHOW server_version")
	names=$(for setting in $PG_SETTINGS; do printf "'%s'," "${setting%%=*}"
		done)
	PG_IN_FORCE=$(psql -X -A -t -h "$PG" -d postgres -c "SELECT name ||
		'=' || current_setting(name) FROM pg_settings
		WHERE name IN (${names%,}) ORDER BY name" | tr '\n' ' ')
	echo "postgresql $PG_VERSION: $PG_IN_FORCE"
}

# pg_store NAME: the URL of a new, empty database.
pg_store() {
	dropdb -h "$PG" --if-exists "$1" > /dev/null 2>&1
	createdb -h "$PG" "$1"
	echo "postgresql:///$1?host=$PG"
}

pgq() { # pgq URL QUERY: one value
	psql -X -A -t -q -d "$1" -c "$2"
}

# An exam and the rows filed with it: what a TRT import writes.
EXAM_ROWS="(SELECT count(*) FROM exam) + (SELECT count(*) FROM exam_score) +
	(SELECT count(*) FROM exam_target) + (SELECT count(*) FROM exam_trait) +
	(SELECT count(*) FROM exam_accommodation) +
	(SELECT count(*) FROM exam_item) +
	(SELECT count(*) FROM exam_item_dimension)"

# split_files N LIST SPLIT: LIST's files into N worker lists,
# workers-N-K.list: with SPLIT "files" each worker every Nth file, with
# "schools" each worker all the files of its schools (the most files to
# the least loaded worker), so that workers share no student.
split_files() {
	if [ "$3" = files ]; then
		k=0
		while [ $k -lt "$1" ]; do
			awk -v n="$1" -v k=$k 'NR % n == k' "$2" \
				> "$SCRATCH/workers-$1-$k.list"
			k=$((k + 1))
		done
		return
	fi
	# A document names its school one way or the other.
	xargs -a "$2" -d '\n' grep -H -o -m 1 \
		'name="\(SchoolId\|ResponsibleInstitutionIdentifier\)" value="[^"]*"' |
		awk -F '"' '{ print $4, substr($1, 1, length($1) - 6) }' |
		sort > "$SCRATCH/schools.txt"
	awk '{ n[$1]++ } END { for (s in n) print n[s], s }' \
		"$SCRATCH/schools.txt" | sort -k1,1nr -k2 |
		awk -v n="$1" '{ w = 0
			for (k = 1; k < n; k++) if (load[k] < load[w]) w = k
			load[w] += $1; print $2, w }' > "$SCRATCH/assign.txt"
	awk -v dir="$SCRATCH" -v n="$1" 'NR == FNR { w[$1] = $2; next }
		{ print $2 > (dir "/workers-" n "-" w[$1] ".list") }' \
		"$SCRATCH/assign.txt" "$SCRATCH/schools.txt"
}

# run_workers BACKEND N LIST SPLIT: the files of LIST imported by N
# processes at once into a new store, split as split_files does; sets
# wall and the workers' exit statuses in statuses.
run_workers() {
	backend=$1
	n=$2
	list=$3
	if [ "$backend" = postgresql ]; then
		store=$(pg_store "bench_workers_$n")
	else
		store=$SCRATCH/workers-$n.db
		rm -f "$store" "$store-wal" "$store-shm"
	fi
	bin/scorebook-import -q -s "$store" "$d/data/organizations.txt" \
		"$d/data/assessments.csv" > /dev/null 2>&1 || true
	rm -f "$SCRATCH/workers-$n"-*.list
	split_files "$n" "$list" "$4"
	start=$(date +%s.%N)
	k=0
	while [ $k -lt "$n" ]; do
		(
			xargs -d '\n' -a "$SCRATCH/workers-$n-$k.list" \
				bin/scorebook-import -q -s "$store" \
				> "$SCRATCH/workers-$n-$k.err" 2>&1
			echo $? > "$SCRATCH/workers-$n-$k.rc"
		) &
		k=$((k + 1))
	done
	wait
	end=$(date +%s.%N)
	wall=$(echo "$end - $start" | bc -l)
	statuses=$(cat "$SCRATCH/workers-$n"-*.rc | sort -u | tr '\n' ' ')
	[ "$backend" = postgresql ] && dropdb -h "$PG" "bench_workers_$n"
	rm -f "$SCRATCH/workers-$n".db*
}

# concurrency: the TRT files of the run's first scale, imported by 1, 2
# and 4 workers at once into each backend, split by file and by school.
concurrency() {
	exams=$1
	echo "concurrent TRT import: $exams exams; split: each worker every"
	echo "Nth file (files) or all the files of its schools (schools)"
	printf '%-11s %-8s %7s %8s %8s %11s %s\n' backend split workers \
		seconds exams/s "vs 1" "exit statuses"
	for backend in sqlite ${PG:+postgresql}; do
		for split in files schools; do
			one=
			for n in $WORKERS; do
				run_workers "$backend" "$n" "$d/files.txt" "$split"
				worker_row
			done
		done
	done
}

# worker_row: one line of the concurrency table, and its JSON.
worker_row() {
	rate=$(div "$exams" "$wall")
	[ -n "$one" ] || one=$rate
	printf '%-11s %-8s %7s %8.1f %8s %11s %s\n' "$backend" "$split" "$n" \
		"$wall" "$rate" "$(div "$rate" "$one")" "$statuses"
	workers_json="$workers_json${workers_json:+,}
    {\"backend\": \"$backend\", \"split\": \"$split\", \"workers\": $n, \
\"exams\": $exams, \"s\": $(num "$wall"), \"exams_per_s\": $rate, \
\"over_one_worker\": $(div "$rate" "$one"), \
\"exit_statuses\": \"$(echo $statuses)\"}"
}

run_scale() {
	factor=$1
	mult=$(echo "$SCALE * $factor" | bc -l)
	exams=$(printf %.0f "$(echo "20000 * $mult" | bc -l)")
	rows=$(printf %.0f "$(echo "100000 * $mult" | bc -l)")
	d=$SCRATCH/x$factor
	rm -rf "$d"
	mkdir -p "$d"
	build/districtgen --seed 7 --schools 40 --exams "$exams" \
		--sdf-rows "$rows" -o "$d/data" > /dev/null

	trt_bytes=$(du -sb "$d/data/trt" | cut -f1)
	find "$d/data/trt" -name '*.xml' | sort > "$d/files.txt"

	# The parse floor: libxml2 streaming the same files, nothing else.
	timed floor xargs -a "$d/files.txt" xmllint --stream --noout
	floor_s=$wall

	# Our import: schema validation, checks, store writes.
	bin/scorebook-import -q -s "$d/store.db" "$d/data/organizations.txt" \
		"$d/data/assessments.csv" > /dev/null 2>&1 || true
	timed import bin/scorebook-import -q -s "$d/store.db" "$d/data/trt"
	import_s=$wall
	import_rss=$rss

	# The store floor: sqlite3 .import of the same exams and items as CSV.
	sqlite3 -csv "$d/store.db" "SELECT * FROM exam" > "$d/exam.csv"
	sqlite3 -csv "$d/store.db" "SELECT * FROM exam_item" > "$d/item.csv"
	sqlite3 "$d/store.db" ".schema exam" > "$d/floor.sql"
	sqlite3 "$d/store.db" ".schema exam_item" >> "$d/floor.sql"
	sed -i 's/REFERENCES [a-z_]*([a-z_]*)//g; s/ON DELETE CASCADE//g' \
		"$d/floor.sql"
	rm -f "$d/floor.db"
	sqlite3 "$d/floor.db" < "$d/floor.sql"
	timed storefloor sqlite3 "$d/floor.db" \
		".import --csv $d/exam.csv exam" \
		".import --csv $d/item.csv exam_item"
	store_floor_s=$wall

	# What the TRT import wrote: the exams and the rows filed with them.
	trt_rows=$(sqlite3 "$d/store.db" "SELECT $EXAM_ROWS")
	stored=$(sqlite3 "$d/store.db" "SELECT count(*) FROM exam")

	# Delimited import: the student score data file, into the store
	# that holds the TRT exams, and alone into a new store; its floor
	# is reading every field of every row once (mawk splitting at the
	# carets: no quoting rules, no checks, no store).
	timed sdf bin/scorebook-import -q -s "$d/store.db" "$d/data/caaspp.txt"
	sdf_s=$wall
	sdf_rss=$rss
	rm -f "$d/sdf-alone.db"*
	timed sdf_alone bin/scorebook-import -q -s "$d/sdf-alone.db" \
		"$d/data/caaspp.txt"
	sdf_alone_s=$wall
	rm -f "$d/sdf-alone.db"*
	timed sdf_floor awk -F '^' '{ n += NF } END { print n }' \
		"$d/data/caaspp.txt"
	sdf_floor_s=$wall

	# The same file corrected: every row's standard error changed, so
	# every exam it filed is replaced.  Its time should stay close to
	# the first import's, whatever the file's size.
	awk -F '^' -v OFS='^' 'NR == 1 { for (i = 1; i <= NF; i++)
		if ($i == "StandardErrorMeasurement") c = i; print; next }
		{ $c = $c + 1; print }' "$d/data/caaspp.txt" \
		> "$d/caaspp-corrected.txt"
	timed sdf_corrected bin/scorebook-import -q -s "$d/store.db" \
		"$d/caaspp-corrected.txt"
	sdf_corrected_s=$wall

	# Generation, as folders and as zips.
	timed generate bin/scorebook-generate -q -s "$d/store.db" -o "$d/out"
	gen_s=$wall
	gen_rss=$rss
	pages=$(find "$d/out" -name '*.html' | wc -l)
	out_bytes=$(du -sb "$d/out" | cut -f1)
	timed generate_zip bin/scorebook-generate -q -s "$d/store.db" \
		-o "$d/outzip" --zip
	genzip_s=$wall

	hugo_s=0
	hugo_pages=0
	if [ "$factor" = "$(echo "$GROWTH" | cut -d' ' -f1)" ] &&
		command -v hugo > /dev/null && [ "$pages" -gt 0 ]; then
		# Hugo's memory grows with the site (11 GB at 50,000 pages):
		# it renders a sample, and the comparison is of rates.
		hugo_pages=$((pages < 5000 ? pages : 5000))
		hugo_site "$d" "$hugo_pages" "$((out_bytes / pages))"
		timed hugo hugo --quiet -s "$d/hugo" -d "$d/hugo/public"
		hugo_s=$wall
		hugo_rate=$(div "$hugo_pages" "$hugo_s")
	fi

	pg_json=
	[ -z "$PG" ] || run_pg
	[ "$factor" != "$(echo "$GROWTH" | cut -d' ' -f1)" ] ||
		concurrency "$exams" > "$SCRATCH/concurrency.txt"

	exams_s=$(div "$exams" "$import_s")
	mbs=$(div "$(mb "$trt_bytes")" "$import_s")
	printf '%-6s %8s %8.1f %8.1f %7s %8s %8.2f %8.2f %8s\n' \
		"${factor}x" "$exams" "$import_s" "$floor_s" \
		"$(div "$import_s" "$floor_s")" "$exams_s" "$mbs" \
		"$(mb "$((import_rss * 1024))")" \
		"$(div "$rows" "$sdf_s")"
	printf '       generate: %s pages in %.1f s = %s pages/s, %s MB/s,' \
		"$pages" "$gen_s" "$(div "$pages" "$gen_s")" \
		"$(div "$(mb "$out_bytes")" "$gen_s")"
	printf ' peak %s MB; with --zip %.1f s\n' \
		"$(mb "$((gen_rss * 1024))")" "$genzip_s"
	if [ "$hugo_s" != 0 ]; then
		printf '       hugo: %s pages in %.1f s = %s pages/s;' \
			"$hugo_pages" "$hugo_s" "$hugo_rate"
		printf ' scorebook/hugo pages per second = %s\n' \
			"$(div "$(div "$pages" "$gen_s")" "$hugo_rate")"
	fi
	printf '       sqlite: TRT %s store rows/s; store floor %.1f s\n' \
		"$(div "$trt_rows" "$import_s")" "$store_floor_s"
	printf '       sqlite: sdf alone into a new store %s rows/s;' \
		"$(div "$rows" "$sdf_alone_s")"
	printf ' split floor %.2f s; sdf/floor %s\n' "$sdf_floor_s" \
		"$(div "$sdf_alone_s" "$sdf_floor_s")"
	printf '       sqlite: sdf corrected re-import %s rows/s' \
		"$(div "$rows" "$sdf_corrected_s")"
	printf ' (%s x the first import'"'"'s time)\n' \
		"$(div "$sdf_corrected_s" "$sdf_s")"
	[ -z "$PG" ] || pg_report
	[ ! -s "$SCRATCH/concurrency.txt" ] || {
		sed 's/^/       /' "$SCRATCH/concurrency.txt"
		rm -f "$SCRATCH/concurrency.txt"
	}
	add_json "{\"scale\": $(num "$mult"), \"trt_exams\": $exams, \
\"trt_mb\": $(mb "$trt_bytes"), \"import_s\": $(num "$import_s"), \
\"parse_floor_s\": $(num "$floor_s"), \"store_floor_s\": $(num "$store_floor_s"), \
\"import_over_parse_floor\": $(div "$import_s" "$floor_s"), \
\"exams_per_s\": $exams_s, \"import_mb_per_s\": $mbs, \
\"import_peak_rss_mb\": $(mb "$((import_rss * 1024))"), \
\"sdf_rows\": $rows, \"sdf_s\": $(num "$sdf_s"), \
\"sdf_rows_per_s\": $(div "$rows" "$sdf_s"), \
\"sdf_peak_rss_mb\": $(mb "$((sdf_rss * 1024))"), \
\"sdf_alone_s\": $(num "$sdf_alone_s"), \
\"sdf_alone_rows_per_s\": $(div "$rows" "$sdf_alone_s"), \
\"sdf_split_floor_s\": $(num "$sdf_floor_s"), \
\"sdf_alone_over_split_floor\": $(div "$sdf_alone_s" "$sdf_floor_s"), \
\"sdf_corrected_s\": $(num "$sdf_corrected_s"), \
\"sdf_corrected_rows_per_s\": $(div "$rows" "$sdf_corrected_s"), \
\"sdf_corrected_over_first\": $(div "$sdf_corrected_s" "$sdf_s"), \
\"pages\": $pages, \"generate_s\": $(num "$gen_s"), \
\"pages_per_s\": $(div "$pages" "$gen_s"), \
\"generate_mb_per_s\": $(div "$(mb "$out_bytes")" "$gen_s"), \
\"generate_peak_rss_mb\": $(mb "$((gen_rss * 1024))"), \
\"generate_zip_s\": $(num "$genzip_s"), \"hugo_s\": $(num "$hugo_s"), \
\"hugo_pages\": $hugo_pages, \
\"pages_per_s_over_hugo\": $(if [ "$hugo_s" != 0 ]; then
		div "$(div "$pages" "$gen_s")" "$hugo_rate"; else echo null; fi), \
\"exams_stored\": $stored, \"trt_store_rows\": $trt_rows, \
\"trt_store_rows_per_s\": $(div "$trt_rows" "$import_s")$pg_json}"
}

# run_pg: the run's imports and generation again, into PostgreSQL, and
# the COPY floor; fills pg_json.
run_pg() {
	pgs=$(pg_store "bench_x$(echo "$factor" | tr -c '0-9\n' _)")
	bin/scorebook-import -q -s "$pgs" "$d/data/organizations.txt" \
		"$d/data/assessments.csv" > /dev/null 2>&1 || true
	timed pg_import bin/scorebook-import -q -s "$pgs" "$d/data/trt"
	pg_import_s=$wall
	pg_import_rss=$rss
	pg_exams=$(pgq "$pgs" "SELECT count(*) FROM exam")
	pg_rows=$(pgq "$pgs" "SELECT $EXAM_ROWS")

	# The COPY floor: the same exam and item rows, as CSV, into tables
	# of the same columns without keys, indexes or constraints.
	pgq "$pgs" "\\copy (SELECT * FROM exam) TO '$d/pg-exam.csv' CSV"
	pgq "$pgs" "\\copy (SELECT * FROM exam_item) TO '$d/pg-item.csv' CSV"
	pgq "$pgs" "CREATE TABLE floor_exam (LIKE exam);
		CREATE TABLE floor_item (LIKE exam_item)"
	copy_rows=$(pgq "$pgs" "SELECT (SELECT count(*) FROM exam) +
		(SELECT count(*) FROM exam_item)")
	timed pg_copy psql -X -q -d "$pgs" \
		-c "\\copy floor_exam FROM '$d/pg-exam.csv' CSV" \
		-c "\\copy floor_item FROM '$d/pg-item.csv' CSV"
	pg_copy_s=$wall
	pgq "$pgs" "DROP TABLE floor_exam; DROP TABLE floor_item"

	# At the first scale, the TRT import once more with commits not
	# waiting for their WAL flush (synchronous_commit=off).
	pg_async_s=0
	if [ "$factor" = "$(echo "$GROWTH" | cut -d' ' -f1)" ]; then
		async=$(pg_store bench_async)
		pgq "$async" "ALTER DATABASE bench_async SET synchronous_commit = off"
		bin/scorebook-import -q -s "$async" "$d/data/organizations.txt" \
			"$d/data/assessments.csv" > /dev/null 2>&1 || true
		timed pg_async bin/scorebook-import -q -s "$async" "$d/data/trt"
		pg_async_s=$wall
		dropdb -h "$PG" bench_async
	fi

	timed pg_sdf bin/scorebook-import -q -s "$pgs" "$d/data/caaspp.txt"
	pg_sdf_s=$wall
	pg_sdf_rss=$rss
	timed pg_sdf_corrected bin/scorebook-import -q -s "$pgs" \
		"$d/caaspp-corrected.txt"
	pg_sdf_corrected_s=$wall

	timed pg_generate bin/scorebook-generate -q -s "$pgs" -o "$d/out-pg"
	pg_gen_s=$wall
	pg_gen_status=$status
	pg_pages=$(find "$d/out-pg" -name '*.html' | wc -l)
	pg_same=false
	diff -rq -x audit.csv "$d/out" "$d/out-pg" > /dev/null 2>&1 &&
		pg_same=true
	pg_json=", \"pg_import_s\": $(num "$pg_import_s"), \
\"pg_exams_stored\": $pg_exams, \
\"pg_exams_per_s\": $(div "$exams" "$pg_import_s"), \
\"pg_trt_store_rows_per_s\": $(div "$pg_rows" "$pg_import_s"), \
\"pg_import_over_parse_floor\": $(div "$pg_import_s" "$floor_s"), \
\"pg_import_over_sqlite\": $(div "$pg_import_s" "$import_s"), \
\"pg_import_peak_rss_mb\": $(mb "$((pg_import_rss * 1024))"), \
\"pg_import_async_commit_s\": $(num "$pg_async_s"), \
\"pg_async_commit_exams_per_s\": $(if [ "$pg_async_s" != 0 ]; then
		div "$exams" "$pg_async_s"; else echo null; fi), \
\"pg_copy_rows\": $copy_rows, \"pg_copy_s\": $(num "$pg_copy_s"), \
\"pg_copy_rows_per_s\": $(div "$copy_rows" "$pg_copy_s"), \
\"pg_sdf_s\": $(num "$pg_sdf_s"), \
\"pg_sdf_rows_per_s\": $(div "$rows" "$pg_sdf_s"), \
\"pg_sdf_over_sqlite\": $(div "$pg_sdf_s" "$sdf_s"), \
\"pg_sdf_peak_rss_mb\": $(mb "$((pg_sdf_rss * 1024))"), \
\"pg_sdf_corrected_s\": $(num "$pg_sdf_corrected_s"), \
\"pg_sdf_corrected_rows_per_s\": $(div "$rows" "$pg_sdf_corrected_s"), \
\"pg_pages\": $pg_pages, \"pg_generate_s\": $(num "$pg_gen_s"), \
\"pg_pages_per_s\": $(div "$pg_pages" "$pg_gen_s"), \
\"pg_generate_exit_status\": $pg_gen_status, \
\"pg_bundles_identical\": $pg_same"
	dropdb -h "$PG" "bench_x$(echo "$factor" | tr -c '0-9\n' _)"
}

pg_report() {
	printf '       postgresql: TRT %.1f s = %s exams/s, %s store rows/s' \
		"$pg_import_s" "$(div "$exams" "$pg_import_s")" \
		"$(div "$pg_rows" "$pg_import_s")"
	printf ' (%s x SQLite'"'"'s time); COPY floor %s rows/s\n' \
		"$(div "$pg_import_s" "$import_s")" \
		"$(div "$copy_rows" "$pg_copy_s")"
	[ "$pg_async_s" = 0 ] ||
		printf '       postgresql: TRT with synchronous_commit=off %.1f s = %s exams/s\n' \
			"$pg_async_s" "$(div "$exams" "$pg_async_s")"
	printf '       postgresql: sdf %s rows/s (%s x SQLite'"'"'s time);' \
		"$(div "$rows" "$pg_sdf_s")" "$(div "$pg_sdf_s" "$sdf_s")"
	printf ' corrected %s rows/s;' \
		"$(div "$rows" "$pg_sdf_corrected_s")"
	printf ' generate %s pages/s (exit %s); bundles identical to' \
		"$(div "$pg_pages" "$pg_gen_s")" "$pg_gen_status"
	printf ' SQLite'"'"'s: %s\n' "$pg_same"
}

# A Hugo site with as many pages, of the same size, as scorebook wrote.
hugo_site() {
	h=$1/hugo
	rm -rf "$h"
	mkdir -p "$h/content/p" "$h/layouts/_default"
	printf 'baseURL = "/"\ntitle = "bench"\n' > "$h/config.toml"
	printf '<!doctype html><title>{{ .Title }}</title>{{ .Content }}\n' \
		> "$h/layouts/_default/single.html"
	cp "$h/layouts/_default/single.html" "$h/layouts/_default/list.html"
	para=$(head -c "$3" /dev/zero | tr '\0' 'x' | fold -w 70 |
		sed 's/$/ /')
	i=0
	while [ $i -lt "$2" ]; do
		printf -- '---\ntitle: "page %d"\n---\n%s\n' $i "$para" \
			> "$h/content/p/$i.md"
		i=$((i + 1))
	done
}

pg_start
echo "scorebook bench: scale $SCALE (x20,000 TRT exams, x100,000 score rows)"
printf '%-6s %8s %8s %8s %7s %8s %8s %8s %8s\n' scale exams import_s \
	floor_s ratio exams/s MB/s rss_MB sdf_rows/s
for factor in $GROWTH; do
	run_scale "$factor"
done
{
	echo "{\"version\": \"$(bin/scorebook-import --version | cut -d' ' -f2)\","
	echo " \"commit\": \"$(git rev-parse --short HEAD 2>/dev/null)\","
	if [ -n "$PG" ]; then
		echo " \"postgresql\": {\"server_version\": \"$PG_VERSION\","
		echo "  \"settings\": \"$(echo $PG_IN_FORCE)\"},"
	fi
	echo " \"runs\": [$json_rows"
	echo " ],"
	echo " \"concurrent_trt_import\": [$workers_json"
	echo " ]}"
} > bench/results.json
echo "results: bench/results.json"
