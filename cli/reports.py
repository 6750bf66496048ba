"""``report`` and ``batch-reports``: PDF reports for one job, one person, or a whole roster."""

from __future__ import annotations

import argparse
import sys
from contextlib import closing, contextmanager
from pathlib import Path

from domain.text import decimal


def register(subparsers: argparse._SubParsersAction) -> None:
    one = subparsers.add_parser(
        "report", help="rapport PDF d'un métier ou d'une personne",
        description=(
            "Écrit un rapport PDF : fiche d'un des 58 métiers (--job) ou rapport de transition "
            "d'une personne enregistrée (--employee) : exposition à l'IA générative, "
            "passerelles, plan de formation, les cinq axes de l'étude et la trame d'entretien."))
    who = one.add_mutually_exclusive_group(required=True)
    who.add_argument("--job", metavar="MÉTIER", help="nom du métier (casse et accents indifférents)")
    who.add_argument("--employee", metavar="MATRICULE", help="matricule d'une personne de la base")
    one.add_argument("--out", required=True, metavar="FICHIER", help="fichier PDF à écrire")
    _common(one)
    one.set_defaults(handler=_report)

    batch = subparsers.add_parser(
        "batch-reports", help="un rapport PDF par personne d'un effectif",
        description=(
            "Lit un effectif (CSV ou texte « ; », « , » ou tabulation en UTF-8 ou Windows-1252 ; "
            "classeur Excel .xlsx ou .xls ; LibreOffice .ods ; "
            "colonnes Matricule, Nom, Prénom, Métier, et au choix Date d'entrée, Souhaits) et "
            "écrit un rapport PDF par personne, nommé d'après le matricule. Les lignes "
            "inutilisables sont signalées avec leur numéro ; les autres rapports sont écrits."))
    batch.add_argument("--roster", required=True, metavar="FICHIER", help="fichier de l'effectif (.csv, .txt, .xlsx, .xls, .ods)")
    batch.add_argument("--out", required=True, metavar="DOSSIER", help="dossier des rapports")
    batch.add_argument("--processus", type=_positive, default=None, metavar="N",
                       help="nombre de processus (par défaut : un par cœur)")
    _common(batch)
    batch.set_defaults(handler=_batch)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--qualification", default="experts", metavar="Q",
                        help="initial, revised ou experts (par défaut : experts)")
    parser.add_argument("--auteur", default=None, metavar="NOM",
                        help="auteur indiqué sur le rapport (par défaut : le compte de session)")
    parser.add_argument("--passerelles", type=_positive, default=None, metavar="N",
                        help="nombre de passerelles proposées par rapport (par défaut : 5, "
                             "comme la fenêtre)")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"nombre entier positif attendu, pas « {text} »")
    return int(text)


def _shown(context, args: argparse.Namespace):
    """``context`` showing ``--passerelles`` bridges (the window's « Passerelles affichées »)."""
    from dataclasses import replace

    from domain.matching.bridges import BridgeSettings

    if args.passerelles is None:
        return context
    return replace(context, bridge_settings=replace(BridgeSettings(), shown=args.passerelles))


def _author(args: argparse.Namespace) -> str:
    from domain.people.employees import current_actor

    return args.auteur if args.auteur is not None else current_actor()


def _report(args: argparse.Namespace) -> int:
    from domain.reports import ReportContext, build_report
    from domain.reports.content import report_data_for_employee, report_data_for_job
    from domain.study import Qualification

    quali = Qualification.parse(args.qualification).value
    out = Path(args.out)
    if args.job:
        context = _shown(ReportContext.load(rome=args.rome), args)
        data = report_data_for_job(args.job, context, qualification=quali, author=_author(args))
        build_report(data, out)
    else:
        from domain.people.service import record_reports
        from domain.store.connection import connect

        with closing(connect()) as conn:
            context = _shown(ReportContext.load(conn, rome=args.rome), args)
            data = report_data_for_employee(conn, args.employee, context, qualification=quali,
                                            author=_author(args))
            build_report(data, out)
            record_reports(conn, kind="rapport_transition",
                           written=[(args.employee, str(out.resolve()))])
    for notice in data.notices:
        sys.stderr.write(f"Remarque : {notice}\n")
    print(f"Rapport écrit : {out}")
    return 0


def _batch(args: argparse.Namespace) -> int:
    from domain.reports import ReportContext
    from domain.reports.batch import read_rows, run_batch
    from domain.study import Qualification

    quali = Qualification.parse(args.qualification).value
    rows, unusable = read_rows(args.roster)
    context = _shown(ReportContext.load(rome=args.rome), args)
    if not context.engine:
        sys.stderr.write(f"Remarque : {context.rome_problem}\n")
    with _interruptible() as interrupted:
        result = run_batch(rows, args.out, context=context, qualification=quali,
                           author=_author(args), workers=args.processus, progress=_progress(),
                           stored=_stored([employee.id for _line, employee in rows]),
                           cancel=interrupted)
    _record(result)
    if result.cancelled:
        sys.stderr.write(f"\nInterrompu : {len(result.written)} rapport(s) écrit(s) dans "
                         f"« {args.out} » sur {len(rows)} ; pour les autres, relancez la commande "
                         "(elle rédige de nouveau tous les rapports de l'effectif).\n")
        return 130
    failures = sorted([*unusable, *result.failures], key=lambda f: f.line or 0)
    print(f"{len(result.written)} rapport(s) écrit(s) dans « {args.out} » en {decimal(result.seconds, 1)} s "
          f"({result.workers} processus).")
    if failures:
        print(f"{len(failures)} ligne(s) non utilisée(s) :")
        for failure in failures:
            print(f"  - {failure}")
        return 2
    return 0


@contextmanager
def _interruptible():
    """Ctrl+C during a batch stops it cleanly: the reports already written are kept (and
    indexed for erasure), the others are not started. Yields the ``cancel`` callable."""
    import signal
    import threading

    asked = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield asked.is_set
        return

    def stop(_signum, _frame) -> None:
        if not asked.is_set():
            sys.stderr.write("\nArrêt demandé : fin des rapports en cours…\n")
        asked.set()

    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield asked.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


def _progress():
    """Progress on standard error: one updating line on a terminal, a line per tenth otherwise."""
    tty = sys.stderr.isatty()
    step = {"last": -1}

    def show(done: int, total: int, employee_id: str) -> None:
        if tty:
            sys.stderr.write(f"\rRapports : {done}/{total} ({employee_id})\033[K")
            if done == total:
                sys.stderr.write("\n")
        elif done == total or done * 10 // total != step["last"]:
            step["last"] = done * 10 // total
            sys.stderr.write(f"Rapports : {done}/{total}\n")
        sys.stderr.flush()

    return show


def _stored(employee_ids: list[str]) -> dict:
    """Decisions and declared competencies of the roster's people who are in the store, so a
    batch report says what ``report --employee`` says; without a readable store, none."""
    from domain.errors import UserError
    from domain.reports.content import stored_facts
    from domain.store.connection import connect

    try:
        conn = connect()
    except UserError as exc:
        sys.stderr.write(f"Remarque : {exc} Les rapports sont rédigés sans les décisions "
                         "enregistrées.\n")
        return {}
    with closing(conn):
        return stored_facts(conn, employee_ids)


def _record(result) -> None:
    """Index the files of people who are in the store, so erasing them deletes their report."""
    from domain.errors import UserError
    from domain.people import employees
    from domain.people.service import record_reports
    from domain.store.connection import connect

    try:
        conn = connect()
    except UserError:
        return
    with closing(conn):
        known = [(employee_id, str(Path(path).resolve())) for employee_id, path in result.written
                 if employees.find_employee(conn, employee_id) is not None]
        record_reports(conn, kind="rapport_transition", written=known)
