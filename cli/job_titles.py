"""The ``job-titles`` subcommand: the company's job titles mapped once to the study's jobs."""

from __future__ import annotations

import argparse
from contextlib import closing

from cli.runner import print_json
from domain.text import command_name, plural


def register(subparsers: argparse._SubParsersAction) -> None:
    cmd = subparsers.add_parser(
        "job-titles", help="correspondances entre les intitulés de poste de l'entreprise et "
                           "les métiers de l'étude",
        description=(
            "Liste, ajoute ou retire les correspondances entre un intitulé de poste propre à "
            "l'entreprise (par exemple « Conseiller assistance ») et l'un des 58 métiers de "
            "l'étude. Chaque import d'effectif qui suit les reconnaît, y compris au féminin, "
            "sans accents ni articles."))
    cmd.add_argument("--add", nargs=2, metavar=("INTITULÉ", "MÉTIER"),
                     help="fait correspondre INTITULÉ au métier de l'étude MÉTIER")
    cmd.add_argument("--remove", metavar="INTITULÉ", help="retire la correspondance de INTITULÉ")
    cmd.add_argument("--json", action="store_true", help="sortie JSON")
    cmd.set_defaults(handler=_job_titles)


def _job_titles(args: argparse.Namespace) -> int:
    from domain.people.job_titles import add_job_title, list_job_titles, remove_job_title
    from domain.store.connection import connect

    with closing(connect()) as conn:
        if args.add:
            entry = add_job_title(conn, title=args.add[0], job=args.add[1])
            if not args.json:
                print(f"« {entry.title} » correspond désormais au métier « {entry.job} ».")
        if args.remove:
            entry = remove_job_title(conn, title=args.remove)
            if not args.json:
                print(f"Correspondance retirée : « {entry.title} » (« {entry.job} »).")
        titles = list_job_titles(conn)
    if args.json:
        print_json({"job_titles": [t.to_dict() for t in titles]})
    elif not (args.add or args.remove):
        for entry in titles:
            print(f"{entry.title}\t→ {entry.job}")
        print(f"{plural(len(titles), 'correspondance')}." if titles else
              f"Aucune correspondance. Ajoutez-en une : « {command_name()} job-titles --add "
              "INTITULÉ MÉTIER ».")
    return 0
