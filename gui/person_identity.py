"""The person editor's first tab: identity, dates and wishes, saved as one user action.

The form only collects; ``domain.people.service.edit_employee`` checks and saves (names, job
among the 58, dates) and its French refusal is shown. Until saved, the form is « dirty »: the
editor asks before the edits would be lost (:meth:`gui.person_editor.PersonEditor.maybe_save`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.job_combo import fill_jobs, searchable_combo

if TYPE_CHECKING:
    from gui.person_editor import PersonEditor

NO_DATE = QDate(1900, 1, 1)


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def from_qdate(value: QDate) -> date | None:
    return None if value <= NO_DATE else date(value.year(), value.month(), value.day())


class IdentityTab(QWidget):
    """Name, first name, job, dates and wishes of the person shown."""

    def __init__(self, editor: PersonEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.dirty = False
        self._loading = False
        self.last_name = QLineEdit(self)
        self.first_name = QLineEdit(self)
        self.job = searchable_combo(self, width=24)
        self.job.setToolTip(self.tr("Tapez une partie du nom, avec ou sans accents."))
        self.entry = self._date_edit()
        self.exit = self._date_edit()
        self.wishes = QPlainTextEdit(self)
        self.wishes.setPlaceholderText(self.tr("Souhaits d'évolution exprimés par la personne"))
        for signal in (self.last_name.textChanged, self.first_name.textChanged,
                       self.job.currentIndexChanged, self.entry.dateChanged,
                       self.exit.dateChanged, self.wishes.textChanged):
            signal.connect(self._mark_dirty)
        self.save_button = QPushButton(self.tr("Enregistrer les modifications"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Annuler les modifications"), self)
        self.revert_button.clicked.connect(lambda: self.load(self.editor.person))
        self.id_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Matricule"), self.id_label)
        form.addRow(self.tr("Nom"), self.last_name)
        form.addRow(self.tr("Prénom"), self.first_name)
        form.addRow(self.tr("Métier"), self.job)
        form.addRow(self.tr("Date d'entrée"), self.entry)
        form.addRow(self.tr("Date de sortie"), self.exit)
        form.addRow(self.tr("Souhaits"), self.wishes)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        self._set_dirty(False)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("non renseignée"))
        return edit

    def load(self, person: Any) -> None:
        """Show ``person`` as stored (or an empty form); forgets unsaved edits."""
        self._loading = True
        if self.job.count() == 0 and self.editor.context.study is not None:
            fill_jobs(self.job, self.editor.context.study)
        if person is None:
            for edit in (self.last_name, self.first_name):
                edit.clear()
            self.wishes.clear()
            self.id_label.clear()
        else:
            self.id_label.setText(person.id)
            self.last_name.setText(person.last_name)
            self.first_name.setText(person.first_name)
            self.job.setCurrentIndex(self.job.findData(person.job))
            self.entry.setDate(to_qdate(person.entry_date))
            self.exit.setDate(to_qdate(person.exit_date))
            self.wishes.setPlainText(person.wishes)
        self._loading = False
        self._set_dirty(False)

    def _mark_dirty(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def changes(self) -> dict[str, Any]:
        """The form as ``edit_employee`` takes it."""
        return {"last_name": self.last_name.text(), "first_name": self.first_name.text(),
                "job": self.job.currentData() or self.job.currentText(),
                "entry_date": from_qdate(self.entry.date()),
                "exit_date": from_qdate(self.exit.date()), "wishes": self.wishes.toPlainText()}

    def check(self) -> None:
        """Raise the service's ``UserError`` now if the form would be refused (nothing written)."""
        from dataclasses import replace

        from domain.people.service import checked

        checked(replace(self.editor.person, **self.changes()))

    def save(self) -> bool:
        """Hand the form to ``domain.people.service.edit_employee``; its refusal is shown."""
        from domain.people.service import edit_employee

        person = self.editor.person
        if person is None:
            return False
        changes, employee_id = self.changes(), person.id

        def saved(updated) -> None:
            if self.editor.person is not None and self.editor.person.id == employee_id:
                self.editor.person = updated
                self.editor.show_title()
                self.load(updated)

        return self.editor.submit(lambda conn: edit_employee(conn, employee_id, changes), saved)
