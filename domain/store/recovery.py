"""What to offer when the store is damaged at start-up: which backup, and how to say it.

``domain.store.connection.connect`` refuses a damaged file and leaves it byte for byte as it was. The
user then needs to know, in plain French, what happened, which file it is, and what restoring
would bring back (and lose). The choice of backup is made here, not in a dialog: the newest
backup that SQLite finds intact, since the newest one may itself be damaged. Restoring puts
that backup in place and sets the damaged file aside under a dated name; nothing is deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from domain.errors import StoreError
from domain.store import backup as _backup
from domain.store.backup import BackupInfo, RestoreReport


@dataclass(frozen=True)
class RecoveryOffer:
    """The damaged file, SQLite's diagnosis and the backup to offer (None: there is none)."""

    db: Path
    problem: str
    backup: BackupInfo | None

    @property
    def folder(self) -> Path:
        """The data folder, which the user may open to hand the file to the support."""
        return self.db.parent

    @property
    def summary(self) -> str:
        return (f"La base de données de Passerelles est endommagée et ne peut pas être "
                f"ouverte :\n« {self.db} »\n\nCe fichier n'a pas été modifié.")

    @property
    def advice(self) -> str:
        if self.backup is None:
            return (f"Aucune sauvegarde automatique utilisable n'a été trouvée dans "
                    f"« {_backup.backup_dir(self.db)} ». Ouvrez le dossier des données pour "
                    "transmettre le fichier endommagé au support. Pour repartir d'une base "
                    "vide, déplacez ce fichier hors du dossier, puis relancez Passerelles.")
        return (f"La dernière sauvegarde automatique utilisable date du {self.when} "
                f"({_backup.REASONS.get(self.backup.reason, self.backup.reason)}). La restaurer "
                "remet les collaborateurs, les entretiens et les passerelles dans l'état de "
                "cette date : ce qui a été saisi depuis n'y figurera pas. Le fichier endommagé "
                f"est conservé à côté, sous le nom « {self.db.name}.mise-de-cote-… ».")

    @property
    def when(self) -> str:
        return self.backup.taken_at.strftime("%d/%m/%Y à %H:%M") if self.backup else ""

    @property
    def restore_label(self) -> str:
        return f"Restaurer la dernière sauvegarde (du {self.when})" if self.backup else ""


def recovery_offer(db: Path, problem: str = "") -> RecoveryOffer:
    """What to propose for the damaged ``db`` (``DamagedStoreError.db`` / ``.problem``)."""
    return RecoveryOffer(Path(db), problem, _backup.newest_sound_backup(Path(db)))


def restore(offer: RecoveryOffer) -> RestoreReport:
    """Put the offered backup in place; the damaged file is renamed, never overwritten."""
    if offer.backup is None:
        raise StoreError(f"Aucune sauvegarde utilisable de « {offer.db} » n'a été trouvée.")
    return _backup.restore_backup(offer.db, offer.backup.path)


def restored_message(offer: RecoveryOffer, report: RestoreReport) -> str:
    """One line for the status bar once the application has started on the backup."""
    kept = f" ; le fichier endommagé est conservé : « {report.previous_kept_as} »" \
        if report.previous_kept_as else ""
    return f"Sauvegarde du {offer.when} restaurée{kept}."
