"""Twin competencies: one competency the ROME words twice on different sheets.

ROME 4.0 sheets were written separately, so the same competency often appears under two codes:
« Animer des sessions de formation » (a savoir-faire of the trainer's sheet K2111) and
« Animation de sessions de formation » (a savoir of the training officer's sheet M1505), or
« Analyser les besoins des clients » and « Analyse des besoins du client ». Matching codes
only, a trainer moving to training officer would be told to learn how to run a training
session. Two labels are twins when they have the same set of content words once each word is
reduced to its stem by the Snowball French stemmer (``snowballstemmer``, the algorithm of
Porter's Snowball project: « animer », « animation » → « anim »; plural and article forms
vanish) and accents are folded; small function words are left out and at least two content
words are required, so « Gestion des contrats » and « Contrôle de gestion » stay apart.

Measured on ROME v4.60: 288 groups of twins among 33,671 items; a sample of 45 groups read by
hand held no false pair (``bench/bench_bridge_quality.py`` prints the bridges it changes).
"""

from __future__ import annotations

import functools
import re

from domain.text import fold

# French function words that do not change what a competency is (compared folded).
_FUNCTION_WORDS = frozenset({
    "a", "au", "aux", "avec", "d", "de", "des", "du", "dans", "en", "et", "l", "la", "le", "les",
    "leur", "leurs", "par", "pour", "sa", "se", "ses", "son", "sur", "un", "une", "ou", "selon",
    "aupres", "chez", "afin"})
_WORD = re.compile(r"[^\w]+")
MIN_WORDS = 2  # a one-word label (« GRH », « Anglais ») is only ever its own twin by code


@functools.lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer  # pure Python; only when coverage is first computed

    return snowballstemmer.stemmer("french")


@functools.lru_cache(maxsize=65536)
def twin_key(label: str) -> frozenset[str] | None:
    """The folded stems of ``label``'s content words, or None below :data:`MIN_WORDS` words.

    Two competencies whose keys are equal (and not None) are the same competency worded
    twice. Pure function of the label; cached (a release has about 34,000 labels).
    """
    words = [w for w in _WORD.split(label.lower()) if w and fold(w) not in _FUNCTION_WORDS]
    stems = frozenset(fold(stem) for stem in _stemmer().stemWords(words))
    return stems if len(stems) >= MIN_WORDS else None
