"""The pieces of the competency graph: job nodes, similarity edges, the canvas, the legend.

Items only draw and report hovering; what they mean (bridges, thresholds) is decided by
:mod:`gui.graph_view` from the engine's answers.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gui.charts import PROFILE_ORDER, profile_color, profile_label
from gui.graph_labels import make_label_item, wrapped

ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.15, 0.15, 8.0
BRIDGE_COLOR = QColor("#009E73")  # Okabe–Ito bluish green, unused by the profiles
SELECTED_COLOR = QColor("#1a1a1a")
EDGE_COLOR = QColor("#6b7280")
MIN_RADIUS, MAX_RADIUS = 8.0, 22.0  # scene units: a job without people, the largest job
# Headcounts are compared with at least this many people, so one person in an otherwise empty
# register does not make a huge disc: the radius follows √(headcount / reference).
REFERENCE_HEADCOUNT = 50


def number(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}".replace(".", ",")


def node_radius(headcount: int | None, largest: int) -> float:
    """The disc's radius: its area grows with the headcount (square-root scale), between
    :data:`MIN_RADIUS` (nobody) and :data:`MAX_RADIUS` (the largest job, when it has at
    least :data:`REFERENCE_HEADCOUNT` people)."""
    if not headcount or headcount <= 0:
        return MIN_RADIUS
    reference = max(largest, REFERENCE_HEADCOUNT)
    share = math.sqrt(min(headcount, reference) / reference)
    return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share


class NodeLabel(QGraphicsSimpleTextItem):
    """A job's full name on a pale background, so edges under it do not hide it."""

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 200))
        painter.drawRoundedRect(self.boundingRect().adjusted(-1, 0, 1, 0), 2, 2)
        super().paint(painter, option, widget)


class NodeItem(QGraphicsEllipseItem):
    """A job: a disc coloured by profile, sized by headcount, its name underneath."""

    def __init__(self, name: str, data: Mapping[str, Any], radius: float,
                 on_hover: Callable[[str | None], None]) -> None:
        super().__init__(QRectF(-radius, -radius, 2 * radius, 2 * radius))
        self.name = name
        self.data = dict(data)
        self.radius = radius
        self._on_hover = on_hover
        self._emphasis = "normal"  # normal, dimmed, source, target, via
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)
        self.priority = int(data.get("headcount") or 0)
        self.label_placed = True  # False while gui.graph_labels finds no room for the name
        self.label = NodeLabel(wrapped(name), self)
        make_label_item(self.label)
        self.label.setBrush(QBrush(QColor("#222222")))
        self.label.setZValue(5)
        self.set_qualification("experts")

    def profile(self, qualification: str) -> str:
        return self.data.get("profiles", {}).get(qualification, "")

    def set_qualification(self, qualification: str) -> None:
        self.qualification = qualification
        self.setBrush(QBrush(profile_color(self.profile(qualification))))
        self.setToolTip(self.tooltip())
        self._apply_pen()

    @property
    def emphasis(self) -> str:
        """« normal », « dimmed », « source », « target » or « via »."""
        return self._emphasis

    def set_emphasis(self, emphasis: str) -> None:
        self._emphasis = emphasis
        self.setOpacity(0.25 if emphasis == "dimmed" else 1.0)
        self.setZValue(3 if emphasis in ("source", "target", "via") else 2)
        self._apply_pen()

    def _apply_pen(self, hovered: bool = False) -> None:
        if self._emphasis == "source" or self.isSelected():
            pen = QPen(SELECTED_COLOR, 3.0)
        elif self._emphasis in ("target", "via"):
            pen = QPen(BRIDGE_COLOR, 3.0)
        else:
            pen = QPen(QColor("#ffffff"), 1.2)
        if hovered:
            pen.setWidthF(pen.widthF() + 1.5)
            pen.setColor(SELECTED_COLOR)
        self.setPen(pen)

    def tooltip(self) -> str:
        q = self.qualification
        score = self.data.get("scores", {}).get(q)
        headcount = self.data.get("headcount")
        lines = [f"<b>{html.escape(self.name, quote=False)}</b>",
                 html.escape(self.data.get("family", ""), quote=False),
                 QCoreApplication.translate("GraphView", "Profil : {p}").format(
                     p=html.escape(profile_label(self.profile(q)), quote=False)),
                 QCoreApplication.translate("GraphView", "Score d'exposition : {s}").format(
                     s=number(score))]
        if headcount:
            lines.append(QCoreApplication.translate("GraphView", "Effectif : {n}").format(
                n=headcount))
        if self.data.get("core"):
            lines.append(QCoreApplication.translate("GraphView", "Métier cœur de la branche"))
        return "<br>".join(lines)

    def paint(self, painter, option, widget=None) -> None:
        # The selection is shown by the outline; drop Qt's dashed selection rectangle.
        option.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, option, widget)

    def itemChange(self, change, value):  # noqa: N802 - Qt override
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self._apply_pen()
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self._apply_pen(hovered=True)
        self.setZValue(6)  # its name, even if hidden for lack of room, shows while hovered
        self.label.setVisible(True)
        self._on_hover(self.name)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self._apply_pen()
        self.label.setVisible(self.label_placed)
        self.setZValue(3 if self._emphasis in ("source", "target", "via") else 2)
        self._on_hover(None)
        super().hoverLeaveEvent(event)


class EdgeItem(QGraphicsLineItem):
    """Two jobs whose similarity reaches the threshold; thicker and darker when closer."""

    def __init__(self, a: NodeItem, b: NodeItem, data: Mapping[str, Any], threshold: float) -> None:
        super().__init__(a.pos().x(), a.pos().y(), b.pos().x(), b.pos().y())
        self.ends = (a.name, b.name)
        self.similarity = float(data.get("similarity", 0.0))
        span = max(1e-6, 1.0 - threshold)
        strength = max(0.0, min(1.0, (self.similarity - threshold) / span))
        color = QColor(EDGE_COLOR)
        color.setAlphaF(0.25 + 0.5 * strength)
        self.setPen(QPen(color, 0.6 + 3.4 * strength))
        self.setZValue(0)
        self.setAcceptHoverEvents(True)
        self.setToolTip(self._tooltip(data))

    def _tooltip(self, data: Mapping[str, Any]) -> str:
        a, b = (html.escape(n, quote=False) for n in self.ends)
        lines = [f"<b>{a}</b> — <b>{b}</b>",
                 QCoreApplication.translate("GraphView", "Similarité : {s}").format(
                     s=number(self.similarity))]
        if data.get("rome_link"):
            lines.append(QCoreApplication.translate(
                "GraphView", "Mobilité également listée par France Travail"))
        shared = data.get("shared") or []
        if shared:
            lines.append(QCoreApplication.translate("GraphView", "Compétences partagées :"))
            lines += [f"• {html.escape(label, quote=False)}" for label in shared[:6]]
        return "<br>".join(lines)


class BridgeEdgeItem(QGraphicsLineItem):
    """One step of a bridge from the selected job, drawn over the similarity edges."""

    def __init__(self, a: QPointF, b: QPointF, two_step: bool, tooltip: str) -> None:
        super().__init__(a.x(), a.y(), b.x(), b.y())
        pen = QPen(BRIDGE_COLOR, 3.2)
        if two_step:
            pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setZValue(1)
        self.setToolTip(tooltip)


class GraphCanvas(QGraphicsView):
    """Wheel zoom around the cursor, drag to pan, click a job to select it.

    ``view_changed`` fires after a zoom, a scroll or a resize (the names are placed again).
    """

    view_changed = Signal()

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(QColor("#fbfbfa"))

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        self.scale(target / self.zoom(), target / self.zoom())
        self.view_changed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP ** steps)
        event.accept()

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-30, -30, 30, 30)
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.view_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.view_changed.emit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        super().scrollContentsBy(dx, dy)
        self.view_changed.emit()


def legend(parent: QWidget) -> QWidget:
    """Profile colours, the bridge colour and how to read sizes and widths."""
    legend = QWidget(parent)
    layout = QVBoxLayout(legend)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.setSpacing(3)
    title = QLabel(QCoreApplication.translate("GraphView", "<b>Légende</b>"), legend)
    layout.addWidget(title)
    for profile in PROFILE_ORDER:
        layout.addWidget(_swatch(profile_color(profile), profile_label(profile), legend))
    layout.addWidget(_swatch(BRIDGE_COLOR, QCoreApplication.translate(
        "GraphView", "Passerelle du métier sélectionné (tirets : en deux étapes)"), legend))
    note = QLabel(QCoreApplication.translate(
        "GraphView", "Surface du disque : effectif du métier (registre des collaborateurs). "
        "Épaisseur d'un lien : similarité. Molette : zoom ; glisser : déplacer ; un nom caché "
        "faute de place apparaît en zoomant ou au survol."), legend)
    note.setWordWrap(True)
    layout.addWidget(note)
    return legend


def _swatch(color: QColor, text: str, parent: QWidget) -> QWidget:
    row = QWidget(parent)
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    icon = QLabel(row)
    icon.setPixmap(pixmap)
    label = QLabel(text, row)
    label.setWordWrap(True)
    box.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
    box.addWidget(label, 1)
    return row
