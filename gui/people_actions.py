"""What the Collaborateurs view does to people: add one, erase one, export or purge (RGPD).

Every write is a named domain service run on the store's writer (``context.store``):
``domain.people.service.add_employee``, ``domain.people.privacy.forget_employee``,
``write_employee_export`` and ``purge_notes``. Irreversible actions ask first, naming the
person (or saying how many notes and up to which date), with « Non » as the default answer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.app_context import AppContext
from gui.formats import plural, short_date
from gui.job_combo import fill_jobs, searchable_combo
from gui.settings import NOTE_RETENTION_MONTHS
from gui.unsaved import Answer, GuardedDialog, ask_to_save


def full_name(person: Any) -> str:
    return " ".join(part for part in (person.first_name, person.last_name) if part)


class AddPersonDialog(GuardedDialog):
    """Matricule, names, job, entry date and wishes of someone not in the last roster.

    Closing it (Escape, the close button, « Annuler ») with something typed asks first:
    « Enregistrer » (default) adds the person, « Ne pas enregistrer » drops what was typed,
    « Annuler » keeps the dialog as it was (:class:`gui.unsaved.GuardedDialog`).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ajouter une personne"))
        self.context = context
        self.id_edit = QLineEdit(self)
        self.id_edit.setPlaceholderText(self.tr("tel qu'il figure dans le SIRH, ex. 000417"))
        self.last_name = QLineEdit(self)
        self.first_name = QLineEdit(self)
        self.job = searchable_combo(self, width=30)
        self.job.setToolTip(self.tr("Un des 58 métiers de l'étude ; tapez une partie du nom, "
                                    "les accents sont ignorés."))
        if context.study is not None:
            fill_jobs(self.job, context.study)
        self.entry = QDateEdit(self)
        self.entry.setDisplayFormat("dd/MM/yyyy")
        self.entry.setCalendarPopup(True)
        self.entry.setDate(QDate.currentDate())
        self.wishes = QPlainTextEdit(self)
        self.wishes.setPlaceholderText(self.tr("Souhaits d'évolution exprimés par la personne"))
        self.wishes.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Matricule"), self.id_edit)
        form.addRow(self.tr("Nom"), self.last_name)
        form.addRow(self.tr("Prénom"), self.first_name)
        form.addRow(self.tr("Métier"), self.job)
        form.addRow(self.tr("Date d'entrée"), self.entry)
        form.addRow(self.tr("Souhaits"), self.wishes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(self.tr("Ajouter"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.added: Any = None
        self._dropped = False
        self._initial = self._typed()

    def _typed(self) -> tuple:
        return (self.id_edit.text(), self.last_name.text(), self.first_name.text(),
                self.job.currentText(), self.entry.date(), self.wishes.toPlainText())

    def has_unsaved_changes(self) -> bool:
        """Something typed or chosen in the open dialog and the person not added (nor the
        typing dropped)."""
        return (self.isVisible() and self.added is None and not self._dropped
                and self._typed() != self._initial)

    def maybe_save(self) -> bool:
        """Before closing: True when there is nothing to lose or the user drops it.

        « Enregistrer » adds the person on the store's writer and returns False: the dialog
        closes once the person is stored, or stays with the refusal shown.
        """
        if not self.has_unsaved_changes():
            return True
        if not self.add_button.isEnabled():
            return False  # being stored: the dialog closes when it is done
        answer = ask_to_save(self, self.tr(
            "Cette personne n'a pas encore été ajoutée : ce que vous avez saisi serait perdu. "
            "L'enregistrer ?"))
        if answer is Answer.DISCARD:
            self._dropped = True
            return True
        if answer is Answer.SAVE:
            self.submit()
        return False

    def person(self) -> Any:
        from domain.people.employees import Employee

        day = self.entry.date()
        return Employee(self.id_edit.text(), self.last_name.text(), self.first_name.text(),
                        self.job.currentText(), date(day.year(), day.month(), day.day()),
                        wishes=self.wishes.toPlainText())

    def submit(self) -> None:
        """Save on the store's writer; the dialog closes only once the person is stored."""
        from domain.people.service import add_employee
        from gui import store_worker
        from gui.errors import report_exception

        person = self.person()
        self.add_button.setEnabled(False)

        def done(stored: Any) -> None:
            self.added = stored
            self.accept()

        def refused(exc: BaseException) -> None:
            self.add_button.setEnabled(True)
            report_exception(exc, self)

        self.context.store.call(lambda conn: add_employee(conn, person=person),
                                topic=store_worker.PEOPLE, detail=person.id,
                                on_success=done, on_failure=refused, parent=self)


class PurgeNotesDialog(QDialog):
    """How old a note must be to go; says how many notes and up to which date, live."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Purger les notes d'entretien anciennes"))
        self.context = context
        intro = QLabel(self.tr(
            "Le RGPD demande de ne pas garder les notes d'entretien plus longtemps que "
            "nécessaire. Les notes plus anciennes que la durée choisie sont effacées "
            "définitivement, dans la base et dans ses sauvegardes automatiques."), self)
        intro.setWordWrap(True)
        self.months = QSpinBox(self)
        self.months.setRange(1, 240)
        self.months.setSuffix(self.tr(" mois"))
        self.months.setValue(context.settings.get(NOTE_RETENTION_MONTHS))
        self.months.valueChanged.connect(self._update)
        self.effect = QLabel(self)
        self.effect.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Garder les notes des derniers"), self.months)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.purge_button = self.buttons.addButton(self.tr("Effacer ces notes"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.effect)
        layout.addWidget(self.buttons)
        self.cutoff: date | None = None
        self.count = 0
        self._update()

    def _update(self) -> None:
        from domain.people.privacy import notes_before

        conn = self.context.conn
        if conn is None:
            return
        self.cutoff, self.count = notes_before(conn, self.months.value())
        when = short_date(self.cutoff)
        self.effect.setText(plural(
            self.count,
            self.tr("{n} note tenue avant le {date} sera effacée."),
            self.tr("{n} notes tenues avant le {date} seront effacées.")).replace("{date}", when))
        self.purge_button.setEnabled(self.count > 0)


class PeopleActions(QObject):
    """The Collaborateurs view's actions on the store; each says what it did in ``done``."""

    done = Signal(str)  # a French sentence for the status bar
    added = Signal(str)  # matricule of a person just added

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.dialog: QDialog | None = None

    def add_person(self) -> AddPersonDialog:
        dialog = AddPersonDialog(self.context, self.widget)
        dialog.accepted.connect(lambda: self._added(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _added(self, dialog: AddPersonDialog) -> None:
        person = dialog.added
        if person is not None:
            self.done.emit(self.tr("Fiche de {name} (matricule {id}) créée.").format(
                name=full_name(person), id=person.id))
            self.added.emit(person.id)

    def erase_person(self, person: Any) -> bool:
        """Right to erasure, after a question naming the person; False when not confirmed."""
        from domain.people.privacy import forget_employee
        from gui import store_worker

        answer = QMessageBox.question(
            self.widget, self.tr("Effacer {name} ?").format(name=full_name(person)),
            self.tr("Effacer définitivement {name} (matricule {id}, {job}) ?\n\nSa fiche, ses "
                    "compétences déclarées, ses notes d'entretien, ses passerelles choisies et "
                    "ses rapports enregistrés sont supprimés, ici et dans les sauvegardes "
                    "automatiques (droit à l'effacement, RGPD article 17). Cette action ne peut "
                    "pas être annulée.").format(name=full_name(person), id=person.id,
                                                  job=person.job),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        name, employee_id = full_name(person), person.id
        self.context.store.call(
            lambda conn: forget_employee(conn, employee_id), topic=store_worker.PEOPLE,
            detail=None, on_success=lambda report: self._erased(name, report),
            on_failure=self._failed, parent=self)
        return True

    def _erased(self, name: str, report: Any) -> None:
        text = self.tr("Fiche de {name} effacée de la base et des sauvegardes.").format(
            name=name)
        if report.files_deleted:
            text += " " + plural(len(report.files_deleted),
                                 self.tr("{n} rapport supprimé."),
                                 self.tr("{n} rapports supprimés."))
        if report.files_failed:
            QMessageBox.warning(self.widget, self.tr("Effacement"), self.tr(
                "Ces fichiers n'ont pas pu être supprimés (ouverts ailleurs ?) ; supprimez-les "
                "à la main :\n{files}").format(files="\n".join(report.files_failed)))
        self.done.emit(text)

    def export_person(self, person: Any, path: str | None = None) -> bool:
        """Right of access: everything held on the person, as a JSON file the user names."""
        from pathlib import Path

        from domain.people.privacy import write_employee_export
        from gui.file_dialogs import save_file

        if path is None:
            chosen = save_file(self.widget, "rgpd", self.tr("Exporter les données de {name}")
                               .format(name=full_name(person)),
                               f"{person.id}_donnees_personnelles.json",
                               self.tr("Fichiers JSON (*.json)"), "json")
            if chosen is None:
                return False
            path = str(chosen)
        target, employee_id = Path(path), person.id
        self.context.store.call(
            lambda conn: write_employee_export(conn, employee_id, target, overwrite=True),
            on_success=lambda written: self.done.emit(self.tr(
                "Données de {name} exportées : {path}").format(name=full_name(person),
                                                               path=written)),
            on_failure=self._failed, parent=self)
        return True

    def purge_notes(self) -> PurgeNotesDialog:
        dialog = PurgeNotesDialog(self.context, self.widget)
        dialog.accepted.connect(lambda: self._purge(dialog.months.value()))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _purge(self, months: int) -> None:
        from domain.people.privacy import purge_notes
        from gui import store_worker

        self.context.settings.set(NOTE_RETENTION_MONTHS, months)
        self.context.store.call(
            lambda conn: purge_notes(conn, months), topic=store_worker.PEOPLE, detail=None,
            on_success=lambda report: self.done.emit(plural(
                report.notes_deleted,
                self.tr("{n} note d'entretien effacée (tenue avant le {date})."),
                self.tr("{n} notes d'entretien effacées (tenues avant le {date}).")).replace(
                    "{date}", short_date(report.cutoff))),
            on_failure=self._failed, parent=self)

    def _failed(self, exc: BaseException) -> None:
        from gui.errors import report_exception

        report_exception(exc, self.widget)

