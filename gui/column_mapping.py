"""The « Colonnes » page of the roster import: which column of the file holds which field.

One line per header of the file: the header as written, a choice of field (or « non
utilisée ») and how that choice came about (recognised, chosen by the user, remembered for
these headers). Changing a choice emits :attr:`ColumnMappingPanel.mapping_changed` with the
whole mapping in force (header as written → field of ``domain.people.roster_columns.FIELDS``,
« » for a column left out); the import dialog then reads the file again with it, and the
import remembers it for the next file with the same headers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# The French names of the roster fields, in the order of ``roster_columns.FIELDS``.
FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("ColumnMappingPanel", "Matricule"),
    "last_name": QT_TRANSLATE_NOOP("ColumnMappingPanel", "Nom (de naissance)"),
    "usage_name": QT_TRANSLATE_NOOP("ColumnMappingPanel", "Nom d'usage"),
    "first_name": QT_TRANSLATE_NOOP("ColumnMappingPanel", "Prénom"),
    "job": QT_TRANSLATE_NOOP("ColumnMappingPanel", "Métier (intitulé de poste)"),
    "entry_date": QT_TRANSLATE_NOOP("ColumnMappingPanel", "Date d'entrée"),
    "exit_date": QT_TRANSLATE_NOOP("ColumnMappingPanel", "Date de sortie"),
    "wishes": QT_TRANSLATE_NOOP("ColumnMappingPanel", "Souhaits"),
}
UNUSED = ""  # the mapping's value for a column left out


def field_label(field: str) -> str:
    return QCoreApplication.translate("ColumnMappingPanel", FIELD_LABELS[field])


class ColumnMappingPanel(QWidget):
    """A field chooser per header of the file read; emits the mapping the user set."""

    mapping_changed = Signal(object)  # dict: header as written → field, or « » (left out)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[str, tuple[QComboBox, QLabel]] = {}  # header → chooser, note
        self._mapping: dict[str, str] = {}
        self.intro = QLabel(self.tr(
            "Chaque colonne du fichier et ce qu'elle contient. Les en-têtes usuels sont "
            "reconnus d'eux-mêmes ; pour une autre colonne, choisissez le champ qu'elle "
            "contient. Votre choix est retenu pour les prochains fichiers qui ont les mêmes "
            "en-têtes."), self)
        self.intro.setWordWrap(True)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)

    # Showing ----------------------------------------------------------------------------
    def show_preview(self, preview: Any) -> None:
        """One line per non-empty header of ``preview`` (a ``RosterPreview``).

        The same headers as shown keep their choosers (a keyboard user keeps the focus).
        """
        self._mapping = dict(preview.column_mapping)
        headers = tuple(dict.fromkeys(h for h in preview.headers if h.strip()))
        if headers != tuple(self.combos):
            self._rebuild(headers)
        used = {header: field for field, header in preview.columns.items()}
        user = {_key(h): f for h, f in self._mapping.items()}
        for header, (combo, note) in self.combos.items():
            chosen = _key(header) in user
            field = user[_key(header)] if chosen else used.get(header, UNUSED)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            note.setText(self._how(header, field, chosen, used, preview))

    def _rebuild(self, headers: tuple[str, ...]) -> None:
        self._clear()
        for title, column in ((self.tr("Colonne du fichier"), 0), (self.tr("Contient"), 1),
                              (self.tr("Comment elle est lue"), 2)):
            self._grid.addWidget(QLabel(f"<b>{title}</b>", self._grid_host), 0, column)
        for row, header in enumerate(headers, start=1):
            self._add_line(row, header)
        self._grid.setRowStretch(len(headers) + 1, 1)

    def _how(self, header: str, field: str, chosen: bool, used: dict[str, str],
             preview: Any) -> str:
        if field and used.get(header) != field:
            other = next((h for h, f in used.items() if f == field), "")
            return self.tr("« {field} » est déjà lu dans la colonne « {other} » : choisissez "
                           "une seule colonne").format(field=field_label(field), other=other)
        if chosen:
            if preview.mapping_remembered:
                return self.tr("choix retenu pour ces en-têtes")
            return self.tr("votre choix")
        if field:
            return self.tr("reconnue")
        from domain.people.roster_columns import field_of

        named = field_of(header)
        if named in FIELD_LABELS:
            return self.tr("non utilisée : « {field} » est lu dans une autre colonne").format(
                field=field_label(named))
        return self.tr("non reconnue : ignorée (rien n'est enregistré)")

    def _add_line(self, row: int, header: str) -> None:
        name = QLabel(header, self._grid_host)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        combo = QComboBox(self._grid_host)
        combo.addItem(self.tr("(non utilisée)"), UNUSED)
        for key in FIELD_LABELS:
            combo.addItem(field_label(key), key)
        combo.setAccessibleName(self.tr("Contenu de la colonne « {header} »").format(
            header=header))
        combo.activated.connect(lambda _i, h=header, c=combo: self._chosen(h, c.currentData()))
        note = QLabel(self._grid_host)
        note.setWordWrap(True)
        self._grid.addWidget(name, row, 0)
        self._grid.addWidget(combo, row, 1)
        self._grid.addWidget(note, row, 2)
        self.combos[header] = (combo, note)

    def _clear(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)
        self.combos = {}

    # Choosing ---------------------------------------------------------------------------
    def combo(self, header: str) -> QComboBox:
        """The chooser of the column ``header``."""
        return self.combos[header][0]

    def choose(self, header: str, field: str) -> None:
        """What picking ``field`` in the chooser of ``header`` does."""
        combo = self.combo(header)
        combo.setCurrentIndex(combo.findData(field))
        self._chosen(header, field)

    def _chosen(self, header: str, field: str) -> None:
        mapping = {h: f for h, f in self._mapping.items() if _key(h) != _key(header)}
        mapping[header] = field or UNUSED
        self._mapping = mapping
        self.mapping_changed.emit(dict(mapping))


def _key(header: str) -> str:
    from domain.people.roster_columns import header_key

    return header_key(header)
