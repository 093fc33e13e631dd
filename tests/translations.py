"""Translations pipeline: ``./dev.sh translations`` (= python -m tests.translations).

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate`` string of
   ``ui/`` into ``resources/translations/baken_en.ts`` (Dutch is the source language).
   The error and validation messages of ``desktop/`` and ``storage/`` are no ``tr()`` calls:
   every entry of ``desktop.messages.catalog()`` is written as one
   ``QT_TRANSLATE_NOOP("Messages", <Dutch template>)`` line into a temporary file that is
   handed to lupdate with the sources (nothing generated is checked in, so it cannot go
   stale); ``ui/messages.py`` translates them at run time in the same context.
2. Translators fill in the English in the .ts (Qt Linguist: ``.venv/bin/pyside6-linguist``).
3. ``pyside6-lrelease`` compiles it to ``baken_en.qm``, which the app loads for ``--language en``.

Exit code 1 (and a list) when a message is still unfinished. ``--check`` runs lupdate into a
temporary copy and reports, without changing any file (used by the tests).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en", "nl")  # nl: only the plural forms of the Dutch source (-pluralonly)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} niet gevonden; installeer de ontwikkelomgeving (./dev.sh test).")
    return found


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str) -> Path:
    return TS_DIR / f"baken_{language}.ts"


def qm_path(language: str) -> Path:
    return TS_DIR / f"baken_{language}.qm"


def catalog_source() -> str:
    """A Python file lupdate can read: one QT_TRANSLATE_NOOP per message of the catalog."""
    from desktop.messages import catalog

    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for msg in sorted(catalog().values(), key=lambda m: m.id):
        lines.append(f'QT_TRANSLATE_NOOP("Messages", {json.dumps(msg.nl, ensure_ascii=False)})')
    return "\n".join(lines) + "\n"


def lupdate(ts: Path, language: str) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        messages_py = Path(tmp) / "messages_catalog.py"
        messages_py.write_text(catalog_source(), encoding="utf-8")
        _lupdate([*[str(p.relative_to(ROOT)) for p in sources()], str(messages_py)], ts, language)


def _lupdate(files: list[str], ts: Path, language: str) -> None:
    cmd = [
        tool("pyside6-lupdate"),
        *files,
        "-source-language",
        "nl_NL",
        "-target-language",
        language,
        "-locations",
        "none",
        "-no-obsolete",
        *(["-pluralonly"] if language == "nl" else []),
        "-ts",
        str(ts),
    ]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )


def messages(ts: Path) -> list[Message]:
    root = ET.parse(ts).getroot()  # noqa: S314 - our own file
    found = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            text = (tr.text or "") if tr is not None else ""
            if tr is not None and msg.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")]
                text = "" if not all(f.strip() for f in forms) else " | ".join(forms)
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if not text.strip() and not kind:
                kind = "unfinished"
            found.append(Message(name, msg.findtext("source") or "", text, kind))
    return found


def problems(ts: Path) -> list[Message]:
    return [m for m in messages(ts) if m.kind in ("unfinished", "vanished", "obsolete")]


def check(language: str) -> list[Message]:
    """Run lupdate on the current sources into a copy; return what is not translated."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts_path(language).name
        if ts_path(language).exists():
            shutil.copy2(ts_path(language), copy)
        lupdate(copy, language)
        return problems(copy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Vertalingen bijwerken (lupdate + lrelease)")
    parser.add_argument("--check", action="store_true", help="alleen controleren")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        if args.check:
            todo = check(language)
        else:
            lupdate(ts_path(language), language)
            lrelease(ts_path(language), qm_path(language))
            todo = problems(ts_path(language))
            print(f"{ts_path(language).relative_to(ROOT)} -> {qm_path(language).name}")
        for m in todo:
            print(f"  onvertaald [{language}] {m.context}: {m.source[:70]!r}")
        if todo:
            print(f"{len(todo)} onvertaalde teksten ({language}).", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
