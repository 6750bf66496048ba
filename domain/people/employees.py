"""The people repository: plain dataclasses in and out of the store, nothing else.

Write functions never open a transaction themselves: the service that performs one user action
(roster import, adding a note, erasing a person) wraps all its writes in
``domain.store.connection.transaction`` so the action is saved whole or not at all. Every write that
touches a person adds an audit line (who, what, when, which matricule; never the content).
"""

from __future__ import annotations

import getpass
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime

from domain.errors import UserError

BRIDGE_STATUSES = ("considered", "in_progress", "done", "dropped")
BRIDGE_STATUS_LABELS = {"considered": "envisagée", "in_progress": "en cours", "done": "réalisée",
                        "dropped": "abandonnée"}


@dataclass(frozen=True)
class Employee:
    id: str
    last_name: str
    first_name: str
    job: str
    entry_date: date | None = None
    exit_date: date | None = None
    wishes: str = ""
    created_at: str = ""
    updated_at: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "last_name": self.last_name,
            "first_name": self.first_name,
            "job": self.job,
            "entry_date": self.entry_date.isoformat() if self.entry_date else None,
            "exit_date": self.exit_date.isoformat() if self.exit_date else None,
            "wishes": self.wishes,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }

    def same_facts(self, other: Employee) -> bool:
        """True when a re-import would change nothing (timestamps aside)."""
        keys = ("last_name", "first_name", "job", "entry_date", "exit_date", "wishes")
        return all(getattr(self, k) == getattr(other, k) for k in keys)


@dataclass(frozen=True)
class DeclaredCompetency:
    employee_id: str
    item_code: str
    label: str = ""
    level: int | None = None  # 1 notions … 4 expert, as declared by the person or the manager
    declared_at: str = ""


@dataclass(frozen=True)
class RejectedCompetency:
    """A competency of the person's job they do not practise (taken out of their profile)."""

    employee_id: str
    item_code: str
    label: str = ""
    rejected_at: str = ""


@dataclass(frozen=True)
class InterviewNote:
    employee_id: str
    held_on: date
    body: str
    author: str = ""
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    shareable: bool = False  # the person agreed to see it printed in their report


@dataclass(frozen=True)
class ChosenBridge:
    employee_id: str
    target_job: str
    via_job: str = ""
    status: str = "considered"
    comment: str = ""
    id: int | None = None
    chosen_at: str = ""


@dataclass(frozen=True)
class ReportRecord:
    kind: str
    path: str
    employee_ids: tuple[str, ...] = ()
    id: int | None = None
    created_at: str = ""


@dataclass(frozen=True)
class AuditEntry:
    at: str
    actor: str
    action: str
    subject: str
    detail: str = ""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def current_actor() -> str:
    """The operating-system account, the only identity a desktop tool can vouch for."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some locked-down machines
        return "inconnu"


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


# --- employees -----------------------------------------------------------------------------

def _employee(row: sqlite3.Row) -> Employee:
    return Employee(
        id=row["id"], last_name=row["last_name"], first_name=row["first_name"], job=row["job"],
        entry_date=_date(row["entry_date"]), exit_date=_date(row["exit_date"]),
        wishes=row["wishes"], created_at=row["created_at"], updated_at=row["updated_at"],
    )


def find_employee(conn: sqlite3.Connection, employee_id: str) -> Employee | None:
    row = conn.execute("SELECT * FROM employee WHERE id = ?", (employee_id,)).fetchone()
    return _employee(row) if row else None


def get_employee(conn: sqlite3.Connection, employee_id: str) -> Employee:
    """The person with this matricule, or a French error naming the matricule."""
    found = find_employee(conn, employee_id)
    if found is None:
        raise UserError(f"Aucune personne n'a le matricule « {employee_id} » dans la base.")
    return found


def list_employees(conn: sqlite3.Connection, *, include_departed: bool = True) -> list[Employee]:
    """Everyone, sorted by name; departed people (exit date passed) only on request."""
    rows = conn.execute(
        "SELECT * FROM employee ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"
    ).fetchall()
    people = [_employee(r) for r in rows]
    if include_departed:
        return people
    today = date.today()
    return [p for p in people if p.exit_date is None or p.exit_date >= today]


def save_employee(conn: sqlite3.Connection, person: Employee) -> str:
    """Insert or update by matricule; returns "created", "updated" or "unchanged"."""
    old = find_employee(conn, person.id)
    if old is not None and old.same_facts(person):
        return "unchanged"
    stamp = now()
    values = (person.last_name, person.first_name, person.job, _iso(person.entry_date),
              _iso(person.exit_date), person.wishes)
    if old is None:
        conn.execute(
            "INSERT INTO employee (last_name, first_name, job, entry_date, exit_date, wishes, "
            "id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, person.id, stamp, stamp),
        )
        return "created"
    conn.execute(
        "UPDATE employee SET last_name = ?, first_name = ?, job = ?, entry_date = ?, "
        "exit_date = ?, wishes = ?, updated_at = ? WHERE id = ?",
        (*values, stamp, person.id),
    )
    return "updated"


def set_wishes(conn: sqlite3.Connection, employee_id: str, wishes: str) -> None:
    get_employee(conn, employee_id)
    conn.execute("UPDATE employee SET wishes = ?, updated_at = ? WHERE id = ?",
                 (wishes.strip(), now(), employee_id))
    audit(conn, "update_wishes", employee_id)


# --- competencies, notes, bridges ------------------------------------------------------------

def declare_competency(conn: sqlite3.Connection, item: DeclaredCompetency) -> None:
    if item.level is not None and not 1 <= item.level <= 4:
        raise UserError(f"Niveau de maîtrise {item.level} invalide (1 à 4 attendu).")
    conn.execute(
        "INSERT INTO employee_competency (employee_id, item_code, label, level, declared_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (employee_id, item_code) DO UPDATE SET "
        "label = excluded.label, level = excluded.level, declared_at = excluded.declared_at",
        (item.employee_id, item.item_code, item.label, item.level, now()),
    )
    conn.execute("DELETE FROM employee_competency_rejection WHERE employee_id = ? AND item_code = ?",
                 (item.employee_id, item.item_code))
    audit(conn, "declare_competency", item.employee_id)


def reject_competency(conn: sqlite3.Connection, item: RejectedCompetency,
                      actor: str | None = None) -> None:
    """Take a competency out of the person's profile (withdrawing any declaration of it)."""
    conn.execute(
        "INSERT INTO employee_competency_rejection (employee_id, item_code, label, rejected_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (employee_id, item_code) DO UPDATE SET "
        "label = excluded.label, rejected_at = excluded.rejected_at",
        (item.employee_id, item.item_code, item.label, now()),
    )
    conn.execute("DELETE FROM employee_competency WHERE employee_id = ? AND item_code = ?",
                 (item.employee_id, item.item_code))
    audit(conn, "reject_competency", item.employee_id, actor=actor)


def rejections(conn: sqlite3.Connection, employee_id: str) -> list[RejectedCompetency]:
    rows = conn.execute("SELECT * FROM employee_competency_rejection WHERE employee_id = ? "
                        "ORDER BY item_code", (employee_id,)).fetchall()
    return [RejectedCompetency(r["employee_id"], r["item_code"], r["label"], r["rejected_at"])
            for r in rows]


def competencies(conn: sqlite3.Connection, employee_id: str) -> list[DeclaredCompetency]:
    rows = conn.execute("SELECT * FROM employee_competency WHERE employee_id = ? "
                        "ORDER BY item_code", (employee_id,)).fetchall()
    return [DeclaredCompetency(r["employee_id"], r["item_code"], r["label"], r["level"],
                               r["declared_at"]) for r in rows]


def delete_competency(conn: sqlite3.Connection, employee_id: str, item_code: str,
                      actor: str | None = None) -> bool:
    """Withdraw a declared competency; False when it was not declared (nothing audited)."""
    gone = conn.execute("DELETE FROM employee_competency WHERE employee_id = ? AND item_code = ?",
                        (employee_id, item_code)).rowcount
    if gone:
        audit(conn, "delete_competency", employee_id, actor=actor)
    return bool(gone)


def delete_note(conn: sqlite3.Connection, employee_id: str, note_id: int,
                actor: str | None = None) -> bool:
    """Delete one of the person's notes; False when it does not exist (or is someone else's)."""
    gone = conn.execute("DELETE FROM interview_note WHERE id = ? AND employee_id = ?",
                        (note_id, employee_id)).rowcount
    if gone:
        audit(conn, "delete_note", employee_id, actor=actor)
    return bool(gone)


def add_note(conn: sqlite3.Connection, note: InterviewNote) -> int:
    """Store one dated interview entry; the person may read it on request, so keep it factual."""
    if not note.body.strip():
        raise UserError("La note d'entretien est vide.")
    get_employee(conn, note.employee_id)
    stamp = now()
    cursor = conn.execute(
        "INSERT INTO interview_note (employee_id, held_on, author, body, created_at, updated_at,"
        " shareable) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (note.employee_id, note.held_on.isoformat(), note.author or current_actor(),
         note.body.strip(), stamp, stamp, int(note.shareable)),
    )
    audit(conn, "add_note", note.employee_id)
    return int(cursor.lastrowid)


def notes(conn: sqlite3.Connection, employee_id: str) -> list[InterviewNote]:
    rows = conn.execute("SELECT * FROM interview_note WHERE employee_id = ? "
                        "ORDER BY held_on, id", (employee_id,)).fetchall()
    return [InterviewNote(r["employee_id"], date.fromisoformat(r["held_on"]), r["body"],
                          r["author"], r["id"], r["created_at"], r["updated_at"],
                          bool(r["shareable"])) for r in rows]


def set_note_shareable(conn: sqlite3.Connection, employee_id: str, note_id: int,
                       shareable: bool, actor: str | None = None) -> bool:
    """Mark a note as printable in the person's report (or not); False when it does not exist."""
    changed = conn.execute(
        "UPDATE interview_note SET shareable = ?, updated_at = ? WHERE id = ? AND employee_id = ?",
        (int(shareable), now(), note_id, employee_id)).rowcount
    if changed:
        audit(conn, "share_note" if shareable else "unshare_note", employee_id, actor=actor)
    return bool(changed)


def choose_bridge(conn: sqlite3.Connection, bridge: ChosenBridge) -> None:
    """Record the bridge a person and their manager decided to work on (one per target)."""
    if bridge.status not in BRIDGE_STATUSES:
        raise UserError(f"Statut de passerelle inconnu « {bridge.status} ».")
    get_employee(conn, bridge.employee_id)
    conn.execute(
        "INSERT INTO chosen_bridge (employee_id, target_job, via_job, status, comment, chosen_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (employee_id, target_job) DO UPDATE SET "
        "via_job = excluded.via_job, status = excluded.status, comment = excluded.comment",
        (bridge.employee_id, bridge.target_job, bridge.via_job, bridge.status, bridge.comment,
         now()),
    )
    audit(conn, "choose_bridge", bridge.employee_id)


def bridges(conn: sqlite3.Connection, employee_id: str) -> list[ChosenBridge]:
    rows = conn.execute("SELECT * FROM chosen_bridge WHERE employee_id = ? ORDER BY id",
                        (employee_id,)).fetchall()
    return [ChosenBridge(r["employee_id"], r["target_job"], r["via_job"], r["status"],
                         r["comment"], r["id"], r["chosen_at"]) for r in rows]


# --- generated reports --------------------------------------------------------------------

def record_report(conn: sqlite3.Connection, report: ReportRecord) -> int:
    """Index a generated file with everyone it names, so erasing a person can delete it."""
    cursor = conn.execute("INSERT INTO report (kind, path, created_at) VALUES (?, ?, ?)",
                          (report.kind, report.path, report.created_at or now()))
    report_id = int(cursor.lastrowid)
    conn.executemany("INSERT OR IGNORE INTO report_person (report_id, employee_id) VALUES (?, ?)",
                     [(report_id, e) for e in report.employee_ids])
    for employee_id in report.employee_ids:
        audit(conn, "generate_report", employee_id, report.kind)
    return report_id


def reports(conn: sqlite3.Connection, employee_id: str | None = None) -> list[ReportRecord]:
    """Reports naming this person (all reports when ``employee_id`` is None)."""
    if employee_id is None:
        rows = conn.execute("SELECT * FROM report ORDER BY id").fetchall()
    else:
        rows = conn.execute(
            "SELECT r.* FROM report r JOIN report_person p ON p.report_id = r.id "
            "WHERE p.employee_id = ? ORDER BY r.id", (employee_id,)).fetchall()
    result = []
    for r in rows:
        people = tuple(x[0] for x in conn.execute(
            "SELECT employee_id FROM report_person WHERE report_id = ? ORDER BY employee_id",
            (r["id"],)))
        result.append(ReportRecord(r["kind"], r["path"], people, r["id"], r["created_at"]))
    return result


# --- audit ------------------------------------------------------------------------------------

def audit(conn: sqlite3.Connection, action: str, subject: str = "", detail: str = "",
          actor: str | None = None) -> None:
    """Who did what to which record, when; ``detail`` is a count, a kind or field names, never
    content. ``actor`` defaults to the operating-system account."""
    conn.execute("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
                 (now(), actor or current_actor(), action, subject, detail))


def audit_entries(conn: sqlite3.Connection, subject: str | None = None) -> list[AuditEntry]:
    if subject is None:
        rows = conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    else:
        rows = conn.execute("SELECT * FROM audit_log WHERE subject = ? ORDER BY id",
                            (subject,)).fetchall()
    return [AuditEntry(r["at"], r["actor"], r["action"], r["subject"], r["detail"]) for r in rows]
