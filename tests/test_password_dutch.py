"""Issue 14/9: Dutch words, the field's words and the user's own names make a weak password."""

from __future__ import annotations

import pytest

from storage import password_policy
from storage.errors import WeakPasswordError
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD, PASSWORD

WEAK = [
    "Wachtwoord2026",
    "Welkom2026!",
    "Zomer2026!!",
    "Mensenhandel2026",
    "Zorgcoordinator1",
    "baken-baken-baken",
]
GOOD = [
    PASSWORD,
    NEW_PASSWORD,
    "rode-tulp-onder-zeven-wolken",
    "Xq7#kd93Lz!pW",
    "kaasschaaf-regenjas-trompet-42",
]


@pytest.mark.parametrize("password", WEAK)
def test_dutch_weak_passwords_are_refused(password: str) -> None:
    strength = password_policy.assess(password)
    assert not strength.acceptable, (password, strength)
    with pytest.raises(WeakPasswordError):
        password_policy.require_acceptable(password)


@pytest.mark.parametrize("password", GOOD)
def test_good_passphrases_still_pass(password: str) -> None:
    assert password_policy.assess(password, ["Gemeente Utrecht", "Test Coördinator"]).acceptable


def test_the_users_own_names_count(vault: Vault) -> None:
    name = "Sjoerdtje Wiebenga-Hoekstra"
    password = "Wiebenga-Hoekstra2026"
    assert password_policy.assess(password).acceptable  # strong for a stranger ...
    assert not password_policy.assess(password, [name]).acceptable  # ... not with her name
    with pytest.raises(WeakPasswordError):
        vault.init(password, initial_settings={"user.name": name})
    assert not vault.exists()
    store, _ = vault.init(PASSWORD, initial_settings={"organisation.name": name})
    store.close()
    with pytest.raises(WeakPasswordError):
        vault.change_password(PASSWORD, password)  # the name is read from the store


def test_word_lists_ship_with_their_licence() -> None:
    folder = password_policy._wordlist_dir()  # noqa: SLF001
    readme = (folder / "README.md").read_text("utf-8")
    assert "CC" in readme or "Creative Commons" in readme
    common = (folder / "nl_common.txt").read_text("utf-8").split()
    assert 15000 < len(common) < 40000 and "wachtwoord" in common
    assert "mensenhandel" in (folder / "nl_passwords.txt").read_text("utf-8").split()
