"""The records every reader produces: a sheet of text cells, then the table found in it.

A ``Sheet`` is what a format reader gives (CSV, .xlsx, .xls, .ods, HTML…): numbered rows of
text cells, with what the reader could not turn into a value (a formula Excel never
calculated) kept beside the cells instead of being silently read as empty. ``RawTable`` is the
table ``domain.tables.locate`` finds in it: the header row, the data rows, and the lines left
out (title rows, blank rows, footers such as « Total : 3 salariés ») so a summary can say them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Row = tuple[int, tuple[str, ...]]  # (line or sheet row number, 1-based; cells as text)


@dataclass(frozen=True)
class Sheet:
    """One sheet of a file, as text cells.

    ``rows`` holds only the non-blank rows; ``blank`` the numbers of blank rows between them.
    ``unreadable`` maps ``(row number, 0-based column)`` to why the cell has no value (e.g.
    « formule jamais calculée « =RECHERCHEV(…) » »). ``visible`` is False for hidden sheets,
    ``active`` True for the sheet Excel opens on. ``cell_names`` says that cells have names like
    « E2 » (spreadsheets), not CSV line numbers.
    """

    name: str
    rows: tuple[Row, ...]
    blank: tuple[int, ...] = ()
    unreadable: dict[tuple[int, int], str] = field(default_factory=dict)
    visible: bool = True
    active: bool = False
    cell_names: bool = True


@dataclass(frozen=True)
class SkippedLine:
    """A line of the file that is not a data row; ``kind`` is « titre », « vide » or « pied »."""

    line: int
    kind: str
    text: str = ""


@dataclass(frozen=True)
class RawTable:
    """The table of a file: header and data rows as text cells, with their line numbers.

    ``encoding`` describes how the file was read (« UTF-8, séparateur « ; » », « classeur Excel
    (.xlsx), feuille « Effectif » »); ``skipped`` lists the title, blank and footer lines left out;
    ``other_sheets`` names the sheets not read, with why (« masquée »); ``misnamed`` says what
    the file really is when its extension names another format (« le fichier est en réalité un
    classeur Excel (.xlsx), malgré son extension « .xls » »), else « ».
    """

    source: str
    encoding: str
    header_line: int
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    skipped: tuple[SkippedLine, ...] = ()
    sheet: str = ""
    other_sheets: tuple[str, ...] = ()
    cell_names: bool = False
    unreadable: dict[tuple[int, int], str] = field(default_factory=dict)
    misnamed: str = ""

    def cell_name(self, line: int, column: int) -> str | None:
        """« E2 » for a spreadsheet cell (0-based column), None for a text file."""
        return f"{column_letters(column)}{line}" if self.cell_names else None

    def footers(self) -> tuple[SkippedLine, ...]:
        return tuple(s for s in self.skipped if s.kind == "pied")

    def blank_lines(self) -> tuple[int, ...]:
        return tuple(s.line for s in self.skipped if s.kind == "vide")


def column_letters(index: int) -> str:
    """Spreadsheet column letters of a 0-based index: 0 → « A », 27 → « AB »."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
