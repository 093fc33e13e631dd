"""Opvang: every shelter with its bezetting (capacity, current clients, free places, open
requests and the longest wait), the selected shelter's profile, pseudonymised current
clients and a week-by-week occupancy chart, and all open requests with waiting time.

Registered in the page registry (order 40). A confidential address shows as "Geheim adres"
until "Adres tonen" is pressed; every reveal is logged by the service.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.care import CareService
from desktop.care import model as c
from desktop.errors import StoreError
from desktop.events import Change
from ui.care.charts import OccupancyChart
from ui.care.dialogs import FormDialog, shelter_dialog
from ui.care.referrals_box import ReferralsBox
from ui.cases.common import fmt_date
from ui.context import AppContext
from ui.drafts import DialogHost
from ui.layout import ReflowSplitter
from ui.messages import message_text
from ui.page_registry import PageSpec
from ui.widgets import RefreshWhenShown, error_label, heading, set_column_widths, show_message

ID_ROLE = Qt.ItemDataRole.UserRole


def tree(headers: list[str], name: str) -> QTreeWidget:
    t = QTreeWidget()
    t.setHeaderLabels(headers)
    t.setRootIsDecorated(False)
    t.setAlternatingRowColors(True)
    t.setUniformRowHeights(True)
    t.setAccessibleName(name)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.header().setStretchLastSection(True)
    return t


def fit_columns(t: QTreeWidget, first_stretch: bool = False) -> None:
    header = t.header()
    for i in range(t.columnCount()):
        t.resizeColumnToContents(i)
    if first_stretch:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def waiting(days: int | None) -> str:
    if days is None:
        return ""
    return QCoreApplication.translate("OpvangPage", "%1 d").replace("%1", str(days))


class OpvangPage(DialogHost, RefreshWhenShown):
    """Shelters and the waiting list; a shelter profile being edited is a draft through a
    lock (ui/drafts.py)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service: CareService = ctx.require_session().care
        self.rows: list[c.ShelterOccupancy] = []
        self.dialog: FormDialog | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(heading(QCoreApplication.translate("OpvangPage", "Opvang en bezetting")), 1)
        self.new_button = QPushButton(
            QCoreApplication.translate("OpvangPage", "&Opvangprofiel toevoegen…")
        )
        self.new_button.clicked.connect(self.new_shelter)
        self.edit_button = QPushButton(
            QCoreApplication.translate("OpvangPage", "Profiel &wijzigen…")
        )
        self.edit_button.clicked.connect(self.edit_shelter)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        outer.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.error = error_label()
        outer.addWidget(self.error)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)

        # The shelters and the selected shelter's detail side by side; stacked when narrow.
        upper = ReflowSplitter(
            0.6, need=lambda: self._upper_need(detail), first_width=self._shelters_width
        )
        self.upper = upper
        self.shelters = tree(
            [
                QCoreApplication.translate("OpvangPage", "Opvang"),
                QCoreApplication.translate("OpvangPage", "Soort"),
                QCoreApplication.translate("OpvangPage", "Plaatsen"),
                QCoreApplication.translate("OpvangPage", "Bezet"),
                QCoreApplication.translate("OpvangPage", "Vrij"),
                QCoreApplication.translate("OpvangPage", "Aanvragen"),
                QCoreApplication.translate("OpvangPage", "Langst wachtend"),
            ],
            QCoreApplication.translate("OpvangPage", "Opvanglocaties"),
        )
        self.shelters.currentItemChanged.connect(lambda *_: self.show_shelter())
        upper.addWidget(self.shelters)

        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(8, 0, 0, 0)
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        dl.addWidget(self.detail_title)
        address_row = QHBoxLayout()
        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAccessibleName(QCoreApplication.translate("OpvangPage", "Adres"))
        self.reveal_button = QPushButton(QCoreApplication.translate("OpvangPage", "Adres &tonen"))
        self.reveal_button.setAccessibleDescription(
            QCoreApplication.translate("OpvangPage", "Het tonen van een geheim adres wordt gelogd.")
        )
        self.reveal_button.clicked.connect(self.reveal)
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.reveal_button)
        dl.addLayout(address_row)
        self.clients = tree(
            [
                QCoreApplication.translate("OpvangPage", "Cliënt"),
                QCoreApplication.translate("OpvangPage", "Dossier"),
                QCoreApplication.translate("OpvangPage", "Sinds"),
                QCoreApplication.translate("OpvangPage", "Doorgeplaatst"),
            ],
            QCoreApplication.translate("OpvangPage", "Huidige cliënten"),
        )
        # The pseudonym takes the room that is left; the other columns fit their header.
        self.clients.header().setStretchLastSection(False)
        self.clients.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.clients.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.clients.itemActivated.connect(self._open_client)
        clients_label = QLabel(
            QCoreApplication.translate(
                "OpvangPage", "<b>Huidige cliënten</b> (pseudoniem; Enter opent het dossier)"
            )
        )
        clients_label.setBuddy(self.clients)
        clients_label.setWordWrap(True)
        dl.addWidget(clients_label)
        dl.addWidget(self.clients, 1)
        detail.setMinimumWidth(340)  # the clients' four columns
        upper.addWidget(detail)
        upper.setStretchFactor(0, 0)
        upper.setStretchFactor(1, 1)
        split.addWidget(upper)

        # The chart and the two lists: three in a row when there is room, otherwise two and
        # one, or one under the other (125 % and 150 % scaling); they scroll as one.
        lower_inner = QWidget()
        self._lower = QGridLayout(lower_inner)
        self._lower.setContentsMargins(0, 0, 0, 0)
        self._lower_columns = 0
        chart_box = QGroupBox(QCoreApplication.translate("OpvangPage", "Bezetting per week"))
        cl = QVBoxLayout(chart_box)
        self.chart = OccupancyChart()
        cl.addWidget(self.chart)
        req_box = QGroupBox(QCoreApplication.translate("OpvangPage", "Open aanvragen"))
        rl = QVBoxLayout(req_box)
        self.requests = tree(
            [
                QCoreApplication.translate("OpvangPage", "Dossier"),
                QCoreApplication.translate("OpvangPage", "Wacht"),
                QCoreApplication.translate("OpvangPage", "Urgentie"),
                QCoreApplication.translate("OpvangPage", "Gevraagd"),
                QCoreApplication.translate("OpvangPage", "Bij opvang"),
            ],
            QCoreApplication.translate("OpvangPage", "Open aanvragen"),
        )
        # "Bij opvang" takes the room that is left; in a narrow box "Urgentie" makes way.
        self.requests.header().setStretchLastSection(False)
        number = self.requests.fontMetrics().horizontalAdvance("DEMO-000000") + 16
        set_column_widths(
            self.requests, (max(105, number), 60, 75, 85, 0), optional=(2,), keep=(0,)
        )
        self.requests.itemActivated.connect(self._open_request)
        self.requests.setAccessibleDescription(
            QCoreApplication.translate(
                "OpvangPage", "Langst wachtend eerst; Enter opent het dossier"
            )
        )
        rl.addWidget(self.requests)
        self.referrals = ReferralsBox(ctx)  # issue 15: follow-up of referrals to this shelter
        self._lower_boxes: list[QWidget] = [chart_box, req_box, self.referrals]
        for box in self._lower_boxes:
            box.setMinimumHeight(170)
        self._arrange_lower(3)
        lower = QScrollArea()
        lower.setWidgetResizable(True)
        lower.setFrameShape(QFrame.Shape.NoFrame)
        lower.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lower.setWidget(lower_inner)
        lower.setMinimumHeight(80)
        split.addWidget(lower)
        split.setSizes([360, 240])

        ctx.changed.connect(self._changed)
        self.refresh()

    def _shelters_width(self) -> int:
        return self.shelters.header().length() + 2 * self.shelters.frameWidth() + 4

    def _upper_need(self, detail: QWidget) -> int:
        least = detail.minimumSizeHint().expandedTo(detail.minimumSize()).width()
        return self._shelters_width() + least + 24

    def _arrange_lower(self, columns: int) -> None:
        if columns == self._lower_columns:
            return
        self._lower_columns = columns
        for box in self._lower_boxes:
            self._lower.removeWidget(box)
        for i, box in enumerate(self._lower_boxes):
            row, col = divmod(i, columns)
            span = columns - col if i == len(self._lower_boxes) - 1 else 1  # the last: the rest
            self._lower.addWidget(box, row, col, 1, span)
        for col in range(3):
            self._lower.setColumnStretch(col, 1 if col < columns else 0)

    # Widths (of the page) from which two or three boxes stand side by side.
    LOWER_TWO, LOWER_THREE = 720, 1040

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        width = event.size().width()
        self._arrange_lower(3 if width >= self.LOWER_THREE else 2 if width >= self.LOWER_TWO else 1)

    # -- data ------------------------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        if change.touches("placement", "shelter", "organisation", "dossier", "referral"):
            self.refresh_when_shown()

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.mark_fresh()
        current = self.current_id()
        try:
            self.rows = self.service.occupancy()
            requests = self.service.open_requests()
        except StoreError as err:
            show_message(self.error, message_text(err))
            return
        show_message(self.error, "")
        self.shelters.clear()
        select = None
        for r in self.rows:
            item = QTreeWidgetItem(
                self.shelters,
                [
                    r.name,
                    c.SHELTER_TYPE_LABELS.get(r.shelter_type, r.shelter_type),
                    str(r.capacity),
                    str(r.current),
                    str(r.free),
                    str(r.open_requests),
                    waiting(r.longest_wait_days),
                ],
            )
            item.setData(0, ID_ROLE, r.organisation_id)
            for col in range(2, 7):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight)
            if r.capacity and r.current >= r.capacity:
                item.setToolTip(0, QCoreApplication.translate("OpvangPage", "Vol"))
                item.setForeground(4, Qt.GlobalColor.darkRed)
            if r.organisation_id == current:
                select = item
        fit_columns(self.shelters)
        self.shelters.header().resizeSection(0, min(self.shelters.columnWidth(0), 240))
        self.upper.reflow()  # side by side only when the filled columns fit
        total_cap = sum(r.capacity for r in self.rows)
        total_cur = sum(r.current for r in self.rows)
        longest = max((q.waiting_days for q in requests), default=0)
        self.summary.setText(
            " · ".join(
                (
                    QCoreApplication.translate(
                        "OpvangPage", "%n opvanglocaties", "", len(self.rows)
                    ),
                    QCoreApplication.translate(
                        "OpvangPage", "%1 van %n plaatsen bezet", "", total_cap
                    ).replace("%1", str(total_cur)),
                    QCoreApplication.translate(
                        "OpvangPage", "%n open aanvragen", "", len(requests)
                    ),
                )
            )
            + " "
            + QCoreApplication.translate("OpvangPage", "(langste wachttijd %n dagen)", "", longest)
        )
        self.requests.clear()
        for q in requests:
            item = QTreeWidgetItem(
                self.requests,
                [
                    q.dossier_number,
                    waiting(q.waiting_days),
                    c.URGENCY_LABELS.get(q.urgency, q.urgency),
                    c.SHELTER_TYPE_LABELS.get(q.requested_type, q.requested_type),
                    q.organisation_name or QCoreApplication.translate("OpvangPage", "(nog geen)"),
                ],
            )
            item.setData(0, ID_ROLE, q.dossier_id)
        if select is None and self.shelters.topLevelItemCount():
            select = self.shelters.topLevelItem(0)
        if select is not None:
            self.shelters.setCurrentItem(select)
        self.show_shelter()

    def current_id(self) -> str | None:
        item = self.shelters.currentItem()
        return None if item is None else str(item.data(0, ID_ROLE))

    def current_row(self) -> c.ShelterOccupancy | None:
        oid = self.current_id()
        return next((r for r in self.rows if r.organisation_id == oid), None)

    def show_shelter(self) -> None:
        row = self.current_row()
        self.clients.clear()
        self.edit_button.setEnabled(row is not None)
        self.reveal_button.setEnabled(False)
        if row is None:
            self.detail_title.setText(
                QCoreApplication.translate(
                    "OpvangPage", "Nog geen opvanglocaties. Voeg een opvangprofiel toe."
                )
            )
            self.address.setText("")
            self.chart.set_data(self.service.weekly_occupancy(None), 0)
            self.referrals.show_organisation(None)
            return
        profile = self.service.shelter_profile(row.organisation_id)
        groups = ", ".join(
            c.TARGET_GROUP_LABELS[g] for g in (profile.target_groups if profile else ())
        )
        contact = profile.intake_contact if profile else ""
        groups_label = QCoreApplication.translate("OpvangPage", "Doelgroepen: %1")
        contact_label = QCoreApplication.translate("OpvangPage", "Aanmelden: %1")
        self.detail_title.setText(
            f"<b>{_html(row.name)}</b><br>"
            + QCoreApplication.translate("OpvangPage", "%1 · %2 plaatsen")
            .replace("%1", c.SHELTER_TYPE_LABELS[row.shelter_type])
            .replace("%2", str(row.capacity))
            + ("<br>" + groups_label.replace("%1", _html(groups)) if groups else "")
            + ("<br>" + contact_label.replace("%1", _html(contact)) if contact else "")
        )
        shelter = next(
            (s for s in self.service.shelters() if s.organisation_id == row.organisation_id), None
        )
        address = shelter.address if shelter else ""
        if address == c.HIDDEN_ADDRESS:  # the service's Dutch placeholder, shown translated
            address = QCoreApplication.translate("OpvangPage", "Geheim adres")
        self.address.setText(
            address or QCoreApplication.translate("OpvangPage", "(geen adres bekend)")
        )
        self.reveal_button.setEnabled(row.confidential_address)
        self.reveal_button.setVisible(row.confidential_address)
        for cl in self.service.clients(row.organisation_id):
            item = QTreeWidgetItem(
                self.clients,
                [
                    cl.pseudonym,
                    cl.dossier_number,
                    fmt_date(cl.start_on),
                    QCoreApplication.translate("OpvangPage", "ja") if cl.transferred else "",
                ],
            )
            item.setData(0, ID_ROLE, cl.dossier_id)
        self.chart.set_data(self.service.weekly_occupancy(row.organisation_id), row.capacity)
        self.referrals.show_organisation(row.organisation_id)

    # -- actions ---------------------------------------------------------------------------
    def reveal(self) -> None:
        oid = self.current_id()
        if oid is None:
            return
        self.address.setText(
            self.ctx.inline(self.service.reveal_address)(oid)
            or QCoreApplication.translate("OpvangPage", "(geen adres bekend)")
        )
        self.reveal_button.setEnabled(False)

    def _organisations(self) -> list[tuple[str, str]]:
        return [(o.id, o.name) for o in self.service.cases.organisations()]

    def new_shelter(self) -> None:
        have = {s.organisation_id for s in self.service.shelters()}
        orgs = [o for o in self._organisations() if o[0] not in have]
        if not orgs:
            # No organisation to give a profile: add the shelter to the Adresboek first
            # (its dialog, kind Opvang), then its profile.
            from ui.addressbook.dialogs import organisation_dialog

            show_message(
                self.error,
                QCoreApplication.translate(
                    "OpvangPage",
                    "Een nieuwe opvanglocatie komt in het Adresboek; vul eerst de gegevens in.",
                ),
            )
            dlg = organisation_dialog(
                self,
                None,
                self.ctx.inline(self.service.cases.create_organisation),
                self.ctx.language,
                "opvang",
            )

            def created() -> None:
                org = dlg.result_value
                show_message(self.error, "")
                self._open(
                    shelter_dialog(
                        self, [(org.id, org.name)], None, self.ctx.inline(self.service.save_shelter)
                    )
                )

            dlg.accepted.connect(created)
            self._open(dlg)
            return
        self._open(
            shelter_dialog(self, orgs, None, self.ctx.inline(self.service.save_shelter)),
            "new_shelter",
        )

    def edit_shelter(self) -> None:
        oid = self.current_id()
        if oid is None:
            return
        profile = self.service.shelter_profile(oid)
        self._open(
            shelter_dialog(
                self, self._organisations(), profile, self.ctx.inline(self.service.save_shelter)
            ),
            "edit_shelter",
            oid,
        )

    def _open(self, dlg: FormDialog, action: str = "", target: str = "") -> None:
        self.dialog = dlg
        if action:
            self.host_dialog(dlg, action, target)
        dlg.open()

    def draft_host_key(self) -> str:
        return "shelter:opvang"

    def draft_host_ctx(self) -> object:
        return self.ctx

    def _open_client(self, item: QTreeWidgetItem) -> None:
        self.ctx.open_dossier(str(item.data(0, ID_ROLE)))

    def _open_request(self, item: QTreeWidgetItem) -> None:
        self.ctx.open_dossier(str(item.data(0, ID_ROLE)))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _opvang_page(ctx: AppContext, parent: QWidget | None) -> QWidget:
    return OpvangPage(ctx, parent)


# Listed in ui/features.py (the one list of pages).
PAGE = PageSpec("opvang", lambda: QCoreApplication.translate("Pages", "Opvang"), _opvang_page, 40)
