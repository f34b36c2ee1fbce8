#include "summary.h"

#include <stdio.h>

#include "buf.h"
#include "json.h"
#include "log.h"

static void put_errors(struct buf *b, const struct importer *im)
{
	const struct import_error *errors;
	int count, i;

	errors = import_errors(im, &count);
	buf_puts(b, "\"errors\":[");
	for (i = 0; i < count; i++) {
		const struct import_error *e = &errors[i];

		buf_puts(b, i ? ",\n  {" : "\n  {");
		json_put_member(b, "file", e->file);
		buf_printf(b, ",\"line\":%ld,", e->d.line);
		json_put_member(b, "field", e->d.field);
		buf_putc(b, ',');
		json_put_member(b, "value", e->d.value);
		buf_putc(b, ',');
		json_put_member(b, "message", e->d.message);
		buf_putc(b, '}');
	}
	buf_puts(b, count ? "\n]" : "]");
}

void summary_print_json(const struct importer *im)
{
	const struct import_totals *t = import_totals(im);
	struct buf b = BUF_INIT;

	buf_printf(&b,
		   "{\"files\":%d,\"accepted\":%d,\"rejected\":%d,"
		   "\"unchanged\":%d,\"rows\":%ld,\n"
		   "\"exams\":{\"inserted\":%d,\"updated\":%d,"
		   "\"unchanged\":%d,\"deleted\":%d,\"older\":%d},\n",
		   t->files, t->accepted, t->rejected, t->unchanged, t->rows,
		   t->exams.inserted, t->exams.updated, t->exams.unchanged,
		   t->exams.deleted, t->exams.older);
	put_errors(&b, im);
	buf_puts(&b, "}\n");
	fputs(buf_cstr(&b), stdout);
	buf_release(&b);
}

void summary_print_text(const struct importer *im)
{
	const struct import_totals *t = import_totals(im);

	log_info("%d files: %d accepted, %d rejected, %d unchanged; exams "
		 "%d inserted, %d updated, %d unchanged, %d deleted, "
		 "%d older ignored",
		 t->files, t->accepted, t->rejected, t->unchanged,
		 t->exams.inserted, t->exams.updated, t->exams.unchanged,
		 t->exams.deleted, t->exams.older);
}
