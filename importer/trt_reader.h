/*
 * The Test Results Transmission reader: streams one TRT document through
 * libxml2's text reader, validating it against schemas/trt.xsd as it
 * goes, and fills an exam.
 *
 * The schema is compiled once per process by trt_schema_load() and owned
 * by the caller.  trt_read() writes into the caller's exam and error
 * list; it never builds a document tree, never expands entities and
 * never touches the network.
 */
#ifndef SCOREBOOK_TRT_READER_H
#define SCOREBOOK_TRT_READER_H

#include <stddef.h>

#include "diag.h"
#include "exam.h"

struct trt_schema;

struct trt_schema *trt_schema_load(void);
void trt_schema_free(struct trt_schema *schema);

/* Documents larger than this are refused before parsing. */
#define TRT_MAX_DOCUMENT ((size_t)64 * 1024 * 1024)

/*
 * Read one document.  Returns 0 when it is well-formed and valid (the
 * error list may still hold value errors found while reading), -1 when
 * it is not; every problem found is in errors either way.
 */
int trt_read(struct trt_schema *schema, const char *data, size_t len,
	     struct exam *e, struct diag_list *errors);

#endif
