"""CLI commands for cases: ``import-csv`` and ``demo``.

``baken import-csv FILE --data-dir D``: exit 0 when every row was imported; exit 1 with a
per-row report on standard error (and nothing imported) when any row is bad; exit 2 when
the file as a whole is invalid (missing, unreadable, too large, undecodable, empty, bad
header, no data rows). Reports show the first 20 problems and count the rest.
``baken demo --data-dir D --cases N``: fill the store with fictional demo data.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop import cli
from desktop import messages as DM
from desktop.csv_import import import_preview, read_csv_file
from storage.errors import StoreError, ValidationError


def _configure_import(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument("file", metavar="BESTAND", help="CSV-bestand (; of ,; UTF-8 of Windows-1252)")
    p.add_argument(
        "--owner",
        metavar="NAAM",
        help="dossierhouder van de nieuwe dossiers (standaard: de gebruiker)",
    )


def cmd_import_csv(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        preview = read_csv_file(path, today=date.today(), owner=args.owner or "")
    except ValidationError as exc:
        print(f"baken: {exc}", file=sys.stderr)
        return cli.EXIT_USAGE
    if preview.errors and preview.invalid_file:  # the file itself: an input error
        print(
            "baken: ongeldig importbestand; er is niets geïmporteerd.",
            file=sys.stderr,
        )
        print(preview.report(), file=sys.stderr)
        return cli.EXIT_USAGE
    if preview.errors:
        lines = {e.line for e in preview.errors}
        print(
            f"baken: import geweigerd — {len(preview.errors)} fout(en) in {len(lines)} "
            "regel(s); er is niets geïmporteerd.",
            file=sys.stderr,
        )
        print(preview.report(), file=sys.stderr)
        return cli.EXIT_FAILED
    session = cli.open_session(args)
    store = session.store
    try:
        service = session.cases
        if not args.owner:
            preview = read_csv_file(path, today=date.today(), owner=store.actor)
        result = import_preview(service, preview)
    finally:
        session.close()
    print(
        f"{result.dossiers} dossiers geïmporteerd ({result.persons} personen, "
        f"{result.signals} aanmeldingen, {result.notes} notities)."
    )
    return cli.EXIT_OK


def _configure_demo(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument("--cases", type=int, default=200, metavar="N", help="aantal dossiers")
    p.add_argument(
        "--notes-per-case",
        type=int,
        default=10,
        metavar="N",
        help="gemiddeld aantal notities per dossier (standaard 10)",
    )
    p.add_argument("--seed", type=int, default=2026, help="startwaarde voor het toeval")


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop import demo

    if args.cases < 1 or args.cases > 1_000_000 or not 0 <= args.notes_per_case <= 1000:
        print("baken: --cases moet tussen 1 en 1.000.000 liggen.", file=sys.stderr)
        return cli.EXIT_USAGE
    session = cli.open_session(args)
    store = session.store
    try:

        def progress(done: int, total: int) -> None:
            if total >= 10_000:
                print(f"  {done}/{total} dossiers", file=sys.stderr, flush=True)

        from desktop import demo_care

        # All or nothing: one transaction (the generators' own transactions nest as
        # savepoints), under the data folder's writer lock. A full disk or a busy store
        # leaves no demo rows at all.
        with store.db.transaction():
            result = demo.generate(
                store,
                args.cases,
                notes_per_case=args.notes_per_case,
                seed=args.seed,
                progress=progress,
            )
            care = demo_care.generate(store, seed=args.seed)
    except StoreError as exc:
        raise StoreError(DM.DEMO_NOTHING_ADDED, error=exc.text) from None
    finally:
        session.close()
    print(
        f"Demogegevens (fictief) toegevoegd: {result.dossiers} dossiers, {result.persons} "
        f"personen, {result.signals} aanmeldingen, {result.notes} notities "
        f"in {result.seconds:.1f} s."
    )
    print(
        f"Opvang en nazorg (fictief): {care.shelters} opvanglocaties, "
        f"{care.placements} plaatsingen, {care.care_plans} hulpverleningsplannen, "
        f"{care.checkins} nazorgcontacten, {care.closures} afsluitingen."
    )
    return cli.EXIT_OK


# Listed in desktop/commands.py (the one list of CLI commands).
COMMANDS: list[cli.CommandSpec] = [
    (
        "import-csv",
        "dossiers importeren uit een spreadsheet (CSV); alles of niets",
        _configure_import,
        cmd_import_csv,
    )
]
COMMANDS += [("demo", "de opslag vullen met fictieve demogegevens", _configure_demo, cmd_demo)]
