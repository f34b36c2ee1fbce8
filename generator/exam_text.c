#include "exam_text.h"

#include <string.h>

#include "stats.h"
#include "words.h"

void exam_text_score(struct buf *b, const struct i18n *c,
		     const struct ds_exam *e)
{
	if (!e->has_scale_score) {
		buf_puts(b, i18n_text(c, "result.not_scored"));
		return;
	}
	i18n_number(b, c, (double)stats_round(e->scale_score), 0);
	if (e->has_scale_se) {
		buf_puts(b, " \xc2\xb1 ");
		i18n_number(b, c, (double)stats_round(e->scale_se), 0);
	}
}

const char *exam_text_level(const struct i18n *c, const struct ds_exam *e)
{
	const char *words = e->level ? words_level(c, e->asmt, e->level) : NULL;

	return words ? words : i18n_text(c, "result.not_scored");
}

void exam_text_date(struct buf *b, const struct i18n *c,
		    const struct ds_exam *e)
{
	if (e->date_completed)
		i18n_date(b, c, e->date_completed);
}

void exam_text_year(struct buf *b, int school_year)
{
	buf_printf(b, "%d-%02d", school_year - 1, school_year % 100);
}

void exam_text_flags(struct buf *b, const struct i18n *c,
		     const struct ds_exam *e)
{
	size_t start = b->len;

	if (e->completeness && strcmp(e->completeness, "Complete"))
		buf_puts(b, words_completeness(c, e->completeness));
	if (e->admin_condition && (!strcmp(e->admin_condition, "NS") ||
				   !strcmp(e->admin_condition, "IN"))) {
		if (b->len > start)
			buf_puts(b, ", ");
		buf_puts(b, words_condition(c, e->admin_condition));
	}
}

int exam_text_counts(const struct ds_exam *e)
{
	return e->has_scale_score && e->level > 0;
}
