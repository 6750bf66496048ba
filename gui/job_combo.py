"""The job choosers: an editable combo box that completes on any part of a name.

The Passerelles and Fiche métier views pick a study job this way, and the person editor picks
a competency of the job the same way; the study's jobs are listed in accent-insensitive
alphabetical order everywhere (``domain.text.fold``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


def searchable_combo(parent: QWidget, width: int = 34) -> QComboBox:
    """An editable combo box whose typed text filters its items (no new item inserted)."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(width)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def fill_jobs(combo: QComboBox, study: Any) -> None:
    """List the study's jobs (text and data: the name), sorted, none chosen; emits nothing."""
    from domain.text import fold

    blocker = QSignalBlocker(combo)
    combo.clear()
    for job in sorted(study.jobs, key=lambda j: fold(j.name)):
        combo.addItem(job.name, job.name)
    combo.setCurrentIndex(-1)
    blocker.unblock()
