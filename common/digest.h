/*
 * SHA-256 digests, as lowercase hex, through OpenSSL's libcrypto.
 */
#ifndef SCOREBOOK_DIGEST_H
#define SCOREBOOK_DIGEST_H

#include <stddef.h>

#define DIGEST_HEX_LEN 64

struct digest_ctx;

/* hex must hold DIGEST_HEX_LEN + 1 bytes. */
void digest_sha256_hex(const void *data, size_t len, char *hex);

/* Incremental form; digest_finish frees the context. */
struct digest_ctx *digest_start(void);
void digest_update(struct digest_ctx *ctx, const void *data, size_t len);
void digest_finish(struct digest_ctx *ctx, char *hex);

#endif
