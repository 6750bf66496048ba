"""People subcommands: roster import, listing, RGPD rights, retention and backups."""

from __future__ import annotations

import argparse
from contextlib import closing
from pathlib import Path

from cli.runner import print_json
from domain.people.roster_columns import COMMAND_NAMES
from domain.text import plural

# French field names on the command line → roster fields (``domain.people.roster_columns``).
COLUMN_FIELDS = {name: field for field, name in COMMAND_NAMES.items()} | {"ignorer": ""}


def register(subparsers: argparse._SubParsersAction) -> None:
    imp = subparsers.add_parser(
        "import-roster", help="importe l'effectif (CSV, Excel .xlsx/.xls, LibreOffice .ods)",
        description=(
            "Importe l'effectif : colonnes Matricule, Nom (ou Nom d'usage), Prénom, Métier (et "
            "Date d'entrée, Date de sortie, Souhaits), sous leurs noms usuels (« N° de "
            "matricule », « Intitulé poste », « Date d'embauche »…). CSV ou texte (« ; », « , » "
            "ou tabulation ; UTF-8, Windows-1252 ou Mac), classeur Excel (.xlsx, .xls), "
            "LibreOffice (.ods) ou page web enregistrée en .xls. Les lignes de titre, les lignes "
            "vides et les totaux sont ignorés et signalés. Si une ligne est fausse, rien n'est "
            "enregistré et toutes les lignes fausses sont listées. Un nouvel import met à jour "
            "les personnes par matricule."))
    imp.add_argument("fichier", metavar="FICHIER", help="fichier de l'effectif")
    imp.add_argument("--apercu", action="store_true",
                     help="vérifie le fichier et affiche ce qui serait importé, sans enregistrer")
    imp.add_argument("--colonne", action="append", default=[], metavar="EN-TÊTE=CHAMP",
                     help="lit la colonne EN-TÊTE comme CHAMP (" + ", ".join(COLUMN_FIELDS)
                     + ") ; choix retenu pour les prochains fichiers aux mêmes en-têtes")
    imp.add_argument("--metier", action="append", default=[], metavar="LIGNE=MÉTIER",
                     help="métier de l'étude à retenir pour la ligne LIGNE du fichier")
    imp.add_argument("--exclure", action="append", default=[], type=int, metavar="LIGNE",
                     help="laisse de côté la ligne LIGNE du fichier")
    imp.add_argument("--json", action="store_true", help="sortie JSON")
    imp.set_defaults(handler=_import_roster)

    lst = subparsers.add_parser("employees", help="liste les personnes enregistrées",
                                description="Liste les personnes de l'effectif enregistré.")
    lst.add_argument("--json", action="store_true", help="sortie JSON")
    lst.add_argument("--presents", action="store_true",
                     help="seulement les personnes sans date de sortie passée")
    lst.set_defaults(handler=_employees)

    forget = subparsers.add_parser(
        "forget-employee", help="efface complètement une personne (droit à l'effacement)",
        description=(
            "Efface la personne et tout ce qui la concerne : lignes de la base, notes, "
            "passerelles, fichiers générés connus, et ses traces dans les sauvegardes "
            "automatiques. Irréversible."))
    forget.add_argument("matricule", metavar="MATRICULE")
    forget.add_argument("--json", action="store_true", help="sortie JSON")
    forget.set_defaults(handler=_forget)

    export = subparsers.add_parser(
        "export-employee", help="exporte tout ce qui est détenu sur une personne (JSON)",
        description="Écrit dans un fichier JSON tout ce que Passerelles détient sur la "
                    "personne (droit d'accès), notes d'entretien comprises.")
    export.add_argument("matricule", metavar="MATRICULE")
    export.add_argument("--out", required=True, metavar="FICHIER", help="fichier JSON à écrire")
    export.add_argument("--remplacer", action="store_true", help="remplace un fichier existant")
    export.set_defaults(handler=_export)

    _register_maintenance(subparsers)


def _register_maintenance(subparsers: argparse._SubParsersAction) -> None:
    from domain.people.privacy import DEFAULT_NOTE_RETENTION_MONTHS

    purge = subparsers.add_parser(
        "purge-notes", help="supprime les notes d'entretien plus anciennes que la durée de "
                            "conservation",
        description="Supprime les notes d'entretien tenues avant la durée de conservation, "
                    "dans la base et dans les sauvegardes automatiques.")
    purge.add_argument("--mois", type=int, default=DEFAULT_NOTE_RETENTION_MONTHS,
                       help=f"durée de conservation en mois (défaut : "
                            f"{DEFAULT_NOTE_RETENTION_MONTHS})")
    purge.add_argument("--json", action="store_true", help="sortie JSON")
    purge.set_defaults(handler=_purge)

    stats = subparsers.add_parser(
        "export-stats", help="export pseudonymisé pour les statistiques (CSV)",
        description="Écrit un CSV sans nom ni matricule ni texte libre : métier, famille, "
                    "année d'entrée, ancienneté, passerelles choisies. Les pseudonymes changent "
                    "à chaque export.")
    stats.add_argument("--out", required=True, metavar="FICHIER", help="fichier CSV à écrire")
    stats.add_argument("--remplacer", action="store_true", help="remplace un fichier existant")
    stats.set_defaults(handler=_stats)

    backups = subparsers.add_parser("backups", help="liste les sauvegardes automatiques",
                                    description="Liste les sauvegardes automatiques de la base.")
    backups.add_argument("--json", action="store_true", help="sortie JSON")
    backups.set_defaults(handler=_backups)

    restore = subparsers.add_parser(
        "restore-backup", help="remet en place une sauvegarde automatique",
        description="Remplace la base par une sauvegarde (par défaut la plus récente lisible). "
                    "La base actuelle est conservée à côté, renommée, jamais écrasée.")
    restore.add_argument("--fichier", metavar="SAUVEGARDE", help="sauvegarde à utiliser")
    restore.set_defaults(handler=_restore)


def _connect():
    """The store, closed when the ``with`` block ends."""
    from domain.store.connection import connect

    return closing(connect())


def _import_roster(args: argparse.Namespace) -> int:
    from domain.people.roster import import_roster, read_roster

    options = _roster_options(args)
    if args.apercu:
        with _connect() as conn:
            preview = read_roster(args.fichier, conn=conn, **options)
        preview.raise_if_bad()
        if args.json:
            print_json(preview.to_dict())
        else:
            print(f"« {preview.source} » ({preview.encoding}) : "
                  f"{plural(len(preview.rows), 'personne')}, aucune erreur. Rien n'a été "
                  "enregistré (aperçu).")
            _print_people(preview.rows)
            _print_notes(preview.notes())
        return 0
    with _connect() as conn:
        summary = import_roster(conn, args.fichier, **options)
    if args.json:
        print_json(summary.to_dict())
        return 0
    print(f"Effectif importé : "
          f"{plural(summary.created, 'personne ajoutée', 'personnes ajoutées')}, "
          f"{plural(summary.updated, 'mise à jour', 'mises à jour')}, "
          f"{plural(summary.unchanged, 'inchangée')}.")
    _print_notes(summary.notes)
    return 0


def _roster_options(args: argparse.Namespace) -> dict:
    """``column_mapping``, ``job_fixes`` and ``excluded_lines`` from the command line."""
    from domain.errors import UserError

    mapping: dict[str, str] = {}
    for item in args.colonne:
        header, sep, name = item.rpartition("=")
        if not sep or not header.strip() or name.strip().lower() not in COLUMN_FIELDS:
            raise UserError(f"--colonne « {item} » : attendu EN-TÊTE=CHAMP, CHAMP parmi "
                            + ", ".join(COLUMN_FIELDS))
        mapping[header.strip()] = COLUMN_FIELDS[name.strip().lower()]
    fixes: dict[int, str] = {}
    for item in args.metier:
        line, sep, job = item.partition("=")
        if not sep or not line.strip().isdigit() or not job.strip():
            raise UserError(f"--metier « {item} » : attendu LIGNE=MÉTIER, par exemple "
                            "12=\"Chargé d'assistance\"")
        fixes[int(line)] = job.strip()
    return {"column_mapping": mapping or None, "job_fixes": fixes,
            "excluded_lines": tuple(args.exclure)}


PREVIEW_PEOPLE = 20  # people listed by « import-roster --apercu »; the others are counted


def _print_people(rows) -> None:
    """Who would be imported: line, matricule, name and job, the first ``PREVIEW_PEOPLE``."""
    if rows:
        print("Personnes qui seraient importées (ligne, matricule, nom, métier) :")
    for row in rows[:PREVIEW_PEOPLE]:
        person = row.employee
        print(f"  ligne {row.line}\t{person.id}\t{person.last_name} {person.first_name}\t"
              f"{person.job}")
    if len(rows) > PREVIEW_PEOPLE:
        print(f"  … et {plural(len(rows) - PREVIEW_PEOPLE, 'autre')}")


def _print_notes(notes) -> None:
    for note in notes:
        print(f"  - {note[0].upper()}{note[1:]}.")


def _employees(args: argparse.Namespace) -> int:
    from domain.people.employees import list_employees

    with _connect() as conn:
        people = list_employees(conn, include_departed=not args.presents)
    if args.json:
        print_json({"employees": [p.to_dict() for p in people]})
        return 0
    if not people:
        print("Aucune personne enregistrée. Importez l'effectif : « python main.py "
              "import-roster FICHIER ».")
        return 0
    for p in people:
        entry = f", entrée le {p.entry_date:%d/%m/%Y}" if p.entry_date else ""
        print(f"{p.id}\t{p.last_name} {p.first_name}\t{p.job}{entry}")
    print(f"{plural(len(people), 'personne')}.")
    return 0


def _forget(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from domain.people.privacy import forget_employee

    with _connect() as conn:
        report = forget_employee(conn, args.matricule)
    if args.json:
        print_json(asdict(report))
        return 0
    print(f"La personne de matricule « {args.matricule} » a été effacée de la base "
          f"({len(report.files_deleted)} fichier(s) généré(s) supprimé(s), "
          f"{report.backups_rewritten} sauvegarde(s) réécrite(s)).")
    for path in report.files_failed:
        print(f"Attention : le fichier « {path} » n'a pas pu être supprimé ; supprimez-le.")
    for path in report.set_aside_files:
        print(f"Attention : la base mise de côté « {path} » peut encore contenir cette personne ;"
              " supprimez-la si elle ne sert plus.")
    if not report.log_truncated:
        print("Attention : une autre fenêtre de Passerelles utilise la base ; son journal de "
              "travail (fichier -wal) ne sera effacé qu'à la fermeture de cette fenêtre.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from domain.people.privacy import write_employee_export

    with _connect() as conn:
        path = write_employee_export(conn, args.matricule, args.out, overwrite=args.remplacer)
    print(f"Données de « {args.matricule} » exportées dans « {path} ».")
    return 0


def _purge(args: argparse.Namespace) -> int:
    from domain.people.privacy import purge_notes

    with _connect() as conn:
        report = purge_notes(conn, args.mois)
    if args.json:
        print_json({"cutoff": report.cutoff.isoformat(), "notes_deleted": report.notes_deleted,
                    "backups_rewritten": report.backups_rewritten})
        return 0
    print(f"{report.notes_deleted} note(s) d'entretien antérieure(s) au "
          f"{report.cutoff:%d/%m/%Y} supprimée(s).")
    return 0


def _stats(args: argparse.Namespace) -> int:
    from domain.people.privacy import write_pseudonymised_export

    with _connect() as conn:
        count = write_pseudonymised_export(conn, args.out, overwrite=args.remplacer)
    print(f"Export pseudonymisé : {count} ligne(s) dans « {args.out} ».")
    return 0


def _backups(args: argparse.Namespace) -> int:
    from domain.paths import database_path
    from domain.store.backup import list_backups

    found = list_backups(database_path())
    if args.json:
        print_json({"backups": [{"path": str(b.path), "taken_at": b.taken_at.isoformat(),
                                 "reason": b.reason} for b in found]})
        return 0
    if not found:
        print("Aucune sauvegarde automatique.")
    for item in found:
        print(item.describe()[0].upper() + item.describe()[1:])
    return 0


def _restore(args: argparse.Namespace) -> int:
    from domain.paths import database_path
    from domain.store.backup import restore_backup

    report = restore_backup(database_path(), Path(args.fichier) if args.fichier else None)
    with _connect():  # proves the restored base opens (and migrates it if needed)
        pass
    print(f"Sauvegarde « {report.restored_from} » remise en place.")
    if report.previous_kept_as:
        print(f"L'ancienne base est conservée sous « {report.previous_kept_as} ».")
    return 0
