"""networkx graphs of job proximity: the 58 study jobs, or every sheet of a ROME release.

An edge joins two jobs whose similarity reaches a threshold; its ``cost`` (1 − similarity) is
what shortest paths minimise, so a path through close jobs is cheaper than one long jump.
networkx is imported inside the functions because the window loads this module at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from domain.matching.competencies import CompetencyMatrix

if TYPE_CHECKING:
    import networkx as nx

    from domain.rome.model import RomeRelease

SHARED_ON_EDGE = 10  # shared competencies kept on an edge, most distinctive first


@dataclass(frozen=True)
class JobNode:
    """What a node of the study graph carries."""

    name: str
    family: str = ""
    core: bool = False
    scores: Mapping[str, float | None] = field(default_factory=dict)  # qualification -> score
    profiles: Mapping[str, str] = field(default_factory=dict)  # qualification -> profile label
    headcount: int | None = None


def job_graph(
    nodes: Sequence[JobNode],
    similarity: Mapping[str, Mapping[str, float]],
    threshold: float,
    matrix: CompetencyMatrix | None = None,
    rome: Mapping[tuple[str, str], float] | None = None,
) -> nx.Graph:
    """Study jobs joined when their similarity is at least ``threshold``."""
    import networkx as nx

    graph = nx.Graph(threshold=threshold)
    for node in nodes:
        graph.add_node(
            node.name, family=node.family, core=node.core, scores=dict(node.scores),
            profiles=dict(node.profiles), headcount=node.headcount,
        )
    names = [node.name for node in nodes]
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            value = similarity.get(a, {}).get(b, 0.0)
            if value < threshold:
                continue
            evidence = max((rome or {}).get((a, b), 0.0), (rome or {}).get((b, a), 0.0))
            graph.add_edge(
                a, b, similarity=value, cost=1.0 - value, rome_link=evidence > 0,
                shared=shared_labels(matrix, a, b) if matrix else [],
            )
    return graph


def shared_labels(matrix: CompetencyMatrix, a: str, b: str, limit: int = SHARED_ON_EDGE) -> list[str]:
    """Labels of the items both jobs hold, the most distinctive (heaviest) first."""
    if a not in matrix.rows or b not in matrix.rows:
        return []
    left, right = matrix.rows[a].items, matrix.rows[b].items
    common = [left[code] for code in left.keys() & right.keys()]
    common.sort(key=lambda item: (-min(item.weight, right[item.code].weight), item.label))
    return [item.label for item in common[:limit]]


def rome_graph(
    release: RomeRelease,
    neighbours: Callable[[str, int], Iterable[tuple[str, float]]],
    threshold: float,
    k: int = 10,
) -> nx.Graph:
    """Every sheet of the release, joined to its ``k`` nearest sheets above ``threshold``.

    ``neighbours(code, k)`` is typically ``SimilarityIndex.top_k``; France Travail's mobility
    links are flagged on the edges they coincide with (``rome_link``) so the two can be compared.
    """
    import networkx as nx

    listed = {(link.source, link.target) for link in release.mobility}
    graph = nx.Graph(threshold=threshold, version=release.version)
    for code, sheet in release.sheets.items():
        graph.add_node(code, label=sheet.label, domain=sheet.domain_code, major_domain=sheet.major_domain)
    for code in release.sheets:
        for other, value in neighbours(code, k):
            if other == code or value < threshold or other not in release.sheets:
                continue
            linked = (code, other) in listed or (other, code) in listed
            graph.add_edge(code, other, similarity=value, cost=1.0 - value, rome_link=linked)
    return graph


def graph_summary(graph: nx.Graph) -> dict[str, Any]:
    """Counts an HR partner can read: size, isolated jobs, connected groups."""
    import networkx as nx

    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "isolated": sorted(nx.isolates(graph)),
        "components": nx.number_connected_components(graph) if graph.number_of_nodes() else 0,
    }


def graph_to_json(graph: nx.Graph) -> dict[str, Any]:
    """Node-link form with plain types, for ``--json`` output and the GUI."""
    return {
        "nodes": [{"id": node, **data} for node, data in graph.nodes(data=True)],
        "edges": [
            {"source": a, "target": b, **{k: v for k, v in data.items()}}
            for a, b, data in graph.edges(data=True)
        ],
    }
