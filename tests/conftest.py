"""Shared test set-up: offscreen Qt, a private data folder per test, the real ROME release."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
REAL_ROME = ROOT.parent / "shared" / "rome" / "v460"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch) -> Path:
    """Every test gets its own data folder so no test sees another's database."""
    path = tmp_path / "data"
    monkeypatch.setenv("PASSERELLES_DATA_DIR", str(path))
    monkeypatch.delenv("PASSERELLES_ROME", raising=False)
    return path


@pytest.fixture(scope="session")
def real_rome() -> Path:
    """The official v4.60 release beside the checkout; skipped where it is absent."""
    if not (REAL_ROME / "unix_referentiel_code_rome_v460_utf8.csv").exists():
        pytest.skip("la version réelle du ROME (../shared/rome/v460) est absente")
    return REAL_ROME


@pytest.fixture(scope="session")
def real_release(real_rome):
    """The real release read once per session (about 1.3 s a read); tests must not change it."""
    from domain.rome.reader import read_release

    return read_release(real_rome)


@pytest.fixture
def release_dir(tmp_path) -> Path:
    """A private copy of the ``rome_mini`` release that a test may damage."""
    target = tmp_path / "RefRomeCsv"
    shutil.copytree(FIXTURES / "rome_mini", target)
    return target


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A private copy of the shipped data files (study, catalogue, rules) that a test may break."""
    from domain.paths import DATA_FILES

    folder = tmp_path / "donnees"
    shutil.copytree(DATA_FILES, folder)
    return folder


@pytest.fixture
def tiny_release():
    """The two sheets of « Chargé d'assistance » (see ``fixtures/levels_world.py``)."""
    from fixtures.levels_world import tiny_release

    return tiny_release()
