/*
 * Fuzz target: arbitrary text as a page template, parsed and then
 * rendered against a small data tree with strings, lists and maps.
 */
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "template.h"
#include "tvalue.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct tvalue *sample_data(struct tv_doc *doc)
{
	struct tvalue *root = tv_map(doc);
	struct tvalue *list = tv_set_list(doc, root, "rows");
	struct tvalue *row;

	tv_set_str(doc, root, "name", "<script>alert('x')</script>");
	tv_set_num(doc, root, "count", 3);
	tv_set_bool(doc, root, "flag", 1);
	row = tv_push_map(doc, list);
	tv_set_str(doc, row, "name", "a & b");
	row = tv_push_map(doc, list);
	tv_set_str(doc, row, "name", "\"quoted\"");
	tv_set_map(doc, root, "school");
	return root;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct template_set *set = template_set_new(NULL);
	struct tv_doc *doc = tv_doc_new();
	struct buf out = BUF_INIT;

	/* A partial of its own, so {{>p}} has something to find. */
	template_add(set, "partials/p", "[{{name}}]", 10);
	if (template_add(set, "page", (const char *)data, size) == 0)
		template_render(set, "page", sample_data(doc), &out);
	buf_release(&out);
	tv_doc_free(doc);
	template_set_free(set);
	return 0;
}
