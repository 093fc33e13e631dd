"""Test-only cheap key-derivation profile, installed without any switch in shipped code.

The shipped program always derives keys with its production parameters (Argon2id 128 MiB
for key slots, PBKDF2 1,000,000 rounds for handover files) and reads no environment
variable that could lower them. The tests need thousands of stores, so they patch the two
functions that choose the parameters for *new* slots and files, right after those modules
are imported:

* in the pytest process itself (``tests/conftest.py`` calls :func:`install`), and
* in every Python child process the tests start (``python -m desktop ...``): conftest puts
  this folder first on ``PYTHONPATH``, and ``sitecustomize.py`` here calls :func:`install`
  at interpreter start-up.

The PyInstaller bundle ignores ``PYTHONPATH``, so the bundle test runs the real profile.
Key slots record their own parameters, so stores made here open anywhere.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
FAST_ARGON2 = {"memory_kib": 8192, "iterations": 1, "lanes": 1}
FAST_HANDOVER_ITER = 4_000


def _patch_keys(module: ModuleType) -> None:
    fast = module.KdfParams(**FAST_ARGON2)
    module.kdf_for_new_slots = lambda: fast
    module.TEST_PROFILE = fast


def _patch_container(module: ModuleType) -> None:
    module.kdf_iter = lambda: FAST_HANDOVER_ITER
    module.TEST_PROFILE = FAST_HANDOVER_ITER


def _patch_handover(module: ModuleType) -> None:
    module.kdf_iter = lambda: FAST_HANDOVER_ITER  # it imports the name from container


_PATCHES: dict[str, Callable[[ModuleType], None]] = {
    "storage.keys": _patch_keys,
    "storage.container": _patch_container,
    "storage.handover": _patch_handover,
}


class _PatchingFinder(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> Any:
        patch = _PATCHES.get(fullname)
        if patch is None:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return None
        loader: Any = spec.loader
        original = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            original(module)
            patch(module)

        loader.exec_module = exec_module
        return spec


def install() -> None:
    """Patch now what is already imported, and the rest as soon as it is imported."""
    if any(isinstance(f, _PatchingFinder) for f in sys.meta_path):
        return
    for name, patch in _PATCHES.items():
        if name in sys.modules:
            patch(sys.modules[name])
    sys.meta_path.insert(0, _PatchingFinder())
