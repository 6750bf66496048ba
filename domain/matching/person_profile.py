"""A person's competency profile as a list: their job's competencies, declared ones, rejected ones.

The profile that the person's bridges are computed from (``Engine.person_holding``), shown so
the person can check it: each entry says where it comes from (« métier » or « déclarée ») and
since when, and the rejected competencies of their job are listed apart with their date.

A declared item that the job's profile already retains adds nothing: it stays « métier », and
the report lists as « déclarées » only the others (:func:`declared_beyond_job`, one rule for
the command line, the window and the PDF).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
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
    impact: int | None = None  # generative-AI impact level 1–5, as in the job's profile

    def to_json(self) -> dict:
        """``level`` is the impact level 1–5 (the same figure as ``job-profile --json``: the
        user's level for the job, else the rules' estimate; null for an unrated item such as a
        diploma); ``mastery`` the mastery 1–4 the person declared (null for the job's own)."""
        return {"code": self.code, "label": self.label, "kind": KIND_LABELS.get(self.kind, self.kind),
                "core": self.core, "origin": self.origin, "since": self.since or None,
                "level": self.impact, "mastery": self.level}


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


def declared_beyond_job(own: Collection[str], declared: Iterable[str]) -> list[str]:
    """The declared item codes that add to the person's job: those its profile (``own``, the
    job's retained item codes) does not already hold, in the given order."""
    return [code for code in declared if code not in own]


def person_profile(engine: Any, record: Any) -> PersonProfile:
    """The profile of ``record`` (``domain.people.register.CompetencyRecord``) on ``engine``.

    Raises ``UnknownJobError`` when the person's job is not one of the 58 (edit the person).
    """
    job = engine.job_name(record.employee.job)
    row = engine.matrix.rows.get(job)
    own = dict(row.items) if row is not None else {}
    rejected_at = {c.item_code: c.rejected_at for c in record.rejected}
    impact = _impact_levels(engine, job)
    held = [ProfileEntry(c.code, c.label, c.kind, c.core, FROM_JOB, impact=impact(c.code))
            for c in sorted(own.values(), key=lambda c: (not c.core, c.kind, c.label))
            if c.code not in rejected_at]
    beyond = set(declared_beyond_job(set(own) - set(rejected_at),
                                     [d.item_code for d in record.declared]))
    for declared in record.declared:
        if declared.item_code not in beyond:
            continue
        item = engine.release.items.get(declared.item_code)
        held.append(ProfileEntry(declared.item_code, item.label if item else declared.label,
                                 item.kind if item else "savoir_faire", False, DECLARED,
                                 declared.declared_at, declared.level, impact(declared.item_code)))
    rejected = []
    for code, when in rejected_at.items():
        item = own.get(code) or engine.release.items.get(code)
        label = item.label if item else next(c.label for c in record.rejected if c.item_code == code)
        kind = item.kind if item else "savoir_faire"
        rejected.append(ProfileEntry(code, label, kind, bool(getattr(item, "core", False)),
                                     FROM_JOB if code in own else OTHER, when))
    return PersonProfile(record.employee.id, job, tuple(held), tuple(rejected))


def _impact_levels(engine: Any, job: str):
    """code → impact level 1–5: the job profile's level (the user's, else the estimate) for its
    items, the rules' estimate for any other rated item, None for an unrated one."""
    from domain.matching.competency_levels import estimate_level, is_rated

    profile = getattr(engine, "profiles", {}).get(job)
    levels = {item.code: item.level for item in profile.retained} if profile else {}

    def level(code: str) -> int | None:
        if code in levels:
            return levels[code]
        item = engine.release.items.get(code)
        return estimate_level(item).level if item is not None and is_rated(item) else None

    return level
