"""Ranked, explained bridges (« passerelles ») from a job or a person towards safer jobs.

Pure functions over plain inputs: the engine (``domain.matching.engine``) gathers the study, the
ROME release, the job profiles and the similarities once, then calls :func:`rank_bridges` per
request, or :func:`explain_bridge` for one wished target.

**Coverage is the headline** (``domain.matching.coverage``): the weighted share of the target's
core competencies the person already holds (a near-match through the same macro-competency
counts half). The kind follows it alone: « mobilité proche » exactly when coverage reaches
``close_coverage`` (50 %: the person already practises at least half of what makes the target
job, so the move is an adaptation rather than learning a new job), else « mobilité
d'évolution ».

**Similarity** shown is always the similarity of the two jobs (percentile rank among the pairs
of the branch's jobs, ``engine.job_similarity``), for a direct bridge and for a two-step path
alike; each hop of a path is listed with its own similarity. A target at least as similar as
**Coverage floor**: whatever its route (direct, two-step or wider), a target is not proposed by
default when the person holds less than ``min_coverage`` (10 %) of its key competencies, or holds
none of them exactly (a headline made only of half-credit near-matches); each hop of a two-step
path must reach the same floor. Only to give a highly exposed job (score at least
``fill_from_score``, 0,50) ``min_bridges`` leads, targets down to ``fill_coverage`` (6 %)
complete the list, best score first; never below, and never for a less exposed job. No HR partner would sign a move that starts from almost nothing;
such a target stays reachable as a wish (:func:`explain_bridge`, with a warning).

Ranking value (each term in [0, 1], weights in :class:`RankingWeights`)::

    score = 0.30 × similarity + 0.20 × exposure drop + 0.15 × ROME evidence + 0.35 × coverage

* exposure drop: source score − target score in the chosen qualification (never negative:
  a target is never more exposed than the source, so an Emergent target ranks by its real drop);
* ROME evidence: 1 when France Travail lists a mobility from one of the source's ROME sheets
  to one of the target's, 0.5 when only the reverse move is listed, 0 otherwise.

Routes, listed in this order, best score first within each: **direct** (similarity at least
``min_similarity``, or coverage at least ``close_coverage``), **two-step** (through the cheapest
plausible intermediate job, ``domain.matching.targets``; never towards a promotion, which is
taken from one's own job), and **wider** targets (neither): the
latter only complete the list up to ``min_bridges`` so that no highly exposed job is left
without three leads. Target rules (not more exposed, not regulated, promotions marked) are in
``domain.matching.targets``; explanations (what you bring, key gaps) in ``domain.matching.gaps``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from domain.matching.competencies import CompetencyMatrix
from domain.matching.coverage import Coverage, Holding, cover, job_holding
from domain.matching.gaps import (
    KEY_GAPS,
    CompetencyRef,
    GapGroup,
    LevelOf,
    brought,
    groups,
    most_exposed,
    to_learn,
)
from domain.matching.targets import (
    JobFacts,
    Similarity,
    Step,
    is_promotion,
    is_target,
    refusals,
    two_step_path,
)
from domain.text import decimal, plural

__all__ = ["CLOSE", "EVOLUTION", "Bridge", "BridgeSettings", "CompetencyRef", "GapGroup",
           "JobFacts", "RankingWeights", "explain_bridge", "is_target", "job_rome_links",
           "rank_bridges"]

CLOSE = "mobilité proche"
EVOLUTION = "mobilité d'évolution"
DIRECT, TWO_STEP, WIDER = "directe", "en deux étapes", "élargie"
PROMOTION = "promotion (poste d'encadrement)"
REDEPLOYMENT = "redéploiement"


@dataclass(frozen=True)
class RankingWeights:
    similarity: float = 0.30
    exposure_drop: float = 0.20
    rome: float = 0.15
    coverage: float = 0.35


@dataclass(frozen=True)
class BridgeSettings:
    """What counts as a target and how bridges are ranked; every field can be changed."""

    top: int | None = 5  # how many bridges a request returns (None: all)
    qualification: str = "experts"
    target_profiles: frozenset[str] = frozenset({"emergent", "non_impacte"})
    max_target_score: float = 0.35
    min_similarity: float = 0.70  # direct bridge from this similarity (percentile rank)
    hop_similarity: float = 0.85  # each step of a two-step path must be at least this close
    close_coverage: float = 0.50  # coverage from which a bridge is « mobilité proche »
    # below it, a target is not proposed by default, whatever its route, nor used as a step
    min_coverage: float = 0.10
    # below it, not even to complete a list up to min_bridges: 6 % is the highest floor that
    # leaves 3 bridges to each of the 10 most exposed jobs on ROME v4.60 (Formateur
    # d'assistance: its third target holds 6.2 %, after 25.1 % and 12.8 %)
    fill_coverage: float = 0.06
    min_bridges: int = 3  # wider targets complete the list up to this many
    # ... only for a source at least this exposed (score in the chosen qualification): the
    # highly exposed jobs recommendation 9 is about (experts: the 11 jobs from 0,52 up). A
    # less exposed job gets only the bridges that pass the floors, even none.
    fill_from_score: float = 0.50
    key_gaps: int = KEY_GAPS  # at most this many competencies « à acquérir en priorité »
    shown: int = 5  # bridges the view and the report show
    weights: RankingWeights = field(default_factory=RankingWeights)
    exposed_limit: int = 5  # how many of the source's most exposed competencies to list


@dataclass(frozen=True)
class Bridge:
    source: str
    target: str
    similarity: float  # of the two jobs, whatever the route
    exposure: float | None
    classification: str
    kind: str
    shared: tuple[CompetencyRef, ...]  # what the person brings, savoir-faire first
    gap: tuple[CompetencyRef, ...]  # everything to acquire, most important first
    source_exposed: tuple[CompetencyRef, ...]
    path: tuple[str, ...]
    rome_link: bool
    score: float
    coverage: float  # headline: share of the target's core competencies held
    core_coverage: float  # the same figure (kept for readers of the older name)
    exposure_drop: float
    explanation: str
    key_gaps: tuple[CompetencyRef, ...] = ()
    gap_groups: tuple[GapGroup, ...] = ()
    overall_coverage: float = 0.0
    promotion: bool = False
    route: str = DIRECT
    steps: tuple[Step, ...] = ()
    wish: bool = False
    warnings: tuple[str, ...] = ()
    core_total: int = 0
    core_held: int = 0

    @property
    def via(self) -> str:
        """The intermediate job of a two-step path, or "" for a direct bridge."""
        return self.path[1] if len(self.path) > 2 else ""

    @property
    def gap_count(self) -> int:
        return len(self.gap)

    @property
    def move(self) -> str:
        return PROMOTION if self.promotion else REDEPLOYMENT

    def to_json(self) -> dict:
        return {
            "target": self.target, "kind": self.kind, "coverage": round(self.coverage, 4),
            "overall_coverage": round(self.overall_coverage, 4), "core_total": self.core_total,
            "core_held": self.core_held, "similarity": round(self.similarity, 4),
            "exposure": self.exposure, "exposure_drop": round(self.exposure_drop, 4),
            "classification": self.classification, "promotion": self.promotion,
            "move": self.move, "route": self.route, "path": list(self.path),
            "steps": [s.to_json() for s in self.steps], "rome_link": self.rome_link,
            "score": round(self.score, 4), "shared": [c.to_json() for c in self.shared],
            "key_gaps": [c.to_json() for c in self.key_gaps], "gap_count": self.gap_count,
            "gap_groups": [g.to_json() for g in self.gap_groups],
            "gap": [c.to_json() for c in self.gap],
            "source_exposed": [c.to_json() for c in self.source_exposed],
            "wish": self.wish, "warnings": list(self.warnings), "explanation": self.explanation,
        }


def job_rome_links(codes: Mapping[str, Sequence[str]], links: Iterable[tuple[str, str]]) -> dict[tuple[str, str], float]:
    """ROME evidence between study jobs: 1 for a listed move, 0.5 for the reverse one only."""
    listed = set(links)
    evidence: dict[tuple[str, str], float] = {}
    for a, codes_a in codes.items():
        for b, codes_b in codes.items():
            if a == b:
                continue
            if any((x, y) in listed for x in codes_a for y in codes_b):
                evidence[(a, b)] = 1.0
            elif any((y, x) in listed for x in codes_a for y in codes_b):
                evidence[(a, b)] = 0.5
    return evidence


@dataclass
class _World:
    """One request's inputs, with the holder's coverage of each job computed once."""

    origin: JobFacts
    jobs: Mapping[str, JobFacts]
    matrix: CompetencyMatrix
    similarity: Similarity
    rome: Mapping[tuple[str, str], float]
    settings: BridgeSettings
    level_of: LevelOf
    holding: Holding
    covers: dict[str, Coverage] = field(default_factory=dict)
    hops: dict[tuple[str, str], float] = field(default_factory=dict)

    def coverage(self, job: str) -> Coverage:
        if job not in self.covers:
            self.covers[job] = cover(self.holding, self.matrix.rows[job])
        return self.covers[job]

    def hop(self, holder: str, job: str) -> float:
        """Core coverage of ``job`` by the person (``holder`` = origin) or by job ``holder``."""
        rows = self.matrix.rows
        if job not in rows or (holder != self.origin.name and holder not in rows):
            return 0.0
        if holder == self.origin.name:
            return self.coverage(job).core
        if (holder, job) not in self.hops:
            self.hops[(holder, job)] = cover(job_holding(rows[holder]), rows[job]).core
        return self.hops[(holder, job)]


@dataclass(frozen=True)
class _Candidate:
    job: JobFacts
    route: str
    steps: tuple[Step, ...]
    similarity: float
    coverage: Coverage
    drop: float
    evidence: float
    score: float


def rank_bridges(
    source: str,
    jobs: Mapping[str, JobFacts],
    matrix: CompetencyMatrix,
    similarity: Similarity,
    rome: Mapping[tuple[str, str], float],
    settings: BridgeSettings,
    level_of: LevelOf | None = None,
    holding: Holding | None = None,
) -> list[Bridge]:
    """Bridges from ``source`` (held as ``holding``, default: the job's own competencies)."""
    if source not in matrix.rows and holding is None:
        return []
    world = _world(source, jobs, matrix, similarity, rome, settings, level_of, holding)
    routes: dict[str, list[_Candidate]] = {DIRECT: [], TWO_STEP: [], WIDER: []}
    spare: list[_Candidate] = []  # between fill_coverage and min_coverage
    for name, job in jobs.items():
        if name == source or name not in matrix.rows or refusals(world.origin, job, settings):
            continue
        candidate = _candidate(world, job)
        if _proposable(candidate, settings.min_coverage):
            routes[candidate.route].append(candidate)
        elif _proposable(candidate, min(settings.min_coverage, settings.fill_coverage)):
            spare.append(candidate)
    for found in (*routes.values(), spare):
        found.sort(key=lambda c: (-c.score, c.job.name))
    chosen = routes[DIRECT] + routes[TWO_STEP]
    exposed_source = world.origin.score is not None and world.origin.score >= settings.fill_from_score
    for fill in (routes[WIDER], spare) if exposed_source else ():  # min_bridges leads
        if len(chosen) < settings.min_bridges:
            chosen += fill[: settings.min_bridges - len(chosen)]
    chosen = chosen[: settings.top] if settings.top else chosen
    exposed = _exposed(world)
    return [_make_bridge(world, c, exposed) for c in chosen]


def explain_bridge(
    source: str,
    target: str,
    jobs: Mapping[str, JobFacts],
    matrix: CompetencyMatrix,
    similarity: Similarity,
    rome: Mapping[tuple[str, str], float],
    settings: BridgeSettings,
    level_of: LevelOf | None = None,
    holding: Holding | None = None,
) -> Bridge:
    """The bridge to one wished ``target``, even when the rules would not propose it.

    ``warnings`` says, in French, every rule the move breaks (not a default target, more
    exposed, regulated, similar but almost no key competency held, nothing to learn).
    """
    world = _world(source, jobs, matrix, similarity, rome, settings, level_of, holding)
    job = jobs[target]
    if target not in matrix.rows:
        raise KeyError(target)
    candidate = _candidate(world, job)
    warnings = refusals(world.origin, job, settings)
    overlap = candidate.coverage.overlap
    if not overlap.shared:
        warnings.append("aucune compétence du métier visé n'est déjà détenue")
    if not (overlap.missing or overlap.near):
        warnings.append("toutes les compétences du métier visé sont déjà détenues")
    if overlap.shared and candidate.coverage.core < settings.min_coverage:
        seeming = (f"métier proche en apparence (similarité {decimal(candidate.similarity)}) mais "
                   if candidate.similarity >= settings.min_similarity else "")
        warnings.append(f"{seeming}moins de {round(100 * settings.min_coverage)} % de ses "
                        "compétences clés sont déjà détenues")
    elif overlap.shared and candidate.coverage.core_held == 0:
        warnings.append("aucune de ses compétences clés n'est détenue telle quelle (seulement des "
                        "compétences voisines)")
    bridge = _make_bridge(world, candidate, _exposed(world))
    return _with_explanation(replace(bridge, wish=True, warnings=tuple(warnings)), world.origin)


def _world(source: str, jobs: Mapping[str, JobFacts], matrix: CompetencyMatrix,
           similarity: Similarity, rome: Mapping[tuple[str, str], float],
           settings: BridgeSettings, level_of: LevelOf | None, holding: Holding | None) -> _World:
    holding = holding if holding is not None else job_holding(matrix.rows[source])
    return _World(jobs[source], jobs, matrix, similarity, rome, settings,
                  level_of or (lambda _job, _item: None), holding)


def _proposable(c: _Candidate, floor: float) -> bool:
    """Something in common, something to learn, and enough of the target's key competencies
    held: at least ``floor`` and at least one exactly, whatever the route."""
    overlap = c.coverage.overlap
    if not overlap.shared or not (overlap.missing or overlap.near):
        return False
    return c.coverage.core >= floor and c.coverage.core_held > 0


def _candidate(world: _World, job: JobFacts) -> _Candidate:
    """Route and ranking value of one target (module docstring)."""
    origin, s = world.origin, world.settings
    coverage = world.coverage(job.name)
    sim = world.similarity.get(origin.name, {}).get(job.name, 0.0)
    steps: tuple[Step, ...] = ()
    if sim >= s.min_similarity or coverage.core >= s.close_coverage:
        route = DIRECT
    elif is_promotion(origin, job):  # a promotion is taken from one's own job, not via another
        route = WIDER
    else:
        steps = two_step_path(origin, job, world.jobs, world.similarity, s.hop_similarity,
                              world.hop, s.min_coverage)
        route = TWO_STEP if steps else WIDER
    drop = 0.0
    if origin.score is not None and job.score is not None:
        drop = max(0.0, min(1.0, origin.score - job.score))
    evidence = world.rome.get((origin.name, job.name), 0.0)
    w = s.weights
    score = (w.similarity * sim + w.exposure_drop * drop + w.rome * evidence
             + w.coverage * coverage.core)
    return _Candidate(job, route, steps, sim, coverage, drop, evidence, score)


def _exposed(world: _World) -> tuple[CompetencyRef, ...]:
    return most_exposed(world.origin.name, world.holding.items.values(), world.level_of,
                        world.matrix.idf, world.settings.exposed_limit)


def _make_bridge(world: _World, c: _Candidate, exposed: tuple[CompetencyRef, ...]) -> Bridge:
    s, origin, overlap = world.settings, world.origin, c.coverage.overlap
    gap = to_learn(c.job.name, overlap.missing, overlap.near, world.level_of, world.matrix.idf)
    path = (origin.name, *(step.target for step in c.steps)) if c.steps else (origin.name, c.job.name)
    bridge = Bridge(
        source=origin.name, target=c.job.name, similarity=c.similarity, exposure=c.job.score,
        classification=c.job.profile_label or c.job.profile,
        kind=CLOSE if c.coverage.core >= s.close_coverage else EVOLUTION,
        shared=brought(origin.name, overlap.shared, world.level_of, world.matrix.idf),
        gap=gap, source_exposed=exposed, path=path, rome_link=c.evidence > 0, score=c.score,
        coverage=c.coverage.core, core_coverage=c.coverage.core, exposure_drop=c.drop,
        explanation="", key_gaps=gap[: s.key_gaps], gap_groups=groups(gap[s.key_gaps:]),
        overall_coverage=c.coverage.overall, promotion=is_promotion(origin, c.job),
        route=c.route, steps=c.steps, core_total=c.coverage.core_total,
        core_held=c.coverage.core_held,
    )
    return _with_explanation(bridge, origin)


def _with_explanation(bridge: Bridge, origin: JobFacts) -> Bridge:
    """A few French sentences a person reads in a minute."""
    parts = [f"« {bridge.source} » vers « {bridge.target} » : {bridge.kind}, "
             f"{round(100 * bridge.coverage)} % des compétences clés déjà détenues"]
    if bridge.promotion:
        parts.append("promotion vers un poste d'encadrement")
    if bridge.via:
        parts.append(f"en deux étapes via « {bridge.via} »")
    elif bridge.route == WIDER:
        parts.append("métier moins proche, proposé faute de passerelle plus proche")
    parts.append(f"similarité {decimal(bridge.similarity)}")
    if bridge.exposure is not None and origin.score is not None:
        parts.append(f"exposition {decimal(origin.score)} → {decimal(bridge.exposure)}")
    text = ", ".join(parts) + "."
    if bridge.shared:
        text += (f" Vous apportez {plural(len(bridge.shared), 'compétence')}, dont "
                 f"« {bridge.shared[0].label} ».")
    if bridge.key_gaps:
        first = " ; ".join(f"« {c.label} »" for c in bridge.key_gaps[:3])
        text += f" À acquérir en priorité : {first}"
        rest = bridge.gap_count - min(3, len(bridge.key_gaps))
        text += f" (et {plural(rest, 'autre')})." if rest > 0 else "."
    if bridge.rome_link:
        text += " Passerelle également proposée par France Travail."
    if bridge.warnings:
        text += " Attention : " + " ; ".join(bridge.warnings) + "."
    return replace(bridge, explanation=text)
