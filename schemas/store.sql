-- The scorebook store, schema version 1.
--
-- Later versions are reached by the numbered files in migrations/, applied
-- in order; a new store runs this file and then every migration, so this
-- file and the migrations together are the one source of truth.
--
-- A table comes after those it references, as PostgreSQL requires.
--
-- Conventions: every table has an integer key; natural ids from the
-- source files are kept in columns of their own; dates are ISO 8601 text;
-- a school year is the calendar year it ends in (2025 = 2024-25).

CREATE TABLE district (
	id          INTEGER PRIMARY KEY,
	natural_id  TEXT NOT NULL UNIQUE,
	name        TEXT
);

CREATE TABLE school (
	id          INTEGER PRIMARY KEY,
	natural_id  TEXT NOT NULL UNIQUE,
	name        TEXT,
	district_id INTEGER REFERENCES district(id),
	charter     INTEGER
);
CREATE INDEX school_district ON school(district_id);

-- Demographics here are the latest known; the exam row keeps the values
-- that held on the day of each test.  demographics_date is the status
-- date of the exam that last wrote them, so an older exam never
-- overwrites a newer one.
CREATE TABLE student (
	id                 INTEGER PRIMARY KEY,
	ssid               TEXT NOT NULL UNIQUE,
	alternate_ssid     TEXT,
	first_name         TEXT,
	middle_name        TEXT,
	last_name          TEXT,
	alias_name         TEXT,
	birthdate          TEXT,
	sex                TEXT,
	hispanic           INTEGER,
	american_indian    INTEGER,
	asian              INTEGER,
	black              INTEGER,
	white              INTEGER,
	pacific_islander   INTEGER,
	filipino           INTEGER,
	two_or_more_races  INTEGER,
	language_code      TEXT,
	elas               TEXT,
	elas_start_date    TEXT,
	first_entry_us_school TEXT,
	lep_entry_date     TEXT,
	lep_exit_date      TEXT,
	primary_disability TEXT,
	military_connected TEXT,
	demographics_date  TEXT
);

-- A scale catalog row: the range and level cuts of one family, subject
-- and grade.  Loaded from scales.csv; assessments copy their scale from
-- here when created so that later catalog edits never rewrite history.
CREATE TABLE scale (
	id        INTEGER PRIMARY KEY,
	family    TEXT NOT NULL,
	subject   TEXT NOT NULL,
	grade     INTEGER NOT NULL,
	levels    INTEGER NOT NULL,
	low       REAL NOT NULL,
	high      REAL NOT NULL,
	cut2      REAL,
	cut3      REAL,
	cut4      REAL,
	UNIQUE (family, subject, grade)
);

-- kind: SUM, ICA or IAB (fixed-form blocks are IAB too).
-- family: SBAC, ELPAC, CAST, CAA or CSA.
CREATE TABLE assessment (
	id            INTEGER PRIMARY KEY,
	natural_id    TEXT NOT NULL UNIQUE,
	label         TEXT,
	subject       TEXT NOT NULL,
	grade         INTEGER NOT NULL,
	type          TEXT NOT NULL CHECK (type IN ('summative', 'interim')),
	kind          TEXT NOT NULL CHECK (kind IN ('SUM', 'ICA', 'IAB')),
	family        TEXT NOT NULL,
	academic_year INTEGER,
	levels        INTEGER,
	scale_low     REAL,
	scale_high    REAL,
	cut2          REAL,
	cut3          REAL,
	cut4          REAL
);

CREATE TABLE claim (
	subject TEXT NOT NULL,
	code    TEXT NOT NULL,
	slot    INTEGER NOT NULL,
	name    TEXT NOT NULL,
	PRIMARY KEY (subject, code)
);

CREATE TABLE item (
	id             INTEGER PRIMARY KEY,
	assessment_id  INTEGER NOT NULL REFERENCES assessment(id),
	item_key       TEXT NOT NULL,
	item_type      TEXT,
	claim          TEXT,
	target         TEXT,
	standard       TEXT,
	dok            INTEGER,
	max_points     INTEGER,
	answer_key     TEXT,
	answer_options INTEGER,
	position       INTEGER,
	writing_type   TEXT,
	UNIQUE (assessment_id, item_key)
);

-- One row per file (or archive entry) the importer looked at.
CREATE TABLE import_log (
	id          INTEGER PRIMARY KEY,
	file        TEXT NOT NULL,
	sha256      TEXT NOT NULL,
	format      TEXT,
	verdict     TEXT NOT NULL,
	inserted    INTEGER NOT NULL DEFAULT 0,
	updated     INTEGER NOT NULL DEFAULT 0,
	unchanged   INTEGER NOT NULL DEFAULT 0,
	deleted     INTEGER NOT NULL DEFAULT 0,
	rows        INTEGER NOT NULL DEFAULT 0,
	operator    TEXT NOT NULL,
	imported_at TEXT NOT NULL
);
CREATE INDEX import_log_sha256 ON import_log(sha256, verdict);

CREATE TABLE import_error (
	import_id INTEGER NOT NULL REFERENCES import_log(id) ON DELETE CASCADE,
	line      INTEGER NOT NULL,
	field     TEXT,
	value     TEXT,
	message   TEXT NOT NULL
);

-- One test opportunity.  opp_key is the opportunity id (or the producer's
-- key when it writes oppId 0; for score data files the SSID, year and
-- opportunity id).  content_digest is a digest of every value the exam
-- and its children hold, so an identical resend is recognised.
CREATE TABLE exam (
	id               INTEGER PRIMARY KEY,
	assessment_id    INTEGER NOT NULL REFERENCES assessment(id),
	opp_key          TEXT NOT NULL,
	student_id       INTEGER NOT NULL REFERENCES student(id),
	school_id        INTEGER NOT NULL REFERENCES school(id),
	school_year      INTEGER NOT NULL,
	grade            INTEGER,
	opportunity      INTEGER,
	status           TEXT,
	status_date      TEXT,
	date_completed   TEXT NOT NULL,
	start_date       TEXT,
	session_id       TEXT,
	completeness     TEXT NOT NULL DEFAULT 'Complete',
	admin_condition  TEXT NOT NULL,
	scale_score      REAL,
	scale_se         REAL,
	level            INTEGER,
	level_derived    INTEGER NOT NULL DEFAULT 0,
	theta            REAL,
	theta_se         REAL,
	condition_code   TEXT,
	include_code     TEXT,
	scored           INTEGER NOT NULL DEFAULT 1,
	idea             INTEGER,
	lep              INTEGER,
	section504       INTEGER,
	economic_disadvantage INTEGER,
	migrant          INTEGER,
	elas             TEXT,
	language_code    TEXT,
	source           TEXT NOT NULL,
	import_id        INTEGER REFERENCES import_log(id),
	content_digest   TEXT NOT NULL,
	deleted          INTEGER NOT NULL DEFAULT 0,
	UNIQUE (assessment_id, opp_key)
);
CREATE INDEX exam_school_year ON exam(school_id, school_year);
CREATE INDEX exam_student ON exam(student_id);

-- Claim, composite, alternate (ELPAC oral/written) and domain scores.
CREATE TABLE exam_score (
	exam_id     INTEGER NOT NULL REFERENCES exam(id) ON DELETE CASCADE,
	kind        TEXT NOT NULL CHECK (kind IN ('claim', 'alt', 'domain')),
	code        TEXT NOT NULL,
	scale_score REAL,
	scale_se    REAL,
	level       INTEGER,
	PRIMARY KEY (exam_id, kind, code)
);

CREATE TABLE exam_target (
	exam_id                 INTEGER NOT NULL
				REFERENCES exam(id) ON DELETE CASCADE,
	claim                   TEXT NOT NULL,
	target                  TEXT NOT NULL,
	student_residual        REAL,
	standard_met_residual   REAL,
	PRIMARY KEY (exam_id, claim, target)
);

CREATE TABLE exam_trait (
	exam_id        INTEGER NOT NULL REFERENCES exam(id) ON DELETE CASCADE,
	genre          TEXT NOT NULL,
	trait          TEXT NOT NULL,
	score          INTEGER,
	max_score      INTEGER NOT NULL,
	condition_code TEXT,
	PRIMARY KEY (exam_id, genre, trait)
);

CREATE TABLE exam_accommodation (
	exam_id  INTEGER NOT NULL REFERENCES exam(id) ON DELETE CASCADE,
	code     TEXT NOT NULL,
	type     TEXT,
	value    TEXT,
	segment  INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (exam_id, code, segment)
);

CREATE TABLE exam_item (
	exam_id      INTEGER NOT NULL REFERENCES exam(id) ON DELETE CASCADE,
	position     INTEGER NOT NULL,
	item_key     TEXT NOT NULL,
	format       TEXT,
	score        REAL,
	max_score    REAL,
	score_status TEXT,
	response     TEXT,
	duration     REAL,
	visits       INTEGER,
	claim        TEXT,
	target       TEXT,
	operational  INTEGER,
	PRIMARY KEY (exam_id, position, item_key)
);

CREATE TABLE exam_item_dimension (
	exam_id        INTEGER NOT NULL REFERENCES exam(id) ON DELETE CASCADE,
	item_key       TEXT NOT NULL,
	dimension      TEXT NOT NULL,
	score          REAL,
	max_score      REAL,
	score_status   TEXT,
	condition_code TEXT,
	PRIMARY KEY (exam_id, item_key, dimension)
);

CREATE TABLE student_group (
	id          INTEGER PRIMARY KEY,
	school_id   INTEGER NOT NULL REFERENCES school(id),
	school_year INTEGER NOT NULL,
	name        TEXT NOT NULL,
	subject     TEXT,
	UNIQUE (school_id, school_year, name)
);

CREATE TABLE group_member (
	group_id   INTEGER NOT NULL REFERENCES student_group(id)
		   ON DELETE CASCADE,
	student_id INTEGER NOT NULL REFERENCES student(id),
	PRIMARY KEY (group_id, student_id)
);

CREATE TABLE group_user (
	group_id INTEGER NOT NULL REFERENCES student_group(id)
		 ON DELETE CASCADE,
	login    TEXT NOT NULL,
	PRIMARY KEY (group_id, login)
);

CREATE TABLE access_grant (
	login TEXT NOT NULL,
	role  TEXT NOT NULL
	      CHECK (role IN ('state', 'district', 'school', 'teacher',
			      'aggregate')),
	org   TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (login, role, org)
);
