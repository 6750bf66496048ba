"""The start-up dialog for a damaged database: restore the last backup, or quit.

The texts and the choice of backup come from ``domain.store.recovery``; this module only
shows them and acts on the button pressed. Restoring is a file copy through SQLite's backup
API (well under a second), so it runs directly on the UI thread before loading starts again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

RESTORE, OPEN_FOLDER, QUIT = "restore", "open_folder", "quit"


class DamagedStoreDialog(QMessageBox):
    """« Restaurer la dernière sauvegarde (du …) » or « Quitter »; the folder when no backup."""

    def __init__(self, offer: Any, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, self.tr("Base de données endommagée"),
                         offer.summary, QMessageBox.StandardButton.NoButton, parent)
        self.offer = offer
        self.setInformativeText(offer.advice)
        if offer.problem:
            self.setDetailedText(self.tr("Diagnostic de SQLite : {problem}").format(
                problem=offer.problem))
        self.restore_button = None
        if offer.backup is not None:
            self.restore_button = self.addButton(offer.restore_label,
                                                 QMessageBox.ButtonRole.AcceptRole)
        self.folder_button = self.addButton(self.tr("Ouvrir le dossier des données"),
                                            QMessageBox.ButtonRole.ActionRole)
        self.quit_button = self.addButton(self.tr("Quitter"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.folder_button)
        self.setEscapeButton(self.quit_button)

    def ask(self) -> str:
        """Show the dialog and return RESTORE, OPEN_FOLDER or QUIT."""
        self.exec()
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.restore_button:
            return RESTORE
        if clicked is self.folder_button:
            return OPEN_FOLDER
        return QUIT


def resolve_damaged_store(error: Any, parent: QWidget | None = None) -> str | None:
    """Ask until the user restores a backup or quits; the status message, or None to quit.

    ``error`` is the ``domain.store.connection.DamagedStoreError`` raised at start-up. Opening the data
    folder leaves the question open; a failed restore is explained, then asked again.
    """
    from domain.errors import StoreError
    from domain.store.recovery import recovery_offer, restore, restored_message
    from gui.errors import report_exception

    parent = parent or _window()
    while True:
        offer = recovery_offer(error.db, getattr(error, "problem", ""))
        choice = DamagedStoreDialog(offer, parent).ask()
        if choice == QUIT:
            return None
        if choice == OPEN_FOLDER:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(offer.folder)))
            continue
        try:
            report = restore(offer)
        except StoreError as exc:
            report_exception(exc, parent)
            continue
        return restored_message(offer, report)


def _window() -> QWidget | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    return app.activeWindow() or next(
        (w for w in app.topLevelWidgets() if w.isWindow() and w.isVisible()), None)
