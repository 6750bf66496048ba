"""The person editor's bridges: ranked from the person's own profile, any wished job explained,
and the decision recorded.

The bridges come from ``Engine.bridges_for_person`` (the person's job's competencies, plus the
declared ones, minus the rejected ones). A manager may also pick any of the 58 jobs as a wish:
its bridge is explained even when it is not a default target, with the rules it breaks (the
command line's ``bridges --employee ID --to JOB``). The bridge on screen is recorded with
``domain.people.service.record_bridge_choice``; the report then follows that decision.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.bridge_detail import BridgeDetail
from gui.bridges_model import kind_label, percent
from gui.job_combo import fill_jobs, searchable_combo
from gui.person_competencies import day, fill, table

if TYPE_CHECKING:
    from gui.person_editor import PersonEditor


class BridgesTab(QWidget):
    """The person's bridges, a wish, the bridge shown explained, and the decisions taken."""

    def __init__(self, editor: PersonEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.record: Any = None  # domain.people.register.CompetencyRecord
        self.bridge: Any = None  # the bridge on screen (proposed or wished)
        self.bridge_intro = QLabel(self)
        self.bridge_intro.setWordWrap(True)
        self.bridge_combo = QComboBox(self)
        self.bridge_combo.setToolTip(self.tr("Passerelles classées depuis le profil de la "
                                             "personne, couverture en tête."))
        self.bridge_combo.setPlaceholderText(self.tr("(un métier souhaité est affiché)"))
        self.bridge_combo.activated.connect(self._show_proposed)
        self.wish_combo = searchable_combo(self, width=20)
        self.wish_combo.setToolTip(self.tr(
            "N'importe quel métier de la branche, même s'il n'est pas une cible : sa passerelle "
            "est expliquée avec les règles qu'elle ne respecte pas. Tapez une partie du nom, "
            "avec ou sans accents."))
        self.wish_combo.activated.connect(lambda _i: self.show_wish())
        self.detail = BridgeDetail(self, Qt.Orientation.Vertical)
        self.status_combo = QComboBox(self)
        for value, text in (("considered", self.tr("envisagée")),
                            ("in_progress", self.tr("en cours")),
                            ("done", self.tr("réalisée")), ("dropped", self.tr("abandonnée"))):
            self.status_combo.addItem(text, value)
        self.bridge_comment = QLineEdit(self)
        self.bridge_comment.setPlaceholderText(self.tr("Commentaire (décision prise avec la "
                                                       "personne)"))
        self.choose_button = QPushButton(self.tr("Choisir cette passerelle"), self)
        self.choose_button.setToolTip(self.tr("Enregistrer la passerelle affichée comme "
                                              "décision : le rapport de la personne la suit."))
        self.choose_button.clicked.connect(self.choose_bridge)
        self.chosen_table = table(self, [self.tr("Métier cible"), self.tr("Via"),
                                         self.tr("Statut"), self.tr("Choisie le"),
                                         self.tr("Commentaire")])
        self._build()

    def _build(self) -> None:
        pickers = QFormLayout()
        pickers.addRow(self.tr("Passerelles proposées"), self.bridge_combo)
        pickers.addRow(self.tr("Ou un métier souhaité"), self.wish_combo)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        decision = QHBoxLayout()
        decision.addWidget(QLabel(self.tr("Statut"), self))
        decision.addWidget(self.status_combo)
        decision.addWidget(self.bridge_comment, 1)
        decision.addWidget(self.choose_button)
        chosen = QWidget(self)
        chosen_layout = QVBoxLayout(chosen)
        chosen_layout.setContentsMargins(0, 0, 0, 0)
        chosen_layout.addLayout(decision)
        chosen_layout.addWidget(QLabel(self.tr("Passerelles retenues :"), self))
        chosen_layout.addWidget(self.chosen_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(scroll)
        splitter.addWidget(chosen)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 160])
        layout = QVBoxLayout(self)
        layout.addWidget(self.bridge_intro)
        layout.addLayout(pickers)
        layout.addWidget(splitter, 1)

    # Showing ----------------------------------------------------------------------------
    def load(self, _person: Any) -> None:
        """Another person: nothing of the previous one's bridge stays on screen."""
        self.bridge = None
        self.wish_combo.setCurrentIndex(-1)
        self.bridge_comment.clear()
        self.status_combo.setCurrentIndex(0)

    def settings(self) -> Any:
        settings = self.editor.holder.settings
        return replace(settings, top=settings.shown)

    def refresh(self, record: Any, chosen: list) -> None:
        """The bridges of ``record`` (None: nobody), keeping the bridge on screen if any."""
        self.record = record
        fill(self.chosen_table, [
            (c.target_job, c.via_job, self.status_combo.itemText(
                max(0, self.status_combo.findData(c.status))), day(c.chosen_at), c.comment)
            for c in chosen])
        if self.wish_combo.count() == 0 and self.editor.context.study is not None:
            fill_jobs(self.wish_combo, self.editor.context.study)
        engine, holder = self.editor.holder.engine, self.editor.holder
        shown = self.bridge.target if self.bridge is not None else None
        self.bridge_combo.clear()
        self.bridge = None
        if record is None or engine is None:
            self.choose_button.setEnabled(False)
            self.detail.show_bridge(None)
            self.bridge_intro.setText("" if record is None else self.tr(
                "Aucune version du ROME n'est importée : les passerelles en ont besoin.")
                if holder.error is not None else self.tr("Calcul des passerelles…"))
            return
        bridges = engine.bridges_for_person(record, self.settings())
        self.bridge_intro.setText(self.tr(
            "Passerelles calculées depuis le profil de la personne (métier « {job} », "
            "compétences déclarées et retirées), avec les réglages de la vue « Passerelles ». "
            "La décision se prend avec la personne.").format(job=record.employee.job))
        for bridge in bridges:
            via = self.tr(" via {job}").format(job=bridge.via) if bridge.via else ""
            self.bridge_combo.addItem(f"{bridge.target}{via} — {percent(bridge.coverage)} — "
                                      f"{kind_label(bridge.kind)}", bridge)
        again = next((n for n, b in enumerate(bridges) if b.target == shown), None)
        if shown is not None and again is None:
            self.show_wish(shown)  # a wish stays on screen, recomputed from the new profile
        else:
            self._show_proposed(again or 0)

    def _show_proposed(self, index: int) -> None:
        if index < 0 or index >= self.bridge_combo.count():
            self._show(None)
            return
        self.bridge_combo.setCurrentIndex(index)
        self.wish_combo.setCurrentIndex(-1)
        self._show(self.bridge_combo.itemData(index))

    def show_wish(self, job: str | None = None) -> bool:
        """Explain the bridge to ``job`` (default: the wish picker's job), target or not."""
        from domain.errors import UserError

        job = job or self.wish_combo.currentData()
        engine = self.editor.holder.engine
        if not job or engine is None or self.record is None:
            return False
        try:
            bridge = engine.bridges_for_person(self.record, self.settings(), to=job)[0]
        except UserError as error:
            from gui.errors import show_user_error

            show_user_error(error, self)
            return False
        self.bridge_combo.setCurrentIndex(-1)
        index = self.wish_combo.findData(bridge.target)
        if index != self.wish_combo.currentIndex():
            self.wish_combo.setCurrentIndex(index)
        self._show(bridge)
        return True

    def _show(self, bridge: Any) -> None:
        self.bridge = bridge
        self.detail.show_bridge(bridge)
        self.choose_button.setEnabled(bridge is not None)

    # Deciding ---------------------------------------------------------------------------
    def choose_bridge(self) -> bool:
        """Record the bridge on screen with its status and comment."""
        from domain.people.service import record_bridge_choice

        bridge, person = self.bridge, self.editor.person
        if person is None or bridge is None:
            return False
        employee_id, status = person.id, self.status_combo.currentData()
        comment = self.bridge_comment.text().strip()

        def recorded(_chosen: Any) -> None:
            if self.editor.person is not None and self.editor.person.id == employee_id:
                self.bridge_comment.clear()

        return self.editor.submit(lambda conn: record_bridge_choice(
            conn, employee_id=employee_id, target_job=bridge.target, via_job=bridge.via,
            status=status, comment=comment), recorded)
