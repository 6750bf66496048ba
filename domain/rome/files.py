"""Locating an official ROME 4.0 release and reading its CSV tables, checked.

France Travail publishes each release as a set of CSV files named
``unix_<name>_v<NNN>_utf8.csv`` (a folder or a zip). This module finds them, checks the version,
the encoding and the required columns, and returns plain tables of text cells; a file that is
missing, truncated, mis-encoded or of an unsupported version is refused with a French message
naming the file, the line and the column. Turning the tables into records is ``reader``'s job.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from domain.errors import Location, RomeError, os_reason

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]

MIN_VERSION = 460
_FILE_NAME = re.compile(r"^unix_(?P<name>[a-z0-9_]+?)_v(?P<version>\d{3,})_utf8\.csv$")

# Required columns of each required file; a tuple lists accepted spellings (the official
# files write "professionel"), the first one is the name used in code.
_Column = str | tuple[str, ...]
REQUIRED: dict[str, tuple[_Column, ...]] = {
    "referentiel_code_rome": ("code_rome", "libelle_rome"),
    "cr_gd_dp": (
        "code_rome",
        "code_grand_domaine",
        ("code_domaine_professionel", "code_domaine_professionnel"),
        ("libelle_domaine_professionel", "libelle_domaine_professionnel"),
    ),
    "texte": ("code_rome", "libelle_type_texte", "position_phrase", "libelle_texte"),
    "referentiel_code_rome_riasec": ("code_rome", "riasec_majeur", "riasec_mineur"),
    "referentiel_competence": ("code_ogr", "libelle_competence", "cat_comp", "code_ogr_macro_comp"),
    "referentiel_savoir": ("code_ogr_savoir", "libelle_savoir", "categorie_savoir"),
    "item": ("code_ogr", "libelle"),
    "coherence_item": ("code_rome", "code_ogr", "coeur_metier"),
    "referentiel_appellation": ("code_ogr", "libelle_appellation_long", "code_rome"),
    "rubrique_mobilite": ("code_rome", "code_rome_cible", "numero_ordre"),
}
_OPTIONAL = ("sous_cat_comp", "sous_categorie_savoir")
_CANCEL_EVERY = 20_000
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")  # an accented letter in UTF-8


class ImportCancelled(RomeError):
    """The user stopped the reading or the import; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("Import du ROME annulé : rien n'a été modifié.")


def file_name(name: str, version: int) -> str:
    return f"unix_{name}_v{version}_utf8.csv"


@dataclass
class ReleaseFiles:
    """The CSV files of one release inside a folder or a zip, found but not read yet."""

    source: Path
    version_number: int
    members: dict[str, str]  # short name ("item") -> path inside the folder or zip

    @property
    def version(self) -> str:
        return f"{self.version_number // 100}.{self.version_number % 100:02d}"

    def read_bytes(self, name: str) -> bytes:
        member = self.members[name]
        try:
            if self.source.is_dir():
                return (self.source / member).read_bytes()
            with zipfile.ZipFile(self.source) as archive:
                return archive.read(member)
        except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
            raise RomeError(
                f"Lecture impossible : {_reason(exc)}", Location(PurePosixPath(member).name)
            ) from exc

    def fingerprint(self) -> str:
        """sha256 over the files the import uses: same content, same fingerprint."""
        digest = hashlib.sha256()
        for name in sorted(REQUIRED):
            digest.update(name.encode() + b"\0")
            digest.update(hashlib.sha256(self.read_bytes(name)).digest())
        return digest.hexdigest()


def locate_release(path: Path | str) -> ReleaseFiles:
    """Find the release files (at the root or in one sub-folder) and check the version."""
    source = Path(path)
    if source.is_dir():
        found = [p for pattern in ("*", "*/*") for p in source.glob(pattern)  # never a whole tree
                 if p.suffix.lower() in (".csv", ".json", ".xml", ".zip")]
        listing = [p.relative_to(source).as_posix() for p in found]
    elif source.is_file():
        listing = _zip_listing(source)
    else:
        raise RomeError(f"Version du ROME introuvable : « {source} » n'existe pas")
    by_folder: dict[str, list[str]] = defaultdict(list)
    for member in listing:
        pure = PurePosixPath(member)
        if _FILE_NAME.match(pure.name) and "__MACOSX" not in pure.parts:
            by_folder[str(pure.parent)].append(member)
    if not by_folder:
        raise RomeError(_nothing_found(source, listing))
    if len(by_folder) > 1:
        folders = " ; ".join(sorted(by_folder))
        raise RomeError(f"Fichiers du ROME dans plusieurs dossiers de « {source} » : {folders}")
    return _files_of(source, next(iter(by_folder.values())))


RIGHT_DOWNLOAD = (
    "le zip « RefRomeCsv » (fichiers CSV unix_…_utf8.csv, version 4.60 ou plus récente) "
    "téléchargé sur le site open data de France Travail"
)
_OTHER_EXPORT = re.compile(r"^unix_[a-z0-9_]+_v\d{3,}.*\.(?P<kind>json|xml)$", re.IGNORECASE)
_EXPORT_ZIP = re.compile(r"^RefRome(?P<kind>Json|Xml|Csv)\b.*\.zip$", re.IGNORECASE)


def _nothing_found(source: Path, listing: list[str]) -> str:
    """Why no release was found, naming the right download (issue 12: JSON/XML exports)."""
    names = [PurePosixPath(member).name for member in listing]
    kinds = sorted({m["kind"].upper() for n in names if (m := _OTHER_EXPORT.match(n))})
    if kinds:
        example = next(n for n in names if _OTHER_EXPORT.match(n))
        return (
            f"« {source.name} » contient l'export {' et '.join(kinds)} du ROME (par exemple "
            f"« {example} »), que Passerelles ne lit pas : il faut {RIGHT_DOWNLOAD}, de la "
            "même version, puis l'importer (dossier ou zip)."
        )
    zips = {n: m["kind"].upper() for n in names if (m := _EXPORT_ZIP.match(n))}
    if zips:
        csv_zip = [n for n, kind in zips.items() if kind == "CSV"]
        if csv_zip:
            return (f"« {source} » contient le zip « {csv_zip[0]} » : importez ce zip "
                    "lui-même (ou son contenu décompressé), pas le dossier qui le contient.")
        found = " ; ".join(f"« {n} » (export {kind})" for n, kind in sorted(zips.items()))
        return (f"« {source.name} » ne contient que {found}, que Passerelles ne lit pas : il "
                f"faut {RIGHT_DOWNLOAD}.")
    return (
        f"Aucun fichier du ROME (unix_…_v460_utf8.csv) dans « {source} » : indiquez le "
        f"dossier ou {RIGHT_DOWNLOAD}"
    )


def _reason(exc: Exception) -> str:
    """French words for a failed read (the zip module's own are English)."""
    if isinstance(exc, zipfile.LargeZipFile):
        return "archive zip trop volumineuse"
    if isinstance(exc, zipfile.BadZipFile):
        return "archive zip abîmée ou qui n'en est pas une"
    return os_reason(exc)


def _zip_listing(source: Path) -> list[str]:
    if not zipfile.is_zipfile(source) and source.suffix.lower() == ".csv":
        raise RomeError(_one_csv_file(source))
    try:
        with zipfile.ZipFile(source) as archive:
            return [i.filename for i in archive.infolist() if not i.is_dir()]
    except (OSError, zipfile.BadZipFile) as exc:
        raise RomeError(
            f"« {source.name} » n'est ni un dossier ni un zip lisible ({_reason(exc)})"
        ) from exc


def _one_csv_file(source: Path) -> str:
    """Why a single CSV file is not a release: a release is a folder (or zip) of ten files."""
    folder = source.parent if str(source.parent) != "." else source.resolve().parent
    if _FILE_NAME.match(source.name):
        return (
            f"« {source.name} » est un des fichiers d'une version du ROME : Passerelles importe "
            f"la version entière. Choisissez le dossier qui le contient, « {folder} » (ou le zip "
            "« RefRomeCsv » d'où il vient), qui doit contenir tous les fichiers unix_…_utf8.csv "
            "de la version"
        )
    return (
        f"« {source.name} » est un fichier CSV isolé, pas une version du ROME : indiquez le "
        f"dossier qui contient ses fichiers unix_…_utf8.csv ou {RIGHT_DOWNLOAD}"
    )


def _files_of(source: Path, members: list[str]) -> ReleaseFiles:
    versions: dict[int, list[str]] = defaultdict(list)
    names: dict[str, str] = {}
    for member in members:
        match = _FILE_NAME.match(PurePosixPath(member).name)
        if match is None:
            continue
        versions[int(match["version"])].append(PurePosixPath(member).name)
        names[match["name"]] = member
    if len(versions) > 1:
        found = " ; ".join(
            f"v{v} : " + ", ".join(sorted(f)[:3]) + (" …" if len(f) > 3 else "")
            for v, f in sorted(versions.items())
        )
        raise RomeError(f"Fichiers de versions différentes du ROME mélangés : {found}")
    version = next(iter(versions))
    if version < MIN_VERSION:
        raise RomeError(
            f"Version {version // 100}.{version % 100:02d} du ROME non prise en charge : il faut "
            f"la version 4.60 ou plus récente",
            Location(sorted(versions[version])[0]),
        )
    missing = [file_name(n, version) for n in REQUIRED if n not in names]
    if missing:
        raise RomeError(
            f"Version du ROME incomplète dans « {source} » : "
            + ("fichier manquant : " if len(missing) == 1 else "fichiers manquants : ")
            + ", ".join(missing)
        )
    return ReleaseFiles(source, version, {n: names[n] for n in REQUIRED})


@dataclass
class Table:
    """One validated CSV file: header positions and rows, with the line of each row."""

    file: str
    columns: dict[str, int]
    rows: list[list[str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    def index(self, column: str) -> int:
        return self.columns[column]

    def optional_index(self, column: str) -> int | None:
        return self.columns.get(column)

    def rows_with_lines(self) -> Iterator[tuple[list[str], int]]:
        return zip(self.rows, self.lines, strict=True)


def read_tables(
    files: ReleaseFiles, progress: Progress | None = None, cancel: Cancel | None = None
) -> dict[str, Table]:
    """Read every required file; any defect is refused before anything is used."""
    tables: dict[str, Table] = {}
    for done, name in enumerate(REQUIRED):
        if cancel and cancel():
            raise ImportCancelled()
        display = PurePosixPath(files.members[name]).name
        if progress:
            progress(0.8 * done / len(REQUIRED), f"Lecture de {display}")
        tables[name] = parse_csv(display, files.read_bytes(name), REQUIRED[name], cancel)
    return tables


def parse_csv(
    display: str, data: bytes, required: tuple[_Column, ...], cancel: Cancel | None = None
) -> Table:
    text = _decode(display, data, required)
    if text and not text.endswith("\n"):
        last = text.count("\n") + 1
        raise RomeError(
            "Fichier tronqué : la dernière ligne n'est pas terminée (téléchargement incomplet ?)",
            Location(display, last),
        )
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1  # the line being read, for the error message
    try:
        header = next(reader, None)
        if header is None:
            raise RomeError("Fichier vide : l'en-tête est absent", Location(display, 1))
        try:
            table = Table(display, _header(display, [h.strip() for h in header], required))
        except RomeError:
            resaved = _resaved_by_spreadsheet(display, data, text, required)
            if resaved is not None:
                raise resaved from None
            raise
        width, start = len(header), reader.line_num + 1
        for row in reader:
            if len(row) != width:
                raise RomeError(
                    f"Ligne incomplète ou tronquée : {len(row)} champ(s) au lieu de {width}",
                    Location(display, start),
                )
            table.rows.append(row)
            table.lines.append(start)
            start = reader.line_num + 1
            if cancel and len(table.rows) % _CANCEL_EVERY == 0 and cancel():
                raise ImportCancelled()
    except csv.Error:
        raise RomeError(
            "Fichier CSV mal formé ou tronqué : guillemet mal placé ou non fermé",
            Location(display, start),
        ) from None
    return table


def _resaved_by_spreadsheet(
    display: str, data: bytes, text: str, required: tuple[_Column, ...], *,
    recoded: bool = False,
) -> RomeError | None:
    """The error for an official file re-saved by Excel or another spreadsheet, if it is one.

    The official files are comma-separated, quoted and without a byte order mark; a
    spreadsheet re-saves them with its own separator (« ; » in French settings, or a tab), often
    a BOM and Windows line ends. The columns are then all there, but in one cell: refused with
    words that say what happened and how to get the original back, since a spreadsheet may also
    have changed codes and dates on the way. ``recoded``: the bytes are not UTF-8 and ``text``
    was decoded as Windows-1252, the encoding Excel writes in its default French « CSV »
    format; the separator may then even be the official « , », when no character of the file
    is still in UTF-8 (a stray byte in a UTF-8 file is a damaged file, not a re-save).
    """
    first = text.split("\n", 1)[0].rstrip("\r")
    separators: tuple[tuple[str, str], ...] = ((";", "« ; »"), ("\t", "tabulation"))
    if recoded and _UTF8_SEQUENCE.search(data) is None:
        separators += ((",", ""),)
    for separator, shown in separators:
        cells = [c.strip().strip('"') for c in first.split(separator)]
        if len(cells) > 1 and all(_has(cells, c) for c in required):
            signs = [f"séparateur {shown} au lieu de « , »"] if shown else []
            if recoded:
                signs.append("encodage Windows (ANSI, cp1252) au lieu d'UTF-8")
            if data.startswith(codecs.BOM_UTF8):
                signs.append("marque d'encodage (BOM) en tête")
            if "\r\n" in text[:4096]:
                signs.append("fins de ligne Windows")
            return RomeError(
                f"Le fichier « {display} » a été modifié : il a été ouvert puis réenregistré par "
                f"un tableur tel qu'Excel ({', '.join(signs)}) et n'est plus au format officiel. "
                "Reprenez le fichier d'origine : décompressez à nouveau le zip « RefRomeCsv » "
                "téléchargé sur le site open data de France Travail (ou téléchargez-le de "
                "nouveau) et importez-le sans ouvrir ses fichiers dans un tableur",
                Location(display, 1),
            )
    return None


def _has(cells: list[str], column: _Column) -> bool:
    spellings = (column,) if isinstance(column, str) else column
    return any(s in cells for s in spellings)


def _decode(display: str, data: bytes, required: tuple[_Column, ...] = ()) -> str:
    """The file's text (UTF-8, BOM or not); a file in another encoding is refused, as re-saved
    by a spreadsheet when its header is the official one (Excel's French « CSV » format)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        if required:
            windows = data.decode("cp1252", errors="replace")
            resaved = _resaved_by_spreadsheet(display, data, windows, required, recoded=True)
            if resaved is not None:
                raise resaved from None
        raise RomeError(
            "Le fichier n'est pas encodé en UTF-8 (octet invalide) : prenez les fichiers "
            "« _utf8 » de la version officielle",
            Location(display, line),
        ) from None


def _header(display: str, header: list[str], required: tuple[_Column, ...]) -> dict[str, int]:
    positions = {name: i for i, name in enumerate(header)}
    columns: dict[str, int] = {}
    for column in required:
        spellings = (column,) if isinstance(column, str) else column
        found = next((positions[s] for s in spellings if s in positions), None)
        if found is None:
            raise RomeError(
                f"Colonne obligatoire absente : « {spellings[0]} »",
                Location(display, 1, spellings[0]),
            )
        columns[spellings[0]] = found
    for column in _OPTIONAL:
        if column in positions:
            columns[column] = positions[column]
    return columns


