"""Checking every line of a roster table: each problem named with its line, column and cell.

A line becomes an ``Employee`` only when every cell is right; otherwise each wrong cell is a
``RosterProblem`` and the file is refused as a whole (``roster.import_roster``). Beyond each
cell's own rules (``roster_cells``): a cell a workbook could not give (a formula never
calculated) is named as such; the usage name wins over the birth name; the job goes through
``JobMatcher`` unless the user fixed that line's job; a matricule used twice, or typed once
with and once without its leading zeros (« 000417 » and « 417 »), is named on the later line.
A column that looks like social security numbers (NIR) refuses the file (never stored).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from domain.errors import UnknownJobError
from domain.people.employees import Employee
from domain.people.roster_cells import (
    check_id,
    clean_id,
    clean_text,
    parse_date,
    same_number,
)
from domain.people.roster_columns import FIELDS, ColumnChoice, header_key
from domain.people.roster_preview import RosterProblem, RosterRow
from domain.tables.grid import RawTable

MAX_LENGTH = {"id": 40, "last_name": 100, "usage_name": 100, "first_name": 100, "wishes": 2000}
NIR_HEADERS = {"nir", "n nir", "numero nir", "securite sociale", "n securite sociale",
               "no securite sociale", "numero de securite sociale", "n de securite sociale",
               "numero securite sociale", "n ss", "no ss", "num ss", "numero ss", "insee",
               "n insee", "numero insee", "ssn", "secu", "n secu", "numero secu"}
_NIR = re.compile(r"^[1278]\d{2}(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2[AB])\d{6}(\d{2})?$")
_NIR_MESSAGE = ("cette colonne semble contenir des numéros de sécurité sociale (NIR) ; "
                "Passerelles ne les conserve pas : supprimez-la du fichier")


def check_rows(table: RawTable, columns: Mapping[str, ColumnChoice], matcher, *,
               job_fixes: Mapping[int, str], excluded: Collection[int],
               ) -> tuple[list[RosterRow], list[RosterProblem]]:
    """The people of the table and every problem, lines in ``excluded`` left out."""
    rows: list[RosterRow] = []
    problems: list[RosterProblem] = []
    seen: dict[str, tuple[int, str]] = {}  # exact id, or its number without zeros → first use
    for line, cells in table.rows:
        if line in excluded:
            continue
        found: list[RosterProblem] = []
        person = _check_row(table, line, cells, columns, matcher, job_fixes.get(line), found)
        if person is not None:
            _check_duplicate(person.id, line, seen, found, columns["id"].header)
        if found:
            problems += found
        elif person is not None:
            rows.append(RosterRow(line, person))
    return rows, problems


def _check_row(table: RawTable, line: int, cells: tuple[str, ...],
               columns: Mapping[str, ColumnChoice], matcher, fixed_job: str | None,
               found: list[RosterProblem]) -> Employee | None:
    def bad(field: str, message: str, **extra) -> None:
        choice = columns.get(field)
        found.append(RosterProblem(line, choice.header if choice else FIELDS[field][0], message,
                                   table.cell_name(line, choice.index) if choice else None,
                                   field, **extra))

    values: dict[str, str] = {}
    for field, choice in columns.items():
        why = table.unreadable.get((line, choice.index))
        if why and not (field == "job" and fixed_job):
            bad(field, why)
        raw = cells[choice.index] if choice.index < len(cells) else ""
        values[field] = clean_id(raw) if field == "id" else clean_text(raw)
    for field, limit in MAX_LENGTH.items():
        if len(values.get(field, "")) > limit:
            bad(field, f"texte trop long ({len(values[field])} caractères, au plus {limit})")
    check_id(values.get("id", ""), lambda m: bad("id", m))
    name = values.get("usage_name") or values.get("last_name", "")
    if not name and not any(f for f in found if f.field in ("last_name", "usage_name")):
        bad("last_name" if "last_name" in columns else "usage_name", "nom manquant")
    job = _job(values.get("job", ""), fixed_job, matcher, bad, found)
    entry = parse_date(values.get("entry_date", ""), lambda m: bad("entry_date", m))
    leave = parse_date(values.get("exit_date", ""), lambda m: bad("exit_date", m))
    if entry and leave and leave < entry:
        bad("exit_date", f"date de sortie ({leave:%d/%m/%Y}) antérieure à la date d'entrée "
                         f"({entry:%d/%m/%Y})")
    if found:
        return None
    return Employee(values["id"], name, values.get("first_name", ""), job, entry, leave,
                    values.get("wishes", ""))


def _job(value: str, fixed: str | None, matcher, bad, found) -> str:
    if fixed:
        try:
            return matcher.canonical(fixed)
        except UnknownJobError as exc:
            bad("job", f"métier choisi « {fixed} » inconnu", value=fixed,
                suggestions=tuple(exc.suggestions))
            return ""
    if not value:
        if not any(p.field == "job" for p in found):  # a formula never calculated says more
            bad("job", "métier manquant")
        return ""
    if value.startswith("="):
        bad("job", f"formule « {value[:40]} » au lieu d'un métier")
        return ""
    try:
        return matcher.match(value)
    except UnknownJobError as exc:
        once = (f"associez cet intitulé une fois pour toutes à un métier (fenêtre : bouton "
                f"« Toujours associer » de l'aperçu, ou menu Fichier › Correspondances des "
                f"intitulés de poste ; ligne de commande : job-titles --add \"{value}\" "
                "MÉTIER)")
        if exc.suggestions:
            hint = (" ; vouliez-vous dire " + ", ".join(f"« {s} »" for s in exc.suggestions)
                    + f" ? Choisissez le métier de cette ligne, ou {once}")
        else:
            hint = (" : ce n'est pas l'un des 58 métiers de l'étude (liste dans l'onglet "
                    "« Cartographie des métiers », ou commande « jobs ») ; corrigez-le dans le "
                    f"fichier, ou {once}")
        bad("job", f"métier inconnu « {value} »{hint}", value=value,
            suggestions=tuple(exc.suggestions))
        return ""


def _check_duplicate(identifier: str, line: int, seen: dict[str, tuple[int, str]],
                     found: list[RosterProblem], header: str) -> None:
    exact = seen.get(identifier)
    if exact is not None:
        found.append(RosterProblem(line, header, f"matricule « {identifier} » en double (déjà "
                                   f"utilisé ligne {exact[0]})", field="id", value=identifier))
        return
    seen[identifier] = (line, identifier)
    number = same_number(identifier)
    if number is None:
        return
    other = seen.get("#" + number)
    if other is None:
        seen["#" + number] = (line, identifier)
        return
    found.append(RosterProblem(
        line, header, f"matricule « {identifier} » : même numéro que « {other[1]} » (ligne "
        f"{other[0]}) aux zéros de tête près, la même personne semble saisie deux fois ; gardez "
        "une seule ligne, avec le matricule complet (ou excluez celle-ci)", field="id",
        value=identifier))


def nir_problems(table: RawTable) -> list[RosterProblem]:
    """A NIR is never stored: refuse the file and say which column holds it."""
    problems = []
    for index, header in enumerate(table.header):
        if header_key(header) in NIR_HEADERS:
            problems.append(RosterProblem(table.header_line, header, _NIR_MESSAGE))
            continue
        for line, cells in table.rows:
            if index < len(cells) and _looks_like_nir(cells[index]):
                problems.append(RosterProblem(line, header or f"n° {index + 1}", _NIR_MESSAGE,
                                              table.cell_name(line, index)))
                break
    return problems


def _looks_like_nir(cell: str) -> bool:
    compact = cell.replace(" ", "").replace(".", "").upper()
    if not _NIR.match(compact):
        return False
    if len(compact) == 13:
        return True
    number = int(compact[:13].replace("2A", "19").replace("2B", "18"))
    return 97 - number % 97 == int(compact[13:])
