"""``import-rome`` and ``rome-status``: bring a ROME release into the store and show it."""

from __future__ import annotations

import argparse
import sys
from contextlib import closing

from cli.runner import print_json
from domain.text import decimal

_KIND_LABELS = {
    "savoir_faire": "savoir-faire",
    "savoir_etre": "savoir-être professionnels",
    "savoir": "savoirs (connaissances, diplômes, certifications)",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    imp = subparsers.add_parser(
        "import-rome",
        help="importe une version officielle du ROME (dossier ou zip RefRomeCsv)",
        description=(
            "Importe une version officielle du ROME 4.0 (fichiers CSV « RefRomeCsv » de France "
            "Travail, version 4.60 ou plus récente). Les fichiers sont vérifiés avant tout "
            "enregistrement ; en cas d'erreur, la base reste inchangée."
        ),
    )
    imp.add_argument("chemin", metavar="CHEMIN", help="dossier des fichiers CSV ou leur zip")
    imp.add_argument("--json", action="store_true", help="sortie JSON")
    imp.set_defaults(handler=_import_rome)

    status = subparsers.add_parser(
        "rome-status",
        help="affiche la version du ROME actuellement importée",
        description="Affiche la version du ROME enregistrée dans la base et ses effectifs.",
    )
    status.add_argument("--json", action="store_true", help="sortie JSON")
    status.set_defaults(handler=_rome_status)


def _import_rome(args: argparse.Namespace) -> int:
    from domain.rome.importer import import_release
    from domain.store.connection import connect

    with closing(connect()) as conn:
        report = import_release(conn, args.chemin, progress=_progress_printer(args.json))
    if args.json:
        print_json(report.to_dict())
        return 0
    if report.unchanged:
        print(
            f"La version {report.version} du ROME est déjà importée (fichiers identiques) : "
            "rien n'a été modifié."
        )
        return 0
    print(f"Version {report.version} du ROME importée en {_seconds(report.seconds)} :")
    _print_counts(report.to_dict())
    return 0


def _rome_status(args: argparse.Namespace) -> int:
    from domain.paths import rome_source
    from domain.rome.repository import release_info
    from domain.store.connection import connect

    with closing(connect()) as conn:
        info = release_info(conn)
    override = rome_source(getattr(args, "rome", None))
    if args.json:
        payload = info.to_dict() if info else None
        print_json({"store": payload, "override": str(override) if override else None})
        return 0
    if info is None:
        print("Aucune version du ROME n'est importée. Utilisez « python main.py import-rome "
              "CHEMIN » avec le dossier ou le zip RefRomeCsv de France Travail.")
    else:
        print(f"Version {info.version} du ROME, importée le {info.imported_at} "
              f"depuis « {info.source} » (en {_seconds(info.seconds)}) :")
        _print_counts(info.counts)
    if override:
        print(f"Remarque : les commandes utilisent la version désignée par --rome ou "
              f"PASSERELLES_ROME : « {override} ».")
    return 0


def _print_counts(counts: dict) -> None:
    print(f"  fiches métiers : {counts['sheets']}")
    for kind, number in counts["items"].items():
        print(f"  {_KIND_LABELS.get(kind, kind)} : {number}")
    print(f"  liens fiche-compétence/savoir : {counts['sheet_items']}")
    print(f"  appellations : {counts['appellations']}")
    print(f"  passerelles de mobilité : {counts['mobility']}")


def _seconds(value: float) -> str:
    return f"{decimal(value, 1)} s"


def _progress_printer(quiet: bool):
    """Progress on stderr, only for a person watching a terminal."""
    if quiet or not sys.stderr.isatty():
        return None
    last = [-1]

    def show(fraction: float, message: str) -> None:
        percent = int(fraction * 100)
        if percent // 10 != last[0] // 10:
            last[0] = percent
            sys.stderr.write(f"\r{percent:3d} % {message[:60]:<60}")
            if fraction >= 1.0:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return show
