"""Ranked bridges (« passerelles ») from one job towards emergent or little-exposed jobs.

Pure functions over plain inputs: the engine (``domain.matching.engine``) gathers the study, the ROME
release, the mapping and the similarities once, then calls :func:`rank_bridges` per request.

Ranking value of a bridge (each term in [0, 1], weights in :class:`RankingWeights`)::

    score = 0.40 × similarity + 0.25 × exposure drop + 0.15 × ROME evidence + 0.20 × coverage

* similarity: job similarity (for a two-step path, the product of the two hops' similarities);
* exposure drop: source score − target score in the chosen qualification, floored at 0;
* ROME evidence: 1 when France Travail lists a mobility from one of the source's ROME sheets to
  one of the target's, 0.5 when only the reverse move is listed, 0 otherwise;
* coverage: weighted share of the target's competencies the person already holds (a
  near-match through the same macro-competency counts half); 1 − coverage is the training
  effort.

Direct bridges (similarity at least ``min_similarity``) come first, best score first. A target
below that floor can still be reached in two steps through an intermediate job, when both steps
reach ``hop_similarity``; the cheapest such path wins (cost of a step: 1 − similarity). These
two-step paths only fill the list after the direct bridges.
A direct bridge is a « mobilité proche » when the person already holds at least
``close_coverage`` (30 %) of the target's *core* competencies, weighted the same way; any other
bridge, and every two-step path, is a « mobilité d'évolution ». A target with no competency in
common with the source, or with nothing left to learn (its ROME sheets are all among the
source's, so the ROME cannot tell the two jobs apart), is not proposed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from domain.matching.competencies import KIND_LABELS, Competency, CompetencyMatrix, Overlap
from domain.text import decimal

CLOSE = "mobilité proche"
EVOLUTION = "mobilité d'évolution"
EXPOSED_LEVEL = 4  # levels 4 (Fort) and 5 (Majeur) make a competency "most exposed"

LevelOf = Callable[[str, Competency], "int | None"]  # (job name, item) -> level 1–5


@dataclass(frozen=True)
class RankingWeights:
    similarity: float = 0.40
    exposure_drop: float = 0.25
    rome: float = 0.15
    coverage: float = 0.20


@dataclass(frozen=True)
class BridgeSettings:
    """What counts as a target and how bridges are ranked; every field can be changed."""

    top: int | None = 5
    qualification: str = "experts"
    target_profiles: frozenset[str] = frozenset({"emergent", "non_impacte"})
    max_target_score: float = 0.35
    min_similarity: float = 0.70  # below it, a target is only reached through a two-step path
    hop_similarity: float = 0.85  # each step of a two-step path must be at least this close
    close_coverage: float = 0.30  # core coverage from which a direct bridge is « proche »
    weights: RankingWeights = field(default_factory=RankingWeights)
    exposed_limit: int = 5  # how many of the source's most exposed competencies to list


@dataclass(frozen=True)
class JobFacts:
    """A job as the bridges see it, in the chosen qualification."""

    name: str
    score: float | None
    profile: str  # key of the study's profile: emergent, forte_transformation, evolution, non_impacte
    profile_label: str = ""
    family: str = ""


@dataclass(frozen=True)
class CompetencyRef:
    """A competency in a bridge, with its generative-AI impact level (1–5) when known."""

    code: str
    label: str
    kind: str
    core: bool
    level: int | None = None
    near: bool = False  # missing as such, but its macro-competency is already practised

    def to_json(self) -> dict:
        return {
            "code": self.code, "label": self.label, "kind": KIND_LABELS.get(self.kind, self.kind),
            "core": self.core, "level": self.level, "near": self.near,
        }


@dataclass(frozen=True)
class Bridge:
    source: str
    target: str
    similarity: float
    exposure: float | None
    classification: str
    kind: str
    shared: tuple[CompetencyRef, ...]
    gap: tuple[CompetencyRef, ...]
    source_exposed: tuple[CompetencyRef, ...]
    path: tuple[str, ...]
    rome_link: bool
    score: float
    coverage: float
    core_coverage: float
    exposure_drop: float
    explanation: str

    @property
    def via(self) -> str:
        """The intermediate job of a two-step path, or "" for a direct bridge."""
        return self.path[1] if len(self.path) > 2 else ""

    def to_json(self) -> dict:
        return {
            "target": self.target, "similarity": round(self.similarity, 4),
            "exposure": self.exposure, "classification": self.classification, "kind": self.kind,
            "shared": [c.to_json() for c in self.shared], "gap": [c.to_json() for c in self.gap],
            "source_exposed": [c.to_json() for c in self.source_exposed],
            "path": list(self.path), "rome_link": self.rome_link, "score": round(self.score, 4),
            "coverage": round(self.coverage, 4), "core_coverage": round(self.core_coverage, 4),
            "explanation": self.explanation,
        }


Similarity = Mapping[str, Mapping[str, float]]


def is_target(job: JobFacts, settings: BridgeSettings) -> bool:
    """Emergent or little-exposed job, by profile or by score in the chosen qualification."""
    if job.profile in settings.target_profiles:
        return True
    return job.score is not None and job.score <= settings.max_target_score


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


def rank_bridges(
    source: str,
    jobs: Mapping[str, JobFacts],
    matrix: CompetencyMatrix,
    similarity: Similarity,
    rome: Mapping[tuple[str, str], float],
    settings: BridgeSettings,
    level_of: LevelOf | None = None,
) -> list[Bridge]:
    """Bridges from ``source``, best first (see the module docstring for the formula)."""
    level_of = level_of or (lambda _job, _item: None)
    origin = jobs[source]
    candidates: list[_Candidate] = []
    for name, job in jobs.items():
        if name == source or not is_target(job, settings) or name not in matrix.rows:
            continue
        path, sim = _best_path(source, name, similarity, settings.min_similarity, settings.hop_similarity)
        if not path:
            continue
        overlap = matrix.compare(source, name)
        if not overlap.shared or not (overlap.missing or overlap.near):
            continue
        candidates.append(_candidate(origin, job, path, sim, overlap, rome, settings))
    candidates.sort(key=lambda c: (len(c.path) > 2, -c.score, c.job.name))
    chosen = candidates[: settings.top] if settings.top else candidates
    # competency lists are only built for the bridges returned: most candidates are dropped
    exposed = _most_exposed(matrix, source, level_of, settings.exposed_limit)
    return [_make_bridge(origin, c, settings, level_of, exposed) for c in chosen]


@dataclass(frozen=True)
class _Candidate:
    job: JobFacts
    path: tuple[str, ...]
    similarity: float
    overlap: Overlap
    drop: float
    evidence: float
    score: float


def _candidate(origin: JobFacts, job: JobFacts, path: tuple[str, ...], sim: float, overlap: Overlap,
               rome: Mapping[tuple[str, str], float], settings: BridgeSettings) -> _Candidate:
    """The ranking value of one target (module docstring), before any list is built."""
    drop = 0.0
    if origin.score is not None and job.score is not None:
        drop = max(0.0, min(1.0, origin.score - job.score))
    evidence = rome.get((origin.name, job.name), 0.0)
    w = settings.weights
    score = w.similarity * sim + w.exposure_drop * drop + w.rome * evidence + w.coverage * overlap.coverage
    return _Candidate(job, path, sim, overlap, drop, evidence, score)


def _best_path(source: str, target: str, similarity: Similarity, direct_floor: float,
               floor: float) -> tuple[tuple[str, ...], float]:
    """Direct link when close enough, else the cheapest two-step path (cost 1 − similarity)."""
    row = similarity.get(source, {})
    direct = row.get(target, 0.0)
    if direct >= direct_floor:
        return (source, target), direct
    best: tuple[float, str] | None = None
    for middle, first in row.items():
        if middle in (source, target) or first < floor:
            continue
        second = similarity.get(middle, {}).get(target, 0.0)
        if second < floor:
            continue
        cost = (1.0 - first) + (1.0 - second)
        if best is None or (cost, middle) < best:
            best = (cost, middle)
    if best is None:
        return (), 0.0
    middle = best[1]
    return (source, middle, target), row[middle] * similarity[middle][target]


def _make_bridge(origin: JobFacts, c: _Candidate, settings: BridgeSettings, level_of: LevelOf,
                 exposed: tuple[CompetencyRef, ...]) -> Bridge:
    direct = len(c.path) == 2
    kind = CLOSE if direct and c.overlap.core_coverage >= settings.close_coverage else EVOLUTION
    bridge = Bridge(
        source=origin.name, target=c.job.name, similarity=c.similarity, exposure=c.job.score,
        classification=c.job.profile_label or c.job.profile, kind=kind,
        shared=_least_exposed_first(origin.name, c.overlap.shared, level_of),
        gap=_core_first(c.job.name, c.overlap, level_of), source_exposed=exposed, path=c.path,
        rome_link=c.evidence > 0, score=c.score, coverage=c.overlap.coverage,
        core_coverage=c.overlap.core_coverage, exposure_drop=c.drop, explanation="",
    )
    return _with_explanation(bridge, origin)


def _ref(job: str, item: Competency, level_of: LevelOf, near: bool = False) -> CompetencyRef:
    return CompetencyRef(item.code, item.label, item.kind, item.core, level_of(job, item), near)


def _least_exposed_first(job: str, items: Iterable[Competency], level_of: LevelOf) -> tuple[CompetencyRef, ...]:
    """What the person brings (levels as rated for their own job), least exposed first."""
    refs = [(_ref(job, item, level_of), item.weight) for item in items]
    refs.sort(key=lambda rw: (rw[0].level is None, rw[0].level or 0, not rw[0].core, -rw[1], rw[0].label))
    return tuple(ref for ref, _ in refs)


def _core_first(job: str, overlap: Overlap, level_of: LevelOf) -> tuple[CompetencyRef, ...]:
    """What to learn: core items of the target first, fully missing before near-matches."""
    refs = [(_ref(job, i, level_of), i.weight) for i in overlap.missing]
    refs += [(_ref(job, i, level_of, near=True), i.weight) for i in overlap.near]
    refs.sort(key=lambda rw: (not rw[0].core, rw[0].near, -rw[1], rw[0].label))
    return tuple(ref for ref, _ in refs)


def _most_exposed(matrix: CompetencyMatrix, source: str, level_of: LevelOf, limit: int) -> tuple[CompetencyRef, ...]:
    """The source's competencies most exposed to generative AI (levels 4–5), core first."""
    if source not in matrix.rows:
        return ()
    refs = [(_ref(source, item, level_of), item.weight) for item in matrix.rows[source].items.values()]
    refs = [rw for rw in refs if rw[0].level is not None and rw[0].level >= EXPOSED_LEVEL]
    refs.sort(key=lambda rw: (-(rw[0].level or 0), not rw[0].core, -rw[1], rw[0].label))
    return tuple(ref for ref, _ in refs[:limit])


def _with_explanation(bridge: Bridge, origin: JobFacts) -> Bridge:
    parts = [f"« {bridge.source} » vers « {bridge.target} » : {bridge.kind}"]
    if len(bridge.path) == 3:
        parts.append(f"en deux étapes via « {bridge.path[1]} »")
    parts.append(f"similarité {decimal(bridge.similarity)}")
    if bridge.exposure is not None and origin.score is not None:
        parts.append(f"exposition {decimal(origin.score)} → {decimal(bridge.exposure)}")
    first = bridge.shared[0].label if bridge.shared else ""
    parts.append(f"{len(bridge.shared)} compétence(s) partagée(s), dont « {first} »")
    if bridge.gap:
        parts.append(f"{len(bridge.gap)} à acquérir, dont « {bridge.gap[0].label} »")
    if bridge.rome_link:
        parts.append("passerelle également proposée par France Travail")
    text = ", ".join(parts) + "."
    return Bridge(**{**bridge.__dict__, "explanation": text})
