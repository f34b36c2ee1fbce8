/* Small-cell suppression of aggregate rows and grant file reading. */
#include <stdio.h>
#include <stdlib.h>

#include "grant_file.h"
#include "log.h"
#include "suppress.h"
#include "unit.h"

static int hidden_mask(const int *hidden, int n)
{
	int i, m = 0;

	for (i = 0; i < n; i++)
		m |= hidden[i] << i;
	return m;
}

static void rows(void)
{
	int h[4];
	int big[4] = { 20, 30, 40, 50 }, one[4] = { 5, 30, 40, 50 };
	int two[4] = { 5, 3, 40, 50 }, tiny[4] = { 4, 2, 3, 1 };

	CHECK(suppress_row(big, 4, 140, 11, h) == 0 && !hidden_mask(h, 4),
	      "large cells all show");
	CHECK(suppress_row(one, 4, 125, 11, h) == 0 && hidden_mask(h, 4) == 0x3,
	      "one small cell hides the smallest other one too");
	CHECK(suppress_row(two, 4, 98, 11, h) == 0 && hidden_mask(h, 4) == 0x3,
	      "two small cells need nothing more");
	CHECK(suppress_row(tiny, 4, 10, 11, h) == 1 && hidden_mask(h, 4) == 0xf,
	      "a total under the minimum hides every cell");
	CHECK(suppress_row(big, 4, 140, 30, h) == 0 && hidden_mask(h, 4) == 0x3,
	      "claims use a minimum of 30");
}

static int load(const char *text)
{
	char path[] = "/tmp/test_grants_XXXXXX";
	struct grant_file g;
	int fd = mkstemp(path), rc;
	FILE *f = fdopen(fd, "w");

	fputs(text, f);
	fclose(f);
	rc = grant_file_load(&g, path);
	if (rc == 0)
		rc = g.count;
	grant_file_release(&g);
	remove(path);
	return rc;
}

static void grants(void)
{
	CHECK(load("login,role,org\na,state,\nb,Teacher,1\n") == 2,
	      "a grants file reads");
	CHECK(load("login,role,org\r\n\"a\",school,1\r\n") == 1,
	      "quotes and CRLF");
	CHECK(load("user,role,org\na,state,\n") < 0, "a wrong header fails");
	CHECK(load("login,role,org\na,boss,1\n") < 0, "an unknown role fails");
	CHECK(load("login,role,org\na,school,\n") < 0, "a missing org fails");
	CHECK(load("login,role,org\n../x,school,1\n") < 0,
	      "a login that climbs out of its folder fails");
	CHECK(load("login,role,org\na/b,school,1\n") < 0,
	      "a login with a slash fails");
	CHECK(load("login,role,org\na\tb,school,1\n") < 0,
	      "a login with a control character fails");
}

int main(void)
{
	log_init("test_suppress");
	log_set_level(LOG_QUIET);
	rows();
	grants();
	return unit_done();
}
