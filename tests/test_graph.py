"""Job graph and ROME graph built with networkx from the hand-built world."""

from __future__ import annotations

import pytest
from fixtures.bridges_world import FACTS, MAPPING, release

from domain.matching.bridges import job_rome_links
from domain.matching.competencies import build_matrix
from domain.matching.graph import (
    JobNode,
    graph_summary,
    graph_to_json,
    job_graph,
    rome_graph,
    shared_labels,
)


@pytest.fixture(scope="module")
def world():
    rel = release()
    matrix = build_matrix(rel, MAPPING)
    sim = {a: {b: matrix.cosine(a, b) for b in MAPPING if b != a} for a in MAPPING}
    rome = job_rome_links(MAPPING, [(link.source, link.target) for link in rel.mobility])
    nodes = [
        JobNode(name, family="F", scores={"experts": f.score}, profiles={"experts": f.profile_label},
                headcount=10 if name == "Source" else None)
        for name, f in FACTS.items()
    ]
    return rel, matrix, sim, rome, nodes


def test_edges_are_the_pairs_above_the_threshold(world):
    _, matrix, sim, rome, nodes = world
    graph = job_graph(nodes, sim, 0.3, matrix, rome)
    expected = {frozenset((a, b)) for a in sim for b, v in sim[a].items() if v >= 0.3}
    assert {frozenset(e) for e in graph.edges} == expected
    assert graph.number_of_nodes() == len(MAPPING)
    assert graph.nodes["Source"]["headcount"] == 10
    assert graph.nodes["Proche"]["scores"] == {"experts": 0.10}


def test_edges_carry_similarity_cost_shared_and_rome_link(world):
    _, matrix, sim, rome, nodes = world
    graph = job_graph(nodes, sim, 0.3, matrix, rome)
    edge = graph.edges["Source", "Proche"]
    assert edge["similarity"] == pytest.approx(sim["Source"]["Proche"])
    assert edge["cost"] == pytest.approx(1 - edge["similarity"])
    assert edge["rome_link"] is True
    assert graph.edges["Source", "Relais"]["rome_link"] is False
    # the most distinctive shared items first, the common savoir-être last
    assert edge["shared"][-1] == "Faire preuve de rigueur"
    assert set(edge["shared"]) == {"Faire preuve de rigueur", "Traiter les demandes d'assistance",
                                   "Renseigner le dossier client", "Organiser une intervention"}


def test_shortest_path_uses_cost(world):
    import networkx as nx

    _, matrix, sim, rome, nodes = world
    graph = job_graph(nodes, sim, 0.3, matrix, rome)
    assert not graph.has_edge("Source", "Détour")
    assert nx.shortest_path(graph, "Source", "Détour", weight="cost") == ["Source", "Relais", "Détour"]


def test_higher_threshold_isolates_jobs(world):
    _, matrix, sim, rome, nodes = world
    summary = graph_summary(job_graph(nodes, sim, 0.99, matrix, rome))
    assert summary["edges"] == 0 and len(summary["isolated"]) == len(MAPPING)
    low = graph_summary(job_graph(nodes, sim, 0.1, matrix, rome))
    assert low["components"] < len(MAPPING)


def test_json_form_is_plain_and_holds_the_whole_graph(world):
    import json

    _, matrix, sim, rome, nodes = world
    graph = job_graph(nodes, sim, 0.3, matrix, rome)
    payload = graph_to_json(graph)
    assert json.loads(json.dumps(payload, ensure_ascii=False)) == payload  # plain JSON types
    by_id = {node["id"]: node for node in payload["nodes"]}
    assert set(by_id) == set(MAPPING)
    assert by_id["Source"]["headcount"] == 10 and by_id["Proche"]["scores"] == {"experts": 0.10}
    edges = {frozenset((e["source"], e["target"])): e for e in payload["edges"]}
    assert set(edges) == {frozenset(e) for e in graph.edges}
    close = edges[frozenset(("Source", "Proche"))]
    assert close["similarity"] == pytest.approx(sim["Source"]["Proche"])
    assert close["rome_link"] is True and "Faire preuve de rigueur" in close["shared"]


def test_shared_labels_of_unknown_job_is_empty(world):
    assert shared_labels(world[1], "Source", "Inconnu") == []


def test_rome_graph_links_each_sheet_to_its_neighbours(world):
    rel = world[0]
    matrix = build_matrix(rel, {code: [code] for code in rel.sheets})

    def neighbours(code, k):
        values = [(o, matrix.cosine(code, o)) for o in rel.sheets if o != code]
        return sorted(values, key=lambda p: -p[1])[:k]

    graph = rome_graph(rel, neighbours, threshold=0.2, k=2)
    assert set(graph.nodes) == set(rel.sheets)
    assert graph.nodes["Z0001"]["label"] == "Fiche Z0001"
    assert graph.has_edge("Z0001", "Z0004") and graph.edges["Z0001", "Z0004"]["rome_link"]
    assert all(d["similarity"] >= 0.2 for _, _, d in graph.edges(data=True))
    assert all(graph.degree(n) <= 2 * 2 for n in graph.nodes)
