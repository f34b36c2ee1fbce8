/* The version both programs report and write into every bundle. */
#ifndef SCOREBOOK_VERSION_H
#define SCOREBOOK_VERSION_H

#define SCOREBOOK_VERSION "0.1.0"

#endif
