"""What a bridge explains, in the order a person reads it (issue 9, item 4).

* **What you bring**: the target's competencies the person already holds, savoir-faire first
  (then savoirs, then savoir-être), core ones first, least exposed to generative AI first.
* **What to learn first**: at most :data:`KEY_GAPS` key gaps, ranked by importance in the
  target — core (« Principale » / « Émergente », or retained as core) before peripheral, then
  distinctive (cited by at most :data:`DISTINCTIVE_SHARE` of the ROME's sheets) before common —
  and, between equals, least exposed to generative AI first (a durable investment), fully
  missing before « proche d'un acquis », heavier first.
* **The rest**, grouped by macro-competency (savoirs without one by kind) with counts.

Competencies are :class:`CompetencyRef` records; their impact level (1–5) comes from
``level_of(job, item)`` (the user's level, else the rules' estimate; ``None`` for diplomas).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from domain.matching.competencies import KIND_LABELS, Competency

KEY_GAPS = 8
DISTINCTIVE_SHARE = 0.02  # cited by at most 2 % of the ROME's sheets
DISTINCTIVE_IDF = 1.0 + math.log(1.0 / DISTINCTIVE_SHARE)  # the matrix's idf at that share
KIND_ORDER = {"savoir_faire": 0, "savoir": 1, "savoir_etre": 2}
GROUP_LABELS = {"savoir": "Savoirs et certifications", "savoir_etre": "Savoir-être",
                "savoir_faire": "Autres savoir-faire"}

LevelOf = Callable[[str, Competency], "int | None"]  # (job name, item) -> level 1–5


@dataclass(frozen=True)
class CompetencyRef:
    """A competency in a bridge, with its generative-AI impact level (1–5) when known."""

    code: str
    label: str
    kind: str
    core: bool
    level: int | None = None
    near: bool = False  # missing as such, but its macro-competency is already practised
    distinctive: bool = False  # cited by few ROME sheets: it sets the job apart
    macro_label: str = ""

    def to_json(self) -> dict:
        return {
            "code": self.code, "label": self.label, "kind": KIND_LABELS.get(self.kind, self.kind),
            "core": self.core, "level": self.level, "near": self.near,
            "distinctive": self.distinctive, "macro": self.macro_label,
        }


@dataclass(frozen=True)
class GapGroup:
    """Competencies to acquire beyond the key gaps, gathered by macro-competency."""

    label: str
    count: int
    items: tuple[str, ...]  # labels

    def to_json(self) -> dict:
        return {"group": self.label, "count": self.count, "items": list(self.items)}


def ref(job: str, item: Competency, level_of: LevelOf, idf: Mapping[str, float],
        near: bool = False) -> CompetencyRef:
    distinctive = idf.get(item.code, 0.0) >= DISTINCTIVE_IDF
    return CompetencyRef(item.code, item.label, item.kind, item.core, level_of(job, item), near,
                         distinctive, item.macro_label)


def brought(job: str, items: Iterable[Competency], level_of: LevelOf,
            idf: Mapping[str, float]) -> tuple[CompetencyRef, ...]:
    """What the person brings: savoir-faire first, core first, least exposed first."""
    refs = [(ref(job, item, level_of, idf), item.weight) for item in items]
    refs.sort(key=lambda rw: (KIND_ORDER.get(rw[0].kind, 3), not rw[0].core, rw[0].level is None,
                              rw[0].level or 0, -rw[1], rw[0].label))
    return tuple(r for r, _ in refs)


def to_learn(job: str, missing: Iterable[Competency], near: Iterable[Competency],
             level_of: LevelOf, idf: Mapping[str, float]) -> tuple[CompetencyRef, ...]:
    """Every competency to acquire, most important first (the key gaps are the first ones)."""
    refs = [(ref(job, i, level_of, idf), i.weight) for i in missing]
    refs += [(ref(job, i, level_of, idf, near=True), i.weight) for i in near]
    refs.sort(key=lambda rw: (not rw[0].core, not rw[0].distinctive, rw[0].level is None,
                              rw[0].level or 0, rw[0].near, -rw[1], rw[0].label))
    return tuple(r for r, _ in refs)


def groups(rest: Iterable[CompetencyRef]) -> tuple[GapGroup, ...]:
    """The gaps after the key ones, by macro-competency (largest group first)."""
    found: dict[str, list[str]] = {}
    for item in rest:
        label = item.macro_label or GROUP_LABELS.get(item.kind, "Autres")
        found.setdefault(label, []).append(item.label)
    ordered = sorted(found.items(), key=lambda pair: (-len(pair[1]), pair[0]))
    return tuple(GapGroup(label, len(items), tuple(items)) for label, items in ordered)


def most_exposed(job: str, items: Iterable[Competency], level_of: LevelOf,
                 idf: Mapping[str, float], limit: int, threshold: int = 4) -> tuple[CompetencyRef, ...]:
    """The job's competencies most exposed to generative AI (levels 4–5), core first."""
    refs = [(ref(job, item, level_of, idf), item.weight) for item in items]
    refs = [rw for rw in refs if rw[0].level is not None and rw[0].level >= threshold]
    refs.sort(key=lambda rw: (-(rw[0].level or 0), not rw[0].core, -rw[1], rw[0].label))
    return tuple(r for r, _ in refs[:limit])
