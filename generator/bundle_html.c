/*
 * The sealed HTML file.  The plain text is a JSON object whose "files"
 * map each bundle path to its content in base64; the file carries the
 * salt, the nonce and the cipher text (with its tag at the end, as
 * WebCrypto expects) in base64.  The page's policy allows only its own
 * inline script and style, by their SHA-256, and no network at all.
 */
#include "bundle_html.h"

#include <errno.h>
#include <limits.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "escape.h"
#include "log.h"
#include "xalloc.h"

#define SALT_LEN 16
#define IV_LEN	 12
#define TAG_LEN	 16
#define KEY_LEN	 32

/* Unlocks the bundle, then shows its pages in place of the form. */
static const char script[] =
    "(function () {\n'use strict';\nvar files = null, current = '';\n"
    "function bytes(b64) {\n var s = atob(b64), a = new Uint8Array(s.length);"
    "\n for (var i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);\n"
    " return a;\n}\n"
    "function resolve(from, href) {\n var parts = from.split('/');\n"
    " parts.pop();\n href.split('#')[0].split('?')[0].split('/')"
    ".forEach(function (p) {\n  if (p === '..') parts.pop();\n"
    "  else if (p !== '.' && p !== '') parts.push(p);\n });\n"
    " return parts.join('/');\n}\n"
    "function show(path) {\n var html = new TextDecoder().decode("
    "bytes(files[path]));\n"
    " var doc = new DOMParser().parseFromString(html, 'text/html');\n"
    " doc.querySelectorAll('script, link, meta').forEach(function (n) {"
    " n.remove(); });\n current = path;\n document.title = doc.title;\n"
    " var nodes = Array.prototype.map.call(doc.body.childNodes,"
    " function (n) { return document.importNode(n, true); });\n"
    " document.body.replaceChildren.apply(document.body, nodes);\n"
    " window.scrollTo(0, 0);\n}\n"
    "function download(path) {\n var a = document.createElement('a');\n"
    " a.href = URL.createObjectURL(new Blob([bytes(files[path])]));\n"
    " a.download = path.split('/').pop();\n a.click();\n}\n"
    "document.addEventListener('click', function (e) {\n"
    " var a = e.target.closest ? e.target.closest('a[href]') : null;\n"
    " if (!files || !a) return;\n"
    " var href = decodeURIComponent(a.getAttribute('href'));\n"
    " if (/^[a-z]+:/i.test(href) || href.charAt(0) === '#') return;\n"
    " e.preventDefault();\n var path = resolve(current, href);\n"
    " if (!(path in files)) return;\n"
    " if (/\\.html$/.test(path)) show(path); else download(path);\n});\n"
    "document.getElementById('unlock').addEventListener('submit',"
    " function (e) {\n e.preventDefault();\n"
    " var el = document.getElementById('payload');\n"
    " var msg = document.getElementById('message');\n"
    " var pass = document.getElementById('pass').value"
    ".replace(/\\s+/g, '').toUpperCase();\n"
    " msg.textContent = msg.dataset.opening;\n"
    " crypto.subtle.importKey('raw', new TextEncoder().encode(pass),"
    " 'PBKDF2', false, ['deriveKey']).then(function (k) {\n"
    "  return crypto.subtle.deriveKey({ name: 'PBKDF2',"
    " salt: bytes(el.dataset.salt),\n"
    "   iterations: Number(el.dataset.iterations), hash: 'SHA-256' }, k,\n"
    "   { name: 'AES-GCM', length: 256 }, false, ['decrypt']);\n"
    " }).then(function (key) {\n"
    "  return crypto.subtle.decrypt({ name: 'AES-GCM',"
    " iv: bytes(el.dataset.iv) },\n   key, bytes(el.textContent.trim()));\n"
    " }).then(function (plain) {\n"
    "  files = JSON.parse(new TextDecoder().decode(plain)).files;\n"
    "  show('index.html');\n }, function () {\n"
    "  msg.textContent = msg.dataset.wrong;\n });\n});\n})();\n";

/* html, then the catalog's words of key, escaped, then after. */
static void put_words(struct buf *h, const struct i18n *words, const char *html,
		      const char *key, const char *after)
{
	buf_puts(h, html);
	escape_html(h, i18n_text(words, key));
	buf_puts(h, after);
}

/* The form that asks for the passphrase; the script reads its messages
 * from the message paragraph, so that its bytes and hash never change. */
static void put_form(struct buf *h, const struct i18n *words)
{
	put_words(h, words, "<main id=\"main\">\n<h1>", "sealed.title",
		  "</h1>\n");
	put_words(h, words, "<p>", "sealed.lead", "</p>\n");
	put_words(h, words, "<form id=\"unlock\">\n<label for=\"pass\">",
		  "sealed.passphrase", "</label>\n");
	buf_puts(h, "<input id=\"pass\" type=\"password\" autocomplete=\"off\" "
		    "spellcheck=\"false\">\n");
	put_words(h, words, "<button type=\"submit\">", "sealed.open",
		  "</button>\n</form>\n");
	put_words(h, words, "<p id=\"message\" role=\"alert\" data-opening=\"",
		  "sealed.opening", "\"");
	put_words(h, words, " data-wrong=\"", "sealed.wrong",
		  "\"></p>\n</main>\n");
}

static void put_base64(struct buf *b, const unsigned char *data, size_t len)
{
	size_t at = b->len;

	buf_grow(b, 4 * ((len + 2) / 3) + 1);
	b->len += (size_t)EVP_EncodeBlock((unsigned char *)b->data + at, data,
					  (int)len);
	b->data[b->len] = '\0';
}

/* The policy's source for an inline element: 'sha256-<base64>'. */
static void put_hash(struct buf *b, const char *text, size_t len)
{
	unsigned char md[32];
	unsigned int n = 0;

	EVP_Digest(text, len, md, &n, EVP_sha256(), NULL);
	buf_puts(b, "'sha256-");
	put_base64(b, md, n);
	buf_putc(b, '\'');
}

static void put_json_text(struct buf *b, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c < 0x20 || c == '"' || c == '\\')
			buf_printf(b, "\\u%04x", c);
		else
			buf_putc(b, (char)c);
	}
}

static void plain_text(struct buf *p, const struct bundle *b)
{
	int i;

	buf_puts(p, "{\"files\":{");
	for (i = 0; i < b->count; i++) {
		buf_puts(p, i ? ",\"" : "\"");
		put_json_text(p, b->files[i].path);
		buf_puts(p, "\":\"");
		put_base64(p, (const unsigned char *)b->files[i].data,
			   b->files[i].len);
		buf_putc(p, '"');
	}
	buf_puts(p, "}}");
}

/* AES-256-GCM under a PBKDF2 key; out gets cipher text and tag. */
static int seal(const struct buf *plain, const char *passphrase,
		const unsigned char *salt, const unsigned char *iv,
		unsigned char *out)
{
	unsigned char key[KEY_LEN];
	EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
	int n = 0, fin = 0, ok;

	ok =
	    ctx &&
	    PKCS5_PBKDF2_HMAC(passphrase, (int)strlen(passphrase), salt,
			      SALT_LEN, BUNDLE_HTML_ITERATIONS, EVP_sha256(),
			      KEY_LEN, key) == 1 &&
	    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, NULL, NULL) == 1 &&
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, IV_LEN, NULL) ==
		1 &&
	    EVP_EncryptInit_ex(ctx, NULL, NULL, key, iv) == 1 &&
	    EVP_EncryptUpdate(ctx, out, &n, (const unsigned char *)plain->data,
			      (int)plain->len) == 1 &&
	    EVP_EncryptFinal_ex(ctx, out + n, &fin) == 1 &&
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, TAG_LEN,
				out + n + fin) == 1;
	OPENSSL_cleanse(key, sizeof(key));
	EVP_CIPHER_CTX_free(ctx);
	return ok ? 0 : -1;
}

static const struct bundle_file *find(const struct bundle *b, const char *path)
{
	int i;

	for (i = 0; i < b->count; i++)
		if (!strcmp(b->files[i].path, path))
			return &b->files[i];
	return NULL;
}

static void page_head(struct buf *h, const struct bundle_file *css,
		      const struct i18n *words)
{
	buf_puts(h, "<!DOCTYPE html>\n<html lang=\"");
	escape_html(h, i18n_lang(words));
	buf_puts(h, "\">\n<head>\n"
		    "<meta charset=\"utf-8\">\n<meta http-equiv=\""
		    "Content-Security-Policy\" content=\"default-src 'none'; "
		    "script-src ");
	put_hash(h, script, sizeof(script) - 1);
	buf_puts(h, "; style-src ");
	if (css)
		put_hash(h, css->data, css->len);
	else
		buf_puts(h, "'none'");
	buf_puts(h, "; img-src data:\">\n<meta name=\"viewport\" "
		    "content=\"width=device-width, initial-scale=1\">\n"
		    "<meta name=\"referrer\" content=\"no-referrer\">\n");
	put_words(h, words, "<title>", "sealed.title", "</title>\n");
	if (css) {
		buf_puts(h, "<style>");
		buf_add(h, css->data, css->len);
		buf_puts(h, "</style>\n");
	}
	buf_puts(h, "</head>\n<body>\n");
}

static void page_body(struct buf *h, const struct i18n *words,
		      const unsigned char *salt, const unsigned char *iv,
		      const unsigned char *sealed, size_t len)
{
	put_form(h, words);
	buf_puts(h, "<script type=\"application/octet-stream\" "
		    "id=\"payload\" data-salt=\"");
	put_base64(h, salt, SALT_LEN);
	buf_puts(h, "\" data-iv=\"");
	put_base64(h, iv, IV_LEN);
	buf_printf(h, "\" data-iterations=\"%d\">\n", BUNDLE_HTML_ITERATIONS);
	put_base64(h, sealed, len);
	buf_puts(h, "\n</script>\n<script>");
	buf_add(h, script, sizeof(script) - 1);
	buf_puts(h, "</script>\n</body>\n</html>\n");
}

/* The whole file in memory, from the bundle's files. */
static int build(struct buf *html, const struct bundle *b,
		 const struct i18n *words, const char *passphrase)
{
	unsigned char salt[SALT_LEN], iv[IV_LEN], *sealed;
	struct buf plain = BUF_INIT;
	int rc = -1;

	plain_text(&plain, b);
	sealed = xmalloc(plain.len + TAG_LEN);
	if (RAND_bytes(salt, SALT_LEN) == 1 && RAND_bytes(iv, IV_LEN) == 1 &&
	    seal(&plain, passphrase, salt, iv, sealed) == 0) {
		page_head(html, find(b, "assets/style.css"), words);
		page_body(html, words, salt, iv, sealed, plain.len + TAG_LEN);
		rc = 0;
	}
	OPENSSL_cleanse(plain.data, plain.len);
	buf_release(&plain);
	free(sealed);
	return rc;
}

static int save(const struct buf *html, const char *tmp, const char *path)
{
	FILE *f = fopen(tmp, "wb");
	int rc;

	if (!f)
		return -1;
	rc = fwrite(html->data, 1, html->len, f) == html->len ? 0 : -1;
	if (fclose(f) != 0 || rc < 0 || chmod(tmp, 0600) < 0 ||
	    rename(tmp, path) < 0)
		return -1;
	return 0;
}

int bundle_html_write(const struct bundle *b, const struct i18n *words,
		      const char *outdir, const char *name,
		      const char *passphrase, char hex[DIGEST_HEX_LEN + 1])
{
	char tmp[PATH_MAX], path[PATH_MAX];
	struct buf html = BUF_INIT;
	int rc;

	snprintf(tmp, sizeof(tmp), "%s/.%s.html.tmp-%ld", outdir, name,
		 (long)getpid());
	snprintf(path, sizeof(path), "%s/%s.html", outdir, name);
	if (build(&html, b, words, passphrase) < 0) {
		log_error("%s: cannot encrypt the bundle", path);
		buf_release(&html);
		return -1;
	}
	digest_sha256_hex(html.data, html.len, hex);
	rc = save(&html, tmp, path);
	if (rc < 0) {
		log_error("%s: %s", path, strerror(errno));
		unlink(tmp);
	}
	buf_release(&html);
	return rc;
}
