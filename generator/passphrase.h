/*
 * Passphrases for sealed bundles, and the one file they are written to.
 * Strings are written into the caller's arrays; the file descriptor
 * belongs to the caller, who closes it.
 */
#ifndef SCOREBOOK_PASSPHRASE_H
#define SCOREBOOK_PASSPHRASE_H

/* 32 base32 letters in 8 groups of 4 joined by '-': 160 random bits. */
#define PASSPHRASE_LEN 39

/* The file name without its ".csv", as shard_file_name() wants it. */
#define PASSPHRASE_FILE_STEM "passphrases"

/* A fresh passphrase from OpenSSL's generator; 0 or -1. */
int passphrase_new(char out[PASSPHRASE_LEN + 1]);

/* Create OUTDIR/name (passphrases.csv, or passphrases-K-of-N.csv in a
 * shard) with mode 0600 and its header; returns a descriptor open for
 * appending, or -1 after logging why. */
int passphrase_file_open(const char *outdir, const char *name);

/* One line, in one write so that workers' lines never interleave. */
int passphrase_file_add(int fd, const char *login, const char *school,
			const char *file, const char *passphrase);

#endif
