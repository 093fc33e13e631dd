"""Measure opening a store in a fresh process (SQLCipher's memory security is process-wide).

Reads the hex key from stdin (never the command line). Usage:
    python -m bench.open_probe PATH app|memsec-on|plain N
Prints the median milliseconds to a usable connection (schema loaded).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher


def main() -> None:
    path, mode, n = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    key = bytes.fromhex(sys.stdin.readline().strip()) if mode != "plain" else b""
    samples = []
    keep = []
    for _ in range(n):
        start = time.perf_counter()
        if mode in ("app", "memsec-on"):
            import storage.db

            if mode == "memsec-on":
                storage.db.MEMORY_SECURITY = True  # the optional setting (issue 16)
            keep.append(storage.db.connect(path, key))
        else:
            conn = sqlcipher.connect(str(path), isolation_level=None)
            if mode != "plain":
                conn.set_key(b"x'" + key.hex().encode() + b"'")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            keep.append(conn)
        samples.append(time.perf_counter() - start)
    for item in keep:
        item.close()
    print(f"{statistics.median(samples) * 1000:.4f}")


if __name__ == "__main__":
    main()
