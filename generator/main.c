/*
 * scorebook-generate: turn the store into static report bundles.
 */
#include <stdio.h>
#include <string.h>

#include "exitcode.h"
#include "log.h"
#include "version.h"

int main(int argc, char **argv)
{
	log_init("scorebook-generate");
	if (argc > 1 && !strcmp(argv[1], "--version")) {
		printf("scorebook-generate %s\n", SCOREBOOK_VERSION);
		return EXIT_OK;
	}
	log_error("not built yet");
	return EXIT_USAGE;
}
