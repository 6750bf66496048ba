"""Which column of a roster holds which field: the usual French headers, and the user's mapping.

HR systems and Excel users name the same column many ways: « Matricule », « N° de matricule »,
« Nom de naissance », « Nom d’usage », « Prénom(s) », « Intitulé poste », « Date d'entrée
(jj/mm/aaaa) », « Souhait(s) ». A header is compared on a key (accents, case, apostrophes and
punctuation folded; « (s) », « (jj/mm/aaaa) » and other parenthesised hints tried with and
without). Any other header can be given a field by the user (``column_mapping``: header as
written → field name, or « » to leave it out); ``domain.people.column_memory`` remembers that
choice for the next file with the same headers. A mapping is checked against the file
(``mapping_problems``): each header it names must be in the file, one column per field. The
usage name wins over the birth name when
both columns exist and the usage name is filled.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from domain.text import fold

FIELDS: dict[str, tuple[str, frozenset[str]]] = {  # field → (French label, header keys)
    "id": ("Matricule", frozenset({
        "matricule", "mat", "n matricule", "no matricule", "numero matricule", "num matricule",
        "numero de matricule", "n de matricule", "no de matricule", "num de matricule",
        "matricule rh", "matricule paie", "matricule salarie", "matricule agent", "id",
        "identifiant", "identifiant salarie", "id salarie", "n salarie", "numero salarie",
        "code salarie", "n agent", "employee id"})),
    "last_name": ("Nom", frozenset({
        "nom", "nom de famille", "nom salarie", "last name", "nom du salarie", "nom de naissance",
        "nom patronymique", "nom naissance", "nom de jeune fille", "nom agent"})),
    "usage_name": ("Nom d'usage", frozenset({
        "nom d usage", "nom usage", "nom usuel", "nom marital", "nom d epouse", "nom utilise"})),
    "first_name": ("Prénom", frozenset({
        "prenom", "prenoms", "prenom usuel", "first name", "prenom salarie", "prenom d usage"})),
    "job": ("Métier", frozenset({
        "metier", "emploi", "poste", "intitule de poste", "intitule du poste", "intitule poste",
        "intitule", "intitule emploi", "intitule de l emploi", "intitule fonction", "fonction",
        "metier actuel", "emploi occupe", "libelle emploi", "libelle de l emploi",
        "libelle du poste", "libelle poste", "libelle fonction", "poste occupe", "job",
        "metier exerce", "emploi repere", "fonction occupee"})),
    "entry_date": ("Date d'entrée", frozenset({
        "date d entree", "date entree", "entree", "date d embauche", "date embauche",
        "date d arrivee", "date arrivee", "entree dans l entreprise", "date d anciennete",
        "date anciennete", "anciennete", "date d entree dans l entreprise",
        "date d entree groupe", "date d entree societe", "date de debut de contrat"})),
    "exit_date": ("Date de sortie", frozenset({
        "date de sortie", "date sortie", "sortie", "date de depart", "date depart",
        "date de fin de contrat"})),
    "wishes": ("Souhaits", frozenset({
        "souhaits", "souhait", "voeux", "vœux", "souhaits d evolution", "souhaits de mobilite",
        "souhait de mobilite", "souhait d evolution", "aspirations", "projet professionnel",
        "souhaits de formation", "commentaire souhaits"})),
}
REQUIRED = ("id", "first_name", "job")  # and a name: « Nom » or « Nom d'usage »
# The short French name of each field on the command line (``import-roster --colonne
# "EN-TÊTE=CHAMP"``), named here so that a message can say how to map a column there too.
COMMAND_NAMES = {"id": "matricule", "last_name": "nom", "usage_name": "nom-usage",
                 "first_name": "prenom", "job": "metier", "entry_date": "date-entree",
                 "exit_date": "date-sortie", "wishes": "souhaits"}
_PARENTHESISED = re.compile(r"\([^)]*\)")


def header_key(text: str) -> str:
    """« N° de matricule » → « n de matricule »; « Nom d’usage » → « nom d usage »."""
    return re.sub(r"[^a-z0-9œ]+", " ", fold(text).replace("°", "").replace("º", "o")).strip()


def field_of(header: str) -> str | None:
    """The field a header names on its own (no user mapping), or None."""
    for key in (header_key(header), header_key(_PARENTHESISED.sub(" ", header))):
        for field, (_, names) in FIELDS.items():
            if key in names:
                return field
    return None


def header_score(cells: list[str]) -> int:
    """How many distinct roster fields a candidate header row names (0: not a header)."""
    return len({f for f in map(field_of, cells) if f})


def mapped_score(mapping: Mapping[str, str]):
    """A header score that also counts the headers the user mapped."""
    keys = {header_key(h): f for h, f in mapping.items() if f}

    def score(cells: list[str]) -> int:
        return len({keys.get(header_key(c)) or field_of(c) for c in cells} - {None})

    return score


@dataclass(frozen=True)
class ColumnChoice:
    """Where a field was found: its column (0-based), header, and whether the user chose it."""

    field: str
    index: int
    header: str
    by_user: bool


@dataclass(frozen=True)
class ColumnProblem:
    header: str | None
    message: str


def map_columns(header: Sequence[str], mapping: Mapping[str, str] | None = None,
                ) -> tuple[dict[str, ColumnChoice], list[str], list[ColumnProblem]]:
    """Field → column; headers left out; problems (the mapping's, duplicate, missing field).

    ``mapping`` (header as written → field name, « » to leave the column out) wins over the
    recognised headers; an automatic match for a field the user gave another column is left out.
    """
    user = {header_key(h): f for h, f in (mapping or {}).items()}
    problems = mapping_problems(header, mapping or {})
    chosen: dict[str, ColumnChoice] = {}
    for index, text in enumerate(header):
        field = user.get(header_key(text)) if header_key(text) in user else None
        if field and field in FIELDS and field not in chosen:
            chosen[field] = ColumnChoice(field, index, text, True)
    ignored: list[str] = []
    for index, text in enumerate(header):
        key = header_key(text)
        if key in user:
            if not user[key] and text:
                ignored.append(text)
            continue
        field = field_of(text)
        if field is None or (field in chosen and chosen[field].by_user):
            if text:
                ignored.append(text)
        elif field in chosen:
            first = chosen[field].header
            problems.append(ColumnProblem(text, f"deux colonnes pour « {FIELDS[field][0]} » "
                                          f"(« {first} » et « {text} ») : gardez-en une, ou "
                                          "indiquez laquelle ignorer"))
        else:
            chosen[field] = ColumnChoice(field, index, text, False)
    unknown = [h for h in header if h and field_of(h) is None and header_key(h) not in user]
    missing = [f for f in REQUIRED if f not in chosen]
    if "last_name" not in chosen and "usage_name" not in chosen:
        missing.insert(1, "last_name")
    for count, field in enumerate(missing):
        label = "« Nom » (ou « Nom d'usage »)" if field == "last_name" else \
            f"« {FIELDS[field][0]} »"
        diverted = next((h for h in header if header_key(h) in user and field_of(h) in
                         ((field, "usage_name") if field == "last_name" else (field,))), None)
        if diverted is not None:  # the user gave the recognised column another use
            use = user[header_key(diverted)]
            problems.append(ColumnProblem(None, f"colonne obligatoire absente : {label} ; la "
                                          f"colonne « {diverted} » du fichier est "
                                          + (f"choisie pour « {FIELDS[use][0]} »" if use in FIELDS
                                             else "laissée de côté") + " à votre demande"))
            continue
        problems.append(ColumnProblem(None, f"colonne obligatoire absente : {label}"
                                      + _hint(field, unknown, count, bool(user))))
    return chosen, ignored, problems


def mapping_problems(header: Sequence[str], mapping: Mapping[str, str]) -> list[ColumnProblem]:
    """What is wrong with the user's ``mapping`` for a file whose header row is ``header``.

    A field that does not exist; a header that is not in the file (the file's headers are
    listed); two headers given the same field (one column per field). The window's column
    page and the command line's ``--colonne`` go through this same rule.
    """
    problems = [ColumnProblem(h, f"champ « {f} » inconnu ; champs possibles : "
                              + ", ".join(FIELDS)) for h, f in mapping.items()
                if f and f not in FIELDS]
    present = {header_key(h) for h in header if h.strip()}
    listed = ", ".join(f"« {h} »" for h in header if h.strip())
    for text, field in mapping.items():
        if header_key(text) not in present:
            what = f"choisie pour « {FIELDS[field][0]} »" if field in FIELDS else "à ignorer"
            problems.append(ColumnProblem(None, f"la colonne « {text} » {what} n'est pas dans ce "
                                          f"fichier ; ses en-têtes sont : {listed}"))
    by_field: dict[str, list[str]] = {}
    for text, field in mapping.items():
        if field in FIELDS and header_key(text) in present:
            by_field.setdefault(field, []).append(text)
    for field, texts in by_field.items():
        if len(texts) > 1:
            both = " et ".join(f"« {t} »" for t in texts)
            problems.append(ColumnProblem(None, f"{len(texts)} colonnes choisies pour "
                                          f"« {FIELDS[field][0]} » ({both}) : un champ se lit "
                                          "dans une seule colonne, choisissez-en une"))
    return problems


def _hint(field: str, unknown: Sequence[str], count: int, mapped: bool) -> str:
    """How to say which column holds ``field``, in the window and on the command line, with
    the file's headers that are not recognised (and not mapped by the user); the example of
    the ``count``-th missing field takes the ``count``-th such header. ``mapped``: the user
    chose some columns."""
    if not unknown and mapped:
        return (" ; chaque colonne du fichier est déjà lue, reconnue ou selon vos choix : "
                "revoyez vos choix de colonnes, ou ajoutez-la au fichier")
    if not unknown:
        return (" ; le fichier n'a aucune autre colonne : ajoutez-la, ou refaites l'export du "
                "SIRH avec cette colonne")
    example = unknown[count % len(unknown)]
    return (" ; si le fichier l'a sous un autre nom, indiquez laquelle (fenêtre : onglet "
            "« Colonnes » de l'aperçu de l'import ; ligne de commande : --colonne "
            f"\"{example}={COMMAND_NAMES[field]}\") ; colonnes non reconnues : "
            + ", ".join(f"« {h} »" for h in unknown[:8]) + (" …" if len(unknown) > 8 else ""))
