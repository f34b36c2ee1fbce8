/* The importer's closing report: JSON on stdout, or a line on stderr. */
#ifndef SCOREBOOK_SUMMARY_H
#define SCOREBOOK_SUMMARY_H

#include "import.h"

void summary_print_json(const struct importer *im);
void summary_print_text(const struct importer *im);

#endif
