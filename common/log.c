#include "log.h"

#include <stdarg.h>
#include <stdio.h>

static const char *program_name = "scorebook";
static enum log_level current_level = LOG_NORMAL;

void log_init(const char *program)
{
	program_name = program;
}

void log_set_level(enum log_level level)
{
	current_level = level;
}

enum log_level log_get_level(void)
{
	return current_level;
}

const char *log_program(void)
{
	return program_name;
}

static void log_emit(enum log_level needed, const char *prefix, const char *fmt,
		     va_list ap)
{
	if (current_level < needed)
		return;
	fprintf(stderr, "%s: %s", program_name, prefix);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void log_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_emit(LOG_QUIET, "", fmt, ap);
	va_end(ap);
}

void log_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_emit(LOG_NORMAL, "warning: ", fmt, ap);
	va_end(ap);
}

void log_info(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_emit(LOG_NORMAL, "", fmt, ap);
	va_end(ap);
}

void log_debug(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_emit(LOG_VERBOSE, "", fmt, ap);
	va_end(ap);
}
