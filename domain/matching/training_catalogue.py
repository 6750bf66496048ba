"""The training catalogue (``data/training_catalogue.csv``): modules, their durations and rules.

A module covers competencies of a ROME category, a use case of a core job, an access condition
or a certification; ``Catalogue.for_need`` finds the module that teaches one missing item. The
file is checked on load (every prerequisite known, every ROME category and use case covered).
Building a person's plan from it is ``domain.matching.training``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from domain.errors import Location, UserError
from domain.study.recommendations import (
    DataRow,
    RecommendationDataError,
    fail,
    load_use_cases,
    read_rows,
    use_case_key,
)
from domain.text import fold

CATALOGUE_COLUMNS = ("id", "title", "kind", "hours", "hours_per_item", "max_hours", "priority_rule",
                     "prerequisites", "axes", "match", "description", "source")
# Plan order of the module kinds; core competencies come before the other competencies.
PHASES = {"fondation": 0, "éthique": 1, "management": 2, "compétence": 4, "savoir": 5,
          "cas d'usage": 6, "accès": 7, "certification": 8}
CORE_PHASE = 3
RULES = ("1", "2", "3", "core", "use_case", "access", "manager")
COMPETENCY_KINDS = ("compétence",)
KNOWLEDGE_KINDS = ("savoir", "certification")
ACCESS_REQUIRED = re.compile(r"obligatoire|exige|requis|indispensable|impose|necessaire")


@dataclass(frozen=True)
class Module:
    """One training module of the catalogue (written by us, see the CSV ``source`` column)."""

    id: str
    title: str
    kind: str
    hours: float
    hours_per_item: float
    max_hours: float | None  # ceiling of one step: beyond it, learning happens on the job
    priority_rule: str
    prerequisites: tuple[str, ...]
    axes: tuple[int, ...]
    match: tuple[str, ...]
    description: str
    source: str


@dataclass(frozen=True)
class Catalogue:
    modules: tuple[Module, ...]

    def get(self, module_id: str) -> Module:
        for module in self.modules:
            if module.id == module_id:
                return module
        raise UserError(f"Module de formation inconnu : « {module_id} ».")

    def for_use_case(self, label: str) -> Module | None:
        key = use_case_key(label)
        return next((m for m in self.modules if m.kind == "cas d'usage"
                     and key in {use_case_key(x) for x in m.match}), None)

    def of_kind(self, kind: str) -> list[Module]:
        return [m for m in self.modules if m.kind == kind]

    def for_need(self, need: Need) -> Module:
        """The module teaching a need, by ROME category path, else the family's default module."""
        kinds = KNOWLEDGE_KINDS if need.kind == "savoir" else COMPETENCY_KINDS
        category = need.category or ("Savoir-être professionnel" if need.kind == "savoir_etre" else "")
        keys = [fold(f"{category}/{need.subcategory}"), fold(category)] if category else []
        family = [m for m in self.modules if m.kind in kinds]
        for key in keys:
            for module in family:
                if any(fold(x) == key for x in module.match):
                    return module
        return next(m for m in family if not m.match and m.kind == kinds[0])


@dataclass(frozen=True)
class Need:
    """A competency or knowledge item the person does not hold yet."""

    label: str
    kind: str = "savoir_faire"  # savoir_faire | savoir_etre | savoir (ROME item kinds)
    category: str = ""  # ROME cat_comp / categorie_savoir
    subcategory: str = ""  # ROME sous_cat_comp / sous_categorie_savoir
    core: bool = False
    near: bool = False




@lru_cache(maxsize=4)
def load_catalogue(folder: Path | None = None) -> Catalogue:
    """The training catalogue, checked: ids, kinds, rules, prerequisites, use-case coverage."""
    from domain.paths import DATA_FILES

    folder = Path(folder) if folder else DATA_FILES
    path = folder / "training_catalogue.csv"
    rows = read_rows(path, CATALOGUE_COLUMNS)
    modules: list[Module] = []
    for row in rows:
        if any(m.id == row["id"] for m in modules):
            fail(row, "id", f"identifiant « {row['id']} » en double")
        modules.append(_module(row))
    _check_prerequisites(rows, modules)
    catalogue = Catalogue(tuple(modules))
    _check_coverage(path, rows, catalogue, folder)
    return catalogue


def _module(row: DataRow) -> Module:
    kind = row.require("kind")
    if kind not in PHASES:
        fail(row, "kind", f"« {kind} » inconnu (valeurs possibles : {', '.join(PHASES)})")
    rule = row.require("priority_rule")
    if rule not in RULES:
        fail(row, "priority_rule", f"« {rule} » inconnu (valeurs possibles : {', '.join(RULES)})")
    axes = tuple(int(a) for a in row.require("axes").split("|") if a.strip().isdigit())
    if not axes or any(not 1 <= a <= 5 for a in axes):
        fail(row, "axes", "numéros d'axes de 1 à 5 séparés par « | » attendus")
    return Module(row.require("id"), row.require("title"), kind, _hours(row, "hours"),
                  _hours(row, "hours_per_item"), _optional_hours(row, "max_hours"), rule, _split(row["prerequisites"]), axes,
                  _split(row["match"]), row.require("description"), row.require("source"))


def _hours(row: DataRow, column: str) -> float:
    text = row.require(column).replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        fail(row, column, f"« {text} » n'est pas une durée en heures")
    if not 0 <= value <= 400:
        fail(row, column, f"durée {value:g} h hors de l'intervalle 0 à 400")
    return value


def _optional_hours(row: DataRow, column: str) -> float | None:
    return _hours(row, column) if row[column] else None


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


def _check_prerequisites(rows: list[DataRow], modules: list[Module]) -> None:
    """Known ids and no cycle: a cycle would silently drop steps from every plan."""
    requires = {m.id: m.prerequisites for m in modules}
    for row, module in zip(rows, modules, strict=True):
        seen, todo = set(), list(module.prerequisites)
        while todo:
            current = todo.pop()
            if current not in requires:
                fail(row, "prerequisites", f"prérequis inconnu : « {current} »")
            if current == module.id:
                fail(row, "prerequisites", f"le module « {module.id} » dépend de lui-même")
            todo.extend(() if current in seen else requires[current])
            seen.add(current)


def _check_coverage(path: Path, rows: list[DataRow], catalogue: Catalogue, folder: Path) -> None:
    """Every core-job use case has a module; every use-case module names a real use case."""
    known = {use_case_key(case.label) for case in load_use_cases(folder)}
    for row, module in zip(rows, catalogue.modules, strict=True):
        if module.kind == "cas d'usage":
            if not module.match:
                fail(row, "match", "un module « cas d'usage » doit citer le libellé du cas d'usage")
            for label in module.match:
                if use_case_key(label) not in known:
                    fail(row, "match", f"cas d'usage « {label} » absent de use_cases.csv")
    orphans = sorted({case.label for case in load_use_cases(folder)
                      if catalogue.for_use_case(case.label) is None})
    if orphans:
        raise RecommendationDataError("Cas d'usage sans module de formation : "
                                      + " ; ".join(orphans) + ".", Location(str(path)))
    for kind in ("compétence", "savoir"):
        if sum(1 for m in catalogue.of_kind(kind) if not m.match) != 1:
            raise RecommendationDataError(
                f"Il faut exactement un module « {kind} » sans colonne match (module par défaut).",
                Location(str(path)))
    if not catalogue.of_kind("accès"):
        raise RecommendationDataError("Il manque un module « accès ».", Location(str(path)))
