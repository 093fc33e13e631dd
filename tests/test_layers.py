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
}


def test_import_direction() -> None:
    bad = []
    for package, forbidden in FORBIDDEN.items():
        for path in _py(package):
            for name in _imports(path):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    # desktop.cli may start the GUI lazily (cmd_gui), nothing else may.
                    if path.name == "cli.py" and name == "ui.app":
                        continue
                    bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not bad, "\n".join(bad)


def test_checker_sees_a_violation(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from ui.app import run\nimport PySide6.QtWidgets\n", encoding="utf-8")
    assert {"ui.app", "PySide6.QtWidgets"} <= _imports(sample)


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
