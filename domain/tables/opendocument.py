"""LibreOffice / OpenOffice spreadsheets (.ods) into ``Sheet``s with python-calamine.

calamine reads the cells' values (formulas come with their stored result, dates as dates) and
says which sheets are hidden. An .ods has no « active sheet » calamine can see, so the first
visible sheet holding a table wins on a tie. calamine gives numbers as values, which loses the
zeros a « 000000 » format shows (« 000417 » read as 417): the file also stores each cell's
displayed text, so the sheet XML is streamed once (standard library ``iterparse``) to take the
displayed text of whole numbers shown with leading zeros.
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

    # From the bytes, not the path: calamine picks its reader by the extension, and an .ods may
    # be named « .xlsx » or « .xls » (the format was recognised from its content).
    try:
        with open(path, "rb") as handle:
            book = CalamineWorkbook.from_filelike(handle)
    except (CalamineError, OSError, ValueError) as exc:
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise UserError("Classeur protégé par un mot de passe : ouvrez-le dans LibreOffice, "
                            "retirez le mot de passe et enregistrez-le à nouveau",
                            Location(path.name)) from exc
        raise _damaged(path) from exc
    sheets = []
    try:
        padded = _padded_numbers(path)
        for meta in book.sheets_metadata:
            visible = meta.visible == SheetVisibleEnum.Visible
            values = book.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
            limit = None if visible else HEADER_SEARCH
            rows = _rows(values, path.name, limit)
            if padded.get(meta.name):
                rows = _with_padding(rows, padded[meta.name])
            sheets.append(sheet_of_rows(meta.name, rows, visible=visible))
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


def _with_padding(rows: list[Row], padded: dict[tuple[int, int], str]) -> list[Row]:
    out = []
    for number, cells in rows:
        if any(key[0] == number for key in padded):
            cells = tuple(padded.get((number, i), c) for i, c in enumerate(cells))
        out.append((number, cells))
    return out


_NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


def _q(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


def _padded_numbers(path: Path) -> dict[str, dict[tuple[int, int], str]]:
    """sheet → (row, 0-based column) → displayed text, for whole numbers shown with zeros."""
    import zipfile
    from xml.etree.ElementTree import iterparse

    found: dict[str, dict[tuple[int, int], str]] = {}
    table, row, column = "", 0, 0
    cell_tags = (_q("table", "table-cell"), _q("table", "covered-table-cell"))
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as xml:
        for event, element in iterparse(xml, events=("start", "end")):
            tag = element.tag
            if event == "start":
                if tag == _q("table", "table"):
                    table, row = element.get(_q("table", "name"), ""), 0
                elif tag == _q("table", "table-row"):
                    column = 0
                continue
            if tag in cell_tags:
                text = _padded_text(element)
                if text is not None:
                    found.setdefault(table, {})[(row + 1, column)] = text
                column += int(element.get(_q("table", "number-columns-repeated"), "1"))
                element.clear()
            elif tag == _q("table", "table-row"):
                row += int(element.get(_q("table", "number-rows-repeated"), "1"))
                element.clear()
    return found


def _padded_text(cell) -> str | None:
    """The displayed text of a float cell shown with leading zeros (« 000417 » for 417)."""
    if cell.get(_q("office", "value-type")) != "float":
        return None
    shown = "".join(p.text or "" for p in cell.iter(_q("text", "p"))).strip()
    value = cell.get(_q("office", "value"), "")
    if len(shown) > 1 and shown.startswith("0") and shown.isdigit():
        try:
            return shown if float(value) == int(shown) else None
        except ValueError:
            return None
    return None


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return cell_text(value)


def _damaged(path: Path) -> UserError:
    from domain.tables.workbooks import REPAIR

    return UserError(f"Classeur LibreOffice (.ods) illisible ou abîmé : {REPAIR}",
                     Location(path.name))
