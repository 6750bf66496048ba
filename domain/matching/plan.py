"""Collective plan: how many people could move along which bridges, and who stays uncovered.

The plan is a flow problem. People in highly exposed jobs flow from their job, along the
bridges the engine proposes, into target jobs that can take a limited number of them. networkx's
``max_flow_min_cost`` first moves as many people as capacities allow, then, among those plans,
picks the cheapest. Who is placed first when places are scarce is the ``priority`` setting:

* ``exposition`` (default): the people of the most exposed jobs first (the study's axis 4 aims
  bridges at the jobs generative AI transforms most), then the best ranked bridges; cost per
  person = 1001 × round(1000 × (1 − source exposure)) + round(1000 × (1 − bridge score)), so
  exposure decides and the bridge score only breaks ties;
* ``score``: the best ranked bridges first, whoever takes them (cost per person =
  round(1000 × (1 − bridge score))).

People left in their job are reported as uncovered, per job.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from domain.errors import Location, UnknownJobError, UserError
from domain.matching.bridges import Bridge

COLUMNS = ("job", "headcount", "capacity")
_ALIASES = {
    "job": {"job", "metier", "emploi"},
    "headcount": {"headcount", "effectif", "effectifs"},
    "capacity": {"capacity", "capacite", "capacites", "capacite d'accueil", "postes",
                 "postes offerts", "postes ouverts", "places", "places offertes",
                 "nombre de places", "places disponibles"},
}
_SOURCE, _SINK = "__people__", "__positions__"
EXPOSURE_FIRST, SCORE_FIRST = "exposition", "score"
PRIORITIES = {
    EXPOSURE_FIRST: "les personnes des métiers les plus exposés d'abord",
    SCORE_FIRST: "les passerelles les mieux classées d'abord",
}


@dataclass(frozen=True)
class Headcount:
    job: str
    headcount: int
    capacity: int


@dataclass(frozen=True)
class Move:
    source: str
    target: str
    people: int
    path: tuple[str, ...]
    similarity: float
    score: float
    kind: str
    coverage: float = 0.0  # share of the target's key competencies already held
    source_exposure: float | None = None


@dataclass(frozen=True)
class PlanResult:
    moves: tuple[Move, ...]
    supply: Mapping[str, int]  # people to move, per exposed job
    uncovered: Mapping[str, int]  # people with no place, per exposed job
    capacity: Mapping[str, int]
    used: Mapping[str, int]  # places taken, per target job
    ignored_capacity: tuple[str, ...] = ()  # jobs given places although they are not targets
    priority: str = EXPOSURE_FIRST

    @property
    def moved(self) -> int:
        return sum(move.people for move in self.moves)

    @property
    def total_uncovered(self) -> int:
        return sum(self.uncovered.values())

    def to_json(self) -> dict:
        return {
            "moved": self.moved,
            "uncovered_total": self.total_uncovered,
            "priority": self.priority,
            "priority_label": PRIORITIES.get(self.priority, self.priority),
            "moves": [
                {"source": m.source, "target": m.target, "people": m.people, "path": list(m.path),
                 "similarity": round(m.similarity, 4), "score": round(m.score, 4), "kind": m.kind,
                 "coverage": round(m.coverage, 4), "source_exposure": m.source_exposure}
                for m in self.moves
            ],
            "uncovered": dict(self.uncovered),
            "targets": {
                job: {"capacity": cap, "used": self.used.get(job, 0)} for job, cap in self.capacity.items()
            },
            "ignored_capacity": list(self.ignored_capacity),
        }


def collective_plan(
    supply: Mapping[str, int], capacity: Mapping[str, int], bridges: Mapping[str, Sequence[Bridge]],
    *, exposure: Mapping[str, float] | None = None, priority: str = EXPOSURE_FIRST,
) -> PlanResult:
    """Best assignment of ``supply`` (people per exposed job) to target ``capacity``.

    ``exposure``: score (0–1) of each source job in the chosen qualification; ``priority``: one
    of :data:`PRIORITIES` (raises ``UserError`` otherwise).
    """
    import networkx as nx

    if priority not in PRIORITIES:
        raise UserError(f"Priorité inconnue « {priority} » : valeurs possibles "
                        f"{', '.join(PRIORITIES)}.")
    exposure = exposure or {}
    graph = nx.DiGraph()
    chosen: dict[tuple[str, str], Bridge] = {}
    for job, people in supply.items():
        if people <= 0:
            continue
        graph.add_edge(_SOURCE, ("from", job), capacity=people, weight=0)
        for bridge in bridges.get(job, ()):
            places = capacity.get(bridge.target, 0)
            if places <= 0:
                continue
            chosen[(job, bridge.target)] = bridge
            cost = round(1000 * (1.0 - bridge.score))
            if priority == EXPOSURE_FIRST:
                cost += 1001 * round(1000 * (1.0 - exposure.get(job, 0.0)))
            graph.add_edge(("from", job), ("to", bridge.target), capacity=people, weight=cost)
    for job, places in capacity.items():
        if places > 0:
            graph.add_edge(("to", job), _SINK, capacity=places, weight=0)
    flow: dict = {}
    if graph.has_node(_SOURCE) and graph.has_node(_SINK):
        flow = nx.max_flow_min_cost(graph, _SOURCE, _SINK)
    result = _result(supply, capacity, chosen, flow, exposure)
    return PlanResult(result.moves, result.supply, result.uncovered, result.capacity, result.used,
                      priority=priority)


def _result(supply: Mapping[str, int], capacity: Mapping[str, int],
            chosen: Mapping[tuple[str, str], Bridge], flow: Mapping,
            exposure: Mapping[str, float]) -> PlanResult:
    moves: list[Move] = []
    used: dict[str, int] = {}
    for (job, target), bridge in chosen.items():
        people = flow.get(("from", job), {}).get(("to", target), 0)
        if people:
            moves.append(Move(job, target, people, bridge.path, bridge.similarity, bridge.score,
                              bridge.kind, bridge.coverage, exposure.get(job)))
            used[target] = used.get(target, 0) + people
    moves.sort(key=lambda m: (m.source, -m.people, m.target))
    out = {job: sum(m.people for m in moves if m.source == job) for job in supply}
    uncovered = {job: people - out[job] for job, people in supply.items() if people - out[job] > 0}
    return PlanResult(tuple(moves), dict(supply), uncovered, dict(capacity), used)


def read_headcounts(path: Path | str, resolve: Callable[[str], str]) -> list[Headcount]:
    """Rows of a ``job;headcount;capacity`` file; ``resolve`` turns a typed name into a job name.

    Read like a roster (``domain.tables.reader``): CSV with ``;``, ``,`` or tabs, UTF-8 (with or
    without BOM) or Windows-1252, or an .xlsx workbook, title lines above the header allowed; an
    empty capacity means 0. Every error names the file, the line and the column.
    """
    from domain.tables.reader import read_table

    table = read_table(Path(path), _header_score, expected="job;headcount;capacity (ou "
                       "Métier;Effectif;Capacité)")
    columns = _columns(list(table.header), table.source, table.header_line)
    found: dict[str, Headcount] = {}
    for number, row in table.rows:
        entry = _row(list(row), columns, table.source, number, resolve)
        if entry.job in found:
            raise UserError(f"Le métier « {entry.job} » apparaît deux fois.",
                            Location(table.source, number, "job"))
        found[entry.job] = entry
    return list(found.values())


def _header_score(cells: list[str]) -> int:
    """How many of the three columns a candidate header line names."""
    from domain.text import fold

    keys = {fold(cell) for cell in cells}
    return sum(1 for aliases in _ALIASES.values() if keys & aliases)


def _columns(header: list[str], file: str, line: int) -> dict[str, int]:
    from domain.text import fold

    keys = [fold(cell) for cell in header]
    columns: dict[str, int] = {}
    for name, aliases in _ALIASES.items():
        for index, key in enumerate(keys):
            if key in aliases:
                columns[name] = index
                break
    for name in ("job", "headcount"):
        if name not in columns:
            raise UserError(
                f"Colonne « {name} » absente : l'en-tête attendu est « job;headcount;capacity ».",
                Location(file, line, name),
            )
    if "capacity" not in columns:
        others = [cell for index, cell in enumerate(header)
                  if cell.strip() and index not in columns.values()]
        seen = (" ; colonnes non reconnues : " + ", ".join(f"« {c} »" for c in others)) if others else ""
        raise UserError(
            "Colonne des places offertes introuvable dans l'en-tête" + seen + " : sans elle, "
            "personne ne pourrait changer de métier. Nommez-la « capacity », « Capacité », "
            "« Places » ou « Places offertes » (nombre de places par métier d'accueil, vide = 0).",
            Location(file, line, "capacity"),
        )
    return columns


def _row(row: list[str], columns: Mapping[str, int], file: str, number: int, resolve: Callable[[str], str]) -> Headcount:
    def cell(name: str) -> str:
        index = columns.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    raw_job = cell("job")
    if not raw_job:
        raise UserError("Nom de métier manquant.", Location(file, number, "job"))
    try:
        job = resolve(raw_job)
    except UnknownJobError as exc:
        raise UnknownJobError(exc.name, exc.suggestions, Location(file, number, "job")) from None
    return Headcount(job, _count(cell("headcount"), file, number, "headcount", required=True),
                     _count(cell("capacity"), file, number, "capacity", required=False))


def _count(value: str, file: str, number: int, column: str, required: bool) -> int:
    if not value:
        if required:
            raise UserError("Nombre manquant.", Location(file, number, column))
        return 0
    try:
        count = int(value.replace("\u202f", "").replace("\xa0", "").replace(" ", ""))
    except ValueError:
        raise UserError(f"« {value} » n'est pas un nombre entier.", Location(file, number, column)) from None
    if count < 0:
        raise UserError(f"Nombre négatif : {count}.", Location(file, number, column))
    return count
