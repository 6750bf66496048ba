"""Reading and validating an official ROME 4.0 release into a ``RomeRelease``.

The tables come from ``domain.rome.files`` (located, decoded, columns checked); this module
turns them into records and checks what links them (every code known, no duplicate), so a
release that contradicts itself is refused with the file, the line and the column.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from domain.errors import Location, RomeError
from domain.rome.files import Cancel, Progress, ReleaseFiles, Table, locate_release, read_tables
from domain.rome.model import (
    Appellation,
    MobilityLink,
    RomeItem,
    RomeRelease,
    RomeSheet,
    SheetItem,
)
from domain.text import fold

_CORE_FLAGS = {"": "", "principale": "Principale", "emergente": "Émergente"}
_TEXT_KINDS = {"definition": "definition", "acces_metier": "access"}


def read_release(
    path: Path | str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> RomeRelease:
    """Read and validate the release at ``path`` (a folder or a zip)."""
    return read_located(locate_release(path), progress, cancel)


def read_located(
    files: ReleaseFiles,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> RomeRelease:
    """Read a release already located (the importer hashes it first to skip re-imports)."""
    tables = read_tables(files, progress, cancel)
    release = RomeRelease(version=files.version)
    release.sheets = _sheets(tables)
    release.items = _items(tables)
    release.sheet_items = _sheet_items(tables, release)
    release.appellations = _appellations(tables, release)
    release.mobility = _mobility(tables, release)
    if progress:
        progress(1.0, "Lecture terminée")
    return release


def _text(value: str) -> str:
    """Official files double some apostrophes (``l''entretien``); labels shown must not."""
    return value.replace("''", "'").strip() if "''" in value else value.strip()


def _duplicate(table: Table, line: int, column: str, code: str) -> RomeError:
    return RomeError(
        f"Code en double « {code} » : la version du ROME est incohérente",
        Location(table.file, line, column),
    )


def _unknown_sheet(table: Table, line: int, column: str, code: str) -> RomeError:
    return RomeError(
        f"Code ROME inconnu « {code} » (absent du fichier des fiches métiers)",
        Location(table.file, line, column),
    )


def _required_code(table: Table, line: int, column: str, value: str) -> str:
    if not value:
        raise RomeError("Valeur vide là où un code est attendu", Location(table.file, line, column))
    return value


def _sheets(tables: dict[str, Table]) -> dict[str, RomeSheet]:
    base = tables["referentiel_code_rome"]
    code_i, label_i = base.index("code_rome"), base.index("libelle_rome")
    sheets: dict[str, dict[str, str]] = {}
    for row, line in base.rows_with_lines():
        code = _required_code(base, line, "code_rome", row[code_i].strip())
        if code in sheets:
            raise _duplicate(base, line, "code_rome", code)
        sheets[code] = {"code": code, "label": _text(row[label_i])}
    _add_tree(tables["cr_gd_dp"], sheets)
    _add_texts(tables["texte"], sheets)
    _add_riasec(tables["referentiel_code_rome_riasec"], sheets)
    return {code: RomeSheet(**fields) for code, fields in sheets.items()}


def _sheet_rows(
    table: Table, sheets: dict[str, dict[str, str]]
) -> Iterable[tuple[list[str], int, dict[str, str]]]:
    """Rows of a per-sheet file, each with the sheet it describes (unknown codes refused)."""
    code_i = table.index("code_rome")
    for row, line in table.rows_with_lines():
        code = row[code_i].strip()
        fields = sheets.get(code)
        if fields is None:
            raise _unknown_sheet(table, line, "code_rome", code)
        yield row, line, fields


def _add_tree(table: Table, sheets: dict[str, dict[str, str]]) -> None:
    major_i = table.index("code_grand_domaine")
    domain_i = table.index("code_domaine_professionel")
    label_i = table.index("libelle_domaine_professionel")
    for row, _line, fields in _sheet_rows(table, sheets):
        fields["major_domain"] = row[major_i].strip()
        fields["domain_code"] = row[domain_i].strip()
        fields["domain_label"] = _text(row[label_i])


def _add_texts(table: Table, sheets: dict[str, dict[str, str]]) -> None:
    kind_i, pos_i, text_i = (
        table.index("libelle_type_texte"),
        table.index("position_phrase"),
        table.index("libelle_texte"),
    )
    phrases: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for row, line, fields in _sheet_rows(table, sheets):
        kind = _TEXT_KINDS.get(row[kind_i].strip())
        if kind is None:
            continue  # other text kinds may appear in later releases; we do not use them
        position = _integer(table, line, "position_phrase", row[pos_i])
        phrases[(fields["code"], kind)].append((position, _text(row[text_i])))
    for (code, kind), parts in phrases.items():
        sheets[code][kind] = "\n".join(text for _pos, text in sorted(parts) if text)


def _add_riasec(table: Table, sheets: dict[str, dict[str, str]]) -> None:
    major_i, minor_i = table.index("riasec_majeur"), table.index("riasec_mineur")
    for row, _line, fields in _sheet_rows(table, sheets):
        fields["riasec"] = row[major_i].strip() + row[minor_i].strip()


def _integer(table: Table, line: int, column: str, value: str) -> int:
    try:
        return int(value.strip() or 0)
    except ValueError:
        raise RomeError(
            f"Nombre entier attendu, trouvé « {value} »", Location(table.file, line, column)
        ) from None


def _competency_kind(table: Table, line: int, value: str) -> str:
    key = fold(value).replace(" ", "-")
    if key.startswith("savoir-etre"):
        return "savoir_etre"
    if key.startswith("savoir-faire"):
        return "savoir_faire"
    raise RomeError(
        f"Catégorie de compétence inconnue « {value} » (attendu : Savoir-faire ou "
        "Savoir-être professionnel)",
        Location(table.file, line, "cat_comp"),
    )


def _items(tables: dict[str, Table]) -> dict[str, RomeItem]:
    item_file = tables["item"]
    code_i, label_i = item_file.index("code_ogr"), item_file.index("libelle")
    item_labels = {row[code_i].strip(): row[label_i] for row in item_file.rows}
    items: dict[str, RomeItem] = {}
    _add_competencies(tables["referentiel_competence"], item_labels, items)
    _add_savoirs(tables["referentiel_savoir"], items)
    return items


def _add_competencies(
    table: Table, item_labels: dict[str, str], items: dict[str, RomeItem]
) -> None:
    """Competencies keep their macro-competency; a macro-competency is its own macro."""
    code_i, label_i = table.index("code_ogr"), table.index("libelle_competence")
    cat_i, macro_i = table.index("cat_comp"), table.index("code_ogr_macro_comp")
    sub_i = table.optional_index("sous_cat_comp")
    own_labels = {row[code_i].strip(): row[label_i] for row in table.rows}
    for row, line in table.rows_with_lines():
        code = _required_code(table, line, "code_ogr", row[code_i].strip())
        if code in items:
            raise _duplicate(table, line, "code_ogr", code)
        macro = row[macro_i].strip() or code
        macro_label = item_labels.get(macro) or own_labels.get(macro, "")
        items[code] = RomeItem(
            code=code,
            label=_text(row[label_i]),
            kind=_competency_kind(table, line, row[cat_i]),  # type: ignore[arg-type]
            category=row[cat_i].strip(),
            subcategory=row[sub_i].strip() if sub_i is not None else "",
            macro_code=macro,
            macro_label=_text(macro_label),
        )


def _add_savoirs(table: Table, items: dict[str, RomeItem]) -> None:
    code_i, label_i = table.index("code_ogr_savoir"), table.index("libelle_savoir")
    cat_i = table.index("categorie_savoir")
    sub_i = table.optional_index("sous_categorie_savoir")
    for row, line in table.rows_with_lines():
        code = _required_code(table, line, "code_ogr_savoir", row[code_i].strip())
        if code in items:
            raise _duplicate(table, line, "code_ogr_savoir", code)
        items[code] = RomeItem(
            code=code,
            label=_text(row[label_i]),
            kind="savoir",
            category=_text(row[cat_i]),
            subcategory=_text(row[sub_i]) if sub_i is not None else "",
        )


def _sheet_items(tables: dict[str, Table], release: RomeRelease) -> dict[str, list[SheetItem]]:
    """Links from sheets to competencies and savoirs; work contexts and sectors are skipped."""
    table = tables["coherence_item"]
    rome_i, code_i, core_i = (
        table.index("code_rome"),
        table.index("code_ogr"),
        table.index("coeur_metier"),
    )
    result: dict[str, list[SheetItem]] = {code: [] for code in release.sheets}
    seen: set[tuple[str, str]] = set()
    for row, line in table.rows_with_lines():
        code_rome, item_code = row[rome_i].strip(), row[code_i].strip()
        if item_code not in release.items:
            continue
        if code_rome not in release.sheets:
            raise _unknown_sheet(table, line, "code_rome", code_rome)
        if (code_rome, item_code) in seen:
            continue
        seen.add((code_rome, item_code))
        core = _CORE_FLAGS.get(fold(row[core_i]))
        if core is None:
            raise RomeError(
                f"Valeur inattendue « {row[core_i]} » (attendu : Principale, Émergente ou vide)",
                Location(table.file, line, "coeur_metier"),
            )
        result[code_rome].append(SheetItem(code_rome, item_code, core))  # type: ignore[arg-type]
    return result


def _appellations(tables: dict[str, Table], release: RomeRelease) -> list[Appellation]:
    table = tables["referentiel_appellation"]
    code_i, label_i, rome_i = (
        table.index("code_ogr"),
        table.index("libelle_appellation_long"),
        table.index("code_rome"),
    )
    result: list[Appellation] = []
    seen: set[str] = set()
    for row, line in table.rows_with_lines():
        code, code_rome = row[code_i].strip(), row[rome_i].strip()
        _required_code(table, line, "code_ogr", code)
        if code_rome not in release.sheets:
            raise _unknown_sheet(table, line, "code_rome", code_rome)
        if code in seen:
            raise _duplicate(table, line, "code_ogr", code)
        seen.add(code)
        result.append(Appellation(code, _text(row[label_i]), code_rome))
    return result


def _mobility(tables: dict[str, Table], release: RomeRelease) -> list[MobilityLink]:
    table = tables["rubrique_mobilite"]
    src_i, dst_i, ord_i = (
        table.index("code_rome"),
        table.index("code_rome_cible"),
        table.index("numero_ordre"),
    )
    result: list[MobilityLink] = []
    seen: set[tuple[str, str]] = set()
    for row, line in table.rows_with_lines():
        source, target = row[src_i].strip(), row[dst_i].strip()
        for column, code in (("code_rome", source), ("code_rome_cible", target)):
            if code not in release.sheets:
                raise _unknown_sheet(table, line, column, code)
        if (source, target) in seen:
            continue
        seen.add((source, target))
        result.append(MobilityLink(source, target, _integer(table, line, "numero_ordre", row[ord_i])))
    return result

