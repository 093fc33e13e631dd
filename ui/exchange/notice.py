"""The notice on Vandaag: "2 pakketten van <naam>" waiting in the team-folder inbox."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.text import isolate
from ui.context import AppContext
from ui.exchange.inbox import watcher


class PackagesNotice(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("todayPackages")
        self.setStyleSheet(
            "#todayPackages { background: #eef4fa; border: 1px solid #c5d7ea; border-radius: 4px; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        self.text = QLabel()
        self.text.setObjectName("todayPackagesText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Naar Uitwisselen"))
        self.button.setAccessibleName(self.tr("Naar de pagina Uitwisselen"))
        self.button.clicked.connect(lambda: ctx.open_page("exchange"))
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.watcher = watcher(ctx)
        self.watcher.updated.connect(self.refresh)
        self.refresh()

    def lines(self) -> list[str]:
        return [
            self.tr("%n pakketten van %1", "", n).replace(
                "%1", isolate(", ".join(x for x in (c.name, c.organisation) if x))
            )
            for c, n in self.watcher.by_sender()
        ]

    def refresh(self) -> None:
        lines = self.lines()
        self.text.setText(
            self.tr("In de inbox, nog niet toegepast: %1").replace("%1", "; ".join(lines))
        )
        self.text.setAccessibleName(self.text.text())
        self.setVisible(bool(lines))
