"""The later sections of a report: training plan, the five axes, interview, sources."""

from __future__ import annotations

from typing import Any

from domain.reports import styles as st
from domain.reports import widgets as w
from domain.reports.model import PlanPart, ReportData
from domain.reports.sections import FRAME_WIDTH, french_date

COVERS_SHOWN = 3
COVERS_CHARS = 150
TIMELINE_ROW = 10.5
PRIORITY_COLOURS = {1: st.ACCENT, 2: "#5b8cc4", 3: "#a9c3e3"}


def plan_section(data: ReportData) -> list[Any]:
    flow: list[Any] = [w.heading("Plan de formation")]
    plan = data.plan
    if plan is None:
        flow.append(w.notice("Aucun plan de formation n'a pu être établi."))
        return flow
    yours = "votre métier" if data.person else "ce métier"
    if plan.adaptation:
        current = "de votre métier actuel" if data.person else "du métier"
        intro = (f"Sans passerelle proposée, le plan porte sur l'évolution {current}, "
                 f"« {plan.target} », face à l'IA générative")
    else:
        intro = f"Pour aller de « {plan.source} » vers « {plan.target} »"
    how = ("Les modules portent sur le socle commun de l'IA générative et sur les cas d'usage "
           f"de {yours}." if plan.adaptation else
           "Les compétences manquantes sont regroupées en modules du catalogue de formation ; "
           "l'ordre tient compte des prérequis (socle sur l'IA générative d'abord"
           + (", conditions d'accès du métier réglementé en dernier)."
              if any(s.kind == "accès" for s in plan.steps) else ")."))
    flow.append(w.para(
        f"{w.text(intro)} : {w.plural(len(plan.steps), 'étape')}, {w.hours(plan.total_hours)} au "
        f"total, soit environ {w.plural(plan.weeks, 'semaine')} à raison de "
        f"{w.hours(plan.hours_per_week)} de formation par semaine. {how}", "lead", markup=True))
    rows: list[list[Any]] = [["N°", "Étape", "Priorité", "Durée", "Semaines"]]
    for step in plan.steps:
        rows.append([str(step.order), _step_cell(step), step.priority_label, w.hours(step.hours),
                     _weeks(step.start_week, step.end_week)])
    flow.append(w.table(rows, [26, FRAME_WIDTH - 196, 55, 50, 65]))
    flow += [w.heading("Calendrier indicatif", 2), _timeline(plan)]
    flow += w.bullets(plan.notes)
    if plan.access_info:
        flow.append(w.para(
            f"{w.bold(ACCESS_INFO)} : {w.text(plan.access_info.rstrip('. '))}. Pour une "
            "mobilité au sein de "
            "l'entreprise, ce diplôme n'est pas une étape du plan : l'entretien avec les RH "
            "vérifie ce qui s'applique (expérience, VAE, certification).", "small", markup=True))
    return flow


ACCESS_INFO = "Conditions d'accès indiquées par France Travail pour un recrutement externe"


def _weeks(start: int, end: int) -> str:
    return f"{start}" if start == end else f"{start} à {end}"


def _step_cell(step: Any) -> list[Any]:
    """Title in bold and, below in small type, what the step covers."""
    detail = ""
    if step.covers:
        shown = " ; ".join(step.covers[:COVERS_SHOWN])
        if len(shown) > COVERS_CHARS:
            shown = shown[:COVERS_CHARS].rsplit(" ", 1)[0] + " …"
        if len(step.covers) > COVERS_SHOWN:
            shown += f" (et {w.plural(len(step.covers) - COVERS_SHOWN, 'autre')})"
        detail = f"Porte sur : {shown}"
    elif step.description:
        detail = step.description
    cells = [w.para(step.title, "cell_bold")]
    if detail:
        cells.append(w.para(detail, "cell_small"))
    return cells


def _timeline(plan: PlanPart) -> Any:
    """A Gantt-like drawing: one bar per step over the weeks of the plan."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    weeks = max(plan.weeks, 1)
    label_width, left_pad = 200, 4
    height = TIMELINE_ROW * (len(plan.steps) + 2) + 6
    drawing = Drawing(FRAME_WIDTH, height)
    span = FRAME_WIDTH - label_width - 10
    unit = span / weeks
    top = height - TIMELINE_ROW
    step_every = max(1, round(weeks / 12))
    for week in range(1, weeks + 1):
        if (week - 1) % step_every == 0:
            x = label_width + (week - 1) * unit + 2
            drawing.add(String(x, top + 3, f"S{week}", fontName=st.FONT, fontSize=6.5,
                               fillColor=colors.HexColor(st.MUTED)))
    for row, step in enumerate(plan.steps):
        y = top - (row + 1) * TIMELINE_ROW
        title = f"{step.order}. {step.title}"
        if len(title) > 44:
            title = title[:43].rstrip() + "…"
        drawing.add(String(left_pad, y + 3, title, fontName=st.FONT, fontSize=6.8,
                           fillColor=colors.HexColor(st.INK)))
        x0 = label_width + (step.start_week - 1) * unit
        x1 = label_width + step.end_week * unit
        drawing.add(Rect(x0, y + 1.5, max(x1 - x0, 2), TIMELINE_ROW - 4, strokeColor=None,
                         fillColor=colors.HexColor(PRIORITY_COLOURS.get(step.priority, st.ACCENT))))
    drawing.add(Line(label_width, TIMELINE_ROW, label_width, height - 2,
                     strokeColor=colors.HexColor(st.RULE), strokeWidth=0.5))
    x = label_width
    drawing.add(String(left_pad, 2, "Priorité :", fontName=st.FONT, fontSize=6.8,
                       fillColor=colors.HexColor(st.MUTED)))
    for priority, label in ((1, "haute"), (2, "moyenne"), (3, "basse")):
        drawing.add(Rect(x, 2, 14, 6.5, strokeColor=None,
                         fillColor=colors.HexColor(PRIORITY_COLOURS[priority])))
        drawing.add(String(x + 18, 2, label, fontName=st.FONT, fontSize=6.8,
                           fillColor=colors.HexColor(st.MUTED)))
        x += 70
    return drawing


# --- « Les cinq axes » ---------------------------------------------------------------------


def axes_section(data: ReportData) -> list[Any]:
    from reportlab.platypus import KeepTogether

    if data.person:
        flow: list[Any] = [w.heading("Les cinq axes de l'étude et ce qu'ils changent pour vous")]
        flow.append(w.para(
            "L'étude recommande aux entreprises de la branche cinq axes d'action. Pour chacun, "
            "voici les recommandations qui concernent votre situation (titres de l'étude) et ce "
            "qu'elles signifient pour vous."))
    else:
        flow = [w.heading("Les cinq axes de l'étude et ce qu'ils changent pour les salariés du "
                          "métier")]
        flow.append(w.para(
            "L'étude recommande aux entreprises de la branche cinq axes d'action. Pour chacun, "
            "voici les recommandations qui concernent ce métier (titres de l'étude) et ce "
            "qu'elles signifient pour une personne qui l'exerce, à qui les phrases "
            "s'adressent."))
    for axis in data.axes:
        head = [w.heading(f"Axe {axis.number} — {axis.title}", 2),
                w.para(f"Objectif : {axis.objective}", "small")]
        items = [[w.para(f"{w.bold(rec.reference.capitalize())} — « {w.text(rec.title)} »",
                         "h3", markup=True), w.para(rec.meaning)] for rec in axis.recommendations]
        if not items:
            items = [[w.para("Aucune recommandation de cet axe ne vise directement votre "
                             "situation.")]]
        flow.append(KeepTogether(head + items[0]))
        flow += [KeepTogether(item) for item in items[1:]]
    return flow


# --- « Entretien » -------------------------------------------------------------------------


def interview_section(data: ReportData) -> list[Any]:
    from reportlab.platypus import KeepTogether, Spacer

    flow: list[Any] = [w.heading("Entretien")]
    person = data.person
    flow.append(w.heading("Souhaits exprimés", 2))
    if person and person.wishes:
        flow.append(w.para(person.wishes))
    else:
        flow.append(w.para("Aucun souhait n'a été recueilli à ce jour. À noter pendant "
                           "l'entretien :"))
        flow.append(_blank_lines(3))
    flow += _own_competencies(person)
    if person and person.notes:
        flow.append(w.heading("Notes d'entretien partagées", 2))
        for note in person.notes:
            flow.append(w.para(f"{w.bold(french_date(note.held_on))} — {w.text(note.body)}",
                               markup=True))
    flow.append(w.heading("Décisions", 2))
    if person and person.decisions:
        rows = [["Passerelle", "Statut", "Commentaire"]]
        rows += [[d.target, d.status, d.comment] for d in person.decisions]
        flow.append(w.table(rows, [190, 80, FRAME_WIDTH - 270]))
    choices = [f"{'☒' if b.chosen else '☐'} {b.target} ({b.kind}"
               f"{', décision enregistrée' if b.chosen else ''})" for b in data.bridges]
    choices += ["☐ Rester dans le métier actuel et suivre le plan d'adaptation",
                "☐ Autre piste : ……………………………………………"]
    flow.append(w.para("Piste retenue à l'issue de l'entretien :"))
    flow += [w.para(choice, "bullet") for choice in choices]
    flow.append(w.heading("Prochaines étapes", 2))
    rows = [["Action", "Qui", "Échéance"]] + [["", "", ""] for _ in range(4)]
    flow.append(w.table(rows, [FRAME_WIDTH - 200, 110, 90], zebra=False, extra=[
        ("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 8)]))
    flow.append(w.heading("Commentaires de la personne", 2))
    flow.append(_blank_lines(4))
    flow.append(w.para("Ce qui est noté ici est communicable à la personne sur simple demande : "
                       "s'en tenir aux faits et aux décisions.", "small"))
    flow.append(Spacer(1, 8))
    flow.append(KeepTogether([w.heading("Signatures", 2), _signatures(data)]))
    return flow


def _own_competencies(person: Any) -> list[Any]:
    """What the person declared beyond their job, and what of their job they do not practise."""
    if person is None or not (person.declared or person.rejected):
        return []
    flow: list[Any] = [w.heading("Compétences déclarées", 2),
                       w.para("Les passerelles ci-dessus partent de votre profil : les compétences "
                              "de votre métier, plus celles que vous avez déclarées, moins celles "
                              "que vous ne pratiquez pas.", "small")]
    if person.declared:
        flow.append(w.para(f"{w.bold('Déclarées en plus de votre métier')} : "
                           + " ; ".join(w.text(label) for label in person.declared) + ".",
                           markup=True))
    if person.rejected:
        flow.append(w.para(f"{w.bold('Retirées de votre profil')} : "
                           + " ; ".join(w.text(label) for label in person.rejected) + ".",
                           markup=True))
    return flow


def _blank_lines(count: int) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table([[""] for _ in range(count)], colWidths=[FRAME_WIDTH], rowHeights=[20] * count)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(st.RULE)),
                               ("FONTNAME", (0, 0), (-1, -1), st.FONT)]))
    return table


def _signatures(data: ReportData) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    who = data.person.full_name if data.person and data.person.full_name else "La personne"
    left = [w.para(who, "cell_bold"), w.para("Date et signature :", "cell_small")]
    right = [w.para("Le manager ou le partenaire RH", "cell_bold"),
             w.para("Nom, date et signature :", "cell_small")]
    half = FRAME_WIDTH / 2
    table = Table([[left, right]], colWidths=[half, half], rowHeights=[90], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (0, 0), 0.6, colors.HexColor(st.RULE)),
        ("BOX", (1, 0), (1, 0), 0.6, colors.HexColor(st.RULE)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), st.FONT),
    ]))
    return table


# --- « Sources et licences » ---------------------------------------------------------------


def sources_section(data: ReportData) -> list[Any]:
    flow: list[Any] = [w.heading("Sources, méthode et licences")]
    flow += w.bullets(data.sources)
    flow.append(w.para("Méthode", "h3"))
    flow += w.bullets(data.method_notes)
    rome = f"ROME {data.rome_version}" if data.rome_version else "sans référentiel ROME"
    flow.append(w.para(f"Document établi par Passerelles le {french_date(data.created)} "
                       f"({rome}). Les propositions sont des aides à la discussion, expliquées "
                       "et modifiables ; elles ne remplacent ni l'entretien ni la décision.",
                       "small"))
    return flow
