"""One service per edit of a person's record: check the input, write it, audit it, in one go.

The GUI's person editor and any other front end call these functions and show the French
``UserError`` they raise; they never check a field themselves. Each function is one user
action, so it opens its own transaction: the change and its audit line are saved together or
not at all. The repository underneath (``domain.people.employees``) stays free of transactions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from domain.errors import UserError
from domain.people import employees
from domain.people.employees import Employee
from domain.store.connection import transaction
from domain.text import command_name

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


# --- the person's competency profile, decisions and notes (issue 9) ---------------------------


@dataclass(frozen=True)
class ProfileChange:
    """What one edit of a person's competency profile did (ROME item codes)."""

    employee_id: str
    declared: tuple[str, ...]
    rejected: tuple[str, ...]


def update_competencies(conn: sqlite3.Connection, *, employee_id: str, add: Sequence[str] = (),
                        drop: Sequence[str] = (), items: Mapping[str, Any],
                        actor: str | None = None) -> ProfileChange:
    """Declare ``add`` and reject ``drop`` in one go; each change is dated.

    ``items`` maps every ROME item code a person may name to its record (``label``): the
    release in use. Declaring a competency withdraws its rejection and the reverse. Raises
    ``UserError`` (nothing written) for an unknown matricule, an unknown code or a code both
    added and dropped.
    """
    add, drop = _codes(add, items), _codes(drop, items)
    both = sorted(set(add) & set(drop))
    if both:
        raise UserError(f"La compétence « {both[0]} » est à la fois ajoutée et retirée : "
                        "choisissez l'un ou l'autre.")
    with transaction(conn):
        employees.get_employee(conn, employee_id)
        levels = {c.item_code: c.level for c in employees.competencies(conn, employee_id)}
        for code in add:
            employees.declare_competency(conn, employees.DeclaredCompetency(
                employee_id, code, _label(items[code]), levels.get(code)))
        for code in drop:
            employees.reject_competency(conn, employees.RejectedCompetency(
                employee_id, code, _label(items[code])), actor=actor)
    return ProfileChange(employee_id, tuple(add), tuple(drop))


def declare_competency(conn: sqlite3.Connection, *, employee_id: str, item_code: str,
                       items: Mapping[str, Any], level: int | None = None) -> ProfileChange:
    """Add one competency to the person's profile (``level`` 1–4 when known)."""
    (code,) = _codes([item_code], items)
    with transaction(conn):
        employees.get_employee(conn, employee_id)
        employees.declare_competency(conn, employees.DeclaredCompetency(
            employee_id, code, _label(items[code]), level))
    return ProfileChange(employee_id, (code,), ())


def reject_competency(conn: sqlite3.Connection, *, employee_id: str, item_code: str,
                      items: Mapping[str, Any], actor: str | None = None) -> ProfileChange:
    """Take one competency out of the person's profile (they do not practise it)."""
    return update_competencies(conn, employee_id=employee_id, drop=[item_code], items=items,
                               actor=actor)


def record_bridge_choice(conn: sqlite3.Connection, *, employee_id: str, target_job: str,
                         via_job: str = "", status: str = "considered", comment: str = ""
                         ) -> employees.ChosenBridge:
    """Record the bridge a person and their manager decided on (one line per target job).

    ``status``: ``considered``, ``in_progress``, ``done``, ``dropped`` or their French labels
    (envisagée, en cours, réalisée, abandonnée). Raises ``UserError`` for an unknown job,
    status or matricule.
    """
    from domain.study import load_study
    from domain.text import fold

    study = load_study()
    target = study.find_job(target_job).name
    via = study.find_job(via_job).name if via_job.strip() else ""
    by_label = {fold(label): key for key, label in employees.BRIDGE_STATUS_LABELS.items()}
    key = status if status in employees.BRIDGE_STATUSES else by_label.get(fold(status))
    if key is None:
        choices = ", ".join(f"{k} ({v})" for k, v in employees.BRIDGE_STATUS_LABELS.items())
        raise UserError(f"Statut de passerelle inconnu « {status} ». Valeurs possibles : {choices}.")
    with transaction(conn):
        employees.choose_bridge(conn, employees.ChosenBridge(employee_id, target, via, key,
                                                             comment.strip()))
    return next(b for b in employees.bridges(conn, employee_id) if b.target_job == target)


def share_note(conn: sqlite3.Connection, *, employee_id: str, note_id: int,
               shareable: bool = True, actor: str | None = None) -> None:
    """Let an interview note be printed in the person's report (or stop it)."""
    with transaction(conn):
        employees.get_employee(conn, employee_id)
        if not employees.set_note_shareable(conn, employee_id, note_id, shareable, actor=actor):
            raise UserError(f"La note d'entretien n° {note_id} du matricule « {employee_id} » "
                            "n'existe pas.")


def _codes(codes: Sequence[str], items: Mapping[str, Any]) -> list[str]:
    found = list(dict.fromkeys(code.strip() for code in codes if code.strip()))
    unknown = [code for code in found if code not in items]
    if unknown:
        raise UserError(f"Code de compétence inconnu dans le ROME : « {unknown[0]} ». Cherchez "
                        f"le code avec « {command_name()} employee-competencies MATRICULE "
                        "--cherche MOTS ».")
    return found


def _label(item: Any) -> str:
    return str(getattr(item, "label", "") or "")


def add_interview_note(conn: sqlite3.Connection, *, note: employees.InterviewNote) -> int:
    """The user action « write an interview note »; returns the note's id. One transaction."""
    if not note.body.strip():
        raise UserError("La note d'entretien est vide : écrivez-la avant de l'ajouter.")
    with transaction(conn):
        employees.get_employee(conn, note.employee_id)
        return employees.add_note(conn, note)


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


def add_employee(conn: sqlite3.Connection, *, person: Employee,
                 actor: str | None = None) -> Employee:
    """The user action « add a person by hand » (someone hired since the last roster import).

    The matricule is cleaned as the roster import cleans it (``roster_cells.clean_id``) and the
    person checked like an edit (:func:`checked`: name, one of the 58 jobs, dates). Raises
    ``UserError`` (nothing written) when the matricule is empty, mangled by Excel, or already
    someone's — also written with other leading zeros (« 417 » and « 000417 »). Returns the
    person as stored; the audit log keeps that they were added.
    """
    from domain.people.roster_cells import check_id, clean_id, same_number

    employee_id = clean_id(person.id or "")
    problems: list[str] = []
    check_id(employee_id, problems.append)
    if problems:
        raise UserError(f"Matricule refusé : {problems[0]}.")
    new = checked(replace(person, id=employee_id))
    with transaction(conn):
        number = same_number(employee_id)
        for other in employees.list_employees(conn):
            if other.id == employee_id or (number is not None and same_number(other.id) == number):
                name = " ".join(p for p in (other.first_name, other.last_name) if p)
                raise UserError(f"Le matricule « {employee_id} » est déjà celui de {name} "
                                f"(matricule « {other.id} ») : vérifiez le matricule, ou "
                                "modifiez la fiche de cette personne.")
        employees.save_employee(conn, new)
        employees.audit(conn, "add_employee", employee_id, actor=actor)
    return employees.get_employee(conn, employee_id)
