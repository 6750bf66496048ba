"""The user guide inside the window (F1, Aide menu): ``docs/guide_utilisateur.md``, as written.

One text for the repository and the application: the window shows the Markdown file itself
(shipped as ``domain/resources/help/guide_utilisateur.md`` in the wheel and the Windows
build), with its headings listed on the left. F1 opens it at the section of the view shown
(:data:`VIEW_SECTIONS`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

GUIDE_NAME = "guide_utilisateur.md"
# The guide's heading for each tab of the window (gui.main_window.VIEWS keys).
VIEW_SECTIONS: dict[str, str] = {
    "job_map": "Cartographie des métiers",
    "job_sheet": "Fiche métier",
    "graph": "Graphe des compétences",
    "bridges": "Passerelles",
    "plan": "Plan collectif",
    "people": "Collaborateurs",
    "reports": "Rapports",
}


def guide_path() -> Path:
    """The guide shipped with the application, else the one of the source tree."""
    from domain.paths import PROJECT_ROOT, RESOURCES

    shipped = RESOURCES / "help" / GUIDE_NAME
    return shipped if shipped.is_file() else PROJECT_ROOT / "docs" / GUIDE_NAME


def guide_text() -> str:
    try:
        return guide_path().read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate(
            "HelpWindow", "# Guide introuvable\n\nLe guide d'utilisation ({path}) est absent de "
            "cette installation.").format(path=guide_path())


class HelpWindow(QDialog):
    """The guide, with its sections on the left; stays open beside the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide d'utilisation de Passerelles"))
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text())
        self.sections = QListWidget(self)
        self.sections.setWordWrap(True)  # long headings on two lines, never cut
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.sections.itemActivated.connect(
            lambda item: self.show_section(item.data(Qt.ItemDataRole.UserRole)))
        self.sections.itemClicked.connect(
            lambda item: self.show_section(item.data(Qt.ItemDataRole.UserRole)))
        for title, level in self.headings():
            item = QListWidgetItem(("    " * max(0, level - 2)) + title if level > 1 else title)
            item.setData(Qt.ItemDataRole.UserRole, title)
            self.sections.addItem(item)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sections)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 620])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)

    def headings(self) -> list[tuple[str, int]]:
        """(title, level) of every heading of the guide, in order."""
        found = []
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                found.append((block.text().strip(), level))
            block = block.next()
        return found

    def show_section(self, title: str) -> bool:
        """Scroll so the heading ``title`` is at the top; False when the guide has none."""
        title = title.strip()
        document: QTextDocument = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text().strip() == title:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                top = document.documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))
                for row in range(self.sections.count()):
                    item = self.sections.item(row)
                    if item.data(Qt.ItemDataRole.UserRole) == title:
                        self.sections.setCurrentRow(row)
                return True
            block = block.next()
        return False

    def current_section(self) -> str:
        """The heading of the section last opened (the text cursor's), else ""."""
        block = self.browser.textCursor().block()
        while block.isValid():
            if block.blockFormat().headingLevel():
                return block.text().strip()
            block = block.previous()
        return ""


def show_help(parent: QWidget | None, view_key: str | None = None) -> HelpWindow:
    """Open (or bring forward) the guide, at the section of ``view_key`` when it has one."""
    window = parent.findChild(HelpWindow) if parent is not None else None
    if window is None:
        window = HelpWindow(parent)
    window.show()
    window.raise_()
    window.activateWindow()
    section = VIEW_SECTIONS.get(view_key or "")
    if section:
        window.show_section(section)
    return window
