"""Build a demo store for the benchmarks in a separate process.

Generating 100,000 dossiers with SQLCipher's memory security on would take over an hour
(every allocation is mlocked and wiped), so this throw-away process with fictional data
switches it off. The measurements themselves run in the benchmark process with Baken's
shipped settings. Reads the password from stdin. Usage:
    python -m bench.make_store DIR CASES NOTES_PER_CASE
Prints a JSON line with the demo generator's result.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import storage.db


def main() -> None:
    storage.db.MEMORY_SECURITY = False
    from desktop import demo
    from storage.vault import Vault

    folder, cases, notes = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    password = sys.stdin.readline().rstrip("\n")
    store, _ = Vault(folder).init(password)
    try:
        result = demo.generate(store, cases, notes_per_case=notes)
    finally:
        store.close()
    print(json.dumps({"dossiers": result.dossiers, "notes": result.notes, "s": result.seconds}))


if __name__ == "__main__":
    main()
