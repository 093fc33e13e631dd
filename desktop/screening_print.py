"""The printable screeningsoverleg agenda with the decisions (PDF in memory, reportlab).

Pseudonymised by default: a person appears as alias or initials, the aanmelder only by
type (no name, phone, e-mail or address) and the free-text description is left out unless
asked for. No Qt here; the UI prints the bytes from memory (no temporary file).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.cases import Actiepunt, Besluit, CaseService, ScreeningMeeting, Signal
from desktop.cases import model as m
from desktop.letters.render import esc, fonts

REPORTER_LABELS = {
    "politie": "Politie",
    "arbeidsinspectie": "Arbeidsinspectie",
    "kmar": "KMar",
    "gemeente": "Gemeente",
    "wijkteam": "Wijkteam",
    "jeugdzorg": "Jeugdzorg",
    "ggz": "GGZ",
    "huisarts": "Huisarts",
    "ngo": "NGO",
    "comensha": "CoMensha",
    "zelf": "Betrokkene zelf",
    "anoniem": "Anoniem",
    "anders": "Anders",
}
FORM_LABELS = {
    "seksueel": "seksueel",
    "arbeid": "arbeid",
    "crimineel": "crimineel",
    "orgaan": "orgaan",
}
URGENCY_LABELS = {"laag": "laag", "normaal": "normaal", "hoog": "HOOG", "acuut": "ACUUT"}


@dataclass(frozen=True)
class AgendaItem:
    signal: Signal
    pseudonym: str
    besluiten: tuple[Besluit, ...]
    actions: tuple[Actiepunt, ...]


def _d(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def agenda_items(service: CaseService, meeting_id: str | None) -> list[AgendaItem]:
    """Undecided signals plus the signals decided in this meeting, oldest first."""
    signals = {s.id: s for s in service.agenda()}
    decided = service.besluiten(meeting_id=meeting_id) if meeting_id else []
    for b in decided:
        if b.signal_id not in signals:
            signals[b.signal_id] = service.get_signal(b.signal_id)
    items = []
    for s in sorted(signals.values(), key=lambda x: (x.received_on or date.min, x.created_at)):
        name = s.person_hint
        if s.person_id:
            name = service.get_person(s.person_id).pseudonym
        besluiten = tuple(b for b in decided if b.signal_id == s.id)
        actions = tuple(service.actiepunten(signal_id=s.id))
        items.append(AgendaItem(s, name or "onbekend", besluiten, actions))
    return items


def _besluit_text(b: Besluit) -> str:
    text = m.DECISION_LABELS.get(b.kind, b.kind)
    if b.kind == "doorverwijzen" and b.referred_to:
        text += f" naar {b.referred_to}"
    if b.kind == "meer_informatie":
        text += f" van {b.info_from} vóór {_d(b.info_before)}"
    if b.reason:
        text += f" — {b.reason}"
    return text


def render_agenda(
    meeting: ScreeningMeeting | None,
    items: Sequence[AgendaItem],
    *,
    organisation: str = "",
    include_description: bool = False,
    today: date | None = None,
) -> bytes:
    f = fonts()
    body = ParagraphStyle("agenda", fontName=f.regular, fontSize=8.5, leading=11)
    head = ParagraphStyle("agenda_head", parent=body, fontName=f.bold)
    title = ParagraphStyle("agenda_title", parent=body, fontName=f.bold, fontSize=14, leading=18)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=landscape(A4),
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title="Screeningsoverleg",
        author=organisation or "Baken",
    )
    day = meeting.held_on if meeting and meeting.held_on else (today or date.today())
    story: list[object] = [Paragraph(esc(f"Screeningsoverleg {_d(day)}"), title)]
    meta = []
    if organisation:
        meta.append(organisation)
    if meeting is not None:
        if meeting.chair:
            meta.append(f"Voorzitter: {meeting.chair}")
        if meeting.attendees:
            meta.append("Aanwezig: " + ", ".join(meeting.attendees))
    if meta:
        story.append(Paragraph(esc(" · ".join(meta)), body))
    story.append(
        Paragraph(
            esc(
                "Gepseudonimiseerd: alias of initialen, aanmelder alleen naar soort, "
                "geen adressen of contactgegevens. Vertrouwelijk; na het overleg vernietigen."
            ),
            body,
        )
    )
    story.append(Spacer(1, 6 * mm))
    header = ["#", "Ontvangen", "Betreft", "Aanmelder", "Vorm", "Urgentie"]
    if include_description:
        header.append("Wat is gezien")
    header += ["Besluit", "Actiepunten"]
    rows: list[list[object]] = [[Paragraph(esc(h), head) for h in header]]
    for i, item in enumerate(items, 1):
        s = item.signal
        cells = [
            str(i),
            _d(s.received_on),
            item.pseudonym,
            REPORTER_LABELS.get(s.reporter_type, s.reporter_type),
            ", ".join(FORM_LABELS.get(x, x) for x in s.forms),
            URGENCY_LABELS.get(s.urgency, s.urgency),
        ]
        if include_description:
            cells.append(s.description)
        cells.append("\n".join(_besluit_text(b) for b in item.besluiten) or "")
        cells.append(
            "\n".join(
                f"{a.description} — {a.owner or '?'} — {_d(a.due_on)}"
                + (" (klaar)" if a.done_on else "")
                for a in item.actions
            )
        )
        rows.append([Paragraph(esc(c), body) for c in cells])
    if len(rows) == 1:
        rows.append(
            [Paragraph(esc("Geen signalen op de agenda."), body)] + [""] * (len(header) - 1)
        )
    widths = [8 * mm, 24 * mm, 26 * mm, 28 * mm, 26 * mm, 21 * mm]
    if include_description:
        widths.append(55 * mm)
    rest = doc.width - sum(widths)
    widths += [rest * 0.5, rest * 0.5]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.94, 0.96)),
            ]
        )
    )
    story.append(table)
    doc.build(story)
    return buf.getvalue()
