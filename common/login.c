#include "login.h"

#include <pwd.h>
#include <stdlib.h>
#include <unistd.h>

const char *login_name(void)
{
	struct passwd *pw = getpwuid(getuid());
	const char *user = getenv("USER");

	if (pw && pw->pw_name)
		return pw->pw_name;
	return user && *user ? user : "unknown";
}
