"""Application start-up: QApplication, French translations, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run_gui(argv: Sequence[str]) -> int:
    """Show the main window and run the event loop."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("Passerelles")
    app.setOrganizationName("Observatoire des métiers de l'assistance")
    translator = QTranslator(app)
    if translator.load(QLocale("fr_FR"), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    window = MainWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv))
