#!/bin/bash
# make bench: measure import and generation against floors measured in
# the same run, at 1x, 2x and 4x of BENCH_SCALE, and write the results to
# bench/results.json.  Nothing here asserts a time: it reports ratios.
#
# One scale unit is 20,000 TRT exams with items, 100,000 student score
# data rows and 40 schools.  BENCH_SCALE=0.1 makes a quick run;
# BENCH_GROWTH="1" skips the growth runs.
set -eu
cd "$(dirname "$0")/.."
SCALE=${BENCH_SCALE:-1}
GROWTH=${BENCH_GROWTH:-1 2 4}
SCRATCH=bench/scratch
mkdir -p bench "$SCRATCH"
TIME=/usr/bin/time

# timed NAME COMMAND...: run, keep wall seconds and peak RSS (KB).
timed() {
	name=$1
	shift
	start=$(date +%s.%N)
	"$TIME" -f "%M" -o "$SCRATCH/$name.rss" "$@" > "$SCRATCH/$name.out" \
		2> "$SCRATCH/$name.err" || true
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

	# Delimited import: the student score data file.
	timed sdf bin/scorebook-import -q -s "$d/store.db" "$d/data/caaspp.txt"
	sdf_s=$wall
	sdf_rss=$rss

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
	add_json "{\"scale\": $(num "$mult"), \"trt_exams\": $exams, \
\"trt_mb\": $(mb "$trt_bytes"), \"import_s\": $(num "$import_s"), \
\"parse_floor_s\": $(num "$floor_s"), \"store_floor_s\": $(num "$store_floor_s"), \
\"import_over_parse_floor\": $(div "$import_s" "$floor_s"), \
\"exams_per_s\": $exams_s, \"import_mb_per_s\": $mbs, \
\"import_peak_rss_mb\": $(mb "$((import_rss * 1024))"), \
\"sdf_rows\": $rows, \"sdf_s\": $(num "$sdf_s"), \
\"sdf_rows_per_s\": $(div "$rows" "$sdf_s"), \
\"sdf_peak_rss_mb\": $(mb "$((sdf_rss * 1024))"), \
\"pages\": $pages, \"generate_s\": $(num "$gen_s"), \
\"pages_per_s\": $(div "$pages" "$gen_s"), \
\"generate_mb_per_s\": $(div "$(mb "$out_bytes")" "$gen_s"), \
\"generate_peak_rss_mb\": $(mb "$((gen_rss * 1024))"), \
\"generate_zip_s\": $(num "$genzip_s"), \"hugo_s\": $(num "$hugo_s"), \
\"hugo_pages\": $hugo_pages, \
\"pages_per_s_over_hugo\": $(if [ "$hugo_s" != 0 ]; then
		div "$(div "$pages" "$gen_s")" "$hugo_rate"; else echo null; fi)}"
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

echo "scorebook bench: scale $SCALE (x20,000 TRT exams, x100,000 score rows)"
printf '%-6s %8s %8s %8s %7s %8s %8s %8s %8s\n' scale exams import_s \
	floor_s ratio exams/s MB/s rss_MB sdf_rows/s
for factor in $GROWTH; do
	run_scale "$factor"
done
{
	echo "{\"version\": \"$(bin/scorebook-import --version | cut -d' ' -f2)\","
	echo " \"commit\": \"$(git rev-parse --short HEAD 2>/dev/null)\","
	echo " \"runs\": [$json_rows"
	echo " ]}"
} > bench/results.json
echo "results: bench/results.json"
