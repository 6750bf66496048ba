"""Traits of a job that change what a move towards it means: management, regulated access.

``data/job_traits.csv`` (reviewed by hand, one row per job and trait, with the reason):

* ``encadrement``: a management job. A bridge to it from a job without that trait is a
  promotion, not a redeployment, and HR must be able to tell the two apart (issue 9);
  the study's family 09 « Management » plus the three supervision jobs of families 01 and 03.
* ``réglementé``: access reserved by law to holders of a state diploma or protected title
  (médecin, infirmier, ergothérapeute, psychologue). Such a job is never a default bridge
  target: no training plan of a few months leads to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from domain.data_files import read_rows
from domain.errors import UnknownJobError

MANAGEMENT = "encadrement"
REGULATED = "réglementé"
TRAITS = (MANAGEMENT, REGULATED)
TRAITS_FILE = "job_traits.csv"


@dataclass(frozen=True)
class JobTraits:
    """The traits of every job that has one: job name → {trait: reason}."""

    by_job: Mapping[str, Mapping[str, str]]

    def has(self, job: str, trait: str) -> bool:
        return trait in self.by_job.get(job, {})

    def management(self, job: str) -> bool:
        return self.has(job, MANAGEMENT)

    def regulated(self, job: str) -> bool:
        return self.has(job, REGULATED)

    def reason(self, job: str, trait: str) -> str:
        return self.by_job.get(job, {}).get(trait, "")


@lru_cache(maxsize=2)
def load_job_traits(folder: Path | None = None) -> JobTraits:
    """The checked traits file; raises ``UserError`` naming the line for an unknown job or trait."""
    from domain.paths import DATA_FILES
    from domain.study.loading import load_study

    study = load_study()
    path = (folder or DATA_FILES) / TRAITS_FILE
    found: dict[str, dict[str, str]] = {}
    for row in read_rows(path, ("job", "trait", "reason")):
        try:
            job = study.find_job(row.require("job")).name
        except UnknownJobError:
            row.fail("job", f"métier inconnu « {row['job']} »")
        trait = row.require("trait")
        if trait not in TRAITS:
            row.fail("trait", f"« {trait} » n'est pas un trait connu ({', '.join(TRAITS)})")
        found.setdefault(job, {})[trait] = row.require("reason")
    return JobTraits(found)
