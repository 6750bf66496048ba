"""A study-job chooser that finds « Chargée d'assistance » when the user types « chargee ».

Built on :func:`gui.job_combo.searchable_combo` (an editable combo whose typed text filters the
58 jobs, compared folded by ``domain.text.fold``: case, accents, apostrophes, and ranked: the
exact name first, then the names starting with the typed text), the way every other job is
picked in the application. Suggestions for an unknown title (``JobMatcher.suggestions``) are
listed first while nothing is typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from gui.job_combo import searchable_combo

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 7  # the job's name folded, matched by the completer


def search_key(text: str) -> str:
    """« Chargé d’Assistance » → « charge d assistance »: folded, punctuation as spaces."""
    from domain.text import fold

    return " ".join(re.split(r"[^0-9a-zœ]+", fold(text))).strip()


def job_picker(parent: QWidget, study: Any, width: int = 34) -> QComboBox:
    """An editable combo of the study's jobs (item data: the job's name), none chosen."""
    combo = searchable_combo(parent, width)
    set_jobs(combo, study)
    return combo


def set_jobs(combo: QComboBox, study: Any, first: Sequence[str] = ()) -> None:
    """List ``first`` (suggestions, in their order), then every other job alphabetically.

    Emits nothing; no job is chosen afterwards.
    """
    from domain.text import fold

    names = [job.name for job in study.jobs] if study is not None else []
    leading = [name for name in first if name in names]
    rest = sorted((n for n in names if n not in leading), key=fold)
    blocker = QSignalBlocker(combo)
    combo.clear()
    for name in (*leading, *rest):
        combo.addItem(name, name)
        combo.setItemData(combo.count() - 1, search_key(name), FOLDED_ROLE)
    if leading and rest:
        combo.insertSeparator(len(leading))
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    blocker.unblock()


def chosen_job(combo: QComboBox) -> str:
    """The job chosen in the combo (a name of the study), or '' when the text names none."""
    data = combo.currentData()
    if data and combo.currentText() == combo.itemText(combo.currentIndex()):
        return str(data)
    typed = search_key(combo.currentText())
    if not typed:
        return ""
    for row in range(combo.count()):
        if combo.itemData(row, FOLDED_ROLE) == typed:
            return str(combo.itemData(row))
    return ""
