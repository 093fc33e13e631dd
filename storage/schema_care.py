"""Schema step 4: opvang (shelter profiles, placements), hulpverleningsplan (care plans per
leefgebied with evaluations, scores, goals and actions), nazorg (warme overdracht and
check-ins) and the closing summary of a dossier.

Same conventions as step 2 (``storage/schema_cases.py``): ``id TEXT PRIMARY KEY`` (uuid4
hex), the four meta columns, STRICT, FKs declared, missing dates stored as ``''``,
multi-valued fields as JSON arrays of keys.

Placements keep their chain: a doorplaatsing ends the current placement with end reason
``doorplaatsing`` and starts a new one whose ``previous_id`` points back. ``person_id`` is
a copy of the dossier's person, so the "no overlapping placements for one client" rule
can be checked across dossiers of the same person with one indexed query.
"""

from __future__ import annotations

from storage.schema_cases import META, _in

SHELTER_TYPES = (
    "cosm",
    "omm",
    "vrouwenopvang",
    "mannenopvang",
    "maatschappelijke_opvang",
    "noodbed",
    "jeugdhulp",
    "beschermde_opvang",
    "beschermd_wonen",
    "anders",
)
TARGET_GROUPS = ("mannen", "vrouwen", "minderjarigen", "lvb", "met_kinderen")
PLACEMENT_STATUSES = ("aanvraag", "toegezegd", "afgewezen", "geplaatst", "beeindigd")
END_REASONS = (
    "",
    "uitstroom_eigen_woning",
    "doorplaatsing",
    "vertrokken_onbekend",
    "terugkeer",
    "regels_overtreden",
    "anders",
)
URGENCIES = ("laag", "normaal", "hoog", "acuut")
DOMAINS = (
    "financien",
    "dagbesteding",
    "huisvesting",
    "huiselijke_relaties",
    "geestelijke_gezondheid",
    "lichamelijke_gezondheid",
    "verslaving",
    "adl",
    "sociaal_netwerk",
    "maatschappelijke_participatie",
    "justitie",
    "veiligheid",
    "verblijfsstatus",
)
GOAL_STATUSES = ("open", "bereikt", "niet_bereikt", "vervallen")
ACTION_STATUSES = ("open", "bezig", "gedaan", "vervallen")
HANDOVER_KINDS = ("wijkteam", "vaste_hulpverlener", "netwerk", "wijkagent", "anders")
CHECKIN_OUTCOMES = ("", "goed", "zorgen", "nieuwe_signalen", "geen_contact")
CLOSE_REASONS = (
    "doel_bereikt",
    "overgedragen",
    "vertrokken_onbekend",
    "terugkeer_herkomstland",
    "weigert_hulp",
    "overleden",
    "anders",
)

STATEMENTS: tuple[str, ...] = (
    f"""CREATE TABLE shelter_profiles (
        {META},
        organisation_id TEXT NOT NULL UNIQUE REFERENCES organisations(id) ON DELETE CASCADE,
        shelter_type TEXT NOT NULL DEFAULT 'anders' {_in("shelter_type", SHELTER_TYPES)},
        capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity BETWEEN 0 AND 10000),
        target_groups TEXT NOT NULL DEFAULT '[]',
        intake_contact TEXT NOT NULL DEFAULT '',
        confidential_address INTEGER NOT NULL DEFAULT 0 CHECK (confidential_address IN (0, 1)),
        notes TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX shelter_profiles_type ON shelter_profiles(shelter_type)",
    f"""CREATE TABLE placements (
        {META},
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        person_id TEXT REFERENCES persons(id) ON DELETE SET NULL,
        organisation_id TEXT REFERENCES organisations(id) ON DELETE RESTRICT,
        previous_id TEXT REFERENCES placements(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'aanvraag' {_in("status", PLACEMENT_STATUSES)},
        requested_on TEXT NOT NULL,
        requested_type TEXT NOT NULL DEFAULT 'anders' {_in("requested_type", SHELTER_TYPES)},
        urgency TEXT NOT NULL DEFAULT 'normaal' {_in("urgency", URGENCIES)},
        decided_on TEXT NOT NULL DEFAULT '',
        decision_reason TEXT NOT NULL DEFAULT '',
        start_on TEXT NOT NULL DEFAULT '',
        end_on TEXT NOT NULL DEFAULT '',
        end_reason TEXT NOT NULL DEFAULT '' {_in("end_reason", END_REASONS)},
        notes TEXT NOT NULL DEFAULT '',
        CHECK (end_on = '' OR start_on = '' OR end_on >= start_on)
    ) STRICT""",
    "CREATE INDEX placements_dossier ON placements(dossier_id, requested_on)",
    "CREATE INDEX placements_person ON placements(person_id, start_on)",
    "CREATE INDEX placements_org ON placements(organisation_id, status, start_on, end_on)",
    "CREATE INDEX placements_previous ON placements(previous_id)",
    "CREATE INDEX placements_open ON placements(status, requested_on) "
    "WHERE status IN ('aanvraag', 'toegezegd')",
    f"""CREATE TABLE care_plans (
        {META},
        dossier_id TEXT NOT NULL UNIQUE REFERENCES dossiers(id) ON DELETE CASCADE,
        started_on TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    f"""CREATE TABLE care_evaluations (
        {META},
        plan_id TEXT NOT NULL REFERENCES care_plans(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'evaluatie' CHECK (kind IN ('intake', 'evaluatie')),
        planned_on TEXT NOT NULL DEFAULT '',
        held_on TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX care_evaluations_plan ON care_evaluations(plan_id, planned_on)",
    "CREATE INDEX care_evaluations_due ON care_evaluations(planned_on) WHERE held_on = ''",
    f"""CREATE TABLE care_scores (
        {META},
        evaluation_id TEXT NOT NULL REFERENCES care_evaluations(id) ON DELETE CASCADE,
        domain TEXT NOT NULL {_in("domain", DOMAINS)},
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        UNIQUE (evaluation_id, domain)
    ) STRICT""",
    f"""CREATE TABLE care_goals (
        {META},
        plan_id TEXT NOT NULL REFERENCES care_plans(id) ON DELETE CASCADE,
        domain TEXT NOT NULL {_in("domain", DOMAINS)},
        goal TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' {_in("status", GOAL_STATUSES)}
    ) STRICT""",
    "CREATE INDEX care_goals_plan ON care_goals(plan_id, domain)",
    f"""CREATE TABLE care_actions (
        {META},
        plan_id TEXT NOT NULL REFERENCES care_plans(id) ON DELETE CASCADE,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        goal_id TEXT REFERENCES care_goals(id) ON DELETE SET NULL,
        domain TEXT NOT NULL {_in("domain", DOMAINS)},
        what TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        who_org_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
        due_on TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' {_in("status", ACTION_STATUSES)},
        done_on TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX care_actions_plan ON care_actions(plan_id, due_on)",
    "CREATE INDEX care_actions_due ON care_actions(due_on) "
    "WHERE status IN ('open', 'bezig') AND due_on <> ''",
    "CREATE INDEX care_actions_org ON care_actions(who_org_id)",
    "CREATE INDEX care_actions_goal ON care_actions(goal_id)",
    "CREATE INDEX care_actions_dossier ON care_actions(dossier_id)",
    f"""CREATE TABLE aftercare (
        {META},
        dossier_id TEXT NOT NULL UNIQUE REFERENCES dossiers(id) ON DELETE CASCADE,
        started_on TEXT NOT NULL,
        handover_kind TEXT NOT NULL DEFAULT 'wijkteam' {_in("handover_kind", HANDOVER_KINDS)},
        handover_to TEXT NOT NULL DEFAULT '',
        handover_org_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
        handover_on TEXT NOT NULL DEFAULT '',
        handed_over TEXT NOT NULL DEFAULT '',
        schedule_months TEXT NOT NULL DEFAULT '[1,3,6,12]',
        ended_on TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX aftercare_org ON aftercare(handover_org_id)",
    f"""CREATE TABLE aftercare_checkins (
        {META},
        aftercare_id TEXT NOT NULL REFERENCES aftercare(id) ON DELETE CASCADE,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        planned_on TEXT NOT NULL,
        held_on TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '' {_in("outcome", CHECKIN_OUTCOMES)},
        concerns TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX aftercare_checkins_aftercare ON aftercare_checkins(aftercare_id, planned_on)",
    "CREATE INDEX aftercare_checkins_due ON aftercare_checkins(planned_on) WHERE held_on = ''",
    "CREATE INDEX aftercare_checkins_dossier ON aftercare_checkins(dossier_id)",
    f"""CREATE TABLE dossier_closures (
        {META},
        dossier_id TEXT NOT NULL UNIQUE REFERENCES dossiers(id) ON DELETE CASCADE,
        closed_on TEXT NOT NULL,
        reason TEXT NOT NULL {_in("reason", CLOSE_REASONS)},
        summary TEXT NOT NULL DEFAULT ''
    ) STRICT""",
)

VERSION = 4
NAME = "opvang, hulpverleningsplan, nazorg, afsluiting"

# Kinds for ``baken info`` (merged into storage.stats.COUNTS).
COUNTS = {
    "organisations": "SELECT count(*) FROM organisations",
    "shelters": "SELECT count(*) FROM shelter_profiles",
    "placements": "SELECT count(*) FROM placements",
    "care_plans": "SELECT count(*) FROM care_plans",
    "aftercare_checkins": "SELECT count(*) FROM aftercare_checkins",
}
