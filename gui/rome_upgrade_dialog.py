"""What a new ROME release changed, shown after its import (issue 12).

The import (``domain.rome.importer.import_release``) compares the release with the one it
replaces and returns an ``UpgradeReport``: sheets added, removed, renamed or recoded; for each of
the 58 jobs, its mapping rows followed to another sheet or lost; the corrected impact levels
and retained competencies kept or now without effect. This dialog shows all of it, then
compares the bridges before and after (``domain.matching.release_bridges.review_bridges``, two
engines: a few seconds) on a compute worker with its own read-only connection, with progress;
closing the dialog stops waiting for it. The previous release is handed to that worker and
dropped as soon as the comparison is over, so its memory is freed.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.app_context import AppContext
from gui.formats import plural

JOBS_TAB, SHEETS_TAB, ITEMS_TAB, BRIDGES_TAB = range(4)


def worth_showing(upgrade: Any) -> bool:
    """True when an import replaced a release, or lost a mapping row (a first import)."""
    return upgrade is not None and (upgrade.previous_version is not None or bool(upgrade.lost))


def compare_bridges(box: list, upgrade: Any, settings: Any, progress, cancelled) -> Any:
    """Compute worker: the bridges with the release in ``box`` (taken out of it) and now."""
    from contextlib import closing

    from domain.matching.engine import Engine
    from domain.matching.release_bridges import review_bridges
    from domain.store.connection import connect_reader
    from gui.workers import OperationCancelled

    previous = box.pop()
    with closing(connect_reader()) as conn:
        progress(0.1, QCoreApplication.translate(
            "RomeUpgradeDialog", "Passerelles avec la nouvelle version…"))
        current = Engine.load(conn)
        if cancelled():
            raise OperationCancelled(QCoreApplication.translate(
                "RomeUpgradeDialog", "Comparaison arrêtée."))
        progress(0.55, QCoreApplication.translate(
            "RomeUpgradeDialog", "Passerelles avec la version précédente…"))
        review = review_bridges(conn, previous, upgrade, settings, current=current)
    progress(1.0, "")
    return review


class RomeUpgradeDialog(QDialog):
    """The changes of one import: jobs, ROME sheets, recorded items, bridges (computed here)."""

    def __init__(self, context: AppContext, upgrade: Any, previous: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.upgrade = upgrade
        self.review: Any = None
        self.operation = None
        self.setWindowTitle(self.tr("Ce que change la version {v} du ROME").format(
            v=upgrade.version))
        self.resize(940, 620)
        self._build()
        self._fill()
        if previous is not None:
            self._compare(previous)
        else:
            self._show_bridges(None)

    def _build(self) -> None:
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.jobs_text, self.sheets_text, self.items_text = (
            self._browser() for _ in range(3))
        bridges = QWidget(self)
        self.progress_bar = QProgressBar(bridges)
        self.progress_bar.setRange(0, 1000)
        self.progress_label = QLabel(bridges)
        self.bridges_text = self._browser()
        inner = QVBoxLayout(bridges)
        inner.addWidget(self.progress_label)
        inner.addWidget(self.progress_bar)
        inner.addWidget(self.bridges_text, 1)
        for page in (self.jobs_text, self.sheets_text, self.items_text, bridges):
            self.tabs.addTab(page, "")
        self.buttons = QDialogButtonBox(self)
        self.bridges_button = self.buttons.addButton(
            self.tr("Ouvrir « Passerelles »"), QDialogButtonBox.ButtonRole.ActionRole)
        self.bridges_button.clicked.connect(self._open_bridges)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def _browser(self) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setOpenLinks(False)
        return browser

    # What the import said -----------------------------------------------------------------
    def _fill(self) -> None:
        upgrade = self.upgrade
        if upgrade.previous_version:
            lead = self.tr("La version {new} du ROME remplace la version {old}.").format(
                new=upgrade.version, old=upgrade.previous_version)
        else:
            lead = self.tr("Version {new} du ROME importée.").format(new=upgrade.version)
        jobs = plural(len(upgrade.jobs), self.tr(
            "{n} métier de l'étude change de fiches ROME ; son rattachement a suivi son "
            "appellation."), self.tr(
            "{n} métiers de l'étude changent de fiches ROME ; chaque rattachement a suivi son "
            "appellation.")) if upgrade.jobs else self.tr("Les rattachements des 58 métiers sont inchangés.")
        self.headline.setText(f"<b>{escape(lead)}</b> {escape(jobs)}")
        self.jobs_text.setHtml(self._jobs_html())
        self.sheets_text.setHtml(self._sheets_html())
        self.items_text.setHtml(self._items_html())
        changes = upgrade.changes.sheets if upgrade.changes else ()
        self.tabs.setTabText(JOBS_TAB, self.tr("Métiers de l'étude ({n})").format(
            n=len(upgrade.jobs)))
        self.tabs.setTabText(SHEETS_TAB, self.tr("Fiches du ROME ({n})").format(n=len(changes)))
        self.tabs.setTabText(ITEMS_TAB, self.tr("Niveaux et compétences ({n})").format(
            n=len(upgrade.items_reported)))
        self.tabs.setTabText(BRIDGES_TAB, self.tr("Passerelles"))

    def _jobs_html(self) -> str:
        from domain.rome.job_mapping import LOST

        if not self.upgrade.jobs:
            return _p(self.tr("Les rattachements des 58 métiers aux fiches du ROME sont "
                              "inchangés."))
        parts = [_p(self.tr("Chaque ligne de la table des rattachements (data/job_rome.csv) "
                            "suit son appellation dans la nouvelle version ; un rattachement "
                            "perdu est signalé et le métier garde ses autres fiches."))]
        for job in self.upgrade.jobs:
            before = ", ".join(job.before) or self.tr("aucune fiche")
            after = ", ".join(job.after) or self.tr("aucune fiche : à rattacher de nouveau")
            rows = []
            for row in job.rows:
                if row.status == LOST:
                    head = self.tr("{code} perdue").format(code=row.mapping.code_rome)
                elif not row.previous:
                    head = self.tr("{code} retrouvée").format(code=row.code_rome)
                else:
                    head = f"{row.previous} → {row.code_rome}"
                rows.append(f"<li><b>{escape(head)}</b> : {escape(row.reason)}</li>")
            parts.append(f"<h4>{escape(job.job)}</h4><p>{escape(before)} → "
                         f"<b>{escape(after)}</b></p><ul>{''.join(rows)}</ul>")
        return "".join(parts)

    def _sheets_html(self) -> str:
        changes = self.upgrade.changes
        if changes is None:
            return _p(self.tr("Première version importée : rien à comparer."))
        counts = changes.counts()
        words = [plural(counts[key], self.tr(one), self.tr(many))
                 for key, one, many in _COUNT_LABELS if counts[key]]
        lead = self.tr("Depuis la version {old} : {what}.").format(
            old=changes.old_version,
            what=", ".join(words) if words else self.tr("aucune fiche ni appellation changée"))
        items = "".join(f"<li>{escape(c.message())}</li>" for c in changes.sheets)
        return _p(lead) + (f"<ul>{items}</ul>" if items else "")

    def _items_html(self) -> str:
        by_source: dict[str, list] = {}
        for check in self.upgrade.items:
            by_source.setdefault(check.source_title or check.source, []).append(check)
        if not by_source:
            return _p(self.tr("Aucun niveau d'impact corrigé ni compétence retenue à vérifier."))
        parts = []
        for title, checks in by_source.items():
            reported = [c for c in checks if not c.kept]
            parts.append(f"<h4>{escape(title)}</h4>" + _p(self.tr(
                "{kept}, {lost} à relire dans cette version (tous gardés ; "
                "chaque ligne dit s'il compte encore).").format(
                    kept=plural(len(checks) - len(reported), self.tr("{n} conservé"),
                                self.tr("{n} conservés")), lost=len(reported))))
            if reported:
                parts.append("<ul>" + "".join(
                    f"<li>« {escape(c.job)} », {escape(c.item_code)} « {escape(c.label)} » : "
                    f"{escape(c.reason)}</li>" for c in reported) + "</ul>")
        return "".join(parts)

    # Bridges, computed here -----------------------------------------------------------------
    def _compare(self, previous: Any) -> None:
        from gui.engine_holder import engine_holder
        from gui.workers import Operation

        box = [previous]  # the worker takes it out: nothing here keeps the old release
        settings = engine_holder(self.context).settings
        upgrade = self.upgrade
        self.progress_label.setText(self.tr("Comparaison des passerelles avant et après…"))
        self.bridges_text.hide()
        operation = Operation(
            lambda progress, cancelled: compare_bridges(box, upgrade, settings, progress,
                                                        cancelled),
            on_success=self._compared, on_failure=self._not_compared,
            on_progress=self._progressed, parent=self)
        self.operation = operation  # before start: an immediate pool answers inside it
        operation.start()

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress_bar.setValue(round(max(0.0, min(1.0, fraction)) * 1000))
        if message:
            self.progress_label.setText(message)

    def _compared(self, review: Any) -> None:
        self.operation = None
        self.review = review
        self._show_bridges(review)

    def _not_compared(self, exc: BaseException) -> None:
        from gui.errors import log

        self.operation = None
        log.error("Comparaison des passerelles impossible : %r", exc)
        self._show_bridges(None, failed=True)

    def _show_bridges(self, review: Any, failed: bool = False) -> None:
        self.progress_bar.hide()
        self.progress_label.hide()
        self.bridges_text.show()
        parts = []
        if failed:
            parts.append(_p(self.tr("Les passerelles n'ont pas pu être comparées ; celles de "
                                    "la nouvelle version sont dans la vue « Passerelles ».")))
        if review is not None:
            parts.append(self._retained_html(review))
            parts.append(self._jobs_bridges_html(review))
        parts.append(self._chosen_html(review))
        self.bridges_text.setHtml("".join(parts))
        if review is not None:
            self.tabs.setTabText(BRIDGES_TAB, self.tr("Passerelles ({n})").format(
                n=len(review.jobs) + len(review.chosen)))

    def _retained_html(self, review: Any) -> str:
        """Jobs whose retained competencies changed with their sheets (domain's sentences)."""
        changes = getattr(review, "retained", ())
        if not changes:
            return ""
        title = self.tr("Compétences retenues des métiers dont les fiches ont changé")
        lines = "".join(f"<li>{escape(change.message())}</li>" for change in changes)
        return f"<h4>{escape(title)}</h4><ul>{lines}</ul>"

    def _jobs_bridges_html(self, review: Any) -> str:
        if not review.jobs:
            return _p(self.tr("Les premières passerelles des 58 métiers sont inchangées."))
        parts = [_p(plural(len(review.jobs),
                           self.tr("{n} métier n'a plus les mêmes premières passerelles :"),
                           self.tr("{n} métiers n'ont plus les mêmes premières passerelles :")))]
        for job in review.jobs:
            note = self.tr(" (fiches changées)") if job.sheets_changed else ""
            after = "".join(f"<li>{escape(line.describe())}</li>" for line in job.after)
            parts.append(f"<p><b>{escape(job.message())}</b>{escape(note)}</p>"
                         + (f"<ul>{after}</ul>" if job.sheets_changed and after else ""))
        return "".join(parts)

    def _chosen_html(self, review: Any) -> str:
        recorded = self.upgrade.bridges
        title = f"<h4>{escape(self.tr('Passerelles choisies pour des personnes'))}</h4>"
        if not recorded:
            return title + _p(self.tr("Aucune passerelle n'est enregistrée pour une personne."))
        if review is None:
            lines = [b.message() for b in self.upgrade.bridges_to_review]
            lead = self.tr("{n}, {k} à revoir :").format(
                n=plural(len(recorded), self.tr("{n} enregistrée"), self.tr("{n} enregistrées")),
                k=len(lines))
        else:
            lines = [c.message() for c in review.chosen]
            lead = self.tr("{n}, {k} avec cette version.").format(
                n=plural(len(recorded), self.tr("{n} enregistrée"), self.tr("{n} enregistrées")),
                k=plural(len(lines), self.tr("{n} changée"), self.tr("{n} changées")))
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        return title + _p(lead) + (f"<ul>{items}</ul>" if items else "")

    # Closing --------------------------------------------------------------------------------
    def _open_bridges(self) -> None:
        self.context.view_requested.emit("bridges")
        self.accept()

    def done(self, result: int) -> None:  # Close, Escape, « Ouvrir »: stop waiting for bridges
        if self.operation is not None:
            self.operation.cancel()
            self.operation = None
        super().done(result)


_COUNT_LABELS = (  # (field of the changes, one, several)
    ("sheets_added", QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} fiche ajoutée"),
     QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} fiches ajoutées")),
    ("sheets_removed", QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} fiche supprimée"),
     QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} fiches supprimées")),
    ("sheets_renamed", QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} fiche renommée"),
     QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} fiches renommées")),
    ("sheets_recoded", QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} fiche recodée"),
     QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} fiches recodées")),
    ("sheets_merged", QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} fiche fusionnée"),
     QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} fiches fusionnées")),
    ("appellations_moved", QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} appellation déplacée"),
     QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} appellations déplacées")),
    ("appellations_added", QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} appellation ajoutée"),
     QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} appellations ajoutées")),
    ("appellations_removed", QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} appellation supprimée"),
     QT_TRANSLATE_NOOP("RomeUpgradeDialog", "{n} appellations supprimées")),
)


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"
