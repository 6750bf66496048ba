"""Application start-up: the QApplication, its translations, the store's window lock, the
main window shown before the data loads (:mod:`gui.app_context`)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from gui.app_context import AppContext
from gui.settings import LANGUAGE, Settings

APP_NAME = "Passerelles"


# Start-up ---------------------------------------------------------------------------------

def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with high-DPI rounding, names and translations installed."""
    existing = QApplication.instance()
    if existing is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        existing = QApplication(list(argv))
    app: QApplication = existing  # type: ignore[assignment]
    # Qt's own file dialogs rather than the system's: they speak the interface's language
    # (« Regarder dans », « Fichiers de type ») on every system, whatever its own language.
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    install_translations(app, Settings().get(LANGUAGE))
    return app


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own catalogue (« Annuler ») and, in English, the application's catalogue."""
    from domain.paths import RESOURCES

    for old in getattr(app, "_passerelles_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    locale = QLocale(QLocale.Language.English if language == "en" else QLocale.Language.French,
                     QLocale.Country.UnitedKingdom if language == "en"
                     else QLocale.Country.France)
    QLocale.setDefault(locale)
    if language != "en":
        qt = qt_catalogue(app, locale)
        if qt is not None:
            app.installTranslator(qt)
            installed.append(qt)
        # Qt 6 added mnemonics to some file-dialog labels and qtbase_fr was not updated: our
        # complement (resources/translations/qt_complement_fr.ts) says « Regarder dans ».
        complement = QTranslator(app)
        if complement.load(str(RESOURCES / "translations" / "qt_complement_fr.qm")):
            app.installTranslator(complement)
            installed.append(complement)
    if language == "en":
        own = QTranslator(app)
        if own.load(str(RESOURCES / "translations" / "passerelles_en.qm")):
            app.installTranslator(own)
            installed.append(own)
    app._passerelles_translators = installed  # type: ignore[attr-defined]
    return installed


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues may be: Qt's configured folder, then PySide6's (a frozen
    build may not configure the first)."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    try:
        import PySide6

        base = Path(PySide6.__file__).resolve().parent
        folders += [str(base / "Qt" / "translations"), str(base / "translations")]
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is always importable here
        pass
    return list(dict.fromkeys(f for f in folders if f))


def qt_catalogue(app: QApplication, locale: QLocale) -> QTranslator | None:
    """Qt's catalogue for ``locale`` (« Annuler », « Regarder dans : »), or None if absent."""
    for folder in qt_translation_folders():
        translator = QTranslator(app)
        if translator.load(locale, "qtbase", "_", folder):
            return translator
    from gui.errors import log

    log.warning("Catalogue de Qt introuvable pour %s", locale.name())
    return None


def rome_argument(argv: Sequence[str]) -> str | None:
    """The release named by ``--rome PATH`` (as ``main.py`` passes it), if any."""
    args = list(argv)
    for index, arg in enumerate(args):
        if arg == "--rome" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--rome="):
            return arg.split("=", 1)[1]
    return None


def start(argv: Sequence[str], *, load: bool = True):
    """Create the application and show the main window; data loads after it is shown."""
    from gui.errors import install_excepthook
    from gui.main_window import MainWindow

    app = create_application(argv)
    install_excepthook()
    window = MainWindow(AppContext(Settings(), rome_cli=rome_argument(argv)))
    window.show()
    if load:
        window.start_loading_when_shown()
    return app, window


def claim_store(ask: Callable[[str], bool] | None = None) -> Any:
    """This window's claim on the store (issue 12): a ``WindowLock`` to keep while it is open.

    When another window already holds the store, ``ask(message)`` (by default a question box:
    open anyway?) decides: ``None`` means the user chose not to open a second window.
    """
    from domain.paths import database_path
    from domain.store.window_lock import WindowLock, take_window_lock

    db = database_path()
    try:
        lock = take_window_lock(db)
    except OSError:  # the folder is not writable: opening the store will say why
        return WindowLock(db, False)
    if lock.held:
        return lock
    return lock if (ask or _open_anyway)(lock.message()) else None


def _open_anyway(message: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    # The message comes from the domain, in French; the question stays French with it.
    answer = QMessageBox.question(
        None, APP_NAME, message + "\n\nOuvrir quand même une seconde fenêtre ?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def run_gui(argv: Sequence[str]) -> int:
    """Show the main window and run the event loop (after checking no other window has the
    store open)."""
    create_application(argv)
    lock = claim_store()
    if lock is None:
        return 0
    app, window = start(argv)
    code = app.exec()
    window.context.close()
    lock.release()
    return code


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv))
