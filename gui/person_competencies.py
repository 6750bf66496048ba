"""The person editor's competency profile: declare, reject, and see what the bridges start from.

A person's profile is their job's retained competencies, plus those they declare, minus those
they do not practise (``domain.matching.person_profile``); their bridges are computed from it.
A competency to declare is found across the 58 jobs and the whole ROME, without accents
(``domain.matching.competency_search``). Each change is one dated user action
(``domain.people.service``): declaring withdraws an earlier rejection and the reverse.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.text import french_timestamp
from gui.formats import plural

if TYPE_CHECKING:
    from gui.person_editor import PersonEditor

CODE_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ORDER = {"savoir_faire": 0, "savoir_etre": 1, "savoir": 2}


def day(stamp: str) -> str:
    """« 30/11/2026 » (local day) from an ISO date or timestamp ("" stays "")."""
    return french_timestamp(stamp, time=False)


def table(parent: QWidget, headers: list[str]) -> QTableWidget:
    """A read-only table of whole rows, the first column stretched."""
    widget = QTableWidget(0, len(headers), parent)
    widget.setHorizontalHeaderLabels(headers)
    widget.verticalHeader().hide()
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setWordWrap(True)
    widget.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return widget


def fill(widget: QTableWidget, rows: list[tuple], tips: list[str] | None = None) -> None:
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if tips:
                item.setToolTip(tips[r])
            widget.setItem(r, c, item)


class CompetenciesTab(QWidget):
    """Search and declare; the profile (job's and declared), and what was taken out."""

    def __init__(self, editor: PersonEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.profile: Any = None  # domain.matching.person_profile.PersonProfile
        intro = QLabel(self.tr(
            "Le profil de la personne : les compétences retenues de son métier, plus celles "
            "qu'elle déclare, moins celles qu'elle ne pratique pas. Ses passerelles sont "
            "calculées à partir de ce profil."), self)
        intro.setWordWrap(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr(
            "Chercher une compétence dans tous les métiers et tout le ROME (sans accents)…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.search)
        self.results = QListWidget(self)
        self.results.setWordWrap(True)
        self.results.itemSelectionChanged.connect(self._update_buttons)
        self.results.itemDoubleClicked.connect(lambda _item: self.declare())
        self.level_combo = QComboBox(self)
        for level, text in enumerate((self.tr("notions"), self.tr("pratique"),
                                      self.tr("maîtrise"), self.tr("expert")), start=1):
            self.level_combo.addItem(f"{level} – {text}", level)
        self.level_combo.setToolTip(self.tr("Niveau de maîtrise déclaré par la personne : 1 "
                                            "notions, 2 pratique, 3 maîtrise, 4 expert."))
        self.declare_button = QPushButton(self.tr("Déclarer"), self)
        self.declare_button.setToolTip(self.tr("Ajouter la compétence choisie au profil de la "
                                               "personne (datée d'aujourd'hui)."))
        self.declare_button.clicked.connect(self.declare)
        self.held_table = table(self, [self.tr("Compétence"), self.tr("Nature"),
                                       self.tr("Origine"), self.tr("Depuis le")])
        self.held_table.itemSelectionChanged.connect(self._update_buttons)
        self.reject_button = QPushButton(self.tr("Retirer du profil"), self)
        self.reject_button.setToolTip(self.tr(
            "Une compétence du métier que la personne ne pratique pas est retirée (datée) ; "
            "une compétence déclarée par erreur est effacée."))
        self.reject_button.clicked.connect(self.take_out)
        self.rejected_table = table(self, [self.tr("Compétence retirée"), self.tr("Code"),
                                           self.tr("Retirée le")])
        self.rejected_table.itemSelectionChanged.connect(self._update_buttons)
        self.restore_button = QPushButton(self.tr("Remettre dans le profil"), self)
        self.restore_button.clicked.connect(self.restore)
        self._build(intro)
        self._update_buttons()

    def _build(self, intro: QLabel) -> None:
        declare = QHBoxLayout()
        declare.addWidget(QLabel(self.tr("Niveau"), self))
        declare.addWidget(self.level_combo)
        declare.addStretch(1)
        declare.addWidget(self.declare_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search_edit)
        top_layout.addWidget(self.results, 1)
        top_layout.addLayout(declare)
        self.held_title = QLabel(self)
        held = self._section(self.held_title, self.held_table, self.reject_button)
        rejected = self._section(None, self.rejected_table, self.restore_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for part in (top, held, rejected):
            splitter.addWidget(part)
        splitter.setSizes([140, 260, 90])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)

    def _section(self, title: QLabel | None, widget: QWidget, button: QPushButton) -> QWidget:
        part = QWidget(self)
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        if title is not None:
            layout.addWidget(title)
        layout.addWidget(widget, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        return part

    # Showing ----------------------------------------------------------------------------
    def refresh(self, record: Any) -> None:
        """Show the profile of ``record`` (a ``CompetencyRecord``; None: nobody or no engine)."""
        from domain.matching.person_profile import DECLARED, person_profile

        engine = self.editor.holder.engine
        from domain.text import fold

        profile = person_profile(engine, record) if record and engine else None
        if profile is not None:  # savoir-faire first, key ones first, as the bridges read
            profile = replace(profile, held=tuple(sorted(profile.held, key=lambda e: (
                KIND_ORDER.get(e.kind, 3), not e.core, fold(e.label)))))
        self.profile = profile
        held = profile.held if profile else ()
        origin = {DECLARED: self.tr("déclarée")}
        fill(self.held_table, [(e.label, self._kind(e.kind), origin.get(e.origin,
                                                                        self.tr("métier")),
                                day(e.since)) for e in held],
             [self._tip(e) for e in held])
        rejected = self.profile.rejected if self.profile else ()
        fill(self.rejected_table, [(e.label, e.code, day(e.since)) for e in rejected])
        declared = sum(e.origin == DECLARED for e in held)
        self.held_title.setText(self.tr("<b>Profil : {n}</b>, dont {d} ; {r}").format(
            n=plural(len(held), self.tr("{n} compétence"), self.tr("{n} compétences")),
            d=plural(declared, self.tr("{n} déclarée"), self.tr("{n} déclarées")),
            r=plural(len(rejected), self.tr("{n} retirée"), self.tr("{n} retirées"))))
        self.search(self.search_edit.text())

    def _kind(self, kind: str) -> str:
        from domain.matching.competencies import KIND_LABELS

        return QCoreApplication.translate("BridgesView", KIND_LABELS.get(kind, kind))

    def _tip(self, entry: Any) -> str:
        text = self.tr("Compétence ROME {code} : {label}").format(code=entry.code,
                                                                  label=entry.label)
        if entry.level:
            text += "\n" + self.tr("Niveau déclaré : {level}").format(
                level=self.level_combo.itemText(entry.level - 1))
        return text

    def search(self, text: str) -> None:
        """Competencies matching ``text`` (every word, no accents needed), branch's jobs first."""
        from domain.matching.competency_search import search_competencies

        self.results.clear()
        engine = self.editor.holder.engine
        if engine is None or not text.strip():
            self._update_buttons()
            return
        held = {e.code for e in self.profile.held} if self.profile else set()
        for hit in search_competencies(engine.release.items, engine.matrix, text, limit=30):
            where = (plural(len(hit.jobs), self.tr("{n} métier de la branche"),
                            self.tr("{n} métiers de la branche")) if hit.jobs
                     else self.tr("ROME"))
            mark = self.tr(" — déjà dans le profil") if hit.code in held else ""
            item = QListWidgetItem(f"{hit.label} ({where}){mark}")
            item.setData(CODE_ROLE, hit.code)
            item.setToolTip(self.tr("Compétence ROME {code} : {label}").format(
                code=hit.code, label=hit.label) + ("\n" + ", ".join(hit.jobs) if hit.jobs else ""))
            self.results.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.declare_button.setEnabled(bool(self.results.selectedItems()))
        self.reject_button.setEnabled(bool(self.held_table.selectedItems()))
        self.restore_button.setEnabled(bool(self.rejected_table.selectedItems()))

    # Changing ---------------------------------------------------------------------------
    def declare(self) -> bool:
        """Declare the competency chosen in the results, at the chosen level."""
        from domain.people.service import declare_competency

        chosen = self.results.selectedItems()
        person, engine = self.editor.person, self.editor.holder.engine
        if person is None or engine is None or not chosen:
            return False
        code, level = chosen[0].data(CODE_ROLE), self.level_combo.currentData()
        employee_id, items = person.id, engine.release.items
        return self.editor.submit(lambda conn: declare_competency(
            conn, employee_id=employee_id, item_code=code, items=items, level=level))

    def take_out(self) -> bool:
        """« Retirer du profil »: reject a job's competency (dated), erase a declared one."""
        from domain.matching.person_profile import DECLARED
        from domain.people.service import reject_competency, remove_competency

        rows = {index.row() for index in self.held_table.selectedIndexes()}
        person, engine = self.editor.person, self.editor.holder.engine
        if person is None or engine is None or self.profile is None or len(rows) != 1:
            return False
        entry, employee_id = self.profile.held[rows.pop()], person.id
        if entry.origin == DECLARED:
            return self.editor.submit(lambda conn: remove_competency(conn, employee_id,
                                                                     entry.code))
        items = engine.release.items
        return self.editor.submit(lambda conn: reject_competency(
            conn, employee_id=employee_id, item_code=entry.code, items=items))

    def restore(self) -> bool:
        """Put a rejected competency back (declaring it withdraws the rejection)."""
        from domain.people.service import declare_competency

        rows = {index.row() for index in self.rejected_table.selectedIndexes()}
        person, engine = self.editor.person, self.editor.holder.engine
        if person is None or engine is None or self.profile is None or len(rows) != 1:
            return False
        entry, employee_id, items = self.profile.rejected[rows.pop()], person.id, engine.release.items
        return self.editor.submit(lambda conn: declare_competency(
            conn, employee_id=employee_id, item_code=entry.code, items=items))
