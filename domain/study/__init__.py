"""The sector study as facts: 58 jobs, three exposure qualifications, profiles, axes.

Source: *Impacts de l'IA générative pour les métiers de l'assistance* (Observatoire des métiers
de l'assistance, 2024-2025); every figure lives in ``data/*.csv`` with its source.

Modules:
- ``facts``: the records (``Job``, ``Qualification``, ``Profile``, ``Exposure``…) and ``Study``;
- ``files``: the checked CSV reader for the study's tables;
- ``loading``: ``load_study()``, reading and checking ``data/``;
- ``exposure``: the weighting of the five impact levels and the consistency report;
- ``recommendations``: the five axes, 42 recommendations, priority actions, use cases;
- ``axes``: which axes and recommendations apply to a job or a person;
- ``traits``: management jobs (a move to one is a promotion) and regulated jobs.

May import: ``domain.errors``, ``domain.text``, ``domain.paths``, ``domain.data_files``.
Never imports ``rome``, ``matching``, ``people``, ``store`` or ``reports``.
The names below are the public API (``from domain.study import load_study, Qualification``).
"""

from domain.study.facts import (
    CORE_COUNT,
    JOB_COUNT,
    LEVEL_COUNT,
    Exposure,
    ImpactLevel,
    Job,
    LevelCounts,
    Profile,
    ProfileInfo,
    PublishedRow,
    Qualification,
    Study,
)
from domain.study.loading import load_study

__all__ = [
    "CORE_COUNT", "JOB_COUNT", "LEVEL_COUNT", "Exposure", "ImpactLevel", "Job", "LevelCounts",
    "Profile", "ProfileInfo", "PublishedRow", "Qualification", "Study", "load_study",
]
