"""Store table of the user's changes to the job profiles (migration 4).

The shipped profiles (``data/job_profiles.csv``) say which competencies of its ROME sheets each
study job retains. An HR partner who disagrees retains or drops one item for one job; each
change is kept, dated, keyed by the job name of ``data/jobs.csv`` and the ROME item code, so it
survives a re-import of the same or a newer release. ``retained`` is 1 (retain) or 0 (drop).
"""

from __future__ import annotations

SQL = """
CREATE TABLE IF NOT EXISTS job_profile_override (
    job TEXT NOT NULL,
    item_code TEXT NOT NULL,
    retained INTEGER NOT NULL CHECK (retained IN (0, 1)),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (job, item_code)
);
"""
