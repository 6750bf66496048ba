"""One person's record: identity and wishes, competency profile, interview notes, bridges.

The editor holds the person shown and four tabs, each in its own module:
:mod:`gui.person_identity`, :mod:`gui.person_competencies`, :mod:`gui.person_notes` and
:mod:`gui.person_bridges`. Every change is one named domain service (``domain.people.service``)
run by the store's one writer (:meth:`submit`); its French refusal is shown, and on success the
lists are read again and :attr:`saved` is emitted.

No edit is lost (issue 11): identity edits (wishes included) and a note being typed are
« unsaved work »; before the person shown changes, the window closes or a dialog holding the
editor closes, :meth:`maybe_save` asks « Enregistrer » (default) / « Ne pas enregistrer » /
« Annuler ».
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from gui.app_context import AppContext
from gui.engine_holder import engine_holder
from gui.person_bridges import BridgesTab
from gui.person_competencies import CompetenciesTab
from gui.person_identity import IdentityTab
from gui.person_notes import NotesTab
from gui.unsaved import Answer, ask_to_save


class PersonEditor(QWidget):
    saved = Signal(str)  # matricule of the person just written

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.holder = engine_holder(context)
        self.person: Any = None
        self.title = QLabel(self)
        self.identity = IdentityTab(self)
        self.competencies = CompetenciesTab(self)
        self.notes = NotesTab(self)
        self.bridges = BridgesTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.identity, self.tr("Identité et souhaits"))
        self.tabs.addTab(self.competencies, self.tr("Compétences"))
        self.tabs.addTab(self.notes, self.tr("Entretiens"))
        self.tabs.addTab(self.bridges, self.tr("Passerelles"))
        # The widgets other views and tests reach most, under their former names.
        self.save_button, self.wishes = self.identity.save_button, self.identity.wishes
        self.note_text, self.rgpd_label = self.notes.note_text, self.notes.rgpd_label
        self.bridge_intro, self.bridge_combo = self.bridges.bridge_intro, self.bridges.bridge_combo
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.holder.ready.connect(lambda _e: self.refresh_lists())
        self.holder.failed.connect(lambda _e: self.refresh_lists())
        self.holder.settings_changed.connect(lambda _s: self.refresh_lists())
        self.set_person(None)

    # Showing a person -------------------------------------------------------------------
    def set_person(self, person: Any) -> None:
        """Show ``person`` (an ``Employee``) or nobody.

        The same person again (the list was reloaded) keeps the edits on screen; another one
        replaces them: call :meth:`maybe_save` first.
        """
        same = person is not None and self.person is not None and person.id == self.person.id
        self.person = person
        self.tabs.setEnabled(person is not None)
        if not (same and self.has_unsaved_changes()):
            self.identity.load(person)
        if not same:
            self.notes.load(person)
            self.bridges.load(person)
        self.show_title()
        self.refresh_lists()
        if person is not None and self.holder.engine is None:
            self.holder.request()

    def show_title(self) -> None:
        person = self.person
        if person is None:
            self.title.setText(self.tr("Sélectionnez une personne dans la liste."))
            return
        self.title.setText(f"<b>{html.escape(person.first_name, quote=False)} "
                           f"{html.escape(person.last_name, quote=False)}</b> — "
                           f"{html.escape(person.job, quote=False)}")

    def refresh_lists(self) -> None:
        """Read the person's profile, notes and decisions again; recompute their bridges."""
        from domain.people import employees
        from domain.people.register import competency_record

        conn, person = self.context.conn, self.person
        record = competency_record(conn, person.id) if person and conn else None
        self.competencies.refresh(record)
        self.notes.refresh(employees.notes(conn, person.id) if record else [])
        self.bridges.refresh(record, employees.bridges(conn, person.id) if record else [])

    # Unsaved work -----------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.has_unsaved_changes()

    def has_unsaved_changes(self) -> bool:
        """Identity or wishes edited and not saved, or an interview note typed and not added."""
        return self.person is not None and (self.identity.dirty or self.notes.typing)

    def maybe_save(self) -> bool:
        """Ask before unsaved work is left; True when it was saved or dropped (go on).

        « Enregistrer » checks the form first: a refusal is shown and the user stays (False).
        """
        if not self.has_unsaved_changes():
            return True
        what = [text for flag, text in (
            (self.identity.dirty, self.tr("l'identité ou les souhaits")),
            (self.notes.typing, self.tr("une note d'entretien en cours de saisie"))) if flag]
        answer = ask_to_save(self, self.tr(
            "La fiche de {name} a des modifications non enregistrées ({what}). Les "
            "enregistrer ?").format(name=f"{self.person.first_name} {self.person.last_name}",
                                    what=" ; ".join(what)))
        if answer is Answer.CANCEL:
            return False
        if answer is Answer.DISCARD:
            self.discard()
            return True
        return self.save_all()

    def save_all(self) -> bool:
        """Save the identity edits and add the typed note; False (nothing sent) if refused."""
        from domain.errors import UserError

        try:
            if self.identity.dirty:
                self.identity.check()
        except UserError as error:
            from gui.errors import show_user_error

            self.tabs.setCurrentWidget(self.identity)
            show_user_error(error, self)
            return False
        if self.identity.dirty:
            self.identity.save()
        if self.notes.typing:
            self.notes.add_note(ask_author=False)  # leaving: signed with what is set
        return True

    def discard(self) -> None:
        """Drop the unsaved work: the stored identity again, no note being typed."""
        self.identity.load(self.person)
        self.notes.note_text.clear()

    # Saving -----------------------------------------------------------------------------
    def submit(self, action, on_done=None) -> bool:
        """Queue ``action(conn)`` (a named domain service) on the store's one writer.

        A refused input (``UserError``, in French) is shown when it comes back; on success
        ``on_done(result)`` runs, the lists are read again and ``saved`` is emitted. False
        when nobody is selected.
        """
        from gui import store_worker

        if self.person is None:
            return False
        employee_id = self.person.id

        def succeeded(result) -> None:
            if on_done is not None:
                on_done(result)
            if self.person is not None and self.person.id == employee_id:
                self.refresh_lists()
            self.saved.emit(employee_id)

        self.context.store.call(action, topic=store_worker.PEOPLE, detail=employee_id,
                                on_success=succeeded, on_failure=self._refused, parent=self)
        return True

    def _refused(self, exc: BaseException) -> None:
        from gui.errors import report_exception

        report_exception(exc, self)

    def save_identity(self) -> bool:
        return self.identity.save()
