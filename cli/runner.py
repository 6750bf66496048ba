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

_FRENCH = {
    "usage: ": "usage : ",
    "positional arguments": "arguments positionnels",
    "options": "options",
    "show this help message and exit": "affiche cette aide et quitte",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (choisir parmi %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "une valeur est attendue",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
}


def _translate(message: str) -> str:
    return _FRENCH.get(message, message)


argparse._ = _translate  # type: ignore[attr-defined]  # argparse looks `_` up at call time


class FrenchParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one French line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"Erreur : {message}. Voir « {self.prog} --help ».\n")
        raise SystemExit(2)


def build_parser(modules: Sequence[str]) -> argparse.ArgumentParser:
    parser = FrenchParser(
        prog="passerelles",
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
