/*
 * The grants file of scorebook-generate --grants: CSV with the header
 * login,role,org, one grant a row, a person possibly on several rows.
 * The list owns its rows and their strings until grant_file_release().
 */
#ifndef SCOREBOOK_GRANT_FILE_H
#define SCOREBOOK_GRANT_FILE_H

enum grant_role {
	GRANT_AGGREGATE,
	GRANT_TEACHER,
	GRANT_SCHOOL,
	GRANT_DISTRICT,
	GRANT_STATE
};

struct grant {
	char *login, *org; /* org is "" for the state role */
	enum grant_role role;
	long line;
};

struct grant_file {
	const char *path;   /* borrowed from the caller, for messages */
	struct grant *rows; /* by login, then file order */
	int count, alloc;
};

/*
 * Read path; every error is logged with the file, line and field, and
 * any error fails the whole file: 0 or -1.
 */
int grant_file_load(struct grant_file *g, const char *path);
void grant_file_release(struct grant_file *g);

/* Whether a login can name a folder: no '/', no leading '.', no control
 * characters, at most 200 bytes. */
int grant_file_safe_login(const char *login);

#endif
