"""The RGPD rights and duties: erase a person, export what we hold, purge old notes.

Erasure is real: the rows go (``secure_delete`` zeroes freed pages), the generated files the
app indexed are overwritten and deleted, the write-ahead log is checkpointed and truncated, the
file is vacuumed, and every automatic backup is rewritten the same way (a backup that cannot be
rewritten is destroyed), so no copy the app manages still holds the name. The audit log keeps
that an erasure happened, under a random token instead of the matricule. Free text typed about
*other* people (their notes) is not searched: the user is reminded to keep notes factual.
"""

from __future__ import annotations

import calendar
import csv
import hashlib
import hmac
import io
import json
import os
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from domain.errors import UserError, os_reason
from domain.people import employees
from domain.store import backup
from domain.store.connection import transaction
from domain.text import neutralise  # noqa: F401 - re-exported: the CSV exports use it

DEFAULT_NOTE_RETENTION_MONTHS = 24
EXPORT_FORMAT = "passerelles-export-personne"


@dataclass(frozen=True)
class ForgetReport:
    token: str  # the audit log's name for the erased person
    files_deleted: tuple[str, ...]
    files_missing: tuple[str, ...]
    files_failed: tuple[str, ...]
    backups_rewritten: int
    backups_destroyed: int
    log_truncated: bool
    set_aside_files: tuple[str, ...]  # damaged or replaced bases kept aside by a restore


@dataclass(frozen=True)
class PurgeReport:
    cutoff: date
    notes_deleted: int
    backups_rewritten: int
    backups_destroyed: int


def db_path(conn: sqlite3.Connection) -> Path | None:
    name = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
    return Path(name) if name else None


# --- erasure ----------------------------------------------------------------------------------

def forget_employee(conn: sqlite3.Connection, employee_id: str) -> ForgetReport:
    """Erase everything about one person from the store, its files and its backups."""
    employees.get_employee(conn, employee_id)
    token = "efface-" + secrets.token_hex(6)
    deleted, missing, failed = [], [], []
    with transaction(conn):
        for path in erase_rows(conn, employee_id, token):
            _delete_file(Path(path), deleted, missing, failed)
        employees.audit(conn, "forget", token, f"{len(deleted)} fichier(s) supprimé(s)")
    truncated = scrub(conn)
    rewritten = destroyed = 0
    db = db_path(conn)
    if db is not None:
        rewritten, destroyed = backup.rewrite_backups(
            db, lambda c: erase_rows(c, employee_id, token))
    aside = tuple(str(p) for p in backup.set_aside_files(db)) if db else ()
    return ForgetReport(token, tuple(deleted), tuple(missing), tuple(failed), rewritten,
                        destroyed, truncated, aside)


def erase_rows(conn: sqlite3.Connection, employee_id: str, token: str) -> list[str]:
    """Delete a person's rows (works on older backup schemas too); returns their files."""
    tables = _tables(conn)
    paths: list[str] = []
    if {"report", "report_person"} <= tables:
        ids = [r[0] for r in conn.execute(
            "SELECT report_id FROM report_person WHERE employee_id = ?", (employee_id,))]
        for report_id in ids:
            row = conn.execute("SELECT path FROM report WHERE id = ?", (report_id,)).fetchone()
            if row:
                paths.append(row[0])
            conn.execute("DELETE FROM report WHERE id = ?", (report_id,))
    for table in sorted(tables):
        columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if "employee_id" in columns:  # also reaches tables added by later migrations
            conn.execute(f'DELETE FROM "{table}" WHERE employee_id = ?', (employee_id,))
    if "employee" in tables:
        conn.execute("DELETE FROM employee WHERE id = ?", (employee_id,))
    if "audit_log" in tables:
        conn.execute("UPDATE audit_log SET subject = ? WHERE subject = ?", (token, employee_id))
    return paths


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}


def _delete_file(path: Path, deleted: list, missing: list, failed: list) -> None:
    if not path.exists():
        missing.append(str(path))
        return
    try:
        backup.shred(path)
        deleted.append(str(path))
    except OSError:
        failed.append(str(path))


def scrub(conn: sqlite3.Connection) -> bool:
    """Push deletions out of every file: checkpoint, vacuum in memory, truncate the log."""
    conn.execute("PRAGMA temp_store = MEMORY")  # VACUUM's copy must not land in /tmp
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return busy == 0


# --- access (export) ----------------------------------------------------------------------------

def export_employee(conn: sqlite3.Connection, employee_id: str) -> dict[str, object]:
    """Everything held on one person, as plain JSON-ready data (right of access)."""
    person = employees.get_employee(conn, employee_id)
    other: dict[str, list[dict]] = {}
    known = {"employee_competency", "employee_competency_rejection", "interview_note",
             "chosen_bridge", "report_person"}
    for table in sorted(_tables(conn) - known):
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        if "employee_id" in columns:
            rows = conn.execute(f'SELECT * FROM "{table}" WHERE employee_id = ?', (employee_id,))
            other[table] = [dict(zip(columns, r, strict=True)) for r in rows]
    return {
        "format": EXPORT_FORMAT,
        "version": 1,
        "exported_at": employees.now(),
        "notice": "Données détenues par Passerelles sur cette personne (droit d'accès, RGPD "
                  "article 15). Les notes d'entretien figurent en entier.",
        "employee": person.to_dict(),
        "declared_competencies": [_plain(c) for c in employees.competencies(conn, employee_id)],
        "rejected_competencies": [_plain(c) for c in employees.rejections(conn, employee_id)],
        "interview_notes": [_plain(n) for n in employees.notes(conn, employee_id)],
        "chosen_bridges": [_plain(b) for b in employees.bridges(conn, employee_id)],
        "reports": [_plain(r) for r in employees.reports(conn, employee_id)],
        "audit_log": [_plain(a) for a in employees.audit_entries(conn, employee_id)],
        "other": other,
    }


def _plain(record) -> dict[str, object]:
    out = {}
    for key, value in vars(record).items():
        out[key] = value.isoformat() if isinstance(value, date) else \
            list(value) if isinstance(value, tuple) else value
    return out


def write_employee_export(conn: sqlite3.Connection, employee_id: str, out: Path | str,
                          *, overwrite: bool = False) -> Path:
    """Write the JSON export (owner-only file) and log that it was made."""
    payload = export_employee(conn, employee_id)
    target = Path(out)
    _write_private(target, json.dumps(payload, ensure_ascii=False, indent=2) + "\n", overwrite)
    with transaction(conn):
        employees.audit(conn, "export", employee_id)
    return target


def _write_private(target: Path, text: str, overwrite: bool, encoding: str = "utf-8") -> None:
    if target.exists() and not overwrite:
        raise UserError(f"Le fichier « {target} » existe déjà : choisissez un autre nom.")
    if not target.parent.is_dir():
        raise UserError(f"Le dossier « {target.parent} » n'existe pas.")
    partial = target.with_name(target.name + ".partiel")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
        os.replace(partial, target)
    except OSError as exc:
        raise UserError(f"Impossible d'écrire « {target} » : {os_reason(exc)}.") from exc


# --- retention ----------------------------------------------------------------------------------

def retention_cutoff(months: int, today: date | None = None) -> date:
    """The date before which notes are older than ``months`` months."""
    if months < 1:
        raise UserError("La durée de conservation doit être d'au moins un mois.")
    today = today or date.today()
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))


def notes_before(conn: sqlite3.Connection, months: int,
                 today: date | None = None) -> tuple[date, int]:
    """The retention cutoff for ``months`` and how many notes :func:`purge_notes` would delete
    (read only: the window says both before the user confirms)."""
    cutoff = retention_cutoff(months, today)
    if "interview_note" not in _tables(conn):
        return cutoff, 0
    count = conn.execute("SELECT COUNT(*) FROM interview_note WHERE held_on < ?",
                         (cutoff.isoformat(),)).fetchone()[0]
    return cutoff, int(count)


def purge_notes(conn: sqlite3.Connection, months: int = DEFAULT_NOTE_RETENTION_MONTHS,
                today: date | None = None) -> PurgeReport:
    """Delete interview notes held before the retention cutoff, here and in the backups."""
    cutoff = retention_cutoff(months, today)

    def purge(c: sqlite3.Connection) -> int:
        if "interview_note" not in _tables(c):
            return 0
        return c.execute("DELETE FROM interview_note WHERE held_on < ?",
                         (cutoff.isoformat(),)).rowcount

    with transaction(conn):
        deleted = purge(conn)
        employees.audit(conn, "purge_notes", "", f"{deleted} note(s) antérieure(s) au "
                        f"{cutoff.isoformat()}")
    scrub(conn)
    db = db_path(conn)
    rewritten, destroyed = backup.rewrite_backups(db, purge) if db else (0, 0)
    return PurgeReport(cutoff, deleted, rewritten, destroyed)


# --- pseudonymised statistics --------------------------------------------------------------

STATS_COLUMNS = ("pseudonyme", "metier", "famille", "annee_entree", "anciennete",
                 "sorti", "notes_entretien", "passerelles_choisies", "statuts_passerelles")


def pseudonymised_rows(conn: sqlite3.Connection, key: bytes | None = None,
                       today: date | None = None) -> list[dict[str, str]]:
    """One row per person, no name, no matricule, no free text, dates reduced to years.

    The pseudonym is an HMAC of the matricule under ``key``; a fresh random key per export
    (the default) means two exports cannot be linked to each other or back to people.
    """
    from domain.study import load_study

    key = key or secrets.token_bytes(32)
    today = today or date.today()
    study = load_study()
    rows = []
    for person in employees.list_employees(conn):
        chosen = employees.bridges(conn, person.id)
        family = _family(study, person.job)
        rows.append({
            "pseudonyme": hmac.new(key, person.id.encode(), hashlib.sha256).hexdigest()[:16],
            "metier": person.job,
            "famille": family,
            "annee_entree": str(person.entry_date.year) if person.entry_date else "",
            "anciennete": _seniority(person.entry_date, person.exit_date or today),
            "sorti": "oui" if person.exit_date and person.exit_date <= today else "non",
            "notes_entretien": str(len(employees.notes(conn, person.id))),
            "passerelles_choisies": " | ".join(b.target_job for b in chosen),
            "statuts_passerelles": " | ".join(employees.BRIDGE_STATUS_LABELS.get(b.status, b.status)
                                              for b in chosen),
        })
    rows.sort(key=lambda r: r["pseudonyme"])  # the list order must not reveal names
    return rows


def _family(study, job: str) -> str:
    try:
        return study.find_job(job).family
    except UserError:
        return ""


def _seniority(entry: date | None, until: date) -> str:
    if entry is None:
        return "inconnue"
    years = (until - entry).days / 365.25
    for limit, label in ((2, "moins de 2 ans"), (5, "2 à 5 ans"), (10, "5 à 10 ans"),
                         (20, "10 à 20 ans")):
        if years < limit:
            return label
    return "20 ans et plus"


def write_pseudonymised_export(conn: sqlite3.Connection, out: Path | str, *,
                               overwrite: bool = False) -> int:
    """Write the statistics CSV (";", UTF-8 with BOM for Excel); returns the row count."""
    rows = pseudonymised_rows(conn)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(STATS_COLUMNS)
    for row in rows:
        writer.writerow([neutralise(row[c]) for c in STATS_COLUMNS])
    _write_private(Path(out), "\ufeff" + buffer.getvalue(), overwrite)
    with transaction(conn):
        employees.audit(conn, "export_pseudonymised", "", f"{len(rows)} ligne(s)")
    return len(rows)
