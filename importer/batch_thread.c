#include "batch_thread.h"

#include <string.h>

static void *serve(void *p)
{
	struct batch_thread *t = p;
	void *arg;
	int rc;

	pthread_mutex_lock(&t->lock);
	for (;;) {
		while (!t->arg && !t->stopping)
			pthread_cond_wait(&t->changed, &t->lock);
		if (!(arg = t->arg))
			break;
		/* The task runs unlocked: the caller waits on arg alone. */
		pthread_mutex_unlock(&t->lock);
		rc = t->task(arg);
		pthread_mutex_lock(&t->lock);
		t->rc = rc;
		t->arg = NULL;
		pthread_cond_broadcast(&t->changed);
	}
	pthread_mutex_unlock(&t->lock);
	return NULL;
}

void batch_thread_init(struct batch_thread *t, int (*task)(void *arg))
{
	memset(t, 0, sizeof(*t));
	t->task = task;
	pthread_mutex_init(&t->lock, NULL);
	pthread_cond_init(&t->changed, NULL);
}

static int start(struct batch_thread *t)
{
	if (!t->running && pthread_create(&t->thread, NULL, serve, t) == 0)
		t->running = 1;
	return t->running;
}

void batch_thread_hand(struct batch_thread *t, void *arg)
{
	if (!start(t)) {
		t->rc = t->task(arg);
		return;
	}
	pthread_mutex_lock(&t->lock);
	t->arg = arg;
	pthread_cond_broadcast(&t->changed);
	pthread_mutex_unlock(&t->lock);
}

int batch_thread_wait(struct batch_thread *t)
{
	int rc;

	pthread_mutex_lock(&t->lock);
	while (t->arg)
		pthread_cond_wait(&t->changed, &t->lock);
	rc = t->rc;
	t->rc = 0;
	pthread_mutex_unlock(&t->lock);
	return rc;
}

void batch_thread_release(struct batch_thread *t)
{
	batch_thread_wait(t);
	if (t->running) {
		pthread_mutex_lock(&t->lock);
		t->stopping = 1;
		pthread_cond_broadcast(&t->changed);
		pthread_mutex_unlock(&t->lock);
		pthread_join(t->thread, NULL);
	}
	pthread_cond_destroy(&t->changed);
	pthread_mutex_destroy(&t->lock);
	memset(t, 0, sizeof(*t));
}
