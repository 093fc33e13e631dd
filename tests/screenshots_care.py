"""Screenshots of the opvang, hulpverleningsplan and nazorg screens (fictional demo data).

Called from ``tests/screenshots.py`` (``take_care``); also runnable on its own:
``python -m tests.screenshots_care --out screenshots``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from tests.testsite import baken_test_profile  # noqa: E402 - cheap KDF for a throw-away store

baken_test_profile.install()
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

PASSWORD = "paars-fietsje-onder-de-brug-42"


def _settle(ms: int = 80) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _shoot(widget: QWidget, out: Path, name: str) -> Path:
    _settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def build_traject(ctx: object) -> str:
    """A dossier with a placement, a doorplaatsing, a plan with two evaluations and nazorg."""
    from desktop.care import model as c
    from desktop.cases import Dossier, Person

    svc = ctx.require_session().care  # type: ignore[arg-type]
    today = svc.clock()
    shelters = svc.shelters()
    d = svc.cases.create_dossier(
        Dossier(owner="Fictieve Coördinator", opened_on=today - timedelta(days=300)),
        Person(first_name="Fictief", last_name="Voorbeeld", alias="Merel"),
    )
    req = svc.request_placement(
        c.Placement(
            dossier_id=d.id,
            requested_on=today - timedelta(days=290),
            requested_type="cosm",
            urgency="hoog",
            organisation_id=shelters[0].organisation_id,
        )
    )
    p = svc.place(req.id, today - timedelta(days=285))
    p2 = svc.transfer(p.id, shelters[1].organisation_id, today - timedelta(days=200))
    plan = svc.start_plan(
        d.id,
        today - timedelta(days=280),
        {
            "financien": 1,
            "huisvesting": 1,
            "veiligheid": 2,
            "verblijfsstatus": 1,
            "geestelijke_gezondheid": 2,
            "sociaal_netwerk": 2,
            "lichamelijke_gezondheid": 3,
        },
    )
    ev = svc.plan_evaluation(plan.id, today - timedelta(days=190))
    svc.record_evaluation(
        ev.id,
        today - timedelta(days=188),
        {
            "financien": 2,
            "huisvesting": 2,
            "veiligheid": 3,
            "verblijfsstatus": 3,
            "geestelijke_gezondheid": 2,
            "sociaal_netwerk": 3,
            "lichamelijke_gezondheid": 4,
        },
    )
    ev2 = svc.plan_evaluation(plan.id, today - timedelta(days=100))
    svc.record_evaluation(
        ev2.id,
        today - timedelta(days=98),
        {
            "financien": 3,
            "huisvesting": 4,
            "veiligheid": 4,
            "verblijfsstatus": 4,
            "geestelijke_gezondheid": 3,
            "sociaal_netwerk": 3,
            "lichamelijke_gezondheid": 4,
        },
    )
    svc.plan_evaluation(plan.id, today + timedelta(days=20))
    g = svc.add_goal(
        c.Goal(plan_id=plan.id, domain="huisvesting", goal="Een eigen, veilige woonplek")
    )
    svc.add_action(
        c.CareAction(
            plan_id=plan.id,
            goal_id=g.id,
            domain="huisvesting",
            what="Inschrijven als woningzoekende",
            who="coördinator",
            due_on=today + timedelta(days=5),
        )
    )
    svc.add_action(
        c.CareAction(
            plan_id=plan.id,
            domain="financien",
            what="Aanvraag uitkering indienen",
            who="Voorbeeld wijkteam",
            due_on=today - timedelta(days=3),
        )
    )
    svc.end_placement(p2.id, today - timedelta(days=95), "uitstroom_eigen_woning")
    view = svc.start_aftercare(
        c.Aftercare(
            dossier_id=d.id,
            started_on=today - timedelta(days=94),
            handover_kind="wijkteam",
            handover_to="Fictieve wijkcoach",
            handed_over="Hulpverleningsplan, afspraken en contactpersonen.",
        )
    )
    svc.record_checkin(
        view.checkins[0].id,
        today - timedelta(days=60),
        "goed",
        "Woont zelfstandig; gaat naar taalles.",
    )
    return d.id


def take_care(out: Path, language: str, app: QApplication, data: Path | None = None) -> None:
    from desktop import demo, demo_care
    from storage.vault import Vault
    from ui.care.opvang_page import OpvangPage
    from ui.care.tabs import AftercareTab, PlacementsTab, PlanTab  # noqa: F401
    from ui.cases.dossier_view import DossierViewWidget
    from ui.context import AppContext

    sfx = "" if language == "nl" else f"_{language}"
    folder = Path(tempfile.mkdtemp(prefix="care-", dir=data))
    ctx = AppContext(Vault(folder), language)
    store, _ = ctx.vault.init(
        PASSWORD, initial_settings={"user.name": "Fictieve Coördinator"}, password_only=True
    )
    ctx.set_store(store)
    demo.generate(store, 600, notes_per_case=1, today=date.today())
    demo_care.generate(store, shelters=9)
    page = OpvangPage(ctx)
    page.resize(1100, 720)
    page.show()
    _shoot(page, out, f"60_opvang_bezetting{sfx}")
    dossier_id = build_traject(ctx)
    view = DossierViewWidget(ctx, ctx.require_session().cases, dossier_id)
    view.resize(1100, 760)
    view.show()
    for key, name in (
        ("opvang", "61_dossier_opvang"),
        ("hulpverleningsplan", "62_dossier_plan"),
        ("nazorg", "63_dossier_nazorg"),
    ):
        view.tabs.setCurrentWidget(view.tab_widgets[key])
        _shoot(view, out, f"{name}{sfx}")
    tab = view.tab_widgets["hulpverleningsplan"]
    tab.hold_evaluation()  # type: ignore[attr-defined]
    _shoot(tab.dialog, out, f"64_evaluatie_vastleggen{sfx}")  # type: ignore[attr-defined]
    tab.dialog.reject()  # type: ignore[attr-defined]
    nz = view.tab_widgets["nazorg"]
    nz.close_dossier()  # type: ignore[attr-defined]
    _shoot(nz.dialog, out, f"65_dossier_afsluiten{sfx}")  # type: ignore[attr-defined]
    nz.dialog.reject()  # type: ignore[attr-defined]
    view.close()
    page.close()
    ctx.lock()
    _settle()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Schermafdrukken opvang en nazorg")
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--language", default="nl")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from ui.fonts import register_fonts

    register_fonts(app)  # as ui.app.make_app does
    take_care(out, args.language, app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
