"""One person's record: identity and wishes, declared competencies, interview notes, bridge.

Each save is one user action, so it is one transaction (``domain.store.connection.transaction``) around
the people repository's functions, with an audit line; the rules (levels 1–4, a note is not
empty, known bridge statuses) are the repository's and come back as French ``UserError``s.
Identity edits and deletions go through ``domain.people.service``, which checks the input
(names, job among the 58, dates) and opens its own transaction; the editor only shows its
refusals. Interview notes carry the RGPD reminder: the person may read them, so they stay factual.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.app import AppContext
from gui.bridges_model import kind_label
from gui.engine_holder import engine_holder
from gui.job_combo import fill_jobs, searchable_combo
from gui.people_model import french_date

NO_DATE = QDate(1900, 1, 1)
NOTE_LINK = "note:"  # href of a note's « Supprimer » link, followed by the note's id
RGPD_REMINDER_STYLE = ("background: #fff4d6; border: 1px solid #e0b84a; border-radius: 4px; "
                       "padding: 6px; color: #1a1a1a;")


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def from_qdate(value: QDate) -> date | None:
    return None if value <= NO_DATE else date(value.year(), value.month(), value.day())


class PersonEditor(QWidget):
    saved = Signal(str)  # matricule of the person just written

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.holder = engine_holder(context)
        self.person: Any = None
        self._loading = False
        self.title = QLabel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._identity_tab(), self.tr("Identité et souhaits"))
        self.tabs.addTab(self._competencies_tab(), self.tr("Compétences déclarées"))
        self.tabs.addTab(self._notes_tab(), self.tr("Entretiens"))
        self.tabs.addTab(self._bridge_tab(), self.tr("Passerelle"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.holder.ready.connect(lambda _e: self._fill_engine_parts())
        self.holder.failed.connect(lambda _e: self._fill_bridges())
        self.holder.settings_changed.connect(lambda _s: self._fill_bridges())
        self.set_person(None)

    # Tabs -------------------------------------------------------------------------------
    def _identity_tab(self) -> QWidget:
        page = QWidget(self)
        self.last_name = QLineEdit(page)
        self.first_name = QLineEdit(page)
        self.job = QComboBox(page)
        self.entry = self._date_edit(page)
        self.exit = self._date_edit(page)
        self.wishes = QPlainTextEdit(page)
        self.wishes.setPlaceholderText(self.tr("Souhaits d'évolution exprimés par la personne"))
        for signal in (self.last_name.textChanged, self.first_name.textChanged,
                       self.job.currentIndexChanged, self.entry.dateChanged,
                       self.exit.dateChanged, self.wishes.textChanged):
            signal.connect(self._mark_dirty)
        self.save_button = QPushButton(self.tr("Enregistrer les modifications"), page)
        self.save_button.clicked.connect(self.save_identity)
        self.revert_button = QPushButton(self.tr("Annuler les modifications"), page)
        self.revert_button.clicked.connect(lambda: self.set_person(self.person))
        form = QFormLayout()
        self.id_label = QLabel(page)
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
        layout = QVBoxLayout(page)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        return page

    def _date_edit(self, parent: QWidget) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("non renseignée"))
        return edit

    def _competencies_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr("Compétences que la personne déclare maîtriser, avec son niveau "
                               "(1 notions, 2 pratique, 3 maîtrise, 4 expert)."), page)
        intro.setWordWrap(True)
        self.competency_table = self._table(page, [self.tr("Compétence"), self.tr("Code"),
                                                   self.tr("Niveau"), self.tr("Déclarée le")])
        self.item_combo = searchable_combo(page, width=30)
        self.level_combo = QComboBox(page)
        for level, text in enumerate((self.tr("notions"), self.tr("pratique"),
                                      self.tr("maîtrise"), self.tr("expert")), start=1):
            self.level_combo.addItem(f"{level} – {text}", level)
        self.declare_button = QPushButton(self.tr("Déclarer"), page)
        self.declare_button.clicked.connect(self.declare)
        row = QHBoxLayout()
        row.addWidget(self.item_combo, 1)
        row.addWidget(self.level_combo)
        row.addWidget(self.declare_button)
        self.remove_competency_button = QPushButton(self.tr("Supprimer"), page)
        self.remove_competency_button.setToolTip(self.tr("Retirer la compétence sélectionnée "
                                                         "des compétences déclarées"))
        self.remove_competency_button.setEnabled(False)
        self.remove_competency_button.clicked.connect(self.remove_competency)
        self.competency_table.itemSelectionChanged.connect(
            lambda: self.remove_competency_button.setEnabled(
                bool(self.competency_table.selectedItems())))
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.competency_table, 1)
        layout.addWidget(self.remove_competency_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(row)
        return page

    def _notes_tab(self) -> QWidget:
        page = QWidget(self)
        self.rgpd_label = QLabel(self.tr(
            "<b>Rappel RGPD</b> : la personne peut demander à lire ces notes. Restez factuel "
            "(faits observés, souhaits exprimés, décisions prises) ; n'écrivez rien sur la "
            "santé, la vie privée, les opinions ou l'appartenance syndicale."), page)
        self.rgpd_label.setWordWrap(True)
        self.rgpd_label.setStyleSheet(RGPD_REMINDER_STYLE)
        self.notes_view = QTextBrowser(page)
        self.notes_view.setOpenLinks(False)  # « Supprimer » links name a note, not a page
        self.notes_view.anchorClicked.connect(lambda url: self.remove_note(url.toString()))
        self.note_date = QDateEdit(page)
        self.note_date.setDisplayFormat("dd/MM/yyyy")
        self.note_date.setCalendarPopup(True)
        self.note_text = QPlainTextEdit(page)
        self.note_text.setPlaceholderText(self.tr("Nouvelle note d'entretien (factuelle)"))
        self.note_text.setMaximumHeight(110)
        self.note_button = QPushButton(self.tr("Ajouter la note"), page)
        self.note_button.clicked.connect(self.add_note)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Entretien du"), page))
        row.addWidget(self.note_date)
        row.addStretch(1)
        row.addWidget(self.note_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.rgpd_label)
        layout.addWidget(self.notes_view, 1)
        layout.addWidget(self.note_text)
        layout.addLayout(row)
        return page

    def _bridge_tab(self) -> QWidget:
        page = QWidget(self)
        self.bridge_intro = QLabel(page)
        self.bridge_intro.setWordWrap(True)
        self.bridge_combo = QComboBox(page)
        self.bridge_combo.currentIndexChanged.connect(self._show_bridge)
        self.bridge_explanation = QLabel(page)
        self.bridge_explanation.setWordWrap(True)
        self.status_combo = QComboBox(page)
        for value, text in (("considered", self.tr("envisagée")),
                            ("in_progress", self.tr("en cours")),
                            ("done", self.tr("réalisée")), ("dropped", self.tr("abandonnée"))):
            self.status_combo.addItem(text, value)
        self.bridge_comment = QLineEdit(page)
        self.bridge_comment.setPlaceholderText(self.tr("Commentaire (décision prise avec la "
                                                       "personne)"))
        self.choose_button = QPushButton(self.tr("Choisir cette passerelle"), page)
        self.choose_button.clicked.connect(self.choose_bridge)
        self.chosen_table = self._table(page, [self.tr("Métier cible"), self.tr("Via"),
                                               self.tr("Statut"), self.tr("Choisie le"),
                                               self.tr("Commentaire")])
        form = QFormLayout()
        form.addRow(self.tr("Passerelle"), self.bridge_combo)
        form.addRow("", self.bridge_explanation)
        form.addRow(self.tr("Statut"), self.status_combo)
        form.addRow(self.tr("Commentaire"), self.bridge_comment)
        layout = QVBoxLayout(page)
        layout.addWidget(self.bridge_intro)
        layout.addLayout(form)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("Passerelles retenues :"), page))
        layout.addWidget(self.chosen_table, 1)
        return page

    def _table(self, parent: QWidget, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), parent)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    # Showing a person -------------------------------------------------------------------
    def set_person(self, person: Any) -> None:
        """Show ``person`` (an ``Employee``) or nothing; forgets unsaved identity edits."""
        self.person = person
        self.tabs.setEnabled(person is not None)
        self._loading = True
        if self.job.count() == 0 and self.context.study is not None:
            fill_jobs(self.job, self.context.study)
        if person is None:
            self.title.setText(self.tr("Sélectionnez une personne dans la liste."))
            for edit in (self.last_name, self.first_name):
                edit.clear()
            self.wishes.clear()
            self.id_label.clear()
        else:
            self.title.setText(f"<b>{html.escape(person.first_name, quote=False)} "
                               f"{html.escape(person.last_name, quote=False)}</b> — "
                               f"{html.escape(person.job, quote=False)}")
            self.id_label.setText(person.id)
            self.last_name.setText(person.last_name)
            self.first_name.setText(person.first_name)
            self.job.setCurrentIndex(self.job.findData(person.job))
            self.entry.setDate(to_qdate(person.entry_date))
            self.exit.setDate(to_qdate(person.exit_date))
            self.wishes.setPlainText(person.wishes)
        self.note_date.setDate(QDate.currentDate())
        self._loading = False
        self._set_dirty(False)
        self.refresh_lists()
        self._fill_engine_parts()

    def refresh_lists(self) -> None:
        from domain.people import employees

        conn = self.context.conn
        person = self.person
        declared = employees.competencies(conn, person.id) if person and conn else []
        self._fill(self.competency_table, [
            (d.label, d.item_code, self.level_combo.itemText(d.level - 1) if d.level else "",
             d.declared_at[:10]) for d in declared])
        notes = employees.notes(conn, person.id) if person and conn else []
        self.notes_view.setHtml("".join(
            f"<p><b>{french_date(n.held_on)}</b> — {html.escape(n.author, quote=False)} "
            f"&nbsp;<a href=\"{NOTE_LINK}{n.id}\">{self.tr('Supprimer')}</a><br>"
            f"{html.escape(n.body, quote=False).replace(chr(10), '<br>')}</p>" for n in notes)
            or self.tr("<i>Aucune note d'entretien.</i>"))
        chosen = employees.bridges(conn, person.id) if person and conn else []
        self._fill(self.chosen_table, [
            (c.target_job, c.via_job, self.status_combo.itemText(
                max(0, self.status_combo.findData(c.status))), c.chosen_at[:10], c.comment)
            for c in chosen])

    def _fill(self, table: QTableWidget, rows: list[tuple]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(str(value)))

    def _fill_engine_parts(self) -> None:
        """The job's competencies and bridges come from the engine (built on a worker)."""
        engine = self.holder.engine
        self.item_combo.clear()
        if self.person is not None and engine is not None:
            row = engine.matrix.rows.get(self.person.job)
            items = sorted(row.items.values(), key=lambda i: (not i.core, i.label)) if row else []
            for item in items:
                self.item_combo.addItem(item.label, item.code)
            self.item_combo.setCurrentIndex(-1)
        elif self.person is not None:
            self.holder.request()
        self._fill_bridges()

    def _fill_bridges(self) -> None:
        engine, person = self.holder.engine, self.person
        self.bridge_combo.clear()
        if person is None:
            return
        if engine is None:
            self.choose_button.setEnabled(False)
            self.bridge_intro.setText(
                self.tr("Aucune version du ROME n'est importée : les passerelles en ont besoin.")
                if self.holder.error is not None else self.tr("Calcul des passerelles…"))
            return
        bridges = engine.bridges(person.job, self.holder.settings)
        self.bridge_intro.setText(self.tr(
            "Passerelles proposées depuis le métier « {job} » (réglages de la vue "
            "« Passerelles »). La décision se prend avec la personne.").format(job=person.job))
        for bridge in bridges:
            via = self.tr(" via {job}").format(job=bridge.via) if bridge.via else ""
            self.bridge_combo.addItem(f"{bridge.target}{via} — {kind_label(bridge.kind)}", bridge)
        self.choose_button.setEnabled(bool(bridges))

    def _show_bridge(self, _index: int) -> None:
        bridge = self.bridge_combo.currentData()
        self.bridge_explanation.setText(bridge.explanation if bridge else "")

    # Saving -----------------------------------------------------------------------------
    def _mark_dirty(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _submit(self, action, on_done=None) -> bool:
        """Queue ``action(conn)`` (a named domain service) on the store's one writer.

        A refused input (``UserError``, in French) is shown when it comes back; on success the
        lists are read again and ``saved`` is emitted. False when nobody is selected.
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
        """Hand the form to ``domain.people.service.edit_employee``; its refusal is shown."""
        from domain.people.service import edit_employee

        if self.person is None:
            return False
        changes = {"last_name": self.last_name.text(), "first_name": self.first_name.text(),
                   "job": self.job.currentData() or "", "entry_date": from_qdate(self.entry.date()),
                   "exit_date": from_qdate(self.exit.date()), "wishes": self.wishes.toPlainText()}
        employee_id = self.person.id

        def saved(updated) -> None:
            if self.person is not None and self.person.id == employee_id:
                self.set_person(updated)

        return self._submit(lambda conn: edit_employee(conn, employee_id, changes), saved)

    def declare(self) -> bool:
        from domain.people.service import declare_competency

        if self.person is None:
            return False
        index = self.item_combo.findText(self.item_combo.currentText())
        if index < 0:
            from domain.errors import UserError
            from gui.errors import show_user_error

            show_user_error(UserError(self.tr("Choisissez une compétence de la liste du "
                                              "métier.")), self)
            return False
        employee_id, code = self.person.id, self.item_combo.itemData(index)
        level, items = self.level_combo.currentData(), self._release_items()
        return self._submit(lambda conn: declare_competency(
            conn, employee_id=employee_id, item_code=code, items=items, level=level))

    def _release_items(self) -> dict:
        """Every ROME item a person may declare (the release in use), by code."""
        release = self.context.release
        return dict(release.items) if release is not None else {}

    def add_note(self) -> bool:
        from domain.people import employees
        from domain.people.service import add_interview_note

        if self.person is None:
            return False
        note = employees.InterviewNote(self.person.id, from_qdate(self.note_date.date())
                                       or date.today(), self.note_text.toPlainText())
        return self._submit(lambda conn: add_interview_note(conn, note=note),
                            lambda _id: self.note_text.clear())

    def remove_competency(self) -> bool:
        """Withdraw the selected declared competency (« Supprimer » under the table)."""
        from domain.people.service import remove_competency

        rows = {index.row() for index in self.competency_table.selectedIndexes()}
        if self.person is None or len(rows) != 1:
            return False
        code, employee_id = self.competency_table.item(rows.pop(), 1).text(), self.person.id
        return self._submit(lambda conn: remove_competency(conn, employee_id, code))

    def remove_note(self, link: str) -> bool:
        """A note's « Supprimer » link: asks first, since the note's text is then gone."""
        from PySide6.QtWidgets import QMessageBox

        from domain.people.service import remove_note

        if self.person is None or not link.startswith(NOTE_LINK):
            return False
        answer = QMessageBox.question(self, self.tr("Supprimer la note"), self.tr(
            "Supprimer définitivement cette note d'entretien ?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        note_id, employee_id = int(link.removeprefix(NOTE_LINK)), self.person.id
        return self._submit(lambda conn: remove_note(conn, employee_id, note_id))

    def choose_bridge(self) -> bool:
        from domain.people.service import record_bridge_choice

        bridge = self.bridge_combo.currentData()
        if self.person is None or bridge is None:
            return False
        employee_id, status = self.person.id, self.status_combo.currentData()
        comment = self.bridge_comment.text().strip()
        return self._submit(lambda conn: record_bridge_choice(
            conn, employee_id=employee_id, target_job=bridge.target, via_job=bridge.via,
            status=status, comment=comment), lambda _chosen: self.bridge_comment.clear())
