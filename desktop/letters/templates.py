"""Letter templates: editable JSON data in ``resources/templates/*.json``.

A template names its sections and fields (with the minimal set ticked by default), its
texts, the consent purposes that cover it and whether a recipient is needed. Files whose
name starts with ``_`` hold shared data (labels), not templates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from desktop import messages as M
from desktop.resources import resource_path
from storage.errors import ValidationError

LAYOUTS = ("letter", "form")


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    default: bool = False
    input: bool = False  # typed in by the coordinator when making the letter
    long: bool = False  # rendered as a paragraph under its label


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    fields: tuple[FieldSpec, ...]


@dataclass(frozen=True)
class Signature:
    label: str
    lines: tuple[str, ...] = ()
    prefill_signer: bool = False


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    description: str
    language: str
    layout: str
    purposes: tuple[str, ...]
    consent_required: bool
    recipient_required: bool
    any_recipient_consent: bool
    subject: str
    sections: tuple[SectionSpec, ...]
    salutation: str = ""
    intro: tuple[str, ...] = ()
    closing: tuple[str, ...] = ()
    regards: str = ""
    statements_title: str = ""
    statements: tuple[str, ...] = ()
    signatures: tuple[Signature, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for s in self.sections for f in s.fields)

    @property
    def field_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    @property
    def default_fields(self) -> frozenset[str]:
        return frozenset(f.key for f in self.fields if f.default)

    @property
    def input_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.input)


def _strs(value: Any, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{what}: expected a list of strings")
    return tuple(value)


def parse_template(data: dict[str, Any]) -> Template:
    """Build a Template from parsed JSON; ``ValueError`` names what is wrong."""
    try:
        sections = tuple(
            SectionSpec(
                key=str(s["key"]),
                title=str(s["title"]),
                fields=tuple(
                    FieldSpec(
                        key=str(f["key"]),
                        label=str(f["label"]),
                        default=bool(f.get("default", False)),
                        input=bool(f.get("input", False)),
                        long=bool(f.get("long", False)),
                    )
                    for f in s["fields"]
                ),
            )
            for s in data["sections"]
        )
        tpl = Template(
            name=str(data["name"]),
            title=str(data["title"]),
            description=str(data.get("description", "")),
            language=str(data.get("language", "nl")),
            layout=str(data.get("layout", "letter")),
            purposes=_strs(data.get("purposes", []), "purposes"),
            consent_required=bool(data.get("consent_required", True)),
            recipient_required=bool(data.get("recipient_required", True)),
            any_recipient_consent=bool(data.get("any_recipient_consent", False)),
            subject=str(data.get("subject", "")),
            sections=sections,
            salutation=str(data.get("salutation", "")),
            intro=_strs(data.get("intro", []), "intro"),
            closing=_strs(data.get("closing", []), "closing"),
            regards=str(data.get("regards", "")),
            statements_title=str(data.get("statements_title", "")),
            statements=_strs(data.get("statements", []), "statements"),
            signatures=tuple(
                Signature(
                    label=str(s["label"]),
                    lines=_strs(s.get("lines", []), "signature lines"),
                    prefill_signer=bool(s.get("prefill_signer", False)),
                )
                for s in data.get("signatures", [])
            ),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"template incomplete: {exc}") from None
    if tpl.layout not in LAYOUTS:
        raise ValueError(f"unknown layout {tpl.layout!r}")
    if tpl.language not in ("nl", "en"):
        raise ValueError(f"unknown language {tpl.language!r}")
    keys = tpl.field_keys
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate field keys")
    if tpl.consent_required and not tpl.purposes:
        raise ValueError("a template that needs consent must name its purposes")
    return tpl


@cache
def load_templates() -> tuple[Template, ...]:
    """All templates, sorted by name (cached; resources are read-only)."""
    out = []
    for path in sorted(resource_path("templates").glob("*.json")):
        if path.name.startswith("_"):
            continue
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        try:
            out.append(parse_template(data))
        except ValueError as exc:
            raise ValueError(f"{path.name}: {exc}") from None
    return tuple(sorted(out, key=lambda t: t.name))


def get_template(name: str) -> Template:
    for tpl in load_templates():
        if tpl.name == name:
            return tpl
    raise ValidationError(M.LETTERS_NO_TEMPLATE, "template")


@cache
def labels() -> dict[str, Any]:
    with open(resource_path("templates", "_labels.json"), encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data
