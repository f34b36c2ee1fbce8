/*
 * Command-line settings of districtgen and its exit codes. Plain values:
 * outdir points into argv and is never freed.
 */
#ifndef DG_OPTS_H
#define DG_OPTS_H

#include <stdint.h>

enum dg_exit {
	DG_EXIT_OK = 0,
	/* Output could not be written. */
	DG_EXIT_FAILURE = 1,
	/* Bad command line. */
	DG_EXIT_USAGE = 2
};

struct dg_opts {
	uint64_t seed;
	int schools;
	long students;
	int years;
	/* End year of the first school year: 2025 means 2024-25. */
	int first_year;
	/* Exact number of TRT documents, or -1 for the natural number. */
	long exams;
	/* Exact rows of the CAASPP score data file, or -1 for natural. */
	long sdf_rows;
	int no_items;
	const char *outdir;
};

#endif
