"""Messages name the command the user ran: « passerelles-cli » once installed, else « python main.py »."""

from __future__ import annotations

import sys

import pytest

import domain.text
import main


@pytest.fixture
def installed(monkeypatch):
    """Run as the installed ``passerelles-cli`` script would: no argv, program path in sys.argv."""
    monkeypatch.setattr(domain.text, "_command", domain.text.command_name())  # restored after

    def run(*args: str) -> int:
        monkeypatch.setattr(sys, "argv", ["/home/rh/.local/bin/passerelles-cli", *args])
        return main.cli_entry()
    return run


@pytest.mark.parametrize(("argv0", "expected"), [
    ("/usr/local/bin/passerelles-cli", "passerelles-cli"),
    (r"C:\Program Files\Passerelles\passerelles-cli.exe", "passerelles-cli"),
    (r"C:\Users\rh\Scripts\passerelles-cli.EXE", "passerelles-cli"),
    ("main.py", None), ("/src/passerelles/main.py", None), ("-c", None), ("", None),
])
def test_installed_command_from_the_program_path(argv0, expected):
    assert main.installed_command(argv0) == expected


def test_installed_report_without_rome_names_passerelles_cli(installed, capsys, tmp_path):
    code = installed("report", "--job", "Juriste", "--out", str(tmp_path / "x.pdf"))
    err = capsys.readouterr().err
    assert code == 0  # the sheet is written without its ROME parts, with a remark
    assert "« passerelles-cli import-rome CHEMIN »" in err
    assert "python main.py" not in err


def test_installed_help_and_errors_name_passerelles_cli(installed, capsys):
    assert installed("--help") == 0
    assert capsys.readouterr().out.startswith("usage : passerelles-cli")
    assert installed("report", "--out", "y.pdf") == 2
    assert "Voir « passerelles-cli report --help »" in capsys.readouterr().err


def test_installed_unknown_competency_code_names_passerelles_cli(installed, capsys):
    from domain.people.service import _codes

    domain.text.set_command_name("passerelles-cli")
    with pytest.raises(Exception, match="« passerelles-cli employee-competencies MATRICULE"):
        _codes(["999999"], {})


def test_source_tree_keeps_python_main_py(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(domain.text, "_command", "python main.py")
    assert main.main(["report", "--job", "Juriste", "--out", str(tmp_path / "x.pdf")]) == 0
    err = capsys.readouterr().err
    assert "« python main.py import-rome CHEMIN »" in err
