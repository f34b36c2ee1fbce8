/*
 * A second thread that runs one task at a time for the importer's own:
 * while the store files one batch of exams, the next batch is read and
 * checked, and while one TRT document is filed, the next ones are read
 * (see read_ahead.h); the two cores of a small machine both work.
 *
 * Only one task is ever in hand.  The caller waits for it before it
 * hands over the next one or touches anything the task uses (the store
 * above all).  Where no thread can be started, each task runs at once
 * in the caller's thread, with the same results.
 */
#ifndef SCOREBOOK_BATCH_THREAD_H
#define SCOREBOOK_BATCH_THREAD_H

#include <pthread.h>

struct batch_thread {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t changed;
	int (*task)(void *arg);
	void *arg;    /* the task in hand's argument; NULL when idle */
	int rc;	      /* what the last task returned */
	int stopping; /* the thread is to end when idle */
	int running;  /* a thread was started */
};

/* Prepare t to run task; the thread starts with the first task. */
void batch_thread_init(struct batch_thread *t, int (*task)(void *arg));

/* Start the task on arg; the thread must be idle (batch_thread_wait). */
void batch_thread_hand(struct batch_thread *t, void *arg);

/*
 * Wait until the task in hand, if any, has ended; returns what it
 * returned, or 0 when there was none.
 */
int batch_thread_wait(struct batch_thread *t);

/* Wait for the task in hand and end the thread. */
void batch_thread_release(struct batch_thread *t);

#endif
