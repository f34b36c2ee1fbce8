-- Version 3: claim and trait scores stored without a rowid, keyed by
-- their primary key alone, and the score kind checked without an IN
-- list, which SQLite rebuilt as a temporary table on every insert.
-- Each exam has several of these rows, so filing a score data file of
-- 100,000 rows wrote 700,000 of them at twice the cost they need.
CREATE TABLE exam_score_v3 (
	exam_id     INTEGER NOT NULL REFERENCES exam(id) ON DELETE CASCADE,
	kind        TEXT NOT NULL
		    CHECK (kind = 'claim' OR kind = 'alt' OR kind = 'domain'),
	code        TEXT NOT NULL,
	scale_score REAL,
	scale_se    REAL,
	level       INTEGER,
	PRIMARY KEY (exam_id, kind, code)
) WITHOUT ROWID;
INSERT INTO exam_score_v3 (exam_id, kind, code, scale_score, scale_se, level)
	SELECT exam_id, kind, code, scale_score, scale_se, level
	FROM exam_score;
DROP TABLE exam_score;
ALTER TABLE exam_score_v3 RENAME TO exam_score;

CREATE TABLE exam_trait_v3 (
	exam_id        INTEGER NOT NULL REFERENCES exam(id) ON DELETE CASCADE,
	genre          TEXT NOT NULL,
	trait          TEXT NOT NULL,
	score          INTEGER,
	max_score      INTEGER NOT NULL,
	condition_code TEXT,
	PRIMARY KEY (exam_id, genre, trait)
) WITHOUT ROWID;
INSERT INTO exam_trait_v3 (exam_id, genre, trait, score, max_score,
	condition_code)
	SELECT exam_id, genre, trait, score, max_score, condition_code
	FROM exam_trait;
DROP TABLE exam_trait;
ALTER TABLE exam_trait_v3 RENAME TO exam_trait;
