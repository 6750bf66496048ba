"""Sizing the main window to the screen it opens on, at first start and at every restart.

A state saved on a large or unscaled screen (2560×1440, or 1920×1080 at 100 %) must not open
off the edges of a laptop (1280×720 logical pixels: a 1920×1080 screen at 150 %): the restored
geometry is kept only if it fits the available area of the screen the window lands on (the
task bar excluded), else the window is shrunk to fit and centred. The first start takes
:data:`DEFAULT_SIZE`, or less on a smaller screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(1400, 880)
# Before the first show the frame is unknown: room kept for a title bar and borders.
ESTIMATED_FRAME = QSize(16, 40)


def screen_of(window: QWidget) -> QScreen:
    """The screen under the window's centre (the one it will open on), else the primary."""
    found = QGuiApplication.screenAt(window.frameGeometry().center())
    return found or window.screen() or QGuiApplication.primaryScreen()


def frame_extra(window: QWidget) -> QSize:
    """Width and height the window frame adds to the client area."""
    frame, inner = window.frameGeometry(), window.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if window.isVisible() and window.windowHandle() is not None:
        return extra
    return extra.expandedTo(ESTIMATED_FRAME)


def fitted_frame(frame: QRect, available: QRect) -> QRect | None:
    """Where a frame that does not fit ``available`` should go (shrunk, centred), or None
    when it fits as it is."""
    if available.contains(frame):
        return None
    size = frame.size().boundedTo(available.size())
    corner = QPoint(available.x() + (available.width() - size.width()) // 2,
                    available.y() + (available.height() - size.height()) // 2)
    return QRect(corner, size)


def place_default(window: QWidget) -> None:
    """First start: :data:`DEFAULT_SIZE`, at most the available area, centred."""
    available = screen_of(window).availableGeometry()
    extra = frame_extra(window)
    size = DEFAULT_SIZE.boundedTo(QSize(available.width() - extra.width(),
                                        available.height() - extra.height()))
    window.resize(size)
    window.move(available.x() + (available.width() - size.width() - extra.width()) // 2,
                available.y() + (available.height() - size.height() - extra.height()) // 2)


def fit_to_screen(window: QWidget) -> bool:
    """Shrink and centre ``window`` when its frame leaves its screen's available area;
    True when it moved. A maximized or full-screen window is the system's business."""
    if window.isMaximized() or window.isFullScreen():
        return False
    available = screen_of(window).availableGeometry()
    extra = frame_extra(window)
    frame = QRect(window.frameGeometry().topLeft(),
                  QSize(window.width() + extra.width(), window.height() + extra.height()))
    target = fitted_frame(frame, available)
    if target is None:
        return False
    window.resize(max(1, target.width() - extra.width()), max(1, target.height() - extra.height()))
    window.move(target.topLeft())
    return True
