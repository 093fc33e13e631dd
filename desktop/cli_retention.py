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

from desktop import cli, cli_output
from desktop.retention import write_due_csv
from storage.errors import ValidationError


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
            write_due_csv(due, sys.stdout)
            print(f"{len(due)} dossier(s) voorbij de bewaartermijn.", file=sys.stderr)
            return cli.EXIT_OK
        if args.certificate:  # refuse before destroying anything when it cannot be written
            cli_output.check_writable(Path(args.certificate))
        try:
            done = svc.destroy(args.destroy)
        except ValidationError as exc:
            print(f"baken: {exc}", file=sys.stderr)
            return cli.EXIT_FAILED
        for r in done:
            print(f"vernietigd: {r.dossier_number}")
        if args.certificate:
            try:
                cli_output.write_file(Path(args.certificate), svc.certificate_pdf(done))
            except cli_output.OutputFileError as exc:
                raise cli_output.OutputFileError(
                    f"{len(done)} dossier(s) vernietigd (vastgelegd in het logboek), maar de "
                    f"vernietigingsverklaring niet: {exc}"
                ) from None
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
