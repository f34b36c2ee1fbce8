/*
 * Filing a batch of exams on a server in about twenty statements, not
 * five or six per exam.  The stored exams the batch names are read and
 * locked once; the update rules of file_exam() in store_exam.c are then
 * applied here, entry after entry, to that picture of them, so that a
 * key repeated within the batch meets what the entries before it left.
 * What the batch changes is finally loaded with COPY and merged by a
 * few set-based statements: the same outcomes, rows and keys as filing
 * the entries one at a time.
 */
#include "store_bulk.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "xalloc.h"

/* The size find_exam() in store_exam.c reads a stored date into. */
#define AS_OF_SIZE 40

/* One exam (assessment, opp_key) of the batch as the filing goes. */
struct bulk_identity {
	int64_t id; /* 0 until found or numbered */
	int stored; /* in the store before the batch */
	int known;  /* whether find_exam() would find it by now */
	int deleted, deleted_before;
	int content; /* the entry whose values it holds; -1: the store's */
	char as_of[AS_OF_SIZE];
	char digest[DIGEST_HEX_LEN + 1];
};

/* Temporary tables, one set per connection, emptied for each batch. */
static const char *stage_sql =
    "CREATE TEMP TABLE IF NOT EXISTS bulk_exam_key (seq bigint,"
    " assessment_id bigint, opp_key text COLLATE \"C\")"
    " ON COMMIT DELETE ROWS;"
    " CREATE TEMP TABLE IF NOT EXISTS bulk_ssid (seq bigint,"
    " ssid text COLLATE \"C\") ON COMMIT DELETE ROWS;"
    " CREATE TEMP TABLE IF NOT EXISTS bulk_exam"
    " (LIKE exam INCLUDING INDEXES) ON COMMIT DELETE ROWS;"
    " CREATE TEMP TABLE IF NOT EXISTS bulk_student"
    " (LIKE student INCLUDING INDEXES) ON COMMIT DELETE ROWS;"
    " TRUNCATE bulk_exam_key, bulk_ssid, bulk_exam, bulk_student";

#define EXAM_LOAD_COLUMNS                                                      \
	"id, assessment_id, opp_key, student_id, school_id, " EXAM_COLUMNS     \
	", content_digest, deleted"

static int by_key(const void *a, const void *b)
{
	const struct store_bulk_key *x = a, *y = b;
	int c;

	if (x->number != y->number)
		return x->number < y->number ? -1 : 1;
	if ((c = strcmp(x->text, y->text)) != 0)
		return c;
	return (x->index > y->index) - (x->index < y->index);
}

int store_bulk_group(struct store_bulk_key *keys, int n, int *group, int *first)
{
	int i, count = 0;

	qsort(keys, (size_t)n, sizeof(*keys), by_key);
	for (i = 0; i < n; i++) {
		if (i == 0 || keys[i].number != keys[i - 1].number ||
		    strcmp(keys[i].text, keys[i - 1].text) != 0)
			first[count++] = keys[i].index;
		group[keys[i].index] = count - 1;
	}
	return count;
}

const char *store_bulk_strdup(struct store_bulk *b, const char *v)
{
	return v ? arena_strdup(&b->arena, v) : NULL;
}

int store_bulk_query(struct store_bulk *b, const char *sql,
		     struct db_stmt **st_out, const char *context)
{
	*st_out = db_prepare(b->s->db, sql);
	return *st_out ? STORE_OK : store_fail(b->s, DB_ERR, context);
}

int store_bulk_filed(const struct store_bulk *b, int entry)
{
	return b->outcomes[entry] == EXAM_INSERTED ||
	       b->outcomes[entry] == EXAM_UPDATED;
}

/* What find_exam() would read back of the exam once it is written. */
static void written_as_of(const struct exam *e, char *out)
{
	const char *v = e->status_date ? e->status_date : e->date_completed;

	snprintf(out, AS_OF_SIZE, "%s", v ? v : "");
}

/* Read and lock the stored exams of the batch's identities. */
static int find_exams(struct store_bulk *b, struct bulk_identity *ids,
		      int count, const int *first)
{
	/* Row by row through the key's index (a join would scan every
	 * exam once the table is large), locked in key order. */
	static const char *sql =
	    "SELECT k.seq, e.id, e.as_of, e.content_digest, e.deleted"
	    " FROM bulk_exam_key k CROSS JOIN LATERAL (SELECT id,"
	    " coalesce(status_date, date_completed) AS as_of,"
	    " content_digest, deleted FROM exam"
	    " WHERE assessment_id = k.assessment_id AND opp_key = k.opp_key"
	    " FOR UPDATE) e ORDER BY k.seq";
	struct db_stmt *st;
	int g, rc;

	for (g = 0; g < count; g++) {
		const struct store_exam_entry *en = &b->entries[first[g]];

		ids[g].content = -1;
		store_load_int(&b->load, g);
		store_load_int(&b->load, en->assessment_id);
		store_load_text(&b->load, en->exam->opp_key);
		store_load_end_row(&b->load);
	}
	rc = store_load_send(b->s, &b->load,
			     "COPY bulk_exam_key (seq, assessment_id, opp_key)"
			     " FROM STDIN",
			     "exam");
	if (rc < 0)
		return rc;
	if ((rc = store_bulk_query(b, sql, &st, "exam")) < 0)
		return rc;
	while ((rc = db_step(st)) == DB_ROW) {
		struct bulk_identity *x = &ids[db_column_int64(st, 0)];

		x->stored = x->known = 1;
		x->id = db_column_int64(st, 1);
		store_copy_text(x->as_of, sizeof(x->as_of), st, 2);
		store_copy_text(x->digest, sizeof(x->digest), st, 3);
		x->deleted = x->deleted_before = (int)db_column_int64(st, 4);
	}
	db_finalize(st);
	return rc == DB_DONE ? STORE_OK : store_fail(b->s, rc, "exam");
}

/* A reset: apply_reset() in store_exam.c. */
static enum store_exam_outcome decide_reset(struct bulk_identity *x,
					    const struct exam *e)
{
	if (!x->known || x->deleted)
		return EXAM_RESET_UNKNOWN;
	if (strcmp(store_exam_as_of(e), x->as_of) < 0)
		return EXAM_OLDER;
	x->deleted = 1;
	return EXAM_DELETED;
}

/* The update rules of file_exam() in store_exam.c, for one entry. */
static enum store_exam_outcome
decide(struct bulk_identity *x, const struct store_exam_entry *entry, int index)
{
	const struct exam *e = entry->exam;
	char digest[DIGEST_HEX_LEN + 1];
	enum store_exam_outcome outcome;

	if (e->status && !strcmp(e->status, "reset"))
		return decide_reset(x, e);
	if (x->known && strcmp(store_exam_as_of(e), x->as_of) < 0)
		return EXAM_OLDER;
	if (entry->digest)
		memcpy(digest, entry->digest, sizeof(digest));
	else
		exam_content_digest(e, digest);
	if (x->known && !x->deleted && !strcmp(digest, x->digest))
		return EXAM_UNCHANGED;
	outcome = x->known ? EXAM_UPDATED : EXAM_INSERTED;
	x->known = 1;
	x->deleted = 0;
	x->content = index;
	memcpy(x->digest, digest, sizeof(digest));
	written_as_of(e, x->as_of);
	return outcome;
}

static int max_exam_id(struct store *s, int64_t *max)
{
	struct db_stmt *st =
	    store_stmt(s, "SELECT coalesce(max(id), 0) FROM exam");

	return store_step_id(s, st, max, "exam");
}

/* Decide every entry in turn; new exams are numbered as they come. */
static int decide_all(struct store_bulk *b, struct bulk_identity *ids,
		      const int *identity_of)
{
	int64_t max = -1;
	int i, rc;

	for (i = 0; i < b->n; i++) {
		struct bulk_identity *x = &ids[identity_of[i]];

		b->outcomes[i] = decide(x, &b->entries[i], i);
		if (b->outcomes[i] != EXAM_INSERTED)
			continue;
		if (max < 0 && (rc = max_exam_id(b->s, &max)) < 0)
			return rc;
		x->id = ++max;
	}
	return STORE_OK;
}

/* The exam row as bind_exam() in store_exam.c binds it. */
static void load_exam(struct store_bulk *b, const struct bulk_identity *x,
		      int64_t import_id)
{
	const struct store_exam_entry *en = &b->entries[x->content];
	const struct exam *e = en->exam;
	struct store_load *l = &b->load;

	store_load_int(l, x->id);
	store_load_int(l, en->assessment_id);
	store_load_text(l, e->opp_key);
	store_load_int(l, b->student_ids[x->content]);
	store_load_int(l, en->school_id);
	store_load_text(l, e->status);
	store_load_text(l, e->status_date);
	store_load_text(l, e->date_completed);
	store_load_text(l, e->start_date);
	store_load_text(l, e->session_id);
	store_load_text(l, e->completeness ? e->completeness : "Complete");
	store_load_text(l, e->admin_condition);
	store_load_num(l, e->has_scale_score, e->scale_score);
	store_load_num(l, e->has_scale_se, e->scale_se);
	store_load_num(l, e->level > 0, e->level);
	store_load_int(l, e->level_derived);
	store_load_num(l, e->has_theta, e->theta);
	store_load_num(l, e->has_theta_se, e->theta_se);
	store_load_text(l, e->condition_code);
	store_load_text(l, e->include_code);
	store_load_int(l, e->scored);
	store_load_flag(l, e->student.idea);
	store_load_flag(l, e->student.lep);
	store_load_flag(l, e->student.section504);
	store_load_flag(l, e->student.economic_disadvantage);
	store_load_flag(l, e->student.migrant);
	store_load_text(l, e->student.elas);
	store_load_text(l, e->student.language_code);
	store_load_text(l, e->source);
	store_load_id(l, import_id);
	store_load_num(l, e->grade >= 0, e->grade);
	store_load_int(l, e->school_year);
	store_load_num(l, e->opportunity > 0, e->opportunity);
	store_load_text(l, x->digest);
	store_load_int(l, x->deleted);
	store_load_end_row(l);
}

/* New exams, in the order they were numbered. */
static int insert_exams(struct store_bulk *b, const struct bulk_identity *ids,
			const int *identity_of, int64_t import_id)
{
	int i;

	for (i = 0; i < b->n; i++)
		if (b->outcomes[i] == EXAM_INSERTED)
			load_exam(b, &ids[identity_of[i]], import_id);
	return store_load_send(b->s, &b->load,
			       "COPY exam (" EXAM_LOAD_COLUMNS ") FROM STDIN",
			       "exam");
}

/*
 * Stored exams the batch replaced: rewritten whole, their children
 * dropped to follow anew, as replace_exam() does.
 */
static int replace_exams(struct store_bulk *b, const struct bulk_identity *ids,
			 int count, int64_t import_id)
{
	static const char *update_sql =
	    "UPDATE exam SET (student_id, school_id, " EXAM_COLUMNS
	    ", content_digest, deleted) = (SELECT student_id, "
	    "school_id, " EXAM_COLUMNS
	    ", content_digest, deleted FROM bulk_exam b"
	    " WHERE b.id = exam.id) WHERE id IN (SELECT id FROM bulk_exam)";
	static const char *children_sql =
	    "DELETE FROM exam_score WHERE exam_id IN (SELECT id FROM "
	    "bulk_exam);"
	    " DELETE FROM exam_target WHERE exam_id IN"
	    " (SELECT id FROM bulk_exam);"
	    " DELETE FROM exam_trait WHERE exam_id IN"
	    " (SELECT id FROM bulk_exam);"
	    " DELETE FROM exam_accommodation WHERE exam_id IN"
	    " (SELECT id FROM bulk_exam);"
	    " DELETE FROM exam_item WHERE exam_id IN"
	    " (SELECT id FROM bulk_exam);"
	    " DELETE FROM exam_item_dimension WHERE exam_id IN"
	    " (SELECT id FROM bulk_exam)";
	int g, rc;

	for (g = 0; g < count; g++)
		if (ids[g].stored && ids[g].content >= 0)
			load_exam(b, &ids[g], import_id);
	if (b->load.count == 0)
		return STORE_OK;
	rc = store_load_send(
	    b->s, &b->load, "COPY bulk_exam (" EXAM_LOAD_COLUMNS ") FROM STDIN",
	    "exam update");
	if (rc < 0)
		return rc;
	rc = store_exec(b->s, update_sql);
	return rc < 0 ? rc : store_exec(b->s, children_sql);
}

/* Stored exams the batch only reset: soft_delete() in store_exam.c. */
static int delete_exams(struct store_bulk *b, const struct bulk_identity *ids,
			int count)
{
	struct buf sql = BUF_INIT;
	int g, any = 0, rc;

	buf_puts(&sql, "UPDATE exam SET deleted = 1 WHERE id IN (");
	for (g = 0; g < count; g++)
		if (ids[g].stored && ids[g].content < 0 && ids[g].deleted &&
		    !ids[g].deleted_before)
			buf_printf(&sql, "%s%" PRId64, any++ ? "," : "",
				   ids[g].id);
	buf_putc(&sql, ')');
	rc = any ? store_exec(b->s, buf_cstr(&sql)) : STORE_OK;
	buf_release(&sql);
	return rc;
}

static int same_text(const char *a, const char *b)
{
	return a && b ? !strcmp(a, b) : a == b;
}

/*
 * The children of the written exams.  Of rows with one key only the
 * last counts, as a later row replaced an earlier one in store_exam.c.
 */
static void load_scores(struct store_load *l, const struct exam *e, int64_t id)
{
	int i, j;

	for (i = 0; i < e->scores_count; i++) {
		const struct exam_score *c = &e->scores[i];

		for (j = i + 1; j < e->scores_count; j++)
			if (same_text(c->kind, e->scores[j].kind) &&
			    same_text(c->code, e->scores[j].code))
				break;
		if (j < e->scores_count)
			continue;
		store_load_int(l, id);
		store_load_text(l, c->kind);
		store_load_text(l, c->code);
		store_load_num(l, c->has_scale_score, c->scale_score);
		store_load_num(l, c->has_scale_se, c->scale_se);
		store_load_num(l, c->level > 0, c->level);
		store_load_end_row(l);
	}
}

static void load_targets(struct store_load *l, const struct exam *e, int64_t id)
{
	int i, j;

	for (i = 0; i < e->targets_count; i++) {
		const struct exam_target *t = &e->targets[i];

		for (j = i + 1; j < e->targets_count; j++)
			if (same_text(t->claim, e->targets[j].claim) &&
			    same_text(t->target, e->targets[j].target))
				break;
		if (j < e->targets_count)
			continue;
		store_load_int(l, id);
		store_load_text(l, t->claim);
		store_load_text(l, t->target);
		store_load_num(l, t->has_student_residual, t->student_residual);
		store_load_num(l, t->has_standard_met_residual,
			       t->standard_met_residual);
		store_load_end_row(l);
	}
}

static void load_traits(struct store_load *l, const struct exam *e, int64_t id)
{
	int i, j;

	for (i = 0; i < e->traits_count; i++) {
		const struct exam_trait *t = &e->traits[i];

		for (j = i + 1; j < e->traits_count; j++)
			if (same_text(t->genre, e->traits[j].genre) &&
			    same_text(t->trait, e->traits[j].trait))
				break;
		if (j < e->traits_count)
			continue;
		store_load_int(l, id);
		store_load_text(l, t->genre);
		store_load_text(l, t->trait);
		store_load_num(l, t->has_score, t->score);
		store_load_int(l, t->max_score);
		store_load_text(l, t->condition_code);
		store_load_end_row(l);
	}
}

static void load_accommodations(struct store_load *l, const struct exam *e,
				int64_t id)
{
	int i, j;

	for (i = 0; i < e->accommodations_count; i++) {
		const struct exam_accommodation *a = &e->accommodations[i];

		for (j = i + 1; j < e->accommodations_count; j++)
			if (same_text(a->code, e->accommodations[j].code) &&
			    a->segment == e->accommodations[j].segment)
				break;
		if (j < e->accommodations_count)
			continue;
		store_load_int(l, id);
		store_load_text(l, a->code);
		store_load_text(l, a->type);
		store_load_text(l, a->value);
		store_load_int(l, a->segment);
		store_load_end_row(l);
	}
}

static int insert_children(struct store_bulk *b,
			   const struct bulk_identity *ids, int count)
{
	static const struct {
		void (*load)(struct store_load *l, const struct exam *e,
			     int64_t id);
		const char *sql, *context;
	} kinds[] = {
		{ load_scores,
		  "COPY exam_score (exam_id, kind, code, scale_score,"
		  " scale_se, level) FROM STDIN",
		  "exam score" },
		{ load_targets,
		  "COPY exam_target (exam_id, claim, target,"
		  " student_residual, standard_met_residual) FROM STDIN",
		  "exam target" },
		{ load_traits,
		  "COPY exam_trait (exam_id, genre, trait, score,"
		  " max_score, condition_code) FROM STDIN",
		  "exam trait" },
		{ load_accommodations,
		  "COPY exam_accommodation (exam_id, code, type, value,"
		  " segment) FROM STDIN",
		  "accommodation" },
	};
	size_t k;
	int g, rc;

	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		for (g = 0; g < count; g++)
			if (ids[g].content >= 0)
				kinds[k].load(&b->load,
					      b->entries[ids[g].content].exam,
					      ids[g].id);
		rc = store_load_send(b->s, &b->load, kinds[k].sql,
				     kinds[k].context);
		if (rc < 0)
			return rc;
	}
	return STORE_OK;
}

/* Group the entries by identity and read what the store holds of them. */
static int start(struct store_bulk *b, struct bulk_identity **ids,
		 int *identity_of, int *count)
{
	struct store_bulk_key *keys = xcalloc((size_t)b->n, sizeof(*keys));
	int *first = xcalloc((size_t)b->n, sizeof(*first));
	int i, rc;

	for (i = 0; i < b->n; i++) {
		keys[i].number = b->entries[i].assessment_id;
		keys[i].text = b->entries[i].exam->opp_key;
		keys[i].index = i;
	}
	*count = store_bulk_group(keys, b->n, identity_of, first);
	*ids = xcalloc((size_t)*count, sizeof(**ids));
	rc = store_exec(b->s, stage_sql);
	if (rc == STORE_OK)
		rc = find_exams(b, *ids, *count, first);
	free(first);
	free(keys);
	return rc;
}

int store_exam_bulk(struct store *s, const struct store_exam_entry *entries,
		    int n, int64_t import_id, enum store_exam_outcome *outcomes)
{
	struct store_bulk b = {
		s, entries, n, outcomes, NULL, ARENA_INIT, { BUF_INIT, 0, 0 }
	};
	struct bulk_identity *ids = NULL;
	int *identity_of;
	int count = 0, rc;

	if (n <= 0)
		return STORE_OK;
	/* The staging tables empty at commit: keep the batch in one. */
	if ((rc = store_savepoint(s)) < 0)
		return rc;
	identity_of = xcalloc((size_t)n, sizeof(*identity_of));
	b.student_ids = xcalloc((size_t)n, sizeof(*b.student_ids));
	rc = start(&b, &ids, identity_of, &count);
	if (rc == STORE_OK)
		rc = decide_all(&b, ids, identity_of);
	if (rc == STORE_OK)
		rc = store_bulk_students(&b);
	if (rc == STORE_OK)
		rc = insert_exams(&b, ids, identity_of, import_id);
	if (rc == STORE_OK)
		rc = replace_exams(&b, ids, count, import_id);
	if (rc == STORE_OK)
		rc = delete_exams(&b, ids, count);
	if (rc == STORE_OK)
		rc = insert_children(&b, ids, count);
	if (rc == STORE_OK)
		rc = store_savepoint_release(s);
	else
		store_savepoint_rollback(s);
	store_load_release(&b.load);
	arena_release(&b.arena);
	free(b.student_ids);
	free(identity_of);
	free(ids);
	return rc;
}
