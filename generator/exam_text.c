#include "exam_text.h"

#include <string.h>

#include "label.h"
#include "stats.h"

void exam_text_score(struct buf *b, const struct ds_exam *e)
{
	if (!e->has_scale_score) {
		buf_puts(b, "Not scored");
		return;
	}
	buf_printf(b, "%ld", stats_round(e->scale_score));
	if (e->has_scale_se)
		buf_printf(b, " \xc2\xb1 %ld", stats_round(e->scale_se));
}

const char *exam_text_level(const struct ds_exam *e)
{
	const char *words = e->level ? label_level(e->asmt, e->level) : NULL;

	return words ? words : "Not scored";
}

void exam_text_date(struct buf *b, const struct ds_exam *e)
{
	if (e->date_completed)
		buf_printf(b, "%.10s", e->date_completed);
}

void exam_text_year(struct buf *b, int school_year)
{
	buf_printf(b, "%d-%02d", school_year - 1, school_year % 100);
}

void exam_text_flags(struct buf *b, const struct ds_exam *e)
{
	size_t start = b->len;

	if (e->completeness && strcmp(e->completeness, "Complete"))
		buf_puts(b, e->completeness);
	if (e->admin_condition && (!strcmp(e->admin_condition, "NS") ||
				   !strcmp(e->admin_condition, "IN"))) {
		if (b->len > start)
			buf_puts(b, ", ");
		buf_puts(b, label_condition(e->admin_condition));
	}
}

int exam_text_counts(const struct ds_exam *e)
{
	return e->has_scale_score && e->level > 0;
}
