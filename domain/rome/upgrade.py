"""What importing a new ROME release changes for the 58 jobs and for what users recorded.

:func:`review_upgrade` runs during the import, before anything is written: it compares the
release with the one imported before (``domain.rome.changes``), follows every row of
``data/job_rome.csv`` into it through its appellation (``job_mapping.follow_mapping``), and
checks what users recorded against the jobs' new competencies:

- items recorded per (job, ROME item): the sources of :data:`ITEM_SOURCES` (the corrected
  impact levels, the competencies retained in or dropped from a job's profile; add a line for
  any other table of (job, item code)). An item still
  on the job's sheets is kept; one that is not is reported (and its row kept in the store: it
  applies again if a later release brings the item back);
- the bridges people chose (``chosen_bridge``): all of them are carried (for
  ``domain.matching.release_bridges``, which compares them before and after), and the ones
  whose job, target or intermediate job now has other sheets are listed to review.

Everything comes back as plain frozen records (:class:`UpgradeReport`) with French messages,
for the command line, its JSON and a dialog. Other packages' tables are read through plain SQL
(this package sits below ``people`` and ``matching``); a missing table is simply skipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from domain.rome.changes import ReleaseChanges, compare_releases
from domain.rome.job_mapping import (
    UNCHANGED,
    FollowedCode,
    follow_mapping,
    followed_codes,
    job_codes,
    load_job_rome_map,
)
from domain.rome.model import RomeRelease


@dataclass(frozen=True)
class ItemSource:
    """A table of (job, ROME item code) pairs a user recorded, checked at each import.

    ``label`` names one row in French (« niveau d'impact corrigé »), ``title`` all of them
    (« Niveaux d'impact corrigés »); ``sql`` selects ``job, item_code`` from ``table``, in the
    order to report them.
    """

    label: str
    title: str
    table: str
    sql: str

    def rows(self, conn: sqlite3.Connection) -> list[tuple[str, str]]:
        if not _has_table(conn, self.table):
            return []
        return [(str(r[0]), str(r[1])) for r in conn.execute(self.sql)]


# One line per table of (job, item code) pairs that users record: the corrected impact levels,
# and the competencies the user retained in or dropped from a job's profile (migration 4).
ITEM_SOURCES: tuple[ItemSource, ...] = (
    ItemSource("niveau d'impact corrigé", "Niveaux d'impact corrigés", "competency_override",
               "SELECT job, item_code FROM competency_override ORDER BY job, item_code"),
    ItemSource("compétence retenue", "Compétences retenues dans les profils",
               "job_profile_override", "SELECT job, item_code FROM job_profile_override "
               "WHERE retained = 1 ORDER BY job, item_code"),
    ItemSource("compétence écartée", "Compétences écartées des profils",
               "job_profile_override", "SELECT job, item_code FROM job_profile_override "
               "WHERE retained = 0 ORDER BY job, item_code"),
)


@dataclass(frozen=True)
class JobChange:
    """A job whose ROME sheets differ from the previous release, with the rows that moved."""

    job: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    rows: tuple[FollowedCode, ...]

    def message(self) -> str:
        before = ", ".join(self.before) or "aucune fiche"
        after = ", ".join(self.after) or "aucune fiche : à rattacher de nouveau"
        return f"« {self.job} » : {before} → {after}"

    def to_dict(self) -> dict[str, object]:
        return {"job": self.job, "before": list(self.before), "after": list(self.after),
                "rows": [r.to_dict() for r in self.rows], "message": self.message()}


@dataclass(frozen=True)
class ItemCheck:
    """One recorded (job, item) pair: ``kept`` when the item is still on the job's sheets."""

    source: str
    job: str
    item_code: str
    label: str
    kept: bool
    reason: str
    source_title: str = ""

    def message(self) -> str:
        return f"{self.source} — « {self.job} », {self.item_code} « {self.label} » : {self.reason}"

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "message": self.message()}


@dataclass(frozen=True)
class RecordedBridge:
    """A bridge chosen for a person; ``changed_jobs``: its jobs that now have other sheets."""

    employee_id: str
    name: str
    job: str
    target_job: str
    via_job: str
    status: str
    changed_jobs: tuple[str, ...]

    def message(self) -> str:
        path = " → ".join(j for j in (self.job, self.via_job, self.target_job) if j)
        jobs = ", ".join(f"« {j} »" for j in self.changed_jobs)
        return (f"{self.employee_id} {self.name} ({path}) : {jobs} change(nt) de fiches ROME, "
                "passerelle à revoir")

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "changed_jobs": list(self.changed_jobs),
                "message": self.message()}


@dataclass(frozen=True)
class UpgradeReport:
    """What the import of ``version`` changed (``previous_version`` None: first import)."""

    version: str
    previous_version: str | None
    changes: ReleaseChanges | None
    followed: tuple[FollowedCode, ...]
    jobs: tuple[JobChange, ...]
    items: tuple[ItemCheck, ...]
    bridges: tuple[RecordedBridge, ...]

    @property
    def lost(self) -> list[FollowedCode]:
        return [f for f in self.followed if not f.code_rome]

    @property
    def items_reported(self) -> list[ItemCheck]:
        return [i for i in self.items if not i.kept]

    @property
    def bridges_to_review(self) -> list[RecordedBridge]:
        return [b for b in self.bridges if b.changed_jobs]

    def to_dict(self) -> dict[str, object]:
        return {
            "version": self.version, "previous_version": self.previous_version,
            "changes": self.changes.to_dict() if self.changes else None,
            "jobs": [j.to_dict() for j in self.jobs],
            "mapping": [f.to_dict() for f in self.followed if f.status != UNCHANGED],
            "items": {"kept": sum(1 for i in self.items if i.kept),
                      "reported": [i.to_dict() for i in self.items_reported]},
            "bridges": {"recorded": len(self.bridges),
                        "to_review": [b.to_dict() for b in self.bridges_to_review]},
        }


def review_upgrade(
    conn: sqlite3.Connection,
    previous: RomeRelease | None,
    release: RomeRelease,
    sources: Sequence[ItemSource] = ITEM_SOURCES,
) -> UpgradeReport:
    """Compare, follow and check; sets ``release.followed`` to the rows followed (no write).

    Reads only: the caller stores ``release.followed`` with the release, in its transaction.
    """
    changes = compare_releases(previous, release) if previous is not None else None
    before_state = {f.key: f.code_rome for f in followed_codes(previous)} if previous else None
    followed = follow_mapping(release, previous=before_state,
                              successors=changes.successors if changes else None)
    release.followed = {f.key: (f.previous, f.code_rome, f.status, f.reason) for f in followed}
    release.derived.clear()
    before = job_codes(previous) if previous is not None else None
    after = job_codes(release)
    jobs = tuple(_job_changes(followed, before, after))
    changed = {j.job for j in jobs}
    return UpgradeReport(
        release.version, previous.version if previous else None, changes, tuple(followed),
        jobs, tuple(_check_items(conn, sources, previous, release)),
        tuple(_recorded_bridges(conn, changed)),
    )


def _job_changes(followed: list[FollowedCode], before: dict[str, list[str]] | None,
                 after: dict[str, list[str]]) -> list[JobChange]:
    result = []
    for job in load_job_rome_map():
        rows = tuple(f for f in followed if f.job == job and f.changed)
        old = tuple(before[job]) if before is not None else tuple(f.previous for f in followed
                                                                   if f.job == job)
        new = tuple(after[job])
        if rows or old != new:
            result.append(JobChange(job, old, new, rows))
    return result


def _check_items(conn: sqlite3.Connection, sources: Sequence[ItemSource],
                 previous: RomeRelease | None, release: RomeRelease) -> list[ItemCheck]:
    codes = job_codes(release)
    on_sheets: dict[str, set[str]] = {}
    checks = []
    for source in sources:
        for job, item in source.rows(conn):
            if job not in codes:
                checks.append(ItemCheck(source.label, job, item, "", False,
                                        "métier inconnu de l'étude, ignoré", source.title))
                continue
            if job not in on_sheets:
                on_sheets[job] = {link.item_code for code in codes[job]
                                  for link in release.sheet_items.get(code, [])}
            known = release.items.get(item) or (previous.items.get(item) if previous else None)
            label = known.label if known else ""
            if item in on_sheets[job]:
                checks.append(ItemCheck(source.label, job, item, label, True, "conservé",
                                        source.title))
            elif item not in release.items:
                checks.append(ItemCheck(source.label, job, item, label, False,
                                        f"l'élément n'existe plus dans la version "
                                        f"{release.version} ; gardé, sans effet tant qu'une "
                                        "version ne le rétablit pas",
                                        source.title))
            else:
                checks.append(ItemCheck(source.label, job, item, label, False,
                                        "l'élément n'est plus sur les fiches du métier ("
                                        + (", ".join(codes[job]) or "aucune") +
                                        ") mais existe toujours dans le ROME ; gardé, il "
                                        "compte tant que le métier le retient (à relire)",
                                        source.title))
    return checks


def _recorded_bridges(conn: sqlite3.Connection, changed: set[str]) -> list[RecordedBridge]:
    if not (_has_table(conn, "chosen_bridge") and _has_table(conn, "employee")):
        return []
    found = []
    for row in conn.execute(
        "SELECT e.id, e.first_name, e.last_name, e.job, b.target_job, b.via_job, b.status"
        " FROM chosen_bridge b JOIN employee e ON e.id = b.employee_id"
        " WHERE b.status != 'dropped' ORDER BY e.id, b.id"
    ):
        jobs = tuple(j for j in dict.fromkeys((row[3], row[5], row[4])) if j and j in changed)
        name = f"{row[1]} {row[2]}".strip()
        found.append(RecordedBridge(row[0], name, row[3], row[4], row[5], row[6], jobs))
    return found


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone() is not None
