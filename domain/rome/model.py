"""Plain records of one ROME release, as the rest of the domain sees it.

The importer fills the store from the official CSV files; ``domain.rome.repository`` reads
the store back into a :class:`RomeRelease`. Similarity, the competency matrix, bridges and
reports work on this object only, never on CSV columns, so a future release format changes
one module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ItemKind = Literal["savoir_faire", "savoir_etre", "savoir"]
CoreFlag = Literal["Principale", "Émergente", ""]


@dataclass(frozen=True)
class RomeSheet:
    """One job sheet (``code_rome``) with its texts and its place in the ROME tree."""

    code: str
    label: str
    domain_code: str = ""  # domaine professionnel, e.g. "M16"
    domain_label: str = ""
    major_domain: str = ""  # grand domaine letter, e.g. "M"
    definition: str = ""
    access: str = ""  # "acces_metier" text: diplomas, experience, conditions
    riasec: str = ""  # major+minor, e.g. "CS"


@dataclass(frozen=True)
class RomeItem:
    """A competency (savoir-faire, savoir-être) or a knowledge item (savoir, diploma)."""

    code: str
    label: str
    kind: ItemKind
    category: str = ""  # cat_comp / categorie_savoir
    subcategory: str = ""
    macro_code: str = ""  # macro-competency code_ogr, competencies only
    macro_label: str = ""


@dataclass(frozen=True)
class SheetItem:
    """An item as listed on a sheet, with its core flag (Principale / Émergente / empty)."""

    code_rome: str
    item_code: str
    core: CoreFlag = ""


@dataclass(frozen=True)
class Appellation:
    code: str
    label: str
    code_rome: str


@dataclass(frozen=True)
class MobilityLink:
    """France Travail's own suggested move from one sheet to another."""

    source: str
    target: str
    order: int = 0


@dataclass
class RomeRelease:
    """Everything the domain needs from one release, keyed for fast lookup."""

    version: str
    sheets: dict[str, RomeSheet] = field(default_factory=dict)
    items: dict[str, RomeItem] = field(default_factory=dict)
    sheet_items: dict[str, list[SheetItem]] = field(default_factory=dict)
    appellations: list[Appellation] = field(default_factory=list)
    mobility: list[MobilityLink] = field(default_factory=list)
    # Rows of data/job_rome.csv as followed when this release was imported, keyed by (job,
    # code as written, appellation code) -> (previous code, code, status, reason); None for a
    # release read from files. See ``domain.rome.job_mapping.followed_codes``.
    followed: dict[tuple[str, str, str], tuple[str, str, str, str]] | None = field(
        default=None, compare=False, repr=False)
    # Values computed from the release and cached on it (followed mapping, job codes).
    derived: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
