"""The question asked before unsaved work is left: save it, drop it, or stay.

Switching person, closing the window (Ctrl+Q) or closing a dialog with a person's edits not yet
saved asks « Enregistrer » (the default button, so Enter saves), « Ne pas enregistrer » or
« Annuler » (Escape: nothing happens, the edits stay on screen).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_to_save(parent: QWidget | None, text: str) -> Answer:
    """Ask with Save (default) / Discard / Cancel; Escape or closing the box means Cancel."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("Unsaved", "Modifications non enregistrées"),
                      text, buttons.Save | buttons.Discard | buttons.Cancel, parent)
    box.button(buttons.Save).setText(QCoreApplication.translate("Unsaved", "Enregistrer"))
    box.button(buttons.Discard).setText(QCoreApplication.translate("Unsaved",
                                                                   "Ne pas enregistrer"))
    box.button(buttons.Cancel).setText(QCoreApplication.translate("Unsaved", "Annuler"))
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.exec()
    clicked = box.standardButton(box.clickedButton()) if box.clickedButton() else buttons.Cancel
    return {buttons.Save: Answer.SAVE, buttons.Discard: Answer.DISCARD}.get(clicked,
                                                                             Answer.CANCEL)


def confirm_close(root: QWidget) -> bool:
    """Before ``root`` closes: ``root`` and every widget in it with unsaved work (a
    ``maybe_save()`` method, like the person editor or the add-person dialog) saves it or drops
    it as the user answers.

    False when the user chose « Annuler » somewhere: ``root`` must stay open.
    """
    for widget in [root, *root.findChildren(QWidget)]:
        ask = getattr(widget, "maybe_save", None)
        if callable(ask) and not ask():
            return False
    return True


class GuardedDialog(QDialog):
    """A dialog that asks about unsaved work inside it before closing (Escape, the close
    button, ``reject()``); « Annuler » keeps it open. Dialogs holding a person's edits derive
    from it."""

    def reject(self) -> None:
        if confirm_close(self):
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if confirm_close(self):
            super().closeEvent(event)
        else:
            event.ignore()
