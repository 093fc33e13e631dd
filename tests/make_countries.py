"""Regenerate resources/countries.json from Debian's iso-codes (ISO 3166-1 + Dutch names).

    python -m tests.make_countries      (needs the iso-codes package: /usr/share/iso-codes)

The JSON holds, per ISO 3166-1 alpha-2 code, the Dutch and English short names and a few
extra spellings people type (Dutch and English). iso-codes is LGPL-2.1+; the names are facts
from ISO 3166 and its Dutch translation team. XK (Kosovo) is added by hand: user-assigned,
but used by the EU and the Dutch authorities.
"""

from __future__ import annotations

import gettext
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/iso-codes/json/iso_3166-1.json")

# Friendlier short names where the ISO form reads like a treaty title.
NL_NAMES = {
    "BO": "Bolivia",
    "CD": "Congo-Kinshasa (DR Congo)",
    "CG": "Congo-Brazzaville",
    "FM": "Micronesië",
    "KR": "Zuid-Korea",
    "KP": "Noord-Korea",
    "LA": "Laos",
    "MD": "Moldavië",
    "PS": "Palestina",
    "VA": "Vaticaanstad",
    "VE": "Venezuela",
    "TZ": "Tanzania",
}
EN_NAMES = {
    "CD": "Congo-Kinshasa (DR Congo)",
    "CG": "Congo-Brazzaville",
    "FM": "Micronesia",
    "RU": "Russia",
    "VA": "Vatican City",
    "PS": "Palestine",
    "IR": "Iran",
    "SY": "Syria",
    "TZ": "Tanzania",
}
EXTRA = {  # other spellings accepted on input
    "NL": ["Holland"],
    "GB": ["Engeland", "Groot-Brittannië", "UK", "Great Britain", "England"],
    "US": ["Amerika", "VS", "USA", "Verenigde Staten van Amerika"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CZ": ["Tsjechische Republiek", "Czech Republic"],
    "MK": ["Macedonië", "Macedonia"],
    "TR": ["Turkey"],
    "CD": ["DR Congo", "Democratische Republiek Congo", "Zaïre"],
    "CG": ["Republiek Congo"],
    "RU": ["Russische Federatie"],
    "KR": ["Korea"],
    "MM": ["Birma", "Burma"],
    "SZ": ["Swaziland"],
    "CV": ["Kaapverdië", "Cape Verde"],
}


def build() -> list[dict[str, object]]:
    data = json.loads(SOURCE.read_text(encoding="utf-8"))["3166-1"]
    nl = gettext.translation("iso_3166-1", "/usr/share/locale", languages=["nl"])
    out: list[dict[str, object]] = []
    for c in data:
        code = c["alpha_2"]
        en = EN_NAMES.get(code) or c.get("common_name") or c["name"]
        nl_name = NL_NAMES.get(code) or nl.gettext(c.get("common_name") or c["name"])
        if nl_name == (c.get("common_name") or "") and "common_name" in c:
            nl_name = nl.gettext(c["name"])
        aliases = {c["name"], nl.gettext(c["name"]), c.get("official_name", c["name"])}
        aliases |= set(EXTRA.get(code, []))
        aliases -= {en, nl_name}
        out.append({"code": code, "nl": nl_name, "en": en, "aliases": sorted(aliases)})
    out.append({"code": "XK", "nl": "Kosovo", "en": "Kosovo", "aliases": []})
    return sorted(out, key=lambda r: str(r["code"]))


def main() -> None:
    target = ROOT / "resources" / "countries.json"
    rows = build()
    lines = ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    target.write_text("[\n" + lines + "\n]\n", encoding="utf-8")
    print(f"{len(rows)} landen -> {target}")


if __name__ == "__main__":
    main()
