"""The English interface: a complete catalogue, in step with the code, and no French left on screen.

The catalogue checks read ``passerelles_en.ts`` itself (every message finished, placeholders and
markup kept, the compiled ``.qm`` agreeing with it, ``lupdate`` finding nothing new in
``gui/``). The screen checks build the main window and its six views on the real release with
the English catalogue installed through the application's own :func:`gui.app.install_translations`,
then walk every widget: no label, button, group box, tab, header, placeholder, combo item or
tooltip may still show a French source that has an English translation, and every lookup the
views make at run time must find its context and text in the catalogue.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from domain.paths import RESOURCES
from gui.app import install_translations

TS = RESOURCES / "translations" / "passerelles_en.ts"
QM = RESOURCES / "translations" / "passerelles_en.qm"
GUI = Path(__file__).resolve().parent.parent / "gui"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|%n")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
MNEMONIC = re.compile(r"&(?=[^&\s])")
SOURCE_JOB = "Chargé d'accueil d'assistance"  # exposed: it has bridges


def messages(path: Path = TS) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            found.append((name, message.findtext("source") or "", translation.text or "",
                          translation.get("type")))
    return found


# The catalogue ----------------------------------------------------------------------------

def test_every_message_is_translated():
    unfinished = [(c, s) for c, s, t, kind in messages() if kind is not None or not t.strip()]
    assert messages() and unfinished == []


def test_translations_keep_placeholders_markup_and_mnemonics():
    for context, source, translation, _kind in messages():
        where = f"{context}: {source!r} → {translation!r}"
        assert Counter(PLACEHOLDER.findall(source)) == Counter(PLACEHOLDER.findall(translation)), where
        assert Counter(TAG.findall(source)) == Counter(TAG.findall(translation)), where
        assert len(MNEMONIC.findall(source)) == len(MNEMONIC.findall(translation)), where


def test_english_text_has_no_french_typography():
    for context, source, translation, _kind in messages():
        where = f"{context}: {source!r} → {translation!r}"
        assert "«" not in translation and "»" not in translation, where
        assert not re.search(r"\s[:;?!]", translation), where  # French spaces before punctuation


def test_compiled_catalogue_matches_the_source_catalogue():
    translator = QTranslator()
    assert translator.load(str(QM))
    for context, source, translation, _kind in messages():
        assert translator.translate(context, source) == translation, (context, source)


def test_catalogue_holds_every_string_the_code_marks(tmp_path):
    """``lupdate`` over gui/ finds no message that the catalogue lacks, and none it has too many."""
    tool = shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate est absent")
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    sources = sorted(str(path) for path in GUI.glob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(copy), "-no-obsolete"], check=True,
                   capture_output=True)
    committed = {(c, s) for c, s, _t, _k in messages()}
    extracted = {(c, s) for c, s, _t, _k in messages(copy)}
    assert extracted - committed == set(), "messages absent from the catalogue"
    assert committed - extracted == set(), "catalogue messages no longer in the code"


def test_domain_values_shown_by_the_views_are_in_the_catalogue():
    """The bridge kinds and competency kinds come from ``domain`` and are translated on display."""
    from domain.matching.bridges import CLOSE, EVOLUTION
    from domain.matching.competencies import KIND_LABELS

    catalogue = {(c, s) for c, s, _t, _k in messages()}
    for kind in (CLOSE, EVOLUTION):
        assert ("BridgeKind", kind) in catalogue
    for label in KIND_LABELS.values():
        assert ("BridgesView", label) in catalogue


# The English interface ----------------------------------------------------------------------

class LookupRecorder(QTranslator):
    """Answers nothing, so the real catalogue still translates; notes every (context, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        self.seen.add((context, source))
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


@pytest.fixture
def english(qapp):
    installed = install_translations(qapp, "en")
    assert len(installed) == 1, "the English catalogue did not load"
    recorder = LookupRecorder()
    qapp.installTranslator(recorder)
    yield recorder
    qapp.removeTranslator(recorder)
    install_translations(qapp, "fr")


@pytest.fixture
def window(real_rome, qtbot, english):
    """The main window on the real release with one employee, every view built in English."""
    from gui_support import real_engine, real_release

    from domain.people import employees
    from domain.rome.job_mapping import load_job_rome_map
    from domain.store.connection import connect
    from domain.study import load_study
    from gui.app_context import AppContext, LoadedData
    from gui.engine_holder import engine_holder
    from gui.main_window import MainWindow
    from gui.settings import FIRST_RUN_OFFERED, Settings

    settings = Settings()
    settings.set(FIRST_RUN_OFFERED, True)
    context = AppContext(settings)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    with closing(connect()) as conn:
        employees.save_employee(conn, employees.Employee(
            "000123", "Martin", "Claire", SOURCE_JOB, date(2015, 3, 12)))
    context.data = LoadedData(study=load_study(), release=real_release(real_rome),
                              job_rome=load_job_rome_map(), headcounts={SOURCE_JOB: 1})
    engine_holder(context).set_engine(real_engine(real_rome))
    context.loaded.emit()
    for index in range(main.tabs.count()):
        main.tabs.setCurrentIndex(index)
        qtbot.wait(20)
    yield main
    context.close()


def french_patterns() -> list[tuple[re.Pattern[str], str]]:
    """A pattern per French source whose English differs, placeholders matching anything."""
    patterns = []
    for context, source, translation, _kind in messages():
        words = re.findall(r"\w{2,}", PLACEHOLDER.sub(" ", source))
        if translation == source or not words or (PLACEHOLDER.search(source) and len(words) < 2):
            continue  # « {total} métiers » would match any job name ending in « métiers »
        parts = PLACEHOLDER.split(source)
        pattern = ".+?".join(re.escape(part) for part in parts)
        patterns.append((re.compile(pattern, re.DOTALL), f"{context}: {source}"))
    return patterns


def header_texts(view: QTableView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    return [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            for c in range(model.columnCount(QModelIndex()))]


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) for everything a user reads in ``root`` and its children."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        texts = [widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView):
            texts += header_texts(widget)
        found += [(kind, text) for text in texts if text and text.strip()]
    return found


def french_left(root: QWidget) -> list[str]:
    patterns = french_patterns()
    return [f"{kind} {text!r} ← {origin}" for kind, text in shown_texts(root)
            for pattern, origin in patterns if pattern.fullmatch(text)]


@pytest.mark.rome
def test_tabs_are_english(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Job map", "Job sheet", "Competency graph", "Bridges", "Employees",
                      "Reports"]


@pytest.mark.rome
def test_bridges_and_plan_views_are_english(window, qtbot):
    from gui.bridges_model import BridgesModel

    view = window.view("bridges")
    view.select_job(SOURCE_JOB)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    assert [view.tabs.tabText(i) for i in range(2)] == ["Bridges from a job", "Collective plan"]
    assert view.settings_panel.title() == "What counts as a target"
    assert header_texts(view.table)[BridgesModel.TARGET] == "Target job"
    kinds = {view.model.index(r, BridgesModel.KIND).data() for r in range(view.model.rowCount())}
    assert kinds and kinds <= {"close mobility", "career-step mobility"}
    count = view.model.rowCount()
    assert view.status_label.text().startswith(f"{count} bridge{'s' if count > 1 else ''}, direct")
    assert view.detail.shared_title.text().startswith("<b>What you bring (")
    assert "of the key competencies of “" in view.detail.coverage_label.text()
    assert view.model.headerData(BridgesModel.COVERAGE, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.ToolTipRole).startswith("Coverage: share")
    plan = view.plan_view
    assert plan.compute_button.text() == "Compute the plan"
    assert header_texts(plan.targets_table) == ["Target job", "Places", "Taken", "Free"]
    assert french_left(view) == []


@pytest.mark.rome
def test_graph_view_is_english(window, qtbot):
    view = window.view("graph")
    qtbot.waitUntil(lambda: bool(view.count_label.text()), timeout=15000)
    assert view.count_label.text().startswith("58 jobs, ")
    assert view.fit_button.text() == "Fit to window"
    view.select_job(SOURCE_JOB)
    assert "bridges with the settings of the “Bridges” view" in view.selection_title.text()
    assert view.open_button.text() == "See the details in “Bridges”"
    assert "Exposure score: " in view.nodes[SOURCE_JOB].toolTip()
    assert french_left(view) == []


@pytest.mark.rome
def test_people_view_and_person_editor_are_english(window, qtbot):
    from gui.people_model import PeopleModel

    view = window.view("people")
    assert view.model.rowCount() == 1
    view.select_person("000123")
    editor = view.editor
    assert header_texts(view.table)[PeopleModel.ID] == "Employee ID"
    assert view.import_button.text() == "Import a staff list…"
    assert view.departed_check.text() == "Show people who have left"
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == [
        "Identity and wishes", "Competencies", "Interviews", "Bridges"]
    assert editor.save_button.text() == "Save changes"
    assert editor.rgpd_label.text().startswith("<b>GDPR reminder</b>")
    qtbot.waitUntil(lambda: editor.bridge_combo.count() > 0, timeout=5000)
    assert editor.bridge_intro.text().startswith("Bridges computed from the person's profile")
    assert french_left(view) == []


@pytest.mark.rome
def test_reports_view_is_english(window):
    view = window.view("reports")
    assert view.team_print_button.text() == "Print the team's reports (1)…"
    assert view.preview_panel.title.text() == "Choose a person to see their report."
    assert view.preview_panel.fit_button.text() == "Full width"
    assert french_left(view) == []


@pytest.mark.rome
def test_job_map_and_job_sheet_are_english(window):
    job_map, job_sheet = window.view("job_map"), window.view("job_sheet")
    placeholders = {w.placeholderText() for w in job_map.findChildren(QLineEdit)}
    assert "Search a job or a family…" in placeholders
    assert "Job:" in {label.text() for label in job_sheet.findChildren(QLabel)}
    assert french_left(job_map) == []
    assert french_left(job_sheet) == []
    assert french_left(window) == []


@pytest.mark.rome
def test_every_lookup_made_by_the_views_is_in_the_catalogue(window, english):
    """A text looked up under the wrong context would silently stay French."""
    catalogue = {(c, s) for c, s, _t, _k in messages()}
    # Qt's own contexts start with Q; PySide's tr() retries a text untranslated in the class's
    # context under its base classes (_Table, _Records, RecordTableModel), whose lookups are
    # not ours.
    ours = {(c, s) for c, s in english.seen
            if c and not c.startswith(("Q", "_")) and c != "RecordTableModel" and s.strip()}
    assert ours, "no lookup recorded"
    assert sorted(ours - catalogue) == []
    assert QCoreApplication.translate("MainWindow", "Passerelles") == "Bridges"
