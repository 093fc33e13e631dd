"""Every audit action the code writes has a readable label in the Logboek (Dutch, and
English through the translation): the literal names and the ``<kind>.<verb>`` names the
record services build. Found by scanning the source, so a new action without a label fails
here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ui.pages.audit_labels import action_label, known, origin_label, result_label

ROOT = Path(__file__).resolve().parent.parent
AUDIT_FUNCS = {"audit", "_audit"}
ACTION_KW_FUNCS = {"append", "_open", "lock", "close", "_update", "init"}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _strings(node: ast.expr | None) -> list[str]:
    """String constants an action argument can take (``x``, ``a or "b"``, ``"a" if c else "b"``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.BoolOp):
        return [s for v in node.values for s in _strings(v)]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def scan() -> tuple[set[str], set[str], set[str], list[str]]:
    """(literal actions, record kinds, update verbs, f-string patterns) in the source."""
    actions: set[str] = set()
    kinds: set[str] = set()
    verbs: set[str] = {"create", "update", "view"}
    patterns: list[str] = []
    files = [p for d in ("desktop", "storage", "ui") for p in sorted((ROOT / d).rglob("*.py"))]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            targets = (
                node.targets
                if isinstance(node, ast.Assign)
                else [node.target]
                if isinstance(node, ast.AnnAssign)
                else []
            )
            is_specs = any(_name(t) in ("_SPECS", "SPECS") for t in targets)
            if is_specs and isinstance(node.value, ast.Dict):
                for v in node.value.values:
                    if isinstance(v, ast.Tuple) and len(v.elts) >= 2:
                        kinds.update(_strings(v.elts[1]))
            if isinstance(node, ast.FunctionDef):  # defaults: audit_action="init"
                args = node.args.args[-len(node.args.defaults) :] if node.args.defaults else []
                for arg, default in zip(args, node.args.defaults, strict=False):
                    if arg.arg == "audit_action":
                        actions.update(_strings(default))
                for arg, default in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True):
                    if arg.arg == "audit_action":
                        actions.update(_strings(default))
            if not isinstance(node, ast.Call):
                continue
            fn = _name(node.func)
            candidates: list[ast.expr] = []
            if fn in AUDIT_FUNCS and node.args:
                candidates.append(node.args[0])
            for kw in node.keywords:
                if kw.arg == "audit_action" or (kw.arg == "action" and fn in ACTION_KW_FUNCS):
                    if fn == "_update":
                        verbs.update(_strings(kw.value))
                    else:
                        candidates.append(kw.value)
            if fn == "_save_placement" and len(node.args) >= 2:
                verbs.update(_strings(node.args[1]))
            for cand in candidates:
                if isinstance(cand, ast.JoinedStr):
                    patterns.append(ast.unparse(cand))
                else:
                    actions.update(_strings(cand))
    return actions, kinds, verbs, patterns


def test_the_scan_finds_the_actions_it_should() -> None:
    actions, kinds, verbs, patterns = scan()
    # a few anchors, so a broken scan cannot pass by finding nothing
    assert {"note.delete", "person.dossiers", "lock_idle", "handover_export", "unlock"} <= actions
    assert {"note", "dossier", "placement", "consent"} <= kinds
    assert {"close", "withdraw", "decide", "phase"} <= verbs
    assert len(actions) > 60


def test_every_written_action_has_a_label() -> None:
    actions, kinds, verbs, patterns = scan()
    missing = sorted(a for a in actions if not known(a))
    assert missing == [], f"no Logboek label for: {missing}"
    # the dynamic names: only these patterns exist, and every kind x verb is labelled
    assert set(patterns) <= {"f'{kind}.create'", "f'{kind}.{action}'", "f'{kind}.view'"}, patterns
    dynamic = sorted(f"{k}.{v}" for k in kinds for v in verbs if not known(f"{k}.{v}"))
    assert dynamic == [], f"no Logboek label for: {dynamic}"


@pytest.mark.parametrize(
    ("action", "label"),
    [
        ("note.create", "Notitie aangemaakt"),
        ("person.dossiers", "Andere dossiers van de persoon bekeken"),
        ("consent.withdraw", "Toestemming ingetrokken"),
        ("placement.place", "Plaatsing: cliënt geplaatst"),
        ("organisation.address_reveal", "Geheim adres getoond"),
        ("lock_idle", "Automatisch vergrendeld (geen activiteit)"),
    ],
)
def test_dutch_labels(action: str, label: str) -> None:
    assert action_label(action) == label


def test_unknown_action_falls_back_readably() -> None:
    assert not known("frobnicate.widget_x")
    assert action_label("frobnicate.widget_x") == "Frobnicate widget x (frobnicate.widget_x)"
    assert result_label("ok") == "gelukt" and result_label("mislukt") == "mislukt"
    assert origin_label("vm", "vm") == "deze computer (vm)"
    assert origin_label("laptop-2", "vm") == "andere computer (laptop-2)"
