"""Job × competency matrix built from one ROME release.

Each row is a study job (or a single ROME sheet for the whole-ROME graph); each column a ROME
item (savoir-faire, savoir-être, savoir) or a macro-competency. The weights encode three
judgements an HR partner would make by hand when comparing two job sheets:

* core items (``Principale`` or ``Émergente`` on the sheet) describe the job, peripheral ones
  only colour it, so core items weigh :data:`CORE_FACTOR` and the others
  :data:`PERIPHERAL_FACTOR`;
* an item listed on a thousand sheets (« Faire preuve de rigueur ») says little about a move,
  a rare one says a lot, so each item is multiplied by its inverse sheet frequency
  (``1 + ln(N / df)``, N sheets in the release);
* two jobs that use different competencies of the same macro-competency are near each other,
  so every competency also lights its macro-competency column at :data:`MACRO_SHARE` of its own
  weight; a macro-competency listed directly on a sheet uses the same column.

A study job mapped to several ROME codes takes the union of their items; an item present on
several of its sheets keeps its highest weight and is core when core on any of them. When the
job has a retained profile (``domain.matching.job_profiles``: the items of its sheets that apply
in the assistance context, with the user's changes), only those items count, with the profile's
core flag; the column weights (``idf``) stay computed on the whole release.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from domain.rome.model import ItemKind, RomeRelease

CORE_FACTOR = 1.0
PERIPHERAL_FACTOR = 0.5
MACRO_SHARE = 0.5
KIND_FACTOR: dict[str, float] = {"savoir_faire": 1.0, "savoir": 0.8, "savoir_etre": 0.6}
KIND_LABELS: dict[str, str] = {
    "savoir_faire": "savoir-faire",
    "savoir_etre": "savoir-être",
    "savoir": "savoir",
}


@dataclass(frozen=True)
class Competency:
    """One item as a given job holds it."""

    code: str
    label: str
    kind: ItemKind
    core: bool
    weight: float
    emergent: bool = False
    macro_code: str = ""
    macro_label: str = ""


@dataclass(frozen=True)
class JobRow:
    """A row of the matrix: the job's items and its feature vector (items + macros)."""

    key: str
    codes: tuple[str, ...]
    items: Mapping[str, Competency]
    vector: Mapping[str, float]
    norm: float

    def total_weight(self) -> float:
        return sum(c.weight for c in self.items.values())


@dataclass(frozen=True)
class Overlap:
    """What a person in ``source`` brings to ``target`` and what they would have to learn.

    ``near`` are target items the person does not hold as such but whose macro-competency they
    already practise; they count :data:`MACRO_SHARE` in ``coverage``.
    """

    shared: tuple[Competency, ...]
    near: tuple[Competency, ...]
    missing: tuple[Competency, ...]
    coverage: float  # weighted share of the target already held, in [0, 1]
    core_coverage: float = 0.0  # the same, counting the target's core items only

    @property
    def effort(self) -> float:
        """Weighted share of the target still to learn (1 − coverage)."""
        return 1.0 - self.coverage


@dataclass
class CompetencyMatrix:
    """Rows keyed by job name (or sheet code) and the release-wide column weights."""

    rows: dict[str, JobRow] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)

    def row(self, key: str) -> JobRow:
        return self.rows[key]

    def cosine(self, a: str, b: str) -> float:
        """Cosine of the two weighted feature vectors, in [0, 1]."""
        return cosine(self.rows[a], self.rows[b])

    def compare(self, source: str, target: str) -> Overlap:
        return compare(self.rows[source], self.rows[target])


def feature_idf(release: RomeRelease) -> dict[str, float]:
    """``1 + ln(N / df)`` of every column, df counting the sheets that light the column."""
    counts: dict[str, int] = {}
    for items in release.sheet_items.values():
        for column in _sheet_columns(release, items):
            counts[column] = counts.get(column, 0) + 1
    total = max(1, len(release.sheets) or len(release.sheet_items))
    return {column: 1.0 + math.log(max(total, n) / n) for column, n in counts.items()}


def _sheet_columns(release: RomeRelease, items: Iterable) -> set[str]:
    columns: set[str] = set()
    for sheet_item in items:
        item = release.items.get(sheet_item.item_code)
        if item is None:
            continue
        columns.add(item.code)
        if item.macro_code:
            columns.add(item.macro_code)
    return columns


def job_items(release: RomeRelease, codes: Sequence[str], idf: Mapping[str, float],
              profile: Mapping[str, bool] | None = None) -> dict[str, Competency]:
    """Union of the items of ``codes`` with their weights (highest weight wins).

    With ``profile`` ({item code: core}, a job's retained items), only those items are kept and
    their core flag is the profile's.
    """
    if profile is not None:
        return _profile_items(release, codes, idf, profile)
    found: dict[str, Competency] = {}
    for code in codes:
        for sheet_item in release.sheet_items.get(code, ()):
            item = release.items.get(sheet_item.item_code)
            if item is None:
                continue
            core = sheet_item.core in ("Principale", "Émergente")
            factor = CORE_FACTOR if core else PERIPHERAL_FACTOR
            weight = factor * KIND_FACTOR.get(item.kind, 1.0) * idf.get(item.code, 1.0)
            entry = Competency(
                code=item.code, label=item.label, kind=item.kind, core=core, weight=weight,
                emergent=sheet_item.core == "Émergente", macro_code=item.macro_code,
                macro_label=item.macro_label,
            )
            found[item.code] = _merge(entry, found.get(item.code))
    return found


def _profile_items(release: RomeRelease, codes: Sequence[str], idf: Mapping[str, float],
                   profile: Mapping[str, bool]) -> dict[str, Competency]:
    emergent = {link.item_code for code in codes for link in release.sheet_items.get(code, ())
                if link.core == "Émergente"}
    found: dict[str, Competency] = {}
    for code, core in profile.items():
        item = release.items.get(code)
        if item is None:
            continue
        factor = CORE_FACTOR if core else PERIPHERAL_FACTOR
        found[code] = Competency(
            code=item.code, label=item.label, kind=item.kind, core=core,
            weight=factor * KIND_FACTOR.get(item.kind, 1.0) * idf.get(item.code, 1.0),
            emergent=core and code in emergent, macro_code=item.macro_code,
            macro_label=item.macro_label,
        )
    return found


def _merge(new: Competency, old: Competency | None) -> Competency:
    """Same item on two sheets of one job: highest weight, core or emergent if either is."""
    if old is None:
        return new
    return Competency(
        code=new.code, label=new.label, kind=new.kind, core=new.core or old.core,
        weight=max(new.weight, old.weight), emergent=new.emergent or old.emergent,
        macro_code=new.macro_code, macro_label=new.macro_label,
    )


def vector_of(items: Mapping[str, Competency], idf: Mapping[str, float]) -> dict[str, float]:
    """Feature vector: each item's weight, plus its macro column at ``MACRO_SHARE``."""
    vector: dict[str, float] = {}
    for item in items.values():
        vector[item.code] = max(vector.get(item.code, 0.0), item.weight)
        if item.macro_code:
            base = item.weight / max(idf.get(item.code, 1.0), 1e-9)
            macro_weight = MACRO_SHARE * base * idf.get(item.macro_code, 1.0)
            vector[item.macro_code] = max(vector.get(item.macro_code, 0.0), macro_weight)
    return vector


def make_row(key: str, codes: Sequence[str], release: RomeRelease, idf: Mapping[str, float],
             profile: Mapping[str, bool] | None = None) -> JobRow:
    items = job_items(release, codes, idf, profile)
    vector = vector_of(items, idf)
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return JobRow(key=key, codes=tuple(codes), items=items, vector=vector, norm=norm)


def build_matrix(release: RomeRelease, rows: Mapping[str, Sequence[str]],
                 profiles: Mapping[str, Mapping[str, bool]] | None = None) -> CompetencyMatrix:
    """Matrix whose rows are ``rows`` (key → ROME codes), weighted on the whole release.

    ``profiles`` ({key: {item code: core}}) restricts a row to its job's retained items; a key
    without a profile (a single sheet of the whole-ROME graph, a test) takes its whole sheets.
    """
    idf = feature_idf(release)
    matrix = CompetencyMatrix(idf=idf)
    profiles = profiles or {}
    for key, codes in rows.items():
        matrix.rows[key] = make_row(key, codes, release, idf, profiles.get(key))
    return matrix


def cosine(a: JobRow, b: JobRow) -> float:
    if not a.norm or not b.norm:
        return 0.0
    small, large = (a.vector, b.vector) if len(a.vector) <= len(b.vector) else (b.vector, a.vector)
    dot = sum(w * large[k] for k, w in small.items() if k in large)
    return min(1.0, dot / (a.norm * b.norm))


def compare(source: JobRow, target: JobRow) -> Overlap:
    """Split the target's items into held, nearly held (same macro) and missing."""
    source_columns = set(source.vector)
    shared: list[Competency] = []
    near: list[Competency] = []
    missing: list[Competency] = []
    held = {True: 0.0, False: 0.0}  # by core flag
    total = {True: 0.0, False: 0.0}
    for code, item in target.items.items():
        total[item.core] += item.weight
        if code in source.items:
            shared.append(item)
            held[item.core] += item.weight
        elif item.macro_code and item.macro_code in source_columns or code in source_columns:
            near.append(item)
            held[item.core] += MACRO_SHARE * item.weight
        else:
            missing.append(item)
    return Overlap(
        tuple(shared), tuple(near), tuple(missing),
        _share(held[True] + held[False], total[True] + total[False]), _share(held[True], total[True]),
    )


def _share(part: float, whole: float) -> float:
    return min(1.0, part / whole) if whole else 0.0
