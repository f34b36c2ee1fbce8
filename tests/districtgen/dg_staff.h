/*
 * District staff and their logins: teachers, principals, coordinators.
 * The staff list owns its people; dg_staff_release() frees them. Indexes
 * returned stay valid until release; pointers may move when people are
 * added.
 */
#ifndef DG_STAFF_H
#define DG_STAFF_H

#include <stddef.h>
#include <stdint.h>

enum dg_staff_role {
	DG_STAFF_TEACHER,
	/* Special education teacher who co-teaches groups at one school. */
	DG_STAFF_RESOURCE,
	/* English language development teacher who serves two schools. */
	DG_STAFF_ELD,
	DG_STAFF_PRINCIPAL,
	DG_STAFF_DISTRICT,
	DG_STAFF_STATE,
	DG_STAFF_AGGREGATE_SCHOOL,
	DG_STAFF_AGGREGATE_DISTRICT
};

struct dg_person {
	char login[96];
	enum dg_staff_role role;
	/* Home school index, -1 for district and state people. */
	int school;
	int room;
};

struct dg_staff {
	struct dg_person *people;
	size_t n;
	size_t cap;
	uint64_t seed;
	char domain[48];
};

void dg_staff_init(struct dg_staff *s, uint64_t seed, const char *domain);
void dg_staff_release(struct dg_staff *s);
/* The teacher of a room at a school, created on first use. */
int dg_staff_teacher(struct dg_staff *s, int school, int room);
/* The one person of a role at a school (-1: district-wide), on demand. */
int dg_staff_person(struct dg_staff *s, enum dg_staff_role role, int school);

#endif
