/*
 * Until the delimited readers land, every delimited file is rejected
 * with a message that says so.
 */
#include "delimited.h"

int delimited_import(struct store *s, const char *name, const char *data,
		     size_t len, int64_t import_id, struct diag_list *errors,
		     struct delimited_result *result)
{
	(void)s;
	(void)name;
	(void)data;
	(void)len;
	(void)import_id;
	result->format = "delimited";
	diag_add(errors, 1, "header", NULL,
		 "delimited files are not supported by this build");
	return -1;
}
