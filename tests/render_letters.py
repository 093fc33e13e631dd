"""Render every letter template with fictional demo data to PNG for a visual check.

Usage: ``./dev.sh letters`` (= ``python -m tests.render_letters [--out DIR] [--dpi N]``).

A throw-away encrypted store in a temporary folder is filled with fictional demo data;
each template is rendered in memory and piped to ``pdftoppm`` on standard input, so no
PDF is written anywhere. PNGs land in ``docs/letters/<template>-<page>.png`` (plus a
long letter and one with hostile input, to see page flow and escaping).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.testsite import baken_test_profile  # noqa: E402 - cheap KDF: a throw-away demo store

baken_test_profile.install()

ROOT = Path(__file__).resolve().parent.parent


def _to_png(pdf: bytes, out_dir: Path, name: str, dpi: int) -> list[Path]:
    for old in out_dir.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-", str(out_dir / name)], input=pdf, check=True
    )
    return sorted(out_dir.glob(f"{name}-*.png"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.render_letters")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "letters")
    parser.add_argument("--dpi", type=int, default=80)
    args = parser.parse_args(argv)

    from desktop.letters import LetterRequest, LetterService, load_templates
    from storage.vault import Vault
    from tests.letters_demo import INPUTS, TODAY, populate

    args.out.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="baken-letters-") as tmp:
        store, _ = Vault(Path(tmp) / "data").init(
            "demo-brieven-paars-fietsje-42", password_only=True
        )
        try:
            demo = populate(store, today=TODAY, logo=True)
            svc = LetterService(store, clock=lambda: TODAY)
            for tpl in load_templates():
                recipient = demo.comensha_id if "comensha" in tpl.name else demo.shelter_id
                req = LetterRequest(demo.dossier_id, tpl.name, recipient, inputs=INPUTS)
                made += _to_png(svc.preview(req).pdf, args.out, tpl.name, args.dpi)
            # A blank consent form (to fill in by hand).
            blank = LetterRequest(demo.dossier_id, "toestemmingsverklaring_nl", None)
            made += _to_png(svc.preview(blank).pdf, args.out, "toestemmingsverklaring_leeg",
                            args.dpi)  # fmt: skip
            # Every field ticked, long texts: page flow.
            tpl = svc.template("verwijsbrief_opvang")
            long_inputs = dict(INPUTS)
            long_inputs["request.text"] = "\n\n".join(
                [INPUTS["request.text"]] * 4
                + ["Een woord van 120 tekens: " + "Zorgcoördinatiemensenhandel" * 4 + "."]
            )
            full = LetterRequest(
                demo.dossier_id, tpl.name, demo.shelter_id,
                fields=frozenset(tpl.field_keys), inputs=long_inputs,
            )  # fmt: skip
            made += _to_png(svc.preview(full).pdf, args.out, "verwijsbrief_opvang_alles",
                            args.dpi)  # fmt: skip
            # Hostile input: markup, a 500-character word, right-to-left text, emoji.
            hostile = dict(INPUTS)
            hostile["request.kind"] = "<b>vet</b> & <font size=40>groot</font> 🙂🚨"
            hostile["care.needs"] = "שלום עולם — مرحبا بالعالم — " + "x" * 500
            bad = LetterRequest(demo.dossier_id, tpl.name, demo.shelter_id, inputs=hostile)
            made += _to_png(svc.preview(bad).pdf, args.out, "verwijsbrief_opvang_vijandig",
                            args.dpi)  # fmt: skip
        finally:
            store.close(record=False)
    for path in made:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
