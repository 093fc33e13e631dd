"""Shared test data and a helper process for the handover/backup kill -9 tests."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from desktop.cases.model import Dossier, Note, Organisation, Person
from desktop.cases.service import CaseService
from storage import settings
from storage.db import Database
from storage.vault import Store, Vault

CANARY = "Zwaantje Kanariepiet"
CANARY_NOTE = "geheimnotitie-kanarie-7731"


def fill(store: Store, dossiers: int = 3, notes: int = 4, *, tag: str = "") -> list[str]:
    """Persons, dossiers, notes and an organisation through the real service; returns ids."""
    svc = CaseService(store, clock=lambda: date(2026, 11, 23))
    svc.create_organisation(Organisation(name=f"Opvang De Haven{tag}", kind="opvang"))
    ids = []
    for i in range(dossiers):
        first, last = CANARY.split() if i == 0 else (f"Voornaam{i}{tag}", f"Achter{i}{tag}")
        d = svc.create_dossier(
            Dossier(owner="Anna", forms=("arbeid",)), Person(first_name=first, last_name=last)
        )
        ids.append(d.id)
        for j in range(notes):
            text = CANARY_NOTE if (i, j) == (0, 0) else f"gesprek {j} over huisvesting {tag}"
            svc.add_note(Note(dossier_id=d.id, text=text))
    with store.db.transaction():
        settings.put(store.db, "organisation.name", "Gemeente Teststad")
    return ids


@contextmanager
def merged_at_colleague(
    store: Store, ids: list[str], folder: Path, *, dossiers: int, today: date
) -> Iterator[Database]:
    """A colleague's demo store (``dossiers`` cases) into which the dossiers ``ids`` of
    ``store`` were merged through a transfer file (the merge's triggers fire)."""
    from desktop import demo
    from storage import transfer
    from tests.conftest import NEW_PASSWORD

    colleague, _ = Vault(folder / "collega").init(NEW_PASSWORD)
    try:
        demo.generate(colleague, dossiers, notes_per_case=0, today=today, seed=7)
        res = transfer.export_transfer(store, ids, folder / "p.baken")
        transfer.apply_merge(colleague, transfer.plan_merge(colleague, res.path, res.passphrase))
        yield colleague.db
    finally:
        colleague.close()


@contextmanager
def handed_over(store: Store, folder: Path) -> Iterator[Database]:
    """A successor's store made by a handover export of ``store`` and its import (a
    whole-store copy, the triggers dropped during the copy)."""
    from storage import handover
    from tests.conftest import NEW_PASSWORD

    out = handover.export_handover(store, folder / "overdracht.baken")
    target = Vault(folder / "opvolger")
    handover.import_handover(target, out.path, out.passphrase, NEW_PASSWORD)
    successor = target.unlock(NEW_PASSWORD)
    try:
        yield successor.db
    finally:
        successor.close()


def main() -> None:
    """python -m tests.handover_data OP DATA_DIR TARGET: run OP, print a line per progress call."""
    op, data_dir, target = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    password = sys.stdin.readline().rstrip("\n")

    def progress(done: int, total: int) -> bool:
        print(f"{done}/{total}", flush=True)
        time.sleep(0.05)
        return True

    if op == "import":
        from storage.handover import import_handover

        phrase = sys.stdin.readline().rstrip("\n")
        import_handover(Vault(target), data_dir, phrase, password, progress=progress)
        return
    store = Vault(data_dir).unlock(password)
    if op == "export":
        from storage.handover import export_handover

        export_handover(store, target, progress=progress)
    elif op == "backup":
        from storage.backup import create_backup

        create_backup(store, folder=target, progress=progress)
    store.close()


if __name__ == "__main__":
    main()
