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

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced key for comparing names."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("''", "'").casefold()
    return _SPACES.sub(" ", text).strip()


def slug(text: str) -> str:
    """Stable ASCII identifier derived from a label (used as a job id)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def closest(name: str, candidates: Iterable[str], limit: int = 3) -> list[str]:
    """Candidates that look most like ``name``, best first, compared on folded keys."""
    by_key: dict[str, str] = {}
    for candidate in candidates:
        by_key.setdefault(fold(candidate), candidate)
    keys = difflib.get_close_matches(fold(name), list(by_key), n=limit, cutoff=0.5)
    if len(keys) < limit:
        folded = fold(name)
        for key in by_key:
            if folded and folded in key and key not in keys:
                keys.append(key)
            if len(keys) >= limit:
                break
    return [by_key[k] for k in keys]
