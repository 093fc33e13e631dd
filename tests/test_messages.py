"""Translatable messages: every error and validation message of desktop/ and storage/ has a
catalog id and parameters, and the English UI shows it without Dutch.

- every catalog entry, rendered with dummy parameters, is English in the English UI;
- every validation function, fed records that break each field, produces only catalog
  messages, all English in the English UI;
- real flows: an invalid intake shown in English next to its fields; a StoreError from a
  wrong password shown in English by the unlock screen and by ``error_text``;
- a scan of storage/ and desktop/ for ``SomeError("literal text")`` (so no new untranslatable
  message can sneak in), and proof that the scan catches one.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import typing
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop import messages as M
from desktop.care import validation as care_validation
from desktop.cases import validation as cases_validation
from desktop.cases.validation import FieldErrors
from storage.errors import NoStoreError, StoreError, ValidationError, WrongSecretError
from tests import translations
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parent.parent

# Words that are Dutch and not English; any of them in an English message means a Dutch
# text (or a Dutch parameter) got through.
DUTCH = frozenset(
    [
        "de",
        "het",
        "een",
        "niet",
        "geen",
        "deze",
        "dit",
        "van",
        "voor",
        "vóór",
        "ligt",
        "kies",
        "bestaat",
        "gegevens",
        "wordt",
        "zijn",
        "er",
        "heeft",
        "naar",
        "bij",
        "uit",
        "ook",
        "nog",
        "om",
        "te",
        "met",
        "hoort",
        "mislukt",
        "gewijzigd",
        "verplicht",
        "ongeldige",
        "ongeldig",
        "dossier",
        "dossiers",
        "bestand",
        "wachtwoord",
        "sleutelbos",
        "opvang",
        "nazorg",
        "datum",
        "toestemming",
        "herstelcode",
        "waarde",
        "keuze",
        "tekens",
        "vul",
        "gebruik",
    ]
)
# Entries whose English is the Dutch (names, codes, placeholders only).
SAME_IN_ENGLISH = frozenset(
    {"Alias", "E-mail", "Plan", "Status", "{first} {second}", "Postcode", "Website"}
)


def dutch_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if w in DUTCH}


def dummy_params(msg: M.Msg) -> dict[str, M.Param]:
    return {
        name: M.LABEL_VOORNAAM if name == "label" else (7 if name != "field" else "until")
        for name in msg.placeholders
    }


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    from ui.app import install_translators

    install_translators(qapp, "en")
    yield
    install_translators(qapp, "nl")


# -- the catalog ---------------------------------------------------------------------------


def test_catalog_ids_are_unique_stable_names_and_cover_storage_and_desktop() -> None:
    cat = M.catalog()
    assert len(cat) > 250
    for msg_id, msg in cat.items():
        assert re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)+", msg_id), msg_id
        assert msg.nl.strip() and msg.nl == msg.nl.strip(), msg_id
    assert cat["store.wrong_secret"] is M._storage.WRONG_SECRET  # storage entries included
    assert cat["validation.required"] is M.V_REQUIRED


def test_error_keeps_dutch_str_and_carries_id_and_params() -> None:
    err = ValidationError(M.V_TOO_LONG, "notes", label=M.LABEL_OPMERKINGEN, max_len=200)
    assert str(err) == "Opmerkingen is te lang (maximaal 200 tekens)."
    assert err.msg_id == "validation.too_long" and err.field == "notes"
    assert dict(err.params) == {"label": M.LABEL_OPMERKINGEN, "max_len": 200}
    assert str(WrongSecretError()) == "Onjuist wachtwoord of herstelcode."
    assert WrongSecretError().msg_id == "store.wrong_secret"


def test_every_catalog_entry_is_translated_with_its_placeholders() -> None:
    ts = {
        m.source: m
        for m in translations.messages(translations.ts_path("en"))
        if m.context == "Messages"
    }
    for msg in M.catalog().values():
        entry = ts.get(msg.nl)
        assert entry is not None, f"not in the .ts: {msg.id}"
        assert entry.translation and not entry.kind, f"not translated: {msg.id}"
        assert M.placeholders(entry.translation) == msg.placeholders, msg.id


def test_every_catalog_entry_is_english_in_the_english_ui(english) -> None:  # type: ignore[no-untyped-def]
    from ui.messages import message_text

    for msg in M.catalog().values():
        text = msg(**dummy_params(msg))
        shown = message_text(StoreError(text))
        assert not dutch_words(shown), f"{msg.id}: {shown!r}"
        if msg.nl not in SAME_IN_ENGLISH:
            assert shown != str(text), f"{msg.id} is shown in Dutch: {shown!r}"


def test_dutch_ui_shows_the_dutch_text() -> None:
    from ui.messages import message_text

    err = ValidationError(M.V_REQUIRED, "x", label=M.LABEL_VOORNAAM)
    assert message_text(err) == "Voornaam is verplicht." == str(err)
    assert message_text("al vertaald") == "al vertaald"


# -- every validation path -----------------------------------------------------------------


def _validators() -> Iterator[tuple[str, Callable[..., None], type]]:
    for module in (cases_validation, care_validation):
        for name, fn in vars(module).items():
            if name.startswith("validate_") and fn.__module__ == module.__name__:
                hints = typing.get_type_hints(fn)
                first = next(iter(hints.values()))
                yield name, fn, first


def _variants(cls: type) -> Iterator[object]:
    """Records that break every field in turn: empty, invalid characters, too long, too old,
    in the future, unknown choices, duplicates, bad references, out-of-range numbers."""
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if f.name not in ("id",)]
    far_past, far_future = date(1800, 1, 1), date(2999, 1, 1)
    per_type: dict[str, list[object]] = {  # the first kind found in the annotation wins
        "tuple": [(), ("??",), ("??", "??"), "nope", *_duplicates()],
        "date": [None, far_past, far_future, "nope"],
        "bool": [True, False, "nope"],
        "int": [-5, 100_000, 5000],
        "str": ["", "\x01", "a\nb", "x" * 200_001, "nope", "??"],
    }
    yield cls()
    for f in fields:
        kind = next((k for k in per_type if k in str(hints[f.name])), None)
        if kind is None:
            continue
        for value in per_type[kind]:
            with_value = {f.name: value}
            try:
                yield cls(**with_value)
            except (TypeError, ValueError):
                continue
    # Pairs of dates in the wrong order and status combinations that need other fields.
    date_fields = [f.name for f in fields if "date" in str(hints[f.name])]
    for a in date_fields:
        for b in date_fields:
            if a != b:
                yield cls(**{a: date(2020, 6, 1), b: date(2020, 1, 1)})
    for f in fields:
        if f.name in ("status", "phase", "kind", "purpose", "outcome"):
            for value in _choices(f.name):
                yield cls(**{f.name: value})


def _duplicates() -> list[tuple[str, str]]:
    from desktop.care import model as c
    from desktop.cases import model as m

    return [(m.FORMS[0], m.FORMS[0]), (c.TARGET_GROUPS[0], c.TARGET_GROUPS[0])]


def _choices(field: str) -> tuple[str, ...]:
    from desktop.care import model as c
    from desktop.cases import model as m

    pools = {
        "status": (*m.STATUSES, *c.PLACEMENT_STATUSES, *c.ACTION_STATUSES, "gesloten"),
        "phase": m.PHASES,
        "kind": (*m.DECISIONS, "evaluatie", "x"),
        "purpose": m.CONSENT_PURPOSES,
        "outcome": c.CHECKIN_OUTCOMES,
    }
    return tuple(pools.get(field, ()))


def _validation_messages() -> list[str]:
    found: list[str] = []
    for _name, fn, cls in _validators():
        if cls is dict or not dataclasses.is_dataclass(cls):
            continue
        for record in _variants(cls):
            try:
                fn(record, date(2026, 12, 1))
            except FieldErrors as err:
                found.extend(message for _, message in err.errors)
    for scores in ({"x": 1}, {"huisvesting": 9}, {"huisvesting": True}):
        try:
            care_validation.validate_scores(scores, date(2026, 12, 1))  # type: ignore[arg-type]
        except FieldErrors as err:
            found.extend(message for _, message in err.errors)
    return found


def test_every_validation_message_is_a_catalog_message_in_english(english) -> None:  # type: ignore[no-untyped-def]
    from ui.messages import message_text

    found = _validation_messages()
    ids = set()
    for message in found:
        assert isinstance(message, M.Text) and message.msg is not None, message
        ids.add(message.msg_id)
        shown = message_text(message)
        if message.msg_id == "validation.scores.range":
            shown = shown.replace(str(message.params["domain"]), "X")  # the Dutch domain name
        assert not dutch_words(shown), f"{message.msg_id}: {shown!r}"
        assert shown != str(message) or not dutch_words(str(message)), shown
    # The generic checks and a good share of the record-specific ones were reached.
    generic = {m.id for m in M.catalog().values() if m.id.count(".") == 1}
    generic &= {i for i in M.catalog() if i.startswith("validation.")}
    assert generic <= ids, sorted(generic - ids)
    assert len(ids) >= 45, sorted(ids)


# -- real flows in the English UI ----------------------------------------------------------


def test_error_text_shows_store_errors_in_english(english) -> None:  # type: ignore[no-untyped-def]
    from ui.operations import error_text

    assert error_text(WrongSecretError()) == "Wrong password or recovery code."
    text = error_text(NoStoreError(M._storage.VAULT_NO_STORE))
    assert text.startswith("This folder holds no Baken data.")
    assert "Something went wrong" in error_text(RuntimeError("Dutch text with a name"))


def test_wrong_password_is_shown_in_english_on_unlock(qtbot, english, vault) -> None:  # type: ignore[no-untyped-def]
    from ui.context import AppContext
    from ui.main_window import MainWindow

    store, _ = vault.init(PASSWORD)
    store.close()
    win = MainWindow(AppContext(vault, "en"))
    qtbot.addWidget(win)
    win.start()
    win.unlock_view.password.setText("not the password at all")
    qtbot.keyClick(win.unlock_view.password, Qt.Key.Key_Return)
    error = win.unlock_view.error
    # unlocking runs on a worker now: "Unlocking…" first, then the outcome
    qtbot.waitUntil(lambda: "Wrong password" in error.text(), timeout=20_000)
    assert not dutch_words(error.text())


def test_invalid_intake_is_shown_in_english_next_to_the_fields(qtbot, english, vault) -> None:  # type: ignore[no-untyped-def]
    from desktop.cases import CaseService
    from ui.cases.intake import IntakeDialog
    from ui.context import AppContext

    store, _ = vault.init(PASSWORD)
    try:
        ctx = AppContext(vault, "en")
        dlg = IntakeDialog(ctx, CaseService(store), None)
        qtbot.addWidget(dlg)
        dlg.show()
        form = dlg.form
        qtbot.keyClicks(form.birth_date, "01-01-2999")
        qtbot.keyClicks(form.nationality, "xx")
        dlg.save()
        assert dlg.created is None
        shown = {name: form.errors[name].text() for name in ("alias", "birth_date", "nationality")}
        assert shown["alias"] == "Enter a name or an alias."
        assert shown["birth_date"] == "Date of birth is in the future."
        assert shown["nationality"] == "Nationality: choose a country from the list."
        for text in shown.values():
            assert not dutch_words(text), text
    finally:
        store.close()


# -- no literal messages left in storage/ and desktop/ ------------------------------------

# Raised with a literal text on purpose: programming errors (English, never shown), the
# CLI's usage and output errors (Dutch, printed by the CLI only, never reach the UI:
# desktop/cli.py, desktop/cli_output.py), internal signals (DatabaseError in retention), and
# the audit anchor's detail (shown only inside the details of `baken verify`, like its checks).
ALLOWED_LITERAL = frozenset(
    {
        "ValueError",
        "TypeError",
        "KeyError",
        "RuntimeError",
        "DatabaseError",
        "UsageError",
        "OutputError",
        "OutputFileError",
        "AnchorError",
    }
)


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


# Validation checker calls (``c``/``k`` is a ``_Checker``): index of the message or label.
_CHECKER_ARG = {"fail": 1, "order": 3, "text": 2, "choice": 2, "keys": 2, "day": 2, "ref": 2}


def literal_messages(source: str, filename: str = "<src>") -> list[str]:
    """``SomeError("text")``/``f"..."``, ``Text("text")`` and a validation message or label
    given as a literal: the UI cannot translate those (they have no catalog entry)."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if _is_literal(node.args[0]) and (
            name == "Text"
            or (re.search(r"(Error|Exception|Cancelled)$", name) and name not in ALLOWED_LITERAL)
        ):
            found.append(f"{filename}:{node.lineno} {name}(literal)")
        receiver = getattr(func, "value", None)
        index = _CHECKER_ARG.get(name)
        if (
            index is not None
            and isinstance(receiver, ast.Name)
            and receiver.id in ("c", "k")
            and len(node.args) > index
            and _is_literal(node.args[index])
        ):
            found.append(f"{filename}:{node.lineno} {name}(literal message or label)")
    return found


def test_no_literal_error_messages_in_storage_and_desktop() -> None:
    found = []
    for top in ("storage", "desktop"):
        for path in sorted((ROOT / top).rglob("*.py")):
            if path.name == "messages.py":
                continue
            found += literal_messages(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "use a catalog message (desktop/messages.py):\n" + "\n".join(found)


def test_the_scan_catches_literal_messages() -> None:
    src = """
raise StoreError("De opslag is vergrendeld.")
raise ValidationError(f"Dossier {n} bestaat niet.", "ids")
c.fail("alias", "Vul een naam in.")
c.text(p.first_name, "first_name", "Voornaam")
c.order(a, b, "end", "Het einde ligt voor het begin.")
raise ValueError("programming error")
raise StoreError(M.VAULT_LOCKED)
c.text(p.first_name, "first_name", M.LABEL_VOORNAAM)
"""
    found = literal_messages(src)
    assert [f.split(" ", 1)[0] for f in found] == [f"<src>:{n}" for n in (2, 3, 4, 5, 6)]


def test_refused_document_is_shown_in_english(qtbot, english, vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.letters_demo import populate
    from ui.cases.dossier_tabs import DossierTabContext
    from ui.context import AppContext
    from ui.letters.tabs import DocumentsTab

    store, _ = vault.init(PASSWORD)
    demo = populate(store, logo=False)
    ctx = AppContext(vault, "en")
    ctx.set_store(store)
    try:
        tab = DocumentsTab(DossierTabContext(ctx, ctx.session.cases, demo.dossier_id))
        qtbot.addWidget(tab)
        bad = tmp_path / "not-a.pdf"
        bad.write_bytes(b"MZ not a pdf")
        assert not tab.add_file(bad)
        assert tab.error.text() == "Only PDF, JPG and PNG files can be added."
    finally:
        ctx.lock()


def test_a_missing_parameter_or_broken_template_never_raises() -> None:
    err = ValidationError(M.CSV_ERRORS, "bestand")  # count forgotten
    assert str(err) == "Er zijn {count} fouten; er is niets geïmporteerd."
    assert str(M.Msg("x.broken", "Kapot {0.x} sjabloon {")(a=1)) == "Kapot {0.x} sjabloon {"
