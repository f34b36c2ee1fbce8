/*
 * Diagnostics to stderr in one shape: "program: file:line: message".
 *
 * Messages are lowercase with no full stop.  Callers must never pass
 * student names, birth dates or identifiers: log lines name files,
 * lines, fields and non-personal values only.
 */
#ifndef SCOREBOOK_LOG_H
#define SCOREBOOK_LOG_H

enum log_level { LOG_QUIET = 0, LOG_NORMAL = 1, LOG_VERBOSE = 2 };

void log_init(const char *program);
void log_set_level(enum log_level level);
enum log_level log_get_level(void);
const char *log_program(void);

/* Always shown, even with -q. */
void log_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Shown unless -q. */
void log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Shown only with -v. */
void log_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
