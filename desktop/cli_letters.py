"""CLI commands for letters: ``letter``, ``dossiers`` and ``organisations``.

``baken letter --list-templates``: one template a line, its name first (no store needed).
``baken letter --data-dir D --dossier ID --template NAME --recipient ORG_ID --out FILE``:
make the letter (kept inside the store and recorded in the verstrekkingenregister) and
save it to FILE (recorded as saved), in one unit of work: when FILE cannot be written
(disk full, no write permission) exit 1 and nothing is kept or registered. The consent
gate applies: exit 1 without a valid consent for this recipient and purpose, unless
``--reason TEXT`` is given (stored and audited). Exit 2 for bad input (unknown template,
field or dossier, existing FILE).

``baken dossiers`` / ``baken organisations``: one JSON object per line (``id``, ``number``,
``alias``, ``status`` / ``id``, ``name``, ``type``) so scripts can address records; the
listing itself is audited.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import cli, cli_output
from desktop import messages as M
from desktop.letters import LetterRequest, load_templates
from storage.errors import ValidationError
from storage.repos.base import NotFoundError


def _configure_letter(p: argparse.ArgumentParser) -> None:
    cli._common(p)
    p.add_argument(
        "--list-templates", action="store_true", help="toon de sjablonen (naam eerst) en stop"
    )
    p.add_argument("--dossier", metavar="ID", help="dossier-id of dossiernummer")
    p.add_argument("--template", metavar="NAAM", help="sjabloon (zie --list-templates)")
    p.add_argument("--recipient", metavar="ORG_ID", help="id van de ketenpartner (ontvanger)")
    p.add_argument("--out", metavar="BESTAND.pdf", help="PDF-bestand (niet versleuteld!)")
    p.add_argument(
        "--reason",
        metavar="TEKST",
        help="reden om zonder geldige toestemming toch te verstrekken (wordt vastgelegd)",
    )
    p.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="VELD",
        help="extra veld opnemen naast de standaardselectie (herhaalbaar)",
    )
    p.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="VELD",
        help="alleen deze velden opnemen in plaats van de standaardselectie (herhaalbaar)",
    )
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="VELD=TEKST",
        help="tekst voor een invulveld, bijvoorbeeld request.text=... (herhaalbaar)",
    )


def cmd_letter(args: argparse.Namespace) -> int:
    if args.list_templates:
        for tpl in load_templates():
            print(f"{tpl.name}\t{tpl.title} ({tpl.language}) — {tpl.description}")
        return cli.EXIT_OK
    missing = [
        flag
        for flag, v in (
            ("--dossier", args.dossier),
            ("--template", args.template),
            ("--out", args.out),
        )
        if not v
    ]
    if missing:
        raise cli.UsageError(f"ontbrekend: {', '.join(missing)} (of gebruik --list-templates).")
    out = Path(args.out)
    if out.exists():
        raise cli.UsageError("Het uitvoerbestand bestaat al; kies een andere naam.")
    if not out.parent.is_dir():
        raise cli.UsageError("De map voor het uitvoerbestand bestaat niet.")
    inputs: dict[str, str] = {}
    for item in args.set:
        key, sep, text = item.partition("=")
        if not sep or not key.strip():
            raise cli.UsageError("--set verwacht VELD=TEKST.")
        inputs[key.strip()] = text
    session = cli.open_session(args)
    try:
        svc = session.letters
        tpl = svc.template(args.template)
        try:
            dossier_id = svc.resolve_dossier(args.dossier)
        except NotFoundError as exc:
            raise cli.UsageError(str(exc)) from None
        base = frozenset(args.only) if args.only else tpl.default_fields
        fields = base | frozenset(args.field)
        unknown = set(inputs) - {f.key for f in tpl.input_fields}
        if unknown:
            raise ValidationError(M.LETTERS_SET_NOT_A_FIELD, "set")
        if args.recipient and args.recipient not in {o.id for o in svc.recipients()}:
            raise cli.UsageError("Deze ontvanger (ketenpartner) bestaat niet.")
        letter = svc.make(
            LetterRequest(
                dossier_id=dossier_id,
                template=tpl.name,
                recipient_org_id=args.recipient or None,
                fields=fields,
                inputs=inputs,
                reason=args.reason or "",
            ),
            save_to=out,  # written first: a PDF that cannot be written leaves nothing behind
            write=cli_output.write_file,
        )
    finally:
        session.close()
    how = (
        "met toestemming"
        if letter.consent_id
        else ("zonder toestemming; reden vastgelegd" if letter.reason else "geen toestemming nodig")
    )
    print(f"Brief {letter.id} gemaakt ({letter.pages} pagina('s), {how}) en opgeslagen in {out}.")
    print(
        "LET OP: dit PDF-bestand is niet versleuteld. Bewaar het niet langer dan nodig.",
        file=sys.stderr,
    )
    return cli.EXIT_OK


def _configure_list(p: argparse.ArgumentParser) -> None:
    cli._common(p)


def cmd_dossiers(args: argparse.Namespace) -> int:
    session = cli.open_session(args)
    try:
        rows = session.letters.dossier_index()
    finally:
        session.close()
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    return cli.EXIT_OK


def cmd_organisations(args: argparse.Namespace) -> int:
    session = cli.open_session(args)
    try:
        rows = session.letters.organisation_index()
    finally:
        session.close()
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    return cli.EXIT_OK


# Listed in desktop/commands.py (the one list of CLI commands).
COMMANDS: list[cli.CommandSpec] = [
    (
        "letter",
        "brief maken uit een dossier (met toestemmingscontrole) of sjablonen tonen",
        _configure_letter,
        cmd_letter,
    ),
    (
        "dossiers",
        "dossiers als JSON, één per regel (id, number, alias, status)",
        _configure_list,
        cmd_dossiers,
    ),
    (
        "organisations",
        "ketenpartners als JSON, één per regel (id, name, type)",
        _configure_list,
        cmd_organisations,
    ),
]
