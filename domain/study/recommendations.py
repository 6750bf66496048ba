"""The study's recommendations (section 5), the core jobs' use cases (4.2) and findings (3.3).

Reports and the interview screen quote the study to justify what they propose to a person: a
bridge is « axe 4, recommandation 9 », a training step serves a named use case. Those quotes must
be the study's own words, so titles and labels live in ``data/*.csv`` (each row citing its
section and page) and are checked on load; explanations there are our paraphrases. A broken
file stops with the file, line and column to fix rather than printing a wrong reference.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NoReturn

from domain.data_files import DataRow
from domain.data_files import read_rows as read_data_rows
from domain.errors import Location, UnknownJobError, UserError
from domain.text import closest, fold

AXIS_COUNT = 5
PRIORITY_ACTION_COUNT = 6
PRIORITY_LABELS = {1: "haute", 2: "moyenne", 3: "basse"}
FINDING_GROUPS = ("plus_exposees", "moins_exposees", "top10")

AXES_COLUMNS = ("axis", "title", "objective", "source")
RECOMMENDATIONS_COLUMNS = ("axis", "number", "title", "explanation", "source")
PRIORITY_COLUMNS = ("number", "label", "summary", "axes", "source")
USE_CASE_COLUMNS = ("job", "scope", "priority", "label", "description", "source")
FINDING_COLUMNS = ("group", "rank", "theme", "label", "explanation", "examples", "source")
JOB_COLUMNS = ("job", "core")


class RecommendationDataError(UserError):
    """A recommendations/use-case file that is missing, malformed or breaks an invariant."""


@dataclass(frozen=True)
class Recommendation:
    """A numbered recommendation; ``title`` is the study's wording, ``explanation`` ours."""

    number: int
    axis: int
    title: str
    explanation: str
    source: str = ""

    @property
    def reference(self) -> str:
        return f"axe {self.axis}, recommandation {self.number}"


@dataclass(frozen=True)
class Axis:
    number: int
    title: str
    objective: str
    recommendations: tuple[Recommendation, ...]
    source: str = ""

    def recommendation(self, number: int) -> Recommendation:
        for rec in self.recommendations:
            if rec.number == number:
                return rec
        raise UserError(f"L'axe {self.number} n'a pas de recommandation n° {number}.")


@dataclass(frozen=True)
class PriorityAction:
    """One of the six actions the study puts first for 2025; ``label`` is quoted."""

    number: int
    label: str
    summary: str
    axes: tuple[int, ...]
    source: str = ""


@dataclass(frozen=True)
class UseCase:
    """A generative-AI use case of a core job, with the workshop priority (1 = first)."""

    job: str
    label: str
    priority: int
    description: str
    scope: str = ""  # "médical" for the medical-desk cases of « Chargé d'assistance »
    source: str = ""

    @property
    def priority_label(self) -> str:
        return PRIORITY_LABELS[self.priority]


@dataclass(frozen=True)
class ExposureFinding:
    """A section 3.3 finding: a kind of competency among the most or least exposed."""

    group: str  # plus_exposees, moins_exposees, top10
    rank: int
    theme: str
    label: str
    explanation: str
    examples: str = ""
    source: str = ""


# --- reading -------------------------------------------------------------------------------


def fail(row: DataRow, column: str, message: str) -> NoReturn:
    row.fail(column, message)


def read_rows(path: Path, columns: Sequence[str]) -> list[DataRow]:
    """Rows of a ``;``-separated UTF-8 file whose header holds ``columns``; blank lines skipped."""
    return read_data_rows(path, columns, RecommendationDataError)


def _folder(folder: Path | None) -> Path:
    from domain.paths import DATA_FILES

    return Path(folder) if folder else DATA_FILES


# --- axes and recommendations --------------------------------------------------------------


@lru_cache(maxsize=4)
def load_axes(folder: Path | None = None) -> tuple[Axis, ...]:
    """The five axes with their recommendations, numbered 1..n without gap inside each axis."""
    folder = _folder(folder)
    axis_rows = read_rows(folder / "axes.csv", AXES_COLUMNS)
    by_axis: dict[int, list[Recommendation]] = {}
    for row in read_rows(folder / "recommendations.csv", RECOMMENDATIONS_COLUMNS):
        axis = row.integer("axis", 1, AXIS_COUNT)
        recs = by_axis.setdefault(axis, [])
        number = row.integer("number", 1, 99)
        if number != len(recs) + 1:
            fail(row, "number", f"recommandation n° {len(recs) + 1} attendue pour l'axe {axis}, "
                                f"pas n° {number} (numérotation continue, dans l'ordre)")
        recs.append(Recommendation(number, axis, row.require("title"),
                                   row.require("explanation"), row.require("source")))
    axes: list[Axis] = []
    for row in axis_rows:
        number = row.integer("axis", 1, AXIS_COUNT)
        if number != len(axes) + 1:
            fail(row, "axis", f"axe n° {len(axes) + 1} attendu, pas n° {number}")
        if number not in by_axis:
            fail(row, "axis", f"l'axe {number} n'a aucune recommandation")
        axes.append(Axis(number, row.require("title"), row.require("objective"),
                         tuple(by_axis[number]), row.require("source")))
    if len(axes) != AXIS_COUNT:
        raise RecommendationDataError(
            f"{len(axes)} axes au lieu de {AXIS_COUNT}.", Location(str(folder / "axes.csv")))
    return tuple(axes)


def axis(number: int, folder: Path | None = None) -> Axis:
    for item in load_axes(folder):
        if item.number == number:
            return item
    raise UserError(f"Axe inconnu : {number} (de 1 à {AXIS_COUNT}).")


def recommendation(axis_number: int, number: int, folder: Path | None = None) -> Recommendation:
    return axis(axis_number, folder).recommendation(number)


@lru_cache(maxsize=4)
def load_priority_actions(folder: Path | None = None) -> tuple[PriorityAction, ...]:
    """The six actions to start in 2025, each tied to the axes it serves."""
    path = _folder(folder) / "priority_actions.csv"
    actions: list[PriorityAction] = []
    for row in read_rows(path, PRIORITY_COLUMNS):
        number = row.integer("number", 1, PRIORITY_ACTION_COUNT)
        if number != len(actions) + 1:
            fail(row, "number", f"action n° {len(actions) + 1} attendue, pas n° {number}")
        axes = _axis_list(row, "axes")
        actions.append(PriorityAction(number, row.require("label"), row.require("summary"),
                                      axes, row.require("source")))
    if len(actions) != PRIORITY_ACTION_COUNT:
        raise RecommendationDataError(
            f"{len(actions)} actions prioritaires au lieu de {PRIORITY_ACTION_COUNT}.",
            Location(str(path)))
    return tuple(actions)


def _axis_list(row: DataRow, column: str) -> tuple[int, ...]:
    """A ``1|5`` list of axis numbers."""
    parts = [p.strip() for p in row.require(column).split("|")]
    if not all(p.isdigit() and 1 <= int(p) <= AXIS_COUNT for p in parts):
        fail(row, column, f"« {row[column]} » : numéros d'axes de 1 à {AXIS_COUNT} séparés par « | »")
    return tuple(int(p) for p in parts)


# --- use cases -----------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _jobs(folder: Path) -> tuple[tuple[str, ...], dict[str, str]]:
    """Core job names and a folded name/alias → name index, from ``jobs.csv`` (the 58 jobs)."""
    rows = read_rows(folder / "jobs.csv", JOB_COLUMNS)
    index: dict[str, str] = {}
    for row in rows:
        name = row.require("job")
        for text in (name, *row["aliases"].split("|")):
            if text.strip():
                index.setdefault(fold(text), name)
    return tuple(row["job"] for row in rows if row["core"] == "1"), index


@lru_cache(maxsize=4)
def load_use_cases(folder: Path | None = None) -> tuple[UseCase, ...]:
    """Every core job's use cases in the study's order; each job must be a core job."""
    folder = _folder(folder)
    core, _ = _jobs(folder)
    cases: list[UseCase] = []
    seen: dict[tuple[str, str, str], int] = {}
    for row in read_rows(folder / "use_cases.csv", USE_CASE_COLUMNS):
        job = row.require("job")
        if job not in core:
            hint = closest(job, core, limit=1)
            extra = f" Vouliez-vous dire « {hint[0]} » ?" if hint else ""
            fail(row, "job", f"« {job} » n'est pas un des 10 métiers cœur de jobs.csv.{extra}")
        label = row.require("label")
        key = (job, row["scope"], use_case_key(label))
        if key in seen:
            fail(row, "label", f"cas d'usage « {label} » déjà présent ligne {seen[key]}")
        seen[key] = row.line
        cases.append(UseCase(job, label, row.integer("priority", 1, 3), row["description"],
                             row["scope"], row.require("source")))
    missing = [job for job in core if job not in {case.job for case in cases}]
    if missing:
        raise RecommendationDataError(
            "Métiers cœur sans cas d'usage : " + ", ".join(missing) + ".",
            Location(str(folder / "use_cases.csv")))
    return tuple(cases)


def use_case_key(label: str) -> str:
    """Matching key of a use-case label: the study spells « support/document » both ways."""
    return re.sub(r"\s*/\s*", "/", fold(label))


def use_cases(job_name: str, folder: Path | None = None) -> tuple[UseCase, ...]:
    """A job's use cases, priority 1 first; empty for the 48 jobs without a workshop sheet.

    Raises :class:`UnknownJobError` (with suggestions) when the name is none of the 58 jobs.
    """
    folder = _folder(folder)
    _, index = _jobs(folder)
    name = index.get(fold(job_name))
    if name is None:
        raise UnknownJobError(job_name, closest(job_name, sorted(set(index.values()))))
    found = [case for case in load_use_cases(folder) if case.job == name]
    return tuple(sorted(found, key=lambda case: case.priority))


# --- section 3.3 ---------------------------------------------------------------------------


@lru_cache(maxsize=4)
def exposure_findings(folder: Path | None = None) -> tuple[ExposureFinding, ...]:
    """Section 3.3: most exposed kinds, least exposed kinds, top 10 exposed competencies."""
    path = _folder(folder) / "exposure_findings.csv"
    findings: list[ExposureFinding] = []
    for row in read_rows(path, FINDING_COLUMNS):
        group = row.require("group")
        if group not in FINDING_GROUPS:
            fail(row, "group", f"« {group} » inconnu (valeurs possibles : {', '.join(FINDING_GROUPS)})")
        findings.append(ExposureFinding(group, row.integer("rank", 1, 10), row.require("theme"),
                                        row.require("label"), row.require("explanation"),
                                        row["examples"], row.require("source")))
    for group in FINDING_GROUPS:
        ranks = [f.rank for f in findings if f.group == group]
        if ranks != list(range(1, len(ranks) + 1)) or not ranks:
            raise RecommendationDataError(
                f"Groupe « {group} » : rangs {ranks} au lieu de 1, 2, 3…", Location(str(path)))
    return tuple(findings)
