#!/bin/sh
# make demo: synthesize a district, import it, generate its bundles and
# say which page to open.  Everything lands in demo/.
set -eu
cd "$(dirname "$0")/.."
DEMO=demo
rm -rf "$DEMO"
mkdir -p "$DEMO"

echo "demo: synthesizing a district into $DEMO/district"
build/districtgen --seed 1 -o "$DEMO/district"

echo "demo: importing into $DEMO/scorebook.db"
d=$DEMO/district
status=0
started=$(date +%s.%N)
bin/scorebook-import -s "$DEMO/scorebook.db" -u demo \
	"$d/organizations.txt" "$d/assessments.csv" "$d/trt" \
	"$d/caaspp.txt" "$d/elpac.txt" "$d/groups.csv" "$d/grants.csv" ||
	status=$?
if [ "$status" -gt 1 ]; then
	echo "demo: the import failed (exit status $status)" >&2
	exit "$status"
fi
[ "$status" = 0 ] || echo "demo: some files were rejected; see above"
# TRT documents are parsed and validated on worker threads, twice the
# cores, while one thread files them in order.
took=$(awk -v from="$started" -v to="$(date +%s.%N)" \
	'BEGIN { printf "%.1f", to - from }')
echo "demo: $(find "$d/trt" -name '*.xml' | wc -l) TRT documents and the" \
	"other files imported in $took s on $(nproc) cores"

echo "demo: generating bundles into $DEMO/out"
bin/scorebook-generate -s "$DEMO/scorebook.db" -o "$DEMO/out" -u demo

echo
echo "demo: a bundle per person of $d/grants.csv into $DEMO/people"
bin/scorebook-generate -q -s "$DEMO/scorebook.db" -o "$DEMO/people" -u demo \
	--grants "$d/grants.csv"
echo "  e.g. $(cd "$DEMO/people" && pwd)/$(sed -n 2p "$d/grants.csv" |
	cut -d, -f1)/"

# The audit export of the last run lists every import and every bundle.
audit=$DEMO/people/audit.csv
echo
echo "Audit ($audit): $(grep -c '^import,' "$audit") imports," \
	"$(grep -c '^bundle,' "$audit") bundles"
echo "event   time                  operator  login / file  school  scope"
# The first and last few lines: the whole list is in the file.
tail -n +2 "$audit" | awk -F, '{
	who = $1 == "import" ? $5 : ($4 == "" ? "-" : $4)
	printf "%-7s %-21s %-9s %s %s %s\n", $1, $2, $3, who, $6, $7 }' |
	sed -n '1,5p;$p'

# At state scale: the same delivery in a PostgreSQL store, and its
# bundles generated as two shards side by side, as two machines would.
# Skipped, and said so, when the PostgreSQL server cannot be started.
if [ -z "${DEMO_NO_POSTGRES:-}" ] &&
	tools/pg-cluster.sh start "$DEMO/pg" > /dev/null 2>&1; then
	trap 'tools/pg-cluster.sh stop "$DEMO/pg" > /dev/null 2>&1' EXIT
	pg="postgresql:///scorebook?host=$(cd "$DEMO/pg" && pwd)"
	echo
	echo "demo: importing the same files into $pg"
	bin/scorebook-import -s "$pg" -u demo \
		"$d/organizations.txt" "$d/assessments.csv" "$d/trt" \
		"$d/caaspp.txt" "$d/elpac.txt" "$d/groups.csv" \
		"$d/grants.csv" || [ $? = 1 ]
	echo "demo: generating two shards at once into $DEMO/state"
	for shard in 1/2 2/2; do
		bin/scorebook-generate -q -s "$pg" -o "$DEMO/state" -u demo \
			--shard "$shard" &
	done
	wait
	if diff -r -x 'audit*.csv' "$DEMO/out" "$DEMO/state" > /dev/null; then
		echo "demo: the two shards from PostgreSQL equal the bundles" \
			"from SQLite, byte for byte"
	else
		echo "demo: the shards from PostgreSQL differ from the" \
			"bundles from SQLite" >&2
		exit 1
	fi
else
	echo
	echo "demo: no PostgreSQL server here; the state-scale part is skipped"
fi

first=$(find "$DEMO/out" -mindepth 2 -maxdepth 2 -name index.html | sort |
	head -n 1)
if [ -z "$first" ] || [ ! -f "$first" ]; then
	echo "demo: no bundle was written" >&2
	exit 1
fi
echo
echo "Open this page in a browser:"
echo "  $(cd "$(dirname "$first")" && pwd)/index.html"
