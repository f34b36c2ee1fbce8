/*
 * What the two halves of filing a batch of exams on a server share:
 * store_exam_bulk.c decides and writes the exams, store_student_bulk.c
 * their students.  Only those two files include this.
 */
#ifndef SCOREBOOK_STORE_BULK_H
#define SCOREBOOK_STORE_BULK_H

#include <stdint.h>

#include "arena.h"
#include "store_internal.h"
#include "store_load.h"

struct store_bulk {
	struct store *s;
	const struct store_exam_entry *entries;
	int n;
	enum store_exam_outcome *outcomes; /* decided before the students */
	int64_t *student_ids;		   /* per entry; 0 unless it is filed */
	struct arena arena;		   /* text read from the store */
	struct store_load load;
};

/* A sort key for finding the entries that share a key. */
struct store_bulk_key {
	int64_t number;
	const char *text;
	int index; /* of the entry */
};

/*
 * Sort the n keys and number the distinct ones from 0: group[index] is
 * the number of the entry's key and first[number] the first entry with
 * it.  Returns how many distinct keys there are.
 */
int store_bulk_group(struct store_bulk_key *keys, int n, int *group,
		     int *first);

/*
 * A statement planned for this batch alone, for st_out; finalize it
 * after use.  The store's cached statements keep the plan made when
 * they were first prepared, which for a join with a table that was
 * empty then turns into a scan of the whole table for every batch.
 */
int store_bulk_query(struct store_bulk *b, const char *sql,
		     struct db_stmt **st_out, const char *context);

/* A copy of v in the batch's arena; NULL stays NULL. */
const char *store_bulk_strdup(struct store_bulk *b, const char *v);

/* Whether an entry's exam is written (its student is upserted). */
int store_bulk_filed(const struct store_bulk *b, int entry);

/*
 * Upsert the students of the filed entries as put_student() would in
 * the entries' order (new keys numbered in that order), and set their
 * student_ids.
 */
int store_bulk_students(struct store_bulk *b);

#endif
