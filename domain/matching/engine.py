"""The one service the GUI, the reports and the command line call for bridges, graph and plan.

Loading the study, the ROME release, the job mapping, the similarities and the impact levels
takes about a second; a bridge request must then answer in milliseconds. :meth:`Engine.load`
therefore builds everything once and keeps the result per ROME source (``--rome`` path, or the
store's current release: importing another one gives a new engine); :func:`clear_cache`
forgets them all.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from domain.errors import UserError
from domain.matching.bridges import (
    Bridge,
    BridgeSettings,
    JobFacts,
    explain_bridge,
    is_target,
    job_rome_links,
    rank_bridges,
)
from domain.matching.competencies import Competency, CompetencyMatrix, build_matrix
from domain.matching.coverage import Holding, competency_of, person_holding
from domain.matching.plan import (
    EXPOSURE_FIRST,
    Headcount,
    PlanResult,
    collective_plan,
    read_headcounts,
)

if TYPE_CHECKING:
    import networkx as nx

    from domain.rome.model import RomeRelease
    from domain.study import Study

DEFAULT_GRAPH_THRESHOLD = 0.90  # percentile: the closest tenth of the pairs of jobs
PROFILE_KEYS = {
    "Emergent": "emergent",
    "En forte transformation": "forte_transformation",
    "En évolution": "evolution",
    "Non impacté ou de manière négligeable": "non_impacte",
}

_cache: dict[Any, Engine] = {}
_lock = threading.Lock()


@dataclass
class Engine:
    study: Study
    release: RomeRelease
    codes: dict[str, list[str]]  # job name -> mapped ROME codes
    matrix: CompetencyMatrix
    similarity: dict[str, dict[str, float]]
    rome: dict[tuple[str, str], float]
    levels: dict[str, int | None] = field(default_factory=dict)  # item code -> estimated level 1–5
    overrides: dict[tuple[str, str], int] = field(default_factory=dict)  # (job, item) -> user's level
    profiles: dict[str, Any] = field(default_factory=dict)  # job -> job_profiles.JobProfile
    index: Any = None  # domain.matching.similarity.SimilarityIndex, when available
    _facts: dict[str, dict[str, JobFacts]] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, conn: sqlite3.Connection | None = None, rome: str | Path | None = None) -> Engine:
        """The engine for the current release, built on first use and then reused."""
        from domain.paths import database_path, rome_source

        source = rome_source(str(rome) if rome else None)
        if source:
            key: tuple = ("file", str(source.resolve()))
        else:  # a newly imported release gets a new engine, without the caller having to ask
            key = ("store", str(database_path()), _store_fingerprint(conn))
        with _lock:
            if key not in _cache:
                _cache[key] = cls.build(conn, str(source) if source else None)
                _settle_memory()
            return _cache[key]

    @classmethod
    def build(cls, conn: sqlite3.Connection | None = None, rome: str | None = None,
              release: RomeRelease | None = None, study: Study | None = None) -> Engine:
        """Build without the cache (tests pass their own release and study)."""
        from domain.rome.job_mapping import job_codes
        from domain.rome.repository import current_release
        from domain.study import load_study

        study = study or load_study()
        release = release or current_release(conn, rome)
        # The mapping followed into this release (issue 12), codes present in it only.
        codes = {job: list(entry) for job, entry in job_codes(release).items()}
        overrides = _overrides(conn)
        profiles = _job_profiles(conn, release, overrides)
        matrix = build_matrix(release, codes, _profile_flags(profiles))
        index = _similarity_index(release)
        similarity = job_similarity(matrix, codes, index)
        links = [(link.source, link.target) for link in release.mobility]
        engine = cls(study, release, codes, matrix, similarity, job_rome_links(codes, links), index=index)
        engine.levels = _estimated_levels(matrix.rows.values(), release)
        engine.overrides = overrides
        engine.profiles = profiles
        return engine

    # -- queries -------------------------------------------------------------------------------

    def job_name(self, name: str) -> str:
        """The study's name for ``name`` (raises UnknownJobError with suggestions)."""
        return self.study.find_job(name).name

    def facts(self, qualification: str = "experts") -> dict[str, JobFacts]:
        from domain.study import Qualification
        from domain.study.traits import load_job_traits

        key = Qualification.parse(qualification).value
        if key not in self._facts:
            traits = load_job_traits()
            found = {}
            for job, exposure in self.study.ranking(key):
                profile = exposure.profile.value
                found[job.name] = JobFacts(job.name, exposure.score, PROFILE_KEYS.get(profile, profile),
                                           profile, job.family, traits.management(job.name),
                                           traits.regulated(job.name))
            self._facts[key] = found
        return self._facts[key]

    def level_of(self, job: str, item: Competency) -> int | None:
        """The user's level for this item of this job, else the rules' estimate."""
        return self.overrides.get((job, item.code)) or self.levels.get(item.code)

    def reload_overrides(self, conn: sqlite3.Connection | None = None) -> None:
        """Take the user's latest level overrides into account (after an edit in the GUI)."""
        self.overrides = _overrides(conn)

    def reload_profiles(self, conn: sqlite3.Connection | None = None) -> None:
        """Take the user's latest profile changes into account (retain, drop, reset).

        Rebuilds the job × competency matrix from the retained items and the similarity between
        the 58 jobs, which depends on it (about 0.2 s).
        """
        self.overrides = _overrides(conn)
        self.profiles = _job_profiles(conn, self.release, self.overrides)
        self.matrix = build_matrix(self.release, self.codes, _profile_flags(self.profiles))
        self.similarity = job_similarity(self.matrix, self.codes, self.index)
        self.levels = _estimated_levels(self.matrix.rows.values(), self.release)

    def bridges(self, job: str, settings: BridgeSettings | None = None,
                holding: Holding | None = None) -> list[Bridge]:
        """Ranked bridges from ``job`` (any spelling of a study job name).

        ``holding`` is a person's profile (:meth:`person_holding`); default: the job's own.
        """
        settings = settings or BridgeSettings()
        name = self.job_name(job)
        facts = self.facts(settings.qualification)
        return rank_bridges(name, facts, self.matrix, self.similarity, self.rome, settings,
                            self.level_of, holding)

    def explain(self, job: str, target: str, settings: BridgeSettings | None = None,
                holding: Holding | None = None) -> Bridge:
        """The bridge from ``job`` to a wished ``target``, with the rules it breaks.

        Raises ``UserError`` when ``target`` is the same job, or has no ROME competencies.
        """
        settings = settings or BridgeSettings()
        source, wished = self.job_name(job), self.job_name(target)
        if source == wished:
            whose = "le métier de la personne" if holding is not None else "le métier d'origine"
            raise UserError(f"« {wished} » est déjà {whose} : choisissez un autre métier.")
        if wished not in self.matrix.rows or (source not in self.matrix.rows and holding is None):
            missing = wished if wished not in self.matrix.rows else source
            raise UserError(f"Les fiches ROME de « {missing} » sont absentes de la version "
                            f"{self.release.version} : la passerelle ne peut pas être calculée.")
        return explain_bridge(source, wished, self.facts(settings.qualification), self.matrix,
                              self.similarity, self.rome, settings, self.level_of, holding)

    def person_holding(self, job: str, declared: Iterable[str] = (),
                       rejected: Iterable[str] = ()) -> Holding:
        """A person's competencies: their job's, plus ``declared``, minus ``rejected`` codes.

        Codes unknown to the release in use (an older declaration) are ignored.
        """
        name = self.job_name(job)
        items = [competency_of(self.release.items[c]) for c in declared if c in self.release.items]
        return person_holding(self.matrix.rows.get(name), items, rejected)

    def bridges_for_person(self, record: Any, settings: BridgeSettings | None = None,
                           to: str | None = None) -> list[Bridge]:
        """Bridges ranked and explained from a person's own profile.

        ``record`` is a ``domain.people.register.CompetencyRecord`` (``employee.job``,
        ``declared_codes``, ``rejected_codes``); with ``to``, the one bridge to that wished job.
        """
        job = record.employee.job
        holding = self.person_holding(job, record.declared_codes, record.rejected_codes)
        if to:
            return [self.explain(job, to, settings, holding)]
        return self.bridges(job, settings, holding)

    def targets(self, settings: BridgeSettings | None = None) -> list[str]:
        settings = settings or BridgeSettings()
        return [n for n, f in self.facts(settings.qualification).items() if is_target(f, settings)]

    def graph(self, threshold: float = DEFAULT_GRAPH_THRESHOLD, headcounts: Mapping[str, int] | None = None) -> nx.Graph:
        """The 58 jobs, joined when their similarity reaches ``threshold``."""
        from domain.matching.graph import JobNode, job_graph
        from domain.study import Qualification

        nodes = []
        for job in self.study.jobs:
            exposures = {q.value: self.study.exposure(job, q) for q in Qualification}
            nodes.append(JobNode(
                job.name, job.family, job.core, {q: e.score for q, e in exposures.items()},
                {q: e.profile.value for q, e in exposures.items()}, (headcounts or {}).get(job.name),
            ))
        return job_graph(nodes, self.similarity, threshold, self.matrix, self.rome)

    def rome_graph(self, k: int = 10, threshold: float = 0.0) -> nx.Graph:
        """Every sheet of the release with its ``k`` nearest sheets (built on demand).

        ``threshold`` is on the raw sheet score of ``SimilarityIndex`` (not a percentile).
        """
        from domain.matching.graph import rome_graph

        return rome_graph(self.release, self._sheet_neighbours(), threshold, k)

    def plan(self, headcounts: Sequence[Headcount], settings: BridgeSettings | None = None,
             priority: str = EXPOSURE_FIRST) -> PlanResult:
        """Min-cost flow of people from exposed jobs to target jobs' free places.

        ``priority`` (``domain.matching.plan.PRIORITIES``): who gets scarce places first.
        """
        settings = replace(settings or BridgeSettings(), top=None)
        targets = set(self.targets(settings))
        supply = {h.job: h.headcount for h in headcounts if h.job not in targets and h.headcount > 0}
        capacity = {h.job: h.capacity for h in headcounts if h.job in targets and h.capacity > 0}
        ignored = [h.job for h in headcounts if h.capacity > 0 and h.job not in targets]
        bridges = {job: self.bridges(job, settings) for job in supply}
        facts = self.facts(settings.qualification)
        exposure = {job: facts[job].score for job in supply if facts[job].score is not None}
        result = collective_plan(supply, capacity, bridges, exposure=exposure, priority=priority)
        return replace(result, ignored_capacity=tuple(ignored))

    def plan_from_file(self, path: str | Path, settings: BridgeSettings | None = None,
                       priority: str = EXPOSURE_FIRST) -> PlanResult:
        return self.plan(read_headcounts(path, self.job_name), settings, priority)

    def _sheet_neighbours(self):
        if self.index is not None and hasattr(self.index, "top_k"):
            return self.index.top_k
        matrix = build_matrix(self.release, {code: [code] for code in self.release.sheets})

        def neighbours(code: str, k: int) -> list[tuple[str, float]]:
            values = [(other, matrix.cosine(code, other)) for other in matrix.rows if other != code]
            return sorted(values, key=lambda pair: -pair[1])[:k]

        return neighbours


def _store_fingerprint(conn: sqlite3.Connection | None) -> str:
    from domain.rome.repository import release_info
    from domain.store.connection import connect

    own = conn is None
    conn = conn or connect()
    try:
        info = release_info(conn)
    finally:
        if own:
            conn.close()
    return f"{info.fingerprint}@{info.imported_at}" if info else ""


def _settle_memory() -> None:
    """Keep the garbage collector from walking the loaded engine on every request.

    The engine holds millions of long-lived objects; without this, an occasional full
    collection adds 100 ms or more to a bridge request.
    """
    import gc

    gc.collect()
    gc.freeze()


def clear_cache() -> None:
    """Forget the loaded engines (after importing another release, and in tests)."""
    import gc

    with _lock:
        _cache.clear()
    gc.unfreeze()


def job_similarity(matrix: CompetencyMatrix, codes: Mapping[str, Sequence[str]], index: Any = None) -> dict[str, dict[str, float]]:
    """Similarity of every pair of study jobs, as a percentile rank among all pairs.

    Raw measures have awkward scales (two ROME sheets rarely share more than a few of their
    fine-grained items, so even close jobs have cosines around 0.1). Each measure — the cosine
    of the competency matrix and, when available, ``SimilarityIndex.jobs`` — is turned into the
    pair's percentile rank among the 1 653 pairs of study jobs; their mean is ranked again.
    0.9 then reads « closer than 90 % of the pairs of jobs of the branch ».
    """
    names = list(codes)
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1:]]
    measures = [[matrix.cosine(a, b) for a, b in pairs]]
    if index is not None and hasattr(index, "jobs"):
        measures.append([float(index.jobs(codes[a], codes[b])) for a, b in pairs])
    ranked = [percentile_ranks(values) for values in measures]
    combined = percentile_ranks([sum(column) / len(column) for column in zip(*ranked, strict=True)])
    table: dict[str, dict[str, float]] = {name: {} for name in names}
    for (a, b), value in zip(pairs, combined, strict=True):
        table[a][b] = table[b][a] = value
    return table


def percentile_ranks(values: Sequence[float]) -> list[float]:
    """Rank of each value among ``values`` scaled to [0, 1]; ties share their mean rank."""
    from domain.matching.competency_levels import ranks

    if len(values) < 2:
        return [1.0 for _ in values]
    return [(rank - 1) / (len(values) - 1) for rank in ranks(values)]


def _similarity_index(release: RomeRelease) -> Any:
    try:
        from domain.matching.similarity import SimilarityIndex
    except ImportError:
        return None
    return SimilarityIndex.build(release)


def _estimated_levels(rows: Iterable, release: RomeRelease) -> dict[str, int | None]:
    """Estimated impact level of every competency of the study jobs (None: diploma, unrated)."""
    try:
        from domain.matching import competency_levels as levels_module
    except ImportError:  # pragma: no cover - module shipped with the application
        return {}
    found: dict[str, int | None] = {}
    for code in {code for row in rows for code in row.items}:
        item = release.items[code]
        found[code] = levels_module.estimate_level(item).level if levels_module.is_rated(item) else None
    return found


def _overrides(conn: sqlite3.Connection | None) -> dict[tuple[str, str], int]:
    """The user's own levels {(job, item code): level}; none when the store cannot say."""
    try:
        from domain.matching.competency_levels import load_overrides
        from domain.store.connection import connect
    except ImportError:  # pragma: no cover
        return {}
    own = conn is None
    try:
        conn = conn or connect()
        return load_overrides(conn)
    except (sqlite3.Error, UserError):
        return {}
    finally:
        if own and conn is not None:
            conn.close()


def _job_profiles(conn: sqlite3.Connection | None, release: RomeRelease,
                  levels: Mapping[tuple[str, str], int]) -> dict[str, Any]:
    """Each job's retained profile with the user's changes (none when the store cannot say).

    A damaged ``data/job_profiles.csv`` raises its UserError: the user must fix the file.
    """
    from domain.matching.job_profiles import job_profiles
    from domain.matching.profile_edits import load_profile_overrides
    from domain.store.connection import connect

    own = conn is None
    changes: dict[tuple[str, str], bool] = {}
    try:
        conn = conn or connect()
        changes = load_profile_overrides(conn)
    except (sqlite3.Error, UserError):
        changes = {}
    finally:
        if own and conn is not None:
            conn.close()
    return job_profiles(release, changes, levels)


def _profile_flags(profiles: Mapping[str, Any]) -> dict[str, dict[str, bool]]:
    """{job: {item: core}} of the non-empty profiles; a job none of whose retained items is in
    the release (a release that does not match the profiles file) keeps its whole sheets."""
    return {job: profile.core_flags() for job, profile in profiles.items() if profile.retained}


def describe_settings(settings: BridgeSettings) -> str:
    """One French line saying which jobs count as targets, for the command line and reports."""
    from domain.study import Qualification
    from domain.text import decimal

    labels = {key: label for label, key in PROFILE_KEYS.items()}
    profiles = " ou ".join(f"« {labels.get(p, p)} »" for p in sorted(settings.target_profiles))
    score = decimal(settings.max_target_score)
    qualification = Qualification.parse(settings.qualification).label
    return f"Cibles : profil {profiles}, ou score ≤ {score} (qualification {qualification})."
