"""How numbers, counts, dates and long tooltips are written on screen, in the interface's language.

French readers expect « 1 584 fiches » (a narrow no-break space between thousands), « 0,38 »,
« 12/03/2015 », and the singular up to one (« 1 métier affiché », « 2 métiers affichés »).
Qt's ``QLocale`` (set at start-up by :func:`gui.app.install_translations`) knows the separators;
the plural choice is made here, since the catalogue's sources are French and Qt's ``%n``
plurals would need a French catalogue too. Long tooltips are made rich text, which Qt wraps
instead of showing one line as wide as the screen.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QLocale

TOOLTIP_WRAP = 70  # characters: plain tooltips longer than this are wrapped


def count(value: int) -> str:
    """« 1 584 » in French (U+202F between thousands), « 1,584 » in English."""
    return QLocale().toString(int(value))


def number(value: float | None, digits: int = 2) -> str:
    """« 0,38 »: a decimal in the interface's language; « — » for no value."""
    return "—" if value is None else QLocale().toString(float(value), "f", digits)


def percent(share: float) -> str:
    """« 85 % » (a no-break space before the sign, as French typography wants)."""
    return f"{count(round(100 * share))}\u00a0%"


def plural(value: int, singular: str, several: str) -> str:
    """``singular`` for 0 and 1 (French usage), ``several`` from 2; both already translated,
    with ``{n}`` replaced by the formatted count."""
    text = singular if abs(value) < 2 else several
    return text.replace("{n}", count(value))


def short_date(value: date | None) -> str:
    """JJ/MM/AAAA (the date format of the French locale; also used in English screens so a
    date reads the same on every screen and in the reports); empty for no date."""
    return value.strftime("%d/%m/%Y") if value else ""


def tooltip(text: str) -> str:
    """A tooltip Qt wraps to a readable width: plain text longer than :data:`TOOLTIP_WRAP`
    becomes escaped rich text (Qt word-wraps rich tooltips); rich text is kept as it is."""
    if not text or text.lstrip().startswith("<") or len(text) <= TOOLTIP_WRAP:
        return text
    return "<p>" + html.escape(text, quote=False).replace("\n", "<br>") + "</p>"
