"""Bytes of a text export into text, with the encoding named and never guessed in silence.

What French users produce: Excel « CSV UTF-8 » (UTF-8 with a byte-order mark), Excel « CSV
(séparateur: point-virgule) » (Windows-1252), Excel for Mac « CSV Macintosh » (Mac OS Roman,
often with lone CR line ends), « Texte Unicode » (UTF-16 with tabs), and HR tools writing UTF-8.

Order: byte-order marks; strict UTF-8 (a file that is valid UTF-8 is UTF-8); otherwise the two
8-bit encodings are both tried and ranked. Ranking uses charset-normalizer's « chaos » measure
and a French plausibility check (an accented capital inside a lower-case word, « PrÈnom » or
« DÏuf », is what a wrong 8-bit reading looks like). A file no reading makes plausible, or that
two readings make equally plausible with different letters, is refused with how to re-save it.
"""

from __future__ import annotations

import codecs
import re

from domain.errors import Location, UserError

# Letters and typographic marks as UTF-8 sequences; in Windows-1252 they read as "Ã©", "â€™".
_UTF8_LETTERS = re.compile(rb"[\xC3-\xC5][\x80-\xBF]|\xE2\x80[\x90-\xBF]")
EIGHT_BIT = (("cp1252", "Windows-1252"), ("mac_roman", "Mac OS Roman"))
_LOWER = "a-zß-öø-ÿœ"
# A capital accented letter inside a word (« PrÈnom », « DÏuf »), a symbol between two letters
# (« No‘l »), or a C1 control character.
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿœŒ"
_IMPLAUSIBLE = re.compile(
    rf"(?<=[{_LOWER}])[À-ÖØ-ÞŒŠŽŸ]"
    rf"|(?<=[{_LETTER}])[À-ÖØ-ÞŒŠŽŸ](?=[{_LOWER}])"
    rf"|(?<=[{_LETTER}])[^\w\s\x00-\x7f’«»€°…–—\u00a0·ª](?=[{_LETTER}])"
    r"|[\x80-\x9f]")
_RESAVE = "enregistrez le fichier depuis Excel en « CSV UTF-8 »"


def decode(data: bytes, name: str) -> tuple[str, str]:
    """``(text, French name of the encoding)`` of a text file.

    Raises UserError (with the line of the first unreadable character) for UTF-16 damage, NUL
    bytes, a file mixing UTF-8 and an 8-bit encoding, and 8-bit text no reading makes plausible.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "UTF-8 (avec BOM)"
        except UnicodeDecodeError as exc:
            raise _mixed(data, exc.start + 3, name) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise UserError("Fichier UTF-16 abîmé : " + _RESAVE, Location(name)) from exc
    if b"\x00" in data:
        line = _line_of(data, data.index(b"\x00"))
        raise UserError("Le fichier contient des octets nuls : ce n'est pas un fichier texte CSV "
                        "(enregistrez-le depuis Excel en « CSV UTF-8 » ou en .xlsx)",
                        Location(name, line))
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        if _UTF8_LETTERS.search(data):
            raise _mixed(data, exc.start, name) from exc
        first_bad = exc.start
    return _eight_bit(data, name, first_bad)


def _eight_bit(data: bytes, name: str, first_bad: int) -> tuple[str, str]:
    """The one plausible 8-bit reading, or a refusal that says why."""
    readings: list[tuple[int, float, str, str]] = []  # (implausible, chaos, text, label)
    for codec, label in EIGHT_BIT:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        readings.append((len(_IMPLAUSIBLE.findall(text)), 0.0, text, label))
    plausible = [r for r in readings if r[0] == 0]
    if not plausible:
        raise UserError("Encodage non reconnu (ni UTF-8, ni Windows-1252, ni Mac OS Roman) : "
                        + _RESAVE, Location(name, _line_of(data, first_bad)))
    if len(plausible) > 1:
        plausible = _rank_by_chaos(data, plausible)
        if plausible[0][1] == plausible[1][1] and plausible[0][2] != plausible[1][2]:
            raise UserError("Encodage ambigu : le fichier peut se lire en Windows-1252 comme en "
                            "Mac OS Roman avec des lettres différentes ; " + _RESAVE,
                            Location(name, _line_of(data, first_bad)))
    return plausible[0][2], plausible[0][3]


def _rank_by_chaos(data: bytes, readings: list[tuple[int, float, str, str]]):
    """Readings sorted by charset-normalizer's mess ratio (lower is better)."""
    from charset_normalizer import from_bytes

    codec_of = dict((label, codec) for codec, label in EIGHT_BIT)
    chaos = {match.encoding: match.chaos for match in
             from_bytes(data, cp_isolation=[codec_of[r[3]] for r in readings])}
    ranked = [(r[0], chaos.get(codec_of[r[3]], 1.0), r[2], r[3]) for r in readings]
    return sorted(ranked, key=lambda r: r[1])


def _line_of(data: bytes, position: int) -> int:
    before = data[:position]
    return max(before.count(b"\n"), before.count(b"\r")) + 1


def _mixed(data: bytes, position: int, name: str) -> UserError:
    return UserError("Le fichier mélange deux encodages (UTF-8 et Windows-1252), premier "
                     "caractère illisible ici : enregistrez-le depuis Excel en « CSV UTF-8 »",
                     Location(name, _line_of(data, position)))
