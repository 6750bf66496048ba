"""Store tables for people (migrations 2 and 5): employees and everything the app holds about them.

Every table that holds something about a person references ``employee(id)`` with
``ON DELETE CASCADE``: erasing a person is then one ``DELETE`` that cannot forget a table, and
``domain.people.privacy`` also sweeps any table with an ``employee_id`` column added later. The
matricule is the primary key and stays text so leading zeros survive. Dates are ISO
``YYYY-MM-DD`` text, timestamps ISO UTC. The audit log records who did what and when, never the
content (no names, no notes).
"""

SQL = """
CREATE TABLE employee (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 40),
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL DEFAULT '',
    job TEXT NOT NULL,
    entry_date TEXT,
    exit_date TEXT,
    wishes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE employee_competency (
    employee_id TEXT NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    item_code TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    level INTEGER CHECK (level IS NULL OR level BETWEEN 1 AND 4),
    declared_at TEXT NOT NULL,
    PRIMARY KEY (employee_id, item_code)
);
CREATE TABLE interview_note (
    id INTEGER PRIMARY KEY,
    employee_id TEXT NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE chosen_bridge (
    id INTEGER PRIMARY KEY,
    employee_id TEXT NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    target_job TEXT NOT NULL,
    via_job TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'considered'
        CHECK (status IN ('considered', 'in_progress', 'done', 'dropped')),
    comment TEXT NOT NULL DEFAULT '',
    chosen_at TEXT NOT NULL,
    UNIQUE (employee_id, target_job)
);
CREATE TABLE report (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    path TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE report_person (
    report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    employee_id TEXT NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    PRIMARY KEY (report_id, employee_id)
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX employee_by_job ON employee(job);
CREATE INDEX interview_note_by_employee ON interview_note(employee_id, held_on);
CREATE INDEX chosen_bridge_by_employee ON chosen_bridge(employee_id);
CREATE INDEX report_person_by_employee ON report_person(employee_id);
CREATE INDEX audit_log_by_subject ON audit_log(subject);
"""

# Migration 5 (issue 9): a person's competency profile and shareable notes.
# A person's profile is their job's competencies, plus the ones declared
# (``employee_competency``, dated by ``declared_at``), minus the ones rejected here, each with
# the date it was rejected. Declaring a competency withdraws its rejection and the reverse,
# so a code is never both. ``shareable`` marks an interview note the person agreed to see
# printed in their report (0 by default: notes written before this migration stay private).
PROFILE_SQL = """
CREATE TABLE employee_competency_rejection (
    employee_id TEXT NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    item_code TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    rejected_at TEXT NOT NULL,
    PRIMARY KEY (employee_id, item_code)
);
ALTER TABLE interview_note ADD COLUMN shareable INTEGER NOT NULL DEFAULT 0
    CHECK (shareable IN (0, 1));
"""
