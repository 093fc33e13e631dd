"""Demo data: a store filled with realistic, clearly fictional Dutch cases.

Names come from faker's ``nl_NL`` lists; dossier numbers start with ``DEMO-``, the safe
contact says "fictief (demo)", organisations are named "Voorbeeld ...", and the store gets
the setting ``demo.data = true``. Generation is fast: rows are built in Python and bulk
inserted through the repositories in large transactions (100,000 dossiers with 1,000,000
notes take a few minutes). Not audited per record; one ``demo`` audit entry with counts.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from desktop.cases import model as m
from desktop.cases.validation import add_months, risk_factor_keys, signal_catalog
from storage import settings
from storage.audit import now_utc
from storage.repos import cases as q
from storage.repos.base import Repo, Table, larger_cache
from storage.vault import Store

CHUNK = 5_000  # dossiers per transaction (rows are flushed parents first)
OWNERS = ("A. de Vries", "B. Yilmaz", "C. Jansen", "D. Bakker", "E. Visser")
CLOSE_REASONS = (
    "doel bereikt",
    "overgedragen",
    "vertrokken/onbekend",
    "terugkeer naar land van herkomst",
    "weigert hulp",
)
NATIONALITIES = ("NL", "RO", "BG", "PL", "NG", "HU", "UA", "VN", "CN", "SK", "MA", "ER", "BR")
NOTE_OPENINGS = (
    "Telefonisch contact met cliënt",
    "Gesprek met de opvang",
    "Afstemming met de politie",
    "Huisbezoek samen met het wijkteam",
    "Overleg met de Arbeidsinspectie",
    "Cliënt belde zelf",
    "Mail ontvangen van de advocaat",
    "Screeningsoverleg besproken",
    "Afspraak bij de huisarts geregeld",
    "Tolk geregeld voor het volgende gesprek",
    "Contact met CoMensha over de plaatsing",
    "Gesprek over schulden en inkomen",
    "Veiligheidsinschatting besproken",
    "Warme overdracht voorbereid",
)
NOTE_TOPICS = (
    "over de bedenktijd",
    "over huisvesting",
    "over de zorgverzekering",
    "over de aangifte",
    "over het informatief gesprek",
    "over de kinderen",
    "over werk en dagbesteding",
    "over de veiligheid",
    "over het verblijf",
    "over nazorg",
)

# The columns the generator fills (the address book's structured address stays empty).
ORG_COLUMNS = ("name", "kind", "address", "phone", "email", "notes")


@dataclass(frozen=True)
class DemoResult:
    persons: int
    dossiers: int
    signals: int
    notes: int
    seconds: float


def _ids(n: int) -> list[str]:
    return [uuid.uuid4().hex for _ in range(n)]


class _Writer:
    """Bulk rows for one table; ``flush`` writes them (callers flush parents first)."""

    def __init__(self, db: Any, table: Table, columns: tuple[str, ...], meta: tuple[str, ...]):
        self.repo = Repo(db, table)
        self.columns = columns
        self.meta = meta  # (created_at, updated_at, created_by, updated_by)
        self.rows: list[tuple[Any, ...]] = []
        self.count = 0

    def add(self, record_id: str, *values: Any) -> None:
        self.rows.append((record_id, *self.meta, *values))

    def flush(self) -> None:
        if self.rows:
            self.repo.bulk_insert(self.rows, self.columns)
            self.count += len(self.rows)
            self.rows = []


def generate(
    store: Store,
    cases: int,
    *,
    notes_per_case: int = 10,
    seed: int = 2026,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Add ``cases`` fictional dossiers (with persons, signals, notes, actiepunten)."""
    started = time.perf_counter()
    rnd = random.Random(seed)
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    day0 = today or date.today()
    db = store.db
    actor = store.actor
    ts = now_utc()
    meta = (ts, ts, actor, actor)
    first_f = [fake.first_name_female() for _ in range(300)]
    first_m = [fake.first_name_male() for _ in range(300)]
    lasts = [fake.last_name() for _ in range(1500)]
    sentences = [fake.sentence(nb_words=10) for _ in range(600)]
    forms_catalog = signal_catalog()
    risks = sorted(risk_factor_keys())
    prefix = "DEMO-"
    start_seq = q.last_sequence(db, prefix) + 1

    persons = _Writer(db, q.PERSONS, q.PERSONS.columns, meta)
    dossiers = _Writer(db, q.DOSSIERS, q.DOSSIERS.columns, meta)
    signals = _Writer(db, q.SIGNALS, q.SIGNALS.columns, meta)
    notes = _Writer(db, q.NOTES, q.NOTES.columns, meta)
    actions = _Writer(db, q.ACTIEPUNTEN, q.ACTIEPUNTEN.columns, meta)
    orgs = _Writer(db, q.ORGANISATIONS, ORG_COLUMNS, meta)
    org_ids = _ids(12)
    with db.transaction():
        settings.put(db, "demo.data", True)
        for i, oid in enumerate(org_ids):
            kind = m.ORG_KINDS[i % len(m.ORG_KINDS)]
            orgs.add(oid, f"Voorbeeld {kind} {fake.city()}", kind, "", "", "", "fictief (demo)")
        orgs.flush()

    with larger_cache(db, 512):  # random uuid keys touch many index pages
        person_ids: list[str] = []
        done = 0
        while done < cases:
            batch = min(CHUNK, cases - done)
            with db.transaction():
                for k in range(batch):
                    n = done + k
                    if person_ids and rnd.random() < 0.1:
                        pid = rnd.choice(person_ids)  # re-victimisation: a second dossier
                    else:
                        pid = uuid.uuid4().hex
                        female = rnd.random() < 0.7
                        alias_only = rnd.random() < 0.08
                        birth = day0 - timedelta(days=rnd.randint(16 * 365, 55 * 365))
                        persons.add(
                            pid,
                            "" if alias_only else rnd.choice(first_f if female else first_m),
                            "" if alias_only else rnd.choice(lasts),
                            rnd.choice(lasts)[:3].upper() + str(rnd.randint(1, 99))
                            if alias_only or rnd.random() < 0.2
                            else "",
                            birth.isoformat() if rnd.random() < 0.85 else "",
                            None,
                            "vrouw" if female else "man",
                            rnd.choice(NATIONALITIES),
                            '["en"]' if rnd.random() < 0.5 else '["ro"]',
                            1 if rnd.random() < 0.4 else 0,
                            "fictief (demo)",
                        )
                        person_ids.append(pid)
                        if len(person_ids) > 5000:
                            person_ids.pop(0)
                    did = uuid.uuid4().hex
                    opened = day0 - timedelta(days=rnd.randint(0, 3 * 365))
                    phase = rnd.choice(m.PHASES)
                    closed = ""
                    reason = ""
                    status = "lopend" if rnd.random() < 0.9 else "gepauzeerd"
                    if phase == "afgesloten":
                        status = "gesloten"
                        closed_d = min(day0, opened + timedelta(days=rnd.randint(30, 700)))
                        closed, reason = closed_d.isoformat(), rnd.choice(CLOSE_REASONS)
                    form_keys = sorted(rnd.sample(m.FORMS[:3], rnd.choice((1, 1, 1, 2))))
                    sig_pool = [s for f in form_keys for s in forms_catalog.get(f, ())]
                    sig_keys = rnd.sample(sorted(sig_pool), min(len(sig_pool), rnd.randint(0, 4)))
                    residence = rnd.choice(m.RESIDENCE[1:])
                    b_start = b_end = ""
                    if residence == "non_eu" and rnd.random() < 0.7:
                        bs = day0 - timedelta(days=rnd.randint(0, 120))
                        b_start, b_end = bs.isoformat(), add_months(bs, 3).isoformat()
                    dossiers.add(
                        did,
                        f"{prefix}{start_seq + n:06d}",
                        pid,
                        phase,
                        status,
                        rnd.choice(OWNERS),
                        opened.isoformat(),
                        closed,
                        reason,
                        _json(form_keys),
                        _json(sig_keys),
                        "",
                        _json(sorted(rnd.sample(risks, rnd.randint(0, 2)))),
                        residence,
                        b_start,
                        b_end,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                    )
                    signals.add(
                        uuid.uuid4().hex,
                        opened.isoformat(),
                        rnd.choice(m.REPORTER_TYPES),
                        "",
                        "",
                        None,
                        "Fictief demosignaal: " + rnd.choice(sentences),
                        _json(form_keys),
                        _json(sig_keys),
                        rnd.choice(m.URGENCIES),
                        "",
                        pid,
                        did,
                        "besloten",
                    )
                    span = max(1, (day0 - opened).days)
                    for _ in range(rnd.randint(0, 2 * notes_per_case) if notes_per_case else 0):
                        when = opened + timedelta(days=rnd.randint(0, span))
                        notes.add(
                            uuid.uuid4().hex,
                            did,
                            rnd.choice(m.NOTE_KINDS),
                            when.isoformat(),
                            f"{rnd.choice(NOTE_OPENINGS)} {rnd.choice(NOTE_TOPICS)}. "
                            f"{rnd.choice(sentences)} {rnd.choice(sentences)}",
                        )
                    if phase != "afgesloten" and rnd.random() < 0.15:
                        actions.add(
                            uuid.uuid4().hex,
                            "opvolging" if phase == "nazorg" else "actie",
                            rnd.choice(NOTE_OPENINGS),
                            rnd.choice(OWNERS),
                            (day0 + timedelta(days=rnd.randint(-10, 30))).isoformat(),
                            "",
                            None,
                            None,
                            did,
                        )
                if done + batch >= cases:  # a few new signals awaiting screening
                    for _ in range(max(1, cases // 50)):
                        signals.add(
                            uuid.uuid4().hex,
                            (day0 - timedelta(days=rnd.randint(0, 14))).isoformat(),
                            rnd.choice(m.REPORTER_TYPES),
                            "",
                            "",
                            None,
                            "Fictief demosignaal: " + rnd.choice(sentences),
                            _json([rnd.choice(m.FORMS[:3])]),
                            "[]",
                            rnd.choice(m.URGENCIES),
                            rnd.choice(lasts)[:1] + ".",
                            None,
                            None,
                            "nieuw",
                        )
                for w in (persons, dossiers, signals, notes, actions):
                    w.flush()
            done += batch
            if progress is not None:
                progress(done, cases)
    store.audit(
        "demo",
        details=f"{dossiers.count} dossiers, {notes.count} notities",
    )
    q.analyze(db)  # planner statistics for the list and search queries
    return DemoResult(
        persons=persons.count,
        dossiers=dossiers.count,
        signals=signals.count,
        notes=notes.count,
        seconds=time.perf_counter() - started,
    )


def _json(values: list[str]) -> str:
    return "[" + ",".join(f'"{v}"' for v in values) + "]"
