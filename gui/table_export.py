"""Copy, context menu and « Exporter vers Excel » for every table of the window.

:func:`install_table_menu` gives a ``QTableView`` a right-click menu (the view's own actions,
then « Copier » (Ctrl+C) and « Exporter vers Excel… ») and :func:`export_table` writes what
the table shows — the rows left by its filter, in its sort order, its visible columns — to an
.xlsx workbook through ``domain.tables.export`` (texts neutralised, numbers and dates typed).
A model can give the typed value of a cell under :data:`EXPORT_ROLE` (a float score, a date);
otherwise the shown text is read back (« 0,38 » → 0.38, « 85 % » → 85 %, « 12/03/2015 » → a date).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

EXPORT_ROLE = Qt.ItemDataRole.UserRole + 40  # a cell's typed value for the export
TITLE_PROPERTY = "exportTitle"  # the table's name: sheet title and suggested file name

_NUMBER = re.compile(r"^[+-−]?\d{1,3}(?:[\u202f\u00a0 ]\d{3})*(?:,\d+)?$|^[+-−]?\d+(?:,\d+)?$")
_PERCENT = re.compile(r"^([+-−]?\d+(?:,\d+)?)[\u202f\u00a0 ]?%$")
_DATE = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")



# Reading a table ---------------------------------------------------------------------------

def _model_and_columns(source: QAbstractItemView | QAbstractItemModel) -> tuple[Any, list[int]]:
    if isinstance(source, QTableView):
        model = source.model()
        header = source.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())]  # on-screen order
        return model, [c for c in columns if not source.isColumnHidden(c)]
    model = source
    return model, list(range(model.columnCount(QModelIndex())))


def typed(text: str) -> object:
    """A shown text back to the value it shows: French numbers, percentages, JJ/MM/AAAA.

    Texts that only look like numbers stay texts: « 000123 » (a matricule) keeps its zeros.
    """
    value = text.strip()
    if value in ("", "—"):
        return None
    if re.match(r"^0\d", value) or len(value) > 15:
        return value  # a matricule or a code: its leading zeros and digits are its identity
    if _NUMBER.match(value):
        plain = re.sub(r"[\u202f\u00a0 ]", "", value).replace(",", ".").replace("−", "-")
        return float(plain) if "." in plain else int(plain)
    percent = _PERCENT.match(value)
    if percent:
        from domain.tables.export import Cell

        share = float(percent.group(1).replace(",", ".").replace("−", "-")) / 100
        return Cell(share, "0 %")
    day = _DATE.match(value)
    if day:
        try:
            return date(int(day.group(3)), int(day.group(2)), int(day.group(1)))
        except ValueError:
            return value
    return value


def cell_value(model: QAbstractItemModel, row: int, column: int) -> object:
    index = model.index(row, column)
    value = model.data(index, EXPORT_ROLE)
    if value is not None:
        return value
    shown = model.data(index, Qt.ItemDataRole.DisplayRole)
    if shown is None:
        return None
    return typed(str(shown)) if isinstance(shown, str) else shown


def table_sheet(source: QAbstractItemView | QAbstractItemModel, title: str | None = None) -> Any:
    """What ``source`` shows as a ``domain.tables.export.SheetData`` (read on the UI thread)."""
    from domain.tables.export import SheetData

    model, columns = _model_and_columns(source)
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                   or "").replace("\n", " ") for c in columns]
    rows = [[cell_value(model, r, c) for c in columns] for r in range(model.rowCount())]
    return SheetData(title or table_title(source), headers, rows)


def table_title(source: Any) -> str:
    title = source.property(TITLE_PROPERTY) if hasattr(source, "property") else None
    return str(title) if title else QCoreApplication.translate("TableExport", "Tableau")


def safe_file_name(text: str) -> str:
    """A file name for ``text`` that every system accepts."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", text)
    return " ".join(name.split()).strip(" .") or "export"


# Exporting -------------------------------------------------------------------------------

def export_table(source: QAbstractItemView | QAbstractItemModel, parent: QWidget | None = None,
                 *, title: str | None = None, path: str | Path | None = None) -> Path | None:
    """Ask for a file name (folder remembered) and write what ``source`` shows to .xlsx.

    ``source``: a table view (its filtered, sorted rows and visible columns) or a model. The
    workbook is written on a worker; the status bar says where, or an error dialog says why
    not. Returns the chosen path, or None when the user cancelled. ``path`` skips the dialog.
    """
    from gui.file_dialogs import save_file

    title = title or table_title(source)
    sheet = table_sheet(source, title)
    if path is None:
        path = save_file(
            parent, "tables", QCoreApplication.translate("TableExport", "Exporter vers Excel"),
            safe_file_name(title) + ".xlsx",
            QCoreApplication.translate("TableExport", "Classeurs Excel (*.xlsx)"), "xlsx")
        if path is None:
            return None
    target = Path(path)
    write_sheets(target, [sheet], parent)
    return target


def write_sheets(target: Path, sheets: list[Any], parent: QWidget | None) -> None:
    """Write ``sheets`` to ``target`` on a worker; say it in the status bar or show why not."""
    from domain.tables.export import write_xlsx
    from gui.workers import Operation

    def failed(exc: BaseException) -> None:
        from gui.errors import report_exception

        report_exception(exc, parent)

    Operation(lambda _p, _c: write_xlsx(target, sheets),
              on_success=lambda written: _status(parent, QCoreApplication.translate(
                  "TableExport", "Tableau exporté : {path}").format(path=written)),
              on_failure=failed, parent=parent).start()


def _status(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 10000)


# Copying ---------------------------------------------------------------------------------

def selection_text(table: QAbstractItemView) -> str:
    """The selected cells as tab-separated lines (what Excel pastes as cells), in the order
    shown; hidden columns left out."""
    model = table.model()
    indexes = [i for i in table.selectionModel().selectedIndexes()
               if not (isinstance(table, QTableView) and table.isColumnHidden(i.column()))]
    if not indexes:
        current = table.currentIndex()
        indexes = [current] if current.isValid() else []
    if not indexes:
        return ""
    header = table.horizontalHeader() if isinstance(table, QTableView) else None
    rows = sorted({i.row() for i in indexes})
    columns = sorted({i.column() for i in indexes},
                     key=lambda c: header.visualIndex(c) if header is not None else c)
    chosen = {(i.row(), i.column()) for i in indexes}
    lines = []
    for row in rows:
        cells = []
        for column in columns:
            text = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) \
                if (row, column) in chosen else ""
            cells.append(_clean(text))
        lines.append("\t".join(cells))
    return "\n".join(lines)


def _clean(value: Any) -> str:
    return "" if value is None else " ".join(str(value).replace("\t", " ").split("\n"))


def copy_selection(table: QAbstractItemView) -> str:
    """Put the selected cells on the clipboard; returns the text copied."""
    text = selection_text(table)
    if text:
        QGuiApplication.clipboard().setText(text)
    return text


# The menu ----------------------------------------------------------------------------------

def install_table_menu(table: QAbstractItemView, *, title: str | None = None,
                       actions: Iterable[QAction] = ()) -> dict[str, QAction]:
    """Give ``table`` a context menu: ``actions`` first, then Copier (Ctrl+C) and Exporter.

    ``title`` names the sheet and the suggested file. Returns the added actions by name
    (``"copy"``, ``"export"``) so a view can also put them in its own buttons or menus.
    """
    if title:
        table.setProperty(TITLE_PROPERTY, title)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    own = list(actions)
    for action in own:
        table.addAction(action)
    if own:
        table.addAction(_separator(table))
    copy = QAction(QCoreApplication.translate("TableExport", "Copier"), table)
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    copy.triggered.connect(lambda: copy_selection(table))
    export = QAction(QCoreApplication.translate("TableExport", "Exporter vers Excel…"), table)
    export.setToolTip(QCoreApplication.translate(
        "TableExport", "Enregistrer les lignes affichées dans un classeur .xlsx"))
    export.triggered.connect(lambda: export_table(table, table.window()))
    table.addAction(copy)
    table.addAction(export)
    return {"copy": copy, "export": export}


def _separator(parent: QWidget) -> QAction:
    action = QAction(parent)
    action.setSeparator(True)
    return action
