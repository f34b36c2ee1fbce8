-- Version 2: an audit record for every generated bundle, beside the
-- import log, so every report handed out is attributable.
CREATE TABLE bundle_log (
	id            INTEGER PRIMARY KEY,
	login         TEXT NOT NULL DEFAULT '',
	school        TEXT NOT NULL,
	scope         TEXT NOT NULL,
	students      INTEGER NOT NULL,
	files         INTEGER NOT NULL,
	sha256        TEXT NOT NULL,
	encryption    TEXT NOT NULL DEFAULT 'none',
	operator      TEXT NOT NULL,
	generated_at  TEXT NOT NULL
);
