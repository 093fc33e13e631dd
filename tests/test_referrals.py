"""Issue 15 item 3: referral follow-up on real encrypted stores — a referral letter starts
a referral (same transaction), statuses with their dates, validation, audit, and the
Vandaag list of referrals waiting longer than the setting (default 7 days)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.letters import LetterRequest, LetterService
from desktop.referrals import DEFAULT_WAIT_DAYS, ReferralService
from storage import audit
from storage.errors import ValidationError
from tests.letters_demo import INPUTS, TODAY, populate


def test_referral_letter_starts_a_referral_and_its_follow_up(new_store) -> None:  # type: ignore[no-untyped-def]
    demo = populate(new_store, logo=False)
    letters = LetterService(new_store, clock=lambda: TODAY)
    ref = ReferralService(new_store, clock=lambda: TODAY)
    letter = letters.make(
        LetterRequest(demo.dossier_id, "verwijsbrief_opvang", demo.shelter_id, inputs=INPUTS)
    )
    [r] = ref.for_dossier(demo.dossier_id)
    assert r.letter_id == letter.id and r.organisation_id == demo.shelter_id
    assert r.status == "verstuurd" and r.sent_on == TODAY and r.organisation_name
    # a letter that is no referral starts none
    letters.make(LetterRequest(demo.dossier_id, "toestemmingsverklaring_nl", None, inputs=INPUTS))
    assert len(ref.for_dossier(demo.dossier_id)) == 1

    later = ReferralService(new_store, clock=lambda: TODAY + timedelta(days=10))
    got = later.set_status(r.id, "ontvangen", TODAY + timedelta(days=2))
    assert got.status == "ontvangen" and got.received_on == TODAY + timedelta(days=2)
    with pytest.raises(ValidationError):
        later.set_status(r.id, "geaccepteerd", TODAY + timedelta(days=11))  # future
    with pytest.raises(ValidationError):
        later.set_status(r.id, "geaccepteerd", TODAY - timedelta(days=1))  # before sent
    with pytest.raises(ValidationError):
        later.set_status(r.id, "zoekgeraakt")
    done = later.set_status(r.id, "geplaatst")
    assert done.placed_on == TODAY + timedelta(days=10)
    assert done.received_on == TODAY + timedelta(days=2)  # earlier dates are kept
    acts = [e.action for e in audit.entries(new_store.db, object_id=r.id)]
    assert acts.count("referral.status") == 2 and "referral.create" in acts


def test_waiting_longer_than_the_setting(new_store) -> None:  # type: ignore[no-untyped-def]
    demo = populate(new_store, logo=False)
    ref = ReferralService(new_store, clock=lambda: TODAY)
    old = ref.create(demo.dossier_id, demo.shelter_id, sent_on=TODAY - timedelta(days=9))
    ref.create(demo.dossier_id, demo.shelter_id, sent_on=TODAY - timedelta(days=7))  # = 7: not yet
    answered = ref.create(demo.dossier_id, demo.shelter_id, sent_on=TODAY - timedelta(days=30))
    ref.set_status(answered.id, "afgewezen")
    assert ref.wait_days() == DEFAULT_WAIT_DAYS == 7
    [w] = ref.waiting()
    assert w.id == old.id and w.days_waiting(TODAY) == 9 and w.organisation_name
    assert w.dossier_number
    ref.set_wait_days(3)
    assert ref.wait_days() == 3 and len(ref.waiting()) == 2
    with pytest.raises(ValidationError):
        ref.set_wait_days(-1)
    with pytest.raises(ValidationError):
        ref.create(demo.dossier_id, None)  # no organisation
    with pytest.raises(ValidationError):
        ref.create(demo.dossier_id, demo.shelter_id, sent_on=TODAY + timedelta(days=1))


def test_referrals_tab_and_vandaag(qtbot, new_store) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtWidgets import QTreeWidget

    from desktop.cases import CaseService, Dossier, Organisation, Person
    from ui.cases.dossier_referrals import ReferralsTab
    from ui.cases.dossier_view import DossierViewWidget
    from ui.cases.today_page import TARGET_ROLE, TodayPage
    from ui.context import AppContext

    today = date.today()
    cases = CaseService(new_store)
    org = cases.create_organisation(Organisation(name="Opvang De Haven", kind="opvang"))
    d = cases.create_dossier(Dossier(owner="Anna"), Person(alias="Mier"))
    ctx = AppContext(new_store.vault, "nl")
    ctx.set_store(new_store)
    view = DossierViewWidget(ctx, ctx.require_session().cases, d.id)
    qtbot.addWidget(view)
    view.show()
    tab = view.tab_widgets["verwijzingen"]
    assert isinstance(tab, ReferralsTab)
    tab.add()  # no organisation: message next to the field
    assert tab.form.errors["organisation_id"].isVisibleTo(tab)
    tab.organisation.setCurrentIndex(tab.organisation.findData(org.id))
    tab.sent_on.set_value(today - timedelta(days=10))
    tab.add()
    assert tab.list.topLevelItemCount() == 1
    assert tab.list.topLevelItem(0).text(1) == "Verstuurd"

    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.show()
    tree = page.findChild(QTreeWidget, "today_referrals")
    assert tree.topLevelItemCount() == 1 and page.wait_days.value() == 7
    row = tree.topLevelItem(0)
    assert row.text(1) == "Opvang De Haven" and row.text(3) == "10"
    assert tuple(row.data(0, TARGET_ROLE)) == ("dossier", d.id)
    page.wait_days.setValue(12)
    page.wait_days.editingFinished.emit()
    assert ctx.require_session().referrals.wait_days() == 12
    assert tree.topLevelItemCount() == 0

    # the tab proposes the next step; setting it updates Vandaag through the one change
    page.wait_days.setValue(7)
    page.wait_days.editingFinished.emit()
    assert tree.topLevelItemCount() == 1
    assert tab.status.currentData() == "ontvangen"
    tab.status.setCurrentIndex(tab.status.findData("geaccepteerd"))
    tab.set_status()
    assert tab.list.topLevelItem(0).text(1) == "Geaccepteerd"
    assert tab.list.topLevelItem(0).text(4) == today.strftime("%d-%m-%Y")
    assert tree.topLevelItemCount() == 0
    ctx.lock()


def test_opvang_page_sets_a_referral_status(qtbot, new_store) -> None:  # type: ignore[no-untyped-def]
    from desktop.care import model as c
    from desktop.care.service import CareService
    from desktop.cases import CaseService, Dossier, Organisation, Person
    from ui.care.opvang_page import OpvangPage
    from ui.context import AppContext

    cases = CaseService(new_store)
    org = cases.create_organisation(Organisation(name="Opvang De Haven", kind="opvang"))
    CareService(new_store, cases).save_shelter(
        c.ShelterProfile(organisation_id=org.id, shelter_type="cosm", capacity=3)
    )
    d = cases.create_dossier(Dossier(owner="Anna"), Person(alias="Mier"))
    ctx = AppContext(new_store.vault, "nl")
    ctx.set_store(new_store)
    ref = ctx.run(lambda s: s.referrals.create(d.id, org.id))
    page = OpvangPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    box = page.referrals
    qtbot.waitUntil(lambda: box.list.topLevelItemCount() == 1, timeout=5000)
    row = box.list.topLevelItem(0)
    assert row.text(0) == d.number and row.text(2) == "Verstuurd" and row.text(3) == "0"
    box.list.setCurrentItem(row)
    assert box.status.currentData() == "ontvangen"
    box.status_on.setText("01-01-2999")
    box.set_status()  # a future date: refused with a message, nothing saved
    assert box.error.isVisibleTo(box)
    assert ctx.require_session().referrals.for_dossier(d.id)[0].status == "verstuurd"
    box.status_on.clear()
    box.set_status()
    assert ctx.require_session().referrals.for_dossier(d.id)[0].status == "ontvangen"
    assert box.list.topLevelItem(0).text(2) == "Ontvangen"
    assert ref.id == box.referrals[0].id
    ctx.lock()
