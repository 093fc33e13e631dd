"""Domain types for opvang, hulpverleningsplan and nazorg, with Dutch labels.

Records use the same codec as the case records (``desktop.cases.model.to_row/from_row``):
dates are ``date | None``, multi-valued fields tuples of keys. Leave ``id`` empty to create.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.cases.model import Record
from storage.schema_care import (
    ACTION_STATUSES,
    CHECKIN_OUTCOMES,
    CLOSE_REASONS,
    DOMAINS,
    END_REASONS,
    GOAL_STATUSES,
    HANDOVER_KINDS,
    PLACEMENT_STATUSES,
    SHELTER_TYPES,
    TARGET_GROUPS,
    URGENCIES,
)

__all__ = [
    "ACTION_STATUSES",
    "CHECKIN_OUTCOMES",
    "CLOSE_REASONS",
    "DOMAINS",
    "END_REASONS",
    "GOAL_STATUSES",
    "HANDOVER_KINDS",
    "PLACEMENT_STATUSES",
    "SHELTER_TYPES",
    "TARGET_GROUPS",
    "URGENCIES",
]

SHELTER_TYPE_LABELS = {
    "cosm": "COSM",
    "omm": "OMM",
    "vrouwenopvang": "Vrouwenopvang",
    "mannenopvang": "Mannenopvang",
    "maatschappelijke_opvang": "Maatschappelijke opvang",
    "noodbed": "Noodbed",
    "jeugdhulp": "Jeugdhulp",
    "beschermde_opvang": "Beschermde opvang",
    "beschermd_wonen": "Beschermd wonen",
    "anders": "Anders",
}
TARGET_GROUP_LABELS = {
    "mannen": "Mannen",
    "vrouwen": "Vrouwen",
    "minderjarigen": "Minderjarigen",
    "lvb": "LVB",
    "met_kinderen": "Met kinderen",
}
PLACEMENT_STATUS_LABELS = {
    "aanvraag": "Aanvraag",
    "toegezegd": "Toegezegd",
    "afgewezen": "Afgewezen",
    "geplaatst": "Geplaatst",
    "beeindigd": "Beëindigd",
}
END_REASON_LABELS = {
    "": "",
    "uitstroom_eigen_woning": "Uitstroom naar eigen woning",
    "doorplaatsing": "Doorplaatsing",
    "vertrokken_onbekend": "Vertrokken met onbekende bestemming",
    "terugkeer": "Terugkeer",
    "regels_overtreden": "Huisregels overtreden",
    "anders": "Anders",
}
URGENCY_LABELS = {"laag": "Laag", "normaal": "Normaal", "hoog": "Hoog", "acuut": "Acuut"}
DOMAIN_LABELS = {
    "financien": "Financiën",
    "dagbesteding": "Dagbesteding",
    "huisvesting": "Huisvesting",
    "huiselijke_relaties": "Huiselijke relaties",
    "geestelijke_gezondheid": "Geestelijke gezondheid",
    "lichamelijke_gezondheid": "Lichamelijke gezondheid",
    "verslaving": "Verslaving",
    "adl": "ADL-vaardigheden",
    "sociaal_netwerk": "Sociaal netwerk",
    "maatschappelijke_participatie": "Maatschappelijke participatie",
    "justitie": "Justitie",
    "veiligheid": "Veiligheid",
    "verblijfsstatus": "Verblijfsstatus/juridisch",
}
GOAL_STATUS_LABELS = {
    "open": "Open",
    "bereikt": "Bereikt",
    "niet_bereikt": "Niet bereikt",
    "vervallen": "Vervallen",
}
ACTION_STATUS_LABELS = {
    "open": "Open",
    "bezig": "Bezig",
    "gedaan": "Gedaan",
    "vervallen": "Vervallen",
}
HANDOVER_LABELS = {
    "wijkteam": "Wijkteam",
    "vaste_hulpverlener": "Vaste hulpverlener",
    "netwerk": "Netwerk",
    "wijkagent": "Wijkagent",
    "anders": "Anders",
}
OUTCOME_LABELS = {
    "": "Nog niet gehouden",
    "goed": "Gaat goed",
    "zorgen": "Zorgen",
    "nieuwe_signalen": "Nieuwe signalen",
    "geen_contact": "Geen contact",
}
CLOSE_REASON_LABELS = {
    "doel_bereikt": "Doel bereikt",
    "overgedragen": "Overgedragen",
    "vertrokken_onbekend": "Vertrokken/onbekend",
    "terugkeer_herkomstland": "Terugkeer naar land van herkomst",
    "weigert_hulp": "Weigert hulp",
    "overleden": "Overleden",
    "anders": "Anders",
}
DEFAULT_SCHEDULE = (1, 3, 6, 12)
HIDDEN_ADDRESS = "Geheim adres"


@dataclass(frozen=True, kw_only=True)
class ShelterProfile(Record):
    organisation_id: str = ""
    shelter_type: str = "anders"
    capacity: int = 0
    target_groups: tuple[str, ...] = ()
    intake_contact: str = ""
    confidential_address: bool = False
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Placement(Record):
    dossier_id: str = ""
    person_id: str | None = None  # copied from the dossier by the service
    organisation_id: str | None = None
    previous_id: str | None = None  # the placement this one continues (doorplaatsing)
    status: str = "aanvraag"
    requested_on: date | None = None
    requested_type: str = "anders"
    urgency: str = "normaal"
    decided_on: date | None = None
    decision_reason: str = ""
    start_on: date | None = None
    end_on: date | None = None
    end_reason: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class CarePlan(Record):
    dossier_id: str = ""
    started_on: date | None = None
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Evaluation(Record):
    plan_id: str = ""
    kind: str = "evaluatie"  # intake | evaluatie
    planned_on: date | None = None
    held_on: date | None = None
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Goal(Record):
    plan_id: str = ""
    domain: str = ""
    goal: str = ""
    status: str = "open"


@dataclass(frozen=True, kw_only=True)
class CareAction(Record):
    plan_id: str = ""
    dossier_id: str = ""  # set by the service from the plan
    goal_id: str | None = None
    domain: str = ""
    what: str = ""
    who: str = ""  # free text ("coördinator") when no ketenpartner is chosen
    who_org_id: str | None = None
    due_on: date | None = None
    status: str = "open"
    done_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class Aftercare(Record):
    dossier_id: str = ""
    started_on: date | None = None
    handover_kind: str = "wijkteam"
    handover_to: str = ""
    handover_org_id: str | None = None
    handover_on: date | None = None
    handed_over: str = ""
    schedule_months: str = "[1,3,6,12]"  # JSON, kept as text
    ended_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class CheckIn(Record):
    aftercare_id: str = ""
    dossier_id: str = ""
    planned_on: date | None = None
    held_on: date | None = None
    outcome: str = ""
    concerns: str = ""


@dataclass(frozen=True, kw_only=True)
class Closure(Record):
    dossier_id: str = ""
    closed_on: date | None = None
    reason: str = "doel_bereikt"
    summary: str = ""


# -- read models -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Shelter:
    """A ketenpartner with its shelter profile (address hidden when confidential)."""

    organisation_id: str
    name: str
    address: str  # HIDDEN_ADDRESS when the address is confidential
    profile: ShelterProfile


@dataclass(frozen=True)
class ShelterOccupancy:
    organisation_id: str
    name: str
    shelter_type: str
    capacity: int
    confidential_address: bool
    current: int
    open_requests: int
    longest_wait_days: int | None  # days since the oldest open request

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.current)

    @property
    def rate(self) -> float:
        return self.current / self.capacity if self.capacity else 0.0


@dataclass(frozen=True)
class ShelterClient:
    """A current client of a shelter, pseudonymised (alias or initials)."""

    placement_id: str
    dossier_id: str
    dossier_number: str
    pseudonym: str
    start_on: date | None
    transferred: bool


@dataclass(frozen=True)
class OpenRequest:
    placement_id: str
    dossier_id: str
    dossier_number: str
    organisation_id: str | None
    organisation_name: str
    status: str
    requested_on: date
    requested_type: str
    urgency: str
    waiting_days: int


@dataclass(frozen=True)
class WeekPoint:
    week_start: date  # Monday
    occupied: int  # highest number of clients on any day of that week


@dataclass(frozen=True)
class ScorePoint:
    day: date
    domain: str
    score: int


@dataclass(frozen=True)
class PlanView:
    plan: CarePlan
    evaluations: list[Evaluation]
    scores: dict[str, dict[str, int]]  # evaluation id -> domain -> score
    goals: list[Goal]
    actions: list[CareAction]

    def series(self) -> dict[str, list[ScorePoint]]:
        """Scores per domain over time (held or planned date of each evaluation)."""
        out: dict[str, list[ScorePoint]] = {}
        for ev in sorted(self.evaluations, key=lambda e: e.held_on or e.planned_on or date.max):
            day = ev.held_on or ev.planned_on
            if day is None:
                continue
            for domain, score in self.scores.get(ev.id, {}).items():
                out.setdefault(domain, []).append(ScorePoint(day, domain, score))
        return out


@dataclass(frozen=True)
class AftercareView:
    aftercare: Aftercare
    checkins: list[CheckIn] = field(default_factory=list)


@dataclass(frozen=True)
class DueItem:
    """A care action, planned evaluation or nazorg check-in for the Vandaag screen."""

    kind: str  # actie | evaluatie | nazorg
    id: str
    dossier_id: str
    dossier_number: str
    person_name: str
    what: str
    who: str
    due_on: date
    overdue: bool

    @property
    def title(self) -> str:
        if self.kind == "evaluatie":
            return "Evaluatie hulpverleningsplan"
        if self.kind == "nazorg":
            return "Nazorgcontact"
        return self.what
