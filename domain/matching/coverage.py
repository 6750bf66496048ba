"""Coverage: how much of a target job's key competencies a job or a person already holds.

This is the headline figure of a bridge (issue 9): « vous détenez déjà 62 % des compétences
clés du métier visé ». It is computed the same way for a job (its competencies in the job ×
competency matrix) and for a person (their job's competencies, plus the ones they declared,
minus the ones they rejected):

* each competency of the target is *held* (the holder has it, or its twin: the same competency
  worded under another code on another sheet, ``domain.matching.twins``), *near* (missing as such, but
  its macro-competency is already practised through another competency: counts
  :data:`~domain.matching.competencies.MACRO_SHARE`, a half) or *missing*;
* coverage = (weight held + ½ weight near) / weight of the target's **core** competencies
  (« Principale » or « Émergente » on the ROME sheet, or retained as core in the job's
  profile); a target without any core competency is measured on all of them;
* the weights are the matrix's (core factor × kind factor × rarity in the ROME), so a rare,
  distinctive competency counts more than « Faire preuve de rigueur ».

``overall`` is the same share over all of the target's competencies, core or not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from domain.matching.competencies import MACRO_SHARE, Competency, JobRow, Overlap
from domain.matching.twins import twin_key


@dataclass(frozen=True)
class Holding:
    """What a job or a person holds: competency codes and the macro-competencies they practise.

    ``macros`` holds the macro-competency code of every held competency and the held codes
    themselves (the ROME lists some macro-competencies directly on sheets).
    """

    codes: frozenset[str]
    macros: frozenset[str]
    items: Mapping[str, Competency]  # the held competencies themselves, by code
    # twin keys of the held competencies (``domain.matching.twins``): the same competency
    # worded on another sheet under another code is held too
    twins: frozenset[frozenset[str]] = frozenset()

    def holds(self, code: str) -> bool:
        return code in self.codes

    def holds_item(self, item: Competency) -> bool:
        """Whether ``item`` is held: by its code, or as the twin of a held competency."""
        if item.code in self.codes:
            return True
        key = twin_key(item.label)
        return key is not None and key in self.twins


@dataclass(frozen=True)
class Coverage:
    """A target split by what the holder has, with the headline and overall shares in [0, 1]."""

    overlap: Overlap  # shared, near and missing competencies (target's records)
    core: float  # headline: weighted share of the target's core competencies held
    overall: float  # the same over all the target's competencies
    core_total: int  # number of core competencies of the target (all of them if none is core)
    core_held: int  # of which held as such
    core_near: int  # of which nearly held (same macro-competency)

    @property
    def gap_count(self) -> int:
        """Competencies still to acquire (missing or only near)."""
        return len(self.overlap.missing) + len(self.overlap.near)


def holding_of(items: Iterable[Competency]) -> Holding:
    """The holding made of ``items`` (a job's row items, or a person's profile)."""
    found = {item.code: item for item in items}
    macros = set(found)
    macros.update(item.macro_code for item in found.values() if item.macro_code)
    twins = {twin_key(item.label) for item in found.values()}
    twins.discard(None)
    return Holding(frozenset(found), frozenset(macros), found, frozenset(twins))


def job_holding(row: JobRow) -> Holding:
    """What a person in this job holds by default: all of the job's competencies."""
    return holding_of(row.items.values())


def person_holding(row: JobRow | None, declared: Iterable[Competency] = (),
                   rejected: Iterable[str] = ()) -> Holding:
    """A person's holding: their job's competencies, plus ``declared``, minus ``rejected`` codes.

    A rejected competency also stops lighting its macro-competency, unless another held
    competency belongs to the same one.
    """
    items: dict[str, Competency] = dict(row.items) if row is not None else {}
    for item in declared:
        items.setdefault(item.code, item)
    for code in rejected:
        items.pop(code, None)
    return holding_of(items.values())


def cover(holding: Holding, target: JobRow) -> Coverage:
    """Split ``target``'s competencies into held, near and missing for ``holding``."""
    shared: list[Competency] = []
    near: list[Competency] = []
    missing: list[Competency] = []
    has_core = any(item.core for item in target.items.values())
    held = {True: 0.0, False: 0.0}
    total = {True: 0.0, False: 0.0}
    counts = [0, 0, 0]  # core total, held, near
    for code, item in target.items.items():
        key = item.core or not has_core
        total[key] += item.weight
        counts[0] += key
        if holding.holds_item(item):
            shared.append(item)
            held[key] += item.weight
            counts[1] += key
        elif code in holding.macros or (item.macro_code and item.macro_code in holding.macros):
            near.append(item)
            held[key] += MACRO_SHARE * item.weight
            counts[2] += key
        else:
            missing.append(item)
    core = _share(held[True], total[True])
    overall = _share(held[True] + held[False], total[True] + total[False])
    overlap = Overlap(tuple(shared), tuple(near), tuple(missing), overall, core)
    return Coverage(overlap, core, overall, counts[0], counts[1], counts[2])


def competency_of(item: object, core: bool = False) -> Competency:
    """A ``Competency`` for a ROME item a person declared (weight 0: it only adds to a holding)."""
    return Competency(
        code=str(item.code), label=str(getattr(item, "label", "")),
        kind=getattr(item, "kind", "savoir_faire"), core=core, weight=0.0,
        macro_code=str(getattr(item, "macro_code", "") or ""),
        macro_label=str(getattr(item, "macro_label", "") or ""),
    )


def _share(part: float, whole: float) -> float:
    return min(1.0, part / whole) if whole else 0.0
