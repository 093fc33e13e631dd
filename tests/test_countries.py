"""Country names for nationality: ISO codes underneath, Dutch and English names on top."""

from __future__ import annotations

from desktop import countries
from desktop.cases.codes import COUNTRIES


def test_every_valid_code_has_both_names_and_back() -> None:
    codes = {c.code for c in countries.countries()}
    assert codes == set(COUNTRIES)
    for c in countries.countries():
        assert c.nl and c.en
        assert countries.lookup(c.nl) == c.code
        assert countries.lookup(c.en) == c.code
        assert countries.lookup(c.code.lower()) == c.code


def test_typed_names_as_people_write_them() -> None:
    assert countries.lookup("Roemenië") == "RO"
    assert countries.lookup("roemenie") == "RO"
    assert countries.lookup("  Verenigd Koninkrijk ") == "GB"
    assert countries.lookup("Engeland") == "GB"
    assert countries.lookup("Ivoorkust") == "CI"
    assert countries.lookup("Côte d'Ivoire") == "CI"
    assert countries.lookup("DR Congo") == "CD"
    assert countries.lookup("Kosovo") == "XK"
    assert countries.lookup("Atlantis") is None
    assert countries.lookup("") is None


def test_names_and_sorted_choices() -> None:
    assert countries.name("NL") == "Nederland" and countries.name("NL", "en") == "Netherlands"
    assert countries.name("ZZ") == "ZZ"
    nl = [name for _code, name in countries.choices("nl")]
    assert nl.index("IJsland") < nl.index("Zweden")
    assert nl.index("Oekraïne") < nl.index("Oezbekistan")  # accents do not sort last
    assert len(nl) == len(countries.countries())
