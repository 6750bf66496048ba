"""The user guide in the window (F1, Aide menu) is docs/guide_utilisateur.md (issue 11, item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui.help import VIEW_SECTIONS, HelpWindow, guide_path

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "guide_utilisateur.md"


@pytest.fixture
def window(qtbot):
    from gui_support import started_window

    main = started_window(qtbot, load=False)
    yield main
    main.context.close()


def test_the_window_shows_the_guide_of_the_repository(qtbot):
    assert guide_path().read_text(encoding="utf-8") == GUIDE.read_text(encoding="utf-8")
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    shown = " ".join(help_window.browser.toPlainText().split())
    for words in ("Parcours 1 : partenaire RH, préparer la mobilité (GEPP)",
                  "Parcours 2 : manager, préparer un entretien de carrière",
                  "La méthode en quelques mots", "L'exposition d'un métier",
                  "Les passerelles", "Le plan de formation"):
        assert words in shown
    titles = [title for title, _level in help_window.headings()]
    assert set(VIEW_SECTIONS.values()) <= set(titles)  # F1 finds every view's section


def test_f1_opens_the_guide_at_the_section_of_the_view(window, qtbot):
    window.show_view("people")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.findChild(HelpWindow)
    assert help_window is not None and help_window.isVisible()
    assert help_window.current_section() == "Collaborateurs"
    window.show_view("job_map")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.findChildren(HelpWindow) == [help_window]  # one guide, brought forward
    assert help_window.current_section() == "Cartographie des métiers"


def test_the_sections_list_jumps_to_a_section(qtbot):
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.show()
    qtbot.waitExposed(help_window)
    items = help_window.sections.findItems("Données personnelles (RGPD)",
                                           Qt.MatchFlag.MatchContains)
    assert items
    rect = help_window.sections.visualItemRect(items[0])
    qtbot.mouseClick(help_window.sections.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert help_window.current_section() == "Données personnelles (RGPD)"


def test_help_menu_and_shortcuts(window):
    menus = {action.text().replace("&", ""): action.menu()
             for action in window.menuBar().actions()}
    help_items = [a.text().replace("&", "") for a in menus["Aide"].actions()]
    assert help_items[0] == "Guide d'utilisation"
    assert window.help_action.shortcut().toString() == "F1"
    file_items = [a.text().replace("&", "") for a in menus["Fichier"].actions()]
    assert "Exporter le tableau vers Excel…" in file_items
    edit_items = [a.text().replace("&", "") for a in menus["Édition"].actions()]
    assert "Préférences…" in edit_items
