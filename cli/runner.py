"""Argument parsing, French help, output encoding and the no-traceback guarantee."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from domain.errors import UserError
from domain.text import command_name

# Every gettext msgid of argparse (Python 3.11), so no English reaches the user; a test reads
# argparse's source and fails when a msgid is missing here. Plural msgids (ngettext) are keyed
# by (singular, plural).
_FRENCH = {
    "usage: ": "usage : ",
    "positional arguments": "arguments positionnels",
    "options": "options",
    "subcommands": "sous-commandes",
    "show this help message and exit": "affiche cette aide et quitte",
    "show program's version number and exit": "affiche la version du programme et quitte",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "un de ces arguments est obligatoire : %s",
    "not allowed with argument %s": "ne peut pas être utilisé avec l'argument %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (choisir parmi %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    ("expected %s argument", "expected %s arguments"): ("%s valeur est attendue", "%s valeurs sont attendues"),
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "ignored explicit argument %r": "cette option ne prend pas de valeur : %r",
    "unexpected option string: %s": "option inattendue : %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "sous-commande inconnue : %(parser_name)r (choisir parmi %(choices)s)",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    'argument "-" with mode %r': "argument « - » avec le mode %r",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    # Programming errors (a wrong parser definition), translated too so none stays in English.
    "cannot have multiple subparser arguments": "une seule série de sous-commandes est possible",
    "conflicting subparser: %s": "sous-commande en double : %s",
    "conflicting subparser alias: %s": "alias de sous-commande en double : %s",
    ("conflicting option string: %s", "conflicting option strings: %s"): ("option en double : %s", "options en double : %s"),
    ".__call__() not defined": ".__call__() n'est pas défini",
    "%r is not callable": "%r ne peut pas être appelé",
    "'required' is an invalid argument for positionals": "« required » ne s'applique pas aux arguments positionnels",
    "cannot merge actions - two groups are named %r": "fusion impossible : deux groupes s'appellent %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "option invalide %(option)r : elle doit commencer par un caractère parmi %(prefix_chars)r",
    "dest= is required for options like %r": "dest= est obligatoire pour une option comme %r",
    "invalid conflict_resolution value: %r": "valeur de conflict_resolution invalide : %r",
    "mutually exclusive arguments must be optional": "des arguments exclusifs doivent être des options",
}


def _translate(message: str) -> str:
    return _FRENCH.get(message, message)


def _translate_plural(singular: str, plural: str, count: int) -> str:
    french = _FRENCH.get((singular, plural))
    if french is None:
        return singular if count == 1 else plural
    return french[0] if count in (0, 1) else french[1]


# argparse looks `_` and `ngettext` up in its module at call time.
argparse._ = _translate  # type: ignore[attr-defined]
argparse.ngettext = _translate_plural  # type: ignore[attr-defined]


class FrenchParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one French line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"Erreur : {message}. Voir « {self.prog} --help ».\n")
        raise SystemExit(2)


def build_parser(modules: Sequence[str]) -> argparse.ArgumentParser:
    parser = FrenchParser(
        prog=command_name(),
        description=(
            "Passerelles — exposition des métiers de l'assistance à l'IA générative et "
            "passerelles de mobilité interne. Sans sous-commande, ouvre l'application."
        ),
    )
    parser.add_argument("--rome", metavar="CHEMIN", help="version du ROME à utiliser (dossier ou zip)")
    subparsers = parser.add_subparsers(dest="command", title="sous-commandes", parser_class=FrenchParser)
    for name in modules:
        importlib.import_module(name).register(subparsers)
    return parser


def configure_output() -> None:
    """UTF-8 on every platform (a Windows console defaults to cp1252)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(encoding="utf-8", errors="replace")


def print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def run(argv: list[str], modules: Sequence[str]) -> int:
    configure_output()
    parser = build_parser(modules)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        result = args.handler(args)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return int(result or 0)
    except BrokenPipeError:
        return _closed_pipe()
    except UserError as exc:
        sys.stderr.write(f"Erreur : {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("Interrompu.\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - the user never sees a traceback
        busy = _busy_error(exc)
        if busy is not None:  # a lock met outside ``transaction()``: same words, same code
            sys.stderr.write(f"Erreur : {busy}\n")
            return 2
        log_path = _log_unexpected()
        sys.stderr.write(
            "Erreur inattendue : l'opération n'a pas abouti. Le détail technique est dans "
            f"« {log_path} ».\n"
        )
        return 1


# Exit code of a process whose reader went away (128 + SIGPIPE), as `git log | head` gives.
CLOSED_PIPE_EXIT = 141


def _closed_pipe() -> int:
    """End quietly when the reader closed the pipe (``… | head``): no message, no log entry.

    The rest of the output goes to the null device so that Python's final flush of stdout
    does not raise a second BrokenPipeError at exit. Returns ``CLOSED_PIPE_EXIT``.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (tests, embedded use)
        pass
    return CLOSED_PIPE_EXIT


def _busy_error(exc: BaseException) -> UserError | None:
    """The store's « busy » error for a raw SQLite lock error (anything else: None)."""
    from domain.store.connection import StoreBusyError, busy_timeout, is_busy

    return StoreBusyError(busy_timeout()) if is_busy(exc) else None


def _log_unexpected() -> str:
    from domain.paths import data_dir

    path = data_dir() / "passerelles.log"
    logging.basicConfig(filename=path, level=logging.INFO, encoding="utf-8",
                        format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("passerelles").exception("Unexpected error in command line")
    return str(path)
