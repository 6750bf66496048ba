"""Graphe des compétences: the 58 jobs joined by competency similarity, to explore by hand.

Nodes are coloured by the job's profile (the palette of :mod:`gui.charts`) and sized by the
headcount; edges join jobs whose similarity reaches the slider's threshold. The graph and its
spring layout are computed on a worker; the layout is computed once per release so moving the
slider only redraws the edges and the jobs stay where the eye left them. Selecting a job draws
its bridges (the engine's ranked list, with the settings of the Passerelles view) in green.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import (
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.app_context import AppContext
from gui.bridges_model import kind_label
from gui.engine_holder import engine_holder
from gui.graph_items import (
    BridgeEdgeItem,
    EdgeItem,
    GraphCanvas,
    NodeItem,
    legend,
    node_radius,
    number,
)
from gui.graph_layout import GraphResult, compute_graph

SCENE_SCALE = 300.0  # scene units per layout unit: discs of 7 to 20 units stay visible at the fitted zoom


class GraphView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.holder = engine_holder(context)
        self.engine: Any = None
        self.result: GraphResult | None = None
        self.positions: dict[str, tuple[float, float]] = {}
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self.bridge_items: list[BridgeEdgeItem] = []
        self.bridges: list[Any] = []
        self._operation = None
        self._pending_layout = False
        self._rebuild_timer = QTimer(self, singleShot=True, interval=200)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self._label_timer = QTimer(self, singleShot=True, interval=40)
        self._label_timer.timeout.connect(self.place_labels)
        self._build()
        self.holder.ready.connect(self._on_engine)
        self.holder.failed.connect(self._on_engine_failed)
        self.holder.settings_changed.connect(lambda _s: self._highlight())
        self.holder.people_changed.connect(self._relayout)
        context.loaded.connect(self.activated)
        context.qualification_changed.connect(self._on_qualification)
        context.job_selected.connect(self.select_job)
        if self.holder.engine is not None:
            self._on_engine(self.holder.engine)

    # Building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(50, 99)
        self.slider.setValue(90)
        self.slider.setMinimumWidth(220)
        self.slider.setToolTip(self.tr(
            "Deux métiers sont reliés quand leur similarité de compétences atteint ce seuil. "
            "0,90 : plus proches que 90 % des paires de métiers de la branche."))
        self.slider.valueChanged.connect(self._on_threshold)
        self.threshold_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Aller au métier…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self._go_to_typed_job)
        self.fit_button = QPushButton(self.tr("Ajuster à la fenêtre"), self)
        self.fit_button.clicked.connect(lambda: self.canvas.fit())
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 100)
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Seuil de similarité :"), self))
        bar.addWidget(self.slider)
        bar.addWidget(self.threshold_label)
        bar.addSpacing(16)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.busy)
        self.scene = QGraphicsScene(self)
        self.scene.selectionChanged.connect(self._on_scene_selection)
        self.canvas = GraphCanvas(self.scene, self)
        self.canvas.view_changed.connect(self._label_timer.start)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Importer le ROME…"), self)
        self.import_button.clicked.connect(self.context.import_requested.emit)
        self.import_button.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.canvas)
        splitter.addWidget(self._build_side_panel())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([960, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        self._show_threshold()
        self._show_message(self.tr("Chargement du moteur de passerelles…"))

    def _build_side_panel(self) -> QWidget:
        panel = QWidget(self)
        self.selection_title = QLabel(self.tr("Cliquez sur un métier pour voir ses passerelles."),
                                      panel)
        self.selection_title.setWordWrap(True)
        self.bridge_list = QListWidget(panel)
        self.bridge_list.itemActivated.connect(self._open_bridges)
        self.open_button = QPushButton(self.tr("Voir le détail dans « Passerelles »"), panel)
        self.open_button.clicked.connect(lambda: self._open_bridges())
        self.open_button.setEnabled(False)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.selection_title)
        layout.addWidget(self.bridge_list, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(legend(panel))
        return panel

    # Engine and graph -------------------------------------------------------------------
    def activated(self) -> None:
        self._ensure_completer()
        if self.engine is None:
            self.holder.request()

    @property
    def computing(self) -> bool:
        """True while a graph is being computed on a worker."""
        return self._operation is not None

    @property
    def threshold(self) -> float:
        return self.slider.value() / 100

    def _on_engine(self, engine: Any) -> None:
        self.engine = engine
        self.positions = {}
        self._pending_layout = True
        self.rebuild()

    def _on_engine_failed(self, exc: BaseException) -> None:
        from domain.errors import RomeError

        if isinstance(exc, RomeError):
            self._show_message(self.tr("Aucune version du ROME n'est importée : le graphe des "
                                       "compétences en a besoin."))
            self.import_button.show()
        else:
            self._show_message(self.tr("Le moteur de passerelles n'a pas pu être construit."))

    def _relayout(self) -> None:
        if self.engine is not None:
            self._pending_layout = True
            self.rebuild()

    def rebuild(self) -> None:
        """Recompute the graph at the current threshold on a worker (layout when needed)."""
        if self.engine is None:
            return
        if self._operation is not None:
            self._operation.cancel()
        from gui.workers import Operation

        engine, threshold = self.engine, self.threshold
        headcounts, layout = self.holder.headcounts(), self._pending_layout or not self.positions
        self.busy.setValue(0)
        self.busy.show()
        operation = Operation(
            lambda p, c: compute_graph(engine, threshold, headcounts, layout, p, c),
            on_progress=lambda f, _m: self.busy.setValue(int(100 * f)), parent=self)
        operation.succeeded.connect(lambda result, op=operation: self._on_graph(op, result))
        operation.failed.connect(lambda exc, op=operation: self._on_graph_failed(op, exc))
        self._operation = operation.start()

    def _on_graph_failed(self, operation, exc: BaseException) -> None:
        if operation is self._operation:
            self._operation = None
            self.busy.hide()
        from gui.errors import report_exception

        report_exception(exc, self)

    def _on_graph(self, operation, result: GraphResult | None) -> None:
        if operation is not self._operation:
            return  # a newer threshold was asked meanwhile
        self._operation = None
        self.busy.hide()
        if result is None:
            return
        self.result = result
        first = not self.nodes
        if result.positions is not None:
            self.positions = result.positions
            self._pending_layout = False
            self._place_nodes(result.graph)
        self._draw_edges(result.graph, result.threshold)
        self.message.hide()
        self.import_button.hide()
        self._update_count()
        self._highlight()
        if first:
            self.canvas.fit()

    def _place_nodes(self, graph: Any) -> None:
        selected = self.selected_job()
        self.scene.blockSignals(True)
        self.scene.clear()
        self.scene.blockSignals(False)
        self.nodes, self.edges, self.bridge_items = {}, [], []
        largest = max((data.get("headcount") or 0 for _n, data in graph.nodes(data=True)),
                      default=0)
        qualification = self.context.qualification.value
        for name, data in graph.nodes(data=True):
            item = NodeItem(name, data, node_radius(data.get("headcount"), largest),
                            self._on_hover)
            x, y = self.positions.get(name, (0.0, 0.0))
            item.setPos(QPointF(x * SCENE_SCALE, y * SCENE_SCALE))
            item.set_qualification(qualification)
            self.scene.addItem(item)
            self.nodes[name] = item
        if selected in self.nodes:
            self.nodes[selected].setSelected(True)
        self._label_timer.start()

    def _draw_edges(self, graph: Any, threshold: float) -> None:
        for edge in self.edges:
            self.scene.removeItem(edge)
        self.edges = []
        for a, b, data in graph.edges(data=True):
            if a in self.nodes and b in self.nodes:
                edge = EdgeItem(self.nodes[a], self.nodes[b], data, threshold)
                self.scene.addItem(edge)
                self.edges.append(edge)

    # Selection and bridges --------------------------------------------------------------
    def selected_job(self) -> str | None:
        items = [i for i in self.scene.selectedItems() if isinstance(i, NodeItem)]
        return items[0].name if items else None

    def select_job(self, name: str) -> None:
        node = self.nodes.get(name)
        if node is None or node.isSelected():
            return
        self.scene.clearSelection()
        node.setSelected(True)
        self.canvas.centerOn(node)

    def _on_scene_selection(self) -> None:
        name = self.selected_job()
        if name is not None:
            self.context.select_job(name)
        self._highlight()

    def _highlight(self) -> None:
        """Dim every job but the selected one and its bridges, and draw the bridges."""
        for item in self.bridge_items:
            self.scene.removeItem(item)
        self.bridge_items, self.bridges = [], []
        self.bridge_list.clear()
        name = self.selected_job()
        self.open_button.setEnabled(name is not None)
        for edge in self.edges:
            edge.setOpacity(1.0 if name is None or name in edge.ends else 0.25)
        if name is None or self.engine is None:
            for node in self.nodes.values():
                node.set_emphasis("normal")
            self._label_timer.start()
            self.selection_title.setText(self.tr("Cliquez sur un métier pour voir ses "
                                                 "passerelles."))
            return
        self.bridges = self.engine.bridges(name, self.holder.settings)
        roles = {name: "source"}
        for bridge in self.bridges:
            roles.setdefault(bridge.target, "target")
            for via in bridge.path[1:-1]:
                roles.setdefault(via, "via")
            self._draw_bridge(bridge)
        for job, node in self.nodes.items():
            node.set_emphasis(roles.get(job, "dimmed"))
        self._fill_bridge_list(name)
        self._label_timer.start()

    def _draw_bridge(self, bridge: Any) -> None:
        two_step = bool(bridge.via)
        tip = bridge.explanation
        for a, b in zip(bridge.path, bridge.path[1:], strict=False):
            if a in self.nodes and b in self.nodes:
                item = BridgeEdgeItem(self.nodes[a].pos(), self.nodes[b].pos(), two_step, tip)
                self.scene.addItem(item)
                self.bridge_items.append(item)

    def _fill_bridge_list(self, name: str) -> None:
        from domain.matching.bridge_fields import FIELD_HELP
        from gui.formats import percent, plural, tooltip

        count = len(self.bridges)
        self.selection_title.setText(f"<b>{html.escape(name, quote=False)}</b><br>" + plural(
            count, self.tr("{n} passerelle avec les réglages de la vue « Passerelles »."),
            self.tr("{n} passerelles avec les réglages de la vue « Passerelles »."))
            + "<br>" + self.tr("Déjà maîtrisé : part des compétences clés du métier visé déjà "
                               "détenues. Score : valeur de classement (survolez une ligne)."))
        for rank, bridge in enumerate(self.bridges, start=1):
            via = self.tr(" (via {job})").format(job=bridge.via) if bridge.via else ""
            text = (f"{rank}. {bridge.target}{via}\n    {kind_label(bridge.kind)}, "
                    + self.tr("déjà maîtrisé {cov}, score {score}").format(
                        cov=percent(bridge.coverage), score=number(bridge.score)))
            item = QListWidgetItem(text)
            item.setToolTip(tooltip(f"{bridge.explanation}\n\n{FIELD_HELP['score']}"))
            item.setData(Qt.ItemDataRole.UserRole, bridge.target)
            self.bridge_list.addItem(item)

    def _open_bridges(self, _item: QListWidgetItem | None = None) -> None:
        name = self.selected_job()
        if name is not None:
            self.context.select_job(name)
            self.context.view_requested.emit("bridges")

    def place_labels(self) -> int:
        """Put the names where they fit (the selected job and its bridges first)."""
        from gui.graph_labels import place_labels

        first = [n for n, node in self.nodes.items()
                 if node.emphasis in ("source", "target", "via")]
        return place_labels(self.canvas, list(self.nodes.values()), first)

    # Small updates ----------------------------------------------------------------------
    def _on_threshold(self, _value: int) -> None:
        self._show_threshold()
        self._rebuild_timer.start()

    def _show_threshold(self) -> None:
        self.threshold_label.setText(number(self.threshold))

    def _on_qualification(self, qualification: Any) -> None:
        for node in self.nodes.values():
            node.set_qualification(qualification.value)

    def _on_hover(self, name: str | None) -> None:
        for edge in self.edges:
            touched = name is not None and name in edge.ends
            edge.setZValue(1 if touched else 0)

    def _update_count(self) -> None:
        graph = self.result.graph if self.result else None
        if graph is None:
            return
        import networkx as nx

        isolated = sum(1 for _ in nx.isolates(graph))
        from gui.formats import plural

        self.count_label.setText(self.tr("{nodes}, {edges} au seuil {t} ; {isolated}.").format(
            nodes=plural(graph.number_of_nodes(), self.tr("{n} métier"), self.tr("{n} métiers")),
            edges=plural(graph.number_of_edges(), self.tr("{n} lien"), self.tr("{n} liens")),
            t=number(self.result.threshold),
            isolated=plural(isolated, self.tr("{n} métier sans lien à ce seuil"),
                            self.tr("{n} métiers sans lien à ce seuil"))))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _go_to_typed_job(self) -> None:
        text = self.search_edit.text().strip()
        if not text or self.context.study is None:
            return
        from domain.errors import UserError
        from domain.text import fold

        words = fold(text).split()  # « medecin », « charge d'accueil »: the one job meant
        matches = [job.name for job in self.context.study.jobs
                   if all(word in fold(job.name) for word in words)]
        try:
            name = matches[0] if len(matches) == 1 else self.context.study.find_job(text).name
        except UserError as exc:
            from gui.errors import show_user_error

            show_user_error(exc, self)
            return
        self.select_job(name)

    def _ensure_completer(self) -> None:
        if self.search_edit.completer() is None and self.context.study is not None:
            from PySide6.QtCore import QStringListModel

            from domain.text import fold
            from gui.job_combo import FoldingCompleter

            names = sorted((job.name for job in self.context.study.jobs), key=fold)
            completer = FoldingCompleter(QStringListModel(names, self), self)
            completer.activated.connect(lambda _text: self._go_to_typed_job())
            self.search_edit.setCompleter(completer)

    def focus_search(self) -> None:
        self._ensure_completer()
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
