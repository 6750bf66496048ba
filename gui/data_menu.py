"""The main window's entries for the data kept beside the people: ROME releases, job titles.

``add_data_actions(window, menu)`` adds « Versions du ROME… » and « Correspondances des
intitulés de poste… » to a menu of the main window (Fichier); each opens its dialog, one at a
time, non-blocking. The dialogs live in their own modules.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget


def add_data_actions(window: QWidget, menu: QMenu) -> tuple[QAction, QAction]:
    """Add the two entries to ``menu`` (after what is there); returns the actions."""
    versions = QAction(QCoreApplication.translate("DataMenu", "&Versions du ROME…"), window)
    versions.setStatusTip(QCoreApplication.translate(
        "DataMenu", "Les versions du ROME importées, et revenir à l'une d'elles"))
    versions.triggered.connect(lambda: open_rome_versions(window))
    titles = QAction(QCoreApplication.translate(
        "DataMenu", "&Correspondances des intitulés de poste…"), window)
    titles.setStatusTip(QCoreApplication.translate(
        "DataMenu", "Les intitulés de poste de votre entreprise associés aux métiers de l'étude"))
    titles.triggered.connect(lambda: open_job_titles(window))
    menu.addAction(versions)
    menu.addAction(titles)
    context = window.context
    for action in (versions, titles):  # both read the store: once it is open
        action.setEnabled(context.is_loaded)
        context.loaded.connect(lambda a=action: a.setEnabled(context.data is not None))
    return versions, titles


def open_rome_versions(window: QWidget):
    """Show the « Versions du ROME » dialog of ``window`` (a ``MainWindow``)."""
    from gui.rome_versions_dialog import RomeVersionsDialog

    return _show(window, "_rome_versions_dialog",
                 lambda: RomeVersionsDialog(window.context, window))


def open_job_titles(window: QWidget):
    """Show the correspondence table of job titles of ``window`` (a ``MainWindow``)."""
    from gui.job_titles_dialog import JobTitlesDialog

    return _show(window, "_job_titles_dialog", lambda: JobTitlesDialog(window.context, window))


def _show(window: QWidget, attribute: str, build):
    """One dialog of each kind per window, read again each time it is shown."""
    if not window.context.is_loaded:
        return None
    dialog = getattr(window, attribute, None)
    if dialog is None:
        dialog = build()
        setattr(window, attribute, dialog)
    elif not dialog.isVisible():
        dialog.reload()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
