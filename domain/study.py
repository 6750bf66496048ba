"""The study's published facts: 58 jobs, three exposure qualifications, profiles, impact scale.

Source: *Impacts de l'IA générative pour les métiers de l'assistance* (Observatoire des métiers
de l'assistance, 2024-2025). The figures live in ``data/*.csv`` rather than in code so that a
reader can check each one against the study (``data/SOURCES.md`` says where each comes from).
Every file is checked on load: a wrong figure would silently skew every ranking and bridge
built on it, so a broken file stops the program with the file and line to fix instead.

The study contradicts itself in a few places; the data keeps what the consolidated tables print
and notes the contradiction (column ``discrepancy``) so the application can show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from domain.errors import UnknownJobError, UserError
from domain.study_files import (
    JOBS_COLUMNS,
    LEVELS_COLUMNS,
    PROFILES_COLUMNS,
    QUALIFICATIONS_COLUMNS,
    SCALE_COLUMNS,
    Row,
    fail,
    parse_choice,
    parse_int,
    parse_score,
    read_table,
)
from domain.text import closest, fold, slug

JOB_COUNT = 58
FAMILY_COUNT = 13
CORE_COUNT = 10
LEVEL_COUNT = 5


class Qualification(StrEnum):
    """The three published exposure qualifications of the 58 jobs."""

    INITIAL = "initial"
    REVISED = "revised"
    EXPERTS = "experts"

    @property
    def label(self) -> str:
        return _QUALIFICATION_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Qualification:
        """Accepts the code (``revised``) or the French label (``PwC revu``), any case."""
        key = fold(text)
        for member in cls:
            if key in (member.value, fold(member.label)):
                return member
        choices = ", ".join(f"{m.value} ({m.label})" for m in cls)
        raise UserError(f"Qualification inconnue : « {text} ». Valeurs possibles : {choices}.")


_QUALIFICATION_LABELS = {
    Qualification.INITIAL: "PwC initial",
    Qualification.REVISED: "PwC revu",
    Qualification.EXPERTS: "Experts métier",
}


class Profile(StrEnum):
    """The four impact profiles; values are the study's own labels."""

    EMERGENT = "Emergent"
    STRONG_TRANSFORMATION = "En forte transformation"
    EVOLVING = "En évolution"
    NEGLIGIBLE = "Non impacté ou de manière négligeable"

    @property
    def label(self) -> str:
        return self.value


@dataclass(frozen=True)
class Job:
    """One of the 58 jobs of the branch's job reference (référentiel des métiers)."""

    id: str
    name: str
    family_code: str
    family: str
    core: bool
    aliases: tuple[str, ...] = ()

    @property
    def family_label(self) -> str:
        return f"{self.family_code} – {self.family}"


@dataclass(frozen=True)
class Exposure:
    """A job's published position in one qualification, with a mark if the study contradicts it."""

    score: float
    rank: int
    profile: Profile
    flagged: bool = False
    flag_reason: str = ""


@dataclass(frozen=True)
class PublishedRow:
    """One row of a consolidated exposure table, as printed."""

    qualification: Qualification
    job_id: str
    rank: int
    score: float
    profile: Profile
    printed_name: str
    discrepancy: str
    source: str


@dataclass(frozen=True)
class LevelCounts:
    """How many competencies of a core job the study puts at each impact level (section 4.2)."""

    job_id: str
    qualification: Qualification
    competencies: int
    counts: tuple[int, int, int, int, int]
    sheet_score: float
    sheet_profile: Profile
    discrepancy: str
    source: str


@dataclass(frozen=True)
class ProfileInfo:
    profile: Profile
    code: str
    definition: str
    rule: str
    source: str


@dataclass(frozen=True)
class ImpactLevel:
    level: int
    label: str
    definition: str
    source: str


class Study:
    """The checked study, with name matching and per-qualification lookups."""

    def __init__(self, jobs, published, levels, profiles, scale) -> None:
        self.jobs: tuple[Job, ...] = tuple(jobs)
        self.profiles: tuple[ProfileInfo, ...] = tuple(profiles)
        self.scale: tuple[ImpactLevel, ...] = tuple(scale)
        self._by_id = {job.id: job for job in self.jobs}
        self._published: dict[tuple[str, Qualification], PublishedRow] = {
            (row.job_id, row.qualification): row for row in published
        }
        self._levels: dict[tuple[str, Qualification], LevelCounts] = {
            (row.job_id, row.qualification): row for row in levels
        }
        self._keys = _name_index(self.jobs)
        self._flags: dict[tuple[str, Qualification], str] | None = None

    @property
    def core_jobs(self) -> tuple[Job, ...]:
        return tuple(job for job in self.jobs if job.core)

    @property
    def families(self) -> tuple[tuple[str, str], ...]:
        return tuple(dict.fromkeys((job.family_code, job.family) for job in self.jobs))

    @property
    def emergent_jobs(self) -> frozenset[str]:
        """Ids of jobs the study calls Emergent in every qualification (a trait, not a score)."""
        return frozenset(
            job.id for job in self.jobs
            if all(self.published(job, q).profile is Profile.EMERGENT for q in Qualification)
        )

    def find_job(self, name: str | Job) -> Job:
        """The job called ``name``, ignoring case, accents, apostrophes and punctuation."""
        if isinstance(name, Job):
            return name
        for key in (fold(name), _compact(name)):
            if key in self._keys:
                return self._by_id[self._keys[key]]
        candidates = [job.name for job in self.jobs] + [a for job in self.jobs for a in job.aliases]
        suggestions = [self.find_job(found).name for found in closest(name, candidates, limit=5)]
        raise UnknownJobError(name, list(dict.fromkeys(suggestions))[:3])

    def published(self, job: str | Job, qualification: Qualification | str) -> PublishedRow:
        row = self.find_job(job)
        return self._published[(row.id, Qualification.parse(qualification))]

    def level_counts(self, job: str | Job, qualification: Qualification | str) -> LevelCounts | None:
        """The section 4.2 level counts; ``None`` for the 48 jobs without a job sheet."""
        return self._levels.get((self.find_job(job).id, Qualification.parse(qualification)))

    def exposure(self, job: str | Job, qualification: Qualification | str) -> Exposure:
        """The published score, rank and profile; flagged where the study contradicts itself."""
        row = self.published(job, qualification)
        reason = self.flag_reasons().get((row.job_id, row.qualification), "")
        return Exposure(row.score, row.rank, row.profile, bool(reason), reason)

    def ranking(self, qualification: Qualification | str) -> list[tuple[Job, Exposure]]:
        """All 58 jobs with their exposure, most exposed first (published rank order)."""
        qualification = Qualification.parse(qualification)
        pairs = [(job, self.exposure(job, qualification)) for job in self.jobs]
        return sorted(pairs, key=lambda pair: pair[1].rank)

    def flag_reasons(self) -> dict[tuple[str, Qualification], str]:
        """Why each contradictory row is flagged; computed once by ``domain.exposure``."""
        if self._flags is None:
            from domain.exposure import flag_reasons

            self._flags = flag_reasons(self)
        return self._flags


def _compact(text: str) -> str:
    """A looser key: letters and digits only, so "Planificateur Prévisionniste" still matches."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _name_index(jobs: tuple[Job, ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for job in jobs:
        for text in (job.name, job.id, *job.aliases):
            index.setdefault(fold(text), job.id)
            index.setdefault(_compact(text), job.id)
    return index


@lru_cache(maxsize=4)
def load_study(folder: Path | None = None) -> Study:
    """The study read from ``data/`` (or ``folder``), checked, and cached for the session."""
    from domain.paths import DATA_FILES

    folder = Path(folder) if folder else DATA_FILES
    jobs = _read_jobs(folder / "jobs.csv")
    profiles = _read_profiles(folder / "profiles.csv")
    scale = _read_scale(folder / "impact_scale.csv")
    published = _read_qualifications(folder / "qualifications.csv", jobs)
    levels = _read_levels(folder / "core_job_levels.csv", jobs)
    return Study(jobs, published, levels, profiles, scale)


def _read_jobs(path: Path) -> list[Job]:
    rows = read_table(path, JOBS_COLUMNS)
    jobs: list[Job] = []
    seen: dict[str, Row] = {}
    family_names: dict[str, str] = {}
    for row in rows:
        name = row.require("job")
        code = row.require("family_code")
        if not (len(code) == 2 and code.isdigit()):
            fail(row, "family_code", f"code de famille « {code} » invalide (deux chiffres attendus)")
        family = row.require("family")
        if family_names.setdefault(code, family) != family:
            fail(row, "family", f"la famille {code} porte déjà le nom « {family_names[code]} »")
        core = parse_choice(row, "core", {"0": False, "1": True})
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        for text in (name, *aliases):
            if fold(text) in seen:
                fail(row, "job", f"« {text} » apparaît déjà à la ligne {seen[fold(text)].line}")
            seen[fold(text)] = row
        jobs.append(Job(slug(name), name, code, family, core, aliases))
    _expect(path, len(jobs), JOB_COUNT, "métiers")
    _expect(path, len(family_names), FAMILY_COUNT, "familles")
    _expect(path, sum(job.core for job in jobs), CORE_COUNT, "métiers cœur")
    return jobs


def _read_profiles(path: Path) -> list[ProfileInfo]:
    found = []
    for row in read_table(path, PROFILES_COLUMNS):
        profile = parse_choice(row, "profile", {p.value: p for p in Profile})
        found.append(ProfileInfo(profile, row.require("code"), row.require("definition"),
                                 row.require("rule"), row.require("source")))
    if sorted(p.profile.value for p in found) != sorted(p.value for p in Profile):
        raise UserError(f"Le fichier « {path} » doit décrire chacun des 4 profils d'impact une fois.")
    return found


def _read_scale(path: Path) -> list[ImpactLevel]:
    levels = [
        ImpactLevel(parse_int(row, "level", 1, LEVEL_COUNT), row.require("label"),
                    row.require("definition"), row.require("source"))
        for row in read_table(path, SCALE_COLUMNS)
    ]
    if [level.level for level in levels] != list(range(1, LEVEL_COUNT + 1)):
        raise UserError(f"Le fichier « {path} » doit donner les niveaux 1 à 5 dans l'ordre.")
    return levels


def _job_by_name(row: Row, jobs: list[Job]) -> Job:
    name = row.require("job")
    for job in jobs:
        if job.name == name:
            return job
    fail(row, "job", f"métier « {name} » absent de jobs.csv")
    raise AssertionError  # unreachable: fail() raises


def _read_qualifications(path: Path, jobs: list[Job]) -> list[PublishedRow]:
    rows: list[PublishedRow] = []
    for row in read_table(path, QUALIFICATIONS_COLUMNS):
        job = _job_by_name(row, jobs)
        printed = row.require("printed_name")
        if not any(fold(n).startswith(fold(printed)) for n in (job.name, *job.aliases)):
            fail(row, "printed_name", f"« {printed} » ne désigne pas « {job.name} »")
        rows.append(PublishedRow(
            parse_choice(row, "qualification", {q.value: q for q in Qualification}),
            job.id, parse_int(row, "rank", 1, JOB_COUNT), parse_score(row, "score"),
            parse_choice(row, "profile", {p.value: p for p in Profile}),
            printed, row["discrepancy"], row.require("source"),
        ))
        _check_order(path, rows, row)
    for qualification in Qualification:
        these = [r for r in rows if r.qualification is qualification]
        if sorted(r.rank for r in these) != list(range(1, JOB_COUNT + 1)) or \
                {r.job_id for r in these} != {job.id for job in jobs}:
            raise UserError(f"Le fichier « {path} » doit classer chacun des {JOB_COUNT} métiers "
                            f"une fois, rangs 1 à {JOB_COUNT}, pour la qualification « {qualification.value} ».")
    return rows


def _check_order(path: Path, rows: list[PublishedRow], row: Row) -> None:
    """Tables are printed by decreasing score: a rise means a typo in the score or the rank."""
    if len(rows) < 2 or rows[-2].qualification is not rows[-1].qualification:
        return
    before, current = rows[-2], rows[-1]
    if current.rank != before.rank + 1 or current.score > before.score:
        fail(row, "rank", "les lignes d'une qualification doivent suivre les rangs, "
                          "à score décroissant")


def _read_levels(path: Path, jobs: list[Job]) -> list[LevelCounts]:
    found: list[LevelCounts] = []
    for row in read_table(path, LEVELS_COLUMNS):
        job = _job_by_name(row, jobs)
        if not job.core:
            fail(row, "job", f"« {job.name} » n'est pas un métier cœur")
        competencies = parse_int(row, "competencies", 1, 1000)
        counts = tuple(parse_int(row, f"n{i}", 0, 1000) for i in range(1, LEVEL_COUNT + 1))
        if sum(counts) != competencies and not row["discrepancy"]:
            fail(row, "n1", f"les effectifs par niveau totalisent {sum(counts)} au lieu de "
                            f"{competencies} (écart non documenté en colonne « discrepancy »)")
        found.append(LevelCounts(
            job.id, parse_choice(row, "qualification", {q.value: q for q in Qualification}),
            competencies, counts, parse_score(row, "sheet_score"),  # type: ignore[arg-type]
            parse_choice(row, "sheet_profile", {p.value: p for p in Profile}),
            row["discrepancy"], row.require("source"),
        ))
    keys = {(r.job_id, r.qualification) for r in found}
    expected = {(job.id, q) for job in jobs if job.core for q in Qualification}
    if keys != expected or len(found) != len(expected):
        raise UserError(f"Le fichier « {path} » doit donner une ligne par métier cœur et par "
                        f"qualification ({len(expected)} lignes).")
    return found


def _expect(path: Path, found: int, expected: int, what: str) -> None:
    if found != expected:
        raise UserError(f"Le fichier « {path} » décrit {found} {what} au lieu de {expected}.")
