"""Fonts and paragraph styles of the reports, defined once per process.

The 14 standard PDF fonts only cover WinAnsi: « Nguyễn », « Łukasz » or « Şahin » would print
as black boxes. DejaVu Sans (``resources/fonts``, see its README for source and licence) covers
them all, so it is registered once per process (each batch worker registers it again, as
reportlab's font registry is per process) and every style uses it.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from domain.errors import UserError

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

# Colours as hex strings so this module stays importable without reportlab.
INK = "#1f2933"
MUTED = "#5f6b7a"
ACCENT = "#1d4e89"
ACCENT_LIGHT = "#e8eef7"
RULE = "#c5cfdb"
WARNING = "#8a4b00"
WARNING_LIGHT = "#fff4e0"
LEVEL_COLOURS = ("#9cc5a1", "#c9d98b", "#f2d16b", "#f0a45d", "#d9534f")  # levels 1 to 5

_lock = threading.Lock()
_registered = False


def font_folder() -> Path:
    from domain.paths import RESOURCES

    return RESOURCES / "fonts"


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) with reportlab; later calls do nothing."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab import rl_config
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        for name, file in FONT_FILES.items():
            path = font_folder() / file
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (OSError, TTFError) as exc:
                raise UserError(f"Police introuvable ou illisible : « {path} ». Réinstallez "
                                f"l'application (dossier resources/fonts). Détail : {exc}") from None
        # No italic file is shipped: italic markup falls back to the upright faces.
        for bold, italic, face in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT), (1, 1, FONT_BOLD)):
            addMapping(FONT, bold, italic, face)
        rl_config.useA85 = 0  # binary streams: smaller files, and ASCII85 costs ~15 % of a report
        from reportlab.graphics import shapes

        shapes.STATE_DEFAULTS["fontName"] = FONT  # charts would otherwise start in Helvetica
        _registered = True


@lru_cache(maxsize=1)
def stylesheet() -> dict[str, Any]:
    """The paragraph styles, by name (built once; reportlab styles are read-only in use)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.2,
                          textColor=colors.HexColor(INK), alignment=TA_LEFT, spaceAfter=4,
                          bulletFontName=FONT)
    styles = {"body": base}

    def add(name: str, parent: str = "body", **values: Any) -> None:
        styles[name] = ParagraphStyle(name, parent=styles[parent], **values)

    add("small", fontSize=8, leading=10.5, textColor=colors.HexColor(MUTED))
    add("cell", fontSize=8.5, leading=11, spaceAfter=0)
    add("cell_bold", parent="cell", fontName=FONT_BOLD)
    add("cell_head", parent="cell", fontName=FONT_BOLD, textColor=colors.white)
    add("cell_small", parent="cell", fontSize=7.5, leading=9.5, textColor=colors.HexColor(MUTED))
    add("h1", fontName=FONT_BOLD, fontSize=16, leading=20, textColor=colors.HexColor(ACCENT),
        spaceBefore=16, spaceAfter=8)
    add("h2", fontName=FONT_BOLD, fontSize=11.5, leading=15, textColor=colors.HexColor(ACCENT),
        spaceBefore=10, spaceAfter=4, keepWithNext=1)
    add("h3", fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2,
        keepWithNext=1)
    add("lead", fontSize=10.5, leading=14.5, spaceAfter=8)
    add("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2)
    add("notice", fontSize=9, leading=12.5, textColor=colors.HexColor(WARNING),
        backColor=colors.HexColor(WARNING_LIGHT), borderPadding=(5, 6, 5, 6),
        spaceBefore=6, spaceAfter=10)
    add("cover_title", fontName=FONT_BOLD, fontSize=24, leading=30,
        textColor=colors.HexColor(ACCENT), spaceAfter=6)
    add("cover_subtitle", fontSize=13, leading=18, textColor=colors.HexColor(MUTED), spaceAfter=24)
    add("cover_name", fontName=FONT_BOLD, fontSize=18, leading=23, spaceAfter=4)
    add("cover_field", fontSize=11, leading=16)
    add("cover_stamp", fontName=FONT_BOLD, fontSize=11, leading=15, alignment=TA_CENTER,
        textColor=colors.HexColor(WARNING), spaceAfter=0)
    return styles
