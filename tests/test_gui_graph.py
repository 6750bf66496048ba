"""Graphe des compétences driven through its widgets, on the real ROME release."""

from __future__ import annotations

import pytest
from gui_support import loaded_context
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from gui.charts import profile_color
from gui.engine_holder import engine_holder
from gui.graph_view import GraphView

pytestmark = pytest.mark.rome

HEADCOUNTS = {"Chargé d'assistance": 120, "Médecin d'assistance": 4}


@pytest.fixture
def view(real_rome, qtbot):
    context = loaded_context(real_rome, HEADCOUNTS)
    widget = GraphView(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activated()
    wait_for_graph(qtbot, widget)
    yield widget
    context.close()


def wait_for_graph(qtbot, view, threshold: float | None = None) -> None:
    def done() -> bool:
        ready = view.result is not None and not view.computing
        return ready and (threshold is None or view.result.threshold == pytest.approx(threshold))

    qtbot.waitUntil(done, timeout=15000)


def pairs_at(similarity, threshold: float) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, row in similarity.items() for b, value in row.items()
            if value >= threshold}


def test_nodes_are_the_jobs_coloured_by_profile_and_sized_by_headcount(view):
    study = view.context.study
    assert set(view.nodes) == {job.name for job in study.jobs}
    qualification = view.context.qualification
    for job in study.jobs:
        expected = profile_color(study.exposure(job, qualification).profile)
        assert view.nodes[job.name].brush().color() == expected, job.name
    big, small = view.nodes["Chargé d'assistance"], view.nodes["Médecin d'assistance"]
    unknown = view.nodes["Chargé de conciergerie"]
    assert big.radius > small.radius > unknown.radius


def test_slider_rebuilds_the_edges_at_the_new_threshold_without_moving_jobs(view, qtbot):
    similarity = view.engine.similarity
    before = {frozenset(edge.ends) for edge in view.edges}
    assert before == pairs_at(similarity, 0.90)
    where = {name: node.pos() for name, node in view.nodes.items()}
    view.slider.setFocus()
    for _ in range(5):
        qtbot.keyClick(view.slider, Qt.Key.Key_Right)
    assert view.threshold == pytest.approx(0.95)
    assert view.threshold_label.text() == "0,95"
    wait_for_graph(qtbot, view, 0.95)
    after = {frozenset(edge.ends) for edge in view.edges}
    assert after == pairs_at(similarity, 0.95)
    assert after < before
    assert {name: node.pos() for name, node in view.nodes.items()} == where
    assert f"{len(after)} liens au seuil 0,95" in view.count_label.text()


def test_clicking_a_job_highlights_its_bridges(view, qtbot):
    name = "Chargé d'accueil d'assistance"  # exposed: it has bridges
    node = view.nodes[name]
    view.canvas.centerOn(node)
    point = view.canvas.mapFromScene(node.pos())
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.selected_job() == name
    assert view.context.selected_job == name
    bridges = view.engine.bridges(name, engine_holder(view.context).settings)
    assert bridges, "the real release gives bridges from this job"
    marked = {n for n, item in view.nodes.items() if item._emphasis in ("target", "via")}
    assert marked == {job for b in bridges for job in b.path[1:]}
    assert len(view.bridge_items) == sum(len(b.path) - 1 for b in bridges)
    dimmed = [n for n, item in view.nodes.items() if item.opacity() < 1]
    assert name not in dimmed and len(dimmed) == len(view.nodes) - 1 - len(marked)
    assert view.bridge_list.count() == len(bridges)
    assert view.bridge_list.item(0).text().startswith(f"1. {bridges[0].target}")


def test_bridge_settings_change_the_highlighted_bridges(view, qtbot):
    from dataclasses import replace

    view.select_job("Chargé d'accueil d'assistance")
    holder = engine_holder(view.context)
    holder.set_settings(replace(holder.settings, top=2))
    assert view.bridge_list.count() == 2


def test_other_views_selecting_a_job_select_its_node(view):
    view.context.select_job("Médecin d'assistance")
    assert view.selected_job() == "Médecin d'assistance"


def test_wheel_zooms_and_dragging_pans(view, qtbot):
    viewport = view.canvas.viewport()
    before = view.canvas.zoom()
    center = QPointF(viewport.rect().center())
    event = QWheelEvent(center, QPointF(viewport.mapToGlobal(center.toPoint())), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)
    assert view.canvas.zoom() == pytest.approx(before * 1.15 ** 2)
    qtbot.wait(20)  # the scroll bars follow the new scale on the next event loop pass
    bar = view.canvas.horizontalScrollBar()
    assert bar.maximum() > bar.minimum()  # zoomed in: there is room to pan
    start = bar.value()
    empty = QPoint(5, 5)
    assert view.canvas.itemAt(empty) is None
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=empty)
    from PySide6.QtGui import QMouseEvent

    for x in (40, 80, 120):
        move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(x, 5),
                           QPointF(viewport.mapToGlobal(QPoint(x, 5))), Qt.MouseButton.NoButton,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(120, 5))
    assert bar.value() < start


def test_tooltips_describe_jobs_and_links(view):
    node = view.nodes["Chargé d'assistance"]
    tip = node.toolTip()
    study = view.context.study
    exposure = study.exposure("Chargé d'assistance", view.context.qualification)
    assert "Chargé d'assistance" in tip
    assert f"{exposure.score:.2f}".replace(".", ",") in tip
    assert "Effectif : 120" in tip
    edge = view.edges[0]
    assert f"{edge.similarity:.2f}".replace(".", ",") in edge.toolTip()


def test_the_graph_is_built_on_a_worker(view, qtbot):
    view.slider.setValue(80)
    view.rebuild()
    assert view.computing  # the UI thread returned before the graph was computed
    wait_for_graph(qtbot, view, 0.80)


def test_without_rome_release_the_view_offers_the_import(qtbot):
    from domain.store.connection import connect
    from domain.study import load_study
    from gui.app_context import AppContext, LoadedData
    from gui.settings import Settings

    context = AppContext(Settings())
    connect().close()
    context.data = LoadedData(study=load_study(), release=None)
    view = GraphView(context)
    qtbot.addWidget(view)
    view.show()
    view.activated()
    assert view.import_button.isVisible()
    assert "ROME" in view.message.text()
    with qtbot.waitSignal(context.import_requested, timeout=1000):
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    context.close()


def test_one_person_does_not_make_a_huge_disc():
    from gui.graph_items import MAX_RADIUS, MIN_RADIUS, node_radius

    assert node_radius(None, 0) == node_radius(0, 120) == MIN_RADIUS
    alone = node_radius(1, 1)  # the only person of the register
    assert MIN_RADIUS < alone < MIN_RADIUS + 0.2 * (MAX_RADIUS - MIN_RADIUS)
    assert node_radius(120, 120) == MAX_RADIUS
    assert node_radius(4, 120) < node_radius(30, 120) < node_radius(120, 120)
    # Area, not radius, grows with the headcount: four times the people, twice the extra radius.
    assert (node_radius(100, 400) - MIN_RADIUS) == pytest.approx(
        2 * (node_radius(25, 400) - MIN_RADIUS))


def test_names_are_whole_and_never_overlap_at_the_default_zoom(view, qtbot):
    from gui.graph_labels import label_rect

    view.resize(1264, 600)  # the graph's share of a 1280×720 window
    view.canvas.fit()
    view.place_labels()

    def shown():
        return {name: label_rect(view.canvas, node.label) for name, node in view.nodes.items()
                if node.label.isVisible()}

    labels = shown()
    for name, node in view.nodes.items():
        assert node.label.text().replace("\n", " ") == name  # never cut with « … »
    assert len(labels) >= 30  # most names are readable at once
    boxes = list(labels.items())
    for index, (a, box) in enumerate(boxes):
        assert view.canvas.viewport().rect().contains(box.toAlignedRect()), a
        for b, other in boxes[index + 1:]:
            assert not box.intersects(other), (a, b)
    font_px = view.nodes["Chargé d'assistance"].label.boundingRect().height()
    assert font_px >= 11  # a readable size, whatever the zoom
    def share_named() -> float:
        area = view.canvas.viewport().rect()
        inside = [n for n in view.nodes.values()
                  if area.contains(view.canvas.mapFromScene(n.scenePos()))]
        return sum(n.label.isVisible() for n in inside) / len(inside)

    before = share_named()
    assert before < 1  # dense at this zoom: some names wait for a zoom
    for _ in range(2):
        view.canvas.zoom_by(1.6)
    view.place_labels()
    assert share_named() > before  # zooming in names more of the jobs in view


def test_the_selected_job_and_its_bridges_are_always_named(view, qtbot):
    view.select_job("Chargé d'accueil d'assistance")  # exposed: it has bridges
    view.place_labels()
    named = {n for n, node in view.nodes.items() if node.label.isVisible()}
    targets = {bridge.target for bridge in view.bridges}
    assert "Chargé d'accueil d'assistance" in named and targets and targets <= named


def test_go_to_a_job_typed_without_accents(view, qtbot, monkeypatch):
    from gui_support import Dialogs, type_text

    dialogs = Dialogs(monkeypatch)
    view.focus_search()
    type_text(qtbot, view.search_edit, "medecin")
    popup = view.search_edit.completer().popup()
    listed = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert listed == ["Médecin d'assistance"]
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.selected_job() == "Médecin d'assistance" and dialogs.shown == []
