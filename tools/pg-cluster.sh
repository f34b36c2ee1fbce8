#!/bin/sh
# A private PostgreSQL cluster for tests and benchmarks, in one folder.
#
#   pg-cluster.sh start DIR   create the cluster in DIR when missing, start
#                             it, and print its base URL
#   pg-cluster.sh stop DIR    stop it (DIR stays; start again reuses it)
#   pg-cluster.sh url DIR     print the base URL of DIR's cluster
#
# The cluster listens on a unix socket in DIR only, never on TCP, and
# trusts every local connection: it is for throw-away test data.  Its
# superuser is named after whoever runs this script, so libpq's default
# user name works.  The base URL, postgresql:///postgres?host=DIR, names
# the maintenance database; a store is any other database name in its
# place (postgresql:///NAME?host=DIR), created by scorebook on first use.
#
# PostgreSQL refuses to run as root, so as root the server runs as the
# user PG_CLUSTER_USER (default postgres, created when missing), which
# then owns DIR.  The binaries are found with pg_config, or in
# PG_BINDIR (default /usr/lib/postgresql/15/bin).
set -eu

usage() {
	echo "usage: pg-cluster.sh start|stop|url DIR" >&2
	exit 2
}

[ $# = 2 ] || usage
action=$1
mkdir -p "$2"
dir=$(cd "$2" && pwd)
data="$dir/data"

find_bindir() {
	if [ -n "${PG_BINDIR:-}" ]; then
		echo "$PG_BINDIR"
	elif [ -x /usr/lib/postgresql/15/bin/initdb ]; then
		echo /usr/lib/postgresql/15/bin
	elif command -v pg_config > /dev/null &&
		[ -x "$(pg_config --bindir)/initdb" ]; then
		pg_config --bindir
	else
		echo "pg-cluster: no PostgreSQL server found;" \
			"install postgresql or set PG_BINDIR" >&2
		exit 1
	fi
}
bindir=$(find_bindir)

# Run a server program as the cluster's owner.
as_owner() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u "$owner" -- "$@"
	else
		"$@"
	fi
}

owner=$(id -un)
if [ "$(id -u)" = 0 ]; then
	owner=${PG_CLUSTER_USER:-postgres}
	if ! id "$owner" > /dev/null 2>&1; then
		useradd --system --no-create-home --shell /usr/sbin/nologin \
			"$owner"
	fi
fi
superuser=$(id -un)

url() {
	echo "postgresql:///postgres?host=$dir"
}

# A unix socket path holds at most 107 bytes.
socket="$dir/.s.PGSQL.5432"
if [ ${#socket} -gt 107 ]; then
	echo "pg-cluster: $dir: too long for a socket path; use a shorter" \
		"folder" >&2
	exit 1
fi

start() {
	if [ ! -f "$data/PG_VERSION" ]; then
		[ "$(id -u)" = 0 ] && chown "$owner" "$dir"
		if ! as_owner test -w "$dir"; then
			echo "pg-cluster: $dir: $owner cannot write there (a" \
				"folder above may be private); use one under" \
				"/tmp" >&2
			exit 1
		fi
		# C collation and UTF-8, so text sorts by bytes as in SQLite.
		as_owner "$bindir/initdb" -D "$data" -U "$superuser" \
			-E UTF8 --locale=C --auth=trust > "$dir/initdb.log" 2>&1 || {
			cat "$dir/initdb.log" >&2
			exit 1
		}
		cat >> "$data/postgresql.conf" << EOF
listen_addresses = ''
unix_socket_directories = '$dir'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
	fi
	if as_owner "$bindir/pg_ctl" -D "$data" status > /dev/null 2>&1; then
		url
		return
	fi
	as_owner "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
		start > /dev/null || {
		cat "$dir/server.log" >&2
		exit 1
	}
	url
}

stop() {
	[ -f "$data/PG_VERSION" ] || return 0
	if as_owner "$bindir/pg_ctl" -D "$data" status > /dev/null 2>&1; then
		as_owner "$bindir/pg_ctl" -D "$data" -m fast -w stop > /dev/null
	fi
}

case "$action" in
start) start ;;
stop) stop ;;
url) url ;;
*) usage ;;
esac
