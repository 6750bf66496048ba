"""Every ROME item of the 58 jobs with its estimated impact level, computed once per release.

The requalification workshop (the job sheet) changes one level at a time and must show the new
score and profile at once. Running the estimation rules over the ~5,000 (job, item) pairs
takes seconds, so the book is built once (on a worker, with progress and cancel) and a level
change then only recounts levels, with the same rule as
:func:`domain.matching.competency_levels.recomputed_scores`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from domain.matching.competency_levels import (
    LevelEstimate,
    estimate_level,
    job_items,
    level_counts,
    raw_exposure,
    relative_scores,
)
from domain.rome.job_mapping import load_job_rome_map
from domain.rome.model import RomeItem, RomeRelease

Overrides = Mapping[tuple[str, str], int]


@dataclass(frozen=True)
class CompetencyRow:
    """One ROME item of a job: its estimated impact level, why, and the level in use."""

    code: str
    label: str
    kind: str
    estimate: int
    reason: str
    level: int  # the level in use: the user's when set, else the estimate

    @property
    def changed(self) -> bool:
        return self.level != self.estimate


class LevelBook:
    """Items and level estimates of every job, ready to be re-scored with any overrides."""

    def __init__(self, items_by_job: dict[str, list[tuple[RomeItem, LevelEstimate]]]) -> None:
        self.items_by_job = items_by_job

    @classmethod
    def build(cls, release: RomeRelease, progress: Callable[[float, str], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> LevelBook:
        estimates: dict[str, LevelEstimate] = {}
        items_by_job: dict[str, list[tuple[RomeItem, LevelEstimate]]] = {}
        jobs = list(load_job_rome_map())
        for done, job in enumerate(jobs):
            if cancelled and cancelled():
                break
            entries = []
            for item in job_items(job, release):
                if item.code not in estimates:
                    estimates[item.code] = estimate_level(item)
                entries.append((item, estimates[item.code]))
            items_by_job[job] = entries
            if progress:
                progress((done + 1) / len(jobs), "")
        return cls(items_by_job)

    def rows(self, job: str, overrides: Overrides) -> list[CompetencyRow]:
        return [
            CompetencyRow(item.code, item.label, item.kind, estimate.level, estimate.reason,
                          overrides.get((job, item.code), estimate.level))
            for item, estimate in self.items_by_job.get(job, [])
        ]

    def scores(self, overrides: Overrides) -> dict[str, float]:
        """Each job's score (0–1) from the levels in use, relative to the most exposed job."""
        return relative_scores({
            job: raw_exposure(level_counts([r.level for r in self.rows(job, overrides)]))
            for job in self.items_by_job
        })
