"""``baken retention``: bewaartermijnen and vernietiging.

``baken retention --data-dir D`` lists the dossiers past their retention period (number,
closed, period, due date, basis) and exits 0. ``--destroy ID ... --confirm`` destroys the
named dossiers (id or number) with every trace; without ``--confirm`` nothing happens
(exit 2). ``--certificate PAD`` writes the destruction certificate PDF of this run (not
encrypted: the certificate holds no personal data).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import cli
from storage.errors import ValidationError
from storage.files import atomic_write


def _configure(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument("--destroy", nargs="+", metavar="ID", help="vernietig deze dossiers")
    p.add_argument("--confirm", action="store_true", help="bevestig de vernietiging")
    p.add_argument("--certificate", metavar="PAD", help="schrijf de vernietigingsverklaring (PDF)")


def cmd_retention(args: argparse.Namespace) -> int:
    if args.destroy and not args.confirm:
        print(
            "baken: vernietigen kan niet ongedaan worden gemaakt; geef --confirm mee om "
            "de genoemde dossiers te vernietigen. Er is niets vernietigd.",
            file=sys.stderr,
        )
        return cli.EXIT_USAGE
    if args.certificate and not args.destroy:
        print("baken: --certificate hoort bij --destroy.", file=sys.stderr)
        return cli.EXIT_USAGE
    session = cli.open_session(args)
    try:
        svc = session.retention
        if not args.destroy:
            due = svc.due()
            print("dossier,afgesloten,reden,termijn_jaren,vernietigen_vanaf,id")
            for d in due:
                print(f"{d.number},{d.closed_on},{d.close_reason},{d.years},{d.due_on},{d.id}")
            print(f"{len(due)} dossier(s) voorbij de bewaartermijn.", file=sys.stderr)
            return cli.EXIT_OK
        try:
            done = svc.destroy(args.destroy)
        except ValidationError as exc:
            print(f"baken: {exc}", file=sys.stderr)
            return cli.EXIT_FAILED
        for r in done:
            print(f"vernietigd: {r.dossier_number}")
        if args.certificate:
            atomic_write(Path(args.certificate), svc.certificate_pdf(done), mode=0o600)
            print("Vernietigingsverklaring opgeslagen.", file=sys.stderr)
        print(f"{len(done)} dossier(s) vernietigd.", file=sys.stderr)
        return cli.EXIT_OK
    finally:
        session.close()


# Listed in desktop/commands.py (the one list of CLI commands).
COMMANDS: list[cli.CommandSpec] = [
    (
        "retention",
        "bewaartermijnen: te vernietigen dossiers tonen of vernietigen",
        _configure,
        cmd_retention,
    )
]
