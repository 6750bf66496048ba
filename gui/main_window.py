"""The main window: menus, toolbar and one tab per view."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Passerelles")
        self.resize(1200, 800)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(QLabel("Cartographie des métiers"), "Cartographie des métiers")
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage("Prêt")
