"""``baken report``: the anonymised monitoring report.

``baken report --data-dir D --year Y [--quarter K] --format csv`` writes the suppressed
figures as CSV to standard output; ``--format pdf --output PAD`` writes the PDF with
charts. Exit 2 for a bad year, quarter or format. Only suppressed figures ever leave.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import cli, cli_output
from desktop import report as rep
from storage.errors import ValidationError

FORMATS = ("csv", "pdf")


def _configure(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument("--year", required=True, metavar="JAAR", help="rapportagejaar, bijv. 2026")
    p.add_argument("--quarter", metavar="K", help="alleen dit kwartaal (1-4)")
    p.add_argument("--format", default="csv", metavar="csv|pdf", help="uitvoer (standaard csv)")
    p.add_argument("--output", metavar="PAD", help="bestand voor de PDF")


def cmd_report(args: argparse.Namespace) -> int:
    fmt = str(args.format).lower()
    try:
        period = rep.parse_period(args.year, args.quarter)
    except ValidationError as exc:
        print(f"baken: {exc}", file=sys.stderr)
        return cli.EXIT_USAGE
    if fmt not in FORMATS:
        print("baken: het formaat is csv of pdf.", file=sys.stderr)
        return cli.EXIT_USAGE
    if fmt == "pdf" and not args.output:
        print("baken: geef met --output aan waar de PDF moet komen.", file=sys.stderr)
        return cli.EXIT_USAGE
    session = cli.open_session(args)
    store = session.store
    try:
        report = rep.build(store.db, period)
        if fmt == "csv":
            n = rep.write_csv(report, sys.stdout)
            sys.stdout.flush()
        else:
            pdf = rep.render_pdf(report, session.letters.letterhead())
            cli_output.write_file(Path(args.output), pdf)  # audited only once written
            n = len(report.tables)
        store.audit(
            "report.export",
            object_type="report",
            details=f"periode: {period.label}; formaat: {fmt}; regels: {n}",
        )
    finally:
        session.close()
    print(
        f"Rapportage {period.label}: alleen geanonimiseerde aantallen (<10 verborgen).",
        file=sys.stderr,
    )
    return cli.EXIT_OK


# Listed in desktop/commands.py (the one list of CLI commands).
COMMANDS: list[cli.CommandSpec] = [
    ("report", "geanonimiseerde monitoringsrapportage (CSV of PDF)", _configure, cmd_report)
]
