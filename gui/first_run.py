"""Importing a ROME release from the window: explanation, choice of source, progress, cancel.

Shown at first start when the store holds no release, from Fichier › Importer le ROME and from
« Versions du ROME ». The import runs on the store's writer (one transaction: a cancel or an
error leaves the previous release untouched); the dialog only reports progress. When the
import replaced a release, :class:`gui.rome_upgrade_dialog.RomeUpgradeDialog` then says what
changed (jobs, ROME sheets, recorded levels and competencies, bridges); the release replaced
is handed to it for the bridge comparison and no longer kept here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.app_context import AppContext
from gui.settings import LAST_FOLDER
from gui.workers import Operation


def import_and_load(conn, path: str, progress, cancelled) -> tuple[object, object]:
    """Store-writer side: import into the store, then read the release back (fills the cache)."""
    from domain.rome.importer import import_release
    from domain.rome.repository import load_release

    report = import_release(conn, path, progress, cancelled)
    progress(1.0, QCoreApplication.translate("FirstRunDialog", "Lecture de la version importée"))
    return report, load_release(conn)


class FirstRunDialog(QDialog):
    """Explains what the ROME is for, lets the user pick a folder or a zip, imports it."""

    imported = Signal(str, str)  # source path, French summary

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 path: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operation: Operation | None = None
        self.report = None
        self.setWindowTitle(self.tr("Importer le ROME"))
        self.setMinimumWidth(640)
        self._build()
        if path:
            self.path_edit.setText(path)
        self._update_buttons()

    def _build(self) -> None:
        has_release = self.context.release is not None
        self.intro = intro = QLabel(self._explanation(has_release), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Dossier ou fichier zip RefRomeCsv"))
        self.path_edit.textChanged.connect(self._update_buttons)
        self.folder_button = QPushButton(self.tr("Choisir un &dossier…"), self)
        self.folder_button.clicked.connect(self._choose_folder)
        self.zip_button = QPushButton(self.tr("Choisir un fichier &zip…"), self)
        self.zip_button.clicked.connect(self._choose_zip)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.folder_button)
        row.addWidget(self.zip_button)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.progress_bar.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Importer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _explanation(self, has_release: bool) -> str:
        lead = (self.tr("Une version du ROME est déjà importée ({version}). Importer une "
                        "version plus récente la remplace ; vos niveaux d'impact modifiés "
                        "sont conservés.").format(version=self.context.release.version)
                if has_release else
                self.tr("<b>Aucune version du ROME n'est encore importée.</b> Les scores et "
                        "profils de l'étude sont disponibles sans lui ; les compétences des "
                        "métiers, leurs niveaux d'impact et les passerelles en ont besoin."))
        how = self.tr(
            "Téléchargez les fichiers « RefRomeCsv » (version 4.60 ou plus récente) sur le "
            "site open data de France Travail, puis choisissez le "
            "dossier décompressé ou le fichier zip. L'import prend moins d'une minute ; "
            "il peut être annulé sans rien modifier. Source : France Travail, ROME 4.0, "
            "Licence Ouverte v2.0."
        )
        return f"<p>{lead}</p><p>{how}</p>"

    # Choosing ---------------------------------------------------------------------------
    def _start_folder(self) -> str:
        current = self.path_edit.text().strip()
        if current:
            return str(Path(current).parent)
        return self.context.settings.get(LAST_FOLDER) or str(Path.home())

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier du ROME (RefRomeCsv)"), self._start_folder())
        if folder:
            self.path_edit.setText(folder)

    def _choose_zip(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Fichier zip du ROME"), self._start_folder(),
            self.tr("Archives zip (*.zip);;Tous les fichiers (*)"))
        if path:
            self.path_edit.setText(path)

    def _update_buttons(self) -> None:
        busy = self.operation is not None
        self.import_button.setEnabled(bool(self.path_edit.text().strip()) and not busy)
        for widget in (self.path_edit, self.folder_button, self.zip_button):
            widget.setEnabled(not busy)

    # Importing --------------------------------------------------------------------------
    def start_import(self) -> None:
        path = self.path_edit.text().strip()
        if not path or self.operation is not None:
            return
        self.context.settings.set(LAST_FOLDER, str(Path(path).parent))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.status.setText(self.tr("Import en cours…"))
        # On the store's one writer, cancellable: closing the window rolls the import back.
        operation = self.context.store.submit(
            lambda conn, progress, cancelled: import_and_load(conn, path, progress, cancelled),
            on_success=lambda result: self._succeeded(path, result),
            on_failure=self._failed,
            on_progress=self._progressed,
            cancellable=True,
            parent=self,
        )
        self.operation = operation if operation.running else None  # an immediate pool is done
        self._update_buttons()

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress_bar.setValue(round(max(0.0, min(1.0, fraction)) * 1000))
        if message:
            self.status.setText(message)

    def _succeeded(self, path: str, result: tuple[object, object]) -> None:
        from dataclasses import replace

        from gui.rome_upgrade_dialog import worth_showing

        self.operation = None
        report, _release = result
        del result
        if getattr(report, "unchanged", False):
            message = self.tr("La version {v} du ROME était déjà importée.").format(
                v=report.version)
        else:
            message = self.tr("ROME {v} importé : {n} fiches métiers en {s:.0f} s.").format(
                v=report.version, n=report.sheets, s=report.seconds)
        self.context.reload_release()
        self.imported.emit(path, message)
        previous = report.previous
        self.report = replace(report, previous=None)  # the old release goes to the comparison
        del report
        if worth_showing(self.report.upgrade):
            self.show_upgrade(previous)
        del previous
        self.accept()

    def show_upgrade(self, previous: object) -> None:
        """What the import changed, bridges compared on a worker (``previous`` given away)."""
        from gui.rome_upgrade_dialog import RomeUpgradeDialog

        parent = self.parentWidget()
        self.upgrade_dialog = RomeUpgradeDialog(self.context, self.report.upgrade, previous,
                                                parent)
        self.upgrade_dialog.open()

    def _failed(self, exc: BaseException) -> None:
        from domain.rome.files import ImportCancelled
        from gui.errors import report_exception

        self.operation = None
        self.progress_bar.hide()
        self._update_buttons()
        if isinstance(exc, ImportCancelled):
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("L'import n'a pas abouti ; rien n'a été modifié."))
        report_exception(exc, self)

    def _cancel_or_close(self) -> None:
        if self.operation is not None:
            self.status.setText(self.tr("Annulation…"))
            self.operation.cancel()
            return
        self.reject()

    def reject(self) -> None:  # Escape key included: never leave an import running unseen
        if self.operation is not None:
            self.operation.cancel()
            return
        super().reject()
