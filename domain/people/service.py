"""One service per edit of a person's record: check the input, write it, audit it, in one go.

The GUI's person editor and any other front end call these functions and show the French
``UserError`` they raise; they never check a field themselves. Each function is one user
action, so it opens its own transaction: the change and its audit line are saved together or
not at all. The repository underneath (``domain.people.employees``) stays free of transactions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from domain.errors import UserError
from domain.people import employees
from domain.people.employees import Employee
from domain.store.connection import transaction

EDITABLE = ("last_name", "first_name", "job", "entry_date", "exit_date", "wishes")
MAX_LENGTH = {"last_name": 100, "first_name": 100, "wishes": 2000}  # as the roster import
FIELD_LABELS = {"last_name": "nom", "first_name": "prénom", "wishes": "souhaits"}
EARLIEST_YEAR = 1900


def edit_employee(conn: sqlite3.Connection, employee_id: str, changes: Mapping[str, Any],
                  actor: str | None = None) -> Employee:
    """Apply ``changes`` (field → new value) to the person; returns the person as stored.

    Raises ``UserError`` (French, naming the field) when a name is empty or too long, the job
    is not one of the study's 58, or the dates contradict each other; nothing is written then.
    """
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with transaction(conn):
        old = employees.get_employee(conn, employee_id)
        new = checked(replace(old, **dict(changes)))
        if employees.save_employee(conn, new) != "unchanged":
            changed = [f for f in EDITABLE if getattr(old, f) != getattr(new, f)]
            employees.audit(conn, "edit_employee", employee_id, ",".join(changed), actor=actor)
    return employees.get_employee(conn, employee_id)


def checked(person: Employee, today: date | None = None) -> Employee:
    """The person with trimmed texts and the study's spelling of the job, or a UserError."""
    from domain.study import load_study

    values = {f: " ".join(str(getattr(person, f) or "").split()) for f in ("last_name",
                                                                          "first_name")}
    values["wishes"] = (person.wishes or "").strip()
    # Only the last name is required, as in the roster import: some people have a single name.
    if not values["last_name"]:
        raise UserError("Le nom de la personne ne peut pas être vide.")
    for field, limit in MAX_LENGTH.items():
        if len(values[field]) > limit:
            raise UserError(f"Le champ « {FIELD_LABELS[field]} » est trop long "
                            f"({len(values[field])} caractères, au plus {limit}).")
    if not (person.job or "").strip():
        raise UserError("Le métier de la personne ne peut pas être vide.")
    job = load_study().find_job(person.job).name
    _check_dates(person.entry_date, person.exit_date, today or date.today())
    return replace(person, job=job, **values)


def _check_dates(entry: date | None, leave: date | None, today: date) -> None:
    latest = today.year + 1
    for value, label in ((entry, "d'entrée"), (leave, "de sortie")):
        if value is not None and not EARLIEST_YEAR <= value.year <= latest:
            raise UserError(f"Date {label} invraisemblable : {value:%d/%m/%Y} (attendu entre "
                            f"{EARLIEST_YEAR} et {latest}).")
    if entry is not None and leave is not None and leave < entry:
        raise UserError(f"La date de sortie ({leave:%d/%m/%Y}) est antérieure à la date "
                        f"d'entrée ({entry:%d/%m/%Y}).")


def remove_competency(conn: sqlite3.Connection, employee_id: str, item_code: str,
                      actor: str | None = None) -> None:
    """Withdraw a competency the person had declared (a mistake, or no longer true)."""
    with transaction(conn):
        employees.get_employee(conn, employee_id)
        if not employees.delete_competency(conn, employee_id, item_code, actor=actor):
            raise UserError(f"La compétence « {item_code} » n'est pas déclarée pour le "
                            f"matricule « {employee_id} ».")


def remove_note(conn: sqlite3.Connection, employee_id: str, note_id: int,
                actor: str | None = None) -> None:
    """Delete one interview note of the person (erased content does not stay in free pages).

    Automatic backups taken earlier still hold the note until they rotate out; the RGPD tools
    (``privacy.forget_employee``, ``privacy.purge_notes``) are the ones that rewrite backups.
    """
    with transaction(conn):
        employees.get_employee(conn, employee_id)
        if not employees.delete_note(conn, employee_id, note_id, actor=actor):
            raise UserError(f"La note d'entretien n° {note_id} du matricule « {employee_id} » "
                            "n'existe plus.")


def declare_competency(conn: sqlite3.Connection, *,
                       competency: employees.DeclaredCompetency) -> None:
    """The user action « the person declares a competency » (replaces the same item's level).

    One transaction with its audit line. Raises ``StoreError``/``UserError`` when the person
    does not exist; nothing is written then.
    """
    with transaction(conn):
        employees.get_employee(conn, competency.employee_id)
        employees.declare_competency(conn, competency)


def add_interview_note(conn: sqlite3.Connection, *, note: employees.InterviewNote) -> int:
    """The user action « write an interview note »; returns the note's id. One transaction."""
    if not note.body.strip():
        raise UserError("La note d'entretien est vide : écrivez-la avant de l'ajouter.")
    with transaction(conn):
        employees.get_employee(conn, note.employee_id)
        return employees.add_note(conn, note)


def record_bridge_choice(conn: sqlite3.Connection, *, choice: employees.ChosenBridge) -> None:
    """The user action « record a decision on a bridge » (target job, status, comment).

    One transaction; the report's « Piste retenue » follows it.
    """
    with transaction(conn):
        employees.get_employee(conn, choice.employee_id)
        employees.choose_bridge(conn, choice)


def record_reports(conn: sqlite3.Connection, *, kind: str,
                   written: Sequence[tuple[str, str]]) -> int:
    """The user action « keep the printed reports »: index each file under its person.

    ``written`` is [(matricule, absolute path)]; erasing a person later deletes those files.
    One transaction for the lot; returns how many were recorded.
    """
    with transaction(conn):
        for employee_id, path in written:
            employees.record_report(conn, employees.ReportRecord(kind, path, (employee_id,)))
    return len(written)
