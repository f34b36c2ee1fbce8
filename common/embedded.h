/*
 * Data files compiled into the programs (see tools/embed.sh): the store
 * schema and its migrations, the TRT schema and the scale and claim
 * catalogs.  Each array is NUL-terminated; its _len excludes the NUL.
 */
#ifndef SCOREBOOK_EMBEDDED_H
#define SCOREBOOK_EMBEDDED_H

extern const char embedded_store_sql[];
extern const unsigned long embedded_store_sql_len;
extern const char embedded_migration_002[];
extern const unsigned long embedded_migration_002_len;
extern const char embedded_migration_003[];
extern const unsigned long embedded_migration_003_len;
extern const char embedded_trt_xsd[];
extern const unsigned long embedded_trt_xsd_len;
extern const char embedded_scales_csv[];
extern const unsigned long embedded_scales_csv_len;
extern const char embedded_claims_csv[];
extern const unsigned long embedded_claims_csv_len;

#endif
