"""``baken identity / contacts / send / receive`` and ``export --to`` / ``import --key-file``
as real processes: exit codes 0/1/2, never a traceback, nothing changed on a refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.handover_data import CANARY, CANARY_NOTE


def _ok(r) -> str:  # type: ignore[no-untyped-def]
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    return str(r.stdout)


@pytest.fixture
def two(tmp_path, cli):
    """Stores A (demo data) and B, each with its card, and a shared folder."""
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")
    share = tmp_path / "teammap"
    share.mkdir()
    out = {}
    for name in ("a", "b"):
        d = tmp_path / name
        _ok(cli("init", "--data-dir", str(d), "--password-file", str(pw), "--user", f"U {name}"))
        card = tmp_path / f"{name}.kaart"
        stdout = _ok(
            cli("identity", "--data-dir", str(d), "--password-file", str(pw), "--out", str(card))
        )
        out[name] = (d, card, stdout.strip().splitlines()[-1])
    _ok(cli("demo", "--data-dir", str(out["a"][0]), "--password-file", str(pw), "--cases", "3"))
    return out, pw, share


def _contacts(cli, d: Path, pw: Path) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    stdout = _ok(cli("contacts", "list", "--data-dir", str(d), "--password-file", str(pw)))
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_cli_exchange(two, cli, tmp_path, canary_scan):
    stores, pw, share = two
    (a, a_card, a_fp), (b, b_card, b_fp) = stores["a"], stores["b"]
    common_a = ("--data-dir", str(a), "--password-file", str(pw))
    common_b = ("--data-dir", str(b), "--password-file", str(pw))
    assert len(a_fp.split()) == 8 and a_fp != b_fp

    # wrong fingerprint: exit 1, nothing added; a broken card: exit 2
    r = cli("contacts", "add", str(b_card), "--fingerprint", a_fp, *common_a)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert _contacts(cli, a, pw) == []
    junk = tmp_path / "junk.kaart"
    junk.write_text("{}", encoding="utf-8")
    r = cli("contacts", "add", str(junk), "--fingerprint", a_fp, *common_a)
    assert r.returncode == 2 and "Traceback" not in r.stderr

    _ok(cli("contacts", "add", str(b_card), "--fingerprint", b_fp, *common_a))
    _ok(cli("contacts", "add", str(a_card), "--fingerprint", a_fp, *common_b))
    (to_b,) = _contacts(cli, a, pw)
    assert {"id", "name", "organisation", "fingerprint"} <= set(to_b)
    assert to_b["fingerprint"] == b_fp and to_b["name"] == "U b"

    dossiers = [json.loads(x)["id"] for x in _ok(cli("dossiers", *common_a)).splitlines()]
    # without --to: exit 2; without consent or reason: exit 1 and nothing written
    r = cli("send", "--dossier", dossiers[0], "--outbox", str(share), *common_a)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = cli(
        "send", "--to", str(to_b["id"]), "--dossier", dossiers[0], "--outbox", str(share), *common_a
    )
    assert r.returncode == 1 and list(share.iterdir()) == []
    _ok(
        cli(
            "send", "--to", str(to_b["id"]), "--dossier", dossiers[0], "--dossier", dossiers[1],
            "--outbox", str(share), "--reason", "overdracht binnen het team", *common_a,
        )
    )  # fmt: skip
    (pkg,) = share.iterdir()
    assert pkg.name.endswith(".baken-pakket") and len(pkg.stem) == 32

    # damaged copy: exit 1; the original: 0 and a report; again: replay, exit 1
    bad = share / "kapot.baken-pakket"
    bad.write_bytes(pkg.read_bytes()[:-40])
    r = cli("receive", str(bad), *common_b)
    assert r.returncode == 1 and "beschadigd" in r.stderr and "Traceback" not in r.stderr
    bad.unlink()
    info_before = json.loads(_ok(cli("info", *common_b)))["counts"]
    out = _ok(cli("receive", "--inbox", str(share), *common_b))
    assert "Ontvangen van U a" in out and "dossiers 2" in out
    info_after = json.loads(_ok(cli("info", *common_b)))["counts"]
    assert info_after["dossiers"] == info_before["dossiers"] + 2
    r = cli("receive", str(pkg), *common_b)
    assert r.returncode == 1 and "al eerder ontvangen" in r.stderr
    # in a team folder, packages seen before (or meant for others) are skipped, not failures
    out = _ok(cli("receive", "--inbox", str(share), *common_b))
    assert "overgeslagen (al_ontvangen)" in out
    r = cli("receive", str(pkg), *common_a)  # the sender's own store: not addressed to it
    assert r.returncode == 1 and "niet voor deze opslag" in r.stderr
    r = cli("receive", *common_b)
    assert r.returncode == 2
    _ok(cli("contacts", "remove", str(to_b["id"]), *common_a))
    assert _contacts(cli, a, pw) == []

    # the shared folder never holds plaintext personal data
    names = [json.loads(x)["alias"] for x in _ok(cli("dossiers", *common_a)).splitlines()]
    needles = [n.encode() for n in names if n] + [CANARY.encode(), CANARY_NOTE.encode()]
    assert not canary_scan(needles, share)

    audit_csv = _ok(cli("audit", *common_a, "--action", "exchange.send"))
    assert audit_csv.count("exchange.send") == 2


def test_cli_export_to_successor(two, cli, tmp_path):
    stores, pw, _share = two
    (a, a_card, _a_fp), (b, b_card, b_fp) = stores["a"], stores["b"]
    common_a = ("--data-dir", str(a), "--password-file", str(pw))
    out = tmp_path / "overdracht.baken"
    r = cli("export", "--out", str(out), "--to", "geen-contact", *common_a)
    assert r.returncode == 2 and not out.exists()
    _ok(cli("contacts", "add", str(b_card), "--fingerprint", b_fp, *common_a))
    (to_b,) = _contacts(cli, a, pw)
    stdout = _ok(cli("export", "--out", str(out), "--to", str(to_b["id"]), *common_a))
    key = Path(stdout.strip().splitlines()[-1])
    assert key.exists() and out.exists() and key.name == "overdracht.baken.baken-sleutel"
    # the successor imports with their own store's identity: own password, then a new one
    pw2 = tmp_path / "pw2.txt"
    pw2.write_text(f"{PASSWORD}\n{NEW_PASSWORD}\n", encoding="utf-8")
    new = tmp_path / "opvolger"
    args = ("import", str(out), "--key-file", str(key), "--data-dir", str(new))
    r = cli(*args, "--password-file", str(pw2))
    assert r.returncode == 2 and not new.exists()  # --identity-dir missing
    # the wrong store's identity (A itself is not the recipient): exit 1, nothing created
    r = cli(*args, "--identity-dir", str(a), "--password-file", str(pw2))
    assert r.returncode == 1 and "niet voor deze opslag" in r.stderr and "Traceback" not in r.stderr
    assert not (new / "baken.db").exists()
    # B has not verified A yet: unknown sender, exit 1
    r = cli(*args, "--identity-dir", str(b), "--password-file", str(pw2))
    assert r.returncode == 1 and "onbekende afzender" in r.stderr
    a_card_fp = json.loads(a_card.read_text(encoding="utf-8"))["fingerprint"]
    _ok(cli("contacts", "add", str(a_card), "--fingerprint", a_card_fp, "--data-dir", str(b),
            "--password-file", str(pw)))  # fmt: skip
    _ok(cli(*args, "--identity-dir", str(b), "--password-file", str(pw2)))
    pw3 = tmp_path / "pw3.txt"
    pw3.write_text(NEW_PASSWORD + "\n", encoding="utf-8")
    info = json.loads(_ok(cli("info", "--data-dir", str(new), "--password-file", str(pw3))))
    assert info["counts"]["dossiers"] == 3
