# Stores for the end-to-end tests, on either backend.  Sourced by tap.sh.
#
# A test gets every store from new_store and reads it with sql, so the
# same test runs against SQLite (the default: a file under the test's
# folder $T) and against PostgreSQL when SCOREBOOK_TEST_PG names the
# socket folder of a running cluster (tests/run.sh starts one with
# tools/pg-cluster.sh): then each store is a fresh database of that
# cluster and its address a URL.  Queries given to sql must read the
# same on both: no SQLite-only functions or pragmas, an ORDER BY
# wherever order matters, and numbers cast to integers when a REAL
# column would print as 24.0 in one and 24 in the other.

# pg_store_name NAME: the database name of the test's store NAME: the
# test's folder name and NAME, lowercase, anything else an underscore.
pg_store_name() {
	printf '%s_%s' "$(basename "${T:?}")" "$1" | tr 'A-Z' 'a-z' |
		tr -c 'a-z0-9_' '_' | cut -c 1-63
}

# pg_store_url NAME: the URL of database NAME in the test cluster.
pg_store_url() {
	echo "postgresql:///$1?host=$SCOREBOOK_TEST_PG"
}

# new_sqlite_store NAME: the path of a SQLite store that does not exist
# yet; the importer creates it.
new_sqlite_store() {
	rm -f "${T:?}/$1.db" "$T/$1.db-wal" "$T/$1.db-shm"
	echo "$T/$1.db"
}

# new_pg_store NAME: the URL of a new, empty database of the test cluster.
new_pg_store() {
	db=$(pg_store_name "$1")
	dropdb -h "$SCOREBOOK_TEST_PG" --if-exists "$db" > /dev/null 2>&1
	createdb -h "$SCOREBOOK_TEST_PG" "$db" || return 1
	pg_store_url "$db"
}

# new_store NAME: the address of an empty store for this test, to pass
# to -s.  Call it once per store and keep what it prints.
new_store() {
	if [ -n "${SCOREBOOK_TEST_PG:-}" ]; then
		new_pg_store "$1"
	else
		new_sqlite_store "$1"
	fi
}

# missing_store NAME: the address of a store that does not exist and
# that no program may create: a file that is not there, or a database
# the cluster does not have.
missing_store() {
	if [ -n "${SCOREBOOK_TEST_PG:-}" ]; then
		db=$(pg_store_name "$1")
		dropdb -h "$SCOREBOOK_TEST_PG" --if-exists "$db" > /dev/null 2>&1
		pg_store_url "$db"
	else
		new_sqlite_store "$1"
	fi
}

# is_pg STORE: true when the store's address is a PostgreSQL URL.
is_pg() {
	case $1 in postgresql://* | postgres://*) return 0 ;; esac
	return 1
}

# test_backend: "postgresql" or "sqlite", the backend of new_store.
test_backend() {
	if [ -n "${SCOREBOOK_TEST_PG:-}" ]; then echo postgresql; else
		echo sqlite; fi
}

# sql STORE QUERY: the rows of a query, columns separated by '|', NULL
# as an empty field; several statements may be given, the last one's
# rows are printed.
sql() {
	if is_pg "$1"; then
		psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"
	else
		sqlite3 "$1" "$2"
	fi
}

# sql_file STORE FILE: run a file of SQL statements, quietly.
sql_file() {
	if is_pg "$1"; then
		psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" > /dev/null
	else
		sqlite3 -bail "$1" < "$2" > /dev/null
	fi
}

# store_dump STORE: every table's rows as text, to search for what must
# never be stored.
store_dump() {
	if is_pg "$1"; then
		pg_dump --data-only -d "$1"
	else
		sqlite3 "$1" .dump
	fi
}

# store_copy STORE NAME: a copy of STORE as this test's store NAME;
# prints its address.  Nothing may be connected to STORE meanwhile.
store_copy() {
	if is_pg "$1"; then
		src=${1#*:///}
		src=${src%%\?*}
		db=$(pg_store_name "$2")
		dropdb -h "$SCOREBOOK_TEST_PG" --if-exists "$db" > /dev/null 2>&1
		createdb -h "$SCOREBOOK_TEST_PG" -T "$src" "$db" || return 1
		pg_store_url "$db"
	else
		dest=$(new_sqlite_store "$2")
		sqlite3 "$1" ".backup '$dest'" || return 1
		echo "$dest"
	fi
}

# store_check STORE: "ok" when the store is consistent: SQLite's
# integrity check, or on PostgreSQL (which checks its own pages) no
# score, item or member row pointing at a missing parent.
store_check() {
	if is_pg "$1"; then
		sql "$1" "SELECT CASE WHEN
			(SELECT count(*) FROM exam e LEFT JOIN student s
				ON s.id = e.student_id WHERE s.id IS NULL) +
			(SELECT count(*) FROM exam_score c LEFT JOIN exam e
				ON e.id = c.exam_id WHERE e.id IS NULL) +
			(SELECT count(*) FROM exam_item i LEFT JOIN exam e
				ON e.id = i.exam_id WHERE e.id IS NULL) = 0
			THEN 'ok' ELSE 'orphan rows' END"
	else
		sqlite3 "$1" "PRAGMA integrity_check"
	fi
}

# store_exists STORE: true when the store's file or database exists.
store_exists() {
	if is_pg "$1"; then
		db=${1#*:///}
		db=${db%%\?*}
		[ "$(psql -X -A -t -h "$SCOREBOOK_TEST_PG" -d postgres -c \
			"SELECT count(*) FROM pg_database
			WHERE datname = '$db'")" = 1 ]
	else
		[ -e "$1" ]
	fi
}

# store_columns STORE TABLE: "name type" of each column, one a line.
store_columns() {
	if is_pg "$1"; then
		sql "$1" "SELECT column_name || ' ' || data_type
			FROM information_schema.columns
			WHERE table_schema = current_schema()
			AND table_name = '$2'"
	else
		sql "$1" "SELECT name || ' ' || type
			FROM pragma_table_info('$2')"
	fi
}

# The tables whose rows are the store's content, as store_canon lists
# them; the import and bundle logs record runs, not content.
CANON_TABLES="district school student scale assessment claim item exam
	exam_score exam_target exam_trait exam_accommodation exam_item
	exam_item_dimension student_group group_member group_user
	access_grant"

# canon_column COLUMN TYPE: the expression that stands for a column of
# table t in store_canon: a row id is left out (nothing printed), a
# reference to another row becomes that row's natural key, a boolean a
# 0 or 1, and a newline in text the two characters \n.
canon_column() {
	case $1 in
	id | import_id) ;;
	student_id) echo "(SELECT x.ssid FROM student x
		WHERE x.id = t.student_id)" ;;
	school_id | district_id | assessment_id)
		echo "(SELECT x.natural_id FROM ${1%_id} x
			WHERE x.id = t.$1)" ;;
	exam_id) echo "(SELECT a.natural_id || ' ' || x.opp_key FROM exam x
		JOIN assessment a ON a.id = x.assessment_id
		WHERE x.id = t.exam_id)" ;;
	group_id) echo "(SELECT s.natural_id || ' ' || x.school_year || ' ' ||
		x.name FROM student_group x JOIN school s ON s.id = x.school_id
		WHERE x.id = t.group_id)" ;;
	*)
		case $2 in
		boolean) echo "CASE WHEN t.$1 THEN 1 WHEN NOT t.$1 THEN 0 END" ;;
		TEXT | text | character*) printf "replace(t.%s, '\n', '%s')\n" \
			"$1" '\n' ;;
		*) echo "t.$1" ;;
		esac
		;;
	esac
}

# store_canon STORE: the store's content as sorted lines of text that
# two stores share when they hold the same records, whatever their
# backend, row ids or import history: "table|value|..." with columns in
# name order and ids replaced by natural keys.  Numbers are printed
# with at most 12 significant digits, so that 2531.0 (SQLite's REAL) and
# 2531 (PostgreSQL's double precision) read alike, and a zero is 0:
# SQLite stores -0.0 as the integer 0, PostgreSQL keeps its sign.
store_canon() {
	for table in $CANON_TABLES; do
		cols=$(store_columns "$1" "$table" | LC_ALL=C sort) || return 1
		[ -n "$cols" ] || { echo "store_canon: no table $table" >&2
			return 1; }
		select="'$table'"
		while read -r col type; do
			expr=$(canon_column "$col" "$type")
			[ -n "$expr" ] && select="$select, $expr"
		done << COLUMNS
$cols
COLUMNS
		sql "$1" "SELECT $select FROM $table t" || return 1
	done | awk -F '|' -v OFS='|' '{
		for (i = 2; i <= NF; i++)
			if ($i ~ /^-?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?$/ &&
				($i ~ /[.eE]/ || $i == "-0"))
				$i = $i == 0 ? "0" : sprintf("%.12g", $i)
		print
	}' | LC_ALL=C sort
}
