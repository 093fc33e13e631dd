"""Hulp & meldroutes: reporting channels, reminders, signals per form, risk factors.

Built from resources/signals.json (the same data the intake checklists use). Holds no
personal data, so it stays available while Baken is locked (F1 from everywhere).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.resources import load_json
from ui.widgets import heading, paragraph


def _label(item: dict[str, Any], key: str, language: str) -> str:
    if language == "en" and item.get(f"{key}_en"):
        return str(item[f"{key}_en"])
    return str(item.get(key, ""))


class HelpWidget(QWidget):
    def __init__(self, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpPage")
        data = load_json("signals.json")
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Hulp & meldroutes")))
        urgent = paragraph(
            self.tr("<b>Acuut gevaar? Bel 112.</b> Twijfel? Overleg met de politie (0900-8844).")
        )
        urgent.setStyleSheet(
            "QLabel { background: #fdecea; border: 1px solid #e0a0a0; padding: 8px; }"
        )
        layout.addWidget(urgent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderwerpen"))
        layout.addWidget(self.tabs, 1)

        # Reporting channels
        channels = data.get("channels", [])
        self.channels = QTableWidget(len(channels), 3)
        self.channels.setAccessibleName(self.tr("Meldroutes"))
        self.channels.setHorizontalHeaderLabels(
            [self.tr("Instantie"), self.tr("Nummer"), self.tr("Wanneer")]
        )
        for row, ch in enumerate(channels):
            self.channels.setItem(row, 0, QTableWidgetItem(str(ch.get("name", ""))))
            number = QTableWidgetItem(str(ch.get("number", "")))
            font = number.font()
            font.setBold(True)
            number.setFont(font)
            self.channels.setItem(row, 1, number)
            self.channels.setItem(row, 2, QTableWidgetItem(_label(ch, "when", language)))
        self._table_style(self.channels)
        tab = QWidget()
        tl = QVBoxLayout(tab)
        tl.addWidget(self.channels)
        self.tabs.addTab(tab, self.tr("&Meldroutes"))

        # Reminders
        reminders = QWidget()
        rl = QVBoxLayout(reminders)
        rl.setSpacing(10)
        for item in data.get("reminders", []):
            label = paragraph("• " + _label(item, "text", language))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            rl.addWidget(label)
        rl.addStretch(1)
        self.tabs.addTab(reminders, self.tr("Geh&eugensteuntjes"))

        # Signals per form
        self.signals = QTreeWidget()
        self.signals.setHeaderHidden(True)
        self.signals.setAccessibleName(self.tr("Signalen per uitbuitingsvorm"))
        self.signals.setWordWrap(True)
        for form in data.get("forms", []):
            top = QTreeWidgetItem([_label(form, "label", language)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for sig in form.get("signals", []):
                QTreeWidgetItem(top, [_label(sig, "label", language)])
            self.signals.addTopLevelItem(top)
        first = self.signals.topLevelItem(0)
        if first is not None:
            first.setExpanded(True)
        self.tabs.addTab(self.signals, self.tr("Sign&alen"))

        # Risk factors
        risks = data.get("risk_factors", [])
        self.risks = QTableWidget(len(risks), 1)
        self.risks.setAccessibleName(self.tr("Risicofactoren"))
        self.risks.setHorizontalHeaderLabels([self.tr("Risicofactor")])
        for row, rf in enumerate(risks):
            self.risks.setItem(row, 0, QTableWidgetItem(_label(rf, "label", language)))
        self._table_style(self.risks)
        tab = QWidget()
        tl = QVBoxLayout(tab)
        tl.addWidget(
            paragraph(
                self.tr(
                    "Deze omstandigheden maken iemand kwetsbaarder voor uitbuiting. Ze zijn "
                    "geen bewijs, maar een reden om beter te kijken."
                )
            )
        )
        tl.addWidget(self.risks)
        self.tabs.addTab(tab, self.tr("&Risicofactoren"))

        source = QLabel(
            self.tr(
                "Bron: dezelfde signalenlijsten als in de intake; uw beheerder kan ze bijwerken."
            )
        )
        source.setStyleSheet("color: #5f6b76;")
        source.setWordWrap(True)
        layout.addWidget(source)

    @staticmethod
    def _table_style(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        table.setStyleSheet("QTableWidget::item { padding: 3px 8px; }")
        header = table.horizontalHeader()
        for col in range(table.columnCount() - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()


class HelpDialog(QDialog):
    """F1 from everywhere; modeless. Holds no personal data, so locking leaves it open."""

    keep_on_lock = True

    def __init__(self, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hulp & meldroutes"))  # Qt appends " — Baken"
        self.setObjectName("helpDialog")
        layout = QVBoxLayout(self)
        self.help = HelpWidget(language)
        layout.addWidget(self.help)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(820, 620)
