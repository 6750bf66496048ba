"""Long report work with a progress dialog, and what a team's batch says when it is over.

Used by the Rapports view for printing one report and for a team's batch (print, folder, one
PDF): the work runs on a worker (:class:`gui.workers.Operation`) behind a window-modal
progress dialog whose « Annuler » cancels it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from gui.formats import number, plural


def run_with_progress(parent: QWidget, work, label: str, done: Callable[[Any], None],
                      finished: Callable[[], None]) -> tuple[Any, QProgressDialog]:
    """Start ``work(progress, cancelled)`` on a worker behind a progress dialog.

    ``finished()`` is called first when it ends (success, failure or cancel), then ``done``
    with the result on success; a failure is shown as an error dialog. Returns the started
    operation and its dialog.
    """
    from gui.workers import Operation

    dialog = QProgressDialog(label, QCoreApplication.translate("ReportTeam", "Annuler"), 0, 100,
                             parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportTeam", "Rapports"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def end() -> None:
        dialog.close()
        finished()

    def failed(exc: BaseException) -> None:
        from gui.errors import report_exception

        end()
        report_exception(exc, parent)

    def succeeded(result: Any) -> None:
        end()
        done(result)

    def progressed(fraction: float, message: str) -> None:
        dialog.setValue(int(100 * fraction))
        if message:
            dialog.setLabelText(message)

    operation = Operation(work, on_success=succeeded, on_failure=failed, on_progress=progressed,
                          parent=parent)
    dialog.canceled.connect(operation.cancel)
    dialog.show()
    return operation, dialog


def team_summary(outcome: Any) -> list[str]:
    """What a team's batch did, line by line: reports written, pages, cancel, failures."""
    batch = outcome.batch
    lines = [plural(len(batch.written),
                    QCoreApplication.translate("ReportTeam", "{n} rapport rédigé en {s} s."),
                    QCoreApplication.translate("ReportTeam", "{n} rapports rédigés en {s} s."))
             .replace("{s}", number(batch.seconds, 1))]
    if outcome.merged is not None:
        lines.append(plural(
            outcome.pages,
            QCoreApplication.translate("ReportTeam", "{n} page enregistrée dans {path}."),
            QCoreApplication.translate("ReportTeam", "{n} pages enregistrées dans {path}.")).replace(
            "{path}", str(outcome.merged)))
    elif outcome.pages:
        lines.append(plural(
            outcome.pages,
            QCoreApplication.translate("ReportTeam", "{n} page envoyée à l'imprimante."),
            QCoreApplication.translate("ReportTeam", "{n} pages envoyées à l'imprimante.")))
    if outcome.cancelled:
        lines.append(QCoreApplication.translate(
            "ReportTeam", "Annulé : les rapports restants n'ont pas été traités."))
    if batch.failures:
        lines.append(QCoreApplication.translate("ReportTeam", "Non traités :"))
        lines += [f"  – {failure}" for failure in batch.failures]
    return lines
