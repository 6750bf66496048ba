"""The first sections of a report: cover, the person's job, the proposed bridges.

One function per section, each returning a list of flowables built from :class:`ReportData`
only. The later sections (plan, axes, interview, sources) are in ``sections_plan.py``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from domain.reports import widgets as w
from domain.reports.model import BridgePart, CompetencyLine, ReportData, RomeSheetLine

FRAME_WIDTH = 174 * 72 / 25.4  # A4 minus 18 mm margins, in points
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
CONFIDENTIAL = "Confidentiel — données personnelles"
LISTED_PER_BRIDGE = 6
GROUPS_SHOWN = 5  # macro-competency groups of the remaining gaps named per bridge
CONTENTS = (
    "Votre métier face à l'IA générative : exposition, compétences, cas d'usage",
    "Passerelles proposées : ce que vous apportez, ce qu'il vous faut acquérir",
    "Plan de formation : étapes, priorités, durées et calendrier",
    "Les cinq axes de l'étude et ce qu'ils changent pour vous",
    "Entretien : souhaits, décisions, prochaines étapes, signatures",
)
# A job sheet (no person) speaks of the job and has no personal data (no confidentiality mark).
JOB_CONTENTS = (
    "Le métier face à l'IA générative : exposition, compétences, cas d'usage",
    "Passerelles proposées : ce que le métier apporte, ce qu'il faut acquérir",
    "Plan de formation : étapes, priorités, durées et calendrier",
    "Les cinq axes de l'étude et ce qu'ils changent pour les salariés du métier",
    "Entretien : souhaits, décisions, prochaines étapes, signatures",
)


def french_date(day: date) -> str:
    return f"{day.day}{'er' if day.day == 1 else ''} {MONTHS[day.month - 1]} {day.year}"


def cover(data: ReportData) -> list[Any]:
    from reportlab.platypus import Spacer

    job, chosen = data.job, data.job.chosen
    kind = "Rapport de transition professionnelle" if data.person else "Fiche métier"
    flow: list[Any] = [Spacer(1, 30), w.para("Passerelles", "cover_subtitle"),
                       w.para(kind, "cover_title"),
                       w.para("Votre métier face à l'IA générative, les passerelles proposées et "
                              "votre plan de formation" if data.person else
                              "Le métier face à l'IA générative, les passerelles proposées et "
                              "son plan de formation", "cover_subtitle")]
    if data.person:
        person = data.person
        flow.append(w.para(person.full_name or person.employee_id, "cover_name"))
        fields = [("Métier", job.name), ("Matricule", person.employee_id)]
        if person.entry_date:
            since = f"{french_date(person.entry_date)}"
            if person.seniority:
                since += f" (ancienneté : {person.seniority})"
            fields.append(("Date d'entrée", since))
        else:
            fields.append(("Ancienneté", "non renseignée"))
    else:
        flow.append(w.para(job.name, "cover_name"))
        fields = [("Famille", job.family), ("Métier cœur", "oui" if job.core else "non")]
    fields += [("Date du document", french_date(data.created)),
               ("Auteur", data.author or "non renseigné"),
               ("Qualification retenue", chosen.label)]
    flow += [w.para(f"{w.bold(label)} : {w.text(value)}", "cover_field", markup=True)
             for label, value in fields]
    flow += [Spacer(1, 18), w.para("En bref", "h2"), *w.bullets(_summary(data), markup=True),
             w.para("Au sommaire", "h2"), *w.bullets(CONTENTS if data.person else JOB_CONTENTS),
             Spacer(1, 16)]
    if data.person:
        flow += [_stamp(), Spacer(1, 8),
                 w.para("Ce document contient des données personnelles. Il est remis à la "
                        "personne concernée et ne doit pas être diffusé au-delà des personnes qui "
                        "l'accompagnent. Les propositions qu'il contient sont indicatives : la "
                        "décision appartient à la personne et à l'entreprise, après échange.",
                        "small")]
    else:
        flow.append(w.para("Cette fiche décrit un métier de la branche : elle ne contient aucune "
                           "donnée personnelle. Les propositions qu'elle contient sont "
                           "indicatives : pour une personne, elles se discutent en entretien, à "
                           "partir de son propre rapport.", "small"))
    return flow


def _stamp() -> Any:
    from reportlab.lib import colors

    from domain.reports import styles as st

    return w.table([[w.para(CONFIDENTIAL, "cover_stamp")]], [FRAME_WIDTH], header=False,
                   zebra=False, extra=[("BOX", (0, 0), (-1, -1), 1, colors.HexColor(st.WARNING)),
                                       ("TOPPADDING", (0, 0), (-1, -1), 6),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])


def _summary(data: ReportData) -> list[str]:
    chosen = data.job.chosen
    lines = [f"Exposition à l'IA générative : {w.bold(chosen.profile)}, score "
             f"{w.number(chosen.score)} (rang {chosen.rank} sur 58, {w.text(chosen.label)})."]
    if data.bridges:
        best = data.bridges[0]
        lines.append(f"{w.plural(len(data.bridges), 'passerelle proposée', 'passerelles proposées')}"
                     f", la première vers {w.bold(best.target)} ({w.text(best.kind)}, "
                     f"{w.percent(best.coverage)} des compétences clés déjà détenues).")
        chosen = [b for b in data.bridges if b.chosen]
        if chosen:
            lines.append(f"Piste retenue : {w.bold(chosen[0].target)}.")
    elif not data.rome_available:
        lines.append("Passerelles non calculées : le référentiel ROME n'est pas disponible.")
    else:
        lines.append("Aucune passerelle proposée avec les seuils retenus.")
    if data.plan:
        lines.append(f"Plan de formation : {w.plural(len(data.plan.steps), 'étape')}, "
                     f"{w.hours(data.plan.total_hours)} sur environ "
                     f"{w.plural(data.plan.weeks, 'semaine')}.")
    return lines


# --- « Votre métier face à l'IA générative » -------------------------------------------------


def job_section(data: ReportData) -> list[Any]:
    from domain.reports.charts import level_chart

    job, chosen = data.job, data.job.chosen
    flow: list[Any] = [w.heading("Votre métier face à l'IA générative" if data.person else
                                 "Le métier face à l'IA générative")]
    flow.append(w.para(
        f"Le métier {w.bold(job.name)} (famille {w.text(job.family)}"
        f"{', métier cœur de la branche' if job.core else ''}) est classé "
        f"{w.bold(chosen.profile)} dans la qualification {w.text(chosen.label)}, avec un score "
        f"d'exposition de {w.bold(w.number(chosen.score))} (rang {chosen.rank} sur 58, "
        "1 = le plus exposé).", "lead", markup=True))
    if job.profile_definition:
        flow.append(w.para(f"Ce profil désigne : {job.profile_definition[0].lower()}"
                           f"{job.profile_definition[1:]}"))
    rows: list[list[Any]] = [["Qualification", "Score", "Rang / 58", "Profil"]]
    flags = []
    for e in job.exposures:
        mark = " (retenue)" if e.chosen else ""
        rows.append([f"{e.label}{mark}" + (" *" if e.flag else ""), w.number(e.score),
                     str(e.rank), e.profile])
        if e.flag:
            flags.append(f"* {e.label} : {e.flag}")
    chosen_row = 1 + [e.chosen for e in job.exposures].index(True)
    flow.append(w.table(rows, [150, 60, 60, FRAME_WIDTH - 270], extra=[
        ("FONTNAME", (0, chosen_row), (-1, chosen_row), "DejaVuSans-Bold")]))
    flow += [w.para(flag, "small") for flag in flags]
    flow += _rome_sheet_lines(job.rome_sheets)
    if not job.use_cases:
        flow.append(w.para("Cas d'usage : l'étude ne les détaille que pour les 10 métiers cœur de "
                           "la branche, dont ce métier ne fait pas partie.", "small"))
    flow += _levels(data, level_chart)
    flow += _exposed_lists(data)
    flow += _use_cases(data)
    return flow


def _levels(data: ReportData, level_chart: Any) -> list[Any]:
    job = data.job
    flow: list[Any] = [w.heading("Vos compétences sur les cinq niveaux d'impact" if data.person
                                 else "Les compétences du métier sur les cinq niveaux d'impact",
                                 2)]
    if not job.level_series:
        flow.append(w.para("La répartition des compétences par niveau d'impact n'est pas "
                           "disponible : l'étude ne la publie que pour les 10 métiers cœur, et "
                           "l'estimation de Passerelles demande le référentiel ROME."))
        return flow
    flow.append(level_chart(job.level_labels, job.level_series, FRAME_WIDTH))
    notes = []
    if any(s.legend.startswith("Étude") for s in job.level_series):
        notes.append("L'étude donne, pour les métiers cœur, le nombre de compétences à chaque "
                     "niveau (section 4.2).")
    if any(s.legend.startswith("Estimation") for s in job.level_series):
        notes.append("L'estimation porte sur toutes les compétences des fiches ROME du métier, "
                     "chacune classée par des règles explicites : c'est un ordre de grandeur, "
                     "pas une mesure.")
    flow.append(w.para(" ".join(notes) + " Le nombre de compétences figure au-dessus de chaque "
                       "barre.", "small"))
    return flow


def _competency_rows(lines: tuple[CompetencyLine, ...]) -> list[list[str]]:
    rows = [["Compétence", "Nature", "Niveau"]]
    for c in lines:
        rows.append([c.label + (" (clé)" if c.core else ""), w.kind_label(c.kind),
                     w.level_text(c.level, c.estimate)])
    return rows


def _exposed_lists(data: ReportData) -> list[Any]:
    job = data.job
    if not job.rated_count:
        return []
    widths = [FRAME_WIDTH - 150, 85, 65]
    flow: list[Any] = [w.heading("Les compétences les plus exposées (niveaux 4 et 5)", 2),
                       w.para("« est. » : niveau estimé par Passerelles ; « clé » : compétence "
                              "principale de la fiche ROME. Les compétences les moins exposées "
                              "sont celles sur lesquelles s'appuyer pour évoluer.", "small")]
    if job.most_exposed:
        flow.append(w.table(_competency_rows(job.most_exposed), widths))
    else:
        flow.append(w.para("Aucune compétence du métier n'est estimée aux niveaux 4 ou 5."))
    flow.append(w.heading("Les compétences les moins exposées (niveaux 1 et 2)", 2))
    if job.least_exposed:
        flow.append(w.table(_competency_rows(job.least_exposed), widths))
    else:
        flow.append(w.para("Aucune compétence du métier n'est estimée aux niveaux 1 ou 2."))
    return flow


def _use_cases(data: ReportData) -> list[Any]:
    from reportlab.platypus import CondPageBreak

    job = data.job
    if not job.use_cases:
        return []  # said in a short line under the exposure table (see ``job_section``)
    head = w.heading("Les cas d'usage repérés par l'étude pour "
                     + ("votre métier" if data.person else "ce métier"), 2, keep=False)
    flow: list[Any] = [CondPageBreak(110), head]
    first = [c for c in job.use_cases if c.priority == 1]
    flow.append(w.para(f"L'étude a recensé {w.plural(len(job.use_cases), 'cas d’usage', 'cas d’usage')} "
                       "pour ce métier, classés par priorité lors d'ateliers avec les "
                       "professionnels. Les cas de priorité haute :"))
    if first:
        rows: list[list[str]] = [["Cas d'usage (priorité haute)", "En pratique"]]
        rows += [[c.label, c.description] for c in first]
        flow.append(w.table(rows, [190, FRAME_WIDTH - 190]))
    for priority, label in ((2, "moyenne"), (3, "basse")):
        others = [c.label for c in job.use_cases if c.priority == priority]
        if others:
            flow.append(w.para(f"{w.bold('Priorité ' + label)} : " + " ; ".join(map(w.text, others))
                               + ".", "small", markup=True))
    return flow


# --- « Passerelles proposées » ---------------------------------------------------------------


def bridges_section(data: ReportData) -> list[Any]:
    from reportlab.platypus import KeepTogether

    flow: list[Any] = [w.heading("Passerelles proposées")]
    if not data.rome_available:
        flow.append(w.notice("Les passerelles n'ont pas pu être calculées : elles s'appuient sur "
                             "les compétences du référentiel ROME, qui n'est pas disponible."))
        return flow
    if data.person:
        close, held = "des vôtres", "que vous détenez déjà"
    else:
        close, held = "de celles de ce métier", "que ce métier comprend déjà"
    flow.append(w.para(
        "Une passerelle est un métier de la branche, émergent ou peu exposé à l'IA générative, "
        f"dont les compétences sont proches {close} (axe 4, recommandation 9 de l'étude). Le "
        f"premier chiffre est la part des compétences clés du métier visé {held} ; "
        "les passerelles sont classées par cette part, la similarité des métiers, la baisse "
        "d'exposition et la mobilité reconnue par France Travail. " + data.settings_note))
    if not data.bridges:
        after = ("Cela ne ferme aucune porte : un échange avec votre responsable RH peut explorer "
                 "d'autres métiers, et le plan de formation ci-après porte sur l'évolution de "
                 "votre métier actuel." if data.person else
                 "Le plan de formation ci-après porte sur l'évolution du métier lui-même.")
        flow.append(w.notice(f"Aucune passerelle n'est proposée depuis « {data.job.name} » avec "
                             f"les seuils retenus. {after}"))
        return flow
    flow.append(w.para(LEGEND if data.person else JOB_LEGEND, "small"))
    for rank, bridge in enumerate(data.bridges, start=1):
        marks = (" — promotion" if bridge.promotion else "") + (" (piste retenue)" if bridge.chosen else "")
        head = w.heading(f"{rank}. {bridge.target} — {bridge.kind}{marks}", 2)
        block = [head, _bridge_facts(bridge), _bridge_lists(bridge, bool(data.person))]
        if bridge.warnings:
            block.insert(1, w.para("À noter : " + " ; ".join(bridge.warnings) + ".", "small"))
        flow.append(KeepTogether(block))
    return flow


LEGEND = ("Dans les listes : « clé » signale une compétence principale de la fiche ROME ; "
          "« impact n/5 » son exposition à l'IA générative, estimée par Passerelles sauf "
          "mention « validé » ; « proche d'un acquis » une compétence que vous pratiquez déjà "
          "sous une autre forme (même macro-compétence).")
JOB_LEGEND = LEGEND.replace("que vous pratiquez déjà", "que le métier pratique déjà")


def _bridge_facts(bridge: BridgePart) -> Any:
    def pair(label: str, value: str) -> str:
        return f"{w.bold(label)} : {w.text(value)}"

    held = f"{w.percent(bridge.coverage)} des compétences clés du métier visé"
    if bridge.core_total:
        held += f" ({bridge.core_held} sur {bridge.core_total} telles quelles)"
    cells = [
        pair("Déjà détenu", held),
        pair("Exposition du métier visé", f"{w.number(bridge.exposure)} ({bridge.classification})"),
        pair("Similarité des compétences", w.number(bridge.similarity)),
        pair("Mobilité reconnue par France Travail", "oui" if bridge.rome_link else "non"),
    ]
    rows = [[w.para(cells[0], "cell", True), w.para(cells[1], "cell", True)],
            [w.para(cells[2], "cell", True), w.para(cells[3], "cell", True)]]
    if bridge.two_step:
        path = " → ".join(f"{s.source} → {s.target} ({w.number(s.similarity)})" if i == 0 else
                          f"{s.target} ({w.number(s.similarity)})"
                          for i, s in enumerate(bridge.steps)) or " → ".join(bridge.path)
        rows.append([w.para(pair("Parcours en deux étapes", path), "cell", True), ""])
    half = FRAME_WIDTH / 2
    return w.table(rows, [half, half], header=False, extra=[("SPAN", (0, 2), (1, 2))]
                   if bridge.two_step else [])


def _item(c: CompetencyLine) -> str:
    text = f"• {w.text(c.label)}" + (" <b>(clé)</b>" if c.core else "")
    if c.level:
        text += f" — impact {c.level}/5" + ("" if c.estimate else " validé")
    if c.near:
        text += " — <i>proche d'un acquis</i>"
    return text


def _bridge_lists(bridge: BridgePart, person: bool = True) -> Any:
    def cell(title: str, lines: tuple[CompetencyLine, ...]) -> list[Any]:
        shown = [_item(c) for c in lines[:LISTED_PER_BRIDGE]]
        if len(lines) > LISTED_PER_BRIDGE:
            shown.append(f"… et {len(lines) - LISTED_PER_BRIDGE} autres")
        if not lines:
            shown.append("aucune")
        return [w.para(title, "cell_bold"), w.para("<br/>".join(shown), "cell", markup=True)]

    half = FRAME_WIDTH / 2
    brings = "Ce que vous apportez" if person else "Ce que le métier apporte"
    left = cell(f"{brings} ({w.plural(len(bridge.shared), 'compétence partagée', 'compétences partagées')})",
                bridge.shared)
    keys = bridge.key_gaps or bridge.gap[:LISTED_PER_BRIDGE]
    right = [w.para(f"À acquérir en priorité ({len(keys)} sur "
                    f"{w.plural(bridge.gap_count, 'compétence')})", "cell_bold"),
             w.para("<br/>".join([_item(c) for c in keys] or ["aucune"]), "cell", markup=True)]
    if bridge.gap_groups:
        shown = " ; ".join(f"{w.text(g.label)} ({g.count})" for g in bridge.gap_groups[:GROUPS_SHOWN])
        if len(bridge.gap_groups) > GROUPS_SHOWN:
            rest = sum(g.count for g in bridge.gap_groups[GROUPS_SHOWN:])
            shown += f" ; autres ({rest})"
        right.append(w.para(f"Puis, par famille de compétences : {shown}.", "cell_small", markup=True))
    return w.table([[left, right]], [half, half], header=False, zebra=False,
                   extra=[("LINEAFTER", (0, 0), (0, 0), 0.4, "#c5cfdb")])


def _rome_sheet_lines(sheets: tuple[RomeSheetLine, ...]) -> list[Any]:
    """The job's current sheets with their labels; a mapped sheet the release no longer has is
    named by its code only, as retired (issue 12), never listed among the job's sheets."""
    flow: list[Any] = []
    present = " ; ".join(f"{s.code} – {s.label}" for s in sheets if s.present)
    if present:
        flow.append(w.para(f"Fiches ROME retenues pour ce métier : {present}.", "small"))
    gone = ", ".join(s.code for s in sheets if not s.present)
    if gone:
        several = "," in gone
        head = ("Fiches rattachées à ce métier mais retirées" if several
                else "Fiche rattachée à ce métier mais retirée")
        flow.append(w.para(f"{head} de la version du "
                           f"ROME utilisée : {gone} (rattachement à revoir dans job_rome.csv).",
                           "small"))
    return flow
