"""Which jobs a bridge may lead to, and through which intermediate job (issue 9, item 5).

Rules, each checked by ``tests/test_bridge_rules.py`` on a hand-built world:

* a target is an Emergent or little-exposed job (:func:`is_target`: profile in
  ``target_profiles`` or score at most ``max_target_score`` in the chosen qualification);
* never a target more exposed than the source (its score is above the source's);
* never a regulated job (médecin, infirmier, paramédical: a state diploma or protected title,
  ``data/job_traits.csv``), unless asked for as a wish;
* a management job reached from a job without management is a **promotion**, marked as such;
* an intermediate job of a two-step path must itself be a plausible move: not more exposed
  than the source, not regulated, not a management job for someone without management (a
  promotion ends a path, it is not a step on it), close enough to both ends (``hop_similarity``) and
  holding at least ``min_coverage`` of its key competencies already.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

Similarity = Mapping[str, Mapping[str, float]]


@dataclass(frozen=True)
class JobFacts:
    """A job as the bridges see it, in the chosen qualification."""

    name: str
    score: float | None
    profile: str  # key of the study's profile: emergent, forte_transformation, evolution, non_impacte
    profile_label: str = ""
    family: str = ""
    management: bool = False  # trait « encadrement » (data/job_traits.csv)
    regulated: bool = False  # trait « réglementé »


def is_target(job: JobFacts, settings: object) -> bool:
    """Emergent or little-exposed job, by profile or by score in the chosen qualification."""
    if job.profile in settings.target_profiles:
        return True
    return job.score is not None and job.score <= settings.max_target_score


def more_exposed(origin: JobFacts, job: JobFacts) -> bool:
    """True when ``job``'s score is above ``origin``'s (both known) in the same qualification."""
    return origin.score is not None and job.score is not None and job.score > origin.score + 1e-9


def is_promotion(origin: JobFacts, job: JobFacts) -> bool:
    """A move from a job without management to a management job."""
    return job.management and not origin.management


def refusals(origin: JobFacts, job: JobFacts, settings: object) -> list[str]:
    """Why ``job`` is not a default target from ``origin`` (French, empty when it is one)."""
    from domain.text import decimal

    reasons = []
    if not is_target(job, settings):
        score = "?" if job.score is None else decimal(job.score)
        reasons.append(f"« {job.name} » n'est pas une cible par défaut (profil "
                       f"« {job.profile_label or job.profile} », score {score})")
    if more_exposed(origin, job):
        reasons.append(f"« {job.name} » est plus exposé à l'IA générative que le métier actuel "
                       f"({decimal(job.score)} contre {decimal(origin.score)})")
    if job.regulated:
        reasons.append(f"« {job.name} » est une profession réglementée (diplôme d'État ou titre "
                       "protégé exigé)")
    return reasons


def plausible_step(origin: JobFacts, middle: JobFacts, target: JobFacts) -> bool:
    """Whether ``middle`` may stand between ``origin`` and ``target`` (similarity aside)."""
    if middle.name in (origin.name, target.name) or middle.regulated:
        return False
    if more_exposed(origin, middle):
        return False
    # a promotion is where a path ends, not a step on the way: from a job without management,
    # a management job in the middle is a promotion followed by another move (often back down)
    return not (middle.management and not origin.management)


@dataclass(frozen=True)
class Step:
    """One hop of a path, with the same similarity a direct bridge would show."""

    source: str
    target: str
    similarity: float

    def to_json(self) -> dict:
        return {"from": self.source, "to": self.target, "similarity": round(self.similarity, 4)}


def two_step_path(origin: JobFacts, target: JobFacts, jobs: Mapping[str, JobFacts],
                  similarity: Similarity, hop: float,
                  step_coverage: Callable[[str, str], float], min_coverage: float) -> tuple[Step, ...]:
    """The cheapest plausible intermediate (cost: 1 − similarity per hop), or () when none.

    ``step_coverage(a, b)`` is the core coverage of ``b`` by someone holding ``a`` (the
    person themselves for the first hop, the intermediate job for the second): each hop must
    reach ``min_coverage``, like any bridge.
    """
    row = similarity.get(origin.name, {})
    best: tuple[float, str] | None = None
    for name, first in row.items():
        middle = jobs.get(name)
        if middle is None or first < hop or not plausible_step(origin, middle, target):
            continue
        second = similarity.get(name, {}).get(target.name, 0.0)
        if second < hop or step_coverage(origin.name, name) < min_coverage:
            continue
        if step_coverage(name, target.name) < min_coverage:
            continue
        cost = (1.0 - first) + (1.0 - second)
        if best is None or (cost, name) < best:
            best = (cost, name)
    if best is None:
        return ()
    middle = best[1]
    return (Step(origin.name, middle, row[middle]),
            Step(middle, target.name, similarity[middle][target.name]))
