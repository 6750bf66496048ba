"""The person editor's interview notes: the RGPD reminder, the notes, a new note being typed.

Each note is added or deleted as one user action (``domain.people.service``); a note typed and
not yet added counts as unsaved work (the editor asks before it would be lost). A note is signed
by the author of the preferences (« Claire Moreau, Partenaire RH »,
:func:`gui.preferences.report_author`), asked once as before the first report, never the system
login (without an author, the note says it is unsigned).
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.people_model import french_date

if TYPE_CHECKING:
    from gui.person_editor import PersonEditor

NOTE_LINK = "note:"  # href of a note's « Supprimer » link, followed by the note's id
RGPD_REMINDER_STYLE = ("background: #fff4d6; border: 1px solid #e0b84a; border-radius: 4px; "
                       "padding: 6px; color: #1a1a1a;")


class NotesTab(QWidget):
    """The person's interview notes, newest last, and the form to add one."""

    def __init__(self, editor: PersonEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.rgpd_label = QLabel(self.tr(
            "<b>Rappel RGPD</b> : la personne peut demander à lire ces notes. Restez factuel "
            "(faits observés, souhaits exprimés, décisions prises) ; n'écrivez rien sur la "
            "santé, la vie privée, les opinions ou l'appartenance syndicale."), self)
        self.rgpd_label.setWordWrap(True)
        self.rgpd_label.setStyleSheet(RGPD_REMINDER_STYLE)
        self.notes_view = QTextBrowser(self)
        self.notes_view.setOpenLinks(False)  # « Supprimer » links name a note, not a page
        self.notes_view.anchorClicked.connect(lambda url: self.remove_note(url.toString()))
        self.note_date = QDateEdit(self)
        self.note_date.setDisplayFormat("dd/MM/yyyy")
        self.note_date.setCalendarPopup(True)
        self.note_text = QPlainTextEdit(self)
        self.note_text.setPlaceholderText(self.tr("Nouvelle note d'entretien (factuelle)"))
        self.note_text.setMaximumHeight(110)
        self.note_button = QPushButton(self.tr("Ajouter la note"), self)
        self.note_button.clicked.connect(lambda: self.add_note())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Entretien du"), self))
        row.addWidget(self.note_date)
        row.addStretch(1)
        row.addWidget(self.note_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rgpd_label)
        layout.addWidget(self.notes_view, 1)
        layout.addWidget(self.note_text)
        layout.addLayout(row)

    @property
    def typing(self) -> bool:
        """A note is being typed and has not been added."""
        return bool(self.note_text.toPlainText().strip())

    def load(self, _person: Any) -> None:
        """A new person: an empty note dated today (the typed text of another is dropped)."""
        self.note_text.clear()
        self.note_date.setDate(QDate.currentDate())

    def refresh(self, notes: list) -> None:
        self.notes_view.setHtml("".join(
            f"<p><b>{french_date(n.held_on)}</b> — {html.escape(n.author, quote=False)} "
            f"&nbsp;<a href=\"{NOTE_LINK}{n.id}\">{self.tr('Supprimer')}</a><br>"
            f"{html.escape(n.body, quote=False).replace(chr(10), '<br>')}</p>" for n in notes)
            or self.tr("<i>Aucune note d'entretien.</i>"))

    def add_note(self, ask_author: bool = True) -> bool:
        """Add the typed note, signed by the preferences' author.

        Before the first note or report, with ``ask_author``, the author is asked once
        (:class:`gui.preferences.AuthorDialog`) and the note added when it is answered;
        otherwise (leaving the person, quitting) the note is signed with what is set. False when
        nobody is selected.
        """
        from gui.preferences import AuthorDialog, must_ask_author

        if self.editor.person is None:
            return False
        settings = self.editor.context.settings
        if ask_author and must_ask_author(settings):
            dialog = AuthorDialog(settings, self)
            dialog.finished.connect(lambda _result: self._add_note())
            self.author_dialog = dialog
            dialog.open()
            return True
        return self._add_note()

    def _add_note(self) -> bool:
        from domain.people import employees
        from domain.people.service import add_interview_note
        from gui.preferences import report_author

        person = self.editor.person
        if person is None:
            return False
        held_on = date(*self.note_date.date().getDate())
        # Never the system login: without an author in the preferences (« Plus tard »), the
        # note says so, and Édition > Préférences sets one for the next notes.
        author = (report_author(self.editor.context.settings)
                  or self.tr("auteur non renseigné (Édition > Préférences)"))
        note = employees.InterviewNote(person.id, held_on, self.note_text.toPlainText(),
                                       author=author)

        def added(_note_id: int) -> None:
            if self.editor.person is not None and self.editor.person.id == note.employee_id:
                self.note_text.clear()  # not another person's note typed meanwhile

        return self.editor.submit(lambda conn: add_interview_note(conn, note=note), added)

    def remove_note(self, link: str) -> bool:
        """A note's « Supprimer » link: asks first, since the note's text is then gone."""
        from domain.people.service import remove_note

        person = self.editor.person
        if person is None or not link.startswith(NOTE_LINK):
            return False
        answer = QMessageBox.question(self, self.tr("Supprimer la note"), self.tr(
            "Supprimer définitivement cette note d'entretien ?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        note_id, employee_id = int(link.removeprefix(NOTE_LINK)), person.id
        return self.editor.submit(lambda conn: remove_note(conn, employee_id, note_id))
