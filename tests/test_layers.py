"""Layer rule: ui -> desktop -> storage, never back; no QtWidgets below ui; SQL only in storage."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# SQL is written in upper case throughout storage/, so upper-case keywords mark it.
SQL_RE = re.compile(
    r"\b(SELECT\s.+?\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+(TABLE|INDEX|TRIGGER|VIRTUAL))\b",
    re.DOTALL,
)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def _py(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


FORBIDDEN = {
    "storage": ("desktop", "ui", "PySide6"),
    "desktop": ("ui", "PySide6.QtWidgets", "PySide6.QtGui"),
    # Nothing above desktop/ touches storage/ (error types and names come re-exported
    # from desktop/: desktop.errors, desktop.vault, desktop.session).
    "ui": ("storage",),
}
# desktop.cli may start the GUI lazily (cmd_gui): the one documented exception.
ALLOWED = {("desktop", "cli.py", "ui.app")}


def violations(root: Path) -> list[str]:
    """Every import in ``root/<package>/`` that points the wrong way (also lazy imports
    inside functions and ``import_module("...")`` with a literal name)."""
    bad = []
    for package, forbidden in FORBIDDEN.items():
        for path in sorted((root / package).rglob("*.py")):
            for name in _imports(path):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    if (package, path.name, name) in ALLOWED:
                        continue
                    bad.append(f"{path.relative_to(root)} imports {name}")
    return bad


def test_import_direction() -> None:
    bad = violations(ROOT)
    assert not bad, "\n".join(bad)


def test_checker_sees_a_violation(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from ui.app import run\nimport PySide6.QtWidgets\n", encoding="utf-8")
    assert {"ui.app", "PySide6.QtWidgets"} <= _imports(sample)


def test_checker_catches_a_planted_ui_to_storage_import(tmp_path: Path) -> None:
    """A planted tree with one ui -> storage import of each kind: all are reported."""
    (tmp_path / "ui" / "pages").mkdir(parents=True)
    (tmp_path / "storage").mkdir()
    (tmp_path / "desktop").mkdir()
    (tmp_path / "ui" / "ok.py").write_text("from desktop.errors import StoreError\n", "utf-8")
    (tmp_path / "ui" / "pages" / "bad.py").write_text(
        "from storage.vault import Vault\n"
        "import storage.backup\n"
        "def later():\n"
        "    from storage import settings\n"
        "    import importlib\n"
        "    importlib.import_module('storage.audit')\n",
        "utf-8",
    )
    bad = violations(tmp_path)
    assert sorted(bad) == sorted(
        f"ui/pages/bad.py imports {n}"
        for n in ("storage.vault", "storage.backup", "storage", "storage.audit")
    )
    assert not any("ok.py" in line for line in bad)


def _dynamic_imports(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in ("__import__", "import_module"):
                out.append(node.lineno)
    return out


def test_no_wiring_by_dynamic_import() -> None:
    """Features are listed with ordinary imports (ui/features.py, desktop/commands.py);
    the GUI start in desktop/cli.py is the one documented exception."""
    bad = []
    for package in ("storage", "desktop", "ui"):
        for path in _py(package):
            if package == "desktop" and path.name == "cli.py":
                continue
            bad += [f"{path.relative_to(ROOT)}:{line}" for line in _dynamic_imports(path)]
    assert not bad, "dynamic imports: " + ", ".join(bad)


def test_no_sql_outside_storage() -> None:
    bad = []
    for package in ("desktop", "ui"):
        for path in _py(package):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and SQL_RE.search(node.value)
                ):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not bad, "SQL outside storage/: " + ", ".join(bad)
    assert SQL_RE.search("SELECT id FROM persons")


def test_ui_opens_no_transaction_or_connection() -> None:
    """Transactions belong to the services: the UI never reaches a service's ``db``."""
    bad = []
    for path in _py("ui"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("db", "transaction"):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}")
    assert not bad, "ui/ reaches the database: " + ", ".join(bad)


def test_the_unlock_window_does_not_load_the_wizard_or_the_exchange() -> None:
    """Start-up loads what the unlock window needs: registering the wizard's alternative
    first step (ui/first_steps.py) and the inbox watcher must not pull in the wizard or the
    exchange code (pyrage, the signing keys) before the window shows; nor the vault, the
    session, the drafts, SQLCipher, cryptography, Argon2 or the keyring (issue 16: they load
    when unlocking starts, or on a background thread once the window shows)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from ui.app import make_app\n"
        "from ui.context import AppContext\n"
        "from ui.features import install\n"
        "from ui.main_window import MainWindow\n"
        "from ui.app import app_vault\n"
        "app = make_app()\n"
        "ctx = AppContext(app_vault(sys.argv[1]), 'nl')\n"
        "install(ctx)\n"
        "MainWindow(ctx)\n"
        "heavy = ('ui.wizard', 'desktop.exchange', 'pyrage', 'storage.vault', 'storage.db',\n"
        "         'storage.keys', 'desktop.session', 'desktop.drafts', 'ui.drafts',\n"
        "         'sqlcipher3', 'cryptography', 'argon2', 'keyring')\n"
        "print(sorted(m for m in sys.modules if m in heavy))\n"
    )
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [sys.executable, "-c", code, tmp],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            timeout=60,
        )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout


def test_the_command_line_loads_the_vault_only_for_its_commands() -> None:
    """``baken`` without a command starts the app: importing desktop.cli (and parsing the
    app's options) loads neither the vault nor the sub-command modules (issue 16)."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from desktop import cli\n"
        "args = cli._gui_args(['--data-dir', 'x', '--language', 'en'])\n"
        "assert args is not None and (args.data_dir, args.language) == ('x', 'en')\n"
        "heavy = ('storage.vault', 'storage.db', 'desktop.commands', 'desktop.cli_cases')\n"
        "print(sorted(m for m in sys.modules if m in heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ),
        timeout=60,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout
