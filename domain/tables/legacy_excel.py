"""Genuine Excel 97-2003 workbooks (.xls, BIFF8) into ``Sheet``s with xlrd.

xlrd is asked for the formatting records (``formatting_info``) so that a matricule stored as a
number keeps the zeros of its ``000000`` format, and dates are converted with the workbook's own
epoch (``datemode``: 1900, or 1904 for old Mac workbooks). Formulas come with the value Excel
last calculated (a .xls always stores it); error values (« #N/A ») are named with their cell.
Sheets hidden in Excel (``visibility`` 1 or 2) are marked; the sheet Excel opens on is active.
"""

from __future__ import annotations

from pathlib import Path

from domain.errors import Location, UserError
from domain.tables.grid import Row, Sheet
from domain.tables.locate import HEADER_SEARCH, sheet_of_rows
from domain.tables.values import cell_text

MAX_ROWS = 200_000


def read_xls(path: Path) -> list[Sheet]:
    """Every worksheet of an Excel 97-2003 workbook. Raises UserError when xlrd cannot read it."""
    import xlrd  # only when a .xls is imported

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except xlrd.biffh.XLRDError as exc:
        if "encrypted" in str(exc).lower() or "password" in str(exc).lower():
            raise UserError("Classeur Excel protégé par un mot de passe : ouvrez-le dans Excel, "
                            "retirez le mot de passe et enregistrez-le en .xlsx",
                            Location(path.name)) from exc
        raise _damaged(path) from exc
    except Exception as exc:  # noqa: BLE001 - xlrd raises many kinds on a damaged file
        raise _damaged(path) from exc
    try:
        return [_sheet(book, index, path.name) for index in range(book.nsheets)]
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise _damaged(path) from exc
    finally:
        book.release_resources()


def _damaged(path: Path) -> UserError:
    return UserError("Classeur Excel 97-2003 (.xls) illisible ou abîmé : ouvrez-le dans Excel ou "
                     "LibreOffice et enregistrez-le au format .xlsx, ou, s'il ne s'ouvre pas, "
                     "exportez-le de nouveau depuis le SIRH", Location(path.name))


def _sheet(book, index: int, name: str) -> Sheet:
    import xlrd

    sheet = book.sheet_by_index(index)
    visible = sheet.visibility == 0
    limit = sheet.nrows if visible else min(sheet.nrows, HEADER_SEARCH)
    if limit > MAX_ROWS:
        raise UserError(f"Trop de lignes (au plus {MAX_ROWS})", Location(name))
    rows: list[Row] = []
    unreadable: dict[tuple[int, int], str] = {}
    for r in range(limit):
        texts = []
        for c in range(sheet.ncols):
            cell = sheet.cell(r, c)
            if cell.ctype == xlrd.XL_CELL_ERROR:
                code = xlrd.error_text_from_code.get(cell.value, "#ERREUR")
                unreadable[(r + 1, c)] = f"valeur d'erreur « {code} » au lieu d'une valeur"
                texts.append("")
            else:
                texts.append(_text(book, cell))
        rows.append((r + 1, tuple(texts)))
    return sheet_of_rows(sheet.name, rows, unreadable=unreadable, visible=visible,
                         active=bool(sheet.sheet_visible))


def _text(book, cell) -> str:
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
        except (xlrd.xldate.XLDateError, OverflowError, ValueError):
            return cell_text(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return cell_text(cell.value, _number_format(book, cell.xf_index))
    return cell_text(cell.value)


def _number_format(book, xf_index: int | None) -> str | None:
    if xf_index is None or xf_index >= len(book.xf_list):
        return None
    found = book.format_map.get(book.xf_list[xf_index].format_key)
    return found.format_str if found is not None else None
