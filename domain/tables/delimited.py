"""Delimited text (.csv, .txt) into a ``Sheet``: the separator chosen by the header it gives.

Excel writes « ; » in French, HR tools « , » and « Texte (séparateur : tabulation) » tabs. Each
separator is tried on the first lines and the one whose best line names the most expected
columns wins (then the earliest line). Line ends may be CRLF, LF or CR alone (Excel for Mac).
A quoted cell may span lines; a row's number is the line where it starts.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterator

from domain.errors import Location, UserError
from domain.tables.grid import Row, Sheet
from domain.tables.locate import HEADER_SEARCH, HeaderScore, no_header, sheet_of_rows

DELIMITERS = (";", ",", "\t")
MAX_ROWS = 200_000


def read_delimited(text: str, name: str, header_score: HeaderScore,
                   expected: str) -> tuple[Sheet, str]:
    """The file's rows and its separator's French name (« « ; » », « tabulation »)."""
    delimiter = _delimiter(text, name, header_score, expected)
    rows: list[Row] = []
    for count, record in enumerate(records(text, delimiter, name)):
        if count > MAX_ROWS:
            raise UserError(f"Trop de lignes (au plus {MAX_ROWS})", Location(name))
        rows.append(record)
    label = "tabulation" if delimiter == "\t" else f"séparateur « {delimiter} »"
    return sheet_of_rows(name, rows, cell_names=False), label


def _delimiter(text: str, name: str, header_score: HeaderScore, expected: str) -> str:
    best: tuple[int, int, str] | None = None  # (score, -position, delimiter)
    for delimiter in DELIMITERS:
        head: list[Row] = []
        with contextlib.suppress(UserError):  # a bad record ends the search, not the read
            for record in records(text, delimiter, name):
                if any(record[1]):
                    head.append(record)
                if len(head) >= HEADER_SEARCH:
                    break
        for position, (_, cells) in enumerate(head):
            candidate = (header_score([c.strip() for c in cells]), -position, delimiter)
            if best is None or candidate > best:
                best = candidate
    if best is None or best[0] == 0:
        line, first = next(((n, t) for n, t in enumerate(text.splitlines(), 1) if t.strip()),
                           (1, ""))
        raise no_header(name, line, tuple(first.split(";")), expected)
    return best[2]


def records(text: str, delimiter: str, name: str) -> Iterator[Row]:
    """(first line of the record, cells) for every record, blank ones included."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    previous_end = 0
    try:
        for cells in reader:
            start, previous_end = previous_end + 1, reader.line_num
            yield start, tuple(cells)
    except csv.Error as exc:
        problem = ("cellule trop longue (plus de 131 072 caractères)" if "limit" in str(exc)
                   else "guillemet « \" » mal placé ou jamais fermé")
        raise UserError(f"Fichier CSV mal formé : {problem}",
                        Location(name, previous_end + 1)) from exc
