"""Édition > Préférences: who signs the reports and notes, how long interview notes are kept.

The author is a name and a role typed once (:class:`AuthorDialog` asks it before the first
report or interview note), never the system login: « root » or « c.moreau » means nothing to
the person who reads their report or their notes. Everything is stored through :class:`gui.settings.Settings`.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.settings import (
    NOTE_RETENTION_MONTHS,
    REPORT_AUTHOR_ASKED,
    REPORT_AUTHOR_NAME,
    REPORT_AUTHOR_ROLE,
    Settings,
)

MAX_NAME = 80


def report_author(settings: Settings) -> str:
    """« Claire Moreau, partenaire RH » as printed on the reports; empty when not set."""
    name = " ".join(settings.get(REPORT_AUTHOR_NAME).split())
    role = " ".join(settings.get(REPORT_AUTHOR_ROLE).split())
    return f"{name}, {role}" if name and role else name


class AuthorFields(QWidget):
    """The name and role fields, shared by the preferences and the first-report question."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(settings.get(REPORT_AUTHOR_NAME), self)
        self.name.setPlaceholderText(self.tr("ex. Claire Moreau"))
        self.name.setMaxLength(MAX_NAME)
        self.role = QLineEdit(settings.get(REPORT_AUTHOR_ROLE), self)
        self.role.setPlaceholderText(self.tr("ex. Partenaire RH"))
        self.role.setMaxLength(MAX_NAME)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Nom"), self.name)
        form.addRow(self.tr("Fonction"), self.role)

    def store(self, settings: Settings) -> None:
        settings.set(REPORT_AUTHOR_NAME, " ".join(self.name.text().split()))
        settings.set(REPORT_AUTHOR_ROLE, " ".join(self.role.text().split()))
        settings.set(REPORT_AUTHOR_ASKED, True)


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Préférences"))
        self.settings = settings
        author_box = QGroupBox(self.tr("Auteur des rapports"), self)
        hint = QLabel(self.tr("Imprimé sur la page de garde et en pied de page de chaque "
                              "rapport ; signe aussi les notes d'entretien écrites ici."),
                      author_box)
        hint.setWordWrap(True)
        self.author = AuthorFields(settings, author_box)
        box_layout = QVBoxLayout(author_box)
        box_layout.addWidget(hint)
        box_layout.addWidget(self.author)
        privacy_box = QGroupBox(self.tr("Données personnelles"), self)
        self.retention = QSpinBox(privacy_box)
        self.retention.setRange(1, 240)
        self.retention.setSuffix(self.tr(" mois"))
        self.retention.setValue(settings.get(NOTE_RETENTION_MONTHS))
        self.retention.setToolTip(self.tr(
            "Durée proposée par « Purger les notes d'entretien anciennes » (vue "
            "Collaborateurs, bouton RGPD)."))
        privacy = QFormLayout(privacy_box)
        privacy.addRow(self.tr("Conserver les notes d'entretien"), self.retention)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(author_box)
        layout.addWidget(privacy_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(460, 300)

    def accept(self) -> None:
        self.author.store(self.settings)
        self.settings.set_or_reset(NOTE_RETENTION_MONTHS, self.retention.value())
        super().accept()


class AuthorDialog(QDialog):
    """Asked once, before the first report or interview note: who signs them."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Auteur des rapports"))
        self.settings = settings
        intro = QLabel(self.tr(
            "Quel nom et quelle fonction signent les rapports et les notes d'entretien ? Vous "
            "pourrez les changer dans Édition > Préférences."), self)
        intro.setWordWrap(True)
        self.author = AuthorFields(settings, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.later = buttons.addButton(self.tr("Plus tard"),
                                       QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.author)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.author.store(self.settings)
        super().accept()

    def reject(self) -> None:
        self.settings.set(REPORT_AUTHOR_ASKED, True)  # asked once: « Plus tard » is an answer
        super().reject()


def must_ask_author(settings: Settings) -> bool:
    """True before the first report, when nobody said who signs the reports."""
    return not settings.get(REPORT_AUTHOR_ASKED) and not settings.get(REPORT_AUTHOR_NAME).strip()
