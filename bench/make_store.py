"""Build a demo store for the benchmarks in a separate process.

A throw-away process with fictional data from the demo generator (bulk writes). Reads
the password from stdin. Usage:
    python -m bench.make_store DIR CASES NOTES_PER_CASE
Prints a JSON line with the demo generator's result.

``demo_store`` (used by the benchmark modules) runs it; with ``BAKEN_BENCH_CACHE=DIR`` a
store of the same size and schema version is built once into DIR and copied for each run
(the 300,000-dossier store takes ~10 minutes to build on 2 cores).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import storage.db

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    storage.db.MEMORY_SECURITY = False  # the default (issue 16); explicit for clarity
    from desktop import demo
    from storage.vault import Vault

    folder, cases, notes = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    password = sys.stdin.readline().rstrip("\n")
    # Password-only: a cached store must open in a later run with another private keyring;
    # these stores serve the case/report metrics (unlock_s is measured with the keyring).
    store, _ = Vault(folder).init(password, password_only=True)
    try:
        result = demo.generate(store, cases, notes_per_case=notes)
    finally:
        store.close()
    out = {"dossiers": result.dossiers, "notes": result.notes, "s": result.seconds}
    (folder / "bench-demo.json").write_text(json.dumps(out), "utf-8")
    print(json.dumps(out))


def _build(folder: Path, cases: int, notes: int, password: str) -> dict[str, Any]:
    made = subprocess.run(
        [sys.executable, "-m", "bench.make_store", str(folder), str(cases), str(notes)],
        input=password + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if made.returncode != 0:
        raise RuntimeError("demo store failed: " + made.stderr[-2000:])
    return dict(json.loads(made.stdout.strip().splitlines()[-1]))


def demo_store(folder: Path, cases: int, notes: int, password: str) -> dict[str, Any]:
    """A demo store of ``cases`` dossiers x ``notes`` notes in ``folder`` (built in a child
    process, or copied from ``BAKEN_BENCH_CACHE``). Returns the generator's result."""
    cache = os.environ.get("BAKEN_BENCH_CACHE")
    if not cache:
        result = _build(folder, cases, notes, password)
        os.sync()  # see below
        return result
    from storage.migrations import latest_version

    # A store built by an older schema version is fine: unlocking it migrates the copy.
    built = sorted(Path(cache).glob(f"demo-{cases}x{notes}-v*/bench-demo.json"))
    cached = (
        built[-1].parent if built else Path(cache) / f"demo-{cases}x{notes}-v{latest_version()}"
    )
    if not (cached / "bench-demo.json").exists():
        shutil.rmtree(cached, ignore_errors=True)
        _build(cached, cases, notes, password)
    shutil.copytree(cached, folder)
    # Let the kernel write the copied (or built) gigabytes out before anything is measured:
    # otherwise every fsync of the measured commits (the audit row of a list page) queues
    # behind that writeback, which grows with the store and is no cost of the app.
    os.sync()
    return dict(json.loads((cached / "bench-demo.json").read_text("utf-8")))


if __name__ == "__main__":
    main()
