"""CLI commands for handover, case transfer and backups (issue 7).

``baken export``, ``import``, ``transfer``, ``merge``, ``backup``, ``restore``. Exit codes
follow the CLI contract: 0 ok, 1 the operation failed (nothing changed), 2 usage.
Generated passphrases and recovery codes are printed alone on the last line of stdout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import cli, cli_output
from desktop import session as ds
from desktop.errors import StoreError
from storage.container import Progress


def _progress_printer() -> Progress | None:
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def progress(done: int, total: int) -> bool:
        pct = int(100 * done / max(1, total))
        if pct != last[0]:
            last[0] = pct
            print(f"\r{pct:3d}%", end="", file=sys.stderr, flush=True)
            if pct >= 100:
                print(file=sys.stderr)
        return True

    return progress


def _distinct_inputs(args: argparse.Namespace) -> None:
    if {args.passphrase_file, args.password_file} == {"-"}:
        raise cli.UsageError("Wachtwoordzin en wachtwoord kunnen niet allebei van standaardinvoer.")


def _passphrase(args: argparse.Namespace) -> str:
    return cli.SecretInput(args.passphrase_file).read("Wachtwoordzin")


# --- export / import ------------------------------------------------------------------------


def _configure_export(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument("--out", metavar="BESTAND", required=True, help="het overdrachtsbestand")
    p.add_argument(
        "--to",
        metavar="CONTACT_ID",
        help="voor deze opvolger (geverifieerd contact): de wachtwoordzin gaat versleuteld mee "
        "in BESTAND.baken-sleutel in plaats van op papier (zie docs/uitwisselen.md)",
    )


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists():
        print(f"baken: {ds.OUT_EXISTS}", file=sys.stderr)
        return cli.EXIT_FAILED
    session = cli.open_session(args)
    try:
        if args.to:
            from desktop import cli_exchange

            cli_exchange.require_verified(session.store, args.to)  # before writing anything
        result = session.handover.export(out, progress=_progress_printer())
        if args.to:
            key_file = cli_exchange.export_to(session.store, args.to, out, result.passphrase)
    finally:
        session.close()
    m = result.manifest
    if args.to:  # the passphrase travels in the key file: nothing secret to print
        print(f"Overdrachtsbestand geschreven: {out}")
        print(f"Schemaversie {m.schema_version}; aantallen: " + _counts(m.counts))
        print(f"Controlegetal (SHA-256): {m.digest}")
        print(
            "De wachtwoordzin staat versleuteld voor uw opvolger in het sleutelbestand; geef "
            "beide bestanden aan uw opvolger (zie docs/uitwisselen.md):"
        )
        print(key_file)
        return cli.EXIT_OK
    with cli_output.delivering(
        "Het overdrachtsbestand is weer verwijderd, want de wachtwoordzin is niet getoond; "
        "maak de export opnieuw.",
        on_failure=lambda: cli_output.remove_file(out),
    ):
        print(f"Overdrachtsbestand geschreven: {out}")
        print(f"Schemaversie {m.schema_version}; aantallen: " + _counts(m.counts))
        print(f"Controlegetal (SHA-256): {m.digest}")
        print(
            "Wachtwoordzin (eenmalig getoond; geef hem los van het bestand aan uw opvolger, "
            "bij voorkeur op papier):"
        )
        print(result.passphrase)
    return cli.EXIT_OK


def _configure_import(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument("file", metavar="BESTAND", help="het overdrachtsbestand")
    p.add_argument(
        "--passphrase-file",
        metavar="BESTAND",
        help="bestand met de wachtwoordzin (eerste regel; - = standaardinvoer)",
    )
    p.add_argument(
        "--key-file",
        metavar="SLEUTEL",
        help="in plaats van de wachtwoordzin: het sleutelbestand (export --to); vraagt eerst "
        "het wachtwoord van uw eigen opslag (--identity-dir), dan het nieuwe wachtwoord",
    )
    p.add_argument(
        "--identity-dir", metavar="MAP", help="met --key-file: de map van uw eigen opslag"
    )
    p.add_argument("--user", metavar="NAAM", help="uw naam (voor het logboek)")
    p.add_argument(
        "--password-only",
        action="store_true",
        help="bewuste keuze: geen sleutelbos gebruiken (zie README)",
    )


def cmd_import(args: argparse.Namespace) -> int:
    vault = cli._vault(args)
    if vault.exists():
        print(
            "baken: in deze map staan al Baken-gegevens; een overdracht komt altijd in een "
            "nieuwe, lege map. Er is niets gewijzigd.",
            file=sys.stderr,
        )
        return cli.EXIT_FAILED
    if args.key_file:
        from desktop import cli_exchange

        if args.passphrase_file or not args.identity_dir:
            raise cli.UsageError(
                "Met --key-file hoort --identity-dir (uw eigen opslag) en geen --passphrase-file."
            )
        lines = cli._secrets(args)
        phrase = cli_exchange.passphrase_from_key_file(
            Path(args.identity_dir),
            lines.read("Wachtwoord van uw eigen opslag"),
            Path(args.key_file),
            Path(args.file),
        )
        password = lines.read("Nieuw wachtwoord", confirm=True)
    elif not args.passphrase_file:
        raise cli.UsageError("Geef --passphrase-file (of --key-file met --identity-dir) op.")
    else:
        _distinct_inputs(args)
        phrase = _passphrase(args)
        password = cli._secrets(args).read("Nieuw wachtwoord", confirm=True)
    initial = {"user.name": args.user} if args.user else {}
    result = ds.import_handover(
        vault,
        Path(args.file),
        phrase,
        password,
        password_only=args.password_only,
        initial_settings=initial,
        progress=_progress_printer(),
    )
    m = result.manifest
    with cli_output.delivering(cli.CODE_NOT_SHOWN):
        print(
            f"Overdracht ingelezen in {vault.data_dir} "
            f"(van {m.source_installation}, {m.exported_at})."
        )
        print("Aantallen: " + _counts(m.counts))
        print("Herstelcode (eenmalig getoond; bewaar hem op papier, gescheiden van de laptop):")
        print(result.recovery_code)
    return cli.EXIT_OK


# --- transfer / merge -----------------------------------------------------------------------


def _configure_transfer(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument(
        "--dossier",
        metavar="ID",
        action="append",
        required=True,
        help="dossier-id of dossiernummer (herhaal voor meer dossiers)",
    )
    p.add_argument("--out", metavar="BESTAND", required=True, help="het overdrachtspakket")


def cmd_transfer(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists():
        print(f"baken: {ds.OUT_EXISTS}", file=sys.stderr)
        return cli.EXIT_FAILED
    session = cli.open_session(args)
    try:
        result = session.transfer.export(args.dossier, out, progress=_progress_printer())
    finally:
        session.close()
    with cli_output.delivering(
        "Het overdrachtspakket is weer verwijderd, want de wachtwoordzin is niet getoond; "
        "maak het pakket opnieuw.",
        on_failure=lambda: cli_output.remove_file(out),
    ):
        print(f"Overdrachtspakket geschreven: {out}")
        print("Aantallen: " + _counts(result.manifest.counts))
        print("Wachtwoordzin (eenmalig getoond; geef hem los van het pakket door):")
        print(result.passphrase)
    return cli.EXIT_OK


def _configure_merge(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument("file", metavar="BESTAND", help="het overdrachtspakket")
    p.add_argument(
        "--passphrase-file",
        metavar="BESTAND",
        required=True,
        help="bestand met de wachtwoordzin (eerste regel; - = standaardinvoer)",
    )


def cmd_merge(args: argparse.Namespace) -> int:
    _distinct_inputs(args)
    phrase = _passphrase(args)
    session = cli.open_session(args)
    try:
        plan = session.transfer.plan_merge(Path(args.file), phrase)
        if plan.conflicts:
            print(
                f"Niet samengevoegd: {len(plan.conflicts)} record(s) zijn aan beide kanten "
                "gewijzigd sinds de vorige uitwisseling. Er is niets veranderd. Los dit op in "
                "de app (naast elkaar vergelijken).",
                file=sys.stderr,
            )
            for c in plan.conflicts:
                print(f"conflict\t{c.table}\t{c.record_id}\t{','.join(c.fields)}")
            return cli.EXIT_FAILED
        summary = session.transfer.apply_merge(plan)
    finally:
        session.close()
    print(
        f"Samengevoegd: {summary.added} nieuw, {summary.updated} bijgewerkt, "
        f"{summary.skipped} gelijk of alleen hier gewijzigd."
    )
    return cli.EXIT_OK


# --- backup / restore -----------------------------------------------------------------------


def _configure_backup(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument("--to", metavar="MAP", help="back-upmap (standaard: de ingestelde map)")
    p.add_argument(
        "--list", action="store_true", help="alleen de back-ups tonen (datum en aantallen)"
    )


def cmd_backup(args: argparse.Namespace) -> int:
    session = cli.open_session(args)
    try:
        if args.list:
            entries = session.backup.list(Path(args.to) if args.to else session.backup.folder())
            if not entries:
                print("Geen back-ups gevonden.")
            for e in entries:
                check = session.backup.check(e)
                state = _counts(check.counts) if check.ok else check.message
                print(f"{e.created}\t{e.reason}\t{e.path}\t{state}")
            return cli.EXIT_OK
        entry = session.backup.create(
            folder=Path(args.to) if args.to else None, progress=_progress_printer()
        )
    finally:
        session.close()
    print(f"Back-up gemaakt en gecontroleerd: {entry.path}")
    return cli.EXIT_OK


def _configure_restore(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument("backup", metavar="BACKUP", help="de back-upmap (baken-backup-...)")


def cmd_restore(args: argparse.Namespace) -> int:
    vault = cli._vault(args)
    password = cli._secrets(args).read("Wachtwoord")
    cli.wait_before_attempt(vault)
    result = ds.restore_with_password(
        vault, Path(args.backup), password, progress=_progress_printer()
    )
    print(f"Back-up van {result.restored.created} teruggezet.")
    print(f"De vorige gegevens staan als veiligheidskopie in: {result.safety_copy}")
    return cli.EXIT_OK


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "-"


# Listed in desktop/commands.py (the one list of CLI commands).
COMMANDS: list[cli.CommandSpec] = [
    (
        "export",
        "overdracht: alle gegevens naar één versleuteld bestand",
        _configure_export,
        cmd_export,
    ),
    ("import", "overdracht inlezen als nieuwe opslag", _configure_import, cmd_import),
    (
        "transfer",
        "losse dossiers exporteren voor een collega",
        _configure_transfer,
        cmd_transfer,
    ),
    ("merge", "overdrachtspakket van een collega samenvoegen", _configure_merge, cmd_merge),
    ("backup", "versleutelde back-up maken (of --list)", _configure_backup, cmd_backup),
    (
        "restore",
        "back-up terugzetten (huidige gegevens blijven als kopie)",
        _configure_restore,
        cmd_restore,
    ),
]

__all__ = ["StoreError"]
