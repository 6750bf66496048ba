"""Preferences: defaults from the domain, a change signal, a version with its upgrade step,
folders remembered per kind of file, French formats (issue 14 item 5, issue 11 item 3)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QLocale, QSettings

from domain.matching.bridges import BridgeSettings
from gui import settings as prefs
from gui.formats import count, plural, short_date, tooltip
from gui.settings import (
    BRIDGE_HOP_SIMILARITY,
    BRIDGE_MAX_SCORE,
    BRIDGE_MIN_SIMILARITY,
    BRIDGE_TARGET_PROFILES,
    BRIDGE_TOP,
    CURRENT_VERSION,
    NOTE_RETENTION_MONTHS,
    QUALIFICATION,
    VERSION,
    Settings,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def ini(tmp_path) -> Path:
    return tmp_path / "preferences.ini"


def opened(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_bridge_defaults_are_read_from_the_domain(monkeypatch):
    from domain.matching import bridges
    from domain.people.privacy import DEFAULT_NOTE_RETENTION_MONTHS

    default = BridgeSettings()
    assert BRIDGE_MAX_SCORE.default == default.max_target_score
    assert BRIDGE_MIN_SIMILARITY.default == default.min_similarity
    assert BRIDGE_HOP_SIMILARITY.default == default.hop_similarity
    assert BRIDGE_TOP.default == default.top
    assert set(BRIDGE_TARGET_PROFILES.default.split(",")) == set(default.target_profiles)
    assert NOTE_RETENTION_MONTHS.default == DEFAULT_NOTE_RETENTION_MONTHS
    # Not typed again: a new default in the domain is the new default of the preference.
    prefs._cached_default.cache_clear()
    changed = type("Changed", (), {"max_target_score": 0.42, "__init__": lambda self: None})
    monkeypatch.setattr(bridges, "BridgeSettings", changed)
    try:
        assert BRIDGE_MAX_SCORE.default == 0.42
        assert Settings().get(BRIDGE_MAX_SCORE) == 0.42
    finally:
        prefs._cached_default.cache_clear()


def test_importing_the_settings_does_not_import_the_domain():
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); import gui.settings; "
            "print('domain.matching.bridges' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.stdout.strip() == "False"


def test_every_change_is_announced(ini):
    settings = opened(ini)
    heard: list[tuple[str, object]] = []
    settings.changed.connect(lambda key, value: heard.append((key, value)))
    try:
        Settings(QSettings(str(ini), QSettings.Format.IniFormat)).set(QUALIFICATION, "initial")
        settings.reset(QUALIFICATION)
        settings.set_or_reset(BRIDGE_TOP, 9)
    finally:
        settings.changed.disconnect()
    assert heard == [(QUALIFICATION.key, "initial"), (QUALIFICATION.key, QUALIFICATION.default),
                     (BRIDGE_TOP.key, 9)]


def test_a_value_equal_to_the_default_is_not_stored(ini):
    settings = opened(ini)
    settings.set_or_reset(BRIDGE_MAX_SCORE, 0.2)
    assert settings.contains(BRIDGE_MAX_SCORE) and settings.get(BRIDGE_MAX_SCORE) == 0.2
    settings.set_or_reset(BRIDGE_MAX_SCORE, BridgeSettings().max_target_score)
    assert not settings.contains(BRIDGE_MAX_SCORE)
    settings.set_or_reset(BRIDGE_TARGET_PROFILES, ",".join(reversed(sorted(
        BridgeSettings().target_profiles))))  # same set, other order
    assert not settings.contains(BRIDGE_TARGET_PROFILES)


def test_version_1_file_drops_the_old_typed_bridge_defaults(ini):
    ini.write_text(
        "[bridges]\ntargetProfiles=\"non_impacte,emergent\"\nmaxTargetScore=0.35\n"
        "minSimilarity=0.7\nhopSimilarity=0.9\ntop=5\n[study]\nqualification=initial\n",
        encoding="utf-8")
    settings = opened(ini)
    assert settings.get(VERSION) == CURRENT_VERSION
    # Equal to version 1's typed defaults: forgotten, the domain's defaults apply.
    for setting in (BRIDGE_TARGET_PROFILES, BRIDGE_MAX_SCORE, BRIDGE_MIN_SIMILARITY, BRIDGE_TOP):
        assert not settings.contains(setting), setting
    # Chosen by the user: kept.
    assert settings.get(BRIDGE_HOP_SIMILARITY) == 0.9
    assert settings.get(QUALIFICATION) == "initial"
    settings.sync()
    assert "version=2" in ini.read_text(encoding="utf-8")


def test_a_new_file_starts_at_the_current_version_and_upgrades_run_once(ini):
    settings = opened(ini)
    assert settings.get(VERSION) == CURRENT_VERSION
    settings.set(BRIDGE_MAX_SCORE, 0.35)  # chosen on purpose after the upgrade: kept
    again = opened(ini)
    assert again.contains(BRIDGE_MAX_SCORE) and prefs.upgrade(again) == CURRENT_VERSION


def test_folders_are_remembered_per_kind_and_start_in_documents(ini, tmp_path, monkeypatch):
    settings = opened(ini)
    first = Path(settings.folder("tables"))
    assert first.is_dir() and first != Path.cwd()
    chosen = tmp_path / "exports"
    chosen.mkdir()
    settings.set_folder("tables", chosen / "carto.xlsx")
    assert Path(settings.folder("tables")) == chosen
    assert Path(settings.folder("rgpd")) == first  # another kind keeps its own
    chosen.rmdir()  # a folder that vanished is not offered
    assert Path(settings.folder("tables")) == first
    with pytest.raises(ValueError):
        settings.folder("nimporte")


def test_wrong_types_fall_back_to_the_default(ini):
    settings = opened(ini)
    settings.set(BRIDGE_TOP, "beaucoup")
    assert settings.get(BRIDGE_TOP) == BridgeSettings().top
    settings.set(prefs.WINDOW_GEOMETRY, "pas une géométrie")
    assert settings.get(prefs.WINDOW_GEOMETRY) == QByteArray()


def test_french_formats(qapp):
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    assert count(1584) == "1\u202f584"  # narrow no-break space between thousands
    assert plural(1, "{n} métier affiché", "{n} métiers affichés") == "1 métier affiché"
    assert plural(0, "{n} métier affiché", "{n} métiers affichés") == "0 métier affiché"
    assert plural(2, "{n} métier affiché", "{n} métiers affichés") == "2 métiers affichés"
    assert plural(1584, "{n} fiche", "{n} fiches") == "1\u202f584 fiches"
    from datetime import date

    assert short_date(date(2015, 3, 12)) == "12/03/2015"
    long = "L'étude se contredit : " + "une explication longue " * 10
    assert tooltip(long).startswith("<p>") and "&" not in tooltip("court")
    assert tooltip("<b>déjà riche</b>") == "<b>déjà riche</b>"
