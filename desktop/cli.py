"""The ``baken`` command line: a stable contract for scripts and administrators.

Exit codes: 0 ok, 1 the check or operation failed, 2 usage or input error.
Passwords come from ``--password-file FILE`` (one per line; ``-`` = standard input) or
are asked on a terminal; never from the command line itself.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from desktop import __version__, cli_output
from storage.errors import StoreError

# The vault (SQLCipher, cryptography, Argon2) is imported by the commands that use it, not
# by ``baken`` starting the app (issue 16: start-up).
if TYPE_CHECKING:
    from desktop.session import Session
    from storage.vault import Store, Vault

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad invocation or input; exit 2."""


class DutchArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"baken: ongeldige aanroep: {message}\n")


class SecretInput:
    """Lines from --password-file (or stdin for '-'), else prompts on a terminal."""

    def __init__(self, path: str | None, stdin: TextIO | None = None) -> None:
        self._path = path
        self._stdin = stdin or sys.stdin
        self._lines: Iterator[str] | None = None

    def _file_lines(self) -> Iterator[str]:
        if self._path == "-":
            text = self._stdin.read()
        else:
            assert self._path is not None
            try:
                text = Path(self._path).read_text(encoding="utf-8-sig")
            except FileNotFoundError:
                raise UsageError("Het wachtwoordbestand bestaat niet.") from None
            except (OSError, UnicodeDecodeError):
                raise UsageError("Het wachtwoordbestand kan niet worden gelezen.") from None
        return iter(text.splitlines())

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if self._path is not None:
            if self._lines is None:
                self._lines = self._file_lines()
            try:
                value = next(self._lines)
            except StopIteration:
                raise UsageError(
                    f"Het wachtwoordbestand heeft te weinig regels (verwacht: {prompt.lower()})."
                ) from None
            if not value:
                raise UsageError(f"Lege regel in het wachtwoordbestand ({prompt.lower()}).")
            return value
        if not self._stdin.isatty():
            raise UsageError(
                "Geen wachtwoord opgegeven: gebruik --password-file BESTAND (of - voor "
                "standaardinvoer), of start de opdracht vanaf een terminal."
            )
        import getpass

        value = getpass.getpass(f"{prompt}: ")
        if confirm and getpass.getpass(f"{prompt} (nogmaals): ") != value:
            raise UsageError("De twee invoeren zijn niet gelijk.")
        if not value:
            raise UsageError("Lege invoer.")
        return value


def _vault(args: argparse.Namespace) -> Vault:
    from storage.vault import Vault, default_data_dir

    return Vault(Path(args.data_dir) if args.data_dir else default_data_dir())


def _secrets(args: argparse.Namespace) -> SecretInput:
    return SecretInput(getattr(args, "password_file", None))


# Commands that change the store take the data folder's writer lock (storage.folderlock):
# they wait a bounded time for the app or another writer, then exit 1. All other commands
# only read (their own audit row is one short transaction) and may run next to the app.
WRITER_COMMANDS = frozenset({"demo", "import-csv", "merge", "letter"})


def store_access(args: argparse.Namespace) -> str:
    command = getattr(args, "command", None)
    if command in WRITER_COMMANDS or (command == "retention" and getattr(args, "destroy", None)):
        return "write"
    return "read"


READ_ONLY_NOTE = (
    "baken: let op — in de gegevensmap kan niets worden geschreven (schijf vol of "
    "alleen-lezen). Baken heeft alleen gelezen; deze opdracht staat niet in het logboek."
)


def wait_before_attempt(vault: Vault) -> None:
    """The growing delay after failed attempts (``unlock-failures.json``), as in the app."""
    delay = vault.delay_seconds()
    if delay > 0:
        print(f"baken: na eerdere mislukte pogingen eerst {delay:.0f} s wachten.", file=sys.stderr)
        time.sleep(delay)


def open_store(
    args: argparse.Namespace, *, record: bool = True, read_only_fallback: bool = False
) -> Store:
    """Unlock the store named by --data-dir with the password from --password-file/terminal.

    ``read_only_fallback`` only for commands that show no personal data (verify, info): they
    still work on a full disk, unlogged, with a note on standard error."""
    vault = _vault(args)
    vault.read_keyfile()  # fail fast (no store / damaged) before asking for a password
    password = _secrets(args).read("Wachtwoord")
    wait_before_attempt(vault)
    vault.access = store_access(args)
    store = vault.unlock(password, record=record, read_only_fallback=read_only_fallback)
    if store.read_only:
        print(READ_ONLY_NOTE, file=sys.stderr)
    return store


def open_session(args: argparse.Namespace, *, record: bool = True) -> Session:
    """The session (every service) of the store named by --data-dir; close it when done."""
    from desktop.session import Session

    return Session(open_store(args, record=record))


# --- commands --------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    vault = _vault(args)
    if vault.exists():
        print("baken: in deze map staan al Baken-gegevens; er is niets gewijzigd.", file=sys.stderr)
        return EXIT_FAILED
    password = _secrets(args).read("Nieuw wachtwoord", confirm=True)
    initial = {}
    if args.organisation:
        initial["organisation.name"] = args.organisation
    if args.user:
        initial["user.name"] = args.user
    store, code = vault.init(password, password_only=args.password_only, initial_settings=initial)
    store.close()
    if args.password_only:
        print(
            "LET OP: modus 'alleen wachtwoord' — de sleutel hangt alleen af van uw wachtwoord, "
            "niet van de sleutelbos van deze computer.",
            file=sys.stderr,
        )
    with cli_output.delivering(CODE_NOT_SHOWN):
        print(f"Nieuwe opslag aangemaakt in {vault.data_dir}.")
        print("Herstelcode (eenmalig getoond; bewaar hem op papier, gescheiden van de laptop):")
        print(code)
    return EXIT_OK


CODE_NOT_SHOWN = (
    "De opslag is wel aangemaakt, maar de herstelcode is niet getoond: maak in de app "
    "(Instellingen) een nieuwe herstelcode aan."
)


def cmd_verify(args: argparse.Namespace) -> int:
    store = open_store(args, record=False, read_only_fallback=True)
    result = None
    try:
        result = store.verify()
    finally:
        store.close(record=result is not None and result.ok)
    print(result.summary())
    return EXIT_OK if result.ok else EXIT_FAILED


def cmd_info(args: argparse.Namespace) -> int:
    store = open_store(args, read_only_fallback=True)
    try:
        data = store.info()
    finally:
        store.close()
    data.update(_protection())
    import json

    json.dump(data, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return EXIT_OK


def _protection() -> dict[str, object]:
    """Issue 16: SQLCipher's memory security (process-wide) and the process hardening."""
    import storage.db
    from desktop import hardening

    return {"memory_security": storage.db.memory_security(), "hardening": hardening.report()}


def cmd_change_password(args: argparse.Namespace) -> int:
    vault = _vault(args)
    vault.read_keyfile()
    src = _secrets(args)
    old = src.read("Huidig wachtwoord")
    new = src.read("Nieuw wachtwoord", confirm=True)
    wait_before_attempt(vault)
    vault.change_password(old, new)
    print("Wachtwoord gewijzigd. De gegevens zelf zijn niet opnieuw versleuteld.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    vault = _vault(args)
    vault.read_keyfile(strict=False)  # a damaged key file may still hold a good recovery slot
    src = _secrets(args)
    code = src.read("Herstelcode")
    new = src.read("Nieuw wachtwoord", confirm=True)
    wait_before_attempt(vault)
    store = vault.recover(code, new, password_only=args.password_only)
    store.close()
    print(
        "Toegang hersteld: nieuw wachtwoord ingesteld en de sleutelbos op deze computer "
        "bijgewerkt. Uw herstelcode blijft geldig."
    )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    import importlib

    ui_app = importlib.import_module("ui.app")  # the GUI layer sits above desktop
    return int(ui_app.run(args))


# --- parser ----------------------------------------------------------------------------

Command = Callable[[argparse.Namespace], int]
# A feature's sub-command: (name, help, configure, handler); listed in desktop/commands.py.
CommandSpec = tuple[str, str, Callable[[argparse.ArgumentParser], None], Command]


def _common(p: argparse.ArgumentParser, password: bool = True) -> None:
    p.add_argument(
        "--data-dir",
        metavar="MAP",
        help="gegevensmap (standaard: BAKEN_DATA_DIR of de gebruikersmap van het OS)",
    )
    if password:
        p.add_argument(
            "--password-file",
            metavar="BESTAND",
            help="lees wachtwoord(en) regel voor regel uit BESTAND; - = standaardinvoer",
        )


def build_parser(extra: Sequence[CommandSpec] | None = None) -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="baken",
        description="Baken — versleuteld dossierbeheer voor de zorgcoördinator mensenhandel. "
        "Zonder opdracht start de app.",
    )
    parser.add_argument("--version", action="version", version=f"baken {__version__}")
    parser.add_argument("--data-dir", metavar="MAP", help="gegevensmap voor de app")
    parser.add_argument("--language", choices=["nl", "en"], help="taal van de app (standaard nl)")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start het venster, sluit na 1 seconde (voor bundeltests)",
    )
    sub = parser.add_subparsers(
        dest="command", metavar="OPDRACHT", parser_class=DutchArgumentParser
    )

    p = sub.add_parser("init", help="nieuwe versleutelde opslag aanmaken")
    _common(p)
    p.add_argument("--organisation", metavar="NAAM", help="naam van de organisatie")
    p.add_argument("--user", metavar="NAAM", help="naam van de gebruiker (voor het logboek)")
    p.add_argument(
        "--password-only",
        action="store_true",
        help="bewuste keuze: geen sleutelbos gebruiken (zie README)",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("verify", help="volledige controle: HMAC, structuur, verwijzingen, logboek")
    _common(p)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("info", help="JSON met schemaversie, aantallen en grootte")
    _common(p)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("change-password", help="wachtwoord wijzigen (oud, dan nieuw)")
    _common(p)
    p.set_defaults(func=cmd_change_password)

    p = sub.add_parser("recover", help="met de herstelcode een nieuw wachtwoord instellen")
    _common(p)
    p.add_argument(
        "--password-only",
        action="store_true",
        help="bewuste keuze: daarna geen sleutelbos gebruiken",
    )
    p.set_defaults(func=cmd_recover)

    for name, help_text, configure, handler in extra or []:
        p = sub.add_parser(name, help=help_text)
        configure(p)
        p.set_defaults(func=handler)
    return parser


class _NotTheApp(Exception):
    pass


class _AppOptions(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheApp  # the full parser then says what is wrong, as for any command


APP_OPTIONS = {"--data-dir": None, "--language": ("nl", "en")}  # option: allowed values


def _plain_app_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The app's options written out in full (``--data-dir D``, ``--language=en``,
    ``--smoke-test``), read without building a parser; None for anything else."""
    found: dict[str, str | None] = {"data_dir": None, "language": None}
    smoke = False
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--smoke-test":
            smoke = True
            continue
        name, eq, value = arg.partition("=")
        if name not in APP_OPTIONS:
            return None
        if not eq:
            if not args or args[0].startswith("-"):
                return None
            value = args.pop(0)
        allowed = APP_OPTIONS[name]
        if allowed is not None and value not in allowed:
            return None
        found[name[2:].replace("-", "_")] = value
    return argparse.Namespace(**found, smoke_test=smoke)


def _gui_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The app's options when no sub-command is named (the GUI then starts without
    loading, or even listing, the commands); None for anything else (a command,
    ``--help``, ``--version``, a bad option), which the full parser handles."""
    plain = _plain_app_options(argv)
    if plain is not None:
        return plain  # the usual start: no parser to build (argparse's gettext look-ups)
    pre = _AppOptions(add_help=False)
    pre.add_argument("--data-dir")
    pre.add_argument("--language", choices=["nl", "en"])
    pre.add_argument("--smoke-test", action="store_true")
    try:
        args, rest = pre.parse_known_args(list(argv))
    except _NotTheApp:
        return None
    return None if rest else args


def _run(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    from desktop import hardening

    hardening.apply()  # issue 16: no core dumps, not dumpable/attachable; never raises
    args = _gui_args(argv)
    if args is None:
        from desktop.commands import extra_commands

        args = build_parser(extra_commands()).parse_args(argv)
    func: Command = getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except UsageError as exc:
        print(f"baken: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as exc:
        print(f"baken: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("baken: afgebroken.", file=sys.stderr)
        return EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    """The ``baken`` entry point: every invocation runs under the output contract
    (desktop.cli_output): OS errors on output become exit 1 with a Dutch message, a closed
    pipe ends quietly, never a traceback."""
    return cli_output.guard(lambda: _run(argv))
