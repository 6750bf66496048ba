"""The Passerelles view's target settings are remembered from one window to the next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from domain.matching.bridges import BridgeSettings
from gui.app_context import AppContext
from gui.engine_holder import engine_holder
from gui.main_window import MainWindow
from gui.settings import (
    BRIDGE_HOP_SIMILARITY,
    BRIDGE_MAX_SCORE,
    BRIDGE_MIN_SIMILARITY,
    BRIDGE_TARGET_PROFILES,
    BRIDGE_TOP,
    Settings,
)


@pytest.fixture
def preferences(tmp_path):
    """A private QSettings file, shared by the windows of one test (a « next start »)."""
    path = str(tmp_path / "organisation" / "passerelles.ini")
    return lambda: Settings(QSettings(path, QSettings.Format.IniFormat))


def open_panel(qtbot, settings: Settings):
    window = MainWindow(AppContext(settings))
    qtbot.addWidget(window)
    window.show()
    window.show_view("bridges")
    return window, window.view("bridges").settings_panel


def tick(qtbot, box) -> None:
    """Click a check box on its indicator (a click beyond its text does nothing)."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_declared_defaults_are_the_domain_defaults():
    default = BridgeSettings()
    assert set(BRIDGE_TARGET_PROFILES.default.split(",")) == set(default.target_profiles)
    assert BRIDGE_MAX_SCORE.default == default.max_target_score
    assert BRIDGE_MIN_SIMILARITY.default == default.min_similarity
    assert BRIDGE_HOP_SIMILARITY.default == default.hop_similarity
    assert BRIDGE_TOP.default == default.top


def test_changed_settings_survive_a_new_window(qtbot, preferences):
    window, panel = open_panel(qtbot, preferences())
    assert engine_holder(window.context).settings == BridgeSettings(
        qualification=window.context.qualification_value)
    tick(qtbot, panel.profile_boxes["emergent"])  # uncheck
    tick(qtbot, panel.profile_boxes["evolution"])  # check
    panel.max_score.setValue(0.2)
    panel.min_similarity.setValue(0.77)
    panel.hop_similarity.setValue(0.9)
    panel.top.setValue(12)
    chosen = engine_holder(window.context).settings
    window.close()

    again, panel = open_panel(qtbot, preferences())
    restored = engine_holder(again.context).settings
    assert restored == chosen
    assert restored.target_profiles == {"non_impacte", "evolution"}
    assert (restored.max_target_score, restored.min_similarity, restored.hop_similarity,
            restored.top) == (0.2, 0.77, 0.9, 12)
    assert not panel.profile_boxes["emergent"].isChecked()
    assert panel.profile_boxes["evolution"].isChecked()
    assert (panel.max_score.value(), panel.top.value()) == (0.2, 12)


def test_no_profile_checked_stays_unchecked_and_reset_is_remembered(qtbot, preferences):
    window, panel = open_panel(qtbot, preferences())
    for box in panel.profile_boxes.values():
        box.setChecked(False)
    window.close()
    again, panel = open_panel(qtbot, preferences())
    assert engine_holder(again.context).settings.target_profiles == frozenset()
    panel.reset()
    again.close()
    _third, panel = open_panel(qtbot, preferences())
    assert panel.profile_boxes["emergent"].isChecked()
    assert panel.top.value() == BridgeSettings().top


def test_hand_edited_values_are_kept_within_the_panel_ranges(qtbot, preferences):
    prefs = preferences()
    prefs.set(BRIDGE_MIN_SIMILARITY, 7.0)
    prefs.set(BRIDGE_TOP, "beaucoup")
    prefs.set(BRIDGE_TARGET_PROFILES, "emergent,inconnu")
    window, _panel = open_panel(qtbot, prefs)
    settings = engine_holder(window.context).settings
    assert settings.min_similarity == 1.0 and settings.top == BridgeSettings().top
    assert settings.target_profiles == {"emergent"}
