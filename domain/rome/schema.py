"""Store tables for the imported ROME release (migration 1) and its followed mapping (7).

Only one release is "current" at a time; importing another one replaces the rows in one
transaction, and ``rome_release`` keeps the history of what was imported and when.
Migration 7 (``FOLLOWED_SQL``) adds each release's counts (JSON) and ``rome_job_code``: every
row of ``data/job_rome.csv`` as followed into each imported release (the sheet it leads to,
the one before, why), so the whole application uses the followed codes and the history says
what each import changed for the 58 jobs.
Insertion order (rowid) is the order of the official files, so reading back gives the same
release. Other concepts must not reference these rows with foreign keys: each import deletes
and rewrites them (keep ROME codes as plain text columns instead).
"""

SQL = """
CREATE TABLE rome_release (
    id INTEGER PRIMARY KEY,
    version TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    source TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    seconds REAL NOT NULL,
    is_current INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE rome_sheet (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    domain_code TEXT NOT NULL DEFAULT '',
    domain_label TEXT NOT NULL DEFAULT '',
    major_domain TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT '',
    access TEXT NOT NULL DEFAULT '',
    riasec TEXT NOT NULL DEFAULT ''
);
CREATE TABLE rome_item (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('savoir_faire', 'savoir_etre', 'savoir')),
    category TEXT NOT NULL DEFAULT '',
    subcategory TEXT NOT NULL DEFAULT '',
    macro_code TEXT NOT NULL DEFAULT '',
    macro_label TEXT NOT NULL DEFAULT ''
);
CREATE TABLE rome_sheet_item (
    code_rome TEXT NOT NULL REFERENCES rome_sheet(code) ON DELETE CASCADE,
    item_code TEXT NOT NULL REFERENCES rome_item(code) ON DELETE CASCADE,
    core TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (code_rome, item_code)
);
CREATE TABLE rome_appellation (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    code_rome TEXT NOT NULL REFERENCES rome_sheet(code) ON DELETE CASCADE
);
CREATE TABLE rome_mobility (
    source TEXT NOT NULL REFERENCES rome_sheet(code) ON DELETE CASCADE,
    target TEXT NOT NULL REFERENCES rome_sheet(code) ON DELETE CASCADE,
    ord INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (source, target)
);
CREATE INDEX rome_appellation_by_sheet ON rome_appellation(code_rome);
CREATE INDEX rome_sheet_item_by_item ON rome_sheet_item(item_code);
"""

FOLLOWED_SQL = """
ALTER TABLE rome_release ADD COLUMN counts TEXT NOT NULL DEFAULT '';
CREATE TABLE rome_job_code (
    release_id INTEGER NOT NULL REFERENCES rome_release(id) ON DELETE CASCADE,
    job TEXT NOT NULL,
    written_code TEXT NOT NULL,
    appellation_code TEXT NOT NULL,
    previous_code TEXT NOT NULL DEFAULT '',
    code_rome TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('inchangee', 'suivie', 'conservee', 'perdue')),
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (release_id, job, written_code, appellation_code)
);
"""
