"""The job graph and its drawing positions, computed on a worker for the graph view.

The layout is computed once per release (or after an import changes the headcounts) so moving
the threshold slider only redraws the edges and the jobs stay where the eye left them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

LAYOUT_NEIGHBOURS = 4
ASPECT = 1.6  # the drawing is stretched to this width/height ratio: screens are wide


@dataclass(frozen=True)
class GraphResult:
    threshold: float
    graph: Any  # networkx.Graph
    positions: dict[str, tuple[float, float]] | None


def compute_graph(engine: Any, threshold: float, headcounts: dict[str, int], layout: bool,
                  progress, cancelled) -> GraphResult | None:
    """The thresholded graph and, when asked, a spring layout (runs on a worker)."""
    progress(0.1, QCoreApplication.translate("GraphView", "Liens entre métiers"))
    graph = engine.graph(threshold, headcounts)
    positions = None
    if layout and not cancelled():
        progress(0.5, QCoreApplication.translate("GraphView", "Disposition des métiers"))
        positions = spring_positions(engine.similarity)
    progress(1.0, "")
    return None if cancelled() else GraphResult(threshold, graph, positions)


def spring_positions(similarity: dict[str, dict[str, float]]) -> dict[str, tuple[float, float]]:
    """Spring layout of the jobs, each pulled towards its closest neighbours.

    Laying out the thresholded graph would throw the isolated jobs to the far edges and crush
    the rest into a ball; tying every job to its :data:`LAYOUT_NEIGHBOURS` nearest jobs keeps the
    drawing connected and places each job beside the ones it resembles, at every threshold.
    """
    import networkx as nx

    skeleton = nx.Graph()
    skeleton.add_nodes_from(sorted(similarity))
    for job, row in similarity.items():
        closest = sorted(row.items(), key=lambda pair: (-pair[1], pair[0]))[:LAYOUT_NEIGHBOURS]
        for other, value in closest:
            skeleton.add_edge(job, other, weight=value ** 4)
    raw = nx.spring_layout(skeleton, weight="weight", seed=7, iterations=300)
    return _fill_box({name: (float(x), float(y)) for name, (x, y) in raw.items()})


def _fill_box(points: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Scale each axis to [-ASPECT, ASPECT] × [-1, 1] so the drawing fills a wide window."""
    if not points:
        return points
    xs, ys = [p[0] for p in points.values()], [p[1] for p in points.values()]

    def scaled(value: float, low: float, high: float, half: float) -> float:
        return 0.0 if high == low else (2 * (value - low) / (high - low) - 1) * half

    return {name: (scaled(x, min(xs), max(xs), ASPECT), scaled(y, min(ys), max(ys), 1.0))
            for name, (x, y) in points.items()}
