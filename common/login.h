/*
 * Who runs a program, for the audit logs: the operator that the import
 * log and the bundle log name when no -u is given.
 */
#ifndef SCOREBOOK_LOGIN_H
#define SCOREBOOK_LOGIN_H

/* The login name of the process's user, $USER, or "unknown". */
const char *login_name(void);

#endif
