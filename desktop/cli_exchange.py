"""CLI commands for secure exchange (issue 17): identity, contacts, send, receive.

``baken identity``, ``contacts add|list|verify|remove``, ``send``, ``receive``; the handover
to a named successor (``baken export --to``, ``baken import --key-file``) lives in
``desktop.cli_handover`` and calls ``export_to`` / ``passphrase_from_key_file`` here.
Exit codes follow the CLI contract: 0 ok, 1 refused/failed (nothing changed), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import cli
from desktop.exchange import (
    NOT_ADDRESSED,
    REPLAY,
    ExchangeService,
    PackageRefused,
    Received,
    parse_card,
)
from storage.errors import StoreError, ValidationError
from storage.vault import Store, Vault

# With --inbox these are normal in a shared folder: skipped, not a failure.
SKIP_IN_INBOX = (NOT_ADDRESSED, REPLAY)


def _service(store: Store) -> ExchangeService:
    return ExchangeService(store)


# --- identity ---------------------------------------------------------------------------


def _configure_identity(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument("--out", metavar="BESTAND", required=True, help="de contactkaart (JSON)")
    p.add_argument("--pdf", metavar="BESTAND", help="ook de sleutelkaart (PDF) met QR-code")
    p.add_argument(
        "--age-identity",
        metavar="BESTAND",
        help="alleen voor controle met een testopslag: schrijf ook de GEHEIME age-sleutel "
        "(gelogd; zie docs/uitwisselen.md)",
    )


def cmd_identity(args: argparse.Namespace) -> int:
    out = Path(args.out)
    secret = Path(args.age_identity) if args.age_identity else None
    pdf = Path(args.pdf) if args.pdf else None
    if any(p is not None and p.exists() for p in (out, secret, pdf)):
        print("baken: dat bestand bestaat al; er is niets overschreven.", file=sys.stderr)
        return cli.EXIT_FAILED
    store = cli.open_store(args)
    try:
        svc = _service(store)
        card = svc.export_card(out)
        if pdf is not None:
            svc.export_keycard(pdf)
            print(f"Sleutelkaart (PDF) geschreven: {pdf}")
        if secret is not None:
            svc.export_age_identity(secret)
            print(
                f"GEHEIME sleutel geschreven: {secret} — alleen voor controle met een "
                "testopslag; wis het bestand daarna.",
                file=sys.stderr,
            )
    finally:
        store.close()
    print(f"Contactkaart geschreven: {out} (geen geheimen; u mag hem gewoon doorsturen).")
    print("Lees uw collega deze vingerafdruk voor (telefonisch of persoonlijk):")
    print(card.fingerprint)
    return cli.EXIT_OK


# --- contacts ---------------------------------------------------------------------------


def _configure_contacts(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="contacts_command", metavar="ACTIE", required=True)
    a = sub.add_parser("add", help="contact toevoegen (kaart + voorgelezen vingerafdruk)")
    cli._common(a)
    a.add_argument("card", metavar="KAART", help="de contactkaart van de collega")
    a.add_argument(
        "--fingerprint", metavar="CIJFERS", required=True, help="de voorgelezen vingerafdruk"
    )
    a.add_argument(
        "--organisation-id",
        metavar="ORG_ID",
        help="koppel aan deze ketenpartner (voor de toestemmingscontrole bij verzenden)",
    )
    a.set_defaults(func=cmd_contacts_add)
    ls = sub.add_parser("list", help="contacten, één JSON-object per regel")
    cli._common(ls)
    ls.set_defaults(func=cmd_contacts_list)
    v = sub.add_parser("verify", help="een (gewijzigde) contactkaart opnieuw verifiëren")
    cli._common(v)
    v.add_argument("id", metavar="ID")
    v.add_argument("--fingerprint", metavar="CIJFERS", required=True)
    v.set_defaults(func=cmd_contacts_verify)
    r = sub.add_parser("remove", help="contact verwijderen (daarna wordt niets meer aanvaard)")
    cli._common(r)
    r.add_argument("id", metavar="ID")
    r.set_defaults(func=cmd_contacts_remove)


def _read_card(path: str) -> str:
    try:
        p = Path(path)
        if p.stat().st_size > 64 * 1024:
            raise cli.UsageError("Dit is geen geldige Baken-contactkaart (te groot).")
        return p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise cli.UsageError("De contactkaart bestaat niet.") from None
    except (OSError, UnicodeDecodeError):
        raise cli.UsageError("De contactkaart kan niet worden gelezen.") from None


def cmd_contacts_add(args: argparse.Namespace) -> int:
    card = parse_card(_read_card(args.card))  # exit 2 on a bad card, before the password
    store = cli.open_store(args)
    try:
        result = _service(store).add_contact(
            card, args.fingerprint, organisation_id=args.organisation_id
        )
    finally:
        store.close()
    c = result.contact
    what = "toegevoegd" if result.created else "bijgewerkt en geverifieerd"
    who = ", ".join(x for x in (c.name, c.organisation) if x) or "contact"
    print(f"Contact {what}: {who}")
    print(json.dumps(c.as_json(), ensure_ascii=False, sort_keys=True))
    return cli.EXIT_OK


def cmd_contacts_list(args: argparse.Namespace) -> int:
    store = cli.open_store(args)
    try:
        contacts = _service(store).contacts()
    finally:
        store.close()
    for c in contacts:
        print(json.dumps(c.as_json(), ensure_ascii=False, sort_keys=True))
    return cli.EXIT_OK


def cmd_contacts_verify(args: argparse.Namespace) -> int:
    store = cli.open_store(args)
    try:
        c = _service(store).verify_contact(args.id, args.fingerprint)
    finally:
        store.close()
    print(json.dumps(c.as_json(), ensure_ascii=False, sort_keys=True))
    return cli.EXIT_OK


def cmd_contacts_remove(args: argparse.Namespace) -> int:
    store = cli.open_store(args)
    try:
        c = _service(store).remove_contact(args.id)
    finally:
        store.close()
    print(f"Contact verwijderd: {c.id}")
    return cli.EXIT_OK


# --- send / receive ---------------------------------------------------------------------


def _configure_send(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument("--to", metavar="CONTACT_ID", help="het contact (zie baken contacts list)")
    p.add_argument(
        "--dossier", metavar="ID", action="append", default=[], help="dossier-id of -nummer"
    )
    p.add_argument("--signal", metavar="ID", action="append", default=[], help="signaal-id")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="BESTAND", help="het pakket")
    where.add_argument(
        "--outbox", metavar="MAP", help="map (bijv. teammap); bestandsnaam = willekeurig id"
    )
    p.add_argument(
        "--reason",
        metavar="TEKST",
        default="",
        help="reden om zonder geldige toestemming te delen (vastgelegd)",
    )
    p.add_argument(
        "--remove-after",
        action="store_true",
        help="alleen met --signal: na verzenden de signalen (en hun persoonsgegevens) hier "
        "verwijderen; een ontvangstbewijs zonder persoonsgegevens blijft",
    )


def cmd_send(args: argparse.Namespace) -> int:
    if not args.to:
        raise cli.UsageError("Geef de ontvanger op met --to CONTACT_ID (zie baken contacts list).")
    if not args.dossier and not args.signal:
        raise cli.UsageError("Kies minstens één --dossier of --signal.")
    store = cli.open_store(args)
    try:
        sent = _service(store).send(
            args.to,
            dossiers=args.dossier,
            signals=args.signal,
            out=Path(args.out) if args.out else None,
            outbox=Path(args.outbox) if args.outbox else None,
            reason=args.reason,
            remove_signals=args.remove_after,
        )
    finally:
        store.close()
    who = ", ".join(x for x in (sent.contact.name, sent.contact.organisation) if x)
    print(f"Pakket {sent.package_id} voor {who or sent.contact.id} geschreven: {sent.path}")
    print("Aantallen: " + ", ".join(f"{k} {v}" for k, v in sorted(sent.counts.items())))
    without = sum(1 for c in sent.consents.values() if c is None)
    if without or sent.signals:
        print("Vastgelegd in het verstrekkingenregister (met de opgegeven reden waar nodig).")
    return cli.EXIT_OK


def _configure_receive(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument("file", metavar="PAKKET", nargs="?", help="het pakket")
    p.add_argument("--inbox", metavar="MAP", help="alle pakketten in deze map")


def _print_received(r: Received) -> None:
    who = ", ".join(x for x in (r.sender.name, r.sender.organisation) if x) or r.sender.id
    s = r.summary
    print(
        f"Ontvangen van {who}: pakket {r.package_id} ({r.kind}); {s.added} nieuw, "
        f"{s.updated} bijgewerkt, {s.skipped} gelijk of alleen hier gewijzigd."
    )
    print("Aantallen: " + ", ".join(f"{k} {v}" for k, v in sorted(r.counts.items())))


def cmd_receive(args: argparse.Namespace) -> int:
    if (args.file is None) == (args.inbox is None):
        raise cli.UsageError("Geef precies één pakket of --inbox MAP op.")
    store = cli.open_store(args)
    try:
        svc = _service(store)
        files = [Path(args.file)] if args.file else svc.inbox(Path(args.inbox))
        if args.inbox and not files:
            print("Geen pakketten in de inbox.")
        failed = 0
        for path in files:
            try:
                incoming = svc.open_package(path)
                if incoming.plan.conflicts:
                    print(
                        f"baken: {path.name}: niet samengevoegd: {len(incoming.plan.conflicts)} "
                        "record(s) zijn aan beide kanten gewijzigd. Er is niets veranderd; los "
                        "dit op in de app.",
                        file=sys.stderr,
                    )
                    for c in incoming.plan.conflicts:
                        print(f"conflict\t{c.table}\t{c.record_id}\t{','.join(c.fields)}")
                    failed += 1
                    continue
                _print_received(svc.accept(incoming))
            except PackageRefused as exc:
                if args.inbox and exc.reason in SKIP_IN_INBOX:
                    # A team folder holds packages for colleagues and ones seen before.
                    print(f"{path.name}: overgeslagen ({exc.reason})")
                    continue
                with store.db.transaction():
                    store.audit(
                        "exchange.receive",
                        result="geweigerd",
                        object_type="package",
                        details=exc.reason,
                    )
                print(f"baken: {path.name}: {exc}", file=sys.stderr)
                failed += 1
            except StoreError as exc:  # e.g. a broken reference: nothing merged
                if args.file and isinstance(exc, ValidationError):
                    raise
                print(f"baken: {path.name}: {exc}", file=sys.stderr)
                failed += 1
    finally:
        store.close()
    return cli.EXIT_FAILED if failed else cli.EXIT_OK


# --- handover to a named successor (called from desktop.cli_handover) --------------------


def require_verified(store: Store, contact_id: str) -> None:
    _service(store).require_verified(contact_id)


def export_to(store: Store, contact_id: str, container: Path, passphrase: str) -> Path:
    """Wrap a freshly written handover file's passphrase for a verified contact. If that
    fails, the handover file is removed again (no file without its key)."""
    try:
        return _service(store).wrap_handover_key(contact_id, container, passphrase)
    except BaseException:
        container.unlink(missing_ok=True)
        raise


def passphrase_from_key_file(
    identity_dir: Path, password: str, key_file: Path, container: Path
) -> str:
    """Open the successor's own store (its identity) and unwrap the handover passphrase."""
    vault = Vault(identity_dir)
    vault.read_keyfile()
    store = vault.unlock(password)
    try:
        return _service(store).unwrap_handover_key(key_file, container)
    finally:
        store.close()


# (name, help, configure, handler) — the ``COMMANDS`` convention of the feature modules.
COMMANDS: list[cli.CommandSpec] = [
    (
        "identity",
        "eigen contactkaart schrijven; vingerafdruk op de laatste regel",
        _configure_identity,
        cmd_identity,
    ),
    (
        "contacts",
        "contacten voor uitwisselen: add, list, verify, remove",
        _configure_contacts,
        cmd_contacts_list,
    ),
    ("send", "versleuteld, ondertekend pakket voor een contact", _configure_send, cmd_send),
    (
        "receive",
        "pakket(ten) van een contact controleren en samenvoegen",
        _configure_receive,
        cmd_receive,
    ),
]

__all__ = ["StoreError"]
