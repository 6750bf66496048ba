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

from domain.errors import UnknownJobError, UserError
from domain.text import closest, fold, gender_key, title_key, title_variants

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
        self._gender_keys = _unique_index(self.jobs, gender_key)
        self._bare_keys = _unique_index(self.jobs, title_key)
        self._flags: dict[tuple[str, Qualification], str] = {}

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
        """The job called ``name``, ignoring case, accents, apostrophes and punctuation.

        Then, as people type job names (the rules of ``domain.text.gender_key`` and
        ``title_key``, shared with roster imports): the feminine or inclusive form (« Formatrice
        d'assistance », « Chargé(e) d'assistance ») and the name without its articles
        (« Gestionnaire dossiers assistance »), where only one job has that key. Raises
        UnknownJobError (French, up to three suggestions) otherwise.
        """
        if isinstance(name, Job):
            return name
        for key in (fold(name), _compact(name)):
            if key in self._keys:
                return self._by_id[self._keys[key]]
        for index, key_of in ((self._gender_keys, gender_key), (self._bare_keys, title_key)):
            for variant in title_variants(name):
                found = index.get(key_of(variant))
                if found:
                    return self._by_id[found]
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
        """Why each contradictory row is flagged, keyed by (job id, qualification).

        Computed by ``domain.study.exposure.flag_reasons`` when the study is loaded
        (``domain.study.loading.load_study``); empty for a study built without it.
        """
        return dict(self._flags)

    def attach_flags(self, flags: dict[tuple[str, Qualification], str]) -> None:
        """Record the contradiction reasons computed from this study's own figures."""
        self._flags = dict(flags)


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


def _unique_index(jobs: tuple[Job, ...], key_of) -> dict[str, str]:
    """key → job id for the names and aliases whose key only one job has ('' when shared)."""
    index: dict[str, str] = {}
    for job in jobs:
        for text in (job.name, *job.aliases):
            key = key_of(text)
            if key:
                index[key] = job.id if index.get(key, job.id) == job.id else ""
    return index
