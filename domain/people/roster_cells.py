"""One roster cell into a value: matricules as exporters mangle them, dates as people type them.

Matricules: Excel's « keep as text » trick ``="000417"`` (and a leading apostrophe) is
unwrapped; control characters (a tab, U+001F), zero-width and other invisible format characters
(U+200B, U+FEFF, U+00AD) and non-breaking spaces are removed; leading zeros are kept. An id in
scientific notation (« 1,23457E+11 ») has lost digits for good: it is refused with how to fix
it in Excel. Dates: JJ/MM/AAAA (also with « . » or « - ») and AAAA-MM-JJ, a time after them
ignored; two-digit years and bare Excel serial numbers are refused with their fix.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

_WRAPPED = re.compile(r'^=\s*"(.*)"$')
_SCIENTIFIC = re.compile(r"^[+-]?\d+([.,]\d+)?E[+-]?\d+$", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_FRENCH = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_SHORT_YEAR = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$")
_SERIAL = re.compile(r"^\d{5}(?:[.,]\d+)?$")
Bad = Callable[[str], None]  # reports a problem for the cell being read


def invisible(ch: str) -> bool:
    """Control, format (zero-width, BOM, soft hyphen) and non-breaking space characters."""
    category = unicodedata.category(ch)
    return category in ("Cc", "Cf") or (category == "Zs" and ch != " ")


def clean_text(cell: str) -> str:
    """A name or title: NFC, invisible characters dropped or made spaces, single-spaced."""
    text = unicodedata.normalize("NFC", cell)
    # str.isprintable() is False for every invisible character (and True for most cells):
    # a check in C before the per-character one
    if not text.isprintable() and any(invisible(ch) for ch in text):
        text = "".join(" " if unicodedata.category(ch) in ("Zs", "Cc") else ch
                       for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def clean_id(cell: str) -> str:
    """« ="000417" », « \\x1f030611 », « 000418\\u200b » → « 000417 », « 030611 », « 000418 »."""
    text = unicodedata.normalize("NFC", cell).strip()
    wrapped = _WRAPPED.match(text)
    if wrapped:
        text = wrapped.group(1)
    if not text.isprintable():
        text = "".join(ch for ch in text if not invisible(ch) or ch == " ")
    text = " ".join(text.split())
    return text[1:] if text.startswith("'") else text


def check_id(value: str, bad: Bad) -> None:
    """Report a missing or scientific-notation matricule."""
    if not value:
        bad("matricule manquant")
    elif _SCIENTIFIC.match(value):
        bad(f"matricule « {value} » abîmé par Excel (notation scientifique : les derniers "
            "chiffres sont perdus) : dans le fichier d'origine, sélectionnez la colonne, « Format "
            "de cellule » > « Texte », puis exportez à nouveau (ou ouvrez le CSV avec « Données > "
            "À partir d'un fichier texte » en choisissant le type « Texte » pour cette colonne)")
    elif value.startswith("="):
        bad(f"formule « {value[:40]} » au lieu d'un matricule")


def same_number(value: str) -> str | None:
    """The key two spellings of one numeric matricule share (« 417 » and « 000417 »)."""
    return (value.lstrip("0") or "0") if value.isdigit() else None


def parse_date(value: str, bad: Bad) -> date | None:
    """A date from JJ/MM/AAAA or AAAA-MM-JJ text; None (and ``bad`` called) otherwise."""
    if not value:
        return None
    iso, french = _ISO.match(value), _FRENCH.match(value)
    if not (iso or french):
        if _SHORT_YEAR.match(value):
            bad(f"année sur deux chiffres « {value} » : écrivez JJ/MM/AAAA")
        elif _SERIAL.match(value):
            bad(f"date au format numérique d'Excel « {value} » : formatez la colonne en date "
                "(JJ/MM/AAAA) dans Excel puis enregistrez à nouveau")
        else:
            bad(f"date illisible « {value} » (attendu JJ/MM/AAAA ou AAAA-MM-JJ)")
        return None
    year, month, day = ((int(g) for g in iso.groups()) if iso
                        else (int(french[3]), int(french[2]), int(french[1])))
    try:
        parsed = date(year, month, day)
    except ValueError:
        bad(f"date impossible « {value} »")
        return None
    if not 1900 <= year <= date.today().year + 1:
        bad(f"date invraisemblable « {value} »")
        return None
    return parsed
