"""What a new ROME release changed compared with the previous one (issue 12).

France Travail publishes several releases a year: sheets are added, removed, renamed, recoded
(their appellations move to a new code) or merged into another sheet, and appellations move
between sheets. Appellation codes (``code_ogr``) are stable across releases, so they tell
what became of a sheet that disappeared: the sheet that received most of its appellations is
its successor (a new code: « recodée » ; an existing one: « fusionnée »). Plain records, for
the import's output, its JSON and a dialog.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass

from domain.rome.model import RomeRelease

ADDED, REMOVED, RENAMED, RECODED, MERGED = "ajoutee", "supprimee", "renommee", "recodee", "fusionnee"


@dataclass(frozen=True)
class SheetChange:
    """One sheet that changed: ``kind`` is ajoutee, supprimee, renommee, recodee or fusionnee.

    ``code``/``label`` are the sheet before (for an added sheet: the new one); ``new_code`` and
    ``new_label`` what it became ('' when not applicable); ``appellations`` how many of its
    appellations moved to ``new_code`` (recoded or merged sheets).
    """

    kind: str
    code: str
    label: str
    new_code: str = ""
    new_label: str = ""
    appellations: int = 0

    def message(self) -> str:
        """One French line, e.g. « C1109 « Gestionnaire en assurances » recodée en C1199 »."""
        name = f"{self.code} « {self.label} »"
        if self.kind == ADDED:
            return f"{name} : nouvelle fiche"
        if self.kind == REMOVED:
            return f"{name} : supprimée"
        if self.kind == RENAMED:
            return f"{self.code} : « {self.label} » devient « {self.new_label} »"
        verb = "recodée en" if self.kind == RECODED else "fusionnée dans"
        return (f"{name} : {verb} {self.new_code} « {self.new_label} » ({self.appellations} "
                f"appellation(s) suivie(s))")

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "message": self.message()}


@dataclass(frozen=True)
class AppellationMove:
    """An appellation (stable ``code``) found on another sheet than in the previous release."""

    code: str
    label: str
    old_sheet: str
    new_sheet: str

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class ReleaseChanges:
    """Everything that changed from ``old_version`` to ``new_version``, sheets in code order."""

    old_version: str
    new_version: str
    sheets: tuple[SheetChange, ...] = ()
    moved: tuple[AppellationMove, ...] = ()
    appellations_added: int = 0
    appellations_removed: int = 0
    items_added: int = 0
    items_removed: int = 0

    def of_kind(self, kind: str) -> list[SheetChange]:
        return [s for s in self.sheets if s.kind == kind]

    @property
    def successors(self) -> dict[str, str]:
        """Sheet that disappeared -> the sheet that took most of its appellations."""
        return {s.code: s.new_code for s in self.sheets if s.kind in (RECODED, MERGED)}

    def counts(self) -> dict[str, int]:
        kinds = Counter(s.kind for s in self.sheets)
        return {
            "sheets_added": kinds[ADDED], "sheets_removed": kinds[REMOVED],
            "sheets_renamed": kinds[RENAMED], "sheets_recoded": kinds[RECODED],
            "sheets_merged": kinds[MERGED], "appellations_moved": len(self.moved),
            "appellations_added": self.appellations_added,
            "appellations_removed": self.appellations_removed,
            "items_added": self.items_added, "items_removed": self.items_removed,
        }

    @property
    def empty(self) -> bool:
        return not any(self.counts().values())

    def to_dict(self) -> dict[str, object]:
        return {"old_version": self.old_version, "new_version": self.new_version,
                "counts": self.counts(), "sheets": [s.to_dict() for s in self.sheets],
                "moved_appellations": [m.to_dict() for m in self.moved]}


def compare_releases(old: RomeRelease, new: RomeRelease) -> ReleaseChanges:
    """Compare two releases (about 50 ms for two full releases).

    A sheet that disappeared is « recodée » (or « fusionnée ») when more than half of its
    appellations still present in ``new`` sit on one sheet that is new (or that existed);
    otherwise « supprimée ». New sheets that are recoding targets are not listed again as added.
    """
    old_where = {a.code: a for a in old.appellations}
    new_where = {a.code: a for a in new.appellations}
    gone = [code for code in old.sheets if code not in new.sheets]
    born = {code for code in new.sheets if code not in old.sheets}
    by_sheet: dict[str, list[str]] = {}
    for a in old.appellations:
        by_sheet.setdefault(a.code_rome, []).append(a.code)
    changes: list[SheetChange] = []
    targets: set[str] = set()
    for code in gone:
        change = _fate(old, new, code, born, by_sheet.get(code, []), new_where)
        targets.add(change.new_code)
        changes.append(change)
    changes += [SheetChange(ADDED, code, new.sheets[code].label) for code in born
                if code not in targets]
    changes += [SheetChange(RENAMED, code, sheet.label, code, new.sheets[code].label)
                for code, sheet in old.sheets.items()
                if code in new.sheets and new.sheets[code].label != sheet.label]
    moved = tuple(
        AppellationMove(code, new_where[code].label, a.code_rome, new_where[code].code_rome)
        for code, a in old_where.items()
        if code in new_where and new_where[code].code_rome != a.code_rome
    )
    return ReleaseChanges(
        old.version, new.version, tuple(sorted(changes, key=lambda c: (c.code, c.kind))), moved,
        appellations_added=sum(1 for code in new_where if code not in old_where),
        appellations_removed=sum(1 for code in old_where if code not in new_where),
        items_added=sum(1 for code in new.items if code not in old.items),
        items_removed=sum(1 for code in old.items if code not in new.items),
    )


def _fate(old: RomeRelease, new: RomeRelease, code: str, born: set[str],
          mine: list[str], new_where: dict) -> SheetChange:
    """What became of a sheet absent from ``new`` (``mine``: its appellation codes before)."""
    label = old.sheets[code].label
    landed = Counter(new_where[a].code_rome for a in mine if a in new_where)
    if landed:
        target, count = landed.most_common(1)[0]
        if count * 2 > sum(landed.values()):
            kind = RECODED if target in born else MERGED
            return SheetChange(kind, code, label, target, new.sheets[target].label, count)
    return SheetChange(REMOVED, code, label)
