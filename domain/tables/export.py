"""Writing a table a user sees to an .xlsx workbook that Excel or LibreOffice reopens as typed.

Used by every « Exporter vers Excel » of the window (job map, bridges, plan, people). Texts go
through :func:`domain.text.neutralise`, so a name typed as ``=HYPERLINK(…)`` or ``+33…`` in a
roster never runs as a formula; numbers stay numbers (with their shown number of decimals),
dates stay dates (JJ/MM/AAAA), so the reader can sort and filter. The header row is bold and
frozen, with an auto-filter. The file is written next to its destination and then moved into
place, so a failed export never leaves half a workbook under the user's name.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from domain.errors import UserError, os_reason
from domain.text import neutralise

MAX_SHEET_TITLE = 31  # Excel's limit
_FORBIDDEN_IN_TITLE = str.maketrans({c: " " for c in "[]:*?/\\"})


@dataclass(frozen=True)
class Cell:
    """A value with how Excel should show it (``number_format``, e.g. « 0.00 », « 0 % »)."""

    value: object
    number_format: str = ""


@dataclass(frozen=True)
class SheetData:
    """One sheet: a title (at most 31 characters), the column headers and the rows.

    Row values: ``str`` (neutralised), ``int``/``float`` (numbers), ``date`` (JJ/MM/AAAA),
    ``None`` (empty) or :class:`Cell` (a value with its own number format).
    """

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    widths: Sequence[int] = field(default=())  # characters per column; guessed when empty


def sheet_title(text: str) -> str:
    """A valid sheet name: no ``[]:*?/\\``, at most 31 characters, never empty."""
    cleaned = " ".join(text.translate(_FORBIDDEN_IN_TITLE).split())[:MAX_SHEET_TITLE].strip()
    return cleaned or "Tableau"


def write_xlsx(path: str | Path, sheets: Sequence[SheetData]) -> Path:
    """Write ``sheets`` to ``path`` (.xlsx); returns the path.

    Raises ``UserError`` (French, naming the file) when the extension is not .xlsx or the file
    cannot be written (folder missing, file open in Excel, disk full).
    """
    from openpyxl import Workbook

    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise UserError(f"Le fichier « {target} » doit porter l'extension .xlsx.")
    if not target.parent.is_dir():
        raise UserError(f"Le dossier « {target.parent} » n'existe pas.")
    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for data in sheets:
        _fill(book.create_sheet(_unique(sheet_title(data.title), used)), data)
    partial = target.with_name(target.name + ".partiel")
    try:
        book.save(partial)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"Impossible d'écrire « {target} » : {os_reason(exc)}. Fermez le "
                        "fichier s'il est ouvert dans Excel, ou choisissez un autre nom.") from None
    return target


def _unique(title: str, used: set[str]) -> str:
    candidate, number = title, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate = title[: MAX_SHEET_TITLE - len(suffix)] + suffix
        number += 1
    used.add(candidate.casefold())
    return candidate


def _fill(sheet, data: SheetData) -> None:
    from openpyxl.styles import Font

    sheet.append([neutralise(h) for h in data.headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    lengths = [len(str(h)) for h in data.headers]
    for row_number, row in enumerate(data.rows, start=2):
        for column, value in enumerate(row, start=1):
            shown = _put(sheet.cell(row=row_number, column=column), value)
            if column <= len(lengths):
                lengths[column - 1] = max(lengths[column - 1], len(shown))
    widths = list(data.widths) or [min(60, max(8, n + 2)) for n in lengths]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = width
    sheet.freeze_panes = "A2"
    if data.headers:
        sheet.auto_filter.ref = sheet.dimensions


def _put(cell, value: object) -> str:
    """Write one value; returns roughly what Excel will show (to size the column)."""
    number_format = ""
    if isinstance(value, Cell):
        value, number_format = value.value, value.number_format
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        cell.value = value
        cell.number_format = "DD/MM/YYYY"
        return "00/00/0000"
    if isinstance(value, bool):
        cell.value = "oui" if value else "non"
        return cell.value
    if isinstance(value, (int, float)):
        cell.value = value
        if number_format:
            cell.number_format = number_format
        return f"{value:.2f}" if isinstance(value, float) else str(value)
    text = "" if value is None else neutralise(value)
    cell.value = text or None
    return max(text.split("\n"), key=len) if text else ""
