#include "workers.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "exitcode.h"
#include "log.h"

#define WORKERS_MAX 64

int workers_default(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	if (n < 1)
		return 1;
	return n > WORKERS_MAX ? WORKERS_MAX : (int)n;
}

/* In the child: do the share, report the tally up the pipe, and leave. */
static void child(int fd, int first, int step, workers_fn fn, void *ctx)
{
	struct workers_tally t = { 0, 0 };
	int rc = fn(ctx, first, step, &t);
	ssize_t n = write(fd, &t, sizeof(t));

	close(fd);
	fflush(NULL);
	_exit(n == (ssize_t)sizeof(t) ? rc : EXIT_OUTPUT);
}

static int collect(pid_t pid, int fd, struct workers_tally *total)
{
	struct workers_tally t;
	int status = 0;
	ssize_t n;

	do
		n = read(fd, &t, sizeof(t));
	while (n < 0 && errno == EINTR);
	close(fd);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (n == (ssize_t)sizeof(t)) {
		total->bundles += t.bundles;
		total->pages += t.pages;
	}
	if (!WIFEXITED(status)) {
		log_error("a worker stopped abnormally");
		return EXIT_OUTPUT;
	}
	return WEXITSTATUS(status);
}

int workers_run(int jobs, workers_fn fn, void *ctx, struct workers_tally *total)
{
	pid_t pids[WORKERS_MAX];
	int fds[WORKERS_MAX], w, rc = EXIT_OK, started = 0;

	memset(total, 0, sizeof(*total));
	if (jobs > WORKERS_MAX)
		jobs = WORKERS_MAX;
	if (jobs <= 1)
		return fn(ctx, 0, 1, total);
	fflush(NULL);
	for (w = 0; w < jobs; w++, started++) {
		int pipefd[2];

		if (pipe(pipefd) < 0) {
			log_error("cannot start a worker: %s", strerror(errno));
			rc = EXIT_OUTPUT;
			break;
		}
		if ((pids[w] = fork()) < 0) {
			log_error("cannot start a worker: %s", strerror(errno));
			close(pipefd[0]);
			close(pipefd[1]);
			rc = EXIT_OUTPUT;
			break;
		}
		if (pids[w] == 0) {
			close(pipefd[0]);
			child(pipefd[1], w, jobs, fn, ctx);
		}
		close(pipefd[1]);
		fds[w] = pipefd[0];
	}
	for (w = 0; w < started; w++) {
		int one = collect(pids[w], fds[w], total);

		if (rc == EXIT_OK)
			rc = one;
	}
	return rc;
}
