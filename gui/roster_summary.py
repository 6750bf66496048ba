"""The sentences of the roster import preview: how the file was read, why it is refused.

Plain functions over a ``RosterPreview`` (``domain.people.roster_preview``), translated in the
import dialog's context: the format and encoding, the header line, which sheet was read and why
(never a hidden one), the title, blank and footer lines skipped and the columns left out
(``RosterPreview.notes``), then what stops the import or what saving would do.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.formats import plural

HIDDEN = " (masquée)"  # how domain.tables.locate names a hidden sheet


def reading_text(preview: Any) -> str:
    """How the file was read: format and encoding, header line, sheet and why, lines skipped."""
    parts = [QCoreApplication.translate(
        "RosterImportDialog", "Lu comme : {how}, en-têtes ligne {line}.").format(
            how=preview.encoding, line=preview.header_line)]
    if preview.other_sheets:
        others = ", ".join(sheet_name(name) for name in preview.other_sheets)
        parts.append(QCoreApplication.translate(
            "RosterImportDialog",
            "Feuille « {sheet} » lue : la feuille visible dont la ligne d'en-têtes reconnaît "
            "le plus de colonnes (une feuille masquée n'est jamais lue) ; {unread} : "
            "{others}.").format(sheet=preview.sheet, others=others, unread=plural(
                len(preview.other_sheets),
                QCoreApplication.translate("RosterImportDialog", "autre feuille non lue"),
                QCoreApplication.translate("RosterImportDialog", "autres feuilles non lues"))))
    # The other sheets are named above; the rest of the domain's notes as they are.
    notes = "; ".join(n for n in preview.notes()
                      if not n.startswith(("feuille masquée", "feuilles masquées", "feuille « ")))
    if notes:
        parts.append(notes[0].upper() + notes[1:] + ".")
    return " ".join(parts)


def sheet_name(name: str) -> str:
    if name.endswith(HIDDEN):
        return QCoreApplication.translate("RosterImportDialog", "« {name} » (masquée)").format(
            name=name.removesuffix(HIDDEN))
    return QCoreApplication.translate("RosterImportDialog", "« {name} »").format(name=name)


def columns_missing(preview: Any) -> bool:
    """Only the header is refused (a field without its column): the rows were not checked."""
    return not preview.rows and any(p.field is None and p.column is None
                                    and p.line == preview.header_line
                                    for p in preview.problems)


def refusal_text(preview: Any) -> str:
    """Why nothing can be saved yet, and what the user can do here."""
    if columns_missing(preview):
        return QCoreApplication.translate(
            "RosterImportDialog",
            "<b>Fichier refusé en l'état : colonnes à indiquer.</b> Dans l'onglet "
            "« Colonnes », choisissez ce que contient chaque colonne non reconnue.")
    from domain.people.roster_preview import data_line_problems

    lines = len(data_line_problems(preview.problems))
    if not lines:  # no person, or a chosen line no longer in the file: the reason says what to do
        return QCoreApplication.translate(
            "RosterImportDialog", "<b>Fichier refusé en l'état :</b> {reason}.").format(
                reason=html.escape(str(preview.problems[0]), quote=False))
    return QCoreApplication.translate(
        "RosterImportDialog",
        "<b>Fichier refusé en l'état : {lines}.</b> Rien ne sera enregistré "
        "tant qu'il en reste. Corrigez le fichier puis « Relire le fichier », ou, pour "
        "chaque erreur, choisissez le métier de la ligne ou laissez-la hors de "
        "l'import.").format(lines=plural(
            lines, QCoreApplication.translate("RosterImportDialog", "{n} ligne en erreur"),
            QCoreApplication.translate("RosterImportDialog", "{n} lignes en erreur")))


def accepted_text(preview: Any, effects: Mapping[str, str]) -> str:
    """What saving would do: lines, new people, lines left out."""
    created = sum(1 for e in effects.values() if e == "created")
    text = QCoreApplication.translate(
        "RosterImportDialog",
        "{lines} ({created}). Vérifiez-les puis cliquez sur « Enregistrer ».").format(
            lines=plural(
                len(preview.rows),
                QCoreApplication.translate("RosterImportDialog", "{n} ligne correcte"),
                QCoreApplication.translate("RosterImportDialog", "{n} lignes correctes")),
            created=plural(
                created,
                QCoreApplication.translate("RosterImportDialog", "{n} nouvelle personne"),
                QCoreApplication.translate("RosterImportDialog", "{n} nouvelles personnes")))
    if preview.excluded:
        text += " " + plural(
            len(preview.excluded),
            QCoreApplication.translate("RosterImportDialog", "{n} ligne laissée hors de l'import."),
            QCoreApplication.translate("RosterImportDialog",
                                       "{n} lignes laissées hors de l'import."))
    return text
