"""Store table of the user's own competency impact levels (migration 3).

An HR partner who disagrees with an estimated level records their own for one job; the
override is keyed by the job name of ``data/jobs.csv`` and the ROME item code, so it survives a
re-import of the same or a newer ROME release.
"""

from __future__ import annotations

SQL = """
CREATE TABLE IF NOT EXISTS competency_override (
    job TEXT NOT NULL,
    item_code TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (job, item_code)
);
"""
