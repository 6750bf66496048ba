"""How the study turns competency impact levels into a job's exposure score, and where its
published figures contradict each other.

The study only says the levels were "consolidés, pondérés et retranscrits sur une base 1"
(section 3.2.1.1). Fitting the 30 published core-job scores to their level counts (section 4.2)
gives a rule that reproduces every consistent figure to the hundredth (``docs/exposure_weighting.md``):

* each competency weighs ``LEVEL_WEIGHTS`` by impact level — 0, 1/64, 1/32, 1/2, 1 for levels
  1 to 5 (ratios 0 : 1 : 2 : 32 : 64), so levels 4 and 5 dominate;
* a job's raw exposure is the mean weight of its competencies;
* the score divides it by the raw exposure of the most exposed of the 58 jobs, so the top job
  scores 1. In the two PwC qualifications that job is "Statisticien / Data analyst", whose counts
  are not published: its raw exposure is fitted (``PWC_REFERENCE``, any value in
  0.2508–0.2511 fits). In the experts qualification "Gestionnaire de dossiers d'assistance"
  overtakes it (33/128), which is why the experts table lowers the 48 unchanged jobs by 3 %.

Knowing the rule lets the application recompute a score when a user changes a level, and lets
the consistency report point at the published figures that cannot all be right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from domain.study.facts import Job, Profile, Qualification, Study
from domain.text import decimal

LEVEL_WEIGHTS: tuple[float, ...] = (0.0, 1 / 64, 1 / 32, 1 / 2, 1.0)
PWC_REFERENCE = 0.251
TOLERANCE = 0.015
STRONG_THRESHOLD = 0.50
NEGLIGIBLE_THRESHOLD = 0.15


@dataclass(frozen=True)
class ConsistencyRow:
    """A core job's published score next to the score its level counts give."""

    job: str
    qualification: Qualification
    published: float
    recomputed: float
    flagged: bool
    reason: str
    sheet_score: float
    rank: int


def raw_exposure(counts: Sequence[int]) -> float:
    """Mean level weight of a job's competencies (counts of levels 1 to 5)."""
    if len(counts) != len(LEVEL_WEIGHTS):
        raise ValueError(f"expected {len(LEVEL_WEIGHTS)} level counts, got {len(counts)}")
    if any(n < 0 for n in counts) or sum(counts) == 0:
        raise ValueError("level counts must be non-negative and not all zero")
    return sum(w * n for w, n in zip(LEVEL_WEIGHTS, counts, strict=True)) / sum(counts)


def score_from_counts(counts: Sequence[int], reference: float = PWC_REFERENCE) -> float:
    """Exposure score on the study's 0–1 scale; capped at 1 like the study's top job."""
    return min(1.0, raw_exposure(counts) / reference)


def reference_for(study: Study, qualification: Qualification | str) -> float:
    """Raw exposure of the qualification's most exposed job, which defines the score 1."""
    qualification = Qualification.parse(qualification)
    if qualification is not Qualification.EXPERTS:
        return PWC_REFERENCE
    raws = [raw_exposure(c.counts) for c in _levels(study, qualification)
            if sum(c.counts) == c.competencies]
    return max([PWC_REFERENCE, *raws])


def recompute(study: Study, job: str | Job, qualification: Qualification | str) -> float | None:
    """The score the level counts give; ``None`` for jobs without a section 4.2 sheet."""
    levels = study.level_counts(job, qualification)
    if levels is None:
        return None
    return score_from_counts(levels.counts, reference_for(study, qualification))


def profile_for(study: Study, job: str | Job, score: float) -> Profile:
    """The profile the study's tables give a job with this score.

    Emergent is a trait of the job (IT and data jobs whose skills build the AI), not a score
    band. The other three follow the score; 0.50 and 0.15 separate every published profile
    except the row flagged for contradicting itself.
    """
    if study.find_job(job).id in study.emergent_jobs:
        return Profile.EMERGENT
    if score >= STRONG_THRESHOLD:
        return Profile.STRONG_TRANSFORMATION
    if score >= NEGLIGIBLE_THRESHOLD:
        return Profile.EVOLVING
    return Profile.NEGLIGIBLE


def consistency_report(study: Study) -> list[ConsistencyRow]:
    """One row per core job and qualification (30 rows), flagged where figures disagree."""
    rows = []
    for job in study.core_jobs:
        for qualification in Qualification:
            published = study.published(job, qualification)
            levels = study.level_counts(job, qualification)
            assert levels is not None  # load_study guarantees counts for every core job
            recomputed = score_from_counts(levels.counts, reference_for(study, qualification))
            reasons = _reasons(study, job, qualification, recomputed)
            rows.append(ConsistencyRow(job.name, qualification, published.score, round(recomputed, 4),
                                       bool(reasons), " ".join(reasons), levels.sheet_score,
                                       published.rank))
    return rows


def flag_reasons(study: Study) -> dict[tuple[str, Qualification], str]:
    """Reason text for every flagged (job id, qualification) among the 174 published rows."""
    flags: dict[tuple[str, Qualification], str] = {}
    for job in study.jobs:
        for qualification in Qualification:
            if job.core:
                levels = study.level_counts(job, qualification)
                assert levels is not None
                recomputed = score_from_counts(levels.counts, reference_for(study, qualification))
                reasons = _reasons(study, job, qualification, recomputed)
            else:
                note = study.published(job, qualification).discrepancy
                reasons = [note] if note else []
            if reasons:
                flags[(job.id, qualification)] = " ".join(reasons)
    return flags


def _reasons(study: Study, job: Job, qualification: Qualification, recomputed: float) -> list[str]:
    published = study.published(job, qualification)
    levels = study.level_counts(job, qualification)
    assert levels is not None
    reasons: list[str] = []
    total = sum(levels.counts)
    if total != levels.competencies:
        reasons.append(f"Les effectifs par niveau ({', '.join(map(str, levels.counts))}) totalisent "
                       f"{total} alors que la fiche annonce {levels.competencies} compétences.")
        reasons.extend(_same_counts(study, job, qualification))
    if abs(levels.sheet_score - published.score) >= 0.005:
        reasons.append(f"La fiche affiche {decimal(levels.sheet_score)}, le tableau consolidé "
                       f"{decimal(published.score)} (rang {published.rank})"
                       f"{_copied_from(study, job, qualification, levels.sheet_score)}.")
    if levels.sheet_profile is not published.profile:
        reasons.append(f"La fiche classe le métier « {levels.sheet_profile.value} », le tableau "
                       f"« {published.profile.value} ».")
    if abs(recomputed - published.score) > TOLERANCE:
        reasons.append(f"Le score recalculé depuis les effectifs ({decimal(recomputed)}) s'écarte "
                       f"du score publié ({decimal(published.score)}).")
    if published.discrepancy:
        reasons.append(published.discrepancy)
    return reasons


def _same_counts(study: Study, job: Job, qualification: Qualification) -> list[str]:
    mine = study.level_counts(job, qualification)
    twins = [other.name for other in study.core_jobs if other != job
             and (levels := study.level_counts(other, qualification)) is not None
             and mine is not None and levels.counts == mine.counts]
    return [f"Ils sont identiques à ceux de « {name} » pour la même qualification." for name in twins]


def _copied_from(study: Study, job: Job, qualification: Qualification, sheet_score: float) -> str:
    """Names the other qualification whose table score the sheet repeats, if any."""
    for other in Qualification:
        if other is not qualification and study.published(job, other).score == sheet_score:
            return f", soit le score « {other.label} » du même métier"
    return ""


def _levels(study: Study, qualification: Qualification):
    return [c for job in study.core_jobs
            if (c := study.level_counts(job, qualification)) is not None]
