"""The About box: what the application is built on, with sources and licences."""

from __future__ import annotations

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def app_version() -> str:
    try:
        from importlib.metadata import version

        return version("passerelles")
    except Exception:  # noqa: BLE001 - running from a checkout without install
        return "0.1.0"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, rome_version: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos de Passerelles"))
        self.resize(620, 560)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(self._html(rome_version))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def _html(self, rome_version: str | None) -> str:
        import PySide6

        rome = (self.tr("version importée : {v}").format(v=rome_version) if rome_version
                else self.tr("aucune version importée"))
        parts = [
            f"<h2>Passerelles {app_version()}</h2>",
            "<p>" + self.tr(
                "Exposition des métiers de l'assistance à l'IA générative et passerelles "
                "métiers fondées sur les compétences du ROME."
            ) + "</p>",
            "<h3>" + self.tr("Sources") + "</h3><ul>",
            "<li>" + self.tr(
                "<b>Étude</b> « Impacts de l'IA générative pour les métiers de l'assistance », "
                "Observatoire des métiers de l'assistance, 2024-2025, réalisée par PwC avec le "
                "soutien de l'OPCO Atlas : métiers, familles, scores, profils et "
                "recommandations. Les explications de l'application sont rédigées à partir de "
                "l'étude, qui reste la référence."
            ) + "</li>",
            "<li>" + self.tr(
                "<b>ROME 4.0</b>, Répertoire opérationnel des métiers et des emplois, "
                "© France Travail, réutilisé sous <a href=\"https://www.etalab.gouv.fr/"
                "licence-ouverte-open-licence/\">Licence Ouverte v2.0</a> ({rome})."
            ).format(rome=rome) + "</li>",
            "<li>" + self.tr(
                "Les niveaux d'impact des compétences proposés par l'application sont des "
                "estimations, modifiables ; ils ne sont pas ceux de l'étude."
            ) + "</li></ul>",
            "<h3>" + self.tr("Logiciels et licences") + "</h3><ul>",
            "<li>" + self.tr(
                "Qt {qt} et PySide6 {pyside} — The Qt Company, licence LGPL v3."
            ).format(qt=qVersion(), pyside=PySide6.__version__) + "</li>",
            "<li>" + self.tr("reportlab — licence BSD ; networkx — licence BSD ; "
                             "pandas et NumPy — licence BSD ; openpyxl — licence MIT.") + "</li>",
            "<li>" + self.tr(
                "Police DejaVu Sans (rapports PDF) — licence libre Bitstream Vera / "
                "domaine public pour les ajouts DejaVu."
            ) + "</li></ul>",
            "<p>" + self.tr(
                "Aucune donnée n'est envoyée sur le réseau. Les données des collaborateurs "
                "restent dans la base locale de l'utilisateur."
            ) + "</p>",
        ]
        return "".join(parts)
