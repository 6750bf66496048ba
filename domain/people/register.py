"""Read-only summaries of the people register that the views and the plan show.

The rules live here, not in the widgets: who counts in a job's headcount (people still
present), which bridge is shown as a person's choice (the latest one not dropped), what
saving a roster would do to each matricule (the same comparison as ``save_employee``), and a
person's own changes to their job's competencies (``competency_record``).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from domain.people.employees import (
    DeclaredCompetency,
    Employee,
    RejectedCompetency,
    find_employee,
    list_employees,
)


def headcounts(conn: sqlite3.Connection) -> dict[str, int]:
    """Current employees (departed people left out) per job name."""
    return dict(Counter(person.job for person in list_employees(conn, include_departed=False)))


def chosen_bridges(conn: sqlite3.Connection) -> dict[str, str]:
    """Per matricule, the target job of the latest bridge chosen and not dropped."""
    rows = conn.execute(
        "SELECT employee_id, target_job FROM chosen_bridge WHERE status != 'dropped' ORDER BY id"
    ).fetchall()
    return {employee_id: target for employee_id, target in rows}  # later rows win


def import_effects(conn: sqlite3.Connection, people: Iterable[Employee]) -> dict[str, str]:
    """Per matricule, "created", "updated" or "unchanged": what saving these people would do."""
    effects: dict[str, str] = {}
    for person in people:
        old = find_employee(conn, person.id)
        effects[person.id] = ("created" if old is None else
                              "unchanged" if old.same_facts(person) else "updated")
    return effects


@dataclass(frozen=True)
class CompetencyRecord:
    """A person's own changes to their job's competencies: declared and rejected, dated."""

    employee: Employee
    declared: tuple[DeclaredCompetency, ...]
    rejected: tuple[RejectedCompetency, ...]

    @property
    def declared_codes(self) -> tuple[str, ...]:
        return tuple(c.item_code for c in self.declared)

    @property
    def rejected_codes(self) -> tuple[str, ...]:
        return tuple(c.item_code for c in self.rejected)


def competency_record(conn: sqlite3.Connection, employee_id: str) -> CompetencyRecord:
    """The person (``UserError`` for an unknown matricule) with their declared and rejected items."""
    from domain.people import employees

    person = employees.get_employee(conn, employee_id)
    return CompetencyRecord(person, tuple(employees.competencies(conn, employee_id)),
                            tuple(employees.rejections(conn, employee_id)))
