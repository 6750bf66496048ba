"""File dialogs that start where the user last saved that kind of file, in the interface's language.

Each kind of file (tables exported to Excel, reports, RGPD exports, the plan, headcount files:
``gui.settings.FOLDER_KINDS``) remembers its own folder; the first time, dialogs open in the
user's Documents folder, never in the program's folder. The dialogs are Qt's own (not the
system's), so Qt's French catalogue names their fields (« Voir dans », « Fichiers de type »)
whatever the system's language, and tests can fill them like a user.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from gui.settings import Settings


def _dialog(parent: QWidget | None, title: str, folder: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setObjectName("passerellesFileDialog")
    return dialog


def _settings(parent: QWidget | None) -> Settings:
    """The window's settings when the parent knows them (tests), else the user's."""
    widget = parent
    while widget is not None:
        context = getattr(widget, "context", None)
        settings = getattr(context, "settings", None) or getattr(widget, "settings", None)
        if isinstance(settings, Settings):
            return settings
        widget = widget.parentWidget()
    return Settings()


def save_file(parent: QWidget | None, kind: str, title: str, name: str, filters: str,
              suffix: str) -> Path | None:
    """Ask where to save a file; ``name`` is suggested in the folder last used for ``kind``.

    ``suffix`` (« xlsx », « pdf », « json ») is added when the user types a name without it;
    Qt asks before replacing an existing file. None when the user cancels.
    """
    settings = _settings(parent)
    dialog = _dialog(parent, title, settings.folder(kind), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(name)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    settings.set_folder(kind, path.parent)
    return path


def open_file(parent: QWidget | None, kind: str, title: str, filters: str) -> Path | None:
    """Ask for an existing file, starting in the folder last used for ``kind``."""
    settings = _settings(parent)
    dialog = _dialog(parent, title, settings.folder(kind), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    settings.set_folder(kind, path.parent)
    return path


def choose_folder(parent: QWidget | None, kind: str, title: str) -> Path | None:
    """Ask for a folder, starting in the one last used for ``kind``."""
    settings = _settings(parent)
    dialog = _dialog(parent, title, settings.folder(kind), "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    settings.set_folder(kind, path)
    return path
