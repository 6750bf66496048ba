"""Roster import: read an HR file, check every line, then save all of it or nothing.

A roster is the list of people with their matricule, name, job and entry date, exported from
the HR system or typed in Excel or LibreOffice (formats: ``domain.tables``). Nothing is saved
unless every line is right, and the refusal lists every bad line with its number, its column
(and cell in a workbook) and why, so the user fixes the file once. In the import preview the
user may instead fix a line's job (``job_fixes``) or leave a line out (``excluded_lines``);
both are parameters of the import, never hidden state. Columns the import does not recognise
can be given a field (``column_mapping``), remembered for the next file with the same headers;
company job titles mapped once (``domain.people.job_titles``) are recognised by every import.
Re-importing updates people by matricule. Unknown columns are ignored and never stored (data
minimisation); a column that looks like social security numbers (NIR) refuses the whole file.

The GUI shows :func:`read_roster`'s preview, then calls :func:`import_roster` with the same
parameters.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Collection, Mapping
from pathlib import Path

from domain.errors import OperationCancelled
from domain.people import employees
from domain.people.roster_columns import field_of, header_key, map_columns, mapped_score
from domain.people.roster_preview import (  # noqa: F401 - the roster's public records
    ImportSummary,
    RosterError,
    RosterPreview,
    RosterProblem,
    RosterRow,
    UnknownTitle,
)
from domain.people.roster_rows import check_rows, nir_problems
from domain.store.connection import transaction
from domain.tables.grid import RawTable
from domain.tables.reader import read_table

CHECK_EVERY = 250  # rows saved between two looks at cancelled() and two progress reports


def header_score(cells: list[str]) -> int:
    """How many distinct roster fields a candidate header line names."""
    return len({f for f in map(field_of, cells) if f})


def read_roster(path: Path | str, matcher=None, *, conn: sqlite3.Connection | None = None,
                column_mapping: Mapping[str, str] | None = None,
                job_fixes: Mapping[int, str] | None = None,
                excluded_lines: Collection[int] = ()) -> RosterPreview:
    """Read and check a roster without writing anything.

    ``conn`` (optional) brings the job-title correspondences and the column choices remembered
    for these headers; ``column_mapping`` (header as written → field of
    ``roster_columns.FIELDS``, « » to leave a column out) replaces a remembered choice;
    ``job_fixes`` maps a line number to the study job the user chose for it; lines in
    ``excluded_lines`` are left out. Raises UserError when the file cannot be read as a table
    at all; every other problem is in the preview's ``problems``.
    """
    path = Path(path)
    remembered_keys: set[str] = set()
    if conn is not None:
        from domain.people.column_memory import remembered_headers

        remembered_keys = remembered_headers(conn)
    table = read_table(path, _scorer(column_mapping, remembered_keys))
    mapping, remembered = _mapping_in_force(conn, table, column_mapping)
    columns, ignored, column_problems = map_columns(table.header, mapping)
    problems = [RosterProblem(table.header_line, p.header, p.message) for p in column_problems]
    problems += nir_problems(table)
    fixes, excluded = dict(job_fixes or {}), set(excluded_lines)
    problems += _unknown_lines(table, fixes, excluded)
    rows: list[RosterRow] = []
    if not problems:
        matcher = matcher or _matcher(conn)
        rows, problems = check_rows(table, columns, matcher, job_fixes=fixes, excluded=excluded)
        if conn is not None and not problems:
            problems = _other_person_problems(conn, rows, columns.get("id"))
        if not rows and not problems:
            problems = [_no_person(table, excluded)]
    return RosterPreview(
        table.source, table.encoding, tuple(rows), tuple(problems),
        {field: choice.header for field, choice in columns.items()}, tuple(ignored),
        table.header_line, table.header, table.sheet, table.other_sheets, table.skipped,
        tuple(sorted(excluded)), {line: job for line, job in fixes.items() if line not in excluded},
        _unknown_titles(problems), dict(mapping or {}), remembered, table.misnamed)


def _other_person_problems(conn: sqlite3.Connection, rows: list[RosterRow],
                           id_column: object) -> list[RosterProblem]:
    """Lines whose matricule belongs in the store to someone with another first AND last name.

    Saving them would hand that person's record (declared competencies, notes, decision) to a
    different person: a typo in the matricule, or a reused one. A changed last name alone (a
    marriage, a usage name) is an ordinary update and passes.
    """
    from domain.text import fold

    found: list[RosterProblem] = []
    header = getattr(id_column, "header", None)
    for row in rows:
        stored = employees.find_employee(conn, row.employee.id)
        if stored is None:
            continue
        same_last = fold(stored.last_name) == fold(row.employee.last_name)
        same_first = fold(stored.first_name) == fold(row.employee.first_name)
        if not same_last and not same_first and stored.first_name and row.employee.first_name:
            found.append(RosterProblem(
                row.line, header,
                f"le matricule « {row.employee.id} » est celui de « {stored.first_name} "
                f"{stored.last_name} » dans la base, pas de « {row.employee.first_name} "
                f"{row.employee.last_name} » : corrigez le matricule dans le fichier, ou excluez "
                "la ligne (un matricule ne passe pas d'une personne à une autre)",
                field="id", value=row.employee.id))
    return found


def _scorer(column_mapping: Mapping[str, str] | None, remembered: set[str]):
    """Header score: recognised headers, the user's mapped ones, or a remembered header row."""
    from domain.people.column_memory import headers_key

    base = mapped_score(column_mapping) if column_mapping else header_score

    def score(cells: list[str]) -> int:
        found = base(cells)
        if remembered and headers_key(cells) in remembered:
            return found + 100
        return found

    return score


def _mapping_in_force(conn, table: RawTable, column_mapping) -> tuple[dict[str, str], bool]:
    if column_mapping is not None:
        return dict(column_mapping), False
    if conn is None:
        return {}, False
    from domain.people.column_memory import remembered_column_mapping

    found = remembered_column_mapping(conn, headers=table.header)
    return (dict(found.mapping), True) if found else ({}, False)


def _matcher(conn: sqlite3.Connection | None):
    from domain.people.roster_jobs import JobMatcher

    if conn is None:
        return JobMatcher()
    from domain.people.job_titles import title_table

    return JobMatcher(titles=title_table(conn))


def _no_person(table: RawTable, excluded: Collection[int]) -> RosterProblem:
    """Why a file gives nobody: every line excluded, or nothing under the header."""
    if table.rows:
        return RosterProblem(None, None, "toutes les lignes de personnes sont exclues de "
                             "l'import : gardez-en au moins une")
    sheet = table.cell_names and table.sheet
    where = f"la feuille « {table.sheet} »" if sheet else "le fichier"
    return RosterProblem(None, None, f"{where} ne contient aucune personne, seulement la ligne "
                         f"d'en-têtes (ligne {table.header_line}) : vérifiez que l'effectif est "
                         f"bien {'sur cette feuille' if sheet else 'dans ce fichier'}, ou refaites "
                         "l'export du SIRH (filtres, période, établissement)")


def _unknown_lines(table: RawTable, fixes: Mapping[int, str],
                   excluded: Collection[int]) -> list[RosterProblem]:
    """A fix or an exclusion must name a data line of this file; the message says which
    lines are (and what the named line is when it is the header, a title or a footer)."""
    lines = sorted(line for line, _ in table.rows)
    if lines:
        span = (f"la seule ligne de personne est la ligne {lines[0]}" if len(lines) == 1 else
                f"les lignes de personnes vont de la ligne {lines[0]} à la ligne {lines[-1]}")
    else:
        span = "le fichier n'a aucune ligne de personne"
    kinds = {s.line: s.kind for s in table.skipped}
    kinds[table.header_line] = "en-têtes"
    what = {"en-têtes": "c'est la ligne d'en-têtes", "titre": "c'est une ligne de titre",
            "vide": "c'est une ligne vide", "pied": "c'est un pied de tableau"}
    known = set(lines)
    return [RosterProblem(None, None, f"la ligne {line} ({why}) n'est pas une ligne de personne "
                          f"de ce fichier ({what[kinds[line]]}) ; {span}" if line in kinds else
                          f"la ligne {line} ({why}) n'est pas une ligne de personne de ce "
                          f"fichier : {span}")
            for why, wanted in (("à exclure", excluded), ("au métier corrigé", fixes))
            for line in sorted(wanted) if line not in known]


def _unknown_titles(problems) -> tuple[UnknownTitle, ...]:
    by_title: dict[str, tuple[str, list[int], tuple[str, ...]]] = {}
    for p in problems:
        if p.field == "job" and p.value and p.message.startswith("métier inconnu"):
            entry = by_title.setdefault(header_key(p.value), (p.value, [], p.suggestions))
            entry[1].append(p.line)
    return tuple(UnknownTitle(t, tuple(lines), s) for t, lines, s in by_title.values())


def import_roster(conn: sqlite3.Connection, path: Path | str, matcher=None, *,
                  column_mapping: Mapping[str, str] | None = None,
                  job_fixes: Mapping[int, str] | None = None,
                  excluded_lines: Collection[int] = (),
                  progress: Callable[[float, str], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportSummary:
    """Check the whole file, back the store up, then save every line in one transaction.

    Same parameters as :func:`read_roster`; a ``column_mapping`` given here is remembered for
    the next file with the same headers, in the same transaction. Raises ``RosterError`` (every
    bad line) and saves nothing when one line is wrong. ``progress(fraction 0–1, message)`` is
    told how far the saving is; when ``cancelled()`` turns true (the user cancels, the window
    closes) it raises ``OperationCancelled`` and the transaction rolls back: nothing is saved.
    """
    started = time.perf_counter()
    preview = read_roster(path, matcher, conn=conn, column_mapping=column_mapping,
                          job_fixes=job_fixes, excluded_lines=excluded_lines)
    preview.raise_if_bad()
    _backup_before(conn)
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    report = progress or (lambda _fraction, _message: None)
    total = max(1, len(preview.rows))
    with transaction(conn):
        for index, row in enumerate(preview.rows):
            if index % CHECK_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise OperationCancelled("Import de l'effectif annulé : rien n'a été "
                                             "enregistré.")
                report(index / total, f"Enregistrement : {index} / {len(preview.rows)} lignes")
            outcome = employees.save_employee(conn, row.employee)
            counts[outcome] += 1
            if outcome != "unchanged":
                employees.audit(conn, f"roster_{outcome}", row.employee.id)
        if column_mapping:
            from domain.people.column_memory import save_mapping

            save_mapping(conn, preview.headers, column_mapping)
        employees.audit(conn, "import_roster", "", f"{counts['created']} créées, "
                        f"{counts['updated']} modifiées, {counts['unchanged']} inchangées, "
                        f"{len(preview.excluded)} exclues")
    return ImportSummary(counts["created"], counts["updated"], counts["unchanged"],
                         time.perf_counter() - started, preview.ignored_columns,
                         tuple(preview.notes()))


def _backup_before(conn: sqlite3.Connection) -> None:
    """A backup before overwriting people, when there are people to lose."""
    from domain.store import backup

    if conn.execute("SELECT 1 FROM employee LIMIT 1").fetchone() is None:
        return
    db = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
    if db:
        backup.take_backup(conn, Path(db), "import-effectif")
