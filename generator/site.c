#include "site.h"

#include <assert.h>

void site_use_lang(struct site *s, int i)
{
	assert(i >= 0 && i < s->lang_count);
	s->lang = s->langs[i];
	s->guides = s->guides_of[i];
	s->lang_used[i] = 1;
}
