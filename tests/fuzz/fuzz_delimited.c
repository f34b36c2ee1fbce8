/*
 * Fuzz target: one delimited file through decoding, the table reader,
 * format recognition and every format's reader, filed in a scratch
 * store inside a savepoint that is rolled back after each input.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "delimited.h"
#include "diag.h"
#include "log.h"
#include "store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct store *store;
static int64_t import_id;
static char path[512];

static void remove_store(void)
{
	char side[600];

	store_close(store);
	unlink(path);
	snprintf(side, sizeof(side), "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", path);
	unlink(side);
}

/* One store for the whole run, in a fresh file under TMPDIR. */
static int open_store(void)
{
	const char *dir = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	struct store_import rec = { "fuzz", "", "delimited", "pending", "fuzz",
				    0,	    0,	0,	     0,		0 };

	snprintf(path, sizeof(path), "%s/fuzz-delimited-%ld.db", dir,
		 (long)getpid());
	unlink(path);
	if (store_open(path, &store) < 0 || store_begin(store) < 0 ||
	    store_log_import(store, &rec, &import_id) < 0)
		abort();
	atexit(remove_store);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_list errors;
	struct delimited_result result;

	if (!store) {
		log_set_level(LOG_QUIET);
		open_store();
	}
	memset(&errors, 0, sizeof(errors));
	memset(&result, 0, sizeof(result));
	if (store_savepoint(store) < 0)
		abort();
	delimited_import(store, "fuzz", (const char *)data, size, import_id,
			 &errors, &result);
	if (store_savepoint_rollback(store) < 0)
		abort();
	diag_clear(&errors);
	return 0;
}
