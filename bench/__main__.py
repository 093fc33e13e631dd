"""Run every ``bench/bench_*.py`` module and write ``bench/results.json``.

Usage: python -m bench [--quick] [--only NAME ...]

Each module has ``run(ctx) -> dict[str, float]`` and may declare ``TARGETS``:
``{metric: (comparison, limit, baseline_metric_or_None)}`` (or a list of such targets, all
of which must hold) where ``comparison`` is "<=" and
``limit`` an absolute number, or a factor of the baseline metric when one is named. Every
target metric sits next to a baseline measured in the same run. Results of modules not run
this time are kept from the previous file.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"


@dataclass
class Context:
    tmp: Path
    quick: bool


def modules() -> list[str]:
    return sorted(p.stem for p in HERE.glob("bench_*.py"))


Target = tuple[str, float, str | None]


def _verdicts(value: float, target: Target | list[Target], results: dict[str, Any]) -> str:
    targets = target if isinstance(target, list) else [target]
    return "; ".join(_verdict(value, t, results) for t in targets)


def _verdict(value: float, target: Target, results: dict[str, Any]) -> str:
    op, limit, baseline = target
    bound = limit * float(results[baseline]) if baseline and baseline in results else limit
    if baseline and baseline not in results:
        return "?"
    ok = value <= bound if op == "<=" else value >= bound
    what = f"{limit:g} x {baseline} = {bound:.3g}" if baseline else f"{bound:.3g}"
    return ("ok" if ok else "MISSED") + f" ({op} {what})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    parser.add_argument("--only", nargs="*", default=None, help="module names (bench_store ...)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    # Benchmarks measure the production KDF (the only one the program has) and a real keyring.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    session = None
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        from tests import keyring_session

        session = keyring_session.start()

    previous: dict[str, Any] = {}
    if args.output.exists() and not args.quick:
        previous = json.loads(args.output.read_text("utf-8"))
    results: dict[str, Any] = {
        k: v for k, v in previous.items() if not k.startswith("_") and isinstance(v, int | float)
    }
    targets: dict[str, Target | list[Target]] = {}
    chosen = args.only or modules()
    try:
        for name in chosen:
            module = importlib.import_module(f"bench.{name}")
            targets.update(getattr(module, "TARGETS", {}))
            tmp = Path(tempfile.mkdtemp(prefix=f"baken-{name}-"))
            try:
                start = time.perf_counter()
                got = module.run(Context(tmp=tmp, quick=args.quick))
                print(f"{name}: {time.perf_counter() - start:.1f} s", file=sys.stderr)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            results.update({k: round(float(v), 4) for k, v in got.items()})
    finally:
        if session is not None:
            from tests import keyring_session

            keyring_session.stop(*session)

    results["_machine"] = f"{platform.machine()} {os.cpu_count()} cores, {platform.system()}"
    results["_quick"] = args.quick
    args.output.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", "utf-8")

    width = max(len(k) for k in results)
    print(f"{'metric':<{width}}  {'value':>12}  target")
    for key in sorted(k for k in results if not k.startswith("_")):
        target = targets.get(key)
        verdict = _verdicts(float(results[key]), target, results) if target else ""
        print(f"{key:<{width}}  {results[key]:>12.4g}  {verdict}")
    print(f"-> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
