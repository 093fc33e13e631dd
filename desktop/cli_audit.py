"""``baken audit``: print (part of) the audit log as CSV on standard output.

``baken audit --data-dir D [--dossier ID] [--action A] [--since YYYY-MM-DD]
[--until YYYY-MM-DD]`` writes the fixed CSV header and the matching rows, oldest first;
exit 0. Exit 2 for a malformed date or a period that ends before it starts. The export
itself is recorded in the log (action ``export``, object ``audit_log``).
"""

from __future__ import annotations

import argparse
import sys

from desktop import audit_service, cli
from storage.errors import ValidationError


def _configure(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument("--dossier", metavar="ID", help="alleen regels over dit dossier/object-id")
    p.add_argument("--action", metavar="ACTIE", help="alleen deze actie (bijv. read, export)")
    p.add_argument("--since", metavar="JJJJ-MM-DD", help="vanaf deze datum (UTC, inclusief)")
    p.add_argument("--until", metavar="JJJJ-MM-DD", help="tot en met deze datum (UTC)")


def cmd_audit(args: argparse.Namespace) -> int:
    try:
        flt = audit_service.AuditFilter(
            since=audit_service.parse_date(args.since, "--since") if args.since else None,
            until=audit_service.parse_date(args.until, "--until") if args.until else None,
            action=args.action or None,
            dossier=args.dossier or None,
        )
    except ValidationError as exc:
        print(f"baken: {exc}", file=sys.stderr)
        return cli.EXIT_USAGE
    store = cli.open_store(args)
    try:
        n = audit_service.export_csv(store.db, flt, sys.stdout)
        sys.stdout.flush()
        store.audit(
            "export",
            object_type="audit_log",
            object_id=flt.dossier or "",
            details=f"csv rows={n}",
        )
    finally:
        store.close()
    print(f"{n} logboekregels geëxporteerd.", file=sys.stderr)
    return cli.EXIT_OK


# Listed in desktop/commands.py (the one list of CLI commands).
COMMANDS: list[cli.CommandSpec] = [
    ("audit", "logboek (audit log) als CSV naar standaarduitvoer", _configure, cmd_audit)
]
