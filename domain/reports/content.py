"""A :class:`ReportData` for one person or one job, from the job's content and the person's facts.

The person-specific part is light on purpose (names, seniority, wishes, decisions, the training
plan for the chosen bridge, the five axes read for their situation): a batch worker builds it
for each row in a few milliseconds from a :class:`JobContent` computed once per job.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from domain.errors import UserError
from domain.reports.job_content import ReportContext, job_content, person_bridges
from domain.reports.model import (
    AxisPart,
    BridgePart,
    DecisionLine,
    JobContent,
    NoteLine,
    PersonPart,
    PlanPart,
    PlanStep,
    RecommendationLine,
    ReportData,
)
from domain.text import fold

STUDY_SOURCE = (
    "Étude « Impacts de l'IA générative pour les métiers de l'assistance — Étude "
    "d'approfondissement 1/2 », Observatoire des métiers de l'assistance, 2024-2025, réalisée "
    "par PwC avec le soutien de l'OPCO Atlas : métiers, scores et profils d'exposition, "
    "échelle d'impact, cas d'usage des métiers cœur, axes et recommandations (titres cités, "
    "explications reformulées)."
)
DECISION_LABELS = {"considered": "envisagée", "in_progress": "en cours", "done": "réalisée",
                   "dropped": "abandonnée"}


def rome_source_line(version: str) -> str:
    shown = f"version {version}" if version else "version non disponible lors de l'édition"
    return (f"ROME 4.0 (Répertoire opérationnel des métiers et des emplois), France Travail, "
            f"{shown} : fiches métiers, compétences, savoirs, conditions d'accès et mobilités. "
            "Licence Ouverte / Open Licence v2.0 (Etalab). Les données ont été retraitées par "
            "Passerelles (regroupement par métier de l'étude, pondération).")


def sources(content: JobContent) -> tuple[str, ...]:
    return (
        STUDY_SOURCE,
        rome_source_line(content.rome_version),
        "Correspondance entre les 58 métiers de l'étude et les fiches ROME, niveaux d'impact "
        "estimés par compétence, catalogue de formation et calcul des passerelles : "
        "Passerelles (données et règles publiées avec l'application, modifiables).",
        "Police DejaVu Sans 2.37 (licence Bitstream Vera, modifications DejaVu dans le "
        "domaine public).",
    )


METHOD_NOTES = (
    "Similarité : proximité des compétences ROME des deux métiers, exprimée comme un rang "
    "parmi toutes les paires de métiers de la branche (0,90 : plus proches que 90 % des paires).",
    "Niveaux d'impact 1 à 5 : l'étude a évalué chaque compétence sans publier le détail ; les "
    "niveaux marqués « est. » sont des estimations de Passerelles par règles explicites, qu'un "
    "responsable RH peut corriger.",
    "Couverture : part des compétences clés du métier visé que la personne détient déjà "
    "(pondérée par leur rareté dans le ROME ; une compétence voisine d'un acquis compte pour "
    "moitié). Mobilité proche : au moins 50 % ; sinon, mobilité d'évolution.",
    "À acquérir en priorité : au plus 8 compétences, les plus importantes dans le métier visé "
    "(clés, distinctives), les moins exposées à l'IA générative d'abord ; le plan de formation "
    "commence par elles.",
    "Plan de formation indicatif : durées à ajuster avec l'organisme de formation.",
)


def seniority(entry: date | None, today: date) -> str:
    """« 7 ans et 4 mois », « 5 mois », « moins d'un mois »; empty without an entry date."""
    if entry is None or entry > today:
        return ""
    months = (today.year - entry.year) * 12 + today.month - entry.month - (today.day < entry.day)
    years, months = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} an{'s' if years > 1 else ''}")
    if months:
        parts.append(f"{months} mois")
    return " et ".join(parts) or "moins d'un mois"


def person_part(employee: Any, today: date, decisions: Iterable[Any] = (),
                facts: StoredFacts | None = None) -> PersonPart:
    """From a ``domain.people.employees.Employee`` (or any record with the same fields)."""
    facts = facts or StoredFacts()
    return PersonPart(
        employee_id=str(employee.id), first_name=employee.first_name or "",
        last_name=employee.last_name or "", entry_date=employee.entry_date,
        seniority=seniority(employee.entry_date, today), wishes=(employee.wishes or "").strip(),
        decisions=tuple(DecisionLine(d.target_job, DECISION_LABELS.get(d.status, d.status),
                                     d.comment) for d in decisions),
        declared=facts.declared_labels, rejected=facts.rejected_labels, notes=facts.notes,
    )


def chosen_target(decisions: Iterable[Any]) -> str:
    """The target job of the latest decision not dropped ("" when none)."""
    found = ""
    for decision in decisions:
        if decision.status != "dropped":
            found = decision.target_job
    return found


def build_report_data(content: JobContent, person: PersonPart | None = None, *,
                      author: str = "", today: date | None = None,
                      declared: Sequence[str] = ()) -> ReportData:
    """The full report; ``declared`` are ROME item codes the person already holds."""
    today = today or date.today()
    bridges = tuple(_without(b, set(declared)) for b in content.bridges)
    chosen = _chosen_bridge(bridges, person)
    plan = _plan(content, chosen)
    notices = list(content.notices)
    if not bridges and content.rome_available and not content.notices:
        notices.append(f"Aucune passerelle n'atteint les seuils retenus depuis « {content.job.name} » "
                       "vers un métier émergent ou peu exposé. Le plan de formation porte donc sur "
                       "l'adaptation au métier actuel.")
    if person is not None and not person.wishes:
        notices.append("Aucun souhait d'évolution n'a été recueilli pour cette personne : la "
                       "partie « Entretien » permet de les noter.")
    title = (f"Rapport de transition — {person.full_name}" if person
             else f"Fiche métier — {content.job.name}")
    return ReportData(
        title=title, author=author, created=today, job=content.job, bridges=bridges, plan=plan,
        axes=_axes(content, chosen, person), person=person, notices=tuple(notices),
        sources=sources(content), rome_version=content.rome_version,
        rome_available=content.rome_available, settings_note=content.settings_note,
        method_notes=METHOD_NOTES,
    )


def _without(bridge: BridgePart, declared: set[str]) -> BridgePart:
    if not declared:
        return bridge
    return replace(bridge, gap=tuple(c for c in bridge.gap if c.code not in declared),
                   key_gaps=tuple(c for c in bridge.key_gaps if c.code not in declared))


def _chosen_bridge(bridges: tuple[BridgePart, ...], person: PersonPart | None) -> BridgePart | None:
    """The bridge the latest decision (not dropped) names, else the best-ranked one."""
    if not bridges:
        return None
    marked = [b for b in bridges if b.chosen]
    if marked:
        return marked[0]
    for decision in reversed(person.decisions if person else ()):
        if decision.status == DECISION_LABELS["dropped"]:
            continue
        for bridge in bridges:
            if fold(bridge.target) == fold(decision.target):
                return bridge
        break
    return bridges[0]


def _plan(content: JobContent, bridge: BridgePart | None) -> PlanPart:
    from domain.matching.training import Need, PlanSettings, bridge_needs, build_plan

    settings = PlanSettings(is_manager=content.is_manager)
    job = content.job.name
    if bridge is None:
        plan = build_plan(job, job, use_cases=content.job.use_cases, settings=settings)
    else:
        keys = {c.code for c in bridge.key_gaps}
        others = [c for c in bridge.gap if c.code not in keys]
        needs = bridge_needs([_need(c, Need) for c in bridge.key_gaps], [_need(c, Need) for c in others])
        plan = build_plan(job, bridge.target, [n for n in needs if n.kind != "savoir"],
                          [n for n in needs if n.kind == "savoir"], bridge.access,
                          bridge.target_use_cases, settings, regulated=bridge.regulated)
    steps = tuple(PlanStep(s.order, s.title, s.kind, s.priority, s.priority_label,
                           s.duration_hours, s.covers, s.start_week, s.end_week, s.description)
                  for s in plan.steps)
    return PlanPart(plan.source_job, plan.target_job, steps, plan.total_hours, plan.weeks,
                    plan.hours_per_week, plan.notes, adaptation=bridge is None,
                    access_info=plan.access_info)


def _need(line: Any, need: Any) -> Any:
    return need(line.label, line.kind, line.category, line.subcategory, line.core, line.near)


def _axes(content: JobContent, bridge: BridgePart | None, person: PersonPart | None) -> tuple[AxisPart, ...]:
    from domain.study.axes import Situation, applicable_recommendations

    chosen = content.job.chosen
    situation = Situation(
        job=content.job.name, profile=chosen.profile, score=chosen.score,
        is_core_job=content.job.core, has_bridge=bridge is not None,
        bridge_kind=bridge.kind if bridge else "", target_job=bridge.target if bridge else "",
        bridge_coverage=bridge.coverage if bridge else None,
        has_wishes=bool(person and person.wishes), is_manager=content.is_manager,
        use_case_count=len(content.job.use_cases), person=person is not None,
    )
    parts = []
    for advice in applicable_recommendations(situation):
        lines = tuple(RecommendationLine(rec.reference, rec.title, detail)
                      for rec, detail in zip(advice.recommendations, advice.details, strict=True))
        parts.append(AxisPart(advice.axis.number, advice.axis.title, advice.axis.objective, lines))
    return tuple(parts)


# --- services called by the command line, the GUI and the batch -----------------------------


def report_data_for_job(job: str, context: ReportContext | None = None, *,
                        qualification: str = "experts", author: str = "",
                        today: date | None = None) -> ReportData:
    """A generic sheet for one of the 58 jobs (no person)."""
    context = context or ReportContext.load()
    return build_report_data(job_content(context, job, qualification), author=author, today=today)


def report_data_for_person(employee: Any, context: ReportContext | None = None, *,
                           qualification: str = "experts", author: str = "",
                           today: date | None = None, decisions: Iterable[Any] = (),
                           declared: Sequence[str] = (),
                           facts: StoredFacts | None = None) -> ReportData:
    """A person's report from an ``Employee`` record (store or roster).

    With ``facts`` (``stored_facts``), the bridges are ranked from the person's own profile
    and the recorded decision is among them; ``decisions``/``declared`` are the older way to
    pass the same things.
    """
    today = today or date.today()
    context = context or ReportContext.load()
    facts = facts or StoredFacts(tuple(decisions), tuple(declared))
    try:
        job = context.study.find_job(employee.job).name
    except UserError:
        job = employee.job
    facts = beyond_job(facts, context.engine, job)
    content = personal_content(context, job_content(context, employee.job, qualification),
                               facts, qualification)
    return build_report_data(content, person_part(employee, today, facts.decisions, facts),
                             author=author, today=today, declared=facts.declared)


def personal_content(context: ReportContext, content: JobContent, facts: StoredFacts | None,
                     qualification: str = "experts") -> JobContent:
    """The job's content with bridges ranked from the person's profile and decision."""
    if facts is None:
        return content
    return person_bridges(context, content, facts.declared, facts.rejected,
                          chosen_target(facts.decisions), qualification)


@dataclass(frozen=True)
class StoredFacts:
    """What the store adds to a person's report: decisions, own competencies, shareable notes.

    Plain and picklable, so a batch worker gets exactly what the single preview reads.
    """

    decisions: tuple[Any, ...] = ()  # domain.people.employees.ChosenBridge, in the order chosen
    declared: tuple[str, ...] = ()  # ROME item codes the person declared
    rejected: tuple[str, ...] = ()  # ROME item codes of their job they do not practise
    declared_labels: tuple[str, ...] = ()
    rejected_labels: tuple[str, ...] = ()
    notes: tuple[NoteLine, ...] = ()  # interview notes marked shareable


def stored_facts(conn: sqlite3.Connection, employee_ids: Iterable[str]) -> dict[str, StoredFacts]:
    """The facts of the people found in the store (people without any are left out)."""
    from domain.people import employees

    found: dict[str, StoredFacts] = {}
    for employee_id in dict.fromkeys(employee_ids):
        declared = employees.competencies(conn, employee_id)
        rejected = employees.rejections(conn, employee_id)
        notes = tuple(NoteLine(n.held_on, n.body) for n in employees.notes(conn, employee_id)
                      if n.shareable)
        facts = StoredFacts(tuple(employees.bridges(conn, employee_id)),
                            tuple(c.item_code for c in declared), tuple(c.item_code for c in rejected),
                            tuple(c.label for c in declared), tuple(c.label for c in rejected), notes)
        if facts != StoredFacts():
            found[employee_id] = facts
    return found


def beyond_job(facts: StoredFacts | None, engine: Any, job: str) -> StoredFacts | None:
    """``facts`` whose declared labels (what the report lists as « Déclarées en plus de votre
    métier ») leave out the items the job's profile already retains — the command line's rule
    (``person_profile.declared_beyond_job``). The codes stay: they change nothing to the
    ranking. Without an engine, or for a job it does not know, ``facts`` as they are."""
    from domain.matching.person_profile import declared_beyond_job

    if facts is None or not facts.declared or engine is None:
        return facts
    row = engine.matrix.rows.get(job)
    if row is None:
        return facts
    keep = set(declared_beyond_job(set(row.items), facts.declared))
    labels = tuple(label for code, label in zip(facts.declared, facts.declared_labels,
                                                strict=False) if code in keep)
    return replace(facts, declared_labels=labels)


def report_data_for_employee(conn: sqlite3.Connection, employee_id: str,
                             context: ReportContext | None = None, **options: Any) -> ReportData:
    """A person of the store, with their decisions, own competencies and shareable notes."""
    from domain.people import employees

    person = employees.get_employee(conn, employee_id)
    facts = stored_facts(conn, [employee_id]).get(employee_id, StoredFacts())
    return report_data_for_person(person, context or ReportContext.load(conn), facts=facts,
                                  **options)
