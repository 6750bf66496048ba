"""Fiche métier: one job's exposure (three published qualifications), ROME sheets and profile.

Left (:mod:`gui.job_exposure_panel`), how exposed the job is: the study's three published
scores, the two recomputations of Passerelles and the level distribution, then the ROME sheets
the job is mapped to. Right (:mod:`gui.job_profile_panel`), the job's retained competencies
(« compétences retenues », ``domain.matching.job_profiles``) among all the items of its sheets,
each with its generative-AI impact level. The user retains or drops an item and changes a level,
as the study's experts did in their workshops; each change is an undoable command
(:mod:`gui.level_editing`) run by the store's one writer. Bridges, coverage and training plans
follow a profile change once the engine has been rebuilt (``gui.engine_holder``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from domain.matching.level_book import LevelBook
from gui.app_context import AppContext
from gui.formats import plural
from gui.job_combo import fill_jobs, searchable_combo
from gui.job_exposure_panel import JobExposurePanel
from gui.job_profile_panel import JobProfilePanel
from gui.job_table_model import format_score
from gui.level_editing import ResetProfileCommand, SetLevelCommand, SetRetainedCommand
from gui.qualification_table import Recomputed
from gui.workers import Operation

NO_ROME, COMPUTING, READY = range(3)  # pages of the competency stack


class JobSheetView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: str | None = None
        self.book: LevelBook | None = None
        self.profile: Any = None  # domain.matching.job_profiles.JobProfile of the job shown
        self._book_release: Any = None
        self._estimate_scores: dict[str, float] = {}
        self._operation: Operation | None = None
        self.undo_stack = QUndoStack(self)
        self._build()
        # Queued: the command runs once the editor (or the click) is over, not inside it.
        self.model.level_requested.connect(self.request_level, Qt.ConnectionType.QueuedConnection)
        self.model.retain_requested.connect(self.request_retention,
                                            Qt.ConnectionType.QueuedConnection)
        context.loaded.connect(self._on_loaded)
        context.release_changed.connect(self._on_release_changed)
        context.job_selected.connect(self.show_job)
        context.qualification_changed.connect(lambda _q: self._fill_qualifications())
        context.overrides_changed.connect(self._on_job_changed)
        context.profiles_changed.connect(self._on_job_changed)
        if context.is_loaded:
            self._on_loaded()

    # Building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.job_combo = searchable_combo(self)
        self.job_combo.activated.connect(self._on_job_chosen)
        self.job_combo.setToolTip(self.tr("Tapez une partie du nom, avec ou sans accents."))
        self.family_label = QLabel(self)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Métier :"), self))
        header.addWidget(self.job_combo)
        header.addWidget(self.family_label, 1)
        self.exposure = JobExposurePanel(self)
        self.qualification_table = self.exposure.qualification_table
        self.used_score_label, self.rome_label = self.exposure.used_score_label, self.exposure.rome_label
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.exposure)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self._build_competencies())
        self.splitter.setSizes([500, 780])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

    def _build_competencies(self) -> QWidget:
        self.competency_stack = QStackedWidget(self)
        self.no_rome_label = QLabel(self)
        self.no_rome_label.setWordWrap(True)
        self.no_rome_label.setText(self.tr(
            "<p><b>Aucune version du ROME n'est importée.</b></p><p>Les compétences d'un "
            "métier, leur niveau d'impact estimé et le score recalculé viennent des fiches "
            "ROME de France Travail. Importez la version « RefRomeCsv » (dossier ou zip) "
            "pour les afficher ; les scores publiés par l'étude restent consultables à "
            "gauche.</p>"))
        self.import_button = QPushButton(self.tr("Importer le ROME…"), self)
        self.import_button.clicked.connect(self.context.import_requested)
        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addWidget(self.no_rome_label)
        empty_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.panel = JobProfilePanel(self)
        self.model, self.proxy, self.table = self.panel.model, self.panel.proxy, self.panel.table
        self.undo_button, self.redo_button = self.panel.undo_button, self.panel.redo_button
        self.reset_button = self.panel.reset_button
        self.reset_profile_button = self.panel.reset_profile_button
        self.summary_label = self.panel.score_summary
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.reset_button.clicked.connect(self.reset_job)
        self.reset_profile_button.clicked.connect(self.reset_profile)
        computing = QWidget(self)
        computing_layout = QVBoxLayout(computing)
        computing_layout.addWidget(QLabel(self.tr(
            "Estimation des niveaux d'impact des compétences ROME des 58 métiers…"), self))
        self.book_progress = QProgressBar(self)
        self.book_progress.setRange(0, 100)
        computing_layout.addWidget(self.book_progress)
        computing_layout.addStretch(1)
        for page in (empty, computing, self.panel):
            self.competency_stack.addWidget(page)
        return self.competency_stack

    # Data -------------------------------------------------------------------------------
    def _on_loaded(self) -> None:
        study = self.context.study
        if study is None:
            return
        fill_jobs(self.job_combo, study)
        first = self.context.selected_job or study.ranking(self.context.qualification)[0][0].name
        self._build_book()
        self.show_job(first)

    def _on_release_changed(self) -> None:
        self._build_book()
        self.refresh()

    def _build_book(self) -> None:
        """Estimate every job's levels on a worker, once per release."""
        release = self.context.release
        if release is None or release is self._book_release:
            return
        if self._operation is not None:
            self._operation.cancel()
        self.book, self._book_release = None, release
        self.book_progress.setValue(0)
        self._operation = Operation(
            lambda progress, cancelled: LevelBook.build(release, progress, cancelled),
            on_success=lambda book: self._book_ready(release, book),
            on_progress=lambda fraction, _m: self.book_progress.setValue(round(fraction * 100)),
        ).start()

    def _book_ready(self, release: Any, book: LevelBook) -> None:
        if release is not self.context.release:
            return  # a newer release is being estimated
        self._operation = None
        self.book = book
        self._estimate_scores = book.scores({})
        self.refresh()

    def _on_job_chosen(self, index: int) -> None:
        name = self.job_combo.itemText(index)
        if name:
            self.context.select_job(name)
            self.show_job(name)

    def show_job(self, name: str) -> None:
        if self.context.study is None:
            return
        self.job = self.context.study.find_job(name).name
        index = self.job_combo.findText(self.job)
        if index >= 0 and index != self.job_combo.currentIndex():
            self.job_combo.setCurrentIndex(index)
        self.refresh()

    def refresh(self) -> None:
        if self.job is None or self.context.study is None:
            return
        job = self.context.study.find_job(self.job)
        self.family_label.setText(
            f"{job.family_label}" + (self.tr(" — métier cœur d'assistance") if job.core else ""))
        ready = self.book is not None and self.context.release is not None
        self.profile = self._read_profile() if ready else None
        self._fill_profile()
        self.competency_stack.setCurrentIndex(
            NO_ROME if self.context.release is None else READY if ready else COMPUTING)
        self._fill_qualifications()
        self._fill_rome()

    def _read_profile(self) -> Any:
        """The job's profile with the stored changes (a quick read on the UI thread)."""
        from domain.matching.job_profiles import job_profile
        from domain.matching.profile_edits import load_profile_overrides

        return job_profile(self.context.release, self.job, load_profile_overrides(self.context.conn),
                           self.context.data.overrides)

    def _fill_profile(self) -> None:
        from domain.matching.job_profiles import load_profile_file

        if self.profile is None:
            self.model.set_rows([], {})
            return
        from gui.job_profile_model import profile_rows

        release = self.context.release
        shipped = [entry.item_code for entry in load_profile_file().get(self.job, ())]
        estimates = {item.code: (estimate.level, estimate.reason)
                     for item, estimate in self.book.items_by_job.get(self.job, [])}
        rows = profile_rows(release, self.profile, shipped, estimates, self.context.data.overrides)
        titles = {code: release.sheets[code].label for code in self.profile.sheets
                  if code in release.sheets}
        self.model.set_rows(rows, titles)
        retained = [r for r in rows if r.retained]
        added = sum(r.retained and not r.shipped for r in rows)
        dropped = sum(r.shipped and not r.retained for r in rows)
        text = self.tr("<b>{n} compétences retenues</b>, dont {core} clés, sur {total} "
                       "compétences des fiches {sheets}.").format(
            n=len(retained), core=sum(r.core for r in retained), total=len(rows),
            sheets=", ".join(self.profile.sheets))
        if added or dropped:
            text += " " + self.tr("Vos changements : {a}, {d}.").format(
                a=plural(added, self.tr("{n} retenue"), self.tr("{n} retenues")),
                d=plural(dropped, self.tr("{n} écartée"), self.tr("{n} écartées")))
        from domain.matching.job_profiles import PROFILE_MAX, PROFILE_MIN

        if len(retained) < PROFILE_MIN:
            text += "<br>" + self.tr(
                "<b>Attention :</b> moins de {low} compétences retenues ; un profil en compte "
                "de {low} à {high}. La couverture, les écarts et les passerelles de ce métier "
                "reposent sur peu d'éléments.").format(low=PROFILE_MIN, high=PROFILE_MAX)
        self.panel.profile_summary.setText(text)
        self.reset_profile_button.setEnabled(bool(added or dropped))

    def recomputed(self, use_overrides: bool = True) -> tuple[float, Any] | None:
        """Score and profile from the competency levels (the user's or the estimates)."""
        found = self._recomputed(use_overrides)
        return None if found is None else (found.score, found.profile)

    def _recomputed(self, use_overrides: bool = True) -> Recomputed | None:
        if self.book is None or self.job is None:
            return None
        from domain.study.exposure import profile_for

        overrides = self.context.data.overrides if use_overrides else {}
        rows = self.book.rows(self.job, overrides)
        scores = self.book.scores(overrides) if use_overrides else self._estimate_scores
        score = scores.get(self.job)
        if score is None or not rows:
            return None
        return Recomputed(score, profile_for(self.context.study, self.job, score),
                          [r.level for r in rows])

    def _fill_qualifications(self) -> None:
        if self.job is None or self.context.study is None:
            return
        from gui.charts import profile_label

        estimate, yours = self._recomputed(False), self._recomputed()
        self.exposure.show_exposure(self.context.study, self.job, self.context.qualification,
                                    estimate, yours)
        changed = sum(1 for job, _code in self.context.data.overrides if job == self.job)
        self.summary_label.setText("" if yours is None else self.tr(
            "Score recalculé avec les niveaux retenus : <b>{score}</b> — profil « {profile} » "
            "({changed} sur {total}).").format(
                score=format_score(yours.score), profile=profile_label(yours.profile),
                changed=plural(changed, self.tr("{n} niveau modifié"),
                               self.tr("{n} niveaux modifiés")), total=len(yours.levels)))
        self.reset_button.setEnabled(changed > 0)

    def _fill_rome(self) -> None:
        mappings = (self.context.data.job_rome if self.context.data else {}).get(self.job, [])
        self.exposure.show_sheets(mappings, self.context.release)

    # Editing ----------------------------------------------------------------------------
    def request_level(self, item_code: str, level: int) -> None:
        row = self.model.rows[self.model.row_of(item_code)]
        before = self.context.data.overrides.get((self.job, item_code))
        after = None if level == row.estimate else level
        if before != after:
            self.undo_stack.push(SetLevelCommand(self, self.job, item_code, row.label, before, after))

    def request_retention(self, item_code: str, retained: bool) -> None:
        """The « Retenue » box was ticked or cleared: an undoable retain / drop."""
        row = self.model.rows[self.model.row_of(item_code)]
        if row.retained == retained:
            return
        if not retained and not self._may_drop(item_code):
            return
        self.undo_stack.push(SetRetainedCommand(self, self.job, item_code, row.label, retained))

    def _may_drop(self, item_code: str) -> bool:
        """The domain's rule before an undo step is pushed: never an empty profile (the store
        would refuse the drop anyway, leaving a step that did nothing)."""
        from domain.errors import UserError
        from domain.matching.profile_edits import check_profile_edit, load_profile_overrides

        try:
            check_profile_edit(self.context.release, job=self.job, drop=[item_code],
                               overrides=load_profile_overrides(self.context.conn))
        except UserError as exc:
            self._refused(exc)
            return False
        return True

    def reset_job(self) -> None:
        """Back to the estimated levels for this job: one undoable step."""
        changed = {code: level for (job, code), level in self.context.data.overrides.items()
                   if job == self.job}
        if not changed:
            return
        labels = {row.code: row.label for row in self.model.rows}
        self.undo_stack.beginMacro(self.tr("revenir aux estimations pour « {job} »").format(
            job=self.job))
        for code, before in changed.items():
            self.undo_stack.push(SetLevelCommand(self, self.job, code, labels.get(code, code),
                                                 before, None))
        self.undo_stack.endMacro()

    def reset_profile(self) -> None:
        """Back to the shipped profile for this job: one undoable step."""
        from domain.matching.profile_edits import profile_overrides

        changes = [(o.item_code, o.retained) for o in profile_overrides(self.context.conn, self.job)]
        if changes:
            self.undo_stack.push(ResetProfileCommand(self, self.job, changes))

    def apply_override(self, job: str, item_code: str, level: int | None) -> None:
        """Save (or clear) one level on the store's writer; the view follows its signal."""
        from domain.matching.competency_levels import set_competency_level
        from gui import store_worker

        self.context.store.call(
            lambda conn: set_competency_level(conn, job=job, item_code=item_code, level=level),
            topic=store_worker.LEVELS, detail=job, parent=self)

    def apply_retention(self, job: str, changes: list[tuple[str, bool]]) -> None:
        """Retain (True) or drop (False) items of ``job``'s profile, one store action."""
        from domain.matching.profile_edits import drop_competency, retain_competency
        from gui import store_worker

        release = self.context.release

        def action(conn) -> None:
            for code, retained in changes:
                service = retain_competency if retained else drop_competency
                service(conn, job=job, item_code=code, release=release)

        self.context.store.call(action, topic=store_worker.PROFILES, detail=job,
                                on_failure=self._refused, parent=self)

    def apply_profile_reset(self, job: str) -> None:
        from domain.matching.profile_edits import reset_job_profile
        from gui import store_worker

        self.context.store.call(lambda conn: reset_job_profile(conn, job=job),
                                topic=store_worker.PROFILES, detail=job,
                                on_failure=self._refused, parent=self)

    def _refused(self, exc: BaseException) -> None:
        from gui.errors import report_exception

        report_exception(exc, self)

    def _on_job_changed(self, job: str) -> None:
        """A level or the profile was stored: show that job (undo may concern another one)."""
        if job != self.job:
            self.show_job(job)
        else:
            self.refresh()

    # Main window hooks ------------------------------------------------------------------
    def focus_search(self) -> None:
        self.job_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.job_combo.lineEdit().selectAll()
