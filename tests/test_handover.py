"""Handover export/import on real SQLCipher files: round trip, tamper, wrong passphrase,
cancel, kill -9, schema migration on import, canaries and the CLI contract."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from desktop.cases.model import Dossier, Note, Person
from desktop.cases.service import CaseService
from storage import audit, container, handover, migrations, search, settings
from storage.container import (
    KIND_HANDOVER,
    OperationCancelled,
    content_digest,
    generate_passphrase,
    normalize_passphrase,
    passphrase_bits,
)
from storage.errors import CorruptStoreError, StoreError, StoreExistsError, WrongSecretError
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD, PASSWORD, ROOT
from tests.handover_data import CANARY, CANARY_NOTE, fill

# Tables whose content is the caseload itself; the new store adds its own meta/audit rows.
OWN = (container.MANIFEST_TABLE, "store_meta", "settings", "audit_log")


def _export(store, tmp_path: Path, name: str = "overdracht.baken"):
    return handover.export_handover(store, tmp_path / name)


def _import(tmp_path: Path, path: Path, phrase: str, sub: str = "opvolger", **kw):
    target = Vault(tmp_path / sub)
    res = handover.import_handover(
        target, path, phrase, NEW_PASSWORD, initial_settings={"user.name": "Opvolger"}, **kw
    )
    return target, res


# --- passphrase ---------------------------------------------------------------------------


def test_passphrase_strength_and_typo_detection():
    assert passphrase_bits() >= 90
    phrases = {generate_passphrase() for _ in range(50)}
    assert len(phrases) == 50
    p = next(iter(phrases))
    assert normalize_passphrase(p.upper().replace("-", "  ")) == p
    words = p.split("-")
    words[3] = "xyzzy"
    with pytest.raises(WrongSecretError, match="typefout"):
        normalize_passphrase("-".join(words))
    words = p.split("-")
    words[-1] = f"{(int(words[-1]) + 1) % 100:02d}"
    with pytest.raises(WrongSecretError, match="typefout"):
        normalize_passphrase("-".join(words))
    with pytest.raises(WrongSecretError, match="tien woorden"):
        normalize_passphrase("te kort")


# --- round trip ---------------------------------------------------------------------------


def test_export_import_round_trip_identical(new_store, tmp_path, canary_scan):
    fill(new_store)
    before = content_digest(new_store.db, exclude=OWN)
    src_audit = [(e.id, e.action) for e in audit.entries(new_store.db, limit=10**6)]
    progress: list[tuple[int, int]] = []
    res = handover.export_handover(
        new_store, tmp_path / "o.baken", progress=lambda d, t: progress.append((d, t)) or True
    )
    assert progress and progress[-1][0] == progress[-1][1]
    m = res.manifest
    assert m.kind == KIND_HANDOVER and m.schema_version == migrations.latest_version()
    assert m.counts["dossiers"] == 3 and m.counts["notes"] == 12
    assert m.source_store_id == new_store.store_id
    # the source records the export
    assert audit.entries(new_store.db, action="handover_export")[0].result == "ok"
    # nothing readable in the file, and no temp files left
    assert not canary_scan([CANARY.encode(), CANARY_NOTE.encode(), b"SQLite format"], tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []

    assert handover.inspect_handover(res.path, res.passphrase).digest == m.digest
    target, out = _import(tmp_path, res.path, res.passphrase)
    assert out.manifest.digest == m.digest and out.recovery_code
    store = target.unlock(NEW_PASSWORD)
    try:
        assert store.store_id != new_store.store_id  # a new store, own key and keyring entry
        assert content_digest(store.db, exclude=OWN) == before
        assert store.verify().ok  # HMAC, structure, FKs, and the continued audit chain
        rows = [(e.id, e.action) for e in audit.entries(store.db, limit=10**6)]
        assert set(src_audit) <= set(rows)  # the log continues...
        imp = audit.entries(store.db, action="handover_import")
        assert imp and imp[0].object_id == new_store.store_id and imp[0].actor == "Opvolger"
        # settings carried, personal ones not
        assert settings.get(store.db, "organisation.name") == "Gemeente Teststad"
        assert settings.get(store.db, "user.name") == "Opvolger"
        # the search index came along intact
        assert search.search_names(store.db, search.fts_query("Kanariepiet") or "", 10)
        assert search.search_notes(store.db, search.fts_query("huisvesting") or "", 50)
        # and the store still works normally afterwards
        svc = CaseService(store)
        d = svc.create_dossier(Dossier(owner="B"), Person(first_name="Nieuw", last_name="Mens"))
        svc.add_note(Note(dossier_id=d.id, text="vervolg"))
        assert store.verify().ok
    finally:
        store.close()
    # the recovery code of the new store works
    again = target.recover(out.recovery_code, PASSWORD)
    again.close()


@hsettings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    texts=st.lists(
        st.text(
            alphabet=st.characters(whitelist_categories=("L", "N", "P", "Zs", "So")),
            min_size=1,
            max_size=60,
        ).filter(lambda t: t.strip()),
        min_size=1,
        max_size=6,
    )
)
def test_round_trip_property(tmp_path_factory, texts):
    tmp = tmp_path_factory.mktemp("prop")
    store, _ = Vault(tmp / "a").init(PASSWORD)
    try:
        svc = CaseService(store)
        d = svc.create_dossier(Dossier(owner="A"), Person(first_name="Eigen", alias=texts[0][:30]))
        for t in texts:
            svc.add_note(Note(dossier_id=d.id, text=t))
        before = content_digest(store.db, exclude=OWN)
        res = handover.export_handover(store, tmp / "o.baken")
    finally:
        store.close()
    target, _ = _import(tmp, res.path, res.passphrase)
    s2 = target.unlock(NEW_PASSWORD, record=False)
    try:
        assert content_digest(s2.db, exclude=OWN) == before
    finally:
        s2.close(record=False)


# --- refusals -----------------------------------------------------------------------------


@pytest.fixture
def exported(new_store, tmp_path):
    fill(new_store, dossiers=2, notes=3)
    return _export(new_store, tmp_path)


def _assert_refused(tmp_path, path, phrase, sub):
    target = Vault(tmp_path / sub)
    with pytest.raises((WrongSecretError, CorruptStoreError)) as info:
        handover.import_handover(target, path, phrase, NEW_PASSWORD)
    assert not target.exists()
    assert not (tmp_path / sub).exists()  # nothing left behind, not even the folder
    return str(info.value)


def test_wrong_passphrase_refused(exported, tmp_path):
    other = generate_passphrase()
    msg = _assert_refused(tmp_path, exported.path, other, "x")
    assert "wachtwoordzin is onjuist" in msg


def test_byte_flips_refused_and_target_untouched(exported, tmp_path):
    data = exported.path.read_bytes()
    rng = random.Random(1234)
    size = len(data)
    positions = [0, 15, 16, 100, 4095, 4096, size // 2, size - 1, size - 20]
    positions += [rng.randrange(size) for _ in range(16)]
    for n, pos in enumerate(positions):
        bad = tmp_path / f"flip{n}.baken"
        buf = bytearray(data)
        buf[pos] ^= 1 << rng.randrange(8)
        bad.write_bytes(bytes(buf))
        msg = _assert_refused(tmp_path, bad, exported.passphrase, f"t{n}")
        assert "beschadigd" in msg
        assert bad.read_bytes() == bytes(buf)  # the file itself is not "repaired"


def test_structure_check_beside_the_digest_still_refuses(exported, tmp_path, monkeypatch):
    """Issue 16: inspection runs the HMAC and b-tree checks on a second connection while
    the digest is computed; an import verifies on a second connection while it copies the
    rows into the new store. A finding there refuses the file as before (no store left),
    and the checks really ran on their own threads."""
    import threading

    seen: list[str] = []

    def damaged(db):
        seen.append(threading.current_thread().name)
        return False

    monkeypatch.setattr(container, "btree_ok", damaged)
    with pytest.raises(CorruptStoreError, match="beschadigd"):
        handover.inspect_handover(exported.path, exported.passphrase)
    msg = _assert_refused(tmp_path, exported.path, exported.passphrase, "s")
    assert "beschadigd" in msg
    assert seen == ["baken-container-check", "baken-container-check"]


def test_truncations_refused(exported, tmp_path):
    data = exported.path.read_bytes()
    for n, cut in enumerate([0, 10, 4096, len(data) // 2, len(data) - 4096, len(data) - 1]):
        bad = tmp_path / f"cut{n}.baken"
        bad.write_bytes(data[:cut])
        msg = _assert_refused(tmp_path, bad, exported.passphrase, f"c{n}")
        assert "beschadigd" in msg or "onjuist" in msg


def test_import_never_overwrites_existing_store(exported, tmp_path, vault):
    # the fixture store lives in `vault`; importing there must be refused
    before = vault.db_path.read_bytes()
    with pytest.raises(StoreExistsError):
        handover.import_handover(vault, exported.path, exported.passphrase, NEW_PASSWORD)
    assert vault.db_path.read_bytes() == before


def test_export_refuses_existing_file(new_store, tmp_path):
    out = tmp_path / "bestaat.baken"
    out.write_bytes(b"iets")
    with pytest.raises(StoreError, match="niets overschreven"):
        handover.export_handover(new_store, out)
    assert out.read_bytes() == b"iets"


def test_cancel_export_and_import_leave_nothing(new_store, tmp_path):
    fill(new_store, dossiers=2, notes=2)
    with pytest.raises(OperationCancelled):
        handover.export_handover(new_store, tmp_path / "o.baken", progress=lambda d, t: False)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert audit.entries(new_store.db, action="handover_export")[0].result == "afgebroken"
    res = _export(new_store, tmp_path)
    calls = []

    def cancel_in_copy(done, total):
        calls.append(done)
        return done < 450  # cancel once the copy into the new store is under way

    with pytest.raises(OperationCancelled):
        _import(tmp_path, res.path, res.passphrase, progress=cancel_in_copy)
    assert max(calls) >= 450
    assert not (tmp_path / "opvolger").exists()


def test_import_migrates_older_schema(new_store, tmp_path, monkeypatch):
    """A file from an older Baken: the import carries its schema version and migrates."""
    fill(new_store, dossiers=2, notes=2)
    before = content_digest(new_store.db, exclude=OWN)
    res = _export(new_store, tmp_path)
    old = migrations.latest_version()
    extra = migrations.Migration(
        old + 50,
        "test: a later schema step",
        (
            "CREATE TABLE later_things (id TEXT PRIMARY KEY, note_id TEXT REFERENCES notes(id),"
            " label TEXT NOT NULL) STRICT",
            "ALTER TABLE notes ADD COLUMN later_flag INTEGER NOT NULL DEFAULT 7",
        ),
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, extra])
    target, out = _import(tmp_path, res.path, res.passphrase)
    assert out.manifest.schema_version == old
    store = target.unlock(NEW_PASSWORD)
    try:
        assert int(store.db.scalar("PRAGMA user_version")) == old + 50
        assert store.verify().ok
        digest_now = content_digest(store.db, exclude=(*OWN, "later_things"))
        assert digest_now != before  # notes gained a column ...
        assert store.info()["counts"]["notes"] == 4  # ... and kept every row
        assert not list(target.data_dir.glob(".overdracht-*"))  # staging removed
    finally:
        store.close()


def test_newer_file_refused(new_store, tmp_path, monkeypatch):
    res = _export(new_store, tmp_path)
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    msg = _assert_refused(tmp_path, res.path, res.passphrase, "n")
    assert "nieuwere versie" in msg


# --- kill -9 ------------------------------------------------------------------------------


def _spawn(op: str, a: Path, b: Path, stdin: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.handover_data", op, str(a), str(b)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        text=True,
    )
    assert proc.stdin and proc.stdout
    proc.stdin.write(stdin)
    proc.stdin.flush()
    return proc


def _kill_after(proc: subprocess.Popen[str], min_done: int = 0) -> None:
    assert proc.stdout is not None
    while True:
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else ""
        if int(line.split("/")[0]) >= min_done:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


@pytest.mark.slow
def test_kill_9_during_export_and_import(vault, tmp_path, canary_scan):
    store, _ = vault.init(PASSWORD)
    fill(store, dossiers=4, notes=10)
    store.close()
    out_dir = tmp_path / "uit"
    out_dir.mkdir()
    out = out_dir / "o.baken"
    proc = _spawn("export", vault.data_dir, out, PASSWORD + "\n")
    _kill_after(proc)
    assert not out.exists()  # no output under the real name
    leftovers = list(out_dir.iterdir())
    assert all(p.name.startswith(".o.baken.") for p in leftovers)
    assert not canary_scan([CANARY.encode(), CANARY_NOTE.encode()], out_dir)
    s = vault.unlock(PASSWORD)
    assert s.verify().ok
    res = handover.export_handover(s, out)  # the next export clears the stale temp file
    s.close()
    assert [p.name for p in out_dir.iterdir()] == ["o.baken"]

    target = tmp_path / "opvolger"
    proc = _spawn("import", out, target, f"{NEW_PASSWORD}\n{res.passphrase}\n")
    _kill_after(proc, min_done=420)
    assert not Vault(target).exists()
    assert not canary_scan([CANARY.encode(), CANARY_NOTE.encode()], target)
    assert out.read_bytes()  # the handover file is untouched and still imports
    v2, _ = _import(tmp_path, out, res.passphrase)
    s2 = v2.unlock(NEW_PASSWORD)
    assert s2.verify().ok
    s2.close()


# --- CLI ----------------------------------------------------------------------------------


def test_cli_export_and_import(cli, tmp_path, password_file, data_dir):
    r = cli("init", "--data-dir", str(data_dir), "--password-file", str(password_file))
    assert r.returncode == 0, r.stderr
    out = tmp_path / "o.baken"
    r = cli(
        "export",
        "--data-dir",
        str(data_dir),
        "--out",
        str(out),
        "--password-file",
        str(password_file),
    )
    assert r.returncode == 0, r.stderr
    phrase = r.stdout.strip().splitlines()[-1]
    assert normalize_passphrase(phrase) == phrase and out.is_file()
    # again to the same name: refused, exit 1
    r2 = cli(
        "export",
        "--data-dir",
        str(data_dir),
        "--out",
        str(out),
        "--password-file",
        str(password_file),
    )
    assert r2.returncode == 1 and "niets overschreven" in r2.stderr

    pf = tmp_path / "phrase.txt"
    pf.write_text(phrase + "\n")
    npw = tmp_path / "npw.txt"
    npw.write_text(f"{NEW_PASSWORD}\n")
    new_dir = tmp_path / "nieuw"
    r = cli(
        "import",
        str(out),
        "--data-dir",
        str(new_dir),
        "--passphrase-file",
        str(pf),
        "--password-file",
        str(npw),
    )
    assert r.returncode == 0, r.stderr
    code = r.stdout.strip().splitlines()[-1]
    assert len(code.replace("-", "")) == 25
    r = cli("verify", "--data-dir", str(new_dir), "--password-file", str(npw))
    assert r.returncode == 0, r.stderr
    # into an existing store: exit 1, nothing changed
    r = cli(
        "import",
        str(out),
        "--data-dir",
        str(new_dir),
        "--passphrase-file",
        str(pf),
        "--password-file",
        str(npw),
    )
    assert r.returncode == 1 and "niets gewijzigd" in r.stderr
    # wrong passphrase: exit 1 with a Dutch message
    pf.write_text(generate_passphrase() + "\n")
    r = cli(
        "import",
        str(out),
        "--data-dir",
        str(tmp_path / "n2"),
        "--passphrase-file",
        str(pf),
        "--password-file",
        str(npw),
    )
    assert r.returncode == 1 and "wachtwoordzin is onjuist" in r.stderr
    assert not (tmp_path / "n2").exists()
    # missing required option: usage, exit 2
    r = cli("import", str(out), "--data-dir", str(tmp_path / "n3"))
    assert r.returncode == 2


def test_full_disk_export_and_import_leave_nothing(new_store, tmp_path):
    from storage.errors import StoreIOError
    from tests.test_io_errors import _fill, tmpfs

    fill(new_store, dossiers=3, notes=3)
    res = _export(new_store, tmp_path)
    with tmpfs(tmp_path / "vol", 1024) as mnt:
        _fill(mnt)
        filler = mnt / "vulling.bin"
        os.truncate(filler, filler.stat().st_size - 16384)
        with pytest.raises(StoreIOError, match="schijf is vol"):
            handover.export_handover(new_store, mnt / "o.baken")
        with pytest.raises(StoreIOError, match="schijf is vol|Lezen of schrijven"):
            handover.import_handover(Vault(mnt / "nieuw"), res.path, res.passphrase, NEW_PASSWORD)
        assert sorted(p.name for p in mnt.iterdir()) == ["vulling.bin"]
    assert new_store.verify().ok


def test_cancel_inside_sqlcipher_export(new_store, tmp_path):
    fill(new_store, dossiers=10, notes=100)
    seen = []

    def progress(done, total):
        seen.append(done)
        return False  # cancel at the very first report (during the raw copy)

    with pytest.raises(OperationCancelled):
        handover.export_handover(new_store, tmp_path / "o.baken", progress=progress)
    assert seen and seen[0] < 600  # the first report came from inside sqlcipher_export
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert new_store.verify().ok


def test_export_reads_one_snapshot_and_the_app_may_write_meanwhile(new_store, tmp_path):
    """Issue 16: the container's own connection reads the store (attached with its raw
    key) in one deferred transaction: a note saved while the copy runs neither waits nor
    fails, and lands in the store but not in the file (which holds one consistent
    snapshot, its digest verified on inspection)."""
    fill(new_store, dossiers=10, notes=100)
    svc = CaseService(new_store)
    dossier = svc.list_dossiers(limit=1).rows[0]
    added: list[str] = []

    def progress(done, total):
        if not added and done < 600:  # inside sqlcipher_export
            added.append(svc.add_note(Note(dossier_id=dossier.id, text="Tijdens export")).id)
        return True

    notes_before = int(new_store.db.scalar("SELECT count(*) FROM notes"))
    res = handover.export_handover(new_store, tmp_path / "o.baken", progress=progress)
    assert added
    assert int(new_store.db.scalar("SELECT count(*) FROM notes")) == notes_before + 1
    assert res.manifest.counts["notes"] == notes_before
    assert handover.inspect_handover(res.path, res.passphrase).digest == res.manifest.digest


def _rewrite_container(path: Path, phrase: str, edit) -> None:
    """Change a container as someone holding its passphrase could, with a manifest (counts,
    digest) that matches the changed content: only the checks beyond the digest can tell."""
    import dataclasses

    from storage import stats

    c = container.open_container(path, phrase, readonly=False)
    try:
        with c.transaction():
            edit(c)
        with c.transaction():  # after the commit: FTS5 writes its index at commit
            raw = c.scalar(f"SELECT value FROM {container.MANIFEST_TABLE} WHERE key = 'manifest'")
            m = container.Manifest.from_json(raw)
            m = dataclasses.replace(m, counts=stats.counts(c), digest=content_digest(c))
            c.execute(
                f"UPDATE {container.MANIFEST_TABLE} SET value = ? WHERE key = 'manifest'",
                (m.to_json(),),
            )
    finally:
        c.close()
    assert handover.inspect_handover(path, phrase).digest == m.digest  # digest and pages ok


def test_file_with_dangling_references_refused(exported, tmp_path):
    """Issue 16: the rows are copied with foreign keys off (so SQLite copies whole b-trees),
    and every reference is checked before the store exists: a file whose notes point at a
    dossier it does not hold is refused, nothing left behind."""

    def orphan_notes(c):
        c.execute("DELETE FROM dossiers WHERE id = (SELECT dossier_id FROM notes LIMIT 1)")

    _rewrite_container(exported.path, exported.passphrase, orphan_notes)
    msg = _assert_refused(tmp_path, exported.path, exported.passphrase, "fk")
    assert "beschadigd" in msg


def _flip(path: Path, pos: int) -> None:
    with open(path, "r+b") as f:
        f.seek(pos)
        b = f.read(1)
        f.seek(pos)
        f.write(bytes([b[0] ^ 0x10]))


def test_damaged_free_page_refused(exported, tmp_path):
    """Issue 16: the import re-encrypts a copy of the file and checks every page's HMAC,
    also pages no table uses (here: freed pages at the end of the file)."""
    c = container.open_container(exported.path, exported.passphrase, readonly=False)
    try:
        with c.transaction():
            c.execute("CREATE TABLE zz_free (x BLOB)")
            c.executemany("INSERT INTO zz_free VALUES (?)", [(os.urandom(3000),)] * 40)
        with c.transaction():
            c.execute("DROP TABLE zz_free")
        assert int(c.scalar("PRAGMA freelist_count")) >= 40
    finally:
        c.close()
    assert handover.inspect_handover(exported.path, exported.passphrase)  # still a sound file
    _flip(exported.path, exported.path.stat().st_size - 4096 - 2000)  # inside a free page
    with pytest.raises(CorruptStoreError, match="beschadigd"):
        handover.inspect_handover(exported.path, exported.passphrase)
    assert "beschadigd" in _assert_refused(tmp_path, exported.path, exported.passphrase, "free")


def test_bytes_appended_refused(exported, tmp_path):
    with open(exported.path, "ab") as f:
        f.write(os.urandom(4096))
    assert "beschadigd" in _assert_refused(tmp_path, exported.path, exported.passphrase, "app")


def test_file_with_a_schema_of_its_own_gets_the_new_stores_schema(exported, tmp_path):
    """A file whose schema differs from what this Baken builds at the same version (here: an
    extra trigger and index, as a passphrase holder could add) is not taken over as it is:
    its rows go into a store with this Baken's own schema."""

    def add_objects(c):
        c.execute("CREATE INDEX zz_extra ON notes(text)")
        c.execute(
            "CREATE TRIGGER zz_wipe AFTER INSERT ON notes BEGIN "
            "UPDATE settings SET value = '\"weg\"'; END"
        )

    _rewrite_container(exported.path, exported.passphrase, add_objects)
    target, out = _import(tmp_path, exported.path, exported.passphrase)
    store = target.unlock(NEW_PASSWORD)
    try:
        names = {r[0] for r in store.db.query("SELECT name FROM sqlite_schema")}
        assert "zz_extra" not in names and "zz_wipe" not in names
        assert handover._schema_of(store.db) == handover._fresh_schema()
        assert store.info()["counts"]["notes"] == out.manifest.counts["notes"] == 6
        assert store.verify().ok
    finally:
        store.close()


def test_imported_store_is_its_own(exported, tmp_path):
    """The new store holds no manifest, its own identity and key (the handover file's
    passphrase does not open it), and the file it came from is left as it was."""
    before = exported.path.read_bytes()
    target, out = _import(tmp_path, exported.path, exported.passphrase)
    assert exported.path.read_bytes() == before
    with pytest.raises(WrongSecretError):
        container.open_container(target.db_path, exported.passphrase)
    store = target.unlock(NEW_PASSWORD)
    try:
        assert (
            store.db.scalar(
                "SELECT 1 FROM sqlite_schema WHERE name = ?", (container.MANIFEST_TABLE,)
            )
            is None
        )
        meta = dict(store.db.query("SELECT key, value FROM store_meta"))
        assert meta["store_id"] == store.store_id == out.store_id
        assert meta["handover_source_store_id"] == out.manifest.source_store_id
        assert meta["store_id"] != out.manifest.source_store_id
        assert settings.get(store.db, "user.name") == "Opvolger"
        assert str(store.db.scalar("PRAGMA journal_mode")).lower() == "wal"
        assert store.verify().ok
    finally:
        store.close()


def test_cancel_while_the_file_is_copied_leaves_nothing(new_store, tmp_path):
    """Issue 16: the import's first phase is a ``sqlcipher_export`` of the file into the new
    store's file; cancelling there interrupts it and leaves nothing behind."""
    fill(new_store, dossiers=10, notes=100)
    res = _export(new_store, tmp_path)
    seen: list[int] = []

    def progress(done, total):
        seen.append(done)
        return False

    with pytest.raises(OperationCancelled):
        _import(tmp_path, res.path, res.passphrase, progress=progress)
    assert seen and seen[0] < 300  # the first report came from inside the copy
    assert not (tmp_path / "opvolger").exists()
