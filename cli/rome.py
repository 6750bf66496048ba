"""``import-rome`` and ``rome-status``: bring a ROME release into the store and show it."""

from __future__ import annotations

import argparse
import sys
from contextlib import closing

from cli.runner import print_json
from domain.text import command_name, decimal, french_timestamp, plural

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
            "enregistrement ; en cas d'erreur, la base reste inchangée. La version est comparée "
            "à la précédente : fiches ajoutées, supprimées, renommées ou recodées, rattachements "
            "des 58 métiers suivis par leur appellation, niveaux corrigés et passerelles "
            "choisies à revoir. Pour revenir à une version antérieure, importez de nouveau ses "
            "fichiers."
        ),
    )
    imp.add_argument("chemin", metavar="CHEMIN", help="dossier des fichiers CSV ou leur zip")
    imp.add_argument("--json", action="store_true", help="sortie JSON")
    imp.add_argument("--sans-passerelles", action="store_true",
                     help="ne compare pas les passerelles avant et après (quelques secondes de "
                          "moins)")
    imp.set_defaults(handler=_import_rome)

    status = subparsers.add_parser(
        "rome-status",
        help="affiche la version du ROME en service et les versions importées",
        description="Affiche la version du ROME enregistrée dans la base, ses effectifs et "
                    "l'historique des versions importées.",
    )
    status.add_argument("--json", action="store_true", help="sortie JSON")
    status.set_defaults(handler=_rome_status)


def _import_rome(args: argparse.Namespace) -> int:
    from domain.rome.importer import import_release
    from domain.store.connection import connect

    with closing(connect()) as conn:
        report = import_release(conn, args.chemin, progress=_progress_printer(args.json))
        review = None
        if report.previous is not None and report.upgrade is not None and not args.sans_passerelles:
            from domain.matching.release_bridges import review_bridges

            review = review_bridges(conn, report.previous, report.upgrade)
    if args.json:
        print_json({**report.to_dict(), "bridges": review.to_dict() if review else None})
        return 0
    if report.unchanged:
        print(
            f"La version {report.version} du ROME est déjà importée (fichiers identiques) : "
            "rien n'a été modifié."
        )
        return 0
    replaced = (f" (elle remplace la version {report.upgrade.previous_version})"
                if report.upgrade and report.upgrade.previous_version else "")
    print(f"Version {report.version} du ROME importée en {_seconds(report.seconds)}{replaced} :")
    _print_counts(report.to_dict())
    if report.upgrade is not None:
        _print_upgrade(report.upgrade, review)
    return 0


def _rome_status(args: argparse.Namespace) -> int:
    from domain.paths import rome_source
    from domain.rome.repository import release_history, release_info
    from domain.store.connection import connect

    with closing(connect()) as conn:
        info = release_info(conn)
        history = release_history(conn)
    override = rome_source(getattr(args, "rome", None))
    if args.json:
        print_json({"store": info.to_dict() if info else None,
                    "current": info.version if info else None,
                    "releases": [r.to_dict() for r in history],
                    "override": str(override) if override else None})
        return 0
    if info is None:
        print(f"Aucune version du ROME n'est importée. Utilisez « {command_name()} import-rome "
              "CHEMIN » avec le dossier ou le zip RefRomeCsv de France Travail.")
    else:
        print(f"Version {info.version} du ROME, importée le {french_timestamp(info.imported_at)} "
              f"depuis « {info.source} » (en {_seconds(info.seconds)}) :")
        _print_counts(info.counts)
    if len(history) > 1:
        _print_history(history)
    if override:
        print(f"Remarque : les commandes utilisent la version désignée par --rome ou "
              f"PASSERELLES_ROME : « {override} ».")
    return 0


_LISTED = 12  # sheets and bridges listed one by one; the rest is in --json


def _print_upgrade(upgrade, review) -> None:
    """What the import changed, in the order a reader checks it (see ``UpgradeReport``)."""
    from domain.rome.job_mapping import LOST

    if upgrade.changes is not None:
        counts = upgrade.changes.counts()
        words = [plural(n, f"{noun} {done}", f"{noun}s {done}s") for n, noun, done in (
            (counts["sheets_added"], "fiche", "ajoutée"),
            (counts["sheets_removed"], "fiche", "supprimée"),
            (counts["sheets_renamed"], "fiche", "renommée"),
            (counts["sheets_recoded"], "fiche", "recodée"),
            (counts["sheets_merged"], "fiche", "fusionnée"),
            (counts["appellations_moved"], "appellation", "déplacée"),
            (counts["appellations_added"], "appellation", "ajoutée"),
            (counts["appellations_removed"], "appellation", "supprimée")) if n]
        print(f"Changements depuis la version {upgrade.changes.old_version} : "
              + (", ".join(words) if words else "aucune fiche ni appellation changée") + ".")
        _print_list([c.message() for c in upgrade.changes.sheets])
    if upgrade.jobs:
        print(f"Métiers de l'étude : {len(upgrade.jobs)} métier(s) changent de fiches ROME "
              "(chaque rattachement suit son appellation) :")
        for job in upgrade.jobs:
            print(f"  {job.message()}")
            for row in job.rows:
                if row.status == LOST:
                    head = f"{row.mapping.code_rome} perdue"
                elif not row.previous:
                    head = f"{row.code_rome} retrouvée"
                else:
                    head = f"{row.previous} → {row.code_rome}"
                print(f"    - {head} : {row.reason}")
    else:
        print("Métiers de l'étude : les rattachements des 58 métiers sont inchangés.")
    _print_items(upgrade)
    _print_bridges(upgrade, review)


def _print_items(upgrade) -> None:
    by_source: dict[str, list] = {}
    for check in upgrade.items:
        by_source.setdefault(check.source_title or check.source, []).append(check)
    for title, checks in by_source.items():
        reported = [c for c in checks if not c.kept]
        print(f"{title} : {len(checks) - len(reported)} conservé(s), "
              f"{len(reported)} à relire dans cette version" + (" :" if reported else "."))
        _print_list([f"« {c.job} », {c.item_code} « {c.label} » : {c.reason}" for c in reported])


def _print_bridges(upgrade, review) -> None:
    if review is None:
        if upgrade.bridges_to_review:
            print(f"Passerelles choisies pour des personnes, à revoir : "
                  f"{len(upgrade.bridges_to_review)} sur {len(upgrade.bridges)} :")
            _print_list([person.message() for person in upgrade.bridges_to_review])
        return
    if review.retained:
        print(f"Compétences retenues : {len(review.retained)} métier(s) concerné(s) par les "
              "fiches changées :")
        _print_list([change.message() for change in review.retained])
    if review.jobs:
        print(f"Passerelles : {len(review.jobs)} métier(s) n'ont plus les mêmes premières "
              "passerelles :")
        for job in review.jobs[:_LISTED]:
            print(f"  {job.message()}" + (" (fiches changées)" if job.sheets_changed else ""))
            if job.sheets_changed:
                for line in job.after:
                    print(f"    {line.describe()}")
        if len(review.jobs) > _LISTED:
            print(f"  … et {len(review.jobs) - _LISTED} autre(s) (détail avec --json)")
        print(f"  Détail et explication de chaque passerelle : {command_name()} bridges MÉTIER")
    else:
        print("Passerelles : les premières passerelles des 58 métiers sont inchangées.")
    if upgrade.bridges:
        print(f"Passerelles choisies pour des personnes : {len(upgrade.bridges)} enregistrée(s), "
              f"{len(review.chosen)} changée(s)" + (" :" if review.chosen else "."))
        _print_list([c.message() for c in review.chosen])
        changed = {c.person.employee_id for c in review.chosen}
        same = [b for b in upgrade.bridges_to_review if b.employee_id not in changed]
        if same:
            print(f"  Inchangée(s) mais entre des métiers dont les fiches ont changé, à relire : "
                  f"{len(same)}")
            _print_list([f"  {b.employee_id} {b.name} ({b.job} → {b.target_job})" for b in same])


def _print_list(lines: list[str]) -> None:
    for line in lines[:_LISTED]:
        print(f"  {line}")
    if len(lines) > _LISTED:
        print(f"  … et {len(lines) - _LISTED} autre(s) (détail avec --json)")


def _print_history(history) -> None:
    print("Versions importées (la plus ancienne d'abord ; pour revenir à l'une d'elles, importez "
          "de nouveau ses fichiers avec import-rome) :")
    for record in history:
        sheets = f", {record.counts['sheets']} fiches" if record.counts else ""
        moved = ""
        if record.followed or record.lost:
            moved = (f", {record.followed or 0} rattachement(s) suivi(s) vers une autre fiche, "
                     f"{record.lost or 0} perdu(s)")
        current = " (en service)" if record.current else ""
        print(f"  {record.version} importée le {french_timestamp(record.imported_at)}{sheets}{moved}{current}")


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
