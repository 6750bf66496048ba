"""How the bridges changed with a new ROME release: the 58 jobs and the bridges people chose.

After an import (``domain.rome.importer.import_release``), the bridges are computed with the
release replaced (and the job mapping as followed into it) and with the new one, then compared:
for each job whose first bridges differ, which targets appeared or left and whether a bridge
became a two-step path; for each bridge chosen for a person, whether it is still proposed,
and how. Both engines are built once (about 1.3 s each on the real release); the comparison of
the 58 jobs then takes milliseconds. Plain records with French messages, for the command line,
its JSON and a dialog; each bridge after the import keeps its explanation.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace

from domain.matching.bridges import Bridge, BridgeSettings
from domain.matching.engine import Engine
from domain.rome.model import RomeRelease
from domain.rome.upgrade import RecordedBridge, UpgradeReport
from domain.text import decimal, plural


@dataclass(frozen=True)
class BridgeLine:
    """One proposed bridge, as compared: target, intermediate job ('' if direct), kind."""

    target: str
    via: str
    kind: str
    similarity: float
    rank: int
    explanation: str = ""

    def describe(self) -> str:
        step = f" par « {self.via} »" if self.via else ""
        return f"{self.rank}. {self.target}{step} ({self.kind}, similarité {decimal(self.similarity)})"

    def to_dict(self) -> dict[str, object]:
        return {"target": self.target, "via": self.via, "kind": self.kind,
                "similarity": round(self.similarity, 4), "rank": self.rank,
                "explanation": self.explanation}


@dataclass(frozen=True)
class JobBridgeChange:
    """A job whose first bridges differ after the import (``sheets_changed``: its own sheets)."""

    job: str
    sheets_changed: bool
    before: tuple[BridgeLine, ...]
    after: tuple[BridgeLine, ...]

    @property
    def appeared(self) -> list[str]:
        old = {b.target for b in self.before}
        return [b.target for b in self.after if b.target not in old]

    @property
    def left(self) -> list[str]:
        new = {b.target for b in self.after}
        return [b.target for b in self.before if b.target not in new]

    def message(self) -> str:
        parts = []
        if self.appeared:
            parts.append("nouvelles : " + " ; ".join(f"« {t} »" for t in self.appeared))
        if self.left:
            parts.append("plus proposées : " + " ; ".join(f"« {t} »" for t in self.left))
        if not parts:
            parts.append("mêmes cibles, ordre ou nature changés")
        return f"« {self.job} » : " + ", ".join(parts)

    def to_dict(self) -> dict[str, object]:
        return {"job": self.job, "sheets_changed": self.sheets_changed,
                "before": [b.to_dict() for b in self.before],
                "after": [b.to_dict() for b in self.after],
                "appeared": self.appeared, "left": self.left, "message": self.message()}


@dataclass(frozen=True)
class ChosenBridgeChange:
    """A bridge chosen for a person, before and after (None: no longer proposed)."""

    person: RecordedBridge
    before: BridgeLine | None
    after: BridgeLine | None

    def message(self) -> str:
        who = f"{self.person.employee_id} {self.person.name}".strip()
        route = f"« {self.person.job} » → « {self.person.target_job} »"
        if self.after is None:
            return f"{who} ({route}) : passerelle plus proposée avec cette version du ROME"
        if self.before is None:
            return f"{who} ({route}) : passerelle de nouveau proposée ({self.after.describe()})"
        return (f"{who} ({route}) : {self.before.describe()} devient "
                f"{self.after.describe()}")

    def to_dict(self) -> dict[str, object]:
        return {"employee_id": self.person.employee_id, "name": self.person.name,
                "job": self.person.job, "target_job": self.person.target_job,
                "before": self.before.to_dict() if self.before else None,
                "after": self.after.to_dict() if self.after else None,
                "message": self.message()}


@dataclass(frozen=True)
class RetainedChange:
    """A job whose retained competencies changed with the import, as (code, label) pairs:
    ``lost`` items the release no longer has (they stay recorded and count again if a release
    brings them back); ``retired`` items kept although none of the job's sheets lists them any
    more (they still exist in the ROME: the job still uses them, « fiche retirée »)."""

    job: str
    before: int
    after: int
    lost: tuple[tuple[str, str], ...]
    retired: tuple[tuple[str, str], ...]

    def message(self) -> str:
        parts = [f"« {self.job} » : {self.before} → "
                 + plural(self.after, "compétence retenue", "compétences retenues")]
        if self.lost:
            parts.append(("absente de cette version, ne compte plus : " if len(self.lost) == 1
                          else "absentes de cette version, ne comptent plus : ")
                         + ", ".join(f"{code} « {label} »" for code, label in self.lost))
        if self.retired:
            parts.append(("gardée bien qu'aucune de ses fiches ne la liste plus"
                          if len(self.retired) == 1 else
                          "gardées bien qu'aucune de ses fiches ne les liste plus")
                         + " (à relire dans la Fiche métier) : "
                         + ", ".join(f"{code} « {label} »" for code, label in self.retired))
        return " ; ".join(parts)

    def to_dict(self) -> dict[str, object]:
        return {"job": self.job, "before": self.before, "after": self.after,
                "lost": [{"code": c, "label": t} for c, t in self.lost],
                "retired": [{"code": c, "label": t} for c, t in self.retired],
                "message": self.message()}


@dataclass(frozen=True)
class BridgeReview:
    """Bridges that changed for the 58 jobs (sheets changed first) and for people's choices,
    and the jobs whose retained competencies changed with their sheets."""

    jobs: tuple[JobBridgeChange, ...]
    chosen: tuple[ChosenBridgeChange, ...]
    retained: tuple[RetainedChange, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"jobs": [j.to_dict() for j in self.jobs],
                "chosen": [c.to_dict() for c in self.chosen],
                "retained": [r.to_dict() for r in self.retained]}


def review_bridges(
    conn: sqlite3.Connection | None,
    previous: RomeRelease,
    upgrade: UpgradeReport,
    settings: BridgeSettings | None = None,
    current: Engine | None = None,
) -> BridgeReview:
    """Compare the bridges of ``previous`` (as it was imported) with the store's current ones.

    ``settings.top`` (5 by default) bounds the bridges compared per job; chosen bridges are
    looked up among all the bridges. ``current`` defaults to ``Engine.load(conn)``.
    """
    settings = settings or BridgeSettings()
    before_engine = Engine.build(conn, release=previous)
    after_engine = current or Engine.load(conn)
    moved = {j.job for j in upgrade.jobs}
    jobs = []
    for job in before_engine.codes:
        before = _lines(before_engine.bridges(job, settings))
        after = _lines(after_engine.bridges(job, settings))
        if _key(before) != _key(after):
            jobs.append(JobBridgeChange(job, job in moved, before, after))
    jobs.sort(key=lambda j: (not j.sheets_changed, j.job))
    return BridgeReview(tuple(jobs), tuple(_chosen(upgrade.bridges, before_engine, after_engine,
                                                   replace(settings, top=None))),
                        tuple(_retained(before_engine, after_engine)))


def _retained(before: Engine, after: Engine) -> list[RetainedChange]:
    from domain.matching.job_profiles import RETIRED_SHEET

    found = []
    for job, old in before.profiles.items():
        new = after.profiles.get(job)
        if new is None:
            continue
        old_items = {i.code: i for i in old.retained}
        new_items = {i.code: i for i in new.retained}
        lost = tuple((c, i.label) for c, i in old_items.items() if c not in new_items)
        retired = tuple((c, i.label) for c, i in new_items.items() if i.sheet == RETIRED_SHEET
                        and (c not in old_items or old_items[c].sheet != RETIRED_SHEET))
        if lost or retired:
            found.append(RetainedChange(job, len(old_items), len(new_items), lost, retired))
    return found


def _lines(bridges: Sequence[Bridge]) -> tuple[BridgeLine, ...]:
    return tuple(BridgeLine(b.target, b.via, b.kind, b.similarity, rank, b.explanation)
                 for rank, b in enumerate(bridges, start=1))


def _key(lines: Sequence[BridgeLine]) -> list[tuple[str, str, str]]:
    return [(b.target, b.via, b.kind) for b in lines]


def _chosen(recorded: Sequence[RecordedBridge], before: Engine, after: Engine,
            settings: BridgeSettings) -> list[ChosenBridgeChange]:
    found = []
    cache: dict[tuple[int, str], tuple[BridgeLine, ...]] = {}
    for person in recorded:
        if person.job not in before.codes:
            continue
        lines = []
        for engine in (before, after):
            key = (id(engine), person.job)
            if key not in cache:
                cache[key] = _lines(engine.bridges(person.job, settings))
            lines.append(next((b for b in cache[key] if b.target == person.target_job), None))
        old, new = lines
        same = (old is None and new is None) or (
            old is not None and new is not None and (old.via, old.kind) == (new.via, new.kind))
        if not same:
            found.append(ChosenBridgeChange(person, old, new))
    return found
