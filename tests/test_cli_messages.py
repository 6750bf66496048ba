"""Command-line parsing errors are French: every argparse message has a translation."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

from cli import runner
from main import cli_entry

# Words of argparse's English messages that must never reach the user.
ENGLISH = re.compile(r"\b(required|allowed|expected|invalid|choose|unrecognized|ambiguous|"
                     r"could match|ignored|explicit|following|error|one of|with argument|"
                     r"not|the|are|is)\b", re.IGNORECASE)


def _argparse_msgids() -> set[object]:
    """Every string given to ``_()`` or ``ngettext()`` in the running Python's argparse."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    found: set[object] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        strings = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if node.func.id == "_" and strings:
            found.add(strings[0])
        elif node.func.id == "ngettext" and len(strings) == 2:
            found.add(tuple(strings))
    return found


def test_every_argparse_msgid_is_translated():
    missing = _argparse_msgids() - set(runner._FRENCH)
    assert not missing, f"argparse messages without French: {sorted(map(str, missing))}"


@pytest.mark.parametrize("args", [
    ["report", "--out", "y.pdf"],                                          # one of … is required
    ["report", "--job", "Juriste", "--employee", "000417", "--out", "y.pdf"],  # not allowed with
    ["jobs", "--qualification", "personne"],                               # invalid choice
    ["sous-commande-inconnue"],                                            # invalid choice
    ["bridges", "Juriste", "--top"],                                       # expected one argument
    ["jobs", "--inconnu"],                                                 # unrecognized arguments
    ["import-roster"],                                                     # required arguments
    ["purge-notes", "--mois", "douze"],                                    # invalid int value
    ["bridges", "Juriste", "--t", "3"],                                    # ambiguous option
    ["jobs", "--json=oui"],                                                # ignored explicit argument
    ["job-titles", "--add", "Conseiller"],                                 # expected 2 arguments
])
def test_parsing_errors_are_french(capsys, args):
    code = cli_entry(args)
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("Erreur : ")
    message = err.split("Voir «")[0]
    for quoted in re.findall(r"'[^']*'|--?[\w-]+|«[^»]*»", message):  # values the user typed
        message = message.replace(quoted, "")
    assert not ENGLISH.search(message), err


def test_plural_messages_follow_the_count():
    assert runner._translate_plural("expected %s argument", "expected %s arguments", 1) % 1 \
        == "1 valeur est attendue"
    assert runner._translate_plural("expected %s argument", "expected %s arguments", 2) % 2 \
        == "2 valeurs sont attendues"


def test_help_is_french(capsys):
    with pytest.raises(SystemExit):
        runner.build_parser(["cli.study"]).parse_args(["jobs", "--help"])
    out = capsys.readouterr().out
    assert "usage : " in out and "affiche cette aide et quitte" in out
    assert "show this help" not in out and "usage: " not in out


@pytest.mark.parametrize("args", [["bridges"], ["bridges", ""], ["bridges", "  "]])
def test_bridges_without_a_start_says_what_is_missing(capsys, args):
    assert cli_entry(args) == 2
    err = capsys.readouterr().err
    assert "Aucun point de départ" in err and "--employee MATRICULE" in err
    assert "pas les deux" not in err


def test_bridges_with_a_job_and_a_person_says_not_both(capsys):
    assert cli_entry(["bridges", "Juriste", "--employee", "000417"]) == 2
    assert "pas les deux" in capsys.readouterr().err
