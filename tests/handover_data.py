"""Shared test data and a helper process for the handover/backup kill -9 tests."""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from desktop.cases.model import Dossier, Note, Organisation, Person
from desktop.cases.service import CaseService
from storage import settings
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
