"""The main window: menus, toolbar, status bar and one tab per view.

The window holds no view logic. Views are listed in :data:`VIEWS` (title + ``module:Class``)
and built the first time their tab is shown, so adding a view is one line here and a module of
its own. A view class takes ``(context: AppContext, parent)``; it may also define
``undo_stack`` (a ``QUndoStack`` joined to the Édition menu), ``focus_search()`` (Ctrl+F) and
``activated()`` (called each time its tab becomes current) and ``export_table()`` (Fichier >
Exporter le tableau vers Excel, Ctrl+E).

The window opens sized to the screen it lands on (:mod:`gui.screen_fit`): a geometry saved on a
larger screen is restored only if it fits. F1 opens the user guide at the section of the view
shown (:mod:`gui.help`).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.app_context import AppContext
from gui.settings import (
    CURRENT_TAB,
    FIRST_RUN_OFFERED,
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)


@dataclass(frozen=True)
class ViewSpec:
    """A tab: a stable key (saved in the settings), its title and the class to build."""

    key: str
    title: str  # French source text, translated at display
    factory: str  # "package.module:Class", imported when the tab is first shown


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("job_map", QT_TRANSLATE_NOOP("MainWindow", "Cartographie des métiers"),
             "gui.job_map_view:JobMapView"),
    ViewSpec("job_sheet", QT_TRANSLATE_NOOP("MainWindow", "Fiche métier"),
             "gui.job_sheet_view:JobSheetView"),
    # Next views, one line each when their module exists:
    ViewSpec("graph", QT_TRANSLATE_NOOP("MainWindow", "Graphe des compétences"), "gui.graph_view:GraphView"),
    ViewSpec("bridges", QT_TRANSLATE_NOOP("MainWindow", "Passerelles"), "gui.bridges_view:BridgesView"),
    ViewSpec("people", QT_TRANSLATE_NOOP("MainWindow", "Collaborateurs"), "gui.people_view:PeopleView"),
    ViewSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Rapports"), "gui.reports_view:ReportsView"),
)

QUALIFICATION_TITLES: dict[str, str] = {
    "initial": QT_TRANSLATE_NOOP("MainWindow", "PwC initial (base ROME)"),
    "revised": QT_TRANSLATE_NOOP("MainWindow", "PwC revu (sélection des experts)"),
    "experts": QT_TRANSLATE_NOOP("MainWindow", "Experts métier"),
}


def view_title(spec: ViewSpec) -> str:
    return QCoreApplication.translate("MainWindow", spec.title)


class _LazyTab(QWidget):
    """Holds a view's place in the tab bar until the view is first shown."""

    def __init__(self, spec: ViewSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self, context: AppContext) -> QWidget:
        if self.view is None:
            module_name, class_name = self.spec.factory.split(":")
            cls = getattr(importlib.import_module(module_name), class_name)
            self.view = cls(context, self)
            self._layout.addWidget(self.view)
        return self.view


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext | None = None, settings: Settings | None = None,
                 views: tuple[ViewSpec, ...] = VIEWS) -> None:
        super().__init__()
        self.settings = settings or (context.settings if context else Settings())
        self.context = context or AppContext(self.settings, self)
        self.setWindowTitle("Passerelles")
        self._fitted = False
        self._default_placed = False
        self.undo_group = QUndoGroup(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._pages: dict[str, _LazyTab] = {}
        for spec in views:
            page = _LazyTab(spec, self.tabs)
            self._pages[spec.key] = page
            self.tabs.addTab(page, view_title(spec))
        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self._build_tool_bar()
        self._restore_state()
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.context.loaded.connect(self._on_loaded)
        self.context.release_changed.connect(self._show_release_status)
        self.context.view_requested.connect(self.show_view)
        self.context.import_requested.connect(self.import_rome)
        self.context.quit_requested.connect(self.close)
        self._on_tab_changed(self.tabs.currentIndex())

    # Building ---------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.release_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.release_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().showMessage(self.tr("Chargement de l'étude et du ROME…"))

    def _build_actions(self) -> None:
        self.import_action = QAction(self.tr("&Importer le ROME…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(
            self.tr("Importer une version du ROME (dossier ou zip RefRomeCsv)"))
        self.import_action.triggered.connect(lambda: self.import_rome())
        self.quit_action = QAction(self.tr("&Quitter"), self)
        # Windows has no standard « Quit » key: Ctrl+Q everywhere (asked once, not twice).
        quit_keys = {QKeySequence(QKeySequence.StandardKey.Quit).toString(), "Ctrl+Q"} - {""}
        self.quit_action.setShortcuts([QKeySequence(key) for key in sorted(quit_keys)])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.undo_action = self._history_action(self.tr("Annuler"), QKeySequence.StandardKey.Undo,
                                                self.undo_group.undo,
                                                self.undo_group.canUndoChanged,
                                                self.undo_group.undoTextChanged)
        self.redo_action = self._history_action(self.tr("Rétablir"), QKeySequence.StandardKey.Redo,
                                                self.undo_group.redo,
                                                self.undo_group.canRedoChanged,
                                                self.undo_group.redoTextChanged)
        self.export_action = QAction(self.tr("E&xporter le tableau vers Excel…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(self.tr(
            "Enregistrer le tableau de la vue affichée (lignes filtrées et triées) en .xlsx"))
        self.export_action.triggered.connect(self.export_current_table)
        self.preferences_action = QAction(self.tr("&Préférences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.help_action = QAction(self.tr("&Guide d'utilisation"), self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.setStatusTip(self.tr("Le guide des deux parcours (partenaire RH, "
                                              "manager) et la méthode"))
        self.help_action.triggered.connect(self.show_help)
        self.find_action = QAction(self.tr("&Rechercher"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.about_action = QAction(self.tr("À &propos de Passerelles"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.log_action = QAction(self.tr("Ouvrir le dossier des &journaux"), self)
        self.log_action.triggered.connect(self._open_data_folder)
        self.qualification_group = QActionGroup(self)
        self.qualification_actions: dict[str, QAction] = {}
        for index, (value, title) in enumerate(QUALIFICATION_TITLES.items(), start=1):
            action = QAction(QCoreApplication.translate("MainWindow", title), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{index}"))
            action.setData(value)
            action.triggered.connect(lambda _=False, v=value: self._choose_qualification(v))
            self.qualification_group.addAction(action)
            self.qualification_actions[value] = action
        self._check_qualification(self.context.qualification_value)
        self.context.qualification_changed.connect(self._check_qualification)

    def _history_action(self, text: str, key, trigger, can_changed, text_changed) -> QAction:
        """Undo/redo with a short fixed label; what it would undo goes in the tooltip."""
        action = QAction(text, self)
        action.setShortcut(key)
        action.setEnabled(False)
        action.triggered.connect(trigger)
        can_changed.connect(action.setEnabled)
        text_changed.connect(lambda what, a=action, t=text: (
            a.setToolTip(f"{t} : {what}" if what else t), a.setStatusTip(what)))
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        file_menu.addAction(self.import_action)
        self.recent_menu = QMenu(self.tr("Imports &récents"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        from gui.data_menu import add_data_actions  # ROME versions, job titles (issues 10, 12)

        self.data_actions = add_data_actions(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Édition"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = bar.addMenu(self.tr("&Affichage"))
        for index, spec in enumerate(self._specs(), start=1):
            action = view_menu.addAction(view_title(spec))
            if index <= 9:
                action.setShortcut(QKeySequence(f"Alt+{index}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_view(key))
        view_menu.addSeparator()
        qualification_menu = view_menu.addMenu(self.tr("&Qualification de l'étude"))
        qualification_menu.addActions(list(self.qualification_actions.values()))
        view_menu.addMenu(self._language_menu())
        help_menu = bar.addMenu(self.tr("&Aide"))
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.log_action)
        help_menu.addAction(self.about_action)

    def _language_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Langue"), self)
        group = QActionGroup(menu)
        current = self.settings.get(LANGUAGE)
        for code, label in (("fr", "Français"), ("en", "English")):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
        return menu

    def _build_tool_bar(self) -> None:
        tool_bar = self.addToolBar(self.tr("Barre d'outils"))
        tool_bar.setObjectName("mainToolBar")
        tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tool_bar.addAction(self.import_action)
        tool_bar.addSeparator()
        tool_bar.addAction(self.undo_action)
        tool_bar.addAction(self.redo_action)
        tool_bar.addSeparator()
        tool_bar.addWidget(QLabel(self.tr("Qualification : ")))
        for action in self.qualification_actions.values():
            tool_bar.addAction(action)

    # Views ------------------------------------------------------------------------------
    def _specs(self) -> list[ViewSpec]:
        return [page.spec for page in self._pages.values()]

    def view(self, key: str) -> QWidget:
        """The view behind tab ``key``, built now if it was not yet."""
        view = self._pages[key].build(self.context)
        stack = getattr(view, "undo_stack", None)
        if stack is not None and stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        return view

    def show_view(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._pages[key])

    def _on_tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if not isinstance(page, _LazyTab):
            return
        view = self.view(page.spec.key)
        self.undo_group.setActiveStack(getattr(view, "undo_stack", None))
        activated = getattr(view, "activated", None)
        if callable(activated):
            activated()

    def current_key(self) -> str:
        """The key of the tab shown (« plan » when the Passerelles view shows its plan)."""
        page = self.tabs.currentWidget()
        if not isinstance(page, _LazyTab):
            return ""
        tabs = getattr(page.view, "tabs", None)
        if page.spec.key == "bridges" and tabs is not None and tabs.currentIndex() == 1:
            return "plan"
        return page.spec.key

    def export_current_table(self) -> None:
        """Fichier > Exporter le tableau vers Excel: the current view's main table."""
        page = self.tabs.currentWidget()
        view = getattr(page, "view", None)
        if self.current_key() == "plan":  # the Passerelles view's second tab
            view = getattr(view, "plan_view", view)
        export = getattr(view, "export_table", None)
        if callable(export):
            export()
        else:
            self.statusBar().showMessage(self.tr("Cette vue n'a pas de tableau à exporter."),
                                         5000)

    def show_help(self):
        from gui.help import show_help

        return show_help(self, self.current_key())

    def show_preferences(self) -> None:
        from gui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.open()
        self._preferences_dialog = dialog

    def _focus_search(self) -> None:
        page = self.tabs.currentWidget()
        focus = getattr(getattr(page, "view", None), "focus_search", None)
        if callable(focus):
            focus()

    # Loading and ROME import ------------------------------------------------------------
    def start_loading_when_shown(self) -> None:
        """Start loading once the window is on screen, so the worker never delays it."""
        handle = self.windowHandle()
        if handle is None or handle.isExposed():
            QTimer.singleShot(0, self.start_loading)
            return
        self._load_pending = True
        handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if getattr(self, "_load_pending", False) and event.type() == QEvent.Type.Expose \
                and watched is self.windowHandle() and self.windowHandle().isExposed():
            self._load_pending = False
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.start_loading)  # after the paint this expose triggers
        return super().eventFilter(watched, event)

    def start_loading(self) -> None:
        """Load the study and the ROME on a worker once the window has been shown."""
        self.progress.show()
        self.context.load()

    def _on_loaded(self) -> None:
        self.progress.hide()
        if self.context.data is None:
            self.statusBar().showMessage(self.tr("L'étude n'a pas pu être chargée."))
            return
        if self.context.startup_notice:
            self.statusBar().showMessage(self.context.startup_notice, 30000)
        else:
            self.statusBar().showMessage(self.tr("Prêt"), 5000)
        self._show_release_status()
        if self.context.release is None and not self.settings.get(FIRST_RUN_OFFERED):
            self.settings.set(FIRST_RUN_OFFERED, True)
            self.import_rome()

    def _show_release_status(self) -> None:
        release = self.context.release
        if release is None:
            self.release_label.setText(self.tr("ROME : aucune version importée"))
        else:
            self.release_label.setText(self.tr("ROME {version}").format(version=release.version))

    def import_rome(self, path: str | None = None) -> None:
        """The first-run dialog: explanation, choice of folder or zip, import with progress."""
        from gui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.context, self, path=path)
        dialog.imported.connect(self._after_import)
        dialog.open()
        self._import_dialog = dialog

    def _after_import(self, path: str, message: str) -> None:
        self.settings.add_recent_file(path)
        self.statusBar().showMessage(message, 10000)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.import_rome(p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("(aucun)"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Effacer la liste"), self.settings.clear_recent_files)

    # Preferences ------------------------------------------------------------------------
    def _choose_qualification(self, value: str) -> None:
        self.context.set_qualification(value)

    def _check_qualification(self, qualification) -> None:
        action = self.qualification_actions.get(getattr(qualification, "value", qualification))
        if action is not None:
            action.setChecked(True)

    def _choose_language(self, code: str) -> None:
        if code == self.settings.get(LANGUAGE):
            return
        self.settings.set(LANGUAGE, code)
        QMessageBox.information(self, self.tr("Langue"), self.tr(
            "La langue choisie sera appliquée au prochain démarrage de Passerelles."))

    def show_about(self) -> None:
        from gui.about import AboutDialog

        release = self.context.release
        AboutDialog(self, release.version if release else None).exec()

    def _open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from domain.paths import data_dir

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir())))

    def _restore_state(self) -> None:
        from gui.screen_fit import fit_to_screen, place_default

        geometry = self.settings.get(WINDOW_GEOMETRY)
        self._default_placed = geometry.isEmpty() or not self.restoreGeometry(geometry)
        if self._default_placed:
            place_default(self)
        # A state saved on a larger screen: shrink and centre (placed again once shown).
        self._default_placed = fit_to_screen(self) or self._default_placed
        state = self.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        key = self.settings.get(CURRENT_TAB)
        if key in self._pages:
            self.tabs.setCurrentWidget(self._pages[key])

    def may_close(self) -> bool:
        """Every widget with unsaved work (a ``maybe_save()`` method, e.g. the person editor)
        saves it or drops it as the user answers; False when the user chose « Annuler »."""
        from gui.unsaved import confirm_close

        return confirm_close(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Once the frame is known (first show), make sure it fits the screen too."""
        super().showEvent(event)
        if not self._fitted:
            from gui.screen_fit import fit_to_screen, place_default

            self._fitted = True
            if self._default_placed:  # sized before the frame was known: size it again
                place_default(self)
            fit_to_screen(self)

    def save_state(self) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        page = self.tabs.currentWidget()
        if isinstance(page, _LazyTab):
            self.settings.set(CURRENT_TAB, page.spec.key)
        for page in self._pages.values():
            save = getattr(page.view, "save_state", None)
            if callable(save):
                save()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Ask about unsaved edits, save the layout, then let the store finish and close it."""
        if not self.may_close():
            event.ignore()  # « Annuler »: the window stays open with the edits
            return
        self.save_state()
        self.context.close()
        super().closeEvent(event)
