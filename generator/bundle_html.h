/*
 * Writing a finished bundle sealed in one self-contained HTML file,
 * OUTDIR/NAME.html: every file of the bundle encrypted with AES-256-GCM
 * under a key drawn from the passphrase by PBKDF2-SHA256, and a small
 * inline script that asks for the passphrase and shows the pages with
 * the browser's WebCrypto.  Nothing is returned but a status.
 */
#ifndef SCOREBOOK_BUNDLE_HTML_H
#define SCOREBOOK_BUNDLE_HTML_H

#include "bundle.h"
#include "digest.h"
#include "i18n.h"

/* PBKDF2 rounds: the 2023 OWASP floor for PBKDF2-HMAC-SHA256. */
#define BUNDLE_HTML_ITERATIONS 600000

/* 0, or -1 after logging; hex gets the HTML file's SHA-256.  The
 * passphrase form speaks the language of the catalog words. */
int bundle_html_write(const struct bundle *b, const struct i18n *words,
		      const char *outdir, const char *name,
		      const char *passphrase, char hex[DIGEST_HEX_LEN + 1]);

#endif
