"""Collaborateurs: the people in the store, searchable, each editable beside the list.

The list comes from ``domain.people.employees`` (departed people only on request, as the RGPD
asks); the roster import goes through :class:`gui.roster_import_dialog.RosterImportDialog`,
which previews the file before anything is saved; a person is edited in
:class:`gui.person_editor.PersonEditor`. Adding a person by hand, erasing one, exporting what
is held on one and purging old interview notes are :class:`gui.people_actions.PeopleActions`
(buttons above the list and the list's right-click menu, with Copier and Exporter vers Excel).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.app_context import AppContext
from gui.engine_holder import engine_holder
from gui.formats import count, plural
from gui.people_actions import PeopleActions
from gui.people_model import PeopleFilter, PeopleModel
from gui.people_table import PeopleTable
from gui.person_editor import PersonEditor


class PeopleView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.holder = engine_holder(context)
        self.model = PeopleModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self._dialog = None
        self.actions = PeopleActions(context, self)
        self.actions.done.connect(self._status)
        self.actions.added.connect(self._after_add)
        self._build()
        context.loaded.connect(self.reload)
        self.holder.people_changed.connect(self.reload)
        if context.is_loaded:
            self.reload()

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr(
            "Rechercher par matricule, nom, prénom, métier ou passerelle"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search)
        self.departed_check = QCheckBox(self.tr("Afficher les personnes parties"), self)
        self.departed_check.toggled.connect(lambda _on: self.reload())
        self.import_button = QPushButton(self.tr("Importer un effectif…"), self)
        self.import_button.clicked.connect(lambda: self.import_roster())
        self._build_actions()
        self.add_button = QPushButton(self.tr("Ajouter une personne…"), self)
        self.add_button.clicked.connect(self.add_action.trigger)
        self.rgpd_button = QToolButton(self)
        self.rgpd_button.setText(self.tr("RGPD"))
        self.rgpd_button.setToolTip(self.tr("Droit d'accès, droit à l'effacement, durée de "
                                            "conservation des notes d'entretien"))
        self.rgpd_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        rgpd_menu = QMenu(self.rgpd_button)
        rgpd_menu.addActions([self.export_person_action, self.erase_action])
        rgpd_menu.addSeparator()
        rgpd_menu.addAction(self.purge_action)
        self.rgpd_button.setMenu(rgpd_menu)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.departed_check)
        bar.addWidget(self.add_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.rgpd_button)
        self.table = PeopleTable(self.model, self.proxy,
                                 QAbstractItemView.SelectionMode.SingleSelection, self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        from gui.table_export import install_table_menu

        self.table_actions = install_table_menu(
            self.table, title=self.tr("Collaborateurs"),
            actions=[self.add_action, self.export_person_action, self.erase_action])
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.empty_label = QLabel(self.tr(
            "Aucun collaborateur enregistré. Importez un effectif (CSV ou Excel) : matricule, "
            "nom, prénom et métier de chaque personne."), self)
        self.empty_label.setWordWrap(True)
        self.count_label = QLabel(self)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty_label)
        column.addWidget(self.table, 1)
        column.addWidget(self.count_label)
        self.editor = PersonEditor(self.context, self)
        self.editor.saved.connect(self._on_saved)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def _build_actions(self) -> None:
        self.add_action = QAction(self.tr("Ajouter une personne…"), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(lambda: self.actions.add_person())
        self.addAction(self.add_action)
        self.export_person_action = QAction(
            self.tr("Exporter les données de la personne (droit d'accès)…"), self)
        self.export_person_action.triggered.connect(self.export_current_person)
        self.erase_action = QAction(self.tr("Effacer la personne (droit à l'effacement)…"), self)
        self.erase_action.triggered.connect(self.erase_current_person)
        self.purge_action = QAction(self.tr("Purger les notes d'entretien anciennes…"), self)
        self.purge_action.triggered.connect(lambda: self.actions.purge_notes())
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = getattr(self, "table", None) is not None and self.current_person() is not None
        for action in (self.export_person_action, self.erase_action):
            action.setEnabled(chosen)

    # Data -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the people again, keeping the current person selected when still listed."""
        from domain.people.employees import list_employees
        from domain.people.register import chosen_bridges

        conn = self.context.conn
        if conn is None:
            return
        current = self.current_person()
        people = list_employees(conn, include_departed=self.departed_check.isChecked())
        self.model.set_people(people, chosen_bridges(conn))
        # The exit date only matters when people who left are listed.
        self.table.setColumnHidden(PeopleModel.EXIT, not self.departed_check.isChecked())
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not people)
        self._update_count()
        self._update_actions()
        if current is not None and self.model.row_of(current.id) >= 0:
            self.select_person(current.id)
        else:
            self.editor.set_person(None)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown != total:
            text = plural(shown, self.tr("{n} personne affichée sur {total}"),
                          self.tr("{n} personnes affichées sur {total}"))
        else:
            text = plural(total, self.tr("{n} personne"), self.tr("{n} personnes"))
        self.count_label.setText(text.replace("{total}", count(total)))

    def _on_search(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def current_person(self) -> Any:
        return self.table.current_person()

    def select_person(self, employee_id: str) -> None:
        person = self.table.select_person(employee_id)
        if person is not None:
            self.editor.set_person(person)

    def _on_current(self, current, _previous) -> None:
        person = self.table.person_at(current)
        shown = self.editor.person
        leaving = shown is not None and (person is None or person.id != shown.id)
        if leaving and not self.editor.maybe_save():  # Save / Discard / Cancel (issue 11)
            self.table.select_person(shown.id)  # Cancel: stay on the person being edited
            return
        self.editor.set_person(person)
        if person is not None:
            self.context.select_job(person.job)

    def _on_saved(self, _employee_id: str) -> None:
        self.reload()  # keeps the person shown (a save may end after switching person)

    # Adding, erasing, RGPD --------------------------------------------------------------
    def export_current_person(self) -> bool:
        person = self.current_person()
        return person is not None and self.actions.export_person(person)

    def erase_current_person(self) -> bool:
        """Erase the selected person after a question naming them (their unsaved edits go too)."""
        person = self.current_person()
        if person is None:
            return False
        return self.actions.erase_person(person)

    def export_table(self):
        from gui.table_export import export_table

        return export_table(self.table, self.window())

    def _after_add(self, employee_id: str) -> None:
        self.reload()
        self.select_person(employee_id)

    def _status(self, text: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 15000)

    # Roster import ----------------------------------------------------------------------
    def import_roster(self, path: str | None = None):
        """Open the import dialog (non-blocking); the list reloads once people are saved."""
        from gui.roster_import_dialog import RosterImportDialog

        dialog = RosterImportDialog(self.context, self, path=path)
        dialog.accepted.connect(lambda: self._after_import(dialog))
        dialog.open()
        self._dialog = dialog
        return dialog

    def _after_import(self, dialog) -> None:
        summary = dialog.summary
        if summary is None:
            return
        self.reload()
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(self.tr("Effectif importé : {c}, {u}, {n}.").format(
                c=plural(summary.created, self.tr("{n} personne créée"),
                         self.tr("{n} personnes créées")),
                u=plural(summary.updated, self.tr("{n} modifiée"), self.tr("{n} modifiées")),
                n=plural(summary.unchanged, self.tr("{n} inchangée"),
                         self.tr("{n} inchangées"))), 10000)

    # Main window hooks ------------------------------------------------------------------
    def activated(self) -> None:
        if self.holder.engine is None and self.context.is_loaded:
            self.holder.request()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
