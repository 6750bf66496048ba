"""A PDF report shown inside the window (QtPdf), with its save, print, page and zoom controls.

The widget only displays a finished file; what to build, save or print is decided by
:mod:`gui.reports_view`, which connects to :attr:`ReportPreview.save_button` and
:attr:`ReportPreview.print_button`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.2, 0.2, 5.0


class ReportPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.title = QLabel(self.tr("Choisissez une personne pour voir son rapport."), self)
        self.title.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Enregistrer sous…"), self)
        self.print_button = QPushButton(self.tr("Imprimer…"), self)
        self.zoom_out = QPushButton("−", self)
        self.zoom_out.setToolTip(self.tr("Réduire"))
        self.zoom_out.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in = QPushButton("+", self)
        self.zoom_in.setToolTip(self.tr("Agrandir"))
        self.zoom_in.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedWidth(32)
        self.fit_button = QPushButton(self.tr("Pleine largeur"), self)
        self.fit_button.clicked.connect(
            lambda: self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.page_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addStretch(1)
        for widget in (self.page_label, self.zoom_out, self.zoom_in, self.fit_button):
            bar.addWidget(widget)
        self.notice_label = QLabel(self)
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.pageNavigator().currentPageChanged.connect(lambda _p: self._show_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.pdf_view, 1)
        self.set_ready(False)

    def show_file(self, path: Path, title: str, notices: Sequence[str] = ()) -> None:
        """Display ``path``; ``notices`` are the report's own remarks (e.g. no ROME release)."""
        self.document.load(str(path))
        self.notice_label.setText("\n".join(self.tr("Remarque : {n}").format(n=n)
                                            for n in notices))
        self.notice_label.setVisible(bool(notices))
        self.title.setText(self.tr("<b>{title}</b> — {pages} pages").format(
            title=title, pages=self.document.pageCount()))
        self.set_ready(True)
        self._show_page()

    def show_message(self, text: str) -> None:
        self.title.setText(text)

    def set_ready(self, ready: bool) -> None:
        for widget in (self.save_button, self.print_button, self.zoom_in, self.zoom_out,
                       self.fit_button):
            widget.setEnabled(ready)

    def page_count(self) -> int:
        return self.document.pageCount()

    def _show_page(self) -> None:
        count = self.document.pageCount()
        current = self.pdf_view.pageNavigator().currentPage() + 1
        self.page_label.setText(self.tr("Page {n} / {total}").format(n=current, total=count)
                                if count else "")

    def zoom_by(self, factor: float) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        zoom = self.pdf_view.zoomFactor() * factor
        self.pdf_view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, zoom)))

    def go_to_page(self, page: int) -> None:
        self.pdf_view.pageNavigator().jump(page, QPointF(), self.pdf_view.zoomFactor())
