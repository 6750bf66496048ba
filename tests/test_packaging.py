"""``pip install .`` gives a working application: the wheel carries the code, every data file,
the fonts, the translations and both entry points, and runs from any folder (issue 12).

The wheel is built offline from a copy of the tracked files (``pip wheel --no-deps
--no-build-isolation --no-index``: the test extras bring setuptools), then unpacked, which is
what ``pip install`` does with a pure-Python wheel, and the command line is run from another
folder with only the unpacked wheel on the path. About 5 to 10 s.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.packaging


def tracked_files() -> list[str]:
    """The files a fresh clone has (git), else the tree without build products."""
    if (ROOT / ".git").exists() and shutil.which("git"):
        done = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        return [name for name in done.stdout.decode().split("\0") if name]
    skip = {".venv", "build", "dist", ".git", "__pycache__", ".pytest_cache", ".ruff_cache"}
    return [p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*")
            if p.is_file() and not skip & set(p.relative_to(ROOT).parts)]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in tracked_files():
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "-q", "-w", str(out), str(source)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    [built] = out.glob("passerelles-*.whl")
    return built


def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_every_module_is_in_the_wheel(wheel):
    inside = names(wheel)
    code = [p for top in ("domain", "gui", "cli") for p in (ROOT / top).rglob("*.py")]
    missing = [p.relative_to(ROOT).as_posix() for p in code
               if p.relative_to(ROOT).as_posix() not in inside]
    assert missing == [] and "main.py" in inside


def test_every_data_file_font_and_translation_is_in_the_wheel(wheel):
    expected = {f"domain/data/{p.name}": p for p in (ROOT / "data").iterdir() if p.is_file()}
    for folder, patterns in (("fonts", ("*.ttf", "*.txt", "*.md")), ("translations", ("*.qm",))):
        for pattern in patterns:
            expected |= {f"domain/resources/{folder}/{p.name}": p
                         for p in (ROOT / "resources" / folder).glob(pattern)}
    expected["domain/resources/help/guide_utilisateur.md"] = ROOT / "docs" / "guide_utilisateur.md"
    assert any(name.endswith(".qm") for name in expected)
    assert any(name.endswith(".ttf") for name in expected)
    with zipfile.ZipFile(wheel) as archive:
        missing = sorted(set(expected) - set(archive.namelist()))
        assert missing == []
        for name, original in expected.items():
            assert archive.read(name) == original.read_bytes(), name
    assert not any(name.startswith(("tests/", "bench/", "docs/")) for name in names(wheel))


def test_both_entry_points_are_declared(wheel):
    with zipfile.ZipFile(wheel) as archive:
        entry = next(n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt"))
        points = configparser.ConfigParser()
        points.read_string(archive.read(entry).decode())
    assert points["console_scripts"]["passerelles-cli"] == "main:cli_entry"
    assert points["gui_scripts"]["passerelles"] == "main:gui_entry"


def test_the_installed_command_line_works_from_another_folder(wheel, tmp_path):
    installed = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(installed)
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(installed), "PASSERELLES_DATA_DIR": str(tmp_path / "d")}
    script = ("import sys, domain, domain.paths as p, main; "
              "print(domain.__file__); print(p.DATA_FILES); print(p.RESOURCES); "
              "sys.exit(main.cli_entry(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", script, "report", "--job", "Juriste", "--out",
                           "x.pdf"], cwd=elsewhere, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    module, data, resources = done.stdout.splitlines()[:3]
    assert Path(module).is_relative_to(installed)  # not the source tree
    assert Path(data) == installed / "domain" / "data"
    assert Path(resources) == installed / "domain" / "resources"
    assert (elsewhere / "x.pdf").read_bytes().startswith(b"%PDF")
