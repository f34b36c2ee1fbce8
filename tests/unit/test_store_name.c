/* How messages name a store: passwords in PostgreSQL URLs hidden. */
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "unit.h"

static int shown_as(const char *target, const char *expected)
{
	char *name = store_display_name(target);
	int same = !strcmp(name, expected);

	if (!same)
		printf("# %s shown as %s\n", target, name);
	free(name);
	return same;
}

int main(void)
{
	CHECK(shown_as("store.db", "store.db"), "a file is named as given");
	CHECK(shown_as("a:b@c.db", "a:b@c.db"),
	      "a file name with a colon and @ is left alone");
	CHECK(shown_as("postgresql:///db?host=/tmp/x",
		       "postgresql:///db?host=/tmp/x"),
	      "a URL without a password is named as given");
	CHECK(shown_as("postgresql://ann:s3cret@db.example/scores",
		       "postgresql://ann:***@db.example/scores"),
	      "the user part's password is hidden");
	CHECK(shown_as("postgres://ann:p@ss@db/x", "postgres://ann:***@db/x"),
	      "a password holding @ is hidden whole");
	CHECK(shown_as("postgresql://ann@db/x", "postgresql://ann@db/x"),
	      "a user without a password is shown");
	CHECK(shown_as("postgresql:///x?user=ann&password=s3cret&port=5",
		       "postgresql:///x?user=ann&password=***&port=5"),
	      "a password= parameter's value is hidden");
	CHECK(shown_as("postgresql:///x?password=a",
		       "postgresql:///x?password=***"),
	      "a last password= parameter is hidden");
	return unit_done();
}
