"""Errors in the window: a French dialog for the user, the details in a log file.

``domain`` raises :class:`~domain.errors.UserError` with a message that says what is wrong and
where; that message is shown as is. Anything else is a bug: the traceback goes to
``passerelles.log`` in the data folder and the user sees a short French explanation naming
that file, instead of a window that vanishes.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from domain.errors import UserError

LOG_NAME = "passerelles.log"
log = logging.getLogger("passerelles")
_installed_handler: logging.Handler | None = None


def log_path() -> Path:
    from domain.paths import data_dir

    return data_dir() / LOG_NAME


def setup_logging() -> Path:
    """Log warnings and errors to a rotating file in the data folder (no personal data)."""
    from logging.handlers import RotatingFileHandler  # not needed before the first log line

    global _installed_handler
    path = log_path()
    if _installed_handler is not None:
        log.removeHandler(_installed_handler)
        _installed_handler.close()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _installed_handler = handler
    return path


def show_user_error(error: UserError, parent: QWidget | None = None) -> None:
    """The domain's French message, as it is: it already says what to fix and where."""
    QMessageBox.warning(_parent(parent), "Passerelles", str(error))


def show_unexpected_error(exc: BaseException, parent: QWidget | None = None) -> None:
    path = log_path()
    text = QCoreApplication.translate(
        "ErrorDialog",
        "Une erreur inattendue s'est produite ; l'opération n'a pas abouti.\n\n"
        "Le détail technique a été enregistré dans le fichier :\n{path}\n\n"
        "Transmettez ce fichier au support si l'erreur se reproduit."
    ).format(path=path)
    box = QMessageBox(QMessageBox.Icon.Critical, "Passerelles", text,
                      QMessageBox.StandardButton.Ok, _parent(parent))
    box.setDetailedText(f"{type(exc).__name__}: {exc}")
    box.exec()


def report_exception(exc: BaseException, parent: QWidget | None = None) -> None:
    """Show ``exc`` to the user: its message if it is a UserError, else log it first."""
    if isinstance(exc, UserError):
        _log_user_error(exc)
        show_user_error(exc, parent)
        return
    _log_exception(type(exc), exc, exc.__traceback__)
    show_unexpected_error(exc, parent)


def excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Replacement for ``sys.excepthook``: exceptions escaping a Qt slot end here."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if QApplication.instance() is None:
        _log_exception(exc_type, exc, tb)
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    report_exception(exc)


def install_excepthook() -> None:
    """Route uncaught exceptions to the dialog; the log file is opened on first use."""
    sys.excepthook = excepthook


def _ensure_logging() -> None:
    """(Re)open the log when the data folder changed (tests, PASSERELLES_DATA_DIR)."""
    current = getattr(_installed_handler, "baseFilename", None)
    if current != str(log_path()):
        setup_logging()


def _log_user_error(exc: UserError) -> None:
    try:
        _ensure_logging()
        log.info("Erreur signalée à l'utilisateur : %s", exc)
    except OSError:
        pass


def _log_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    try:
        _ensure_logging()
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Erreur inattendue\n%s", text)
    except OSError:  # the data folder itself may be the problem: still show the dialog
        pass


def _parent(parent: QWidget | None) -> QWidget | None:
    if parent is not None:
        return parent
    app = QApplication.instance()
    return app.activeWindow() if isinstance(app, QApplication) else None
