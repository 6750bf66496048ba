"""What a report says about a job, gathered once from the study, the ROME and the bridges.

Everything that needs the engine (ROME items, impact levels, bridges) is computed here, once
per job: a batch of 200 people in 20 jobs asks the engine 20 times, and the workers that print
the PDFs only receive the resulting plain :class:`JobContent`. Without a ROME release the
study's own facts still fill the page and a notice says what is missing and how to import it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from domain.errors import RomeError, UserError
from domain.reports.model import (
    BridgePart,
    CompetencyLine,
    ExposureLine,
    GapGroupLine,
    JobContent,
    JobPart,
    LevelSeries,
    RomeSheetLine,
    StepLine,
    UseCaseLine,
)

if TYPE_CHECKING:
    from domain.matching.bridges import BridgeSettings
    from domain.matching.engine import Engine
    from domain.study import Job, Study

LISTED_COMPETENCIES = 5  # most and least exposed competencies shown for the job


@dataclass
class ReportContext:
    """The services a report reads: the study always, the engine when a ROME release exists."""

    study: Study
    engine: Engine | None = None
    rome_problem: str = ""  # why the engine is missing, in French, with how to fix it
    # the bridge settings the user chose (the Passerelles view's); None: ``BridgeSettings()``.
    # The report ranks and counts bridges with them (``shown`` of them), in its qualification.
    bridge_settings: BridgeSettings | None = None

    def settings_for(self, qualification: str, top: int | None = None) -> BridgeSettings:
        """The bridge settings of a report in ``qualification`` (a ``Qualification`` value).

        ``top``: how many bridges; default ``shown`` of the chosen settings, as many as the
        Passerelles view shows (5 unless the user changed it).
        """
        from domain.matching.bridges import BridgeSettings

        chosen = self.bridge_settings or BridgeSettings()
        return replace(chosen, qualification=qualification, top=top or chosen.shown)

    @classmethod
    def load(cls, conn: sqlite3.Connection | None = None, rome: str | Path | None = None) -> ReportContext:
        """Study plus engine; a missing release is reported, a broken ``--rome`` path raises."""
        from domain.matching.engine import Engine
        from domain.paths import rome_source
        from domain.study import load_study

        study = load_study()
        try:
            return cls(study, Engine.load(conn, rome))
        except RomeError as exc:
            if rome_source(str(rome) if rome else None) is not None:
                raise
            return cls(study, None, str(exc))


def is_manager(job: Job) -> bool:
    """Management jobs (trait « encadrement », ``data/job_traits.csv``) get the study's
    manager-specific recommendations and training."""
    from domain.study.traits import load_job_traits

    return load_job_traits().management(job.name)


def job_content(context: ReportContext, job_name: str, qualification: str = "experts",
                top: int | None = None) -> JobContent:
    """The job part, the ranked bridges and the notices for one of the 58 jobs.

    ``top``: how many bridges; default ``shown`` of ``context.bridge_settings``, as many as
    the Passerelles view shows.
    """
    from domain.matching.engine import describe_settings
    from domain.study import Qualification

    study, engine = context.study, context.engine
    job = study.find_job(job_name)
    quali = Qualification.parse(qualification)
    notices: list[str] = []
    part = _job_part(study, engine, job, quali)
    bridges: tuple[BridgePart, ...] = ()
    settings = context.settings_for(quali.value, top)
    if engine is None:
        notices.append("Les parties fondées sur le ROME (compétences du métier, passerelles, "
                       "plan de formation vers un autre métier) manquent : " + context.rome_problem)
    elif job.name not in engine.matrix.rows:
        missing = ", ".join(s.code for s in part.rome_sheets) or "aucune"
        notices.append(f"Les fiches ROME de « {job.name} » ({missing}) sont absentes de la "
                       f"version {engine.release.version} du ROME : les compétences du métier "
                       "et les passerelles ne peuvent pas être calculées.")
    else:
        if not engine.codes.get(job.name):  # the same bridges as the window and `bridges`
            missing = ", ".join(s.code for s in part.rome_sheets) or "aucune"
            notices.append(f"Les fiches ROME de « {job.name} » ({missing}) sont absentes de la "
                           f"version {engine.release.version} du ROME : ses passerelles reposent "
                           "sur les compétences retenues pour le métier avant cette version ; "
                           "rattachez-le à une fiche (data/job_rome.csv) pour les mettre à jour.")
        bridges = tuple(_bridge_part(engine, study, b) for b in engine.bridges(job.name, settings))
    return JobContent(
        job=part, bridges=bridges, rome_version=engine.release.version if engine else "",
        rome_available=engine is not None, notices=tuple(notices),
        settings_note=describe_settings(settings), is_manager=is_manager(job),
    )


def _job_part(study: Study, engine: Engine | None, job: Job, quali: Any) -> JobPart:
    from domain.study import Qualification
    from domain.study.recommendations import use_cases

    exposures = []
    for q in Qualification:
        exp = study.exposure(job, q)
        exposures.append(ExposureLine(q.value, q.label, exp.score, exp.rank, exp.profile.value,
                                      q is quali, exp.flag_reason))
    chosen = study.exposure(job, quali)
    definition = next((p.definition for p in study.profiles if p.profile is chosen.profile), "")
    rated = _rated(engine, job.name)
    series = []
    published = study.level_counts(job, quali)
    if published is not None:
        series.append(LevelSeries(f"Étude, {quali.label} ({published.competencies} compétences)",
                                  published.counts))
    if rated:
        counts = tuple(sum(1 for c, _ in rated if c.level == n) for n in range(1, 6))
        series.append(LevelSeries(f"Estimation Passerelles, ROME ({len(rated)} compétences)",
                                  counts))  # type: ignore[arg-type]
    return JobPart(
        name=job.name, family=job.family_label, core=job.core, qualification=quali.value,
        exposures=tuple(exposures), profile_definition=definition,
        level_labels=tuple(f"{lvl.level} – {lvl.label}" for lvl in study.scale),
        level_series=tuple(series),  # type: ignore[arg-type]
        most_exposed=_most_exposed(rated), least_exposed=_least_exposed(rated),
        rated_count=len(rated),
        use_cases=tuple(_use_case(c) for c in use_cases(job.name)),
        rome_sheets=_rome_sheets(engine, job.name),
    )


def _use_case(case: Any) -> UseCaseLine:
    return UseCaseLine(case.label, case.priority, case.priority_label, case.description)


def _rome_sheets(engine: Engine | None, job_name: str) -> tuple[RomeSheetLine, ...]:
    from domain.rome.job_mapping import job_rome_map

    lines = []  # the codes followed into the release in use (issue 12)
    for mapping in job_rome_map(engine.release if engine else None).get(job_name, []):
        sheet = engine.release.sheets.get(mapping.code_rome) if engine else None
        label = sheet.label if sheet else mapping.rome_label
        lines.append(RomeSheetLine(mapping.code_rome, label, engine is None or sheet is not None))
    return tuple(lines)


def _rated(engine: Engine | None, job_name: str) -> list[tuple[CompetencyLine, float]]:
    """The job's competencies that carry an impact level, with their weight on the job."""
    if engine is None or job_name not in engine.matrix.rows:
        return []
    found = []
    for item in engine.matrix.rows[job_name].items.values():
        level = engine.level_of(job_name, item)
        if level is None:
            continue
        estimate = (job_name, item.code) not in engine.overrides
        found.append((_line(engine, item.code, item.label, item.kind, item.core, level, estimate),
                      item.weight))
    return found  # type: ignore[return-value]


def _most_exposed(rated: list) -> tuple[CompetencyLine, ...]:
    ordered = sorted(rated, key=lambda cw: (-cw[0].level, not cw[0].core, -cw[1], cw[0].label))
    return tuple(c for c, _ in ordered if c.level >= 4)[:LISTED_COMPETENCIES]


def _least_exposed(rated: list) -> tuple[CompetencyLine, ...]:
    ordered = sorted(rated, key=lambda cw: (cw[0].level, not cw[0].core, -cw[1], cw[0].label))
    return tuple(c for c, _ in ordered if c.level <= 2)[:LISTED_COMPETENCIES]


def _line(engine: Engine, code: str, label: str, kind: str, core: bool, level: int | None,
          estimate: bool = True, near: bool = False) -> CompetencyLine:
    item = engine.release.items.get(code)
    return CompetencyLine(label, level, kind, core, estimate, near, code,
                          item.category if item else "", item.subcategory if item else "")


def _regulated(job: str) -> bool:
    """A regulated job (trait « réglementé », ``data/job_traits.csv``): its diploma is required."""
    from domain.study.traits import load_job_traits

    return load_job_traits().regulated(job)


def _bridge_part(engine: Engine, study: Study, bridge: Any) -> BridgePart:
    from domain.study.recommendations import use_cases

    def lines(refs: Any, job: str) -> tuple[CompetencyLine, ...]:
        return tuple(_line(engine, r.code, r.label, r.kind, r.core, r.level,
                           (job, r.code) not in engine.overrides, r.near) for r in refs)

    access = "\n".join(engine.release.sheets[c].access for c in engine.codes.get(bridge.target, [])
                       if c in engine.release.sheets and engine.release.sheets[c].access.strip())
    return BridgePart(
        target=bridge.target, kind=bridge.kind, similarity=bridge.similarity,
        exposure=bridge.exposure, classification=bridge.classification, path=tuple(bridge.path),
        rome_link=bridge.rome_link, coverage=bridge.coverage,
        shared=lines(bridge.shared, bridge.source), gap=lines(bridge.gap, bridge.target),
        explanation=bridge.explanation, access=access,
        target_use_cases=tuple(_use_case(c) for c in use_cases(bridge.target)),
        key_gaps=lines(bridge.key_gaps, bridge.target),
        gap_groups=tuple(GapGroupLine(g.label, g.count) for g in bridge.gap_groups),
        promotion=bridge.promotion, regulated=_regulated(bridge.target),
        steps=tuple(StepLine(s.source, s.target, s.similarity) for s in bridge.steps),
        core_total=bridge.core_total, core_held=bridge.core_held, warnings=bridge.warnings,
    )


def person_bridges(context: ReportContext, content: JobContent, declared: Sequence[str] = (),
                   rejected: Sequence[str] = (), chosen: str = "",
                   qualification: str = "experts") -> JobContent:
    """``content`` with its bridges ranked from a person's profile, the chosen one among them.

    The profile is the job's competencies plus ``declared`` minus ``rejected`` (ROME item
    codes). ``chosen`` is the target of the person's recorded decision: when it is not among
    the bridges shown, its bridge (explained as a wish) takes the last place, so the report
    always shows the decision next to the other leads. Without an engine, ``content`` as is.
    """
    from domain.study import Qualification

    engine = context.engine
    job = content.job.name
    if engine is None or job not in engine.matrix.rows or not (declared or rejected or chosen):
        return content
    settings = context.settings_for(Qualification.parse(qualification).value)
    holding = engine.person_holding(job, declared, rejected)
    found = list(engine.bridges(job, settings, holding))
    target = ""
    if chosen:
        try:
            target = engine.job_name(chosen)
        except UserError:
            target = ""
    if target and target != job and target not in {b.target for b in found}:
        try:
            wish = engine.explain(job, target, settings, holding)
        except UserError:
            wish = None
        if wish is not None:
            found = found[: settings.shown - 1] + [wish]
    parts = tuple(replace(_bridge_part(engine, context.study, b), chosen=b.target == target)
                  for b in found)
    return replace(content, bridges=parts)
