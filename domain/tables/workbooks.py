"""Excel workbooks (.xlsx) into ``Sheet``s with openpyxl, keeping what a plain read loses.

- Number formats: a matricule stored as the number 417 and shown « 000417 » by the format
  ``000000`` keeps its zeros (``domain.tables.values``).
- The date epoch: openpyxl converts date-formatted serials with the workbook's own epoch (1900,
  or 1904 for workbooks made by old Excel for Mac).
- Formulas: a formula's cached value (what Excel last calculated) is read; a formula Excel never
  calculated (no cached value, as left by tools that fill a template) is named with its cell
  instead of being read as an empty cell. Error values (« #N/A ») are named the same way.
- Sheets: hidden sheets (lists of drop-down values) are marked, the active sheet too.

The zip is checked first (size once unpacked, damaged archive) so a crafted file cannot exhaust
memory; openpyxl runs in read-only mode (streaming).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from domain.errors import Location, UserError
from domain.tables.grid import Row, Sheet
from domain.tables.locate import HEADER_SEARCH, sheet_of_rows
from domain.tables.values import cell_text

MAX_UNPACKED = 300 * 1024 * 1024
MAX_ROWS = 200_000
# What to do with a damaged workbook: a file cut short by a download or a copy may not open at
# all, hence the new export.
REPAIR = ("ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau, ou, s'il ne s'ouvre "
          "pas, exportez-le de nouveau depuis le SIRH")
_DAMAGED = f"Classeur Excel illisible ou abîmé : {REPAIR}"


def zip_kind(path: Path) -> str:
    """« xlsx » or « ods » for a zip file, after checking it is sound and not a zip bomb."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, KeyError) as exc:
        raise UserError("Classeur illisible : son archive (zip) est abîmée ou incomplète ; "
                        + REPAIR, Location(path.name)) from exc
    if unpacked > MAX_UNPACKED:
        raise UserError("Classeur trop volumineux une fois décompressé", Location(path.name))
    if "xl/workbook.xml" in names:
        return "xlsx"
    if b"opendocument.spreadsheet" in mimetype:
        return "ods"
    raise UserError("Ce fichier compressé (zip) n'est ni un classeur Excel (.xlsx) ni un classeur "
                    "LibreOffice (.ods) : ouvrez-le dans son logiciel et enregistrez-le en .xlsx",
                    Location(path.name))


def read_xlsx(path: Path) -> list[Sheet]:
    """Every worksheet of the workbook (hidden ones read only for their first rows)."""
    import openpyxl  # heavy: only when a workbook is actually imported

    # A file object, not the path: openpyxl refuses a path whose extension is not .xlsx, and
    # HR tools name .xlsx workbooks « .xls » (the format was recognised from the bytes).
    try:
        handle = open(path, "rb")  # noqa: SIM115 - read-only books read it until closed
    except OSError as exc:
        raise UserError(_DAMAGED, Location(path.name)) from exc
    try:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        handle.close()
        raise UserError(_DAMAGED, Location(path.name)) from exc
    try:
        active = book.active.title if book.active is not None else None
        sheets = []
        for sheet in book.worksheets:
            visible = sheet.sheet_state == "visible"
            rows, unreadable = _rows(sheet, path.name, None if visible else HEADER_SEARCH)
            if unreadable:
                unreadable = _formulas(path, sheet, unreadable)
            sheets.append(sheet_of_rows(sheet.title, rows, unreadable=unreadable,
                                        visible=visible, active=sheet.title == active))
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise UserError(_DAMAGED, Location(path.name)) from exc
    finally:
        book.close()
        handle.close()
    if not sheets:
        raise UserError("Le classeur ne contient aucune feuille de calcul", Location(path.name))
    return sheets


def _rows(sheet, name: str, limit: int | None) -> tuple[list[Row], dict[tuple[int, int], str]]:
    """Text rows, and the cells with no value (None: maybe a formula) or an error value."""
    sheet.reset_dimensions()  # some writers record a wrong size; read every row there is
    rows: list[Row] = []
    empty: dict[tuple[int, int], str] = {}
    for number, cells in enumerate(sheet.iter_rows(), 1):
        if number > MAX_ROWS:
            raise UserError(f"Trop de lignes (au plus {MAX_ROWS})", Location(name))
        if limit is not None and number > limit:
            break
        texts = []
        for column, cell in enumerate(cells):
            value = getattr(cell, "value", None)
            if getattr(cell, "data_type", None) == "e":
                empty[(number, column)] = f"valeur d'erreur « {value} » au lieu d'une valeur"
                value = None
            elif value is None and getattr(cell, "coordinate", None):
                empty[(number, column)] = ""  # a cell element without value: maybe a formula
            texts.append(cell_text(value, getattr(cell, "number_format", None)))
        rows.append((number, tuple(texts)))
    return rows, empty


def _formulas(path: Path, read: object, empty: dict[tuple[int, int], str]) -> dict:
    """Keep, among the valueless cells, the formulas never calculated and the error values."""
    import openpyxl

    found = {key: why for key, why in empty.items() if why}
    candidates = {key for key, why in empty.items() if not why}
    if not candidates or not _has_formulas(path, getattr(read, "_worksheet_path", "")):
        return found
    with open(path, "rb") as handle:
        return _formula_cells(openpyxl.load_workbook(handle, read_only=True, data_only=False),
                              read.title, candidates, found)


def _formula_cells(book, title: str, candidates: set[tuple[int, int]],
                   found: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    try:
        sheet = book[title]
        sheet.reset_dimensions()
        last = max(row for row, _ in candidates)
        for number, cells in enumerate(sheet.iter_rows(max_row=last), 1):
            for column, cell in enumerate(cells):
                value = getattr(cell, "value", None)
                if (number, column) in candidates and isinstance(value, str) \
                        and value.startswith("="):
                    found[(number, column)] = (f"formule « {value[:60]} » jamais calculée (aucune "
                                               "valeur enregistrée) : ouvrez le classeur dans "
                                               "Excel, enregistrez-le, puis importez-le à nouveau")
    finally:
        book.close()
    return found


def _has_formulas(path: Path, member: str) -> bool:
    """Whether the sheet's XML holds a formula element (True when it cannot be told)."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member.lstrip("/")) as xml:
            tail = b""
            while chunk := xml.read(1 << 20):
                if b"<f>" in tail + chunk or b"<f " in tail + chunk:
                    return True
                tail = chunk[-3:]
    except (KeyError, OSError, zipfile.BadZipFile):
        return True
    return False
