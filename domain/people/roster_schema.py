"""Store tables for what a user teaches the roster import once (migration 6).

- ``job_title``: the company's own job titles mapped to one of the study's 58 jobs
  (« Conseiller assistance » → « Chargé d'assistance »), used by every later import;
  ``title_key`` is the title's matching key (``domain.people.roster_jobs.title_key``: gender,
  articles, accents and case folded) so « Conseillère assistance » finds the same line.
- ``roster_column_mapping``: the column → field choices made for a file, keyed by the file's
  headers (folded, in order), so the next export with the same headers needs no new choice.

Neither table holds anything about a person.
"""

SQL = """
CREATE TABLE job_title (
    title_key TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    job TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE TABLE roster_column_mapping (
    headers_key TEXT PRIMARY KEY NOT NULL,
    headers TEXT NOT NULL,
    mapping TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
"""
