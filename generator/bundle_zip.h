/*
 * Writing a finished bundle as one zip archive, OUTDIR/NAME.zip, that is
 * the same bytes on every run: entries in path order, every timestamp
 * 1980-01-01 00:00, fixed permissions, no extra fields.  Written to a
 * temporary file and renamed into place.
 */
#ifndef SCOREBOOK_BUNDLE_ZIP_H
#define SCOREBOOK_BUNDLE_ZIP_H

#include "bundle.h"
#include "digest.h"

/* 0, or -1 after logging; hex gets the archive's SHA-256. */
int bundle_zip_write(const struct bundle *b, const char *outdir,
		     const char *name, char hex[DIGEST_HEX_LEN + 1]);

/* The same, every entry encrypted with AES-256 under passphrase (none
 * when NULL); the random salts make each run's archive different. */
int bundle_zip_write_sealed(const struct bundle *b, const char *outdir,
			    const char *name, const char *passphrase,
			    char hex[DIGEST_HEX_LEN + 1]);

#endif
