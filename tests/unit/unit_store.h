/*
 * The stores a unit test runs against: always a SQLite file, and a
 * PostgreSQL database too when a server is at hand.  That is the cluster
 * whose socket folder SCOREBOOK_TEST_PG names, or else a private one this
 * program starts with tools/pg-cluster.sh in a new folder under /tmp
 * (where the server's user can reach it, and short enough for a socket
 * path), and stops and removes when it exits.  Without the PostgreSQL server
 * installed only SQLite is tested, and a skip says so.
 */
#ifndef SCOREBOOK_UNIT_STORE_H
#define SCOREBOOK_UNIT_STORE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "unit.h"

/* The socket folder of the cluster, and whether it is up: 1 yes, -1 no,
 * 0 not tried yet. */
static char unit_pg_dir[512];
static int unit_pg_state;

static void unit_pg_stop(void)
{
	char cmd[1200];
	const char *src = getenv("SRCDIR");

	snprintf(cmd, sizeof(cmd),
		 "sh '%s/tools/pg-cluster.sh' stop '%s' && rm -rf '%s'",
		 src ? src : ".", unit_pg_dir, unit_pg_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not stop %s\n", unit_pg_dir);
}

/*
 * Find or start a cluster; 0 when there is one.  A server that is
 * installed but does not start is a failed check, not a skip.
 */
static inline int unit_pg_start(void)
{
	const char *given = getenv("SCOREBOOK_TEST_PG");
	const char *src = getenv("SRCDIR");
	char cmd[1200];

	if (unit_pg_state)
		return unit_pg_state > 0 ? 0 : -1;
	unit_pg_state = -1;
	if (given && *given) {
		snprintf(unit_pg_dir, sizeof(unit_pg_dir), "%s", given);
		unit_pg_state = 1;
		return 0;
	}
	if (access("/usr/lib/postgresql/15/bin/initdb", X_OK) != 0 &&
	    system("command -v pg_config > /dev/null") != 0)
		return -1;
	snprintf(unit_pg_dir, sizeof(unit_pg_dir),
		 "/tmp/scorebook-unit-pg.XXXXXX");
	if (!mkdtemp(unit_pg_dir))
		return -1;
	snprintf(cmd, sizeof(cmd),
		 "sh '%s/tools/pg-cluster.sh' start '%s' > /dev/null",
		 src ? src : ".", unit_pg_dir);
	atexit(unit_pg_stop);
	if (system(cmd) != 0) {
		CHECK(0, "tools/pg-cluster.sh starts a cluster");
		return -1;
	}
	unit_pg_state = 1;
	return 0;
}

/*
 * The address of an empty store named name for engine ("sqlite" or
 * "postgresql") into out; 0, or -1 when that engine is not at hand.
 */
static inline int unit_store_fresh(const char *engine, const char *name,
				   char *out, size_t size)
{
	const char *tmp = getenv("TEST_TMP");
	struct db *db = NULL;
	char sql[200];
	int rc;

	if (!strcmp(engine, "sqlite")) {
		snprintf(out, size, "%s/%s.db", tmp ? tmp : "/tmp", name);
		unlink(out);
		return 0;
	}
	if (unit_pg_start() < 0)
		return -1;
	snprintf(out, size, "postgresql:///postgres?host=%s", unit_pg_dir);
	rc = db_open_existing(out, &db);
	snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s", name);
	if (rc == DB_OK)
		rc = db_exec(db, sql);
	db_close(db);
	snprintf(out, size, "postgresql:///%s?host=%s", name, unit_pg_dir);
	return rc == DB_OK ? 0 : -1;
}

/* The first column of the first row of sql on target; -1 on failure. */
static inline long long unit_scalar(const char *target, const char *sql)
{
	struct db *db = NULL;
	struct db_stmt *st;
	long long v = -1;

	if (db_open_existing(target, &db) == DB_OK &&
	    (st = db_prepare(db, sql))) {
		if (db_step(st) == DB_ROW)
			v = db_column_int64(st, 0);
		db_finalize(st);
	}
	db_close(db);
	return v;
}

/* Run SQL without results on target; 0 or -1. */
static inline int unit_exec(const char *target, const char *sql)
{
	struct db *db = NULL;
	int rc = db_open_existing(target, &db);

	if (rc == DB_OK)
		rc = db_exec(db, sql);
	db_close(db);
	return rc == DB_OK ? 0 : -1;
}

#endif
