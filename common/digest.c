#include "digest.h"

#include <stdio.h>
#include <stdlib.h>

#include <openssl/evp.h>

struct digest_ctx {
	EVP_MD_CTX *md;
};

static void to_hex(const unsigned char *raw, unsigned len, char *hex)
{
	static const char digits[] = "0123456789abcdef";
	unsigned i;

	for (i = 0; i < len; i++) {
		hex[2 * i] = digits[raw[i] >> 4];
		hex[2 * i + 1] = digits[raw[i] & 15];
	}
	hex[2 * len] = '\0';
}

struct digest_ctx *digest_start(void)
{
	struct digest_ctx *ctx = malloc(sizeof(*ctx));

	if (!ctx || !(ctx->md = EVP_MD_CTX_new()) ||
	    EVP_DigestInit_ex(ctx->md, EVP_sha256(), NULL) != 1) {
		fprintf(stderr, "scorebook: cannot start a sha-256 digest\n");
		abort();
	}
	return ctx;
}

void digest_update(struct digest_ctx *ctx, const void *data, size_t len)
{
	EVP_DigestUpdate(ctx->md, data, len);
}

void digest_finish(struct digest_ctx *ctx, char *hex)
{
	unsigned char raw[EVP_MAX_MD_SIZE];
	unsigned len = 0;

	EVP_DigestFinal_ex(ctx->md, raw, &len);
	to_hex(raw, len, hex);
	EVP_MD_CTX_free(ctx->md);
	free(ctx);
}

void digest_sha256_hex(const void *data, size_t len, char *hex)
{
	struct digest_ctx *ctx = digest_start();

	digest_update(ctx, data, len);
	digest_finish(ctx, hex);
}
