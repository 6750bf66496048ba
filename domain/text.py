"""Text normalisation shared by every place that matches names typed by people.

Rosters come from Excel with stray accents, capitals, typographic apostrophes and double
spaces; ROME files double some apostrophes. Matching on a normalised key keeps those
differences from creating "unknown job" errors.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime

_SOURCE_COMMAND = "python main.py"
_command = _SOURCE_COMMAND

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_SPACES = re.compile(r"\s+")


def command_name() -> str:
    """The command the user typed to run Passerelles, for messages that tell what to run next.

    « python main.py » from the source tree (the default), « passerelles-cli » once installed
    (``pip install .`` or the one-folder build); set once by the entry point in ``main.py``.
    """
    return _command


def set_command_name(name: str | None) -> None:
    """Name the command in every later message (``None`` or empty: back to « python main.py »)."""
    global _command
    _command = name or _SOURCE_COMMAND


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """« 1 groupe », « 0 groupe », « 2 groupes »: a count and its noun agreed the French way
    (singular for 0 and 1; ``plural_form`` defaults to the singular plus « s »)."""
    word = singular if count in (0, 1) else (plural_form or singular + "s")
    return f"{count} {word}"


def french_timestamp(stamp: str, *, time: bool = True) -> str:
    """« le 01/12/2026 à 00:18 » without « le »: an ISO timestamp of the store (UTC, as
    ``datetime.isoformat`` writes it) in local time, as a French reader writes it.

    ``time=False`` gives the day only (« 01/12/2026 »). A stamp without an offset is taken as
    local time; a date alone (« 2026-12-01 ») gives its day; an empty or unreadable stamp is
    returned as it is (never an error: the text is for display).
    """
    try:
        moment = datetime.fromisoformat(stamp.strip())
    except (ValueError, AttributeError):
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    elif len(stamp.strip()) <= 10:  # a date alone: no hour to show
        return moment.strftime("%d/%m/%Y")
    return moment.strftime("%d/%m/%Y à %H:%M" if time else "%d/%m/%Y")


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced key for comparing names."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("''", "'").casefold()
    return _SPACES.sub(" ", text).strip()


def decimal(value: float, digits: int = 2, *, signed: bool = False) -> str:
    """« 0,76 »: a number with a decimal comma, as French readers write it (« +0,012 » when
    ``signed``; a value that rounds to zero never shows as « -0,00 »)."""
    value = round(value, digits) or 0.0
    return f"{value:{'+' if signed else ''}.{digits}f}".replace(".", ",")


def slug(text: str) -> str:
    """Stable ASCII identifier derived from a label (used as a job id)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def closest(name: str, candidates: Iterable[str], limit: int = 3) -> list[str]:
    """Candidates that look most like ``name``, best first, compared on folded keys.

    People often type the beginning of a long name ("chargé d'accueil"), so a candidate is
    scored on its whole name and on its prefix of the typed length, whichever is closer.
    """
    folded = fold(name)
    if not folded:
        return []
    by_key: dict[str, str] = {}
    for candidate in candidates:
        by_key.setdefault(fold(candidate), candidate)

    def score(key: str) -> float:
        whole = difflib.SequenceMatcher(None, folded, key).ratio()
        prefix = difflib.SequenceMatcher(None, folded, key[: len(folded) + 2]).ratio()
        contained = 0.9 if folded in key else 0.0
        return max(whole, prefix * 0.97, contained)

    ranked = sorted(by_key, key=lambda k: (-score(k), k))
    return [by_key[k] for k in ranked[:limit] if score(k) >= 0.6]


def neutralise(cell: object) -> str:
    """A cell spreadsheet software will not run as a formula (CSV and .xlsx injection)."""
    text = "" if cell is None else str(cell)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# --- job titles as people type them (feminine, inclusive, without articles) -------------------

# (feminine ending, masculine ending) on folded words, longest first.
_ENDINGS = (
    ("trices", "teurs"), ("trice", "teur"), ("euses", "eurs"), ("euse", "eur"),
    ("iennes", "iens"), ("ienne", "ien"), ("iere", "ier"), ("ieres", "iers"),
    ("eres", "ers"), ("ere", "er"), ("ees", "es"), ("ee", "e"), ("antes", "ants"),
    ("ante", "ant"), ("ives", "ifs"), ("ive", "if"), ("ales", "aux"), ("ale", "al"),
    ("effe", "ef"), ("ente", "ent"),
)
_INCLUSIVE = re.compile(r"\s*\((?:e|es|ne|nes|ere|eres|euse|trice|rice|ive)\)|[.·•](?:e|es|ne|nes)\b")
_SPLIT = re.compile(r"([\s'/-]+)")
# Articles and prepositions people leave out of titles (folded, after gender_key).
_ARTICLES = frozenset({"de", "d", "du", "des", "la", "le", "l", "les", "a", "au", "aux", "en",
                       "et", "pour"})


def gender_key(text: str) -> str:
    """A key that is the same for the masculine, feminine and inclusive forms of a title."""
    folded = _INCLUSIVE.sub("", fold(text))
    words = []
    for part in _SPLIT.split(folded):
        for feminine, masculine in _ENDINGS:
            if part.endswith(feminine) and len(part) > len(feminine) + 1:
                part = part[: -len(feminine)] + masculine
                break
        if len(part) > 3 and part.endswith("s") and not part.endswith("ss"):
            part = part[:-1]  # "dossiers" and "dossier", "prestataires" and "prestataire"
        words.append(part)
    return re.sub(r"[^a-z0-9]+", " ", "".join(words)).strip()


def title_key(text: str) -> str:
    """``gender_key`` without articles: « Conseillère d'assistance » → « conseiller assistance »."""
    words = gender_key(text).split()
    return " ".join(w for w in words if w not in _ARTICLES) or " ".join(words)


def title_variants(label: str) -> set[str]:
    """A ROME label and its two gendered forms.

    "Chargé / Chargée d'accueil" gives "Chargé d'accueil" and "Chargée d'accueil";
    "Agent administratif / Agente administrative" gives both two-word forms.
    """
    variants = {label}
    if " / " in label:
        left, right = (part.strip() for part in label.split(" / ", 1))
        tail = right.split()[len(left.split()):]
        variants |= {right, " ".join([left, *tail])}
    return variants
