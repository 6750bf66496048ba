"""A person's competency profile as a list: their job's competencies, declared ones, rejected ones.

The profile that the person's bridges are computed from (``Engine.person_holding``), shown so
the person can check it: each entry says where it comes from (« métier » or « déclarée ») and
since when, and the rejected competencies of their job are listed apart with their date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from domain.matching.competencies import KIND_LABELS

FROM_JOB, DECLARED, OTHER = "métier", "déclarée", "ROME"


@dataclass(frozen=True)
class ProfileEntry:
    """One competency of (or taken out of) a person's profile."""

    code: str
    label: str
    kind: str
    core: bool
    origin: str  # FROM_JOB, DECLARED, or OTHER (a rejected item that was neither)
    since: str = ""  # ISO timestamp of the declaration or rejection ("" for the job's own)
    level: int | None = None  # declared mastery 1–4

    def to_json(self) -> dict:
        return {"code": self.code, "label": self.label, "kind": KIND_LABELS.get(self.kind, self.kind),
                "core": self.core, "origin": self.origin, "since": self.since or None,
                "level": self.level}


@dataclass(frozen=True)
class PersonProfile:
    employee_id: str
    job: str
    held: tuple[ProfileEntry, ...]  # job's competencies kept, then declared ones
    rejected: tuple[ProfileEntry, ...]

    def to_json(self) -> dict:
        return {"employee": self.employee_id, "job": self.job,
                "held": [e.to_json() for e in self.held],
                "rejected": [e.to_json() for e in self.rejected]}


def person_profile(engine: Any, record: Any) -> PersonProfile:
    """The profile of ``record`` (``domain.people.register.CompetencyRecord``) on ``engine``.

    Raises ``UnknownJobError`` when the person's job is not one of the 58 (edit the person).
    """
    job = engine.job_name(record.employee.job)
    row = engine.matrix.rows.get(job)
    own = dict(row.items) if row is not None else {}
    rejected_at = {c.item_code: c.rejected_at for c in record.rejected}
    held = [ProfileEntry(c.code, c.label, c.kind, c.core, FROM_JOB)
            for c in sorted(own.values(), key=lambda c: (not c.core, c.kind, c.label))
            if c.code not in rejected_at]
    for declared in record.declared:
        item = engine.release.items.get(declared.item_code)
        if declared.item_code in own and declared.item_code not in rejected_at:
            continue
        held.append(ProfileEntry(declared.item_code, item.label if item else declared.label,
                                 item.kind if item else "savoir_faire", False, DECLARED,
                                 declared.declared_at, declared.level))
    rejected = []
    for code, when in rejected_at.items():
        item = own.get(code) or engine.release.items.get(code)
        label = item.label if item else next(c.label for c in record.rejected if c.item_code == code)
        kind = item.kind if item else "savoir_faire"
        rejected.append(ProfileEntry(code, label, kind, bool(getattr(item, "core", False)),
                                     FROM_JOB if code in own else OTHER, when))
    return PersonProfile(record.employee.id, job, tuple(held), tuple(rejected))
