/*
 * Exit statuses of both programs, listed in their man pages.
 */
#ifndef SCOREBOOK_EXITCODE_H
#define SCOREBOOK_EXITCODE_H

enum exit_code {
	EXIT_OK = 0,	   /* every file accepted or unchanged */
	EXIT_REJECTED = 1, /* at least one file rejected */
	EXIT_USAGE = 2,	   /* bad command line */
	EXIT_STORE = 3,	   /* the store cannot be opened or written */
	EXIT_OUTPUT = 4,   /* output could not be written */
};

#endif
