"""LibreOffice / OpenOffice spreadsheets (.ods) into ``Sheet``s with python-calamine.

calamine reads the cells' values (formulas come with their stored result, dates as dates) and
says which sheets are hidden. An .ods has no « active sheet » calamine can see, so the first
visible sheet holding a table wins on a tie. Numbers are read as values: a matricule typed as a
number and padded by a « 000000 » format in LibreOffice comes back as « 417 » (the roster then
flags it if « 000417 » is also present); format the column as text to keep the zeros.
"""

from __future__ import annotations

from pathlib import Path

from domain.errors import Location, UserError
from domain.tables.grid import Row, Sheet
from domain.tables.locate import HEADER_SEARCH, sheet_of_rows
from domain.tables.values import cell_text

MAX_ROWS = 200_000


def read_ods(path: Path) -> list[Sheet]:
    """Every sheet of an OpenDocument spreadsheet. Raises UserError when it cannot be read."""
    from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

    try:
        book = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise UserError("Classeur protégé par un mot de passe : ouvrez-le dans LibreOffice, "
                            "retirez le mot de passe et enregistrez-le à nouveau",
                            Location(path.name)) from exc
        raise _damaged(path) from exc
    sheets = []
    try:
        for meta in book.sheets_metadata:
            visible = meta.visible == SheetVisibleEnum.Visible
            values = book.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
            limit = None if visible else HEADER_SEARCH
            sheets.append(sheet_of_rows(meta.name, _rows(values, path.name, limit),
                                        visible=visible))
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - calamine raises many kinds on a damaged file
        raise _damaged(path) from exc
    finally:
        book.close()
    return sheets


def _rows(values: list[list[object]], name: str, limit: int | None) -> list[Row]:
    if len(values) > MAX_ROWS:
        raise UserError(f"Trop de lignes (au plus {MAX_ROWS})", Location(name))
    rows = values[:limit] if limit else values
    return [(number, tuple(_text(v) for v in cells)) for number, cells in enumerate(rows, 1)]


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return cell_text(value)


def _damaged(path: Path) -> UserError:
    return UserError("Classeur LibreOffice (.ods) illisible ou abîmé : ouvrez-le dans LibreOffice "
                     "et enregistrez-le à nouveau", Location(path.name))
