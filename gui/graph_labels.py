"""Job names on the competency graph: full, readable at any zoom, never on top of each other.

Each name is drawn at a fixed screen size (it ignores the zoom), on one or two lines, beside
its disc. :func:`place_labels` runs after every zoom, scroll or resize: in priority order (the
selected job, its bridges, then the jobs with the most people, then the others), each name
takes the first free spot around its disc — below, above, right, left — and a name that finds
no free spot is hidden until the user zooms in (or hovers its disc, or reads its tooltip);
the selected job and its bridges are always named. Nothing is cut with « … ».
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

WRAP_AT = 22  # characters: longer names go on two lines
GAP = 2.0  # pixels between a disc and its name


def wrapped(name: str) -> str:
    """The name on two lines, broken at the space nearest its middle, when it is long."""
    if len(name) <= WRAP_AT or " " not in name:
        return name
    middle = len(name) / 2
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return name[:cut] + "\n" + name[cut + 1:]


def make_label_item(label: QGraphicsItem) -> None:
    """Let ``label`` (a child of its node) keep its screen size whatever the zoom."""
    label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
    label.setAcceptHoverEvents(False)


def _candidates(center: QPointF, radius: float, width: float, height: float) -> list[QRectF]:
    """Spots for a label around a disc (screen pixels), in order of preference."""
    x, y, r = center.x(), center.y(), radius + GAP
    return [
        QRectF(x - width / 2, y + r, width, height),  # below
        QRectF(x - width / 2, y - r - height, width, height),  # above
        QRectF(x + r, y - height / 2, width, height),  # right
        QRectF(x - r - width, y - height / 2, width, height),  # left
    ]


def place_labels(view: QGraphicsView, nodes: Sequence[Any], first: Iterable[str] = ()) -> int:
    """Show, at a free spot, the label of as many ``nodes`` as fit; returns how many show.

    ``nodes`` have ``name``, ``radius`` (scene units), ``label`` (a child text item made by
    :func:`make_label_item`) and ``priority`` (higher first); names in ``first`` go first.
    """
    zoom = view.transform().m11() or 1.0
    viewport = QRectF(view.viewport().rect())
    ahead = set(first)
    ordered = sorted(nodes, key=lambda n: (n.name not in ahead, -n.priority, n.name))
    discs = [_disc(view, node, zoom) for node in nodes]
    taken: list[QRectF] = []
    shown = 0
    for node in ordered:
        label = node.label
        box = label.boundingRect()
        center = QPointF(view.mapFromScene(node.scenePos()))
        spots = _candidates(center, node.radius * zoom, box.width(), box.height())
        spot = _free(spots, viewport, taken, discs)
        if spot is None and node.name in ahead:  # the selected job and its bridges: named
            spot = _free(spots, viewport, taken, []) or spots[0]
        node.label_placed = spot is not None
        label.setVisible(spot is not None)
        if spot is None:  # shown below its disc if the user hovers it
            spot = _candidates(center, node.radius * zoom, box.width(), box.height())[0]
            label.setTransform(QTransform.fromTranslate(spot.x() - center.x(),
                                                        spot.y() - center.y()))
            continue
        taken.append(spot)
        shown += 1
        label.setPos(0, 0)
        label.setTransform(QTransform.fromTranslate(spot.x() - center.x(), spot.y() - center.y()))
    return shown


def _free(spots: list[QRectF], viewport: QRectF, taken: list[QRectF],
          discs: list[QRectF]) -> QRectF | None:
    """The first spot inside the view that covers no placed name and no disc."""
    for rect in spots:
        if viewport.contains(rect) and not any(rect.intersects(t) for t in taken) \
                and not any(rect.intersects(d) for d in discs):
            return rect
    return None


def _disc(view: QGraphicsView, node: Any, zoom: float) -> QRectF:
    center = QPointF(view.mapFromScene(node.scenePos()))
    radius = node.radius * zoom
    return QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius)


def label_rect(view: QGraphicsView, label: QGraphicsItem) -> QRectF:
    """Where a label is drawn on screen (pixels of the view's viewport)."""
    transform = label.deviceTransform(view.viewportTransform())
    return transform.mapRect(label.boundingRect())
