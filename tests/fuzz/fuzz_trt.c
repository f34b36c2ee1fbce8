/*
 * Fuzz target: one TRT document through the streaming reader, the
 * schema and the checks that need no store.
 */
#include <stddef.h>
#include <stdint.h>

#include <libxml/parser.h>

#include "catalog.h"
#include "diag.h"
#include "exam.h"
#include "trt_check.h"
#include "trt_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct trt_schema *schema;
	struct diag_list errors = { 0 };
	struct exam e;

	if (!schema) {
		xmlSetGenericErrorFunc(NULL, quiet);
		catalog_load();
		schema = trt_schema_load();
	}
	exam_init(&e);
	if (trt_read(schema, (const char *)data, size, &e, &errors) == 0)
		trt_check_exam(&e, &errors);
	exam_release(&e);
	diag_clear(&errors);
	return 0;
}
