"""Turn what a person lacks for a target job into an ordered, timed training plan.

The plan is indicative: it gives an HR partner a first draft to discuss, not a training
contract. Assumptions, all visible in ``data/training_catalogue.csv`` or :class:`PlanSettings`:

* every plan opens with the generative-AI foundation and ethics modules (the study's axis 4
  asks for short mandatory basics and a usage charter before tools are used) unless the person
  has already followed them (``include_foundation=False``);
* competencies are grouped by ROME category into one step per catalogue module, core
  competencies (« Principale » on the sheet) in their own step, before the others, at high
  priority; a competency whose macro-competency is already practised (``near``) counts half;
* knowledge, then the target job's use cases, then certifications come last: they build on
  the job's competencies;
* the target ROME sheet's access conditions (« Bac à Bac+2 dans le domaine du commerce… ») are
  what France Travail states for external hiring: for an internal move in the same company they
  are shown as information (``TrainingPlan.access_info``), not a step, unless the target job is
  regulated (``data/job_traits.csv`` « réglementé »: a state diploma or protected title is
  required by law), where they are the plan's last step;
* duration = module base hours + hours per item covered, capped by the module's ``max_hours``
  (half of it for peripheral competencies, mostly learnt on the job), rounded up to the half
  hour; a certification module prepares one certification of the target job, not all; steps
  follow one another at ``hours_per_week`` hours of training a week (default: one day).

Inputs are plain: strings or any object with ``label`` (and optionally ``kind``, ``category``,
``subcategory``, ``core``, ``near``), so a bridge's ``gap`` or ROME items can be passed as is.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace

from domain.errors import UserError
from domain.matching.training_catalogue import (
    ACCESS_REQUIRED,
    CORE_PHASE,
    PHASES,
    Catalogue,
    Module,
    Need,
    load_catalogue,
)
from domain.study.recommendations import (
    PRIORITY_LABELS,
)
from domain.text import fold


@dataclass(frozen=True)
class PlanSettings:
    hours_per_week: float = 7.0  # one day of training a week
    use_case_max_priority: int = 1  # the target job's use cases kept in the plan
    include_foundation: bool = True
    is_manager: bool = False

    def check(self) -> None:
        if not 1 <= self.hours_per_week <= 35:
            raise UserError("Le rythme de formation doit être compris entre 1 et 35 heures par "
                            f"semaine (reçu : {self.hours_per_week:g}).")
        if self.use_case_max_priority not in (1, 2, 3):
            raise UserError("La priorité maximale des cas d'usage doit valoir 1, 2 ou 3.")


@dataclass(frozen=True)
class TrainingStep:
    order: int
    title: str
    kind: str
    priority: int  # 1 haute, 2 moyenne, 3 basse
    duration_hours: float
    covers: tuple[str, ...]
    start_week: int
    end_week: int
    module_id: str = ""
    axes: tuple[int, ...] = ()
    description: str = ""

    @property
    def priority_label(self) -> str:
        return PRIORITY_LABELS[self.priority]


@dataclass(frozen=True)
class TrainingPlan:
    source_job: str
    target_job: str
    steps: tuple[TrainingStep, ...]
    total_hours: float
    weeks: int
    hours_per_week: float
    notes: tuple[str, ...] = field(default=())
    access_info: str = ""  # the target sheet's access conditions, as information (not a step)

    def to_json(self) -> dict:
        steps = [asdict(s) | {"priority_label": s.priority_label} for s in self.steps]
        return asdict(self) | {"steps": steps}




@dataclass
class _Draft:
    module: Module
    priority: int
    hours: float
    covers: list[str]
    phase: int
    title: str


def as_need(item: object, default_kind: str = "savoir_faire") -> Need:
    """Accept a label, a :class:`Need` or any record with ``label`` (CompetencyRef, RomeItem)."""
    if isinstance(item, Need):
        return item
    if isinstance(item, str):
        return Need(item.strip(), default_kind)
    label = getattr(item, "label", None)
    if not isinstance(label, str) or not label.strip():
        raise UserError(f"Compétence sans libellé : {item!r}.")
    return Need(label.strip(), getattr(item, "kind", "") or default_kind,
                getattr(item, "category", "") or "", getattr(item, "subcategory", "") or "",
                bool(getattr(item, "core", False)), bool(getattr(item, "near", False)))


def bridge_needs(key_gaps: Sequence[object], others: Sequence[object] = ()) -> list[Need]:
    """Needs of a bridge as the person reads it: its key gaps first, as the plan's key step.

    The key gaps (``Bridge.key_gaps``, at most 8) become core needs, so the plan's
    « compétences clés » step is exactly what the bridge says to learn first; every other gap
    is peripheral (mostly learnt on the job). Only the bridge's own gaps enter the plan: the
    target's retained competencies, never a diploma of an unrelated sheet.
    """
    keys = [replace(as_need(item), core=True) for item in key_gaps]
    return keys + [replace(as_need(item), core=False) for item in others]


def build_plan(
    source_job: str,
    target_job: str,
    missing: Sequence[object] = (),
    knowledge: Sequence[object] = (),
    access_text: str = "",
    use_cases: Iterable[object] = (),
    settings: PlanSettings | None = None,
    catalogue: Catalogue | None = None,
    *,
    regulated: bool = False,
) -> TrainingPlan:
    """The ordered, timed plan for moving from ``source_job`` to ``target_job``.

    ``missing``: competencies to acquire, core first (a bridge's ``gap``); ``knowledge``: the
    target's savoirs and certifications not held; ``access_text``: the target sheet's access
    conditions, a step of the plan only when the target is ``regulated`` (access reserved by
    law), else kept as ``access_info`` (France Travail's conditions for external hiring, not a
    training step for an internal move); ``use_cases``: the target job's use cases
    (``label`` and ``priority``).
    """
    settings = settings or PlanSettings()
    settings.check()
    catalogue = catalogue or load_catalogue()
    drafts: list[_Draft] = []
    if settings.include_foundation:
        drafts += [_fixed(m) for m in catalogue.modules if m.kind in ("fondation", "éthique")]
    if settings.is_manager:
        drafts += [_fixed(m) for m in catalogue.modules if m.priority_rule == "manager"]
    needs = _needs(missing, knowledge)
    drafts += _need_drafts(needs, catalogue)
    case_drafts, unknown = _use_case_drafts(use_cases, settings, catalogue)
    drafts += case_drafts
    access_info = ""
    if access_text.strip() and regulated:
        drafts.append(_access_draft(access_text, catalogue))
    elif access_text.strip():
        access_info = " ".join(access_text.split())
    steps = _schedule(_order(drafts, catalogue), settings.hours_per_week)
    notes = _notes(needs, source_job, target_job, unknown, settings)
    total = round(sum(s.duration_hours for s in steps), 1)
    return TrainingPlan(source_job, target_job, tuple(steps), total,
                        steps[-1].end_week if steps else 0, settings.hours_per_week, notes,
                        access_info)


def _fixed(module: Module) -> _Draft:
    priority = int(module.priority_rule) if module.priority_rule.isdigit() else 2
    return _Draft(module, priority, _round(module.hours), [], PHASES[module.kind], module.title)


def _needs(missing: Sequence[object], knowledge: Sequence[object]) -> list[Need]:
    """Missing items then knowledge, without duplicates (first mention wins, core is kept)."""
    found: dict[str, Need] = {}
    for item, kind in [(m, "savoir_faire") for m in missing] + [(k, "savoir") for k in knowledge]:
        need = as_need(item, kind)
        key = fold(need.label)
        if key in found:
            if need.core and not found[key].core:
                found[key] = replace(found[key], core=True)
            continue
        found[key] = need
    return list(found.values())


def _need_drafts(needs: list[Need], catalogue: Catalogue) -> list[_Draft]:
    groups: dict[tuple[str, bool], list[Need]] = {}
    for need in needs:
        module = catalogue.for_need(need)
        core = need.core and module.priority_rule == "core"
        groups.setdefault((module.id, core), []).append(need)
    drafts = []
    for (module_id, core), members in groups.items():
        module = catalogue.get(module_id)
        units = sum(0.5 if n.near else 1.0 for n in members)
        hours = module.hours + module.hours_per_item * units
        if module.max_hours is not None:
            # Peripheral competencies are mostly learnt on the job (tutoring, AFEST): their
            # classroom share is capped at half the module's ceiling.
            peripheral = module.priority_rule == "core" and not core
            hours = min(hours, module.max_hours / 2 if peripheral else module.max_hours)
        hours = _round(hours)
        if module.priority_rule == "core":
            priority, phase = (1, CORE_PHASE) if core else (2, PHASES[module.kind])
        else:
            priority, phase = _fixed(module).priority, PHASES[module.kind]
        title = module.title + (" (compétences clés)" if core else "")
        drafts.append(_Draft(module, priority, hours, [n.label for n in members], phase, title))
    return drafts


def _use_case_drafts(use_cases: Iterable[object], settings: PlanSettings,
                     catalogue: Catalogue) -> tuple[list[_Draft], list[str]]:
    by_module: dict[str, _Draft] = {}
    unknown: list[str] = []
    for case in use_cases:
        label = str(getattr(case, "label", case)).strip()
        priority = int(getattr(case, "priority", 1))
        if priority > settings.use_case_max_priority:
            continue
        module = catalogue.for_use_case(label)
        if module is None:
            unknown.append(label)
            continue
        draft = by_module.setdefault(module.id, _Draft(
            module, priority, _round(module.hours), [], PHASES[module.kind], module.title))
        draft.priority = min(draft.priority, priority)
        if label not in draft.covers:
            draft.covers.append(label)
    return list(by_module.values()), unknown


def _access_draft(access_text: str, catalogue: Catalogue) -> _Draft:
    module = catalogue.of_kind("accès")[0]
    priority = 1 if ACCESS_REQUIRED.search(fold(access_text)) else 2
    excerpt = " ".join(access_text.split())
    if len(excerpt) > 240:
        excerpt = excerpt[:239].rsplit(" ", 1)[0] + "…"
    return _Draft(module, priority, _round(module.hours), [excerpt], PHASES[module.kind],
                  module.title)


def _order(drafts: list[_Draft], catalogue: Catalogue) -> list[_Draft]:
    """Phase, then priority, then catalogue order, never before a selected prerequisite."""
    def key(i: int) -> tuple[int, int, int, int]:
        d = drafts[i]
        return (d.phase, d.priority, catalogue.modules.index(d.module), i)

    steps_of: dict[str, list[int]] = {}
    for i, d in enumerate(drafts):
        steps_of.setdefault(d.module.id, []).append(i)
    waits = {i: {j for p in d.module.prerequisites for j in steps_of.get(p, [])}
             for i, d in enumerate(drafts)}
    ready = [key(i) for i, deps in waits.items() if not deps]
    heapq.heapify(ready)
    placed: list[int] = []
    while ready:
        i = heapq.heappop(ready)[-1]
        placed.append(i)
        for j, deps in waits.items():
            if i in deps:
                deps.discard(i)
                if not deps:
                    heapq.heappush(ready, key(j))
    return [drafts[i] for i in placed]


def _schedule(drafts: list[_Draft], hours_per_week: float) -> list[TrainingStep]:
    steps, elapsed = [], 0.0
    for order, d in enumerate(drafts, start=1):
        start_week = int(elapsed // hours_per_week) + 1
        elapsed += d.hours
        end_week = max(start_week, math.ceil(elapsed / hours_per_week - 1e-9))
        steps.append(TrainingStep(order, d.title, d.module.kind, d.priority, d.hours,
                                  tuple(d.covers), start_week, end_week, d.module.id,
                                  d.module.axes, d.module.description))
    return steps


def _notes(needs: list[Need], source_job: str, target_job: str, unknown: list[str],
           settings: PlanSettings) -> tuple[str, ...]:
    notes = []
    if not needs:
        notes.append("Aucune compétence ni connaissance manquante n'a été repérée pour "
                     f"« {target_job} » : le parcours se limite au socle commun sur l'IA "
                     "générative et aux cas d'usage du métier.")
    if fold(source_job) == fold(target_job):
        notes.append("Parcours d'adaptation au métier actuel, sans changement de métier.")
    if unknown:
        notes.append("Cas d'usage sans module de formation au catalogue : "
                     + " ; ".join(f"« {u} »" for u in unknown) + ".")
    notes.append("Durées indicatives, à ajuster avec l'organisme de formation ; rythme supposé "
                 f"de {settings.hours_per_week:g} h de formation par semaine.")
    return tuple(notes)


def _round(hours: float) -> float:
    """Up to the next half hour, as training sessions are booked."""
    return math.ceil(hours * 2 - 1e-9) / 2
