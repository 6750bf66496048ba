"""A spreadsheet cell's value as the text the person sees in Excel or LibreOffice.

Readers give numbers, dates and booleans; a roster wants what is displayed. The one display
rule that matters for people files is the number format that pads identifiers: a matricule
typed as the number 417 and shown « 000417 » by the format ``000000`` (or ``"M"00000``) must
come back with its zeros. Dates are given in ISO form (``2017-09-04``, with the time when there
is one); whole numbers without a padding format are written plainly (``417``, never ``417.0``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

# Quoted literals and backslash escapes of an Excel number format.
_LITERAL = re.compile(r'"([^"]*)"|\\(.)')
_DECORATION = re.compile(r"_.|\*.|\[[^\]]*\]")  # spacing, fill and colour codes
_PADDING = re.compile(r"^(?P<before>[^0#?]*)(?P<digits>[0#?]+)(?P<after>[^0#?.,]*)$")


def cell_text(value: object, number_format: str | None = None) -> str:
    """The displayed text of a cell value (None → « »), with ``number_format``'s zero padding."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, bool):
        return "VRAI" if value else "FAUX"
    if isinstance(value, int | float):
        return number_text(value, number_format)
    return str(value).strip()


def number_text(value: float, number_format: str | None) -> str:
    """``417`` with format ``000000`` → « 000417 »; ``"M"000`` → « M417 »; else plain."""
    whole = isinstance(value, int) or float(value).is_integer()
    if whole and number_format:
        padded = _padded(int(value), number_format)
        if padded is not None:
            return padded
    if whole:
        return str(int(value))
    return repr(float(value))


def _padded(value: int, number_format: str) -> str | None:
    """The text of an integer under a format made only of zeros and literals, or None."""
    section = _DECORATION.sub("", number_format.split(";")[0])
    if value < 0 or "0" not in section or section.strip() in ("0", "General"):
        return None
    literals: list[str] = []

    def keep(match: re.Match[str]) -> str:
        literals.append(match.group(1) if match.group(1) is not None else match.group(2))
        return chr(0xE000 + len(literals) - 1)  # a private-use character stands for it

    shape = _LITERAL.sub(keep, section)
    found = _PADDING.match(shape)
    if found is None:
        return None

    def restore(text: str) -> str:
        return "".join(literals[ord(c) - 0xE000] if c >= "\ue000" else c for c in text)

    zeros = found["digits"].count("0")
    return restore(found["before"]) + str(value).zfill(zeros) + restore(found["after"])
